#pragma once

#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// FieldConnect's command line: declares the options, parses them and checks every value
// before anything starts, so that a mistake is one message that names the option. Needs a
// QCoreApplication (for the translations and the program's name), not a window system:
// --help, --version and option errors work with no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    struct Result {
        Action action = Action::Fail;
        AppOptions options;
        QString text; // the help or version text, or what is wrong (for Fail)

        // Prints the text where it belongs (help and version on stdout, an error on stderr)
        // and returns the process's exit code: 0, or 2 for a usage error.
        int report() const;
    };

    CommandLine();
    Result parse(const QStringList &arguments);

    // The value of --lang ("--lang fr" or "--lang=fr"), read before the parser exists so that
    // --help is already in the chosen language.
    static QString languageArgument(const QStringList &arguments);
    // The value of --data-dir, absolute, read the same way: the stored language is in there.
    static QString dataDirArgument(const QStringList &arguments);

private:
    static QString earlyValue(const QStringList &arguments, const QString &option);

    QCommandLineParser m_parser;
};
