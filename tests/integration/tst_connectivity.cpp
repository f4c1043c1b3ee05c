// Connectivity from its two witnesses: the system's QNetworkInformation backend (glib here)
// and the fate of the requests themselves.

#include "connectivity.h"

#include <QSignalSpy>
#include <QTest>

class tst_Connectivity : public QObject
{
    Q_OBJECT
private slots:
    void requestFailuresTakeItOfflineUntilOneGetsThrough();
    void theSystemSayingDisconnectedWins();
    void theSystemBackendLoadsWhereOneExists();
};

void tst_Connectivity::requestFailuresTakeItOfflineUntilOneGetsThrough()
{
    Connectivity c;
    QSignalSpy changed(&c, &Connectivity::onlineChanged);
    QVERIFY(c.isOnline());
    c.observe(true);
    QCOMPARE(changed.size(), 0);
    c.observe(false);
    QVERIFY(!c.isOnline());
    QVERIFY(!c.systemSaysOffline()); // one probe at a time may still go
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).toBool(), false);
    c.observe(false);
    QCOMPARE(changed.size(), 1); // said once
    c.observe(true);
    QVERIFY(c.isOnline());
    QCOMPARE(changed.size(), 2);
}

void tst_Connectivity::theSystemSayingDisconnectedWins()
{
    Connectivity c;
    QSignalSpy changed(&c, &Connectivity::onlineChanged);
    c.setSystemOffline(true);
    QVERIFY(!c.isOnline());
    QVERIFY(c.systemSaysOffline());
    c.observe(true); // a stale success does not contradict the system
    QVERIFY(!c.isOnline());
    c.observe(false);
    c.setSystemOffline(false); // back: worth a try, the next request will tell
    QVERIFY(c.isOnline());
    QCOMPARE(changed.size(), 2);
}

void tst_Connectivity::theSystemBackendLoadsWhereOneExists()
{
    Connectivity c;
    const bool loaded = c.useSystemBackend();
    if (!loaded)
        QSKIP("no QNetworkInformation backend on this machine: request failures alone decide");
    QVERIFY(!c.backendName().isEmpty());
    // Loopback-only CI machines are not "disconnected": the app must not think it is offline.
    QVERIFY(!c.systemSaysOffline());
}

QTEST_GUILESS_MAIN(tst_Connectivity)
#include "tst_connectivity.moc"
