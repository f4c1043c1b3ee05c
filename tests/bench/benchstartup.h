#pragma once

#include "benchoptions.h"

#include <QString>
#include <QStringList>

class BenchReport;

// Figure 1: start to an interactive list of N work orders. FieldConnect (`fieldconnect
// --sandbox --data-dir DIR --report-ready`) against a bare QTableView (this executable with
// --baseline-table DIR) reading the same SQLite file; both are child processes timed the same
// way, from QProcess::start to their ready line on stdout.
class BenchStartup
{
public:
    explicit BenchStartup(const BenchOptions &options)
        : m_options(options)
    { }

    void run(BenchReport *report);

private:
    struct Launch {
        double milliseconds = -1;
        int rows = -1;
        QString error;
    };
    Launch time(const QString &program, const QStringList &arguments) const;

    BenchOptions m_options;
};
