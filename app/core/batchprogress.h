#pragma once

#include <QtGlobal>

// Where a batch of creations stands, and how fast it goes (no I/O): what the progress dialog
// and the headless --create-all report.
struct BatchProgress {
    int total = 0;
    int created = 0; // done, including those found already created
    int failed = 0;
    int inDoubt = 0;
    int cancelled = 0;
    qint64 elapsedMs = 0;

    int finished() const { return created + failed + inDoubt + cancelled; }
    int remaining() const { return qMax(0, total - finished()); }
    bool isComplete() const { return finished() >= total; }
    // Work orders settled per second so far; 0 before the first one.
    double ratePerSecond() const;
    // At the current rate; -1 when it cannot be estimated yet.
    qint64 remainingMs() const;
};
