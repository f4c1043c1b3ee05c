#include "retrypolicy.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

qint64 RetryPolicy::delayFor(int failedAttempt, std::optional<qint64> retryAfterMs,
                             double random01) const
{
    const int exponent = qBound(0, failedAttempt - 1, 40); // 2^40 ms is beyond any cap
    const double ceiling =
        qMin(static_cast<double>(m_maxDelayMs), std::ldexp(double(m_baseDelayMs), exponent));
    const double draw = std::isnan(random01) ? 0.0 : qBound(0.0, random01, 1.0);
    const qint64 jittered = static_cast<qint64>(std::floor(draw * ceiling));
    if (retryAfterMs && *retryAfterMs > jittered)
        return *retryAfterMs;
    return jittered;
}

bool RetryPolicy::allowsRetry(int attemptsMade, qint64 elapsedMs, qint64 delayMs) const
{
    return attemptsMade < m_maxAttempts && elapsedMs + delayMs <= m_maxTotalMs;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        // Longer than any total budget: saturate instead of overflowing.
        if (!ok || text.size() > 12)
            return std::numeric_limits<qint64>::max() / 2;
        return seconds * 1000;
    }
    // HTTP-dates are always English and always GMT. Parsed by hand: QDateTime's parsers read
    // local time, where a DST gap would make a valid GMT time invalid.
    static const QRegularExpression imf(QStringLiteral(
        R"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^[A-Za-z]+, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));
    static const QStringList months{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QString date = QString::fromLatin1(text).simplified();
    const QDateTime utcNow = now.toUTC();
    int day = 0;
    int year = 0;
    QString month;
    QStringList clock;
    if (const auto m = imf.match(date); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2);
        year = m.captured(3).toInt();
        clock = {m.captured(4), m.captured(5), m.captured(6)};
    } else if (const auto m = rfc850.match(date); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2);
        // A two-digit year: the one nearest to now that is at most 50 years ahead.
        const int current = utcNow.date().year();
        year = current - current % 100 + m.captured(3).toInt();
        if (year > current + 50)
            year -= 100;
        else if (year < current - 50)
            year += 100;
        clock = {m.captured(4), m.captured(5), m.captured(6)};
    } else if (const auto m = asctime.match(date); m.hasMatch()) {
        month = m.captured(1);
        day = m.captured(2).toInt();
        clock = {m.captured(3), m.captured(4), m.captured(5)};
        year = m.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate calendarDate(year, months.indexOf(month) + 1, day);
    const QTime time(clock.at(0).toInt(), clock.at(1).toInt(), clock.at(2).toInt());
    const QDateTime when(calendarDate, time, Qt::UTC);
    if (!calendarDate.isValid() || !time.isValid() || !when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, utcNow.msecsTo(when));
}
