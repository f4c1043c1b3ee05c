#include "sandboxhtml.h"

#include "sandboxlogging.h"

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
