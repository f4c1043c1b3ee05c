#include "retrypolicy.h"

#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(std::optional<qint64>)

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void delayFor_data();
    void delayFor();
    void jitterIsUniformBelowTheCeiling();
    void allowsRetry_data();
    void allowsRetry();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void tst_RetryPolicy::defaults()
{
    const RetryPolicy policy;
    QCOMPARE(policy.maxAttempts(), 5);
    QCOMPARE(policy.maxTotalMs(), 120000);
    QCOMPARE(policy.baseDelayMs(), 500);
    QCOMPARE(policy.maxDelayMs(), 30000);
}

void tst_RetryPolicy::delayFor_data()
{
    QTest::addColumn<int>("failedAttempt");
    QTest::addColumn<qint64>("retryAfter"); // -1: none
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");

    // base 500 ms, cap 30 s: the ceiling doubles from 500 ms.
    QTest::newRow("1st, top of range") << 1 << qint64(-1) << 1.0 << qint64(500);
    QTest::newRow("2nd, top of range") << 2 << qint64(-1) << 1.0 << qint64(1000);
    QTest::newRow("3rd, middle") << 3 << qint64(-1) << 0.5 << qint64(1000);
    QTest::newRow("4th, bottom") << 4 << qint64(-1) << 0.0 << qint64(0);
    QTest::newRow("6th, capped") << 7 << qint64(-1) << 1.0 << qint64(30000);
    QTest::newRow("100th, no overflow") << 100 << qint64(-1) << 1.0 << qint64(30000);
    QTest::newRow("attempt 0 treated as 1") << 0 << qint64(-1) << 1.0 << qint64(500);
    QTest::newRow("random above 1 clamps") << 1 << qint64(-1) << 7.0 << qint64(500);
    QTest::newRow("random below 0 clamps") << 1 << qint64(-1) << -3.0 << qint64(0);
    QTest::newRow("random NaN is 0") << 3 << qint64(-1) << std::nan("") << qint64(0);
    QTest::newRow("Retry-After is a floor") << 1 << qint64(2000) << 0.1 << qint64(2000);
    QTest::newRow("Retry-After below jitter") << 3 << qint64(100) << 1.0 << qint64(2000);
    QTest::newRow("Retry-After beyond the cap") << 1 << qint64(90000) << 1.0 << qint64(90000);
    QTest::newRow("Retry-After 0") << 2 << qint64(0) << 0.25 << qint64(250);
}

void tst_RetryPolicy::delayFor()
{
    QFETCH(int, failedAttempt);
    QFETCH(qint64, retryAfter);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    const RetryPolicy policy;
    const std::optional<qint64> after =
        retryAfter >= 0 ? std::optional<qint64>(retryAfter) : std::nullopt;
    QCOMPARE(policy.delayFor(failedAttempt, after, random), expected);
}

void tst_RetryPolicy::jitterIsUniformBelowTheCeiling()
{
    RetryPolicy policy;
    policy.setBaseDelayMs(100);
    policy.setMaxDelayMs(1000);
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const qint64 ceiling = qMin<qint64>(1000, 100LL << (attempt - 1));
        for (double r = 0; r <= 1.0; r += 0.125) {
            const qint64 d = policy.delayFor(attempt, std::nullopt, r);
            QVERIFY(d >= 0 && d <= ceiling);
            QCOMPARE(d, qint64(std::floor(r * double(ceiling))));
        }
    }
}

void tst_RetryPolicy::allowsRetry_data()
{
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("delay");
    QTest::addColumn<bool>("allowed");

    // Defaults: 5 attempts, 2 minutes.
    QTest::newRow("after the 1st") << 1 << qint64(0) << qint64(500) << true;
    QTest::newRow("after the 4th") << 4 << qint64(10000) << qint64(4000) << true;
    QTest::newRow("after the 5th") << 5 << qint64(10000) << qint64(0) << false;
    QTest::newRow("exactly at the budget") << 2 << qint64(119000) << qint64(1000) << true;
    QTest::newRow("past the budget") << 2 << qint64(119000) << qint64(1001) << false;
    QTest::newRow("Retry-After beyond budget") << 1 << qint64(0) << qint64(3600000) << false;
}

void tst_RetryPolicy::allowsRetry()
{
    QFETCH(int, attemptsMade);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, delay);
    QFETCH(bool, allowed);
    QCOMPARE(RetryPolicy().allowsRetry(attemptsMade, elapsed, delay), allowed);
}

void tst_RetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expected"); // -1: nothing

    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 27), Qt::UTC);
    QTest::newRow("seconds") << QByteArray("5") << now << qint64(5000);
    QTest::newRow("zero") << QByteArray("0") << now << qint64(0);
    QTest::newRow("spaces") << QByteArray("  120 ") << now << qint64(120000);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << now
                                 << qint64(10000);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << now
                             << qint64(10000);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << now << qint64(10000);
    QTest::newRow("date in the past")
        << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << now << qint64(0);
    QTest::newRow("now in another zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                         << now.toOffsetFromUtc(3600) << qint64(10000);
    QTest::newRow("empty") << QByteArray() << now << qint64(-1);
    QTest::newRow("negative") << QByteArray("-1") << now << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << now << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << now << qint64(-1);
    QTest::newRow("no GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37") << now << qint64(-1);
    QTest::newRow("day 32") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT") << now << qint64(-1);
    QTest::newRow("month Foo") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << now << qint64(-1);
    QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << now << qint64(-1);
}

void tst_RetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(value, now);
    if (expected < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(-2))));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    }
}

QTEST_APPLESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
