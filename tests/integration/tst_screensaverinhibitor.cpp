// The screen saver held off while the Deepomatic page is shown: on a private session bus
// (dbus-daemon started by the test) a fake org.freedesktop.ScreenSaver service, registered by
// this process on a connection of its own, hears Inhibit when the window shows the connector
// page and UnInhibit with the same cookie when it goes back to the list. With no bus, or no
// service on it, the app says so once in its log and carries on.

#include "mainwindow.h"
#include "screensaverinhibitor.h"
#include "testapp.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("fieldconnect.screensaver"))
        s_log << message;
    if (s_previous)
        s_previous(type, context, message);
}

int screenSaverWarnings()
{
    int n = 0;
    for (const QString &line : std::as_const(s_log))
        n += line.contains(QLatin1String("screen saver cannot be held off")) ? 1 : 0;
    return n;
}
} // namespace

// What GNOME's or KDE's screen saver answers to, recording the calls.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QList<QStringList> inhibits; // application, reason
    QList<uint> uninhibits;
    uint lastCookie = 0;

public slots:
    uint Inhibit(const QString &application, const QString &reason)
    {
        inhibits << QStringList{application, reason};
        lastCookie = 7000 + uint(inhibits.size());
        return lastCookie;
    }
    void UnInhibit(uint cookie) { uninhibits << cookie; }
};

class tst_ScreenSaverInhibitor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void connectorPageInhibitsAndReturnReleases();
    void shortPathIsUsedWhereTheLongOneIsMissing();
    void releaseBeforeTheCookieArrivesStillReleases();
    void destructionReleases();
    void noServiceIsSaidOnceAndHarmless();
    void noBusIsSaidOnceAndHarmless();

private:
    // Serves `fake` on the private bus at `path` (the service name too).
    bool serve(FakeScreenSaver *fake, const QString &path);
    void stopServing();

    QProcess m_daemon;
    QString m_address;
    QString m_servedPath;
};

void tst_ScreenSaverInhibitor::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
        QSKIP("dbus-daemon is needed (scripts/dev installs it)");
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--session"), QStringLiteral("--print-address"),
                    QStringLiteral("--nofork")});
    QVERIFY2(m_daemon.waitForStarted(), qPrintable(m_daemon.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
    // Before the first use of the session bus in this process: the app's is this one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    s_previous = qInstallMessageHandler(captureLog);
}

void tst_ScreenSaverInhibitor::init()
{
    s_log.clear();
}

void tst_ScreenSaverInhibitor::cleanup()
{
    stopServing();
}

void tst_ScreenSaverInhibitor::cleanupTestCase()
{
    qInstallMessageHandler(s_previous);
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }
}

bool tst_ScreenSaverInhibitor::serve(FakeScreenSaver *fake, const QString &path)
{
    QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("fake"));
    if (!service.isConnected())
        return false;
    m_servedPath = path;
    return service.registerObject(path, fake, QDBusConnection::ExportAllSlots)
           && service.registerService(QStringLiteral("org.freedesktop.ScreenSaver"));
}

void tst_ScreenSaverInhibitor::stopServing()
{
    QDBusConnection service(QStringLiteral("fake"));
    if (!service.isConnected())
        return;
    service.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver"));
    if (!m_servedPath.isEmpty())
        service.unregisterObject(m_servedPath);
    m_servedPath.clear();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake"));
    // Gone from the bus before the next test asks for it.
    QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QStringLiteral("org.freedesktop.ScreenSaver")));
}

void tst_ScreenSaverInhibitor::connectorPageInhibitsAndReturnReleases()
{
    FakeScreenSaver fake;
    QVERIFY(serve(&fake, QStringLiteral("/org/freedesktop/ScreenSaver")));
    TestApp rig;
    QString why;
    QVERIFY2(rig.startSandbox(&why), qPrintable(why));
    QVERIFY(rig.launch());
    MainWindow *window = rig.window();
    ScreenSaverInhibitor *inhibitor = rig.app()->screenSaverInhibitor();
    QVERIFY(inhibitor);
    QTest::qWait(100);
    QVERIFY(fake.inhibits.isEmpty()); // the list alone lets the screen sleep

    window->showConnector();
    QTRY_COMPARE(fake.inhibits.size(), 1);
    QCOMPARE(fake.inhibits.at(0).at(0), QStringLiteral("FieldConnect"));
    QVERIFY(!fake.inhibits.at(0).at(1).isEmpty());
    QTRY_VERIFY(inhibitor->isActive());
    QCOMPARE(inhibitor->cookie(), fake.lastCookie);
    QVERIFY(fake.uninhibits.isEmpty());

    window->showWorkOrders();
    QTRY_COMPARE(fake.uninhibits.size(), 1);
    QCOMPARE(fake.uninhibits.at(0), fake.lastCookie);
    QVERIFY(!inhibitor->isActive());

    // Again: a new cookie, released in its turn.
    window->showConnector();
    QTRY_COMPARE(fake.inhibits.size(), 2);
    window->showWorkOrders();
    QTRY_COMPARE(fake.uninhibits.size(), 2);
    QCOMPARE(fake.uninhibits.at(1), fake.lastCookie);
    QCOMPARE(screenSaverWarnings(), 0);
}

void tst_ScreenSaverInhibitor::shortPathIsUsedWhereTheLongOneIsMissing()
{
    FakeScreenSaver fake;
    QVERIFY(serve(&fake, QStringLiteral("/ScreenSaver")));
    ScreenSaverInhibitor inhibitor;
    QSignalSpy activated(&inhibitor, &ScreenSaverInhibitor::activated);
    inhibitor.inhibit(QStringLiteral("test"));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(fake.inhibits.size(), 1);
    inhibitor.release();
    QTRY_COMPARE(fake.uninhibits, QList<uint>{fake.lastCookie});
    QCOMPARE(screenSaverWarnings(), 0);
}

void tst_ScreenSaverInhibitor::releaseBeforeTheCookieArrivesStillReleases()
{
    FakeScreenSaver fake;
    QVERIFY(serve(&fake, QStringLiteral("/org/freedesktop/ScreenSaver")));
    ScreenSaverInhibitor inhibitor;
    inhibitor.inhibit(QStringLiteral("test"));
    inhibitor.release(); // before the service even heard of it
    QTRY_COMPARE(fake.uninhibits.size(), 1);
    QCOMPARE(fake.inhibits.size(), 1);
    QCOMPARE(fake.uninhibits.at(0), fake.lastCookie);
    QVERIFY(!inhibitor.isActive());
}

void tst_ScreenSaverInhibitor::destructionReleases()
{
    FakeScreenSaver fake;
    QVERIFY(serve(&fake, QStringLiteral("/org/freedesktop/ScreenSaver")));
    {
        ScreenSaverInhibitor inhibitor;
        inhibitor.inhibit(QStringLiteral("test"));
        QTRY_VERIFY(inhibitor.isActive());
    }
    QTRY_COMPARE(fake.uninhibits, QList<uint>{fake.lastCookie});
}

void tst_ScreenSaverInhibitor::noServiceIsSaidOnceAndHarmless()
{
    // The bus is there, the screen saver service is not (a bare window manager).
    ScreenSaverInhibitor inhibitor;
    QSignalSpy unavailable(&inhibitor, &ScreenSaverInhibitor::unavailable);
    for (int i = 0; i < 3; ++i) {
        inhibitor.inhibit(QStringLiteral("test"));
        QTRY_COMPARE(unavailable.size(), i + 1);
        QVERIFY(!inhibitor.isActive());
        inhibitor.release();
    }
    QCOMPARE(screenSaverWarnings(), 1);
    QVERIFY2(s_log.join(u'\n').contains(QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")),
             qPrintable(s_log.join(u'\n')));
}

void tst_ScreenSaverInhibitor::noBusIsSaidOnceAndHarmless()
{
    ScreenSaverInhibitor inhibitor(QStringLiteral("unix:path=/nonexistent/fieldconnect-bus"));
    QSignalSpy unavailable(&inhibitor, &ScreenSaverInhibitor::unavailable);
    inhibitor.inhibit(QStringLiteral("test"));
    inhibitor.release();
    inhibitor.inhibit(QStringLiteral("test"));
    QCOMPARE(unavailable.size(), 2);
    QVERIFY(!inhibitor.isActive());
    QCOMPARE(screenSaverWarnings(), 1);
    QVERIFY2(s_log.constFirst().contains(QLatin1String("no session bus")),
             qPrintable(s_log.join(u'\n')));
}

QTEST_MAIN(tst_ScreenSaverInhibitor)
#include "tst_screensaverinhibitor.moc"
