#include "inidocument.h"

namespace {
// The value after "=": quotes and escapes as QSettings reads them; ";" outside quotes starts a
// comment. Returns false (with *problem) for an unterminated quote.
bool readValue(QStringView raw, QString *value, QString *problem)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'\\' && i + 1 < raw.size()) {
            const QChar next = raw.at(++i);
            if (next == u'n')
                out += u'\n';
            else if (next == u't')
                out += u'\t';
            else if (next == u'r')
                out += u'\r';
            else
                out += next; // \\ \" \; \, and anything else stand for themselves
            continue;
        }
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (c == u';' && !quoted)
            break;
        out += c;
    }
    if (quoted) {
        *problem = IniDocument::tr("a double quote is not closed");
        return false;
    }
    *value = out.trimmed();
    return true;
}
} // namespace

IniDocument IniDocument::parse(const QByteArray &text)
{
    IniDocument doc;
    QString section;
    const QString all = QString::fromUtf8(text);
    const QList<QStringView> lines = QStringView(all).split(u'\n');
    auto syntaxError = [&doc](int line, const QString &message) {
        doc.m_syntaxErrors.append({line, message});
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QStringView line = lines.at(i).trimmed(); // also drops a Windows "\r"
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype close = line.indexOf(u']');
            const QStringView rest = close < 0 ? QStringView() : line.mid(close + 1).trimmed();
            if (close < 0 || (!rest.isEmpty() && !rest.startsWith(u';'))) {
                syntaxError(lineNumber, tr("a section header must be \"[name]\""));
                continue;
            }
            section = line.mid(1, close - 1).trimmed().toString();
            doc.m_sections.append({section, lineNumber});
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            syntaxError(lineNumber,
                        tr("\"%1\" is not a \"key=value\" line").arg(line.left(60).toString()));
            continue;
        }
        QString value;
        QString problem;
        const QString key = line.left(eq).trimmed().toString();
        if (!readValue(line.mid(eq + 1), &value, &problem)) {
            syntaxError(lineNumber, tr("%1: %2").arg(key, problem));
            continue;
        }
        doc.m_entries.append({section, key, value, lineNumber});
    }
    return doc;
}
