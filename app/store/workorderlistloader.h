#pragma once

#include "workorderrows.h"

#include <QFuture>
#include <QString>

// Reads the whole work order list from the database file on worker threads, so the window
// shows at once and the UI thread only swaps the model when the rows are there. With 10,000 and
// more work orders the reading itself (SQLite rows to values, and the search text of each row)
// is most of the start-up: it is split into slices read in parallel, one connection each (WAL
// lets them read beside the UI thread's connection), then merged back into the store's order.
class WorkOrderListLoader
{
public:
    // The work orders of `siteProfile` (every one when empty); readers = 0: one per core, at
    // most MaxReaders.
    static QFuture<WorkOrderRows> load(const QString &databaseFile, const QString &siteProfile,
                                       int readers = 0);
    static constexpr int MaxReaders = 4;

private:
    static WorkOrderRows readSlice(const QString &databaseFile, const QString &siteProfile,
                                   int part, int parts);
    static WorkOrderRows merge(QList<WorkOrderRows> slices);
};
