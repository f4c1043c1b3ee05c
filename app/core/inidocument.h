#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// An INI file's text as written, with the line of every entry: QSettings reads the same syntax
// but forgets where each value was, and a deployment error must name its line. A pure function
// of the bytes (no file access), so it can be unit-tested and fuzzed.
//
// Syntax (the subset of QSettings' IniFormat a deployment file needs): "[section]" lines,
// "key=value" lines, comment lines starting with ";" or "#", a ";" outside double quotes ends
// the value, "\"" quotes a value (so it may hold ";"), backslash escapes \\ \" \; \n \t.
class IniDocument
{
    Q_DECLARE_TR_FUNCTIONS(IniDocument)
public:
    struct Entry {
        QString section; // "" before the first section header
        QString key;
        QString value; // unquoted, unescaped, trimmed
        int line = 0; // 1-based
    };
    struct Section {
        QString name;
        int line = 0; // of the "[name]" header (0 for the entries before any header)
    };

    static IniDocument parse(const QByteArray &text);

    QList<Entry> entries() const { return m_entries; }
    QList<Section> sections() const { return m_sections; }
    // Lines that are neither a section, an entry nor a comment.
    struct SyntaxError {
        int line = 0;
        QString message;
    };
    QList<SyntaxError> syntaxErrors() const { return m_syntaxErrors; }

private:
    QList<Entry> m_entries;
    QList<Section> m_sections;
    QList<SyntaxError> m_syntaxErrors;
};
