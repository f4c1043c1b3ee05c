#pragma once

#include "benchoptions.h"

#include <QByteArray>

class BenchReport;

// Figure 4: importing a planning file of N rows (the --rows count, 10,000 by default): read the
// CSV bytes, judge every row (PlanningFile), and write the good ones with their audit events in
// one transaction (PlanningImport), into a fresh database. Baseline: the same rows, already
// parsed, written by one prepared QSqlQuery INSERT per row into the same table in one
// transaction, with nothing judged and no events. Both run in this process, on fresh files.
class BenchImport
{
public:
    explicit BenchImport(const BenchOptions &options)
        : m_options(options)
    { }

    void run(BenchReport *report);
    // A realistic planning file: the sandbox's types and technicians, quoted addresses,
    // metadata columns.
    static QByteArray planningCsv(int rows);

private:
    BenchOptions m_options;
};
