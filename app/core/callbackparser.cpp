#include "callbackparser.h"

#include <QUrlQuery>

namespace {
int portOrDefault(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return url.port(443);
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return url.port(80);
    return url.port(-1);
}

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    // Compare components, never strings: case-insensitive scheme and host, default ports.
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && portOrDefault(a) == portOrDefault(b)
           && a.userInfo().isEmpty()
           // Encoded form: "%2F" is not "/" (Qt still normalises harmless escapes).
           && a.path(QUrl::FullyEncoded) == b.path(QUrl::FullyEncoded);
}

struct ParamSet {
    QList<QPair<QString, QString>> items;
    bool present = false;
};

ParamSet readParams(const QString &encoded, bool present)
{
    ParamSet set;
    set.present = present && !encoded.isEmpty();
    if (set.present)
        set.items = QUrlQuery(encoded).queryItems(QUrl::FullyDecoded);
    return set;
}
} // namespace

int CallbackParser::parseProgress(const QString &text)
{
    if (text.isEmpty() || text.size() > 3)
        return -1;
    if (text.size() > 1 && text.at(0) == u'0')
        return -1;
    int value = 0;
    for (QChar c : text) {
        // QChar::isDigit() would accept Arabic-Indic and other Unicode digits: not here.
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= 100 ? value : -1;
}

CallbackParser::Verdict CallbackParser::parse(const QUrl &url, const Expectation &expected)
{
    Verdict verdict;
    auto reject = [&verdict](const char *code, const QString &reason) {
        verdict.accepted = false;
        verdict.progress = -1;
        verdict.code = QLatin1String(code);
        verdict.reason = reason;
        return verdict;
    };

    if (!url.isValid())
        return reject("invalid_url", tr("The callback URL is not a valid URL."));
    if (!expected.callbackUri.isValid() || expected.callbackUri.isEmpty())
        return reject("no_launch", tr("No connector launch is waiting for a callback."));
    if (!sameEndpoint(url, expected.callbackUri))
        return reject("wrong_launch",
                      tr("The callback is not for the work order launch currently open."));

    const ParamSet query = readParams(url.query(QUrl::FullyEncoded), url.hasQuery());
    const ParamSet fragment = readParams(url.fragment(QUrl::FullyEncoded), url.hasFragment());

    // work_order_progress must appear exactly once in the whole URL: once in the
    // query or once in the fragment, never in both, even with the same value.
    QStringList progressTexts[2];
    const ParamSet *parts[2] = {&query, &fragment};
    for (int i = 0; i < 2; ++i) {
        for (const auto &item : parts[i]->items) {
            if (item.first == QLatin1String(ProgressKey))
                progressTexts[i] << item.second;
            else if (!verdict.extras.contains(item.first))
                verdict.extras.insert(item.first, item.second);
            else if (verdict.extras.value(item.first) != item.second)
                return reject("duplicate_parameter",
                              tr("The parameter \"%1\" appears more than once with different "
                                 "values.")
                                  .arg(item.first));
        }
        if (progressTexts[i].size() > 1)
            return reject("duplicate_progress", tr("work_order_progress appears more than once."));
    }
    if (progressTexts[0].isEmpty() && progressTexts[1].isEmpty())
        return reject("missing_progress", tr("The callback carries no work_order_progress."));
    if (!progressTexts[0].isEmpty() && !progressTexts[1].isEmpty())
        return reject("duplicate_progress",
                      tr("work_order_progress appears in both the query and the fragment; it "
                         "must appear exactly once."));

    const bool fromFragment = progressTexts[0].isEmpty();
    const QString progressText = progressTexts[fromFragment ? 1 : 0].constFirst();
    const int progress = parseProgress(progressText);
    if (progress < 0)
        return reject("invalid_progress",
                      tr("work_order_progress \"%1\" is not an integer from 0 to 100.")
                          .arg(progressText.left(40)));
    const QString reportedId = verdict.extras.value(QStringLiteral("work_order_id"));
    if (!reportedId.isEmpty()
        && reportedId.compare(expected.deepomaticId, Qt::CaseInsensitive) != 0)
        return reject("wrong_work_order", tr("The callback names work order %1, but %2 is open.")
                                              .arg(reportedId.left(64), expected.deepomaticId));

    verdict.accepted = true;
    verdict.fromFragment = fromFragment;
    verdict.progress = progress;
    verdict.reason.clear();
    verdict.code.clear();
    return verdict;
}
