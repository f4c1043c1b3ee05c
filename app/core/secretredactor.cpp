#include "secretredactor.h"

#include <algorithm>

namespace {
// A value of a secret-sounding key: quoted (up to the closing quote) or bare (up to a space or
// a separator of the usual formats: query, JSON, cookie list).
const char ValueAlternatives[] = R"re((?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s"'&,;}\]]+)))re";
} // namespace

SecretRedactor::SecretRedactor()
{
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption;
    m_rules = {
        {"pem_private_key",
         RE(QStringLiteral(
                R"re(-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----(.*?)-----END \1PRIVATE KEY-----)re"),
            RE::DotMatchesEverythingOption),
         {2}},
        // The whole value: "Bearer …", "Basic …", "Token …", whatever the scheme.
        {"authorization_header",
         RE(QStringLiteral(R"re(\b((?:proxy-)?authorization)(["']?\s*[:=]\s*["']?)([^\r\n"']+))re"),
            ci),
         {3}},
        {"cookie_header",
         RE(QStringLiteral(R"re(\b(set-cookie|cookie)(["']?\s*[:=]\s*["']?)([^\r\n"']+))re"), ci),
         {3}},
        {"bearer_or_basic_credentials",
         RE(QStringLiteral(R"re(\b(bearer|basic)\s+([A-Za-z0-9._~+/-]{8,}=*))re"), ci),
         {2}},
        // "token" followed by a word is ordinary English: only a long value with a digit in it.
        {"token_credentials",
         RE(QStringLiteral(R"re(\b(token)\s+((?=[A-Za-z0-9._~+/-]*\d)[A-Za-z0-9._~+/-]{16,}=*))re"),
            ci),
         {2}},
        {"json_web_token",
         RE(QStringLiteral(R"re(\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)re")),
         {0}},
        // key=value, key: value, "key": "value" for secret-sounding keys. A logging category
        // ("fieldconnect.credentials: …", a log line's prefix) is not a key.
        {"secret_key_value",
         RE(QStringLiteral(R"re((?<![\w./-])(["']?)(?!(?:[a-z0-9_-]+\.)+[a-z0-9_-]+:\s))re"
                           R"re(([\w./-]*(?:token|passw(?:or)?d|pwd|secret|api[_-]?key|apikey|)re"
                           R"re(cookie|session|credential|signature|private[_-]?key|auth(?!or)))re"
                           R"re([\w./-]*)\1(\s*[:=]\s*))re")
                + QLatin1String(ValueAlternatives),
            ci),
         {4, 5, 6}},
    };
    // scheme://[userinfo@]host/path[?query][#fragment]
    m_url = RE(QStringLiteral(R"re(\b[a-zA-Z][a-zA-Z0-9+.-]*://([^\s/?#"'<>@]*@)?[^\s?#"'<>]*)re"
                              R"re((\?[^\s#"'<>]*)?(#[^\s"'<>]*)?)re"));
}

void SecretRedactor::addSecret(const QString &value)
{
    if (value.size() < MinimumSecretLength || m_secrets.contains(value))
        return;
    m_secrets << value;
    // As it would appear in a Basic header or any other base64 field.
    const QString base64 = QString::fromLatin1(value.toUtf8().toBase64());
    if (!m_secrets.contains(base64))
        m_secrets << base64;
}

QStringList SecretRedactor::ruleNames() const
{
    QStringList names{QStringLiteral("known_secret"),
                      QStringLiteral("url_query_fragment_userinfo")};
    for (const Rule &rule : m_rules)
        names << QLatin1String(rule.name);
    return names;
}

QString SecretRedactor::redact(const QString &text, int *count) const
{
    QString out = text;
    int replaced = 0;
    const QString mask = QLatin1String(Mask);
    // Known values first and whole, before a pattern masks only part of one.
    for (const QString &secret : m_secrets) {
        qsizetype at = 0;
        while ((at = out.indexOf(secret, at, Qt::CaseInsensitive)) >= 0) {
            out.replace(at, secret.size(), mask);
            at += mask.size();
            ++replaced;
        }
    }
    replaced += applyUrls(&out);
    for (const Rule &rule : m_rules)
        replaced += applyRule(rule, &out);
    if (count)
        *count = replaced;
    return out;
}

int SecretRedactor::applyRule(const Rule &rule, QString *text) const
{
    struct Span {
        qsizetype start;
        qsizetype length;
    };
    QList<Span> spans;
    const QString mask = QLatin1String(Mask);
    auto it = rule.pattern.globalMatch(*text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int group : rule.secretGroups) {
            if (m.capturedLength(group) <= 0 || m.capturedView(group).startsWith(mask))
                continue;
            spans << Span{m.capturedStart(group), m.capturedLength(group)};
        }
    }
    // From the end, so the earlier offsets stay right.
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start > b.start; });
    for (const Span &span : std::as_const(spans))
        text->replace(span.start, span.length, mask);
    return int(spans.size());
}

int SecretRedactor::applyUrls(QString *text) const
{
    int replaced = 0;
    QString out;
    out.reserve(text->size());
    qsizetype done = 0;
    const QString mask = QLatin1String(Mask);
    auto it = m_url.globalMatch(*text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Copy what comes before each part to change, then the changed part.
        auto replacePart = [&](int group, const QString &with) {
            out += QStringView(*text).mid(done, m.capturedStart(group) - done);
            out += with;
            done = m.capturedEnd(group);
            ++replaced;
        };
        if (m.capturedLength(1) > 0 && !m.capturedView(1).startsWith(mask))
            replacePart(1, mask + u'@');
        if (m.capturedLength(2) > 1) {
            const QString query = redactUrlQuery(m.captured(2).mid(1));
            if (query != m.capturedView(2).mid(1))
                replacePart(2, u'?' + query);
        }
        if (m.capturedLength(3) > 1 && m.capturedView(3).mid(1) != mask)
            replacePart(3, u'#' + mask);
    }
    if (replaced == 0)
        return 0;
    out += QStringView(*text).mid(done);
    *text = out;
    return replaced;
}

QString SecretRedactor::redactUrlQuery(const QString &query)
{
    // The parameters' names stay (support sees what the link carried), their values go: a
    // callback's launch id, a signed link's signature, a token someone put in a URL.
    QStringList items = query.split(u'&');
    for (QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0) {
            if (!item.isEmpty() && item != QLatin1String(Mask))
                item = QLatin1String(Mask);
            continue;
        }
        if (equals + 1 < item.size())
            item = item.left(equals + 1) + QLatin1String(Mask);
    }
    return items.join(u'&');
}
