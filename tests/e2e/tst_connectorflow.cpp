// The whole connector flow with real QtWebEngine (offscreen) against the sandbox: open the
// Deepomatic page inside the window, take photos by clicking the page, finish, capture the
// callback, verify it with the API, and gate Close intervention.

#include "callbackschemehandler.h"
#include "callbackuri.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "e2eapp.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "samplephoto.h"
#include "sandboxserver.h"
#include "webprofiles.h"
#include "webtap.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

#include <signal.h>

namespace {
using App = E2eApp;
} // namespace

class tst_ConnectorFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void allPhotosEnableClose();
    void somePhotosBlockCloseWithAReason();
    void callbackInTheFragmentIsCaptured();
    void scriptNavigationIsCapturedLikeARedirect();
    void wrongLaunchIdIsIgnored();
    void replayedCallbackIsIgnored();
    void openIsExplainedWhenTheWorkOrderIsNotInDeepomatic();
    void unreachablePageShowsRetryNotABlankView();
    void crashedRendererShowsReloadAndKeepsTheWorkOrder();

private:
    void openConnector(const QString &key);
    QVariant js(const QString &script);
    void tap(const QString &elementExpression);
    void takePhotos(int count);
    void finish();

    std::unique_ptr<App> m_app;
    int m_photos = 0;
};

void tst_ConnectorFlow::init()
{
    m_app = std::make_unique<App>();
    App &a = *m_app;
    QString started;
    QVERIFY2(a.startSandbox(&started), qPrintable(started));
    QVERIFY(a.launch());
    QString why;
    QVERIFY2(a.signIn(&why), qPrintable(why)); // once, through the real sign-in page
}

void tst_ConnectorFlow::cleanup()
{
    m_app.reset();
}

void tst_ConnectorFlow::openConnector(const QString &key)
{
    App &a = *m_app;
    a.window()->selectWorkOrder(key);
    QPushButton *open = a.window()->detailsPane()->openButton();
    QVERIFY2(open->isEnabled(), qPrintable(open->toolTip()));
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    QWebEnginePage *page = a.window()->connectorView()->webView()->page();
    QVERIFY(page);
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
    QVERIFY(loaded.first().first().toBool());
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::InProgress);
    QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("document.querySelectorAll('button.take-photo')"
                                               ".length"))
                                     .toInt()
                                 > 0,
                             10000);
}

QVariant tst_ConnectorFlow::js(const QString &script)
{
    return m_app->js(script);
}

void tst_ConnectorFlow::tap(const QString &elementExpression)
{
    QVERIFY2(m_app->tap(elementExpression), qPrintable(elementExpression));
}

void tst_ConnectorFlow::takePhotos(int count)
{
    // The technician's camera: each file chooser the page opens gets a fresh, good photo.
    auto *page = qobject_cast<ConnectorPage *>(m_app->window()->connectorView()->webView()->page());
    QVERIFY(page);
    page->setFileChooser([this](QWebEnginePage::FileSelectionMode, const QStringList &) {
        return QStringList{SamplePhoto::write(m_app->dir.path(), ++m_photos)};
    });
    const int available =
        js(QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt();
    if (count < 0)
        count = available;
    QVERIFY(count <= available);
    for (int i = 0; i < count; ++i) {
        tap(QStringLiteral("document.querySelectorAll('button.take-photo')[%1]").arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(
            js(QStringLiteral("document.querySelectorAll('[data-taken=\"true\"]').length")).toInt()
                > i,
            10000);
    }
}

void tst_ConnectorFlow::finish()
{
    tap(QStringLiteral("document.getElementById('finish')"));
}

void tst_ConnectorFlow::allPhotosEnableClose()
{
    App &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-ALL-PHOTOS"));
    QVERIFY(!key.isEmpty());
    openConnector(key);
    takePhotos(-1);
    auto *page = qobject_cast<ConnectorPage *>(a.window()->connectorView()->webView()->page());
    QVERIFY(page);
    QSignalSpy captured(page, &ConnectorPage::callbackNavigationRequested);
    QSignalSpy verified(a.controller(), &InterventionController::verificationFinished);
    QSignalSpy changed(a.controller(), &InterventionController::workOrderChanged);
    QSignalSpy results(a.controller(), &InterventionController::resultsFetched);
    const qsizetype requestsBefore = a.sandbox.receivedRequests().size();
    finish();
    QTRY_VERIFY_WITH_TIMEOUT(verified.count() > 0, 15000);
    QCOMPARE(verified.first().at(1).toBool(), true);
    QCOMPARE(verified.first().at(2).toInt(), 100);
    // Each change announced once, with its value: the callback (checking already), then the
    // verification's outcome.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<WorkOrder>().lastProgress.source,
             ProgressReading::Source::Callback);
    QVERIFY(changed.at(1).at(0).value<WorkOrder>().lastProgress.verified);
    // One request answers the verification and the results pane.
    QCOMPARE(results.count(), 1);
    QCOMPARE(results.first().at(1).value<RemoteWorkOrder>().progressScore, 100);
    QTest::qWait(200); // nothing else follows
    QStringList rest;
    const QList<SandboxServer::ReceivedRequest> received = a.sandbox.receivedRequests();
    for (qsizetype i = requestsBefore; i < received.size(); ++i)
        if (received.at(i).request.startsWith(QLatin1String("GET /v0.2/work-orders/")))
            rest << received.at(i).request;
    QCOMPARE(rest.size(), 1);
    QVERIFY(
        !results.first().at(1).value<RemoteWorkOrder>().source.value("inputs").toArray().isEmpty());
    // Finish submits to the sandbox, which answers 302 to the callback: a server redirect.
    QCOMPARE(captured.count(), 1);
    QCOMPARE(captured.first().at(1).toBool(), true); // main frame
    QCOMPARE(captured.first().at(2).value<QWebEnginePage::NavigationType>(),
             QWebEnginePage::NavigationTypeRedirect);
    // Started by the studio's page (the form), redirected by the studio's server.
    QCOMPARE(captured.first().at(3).toUrl().adjusted(QUrl::RemovePath),
             a.site.studioUrl.adjusted(QUrl::RemovePath));
    QCOMPARE(captured.first().at(4).toUrl().host(), a.site.studioUrl.host());

    // Back in FieldConnect, on the work order, with the button enabled.
    QVERIFY(!a.window()->isConnectorShown());
    const WorkOrder wo = *a.controller()->workOrder(key);
    QCOMPARE(wo.status, WorkOrderStatus::ReadyToClose);
    QCOMPARE(wo.lastProgress.value, 100);
    QVERIFY(wo.lastProgress.verified);
    QPushButton *close = a.window()->detailsPane()->closeButton();
    QVERIFY(close->isEnabled());

    const ModalAnswer confirm(QStringLiteral("confirmCloseButton"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(confirm.answered());
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::Closed);
    QStringList kinds;
    for (const WorkOrderEvent &e : a.store()->events(key))
        kinds << e.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("planned"), QStringLiteral("create_queued"),
                          QStringLiteral("created_in_deepomatic"),
                          QStringLiteral("connector_opened"), QStringLiteral("callback_accepted"),
                          QStringLiteral("progress_verified"), QStringLiteral("closed")}));
}

void tst_ConnectorFlow::somePhotosBlockCloseWithAReason()
{
    App &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-ONE-PHOTO"));
    QVERIFY(!key.isEmpty());
    openConnector(key);
    takePhotos(1);
    QSignalSpy verified(a.controller(), &InterventionController::verificationFinished);
    finish();
    QTRY_VERIFY_WITH_TIMEOUT(verified.count() > 0, 15000);
    const int progress = verified.first().at(2).toInt();
    QVERIFY2(progress > 0 && progress < 100, qPrintable(QString::number(progress)));

    const WorkOrder wo = *a.controller()->workOrder(key);
    QCOMPARE(wo.status, WorkOrderStatus::Blocked);
    QVERIFY(!a.window()->detailsPane()->closeButton()->isEnabled());
    const QString reason = a.window()->detailsPane()->reasonLabel()->text();
    QVERIFY2(reason.contains(QStringLiteral("Progress %1 %").arg(progress)), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("100 %")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("Reopen")), qPrintable(reason));
    QVERIFY(a.window()->detailsPane()->openButton()->isEnabled()); // "Reopen in Deepomatic"
    QString error;
    QVERIFY(!a.controller()->closeIntervention(key, &error));
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::Blocked);
}

void tst_ConnectorFlow::callbackInTheFragmentIsCaptured()
{
    App &a = *m_app;
    a.site.useFragment = true;
    a.controller()->setSite(a.site);
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-FRAGMENT"));
    QVERIFY(!key.isEmpty());
    openConnector(key);
    takePhotos(-1);
    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    finish();
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0, 15000);
    QCOMPARE(accepted.first().at(1).toInt(), 100);
    QCOMPARE(accepted.first().at(2).toBool(), true); // from the fragment
    QTRY_COMPARE_WITH_TIMEOUT(a.controller()->workOrder(key)->status, WorkOrderStatus::ReadyToClose,
                              10000);
}

void tst_ConnectorFlow::scriptNavigationIsCapturedLikeARedirect()
{
    App &a = *m_app;
    a.sandbox.setFinishMode(SandboxServer::FinishMode::Script);
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-SCRIPT"));
    QVERIFY(!key.isEmpty());
    openConnector(key);
    takePhotos(-1);
    auto *page = qobject_cast<ConnectorPage *>(a.window()->connectorView()->webView()->page());
    QVERIFY(page);
    QSignalSpy captured(page, &ConnectorPage::callbackNavigationRequested);
    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    finish();
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0, 15000);
    QCOMPARE(accepted.first().at(1).toInt(), 100);
    // Finish calls location.assign() from the tap: the page's own navigation, which Chromium
    // reports as a link (script with a user gesture) or other navigation, never as a redirect.
    QCOMPARE(captured.count(), 1);
    QCOMPARE(captured.first().at(1).toBool(), true); // main frame
    const auto type = captured.first().at(2).value<QWebEnginePage::NavigationType>();
    QVERIFY2(type == QWebEnginePage::NavigationTypeLinkClicked
                 || type == QWebEnginePage::NavigationTypeOther,
             QMetaEnum::fromType<QWebEnginePage::NavigationType>().valueToKey(type));
    QCOMPARE(captured.first().at(3).toUrl().adjusted(QUrl::RemovePath),
             a.site.studioUrl.adjusted(QUrl::RemovePath));
    QTRY_COMPARE_WITH_TIMEOUT(a.controller()->workOrder(key)->status, WorkOrderStatus::ReadyToClose,
                              10000);
}

void tst_ConnectorFlow::wrongLaunchIdIsIgnored()
{
    App &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-FORGED"));
    QVERIFY(!key.isEmpty());
    openConnector(key);
    const QString launchId = a.controller()->workOrder(key)->launchId;
    QString other = CallbackUri::newLaunchId();
    QVERIFY(other != launchId);
    QSignalSpy rejected(a.controller(), &InterventionController::callbackRejected);
    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    // A page script forging a callback for another launch, with full progress.
    js(QStringLiteral("window.location.href = 'fieldconnect://callback/%1?work_order_progress=100'")
           .arg(other));
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 0, 10000);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(rejected.first().at(0).toString(), key);

    const WorkOrder wo = *a.controller()->workOrder(key);
    QCOMPARE(wo.status, WorkOrderStatus::InProgress);
    QVERIFY(!wo.lastProgress.isValid());
    QCOMPARE(wo.launchId, launchId); // the real launch is still open
    QVERIFY(!a.window()->detailsPane()->closeButton()->isEnabled());
    QVERIFY(a.window()->isConnectorShown()); // the technician stays on the page
    QCOMPARE(a.store()->events(key).constLast().kind, QStringLiteral("callback_rejected"));

    // The real callback still works afterwards.
    takePhotos(-1);
    finish();
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0, 15000);
}

void tst_ConnectorFlow::replayedCallbackIsIgnored()
{
    App &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-REPLAY"));
    QVERIFY(!key.isEmpty());
    openConnector(key);
    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    QSignalSpy rejected(a.controller(), &InterventionController::callbackRejected);
    const QString launchId = a.controller()->workOrder(key)->launchId;
    finish(); // no photo: 0 %
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(a.controller()->workOrder(key)->status, WorkOrderStatus::Blocked,
                              10000);
    // The same launch's URL again, now claiming 100 %: single use, so rejected.
    a.window()->showConnector();
    js(QStringLiteral("window.location.href = 'fieldconnect://callback/%1?work_order_progress=100'")
           .arg(launchId));
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 0, 10000);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(a.controller()->workOrder(key)->lastProgress.value, 0);
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::Blocked);
}

void tst_ConnectorFlow::openIsExplainedWhenTheWorkOrderIsNotInDeepomatic()
{
    App &a = *m_app;
    WorkOrder wo;
    wo.key = wo.name = QStringLiteral("E2E-LOCAL-ONLY");
    QVERIFY(a.controller()->plan(wo));
    a.window()->selectWorkOrder(wo.key);
    WorkOrderDetailsPane *pane = a.window()->detailsPane();
    QVERIFY(!pane->openButton()->isVisible());
    QVERIFY(pane->createButton()->isVisible());
    QVERIFY(!pane->closeButton()->isEnabled());
    QVERIFY(pane->reasonLabel()->text().contains(QLatin1String("Deepomatic")));
    const ConnectorLink::Result result = a.controller()->openConnector(wo.key);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("not been created")));
    QVERIFY(!a.window()->isConnectorShown());
}

void tst_ConnectorFlow::unreachablePageShowsRetryNotABlankView()
{
    App &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-OFFLINE"));
    QVERIFY(!key.isEmpty());
    // The studio moves to a port where nothing listens, as when the network is gone.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    a.site.studioUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    a.controller()->setSite(a.site);
    a.window()->selectWorkOrder(key);
    QTest::mouseClick(a.window()->detailsPane()->openButton(), Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    auto *retry =
        a.window()->connectorView()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 30000);
    QVERIFY(!a.window()->connectorView()->webView()->isVisible());
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::InProgress);

    // The network comes back (the studio is the sandbox again): Retry loads the page.
    a.site.studioUrl = a.sandbox.baseUrl();
    a.controller()->setSite(a.site);
    QTest::mouseClick(a.window()->connectorView()->returnButton(), Qt::LeftButton);
    QVERIFY(!a.window()->isConnectorShown());
    QTest::mouseClick(a.window()->detailsPane()->openButton(), Qt::LeftButton); // fresh launch
    QTRY_VERIFY_WITH_TIMEOUT(a.window()->connectorView()->webView()->isVisible(), 30000);
}

void tst_ConnectorFlow::crashedRendererShowsReloadAndKeepsTheWorkOrder()
{
    App &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-CRASH"));
    QVERIFY(!key.isEmpty());
    openConnector(key);
    QWebEnginePage *page = a.window()->connectorView()->webView()->page();
    const qint64 pid = page->renderProcessPid();
    QVERIFY(pid > 0);
    QSignalSpy terminated(page, &QWebEnginePage::renderProcessTerminated);
    QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(terminated.count() > 0, 10000);
    auto *retry =
        a.window()->connectorView()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::InProgress);

    // Reload brings the page back, and the flow still completes.
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().first().toBool(), 30000);
    QVERIFY(a.window()->connectorView()->webView()->isVisible());
    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    takePhotos(-1);
    finish();
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0, 15000);
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_ConnectorFlow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectorflow.moc"
