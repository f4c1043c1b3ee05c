#pragma once

#include <QList>
#include <QtGlobal>

// A polite client's bounds on a burst of requests: at most `maxConcurrent` in flight, and at
// most `maxPerWindow` started within any `windowMs` (a sliding window, not a fixed one, so two
// bursts cannot meet at a window's edge). Pure: the caller gives the clock.
class RequestPacer
{
public:
    struct Limits {
        int maxConcurrent = 2;
        int maxPerWindow = 4;
        int windowMs = 1000;
    };

    RequestPacer(); // the Limits defaults
    explicit RequestPacer(const Limits &limits);

    Limits limits() const { return m_limits; }
    // How long to wait from `nowMs` before the next request may start: 0 = now, -1 = not until
    // one in flight finishes.
    qint64 delayBeforeNext(qint64 nowMs, int inFlight) const;
    void recordStart(qint64 nowMs);
    void reset() { m_starts.clear(); }

private:
    Limits m_limits;
    QList<qint64> m_starts; // the last maxPerWindow start times, oldest first
};
