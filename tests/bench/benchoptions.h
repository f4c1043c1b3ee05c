#pragma once

#include <QString>

class QCoreApplication;

// The command line of fieldconnect-bench.
struct BenchOptions {
    int rows = 10000;
    int repeat = 5;
    QString only; // empty, "startup", "open", "callback", "import", "filter" or "batch"
    QString appPath;
    QString jsonFile;

    bool wants(const QString &figure) const { return only.isEmpty() || only == figure; }

    // Parses the application's arguments; on a usage error returns false with *error set.
    static bool parse(const QCoreApplication &app, BenchOptions *options, QString *error);
    // The name of the hidden option that turns the executable into the start-up baseline.
    static constexpr const char *BaselineTableOption = "--baseline-table";
};
