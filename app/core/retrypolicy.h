#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// When to try a failed request again, with no I/O: exponential back-off with full jitter
// (a delay drawn uniformly between 0 and min(maxDelay, baseDelay * 2^(attempt-1))), the
// server's Retry-After honoured as a minimum, and a cap on both attempts and total time.
// Which failures are worth retrying is the caller's business (ApiError::isTransient).
class RetryPolicy
{
public:
    static constexpr int DefaultMaxAttempts = 5;
    static constexpr qint64 DefaultMaxTotalMs = 2 * 60 * 1000;
    static constexpr qint64 DefaultBaseDelayMs = 500;
    static constexpr qint64 DefaultMaxDelayMs = 30 * 1000;

    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    qint64 maxTotalMs() const { return m_maxTotalMs; }
    void setMaxTotalMs(qint64 ms) { m_maxTotalMs = qMax<qint64>(0, ms); }
    qint64 baseDelayMs() const { return m_baseDelayMs; }
    void setBaseDelayMs(qint64 ms) { m_baseDelayMs = qMax<qint64>(0, ms); }
    qint64 maxDelayMs() const { return m_maxDelayMs; }
    void setMaxDelayMs(qint64 ms) { m_maxDelayMs = qMax<qint64>(0, ms); }

    // The wait before the attempt after `failedAttempt` (1 for the first). `random01` is a draw
    // in [0, 1] (clamped), so tests can pin it. A Retry-After is a floor, never shortened.
    qint64 delayFor(int failedAttempt, std::optional<qint64> retryAfterMs, double random01) const;
    // Whether one more attempt may start after `attemptsMade`, `elapsedMs` since the first one
    // started, and the wait `delayMs` still to come.
    bool allowsRetry(int attemptsMade, qint64 elapsedMs, qint64 delayMs) const;

    // Retry-After (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date (IMF-fixdate, and the
    // obsolete RFC 850 and asctime forms). Milliseconds from `now`, 0 for a date already past,
    // nothing when absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    int m_maxAttempts = DefaultMaxAttempts;
    qint64 m_maxTotalMs = DefaultMaxTotalMs;
    qint64 m_baseDelayMs = DefaultBaseDelayMs;
    qint64 m_maxDelayMs = DefaultMaxDelayMs;
};
