#include "sandboxhtml.h"

#include "sandboxlogging.h"

#include <QHttpServerResponse>
#include <QUrl>

QString SandboxHtml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            // QString::toHtmlEscaped() leaves ' alone, which breaks single-quoted attributes.
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString SandboxHtml::fill(const QString &templateText, const QHash<QString, QString> &text,
                          const QHash<QString, QString> &html)
{
    QString out;
    out.reserve(templateText.size() * 2);
    qsizetype pos = 0;
    while (pos < templateText.size()) {
        const qsizetype open = templateText.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = templateText.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(templateText).mid(pos, open - pos);
        const QString key = templateText.mid(open + 2, close - open - 2).trimmed();
        if (text.contains(key))
            out += escape(text.value(key));
        else if (html.contains(key))
            out += html.value(key);
        else
            qCWarning(lcSandbox, "Template placeholder {{%s}} has no value", qPrintable(key));
        pos = close + 2;
    }
    out += QStringView(templateText).mid(pos);
    return out;
}

QHttpServerResponse SandboxHtml::response(int status, const QByteArray &html)
{
    QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), html,
                          static_cast<QHttpServerResponse::StatusCode>(status));
    // Everything comes from the sandbox itself: no external resource, no inline script.
    r.addHeader(QByteArrayLiteral("Content-Security-Policy"),
                QByteArrayLiteral("default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                  "base-uri 'none'; frame-ancestors 'none'"));
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.addHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return r;
}

QHash<QString, QString> SandboxHtml::formFields(const QByteArray &body)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        // The first value of a repeated field wins, as the sign-in reads one of each.
        const QString name = QUrl::fromPercentEncoding(key);
        if (!fields.contains(name))
            fields.insert(name, QUrl::fromPercentEncoding(value));
    }
    return fields;
}
