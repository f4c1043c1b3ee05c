#pragma once

// The start-up baseline, run as a child process of the benchmark (fieldconnect-bench
// --baseline-table DIR): a QApplication, the work orders of DIR/fieldconnect.sqlite read with a
// plain QSqlQuery into BaselineTableModel, a bare QTableView, and one line on stdout,
// "BASELINE_READY rows=<n>", at the first paint of the table's viewport. Then it quits.
class BaselineTable
{
public:
    static int run(int argc, char **argv, const char *dataDir);
};
