// fieldconnect-bench: the product's performance targets, each beside a bare-Qt baseline measured in
// the same run on the same machine. See tests/bench/CMakeLists.txt for why this is not a CTest
// test.

#include "baselinetable.h"
#include "benchbatch.h"
#include "benchcallback.h"
#include "benchfilter.h"
#include "benchimport.h"
#include "benchopen.h"
#include "benchoptions.h"
#include "benchreport.h"
#include "benchstartup.h"
#include "callbackschemehandler.h"

#include <QApplication>

#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    // The start-up baseline is this executable in a hidden mode: a bare Widgets program, set
    // up before (and instead of) anything QtWebEngine needs.
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], BenchOptions::BaselineTableOption) == 0)
            return BaselineTable::run(argc, argv, argv[i + 1]);
    }
#ifdef Q_OS_UNIX
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        std::fprintf(stderr, "fieldconnect-bench: running as root: Chromium's sandbox is "
                             "disabled (QTWEBENGINE_DISABLE_SANDBOX=1).\n");
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
#endif
    // As in app/main.cpp: the scheme before QApplication, shared GL contexts for QtWebEngine.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldConnect"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldconnect-bench"));
    QApplication app(argc, argv);

    BenchOptions options;
    QString error;
    if (!BenchOptions::parse(app, &options, &error)) {
        std::fprintf(stderr, "fieldconnect-bench: %s\n", qPrintable(error));
        return 2;
    }

    BenchReport report(options);
    // Start-up first: its child processes must not compete with a running QtWebEngine here.
    if (options.wants(QStringLiteral("startup")))
        BenchStartup(options).run(&report);
    if (options.wants(QStringLiteral("open")))
        BenchOpen(options).run(&report);
    if (options.wants(QStringLiteral("callback")))
        BenchCallback(options).run(&report);
    if (options.wants(QStringLiteral("import")))
        BenchImport(options).run(&report);
    if (options.wants(QStringLiteral("filter")))
        BenchFilter(options).run(&report);
    if (options.wants(QStringLiteral("batch")))
        BenchBatch(options).run(&report);

    report.printTable(stdout);
    if (!options.jsonFile.isEmpty() && !report.writeJson(options.jsonFile, &error)) {
        std::fprintf(stderr, "fieldconnect-bench: %s\n", qPrintable(error));
        return 1;
    }
    // Missed targets are results, not failures; only a figure that could not be measured is.
    return report.hasErrors() ? 1 : 0;
}
