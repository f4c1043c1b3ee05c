#include "requestpacer.h"

#include <algorithm>

RequestPacer::RequestPacer()
    : RequestPacer(Limits{})
{ }

RequestPacer::RequestPacer(const Limits &limits)
    : m_limits{std::max(1, limits.maxConcurrent), std::max(1, limits.maxPerWindow),
               std::max(1, limits.windowMs)}
{ }

qint64 RequestPacer::delayBeforeNext(qint64 nowMs, int inFlight) const
{
    if (inFlight >= m_limits.maxConcurrent)
        return -1;
    if (m_starts.size() < m_limits.maxPerWindow)
        return 0;
    // The oldest of the last maxPerWindow starts must have left the window.
    return std::max<qint64>(0, m_starts.first() + m_limits.windowMs - nowMs);
}

void RequestPacer::recordStart(qint64 nowMs)
{
    m_starts << nowMs;
    while (m_starts.size() > m_limits.maxPerWindow)
        m_starts.removeFirst();
}
