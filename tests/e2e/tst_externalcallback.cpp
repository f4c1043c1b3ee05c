// connector_mode=external: the connector opens in the system browser (played here: the opener
// only records the URL), and the callback comes back as the operating system delivers it, in a
// real second `fieldconnect fieldconnect://callback/…` process that hands it to this running
// instance over the local socket and prints the verdict.

#include "callbackuri.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "e2eapp.h"
#include "instanceserver.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace {
struct SecondProcess {
    int exitCode = -1;
    QJsonObject line; // the one JSON line it printed
    QByteArray stdErr;
};
} // namespace

class tst_ExternalCallback : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void goodCallbackFromTheBrowserUnlocksClose();
    void wrongLaunchIdIsRefusedAndUnlocksNothing();
    void replayOfTheGoodCallbackIsRefused();
    void cancelEndsTheLaunch();
    void withNoInstanceTheProcessRefusesACallbackWithNoOpenLaunch();
    void notACallbackUrlIsAUsageError();
    void browsersCopyOfAnEmbeddedLaunchIsRefused();

private:
    void startApp(SiteProfile::ConnectorMode mode);
    // Opens `key` as the technician does; the launch's callback URI.
    QUrl openInBrowser(const QString &key);
    void takeEveryPhoto(const QString &key);
    // Runs the real second process with `url` while this one serves, and reads what it said.
    SecondProcess deliver(const QUrl &url);
    static QUrl withProgress(const QUrl &callback, int progress);

    std::unique_ptr<E2eApp> m_app;
    QList<QUrl> m_opened; // what the "system browser" was asked to open
};

void tst_ExternalCallback::init()
{
    startApp(SiteProfile::ConnectorMode::External);
}

void tst_ExternalCallback::startApp(SiteProfile::ConnectorMode mode)
{
    m_opened.clear();
    m_app.reset();
    m_app = std::make_unique<E2eApp>();
    QString started;
    QVERIFY2(m_app->startSandbox(&started), qPrintable(started));
    m_app->site.connectorMode = mode;
    QVERIFY(m_app->launch());
    QVERIFY2(m_app->app()->instanceServer(), "the running instance listens on its socket");
    m_app->session()->setBrowserOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
}

void tst_ExternalCallback::cleanup()
{
    m_app.reset();
}

QUrl tst_ExternalCallback::withProgress(const QUrl &callback, int progress)
{
    QUrl url = callback;
    url.setQuery(QStringLiteral("work_order_progress=%1").arg(progress));
    return url;
}

QUrl tst_ExternalCallback::openInBrowser(const QString &key)
{
    E2eApp &a = *m_app;
    a.window()->selectWorkOrder(key);
    QPushButton *open = a.window()->detailsPane()->openButton();
    if (!open->isEnabled()) {
        qWarning() << "Open disabled:" << open->toolTip();
        return {};
    }
    QTest::mouseClick(open, Qt::LeftButton);
    const auto launch = a.session()->currentLaunch();
    if (!launch || !launch->external || m_opened.size() != 1)
        return {};
    // The browser got the connector URL with this launch's callback; the app waits for it.
    if (!a.window()->isConnectorShown() || !a.window()->connectorView()->isWaitingForBrowser())
        return {};
    if (!m_opened.constFirst().toString(QUrl::FullyDecoded).contains(launch->launchId))
        return {};
    return launch->callbackUri;
}

void tst_ExternalCallback::takeEveryPhoto(const QString &key)
{
    // The technician took every photo in the browser: Deepomatic's progress is 100.
    const QString id = m_app->controller()->workOrder(key)->deepomaticId;
    const QJsonArray groups =
        m_app->sandbox.workOrderJson(id).value(QStringLiteral("task_groups")).toArray();
    QVERIFY(!groups.isEmpty());
    for (const QJsonValue g : groups)
        QVERIFY(m_app->sandbox.markPhotoTaken(
            id, g.toObject().value(QStringLiteral("name")).toString()));
}

SecondProcess tst_ExternalCallback::deliver(const QUrl &url)
{
    SecondProcess result;
    QProcess process;
    process.setProgram(QStringLiteral(FIELDCONNECT_EXECUTABLE));
    process.setArguments(
        {QStringLiteral("--data-dir"), m_app->dir.path(), url.toString(QUrl::FullyEncoded)});
    process.start();
    if (!process.waitForStarted(10000))
        return result;
    // Not waitForFinished(): this process must go on serving its socket meanwhile.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    if (lines.size() == 1)
        result.line = QJsonDocument::fromJson(lines.constFirst()).object();
    result.stdErr = process.readAllStandardError();
    return result;
}

void tst_ExternalCallback::goodCallbackFromTheBrowserUnlocksClose()
{
    E2eApp &a = *m_app;
    const QString key = a.planAndCreate(QStringLiteral("WO-EXT-GOOD"));
    QVERIFY(!key.isEmpty());
    const QUrl callback = openInBrowser(key);
    QVERIFY(callback.isValid());
    QVERIFY(!a.controller()->decision(key).allowed);
    takeEveryPhoto(key);

    const SecondProcess second = deliver(withProgress(callback, 100));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.line.value(QStringLiteral("event")).toString(),
             QStringLiteral("callback_accepted"));
    QCOMPARE(second.line.value(QStringLiteral("code")).toString(), QStringLiteral("accepted"));
    QCOMPARE(second.line.value(QStringLiteral("verification")).toString(),
             QStringLiteral("pending"));
    QVERIFY(!second.line.value(QStringLiteral("message")).toString().isEmpty());

    // The first app: the callback recorded, verified with the API, and Close unlocked.
    QVERIFY(!a.window()->isConnectorShown());
    QTRY_VERIFY_WITH_TIMEOUT(a.controller()->decision(key).allowed, 20000);
    const WorkOrder wo = *a.controller()->workOrder(key);
    QCOMPARE(wo.lastProgress.value, 100);
    QVERIFY(wo.lastProgress.verified);
    bool accepted = false;
    for (const WorkOrderEvent &e : a.store()->events(key))
        accepted = accepted || e.is(WorkOrderEvent::Kind::CallbackAccepted);
    QVERIFY(accepted);
    a.window()->selectWorkOrder(key);
    QTRY_VERIFY_WITH_TIMEOUT(a.window()->detailsPane()->closeButton()->isEnabled(), 10000);
    QString error;
    QVERIFY2(a.controller()->closeIntervention(key, &error), qPrintable(error));
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::Closed);
}

void tst_ExternalCallback::wrongLaunchIdIsRefusedAndUnlocksNothing()
{
    E2eApp &a = *m_app;
    const QString key = a.planAndCreate(QStringLiteral("WO-EXT-WRONG"));
    QVERIFY(!key.isEmpty());
    const QUrl callback = openInBrowser(key);
    QVERIFY(callback.isValid());
    takeEveryPhoto(key);

    QUrl forged;
    forged.setScheme(QLatin1String(CallbackUri::Scheme));
    forged.setHost(QLatin1String(CallbackUri::Host));
    forged.setPath(u'/' + CallbackUri::newLaunchId());
    const SecondProcess second = deliver(withProgress(forged, 100));
    QCOMPARE(second.exitCode, 3);
    QCOMPARE(second.line.value(QStringLiteral("event")).toString(),
             QStringLiteral("callback_rejected"));
    QCOMPARE(second.line.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_launch"));
    QVERIFY(!second.stdErr.isEmpty()); // the reason, for a person at a terminal

    const WorkOrder wo = *a.controller()->workOrder(key);
    QVERIFY(!wo.lastProgress.isValid());
    QVERIFY(!a.controller()->decision(key).allowed);
    // The launch is still open: the right callback still comes in.
    QVERIFY(a.session()->currentLaunch());
    QCOMPARE(a.session()->currentLaunch()->workOrderKey, key);
    QVERIFY(a.window()->connectorView()->isWaitingForBrowser());
    QCOMPARE(deliver(withProgress(callback, 100)).exitCode, 0);
}

void tst_ExternalCallback::replayOfTheGoodCallbackIsRefused()
{
    E2eApp &a = *m_app;
    const QString key = a.planAndCreate(QStringLiteral("WO-EXT-REPLAY"));
    QVERIFY(!key.isEmpty());
    const QUrl callback = openInBrowser(key);
    QVERIFY(callback.isValid());
    const QUrl good = withProgress(callback, 40);
    QCOMPARE(deliver(good).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(a.controller()->workOrder(key)->lastProgress.verified, 20000);
    const int eventsBefore = a.store()->events(key).size();

    const SecondProcess replay = deliver(good);
    QCOMPARE(replay.exitCode, 3);
    QCOMPARE(replay.line.value(QStringLiteral("code")).toString(), QStringLiteral("replay"));
    // The replay is on the audit trail as a rejection, and changed nothing else.
    const QList<WorkOrderEvent> events = a.store()->events(key);
    QCOMPARE(events.size(), eventsBefore + 1);
    QVERIFY(events.constLast().is(WorkOrderEvent::Kind::CallbackRejected));
    QCOMPARE(a.controller()->workOrder(key)->lastProgress.value, 0); // as verified
}

void tst_ExternalCallback::cancelEndsTheLaunch()
{
    E2eApp &a = *m_app;
    const QString key = a.planAndCreate(QStringLiteral("WO-EXT-CANCEL"));
    QVERIFY(!key.isEmpty());
    const QUrl callback = openInBrowser(key);
    QVERIFY(callback.isValid());
    QTest::mouseClick(a.window()->connectorView()->cancelBrowserButton(), Qt::LeftButton);
    QVERIFY(!a.window()->isConnectorShown());
    QVERIFY(!a.session()->currentLaunch());

    const SecondProcess late = deliver(withProgress(callback, 100));
    QCOMPARE(late.exitCode, 3);
    QCOMPARE(late.line.value(QStringLiteral("code")).toString(), QStringLiteral("no_launch"));
    QVERIFY(!a.controller()->workOrder(key)->lastProgress.isValid());
}

void tst_ExternalCallback::withNoInstanceTheProcessRefusesACallbackWithNoOpenLaunch()
{
    // Nobody listens for this data directory: the process starts as the app and judges the URL
    // itself once it is up. A fresh start has no launch open.
    m_app.reset();
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QUrl url;
    url.setScheme(QLatin1String(CallbackUri::Scheme));
    url.setHost(QLatin1String(CallbackUri::Host));
    url.setPath(u'/' + CallbackUri::newLaunchId());
    url.setQuery(QStringLiteral("work_order_progress=100"));
    QProcess process;
    process.setProgram(QStringLiteral(FIELDCONNECT_EXECUTABLE));
    process.setArguments({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--sandbox"),
                          url.toString(QUrl::FullyEncoded)});
    process.start();
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += process.readAllStandardOutput();
                     return out.contains('\n') || process.state() == QProcess::NotRunning;
                 },
                 60000),
             process.readAllStandardError().constData());
    const QJsonObject line = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    QCOMPARE(line.value(QStringLiteral("event")).toString(), QStringLiteral("callback_rejected"));
    QCOMPARE(line.value(QStringLiteral("code")).toString(), QStringLiteral("no_launch"));
    QVERIFY(!line.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(process.state(), QProcess::Running); // it is the app now, window and all

    // And it is the running instance: a second process meets it.
    QProcess second;
    second.start(QStringLiteral(FIELDCONNECT_EXECUTABLE),
                 {QStringLiteral("--data-dir"), dataDir.path(), url.toString(QUrl::FullyEncoded)});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 3);
    QCOMPARE(QJsonDocument::fromJson(second.readAllStandardOutput().trimmed())
                 .object()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("no_launch"));

    process.terminate(); // the orderly exit of a closed window
    QVERIFY(process.waitForFinished(30000));
}

void tst_ExternalCallback::notACallbackUrlIsAUsageError()
{
    for (const QString &argument :
         {QStringLiteral("https://studio.example.com/cb?work_order_progress=100"),
          QStringLiteral("fieldconnect://settings/reset")}) {
        QProcess process;
        process.start(QStringLiteral(FIELDCONNECT_EXECUTABLE),
                      {QStringLiteral("--data-dir"), m_app->dir.path(), argument});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("fieldconnect://callback/"),
                 qPrintable(argument));
    }
}

void tst_ExternalCallback::browsersCopyOfAnEmbeddedLaunchIsRefused()
{
    // The connector opened inside the app: a callback for it arriving from outside (a copied
    // URL, a browser someone opened it in) is not the page's, so it may not end the launch.
    startApp(SiteProfile::ConnectorMode::Embedded);
    E2eApp &a = *m_app;
    const QString key = a.planAndCreate(QStringLiteral("WO-EMB-COPY"));
    QVERIFY(!key.isEmpty());
    a.window()->selectWorkOrder(key);
    QTest::mouseClick(a.window()->detailsPane()->openButton(), Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    QVERIFY(m_opened.isEmpty()); // nothing went to the system browser
    const auto launch = a.session()->currentLaunch();
    QVERIFY(launch && !launch->external);
    takeEveryPhoto(key);

    const SecondProcess copy = deliver(withProgress(launch->callbackUri, 100));
    QCOMPARE(copy.exitCode, 3);
    QCOMPARE(copy.line.value(QStringLiteral("event")).toString(),
             QStringLiteral("callback_rejected"));
    QCOMPARE(copy.line.value(QStringLiteral("code")).toString(), QStringLiteral("embedded_launch"));
    QVERIFY(!a.controller()->workOrder(key)->lastProgress.isValid());
    QVERIFY(!a.controller()->decision(key).allowed);
    // The page's own launch is untouched: still open, for the page's callback.
    QVERIFY(a.session()->currentLaunch());
    QCOMPARE(a.session()->currentLaunch()->launchId, launch->launchId);
    QVERIFY(a.window()->isConnectorShown());
}

QTEST_MAIN(tst_ExternalCallback)
#include "tst_externalcallback.moc"
