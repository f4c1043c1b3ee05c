// FieldConnect's entry point: the command line is checked first (with no window system, so
// --help, --version and mistakes work anywhere), then what Chromium reads once at start, then
// the application object, which builds and runs the rest (app/fieldconnectapp.h). A callback
// URL argument goes to the FieldConnect already running, when one is.

#include "apptranslations.h"
#include "commandline.h"
#include "fieldconnectapp.h"
#include "quitonsignal.h"

#include <QApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    FieldConnectApp::setIdentity();
    AppTranslations translations;
    CommandLine::Result command;
    {
        const QCoreApplication probe(argc, argv);
        // --lang, else the language chosen in the display settings, else the system's.
        QString language = CommandLine::languageArgument(QCoreApplication::arguments());
        if (language.isEmpty())
            language = FieldConnectApp::savedLanguage(
                CommandLine::dataDirArgument(QCoreApplication::arguments()));
        translations.load(language);
        command = CommandLine().parse(QCoreApplication::arguments());
        if (command.action != CommandLine::Action::Run)
            return command.report();
        if (command.options.mode == AppOptions::Mode::HashPin)
            return FieldConnectApp::execHashPin();
        // Started by the browser with a callback: the running FieldConnect takes it, if any.
        if (const auto handedOver = FieldConnectApp::handToRunningInstance(command.options))
            return *handedOver;
        FieldConnectApp::prepareProcess(command.options);
    }

    std::unique_ptr<QCoreApplication> app;
    if (command.options.needsWidgets())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    translations.install();
    QGuiApplication::setDesktopFileName(QStringLiteral("fieldconnect"));
    // kill, Ctrl+C or a shutdown: the same orderly exit as closing the window.
    const QuitOnSignal quitOnSignal;

    FieldConnectApp fieldConnect(command.options);
    QString error;
    if (!fieldConnect.start(&error)) {
        std::fprintf(stderr, "fieldconnect: %s\n", qPrintable(error));
        return 2;
    }
    return fieldConnect.exec();
}
