// The dispatcher's preview of a work order's connector page, with real QtWebEngine (offscreen)
// against the sandbox: a "Preview" badge is shown, and no callback from the page (the page's own
// Finish, or a forged one with full progress) changes the work order: status, progress, launch
// id, nothing is accepted.

#include "callbackschemehandler.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "e2eapp.h"
#include "webtap.h"
#include "workorderdetailspane.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

class tst_DispatcherPreview : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void previewShowsABadgeAndNoCallbackChangesTheWorkOrder();
    void previewOfAnOpenInterventionLeavesItsLaunchAlone();
    void openingForRealHidesTheBadge();

private:
    void preview(const QString &key);
    QVariant js(const QString &script);
    void tap(const QString &elementExpression);

    std::unique_ptr<E2eApp> m_app;
};

void tst_DispatcherPreview::init()
{
    m_app = std::make_unique<E2eApp>();
    E2eApp &a = *m_app;
    QString started;
    QVERIFY2(a.startSandbox(&started), qPrintable(started));
    QVERIFY(a.launch());
    QString why;
    QVERIFY2(a.signIn(&why), qPrintable(why)); // the preview shows the same signed-in page
}

void tst_DispatcherPreview::cleanup()
{
    m_app.reset();
}

void tst_DispatcherPreview::preview(const QString &key)
{
    E2eApp &a = *m_app;
    a.window()->selectWorkOrder(key);
    QPushButton *button = a.window()->detailsPane()->previewButton();
    QVERIFY(button->isVisible());
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    QVERIFY(a.window()->connectorView()->isPreview());
    QVERIFY(a.window()->connectorView()->previewBadge()->isVisible());
    // Said where it is seen, not in a tooltip: what the page takes still counts in Deepomatic.
    const QString badge = a.window()->connectorView()->previewBadge()->text();
    QVERIFY2(badge.contains(QLatin1String("count in Deepomatic")), qPrintable(badge));
    QWebEnginePage *page = a.window()->connectorView()->webView()->page();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(
        js(QStringLiteral("document.getElementById('finish') !== null")).toBool(), 30000);
}

QVariant tst_DispatcherPreview::js(const QString &script)
{
    return m_app->js(script);
}

void tst_DispatcherPreview::tap(const QString &elementExpression)
{
    QVERIFY2(m_app->tap(elementExpression), qPrintable(elementExpression));
}

void tst_DispatcherPreview::previewShowsABadgeAndNoCallbackChangesTheWorkOrder()
{
    E2eApp &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-PREVIEW"));
    QVERIFY(!key.isEmpty());
    const WorkOrder before = *a.controller()->workOrder(key);
    QCOMPARE(before.status, WorkOrderStatus::Created);
    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    QSignalSpy rejected(a.controller(), &InterventionController::callbackRejected);

    preview(key);
    // Nothing about the launch is stored with the work order.
    QVERIFY(a.controller()->workOrder(key)->launchId.isEmpty());
    QVERIFY(a.session()->currentLaunch() && a.session()->currentLaunch()->preview);
    const QString previewLaunch = a.session()->currentLaunch()->launchId;

    // The page's own Finish: a genuine callback, from the main frame, for the preview's launch.
    tap(QStringLiteral("document.getElementById('finish')"));
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 0, 15000);
    QVERIFY2(rejected.first().at(1).toString().contains(QLatin1String("preview")),
             qPrintable(rejected.first().at(1).toString()));
    // A forged one claiming 100 %, for the same launch: rejected the same way.
    a.window()->showConnector();
    js(QStringLiteral("window.location.href = 'fieldconnect://callback/%1?work_order_progress=100'")
           .arg(previewLaunch));
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 1, 15000);
    QCOMPARE(accepted.count(), 0);

    const WorkOrder after = *a.controller()->workOrder(key);
    QCOMPARE(after.status, WorkOrderStatus::Created);
    QVERIFY(!after.lastProgress.isValid());
    QVERIFY(after.launchId.isEmpty());
    QStringList kinds;
    for (const WorkOrderEvent &e : a.store()->events(key))
        kinds << e.kind;
    QCOMPARE(kinds, (QStringList{QStringLiteral("planned"), QStringLiteral("create_queued"),
                                 QStringLiteral("created_in_deepomatic"),
                                 QStringLiteral("callback_rejected"),
                                 QStringLiteral("callback_rejected")}));
    QVERIFY(!a.window()->detailsPane()->closeButton()->isEnabled());
}

void tst_DispatcherPreview::previewOfAnOpenInterventionLeavesItsLaunchAlone()
{
    E2eApp &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-PREVIEW-OPEN"));
    QVERIFY(!key.isEmpty());
    QVERIFY(a.controller()->openConnector(key).ok());
    const WorkOrder opened = *a.controller()->workOrder(key);
    QCOMPARE(opened.status, WorkOrderStatus::InProgress);
    QVERIFY(!opened.launchId.isEmpty());
    a.window()->showWorkOrders();

    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    QSignalSpy rejected(a.controller(), &InterventionController::callbackRejected);
    preview(key);
    // Even the stored launch's own callback URL is refused while the preview is what is open.
    js(QStringLiteral("window.location.href = 'fieldconnect://callback/%1?work_order_progress=100'")
           .arg(opened.launchId));
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 0, 15000);
    QCOMPARE(accepted.count(), 0);
    const WorkOrder after = *a.controller()->workOrder(key);
    QCOMPARE(after.status, WorkOrderStatus::InProgress);
    QCOMPARE(after.launchId, opened.launchId);
    QVERIFY(!after.lastProgress.isValid());
}

void tst_DispatcherPreview::openingForRealHidesTheBadge()
{
    E2eApp &a = *m_app;
    const QString key = m_app->planAndCreate(QStringLiteral("E2E-PREVIEW-THEN-OPEN"));
    QVERIFY(!key.isEmpty());
    preview(key);
    a.window()->showWorkOrders();
    QTest::mouseClick(a.window()->detailsPane()->openButton(), Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    QVERIFY(!a.window()->connectorView()->isPreview());
    QVERIFY(!a.session()->currentLaunch()->preview);
    QCOMPARE(a.controller()->workOrder(key)->launchId, a.session()->currentLaunch()->launchId);
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_DispatcherPreview test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dispatcherpreview.moc"
