#pragma once

#include "benchoptions.h"

class BenchReport;

// Figure 5: filtering the list of 100,000 work orders as a technician types: "l", "ly", "lyo",
// "lyon", a letter deleted, the field cleared. Each step is timed from the new text to the table
// painted again; a run's figure is its slowest step (the first letter and the clearing included).
// Subject: the list's WorkOrderTableModel and WorkOrderFilterModel in a table set up like the
// window's (sorted by date, hidden vertical header, fixed rows). Baseline: a bare
// QSortFilterProxyModel (setFilterFixedString, case-insensitive, on the name and the address)
// over BaselineTableModel in a bare QTableView. Both in this process, the same rows.
class BenchFilter
{
public:
    static constexpr int Rows = 100000;

    explicit BenchFilter(const BenchOptions &options)
        : m_options(options)
    { }

    void run(BenchReport *report);

private:
    BenchOptions m_options;
};
