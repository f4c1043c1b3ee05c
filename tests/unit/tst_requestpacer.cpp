// The bounds a bulk refresh keeps to: concurrency, and starts per sliding window.

#include "requestpacer.h"

#include <QTest>

class tst_RequestPacer : public QObject
{
    Q_OBJECT
private slots:
    void waitsForAFreeSlot();
    void startsAtMostNPerSlidingWindow_data();
    void startsAtMostNPerSlidingWindow();
    void nonsenseLimitsAreClampedToOne();
};

void tst_RequestPacer::waitsForAFreeSlot()
{
    RequestPacer pacer({2, 100, 1000});
    QCOMPARE(pacer.delayBeforeNext(0, 0), 0);
    QCOMPARE(pacer.delayBeforeNext(0, 1), 0);
    QCOMPARE(pacer.delayBeforeNext(0, 2), -1);
    QCOMPARE(pacer.delayBeforeNext(0, 3), -1);
}

void tst_RequestPacer::startsAtMostNPerSlidingWindow_data()
{
    QTest::addColumn<int>("perWindow");
    QTest::addColumn<int>("windowMs");
    QTest::newRow("4 per second") << 4 << 1000;
    QTest::newRow("1 per 250 ms") << 1 << 250;
    QTest::newRow("10 per second") << 10 << 1000;
}

void tst_RequestPacer::startsAtMostNPerSlidingWindow()
{
    QFETCH(int, perWindow);
    QFETCH(int, windowMs);
    RequestPacer pacer({1000, perWindow, windowMs});
    // Simulate a greedy caller on a 1 ms clock: start whenever the pacer says 0.
    QList<qint64> starts;
    for (qint64 now = 0; now < 5000; ++now) {
        while (pacer.delayBeforeNext(now, 0) == 0) {
            pacer.recordStart(now);
            starts << now;
        }
    }
    // No window of windowMs holds more than perWindow starts...
    for (qsizetype i = 0; i + perWindow < starts.size(); ++i)
        QVERIFY2(starts.at(i + perWindow) - starts.at(i) >= windowMs,
                 qPrintable(QString::number(starts.at(i))));
    // ...and the pacer is not slower than it needs to be.
    QCOMPARE(starts.size(), qsizetype(perWindow * (5000 / windowMs)));
    // The delay it announces is exactly the wait.
    const qint64 last = starts.constLast();
    const qint64 delay = pacer.delayBeforeNext(last, 0);
    QCOMPARE(delay, starts.at(starts.size() - perWindow) + windowMs - last);
}

void tst_RequestPacer::nonsenseLimitsAreClampedToOne()
{
    RequestPacer pacer({0, -3, 0});
    QCOMPARE(pacer.limits().maxConcurrent, 1);
    QCOMPARE(pacer.limits().maxPerWindow, 1);
    QCOMPARE(pacer.delayBeforeNext(0, 0), 0);
    pacer.recordStart(0);
    QCOMPARE(pacer.delayBeforeNext(0, 1), -1);
    QCOMPARE(pacer.delayBeforeNext(0, 0), 1);
}

QTEST_APPLESS_MAIN(tst_RequestPacer)
#include "tst_requestpacer.moc"
