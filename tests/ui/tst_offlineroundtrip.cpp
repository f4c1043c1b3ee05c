// Offline work, end to end with real components: the sandbox (and its back-office receiver) is
// stopped, interventions are closed and a planning file is imported while it is away, the window
// says "offline" and shows what is pending; the sandbox comes back on the same port and the
// outbox drains: each closure report arrives exactly once, each planned work order is created
// once.
// Also the allow-unverified policy: a closure recorded offline as unverified is verified later,
// and a contradicting progress flags it for review, visibly.

#include "closurereportsender.h"
#include "connectivity.h"
#include "connectorsession.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "outboxdialog.h"
#include "outboxrunner.h"
#include "planningfile.h"
#include "planningimport.h"
#include "sandboxserver.h"
#include "testapp.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"
#include "workordertablemodel.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {
// Seeded in the sandbox with no photo taken: its real progress is 0.
const QString kNoPhotosId = QStringLiteral("4f4cb171-bf5e-5df0-a14b-97a2b11dc8a6");
const QString kOtherId = QStringLiteral("8d5cb374-3a07-5aa5-9781-1ffacd7da31e");
int s_run = 0;
} // namespace

class tst_OfflineRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void closuresAndPlansMadeOfflineAreSentOnceWhenBack();
    void unverifiedClosureIsVerifiedLaterAndFlaggedWhenContradicted();

private:
    void startSandbox(quint16 port);
    QString statusText(const QString &key) const;
    WorkOrder make(const QString &key, WorkOrderStatus status, const ProgressReading &progress,
                   const QString &deepomaticId) const;

    QTemporaryDir m_dir;
    QString m_statePath;
    quint16 m_port = 0;
    SiteProfile m_site;
    // Stopped and started again on the same port: this suite's own sandbox, not the rig's.
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TestApp> m_app;
    WorkOrderStore *m_store = nullptr;
    DeepomaticClient *m_client = nullptr;
    InterventionController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_OfflineRoundTrip::startSandbox(quint16 port)
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setStatePath(m_statePath);
    QVERIFY2(m_sandbox->start(port), qPrintable(m_sandbox->errorString()));
    m_port = m_sandbox->port();
}

WorkOrder tst_OfflineRoundTrip::make(const QString &key, WorkOrderStatus status,
                                     const ProgressReading &progress,
                                     const QString &deepomaticId) const
{
    WorkOrder wo;
    wo.key = wo.name = key;
    wo.siteProfile = m_site.id;
    wo.status = status;
    wo.plannedDate = QDate(2026, 12, 1);
    wo.lastProgress = progress;
    wo.deepomaticId = deepomaticId;
    return wo;
}

void tst_OfflineRoundTrip::init()
{
    QVERIFY(m_dir.isValid());
    ++s_run;
    m_statePath = m_dir.filePath(QStringLiteral("sandbox-%1/state.json").arg(s_run));
    startSandbox(0);
    m_site = m_sandbox->siteProfile();
    m_site.threshold = 80;
    m_site.closureReportUrl =
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/__backoffice/closures")));

    m_app = std::make_unique<TestApp>();
    m_app->options.sandboxUrl = m_sandbox->baseUrl();
    m_app->site = m_site;
    {
        WorkOrderStore seed; // what an earlier run left
        QVERIFY(seed.open(m_app->databaseFile()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("planned");
        QVERIFY(seed.insert({make(QStringLiteral("WO-OFF-1"), WorkOrderStatus::ReadyToClose,
                                  ProgressReading::fromApi(100, now), kOtherId),
                             make(QStringLiteral("WO-OFF-2"), WorkOrderStatus::ReadyToClose,
                                  ProgressReading::fromApi(90, now), kOtherId),
                             make(QStringLiteral("WO-UNV-1"), WorkOrderStatus::InProgress,
                                  ProgressReading::fromCallback(90, now), kNoPhotosId)},
                            planned));
    }
    QVERIFY(m_app->launch(false, QStringLiteral("lea")));
    m_store = m_app->store();
    m_client = m_app->client();
    m_controller = m_app->controller();
    m_window = m_app->window();
    m_client->setTimeout(3000);
    RetryPolicy quick; // the client's own retries: short, the outbox does the long wait
    quick.setMaxAttempts(2);
    quick.setBaseDelayMs(20);
    m_client->setRetryPolicy(quick);
    RetryPolicy backOff; // the outbox's back-off, shortened for the test
    backOff.setBaseDelayMs(100);
    backOff.setMaxDelayMs(400);
    backOff.setMaxAttempts(1000);
    backOff.setMaxTotalMs(std::numeric_limits<qint64>::max());
    m_controller->outboxRunner()->setRetryPolicy(backOff);
}

void tst_OfflineRoundTrip::cleanup()
{
    m_app.reset();
    m_sandbox.reset();
}

QString tst_OfflineRoundTrip::statusText(const QString &key) const
{
    WorkOrderTableModel *model = m_window->workOrderModel();
    const int row = model->rowOf(key);
    return row < 0 ? QString()
                   : model->index(row, WorkOrderTableModel::StatusColumn).data().toString();
}

void tst_OfflineRoundTrip::closuresAndPlansMadeOfflineAreSentOnceWhenBack()
{
    const quint16 port = m_port;
    m_sandbox.reset(); // the network is gone

    // Close two interventions and plan three work orders, offline.
    QString error;
    QVERIFY2(m_controller->closeIntervention(QStringLiteral("WO-OFF-1"), &error),
             qPrintable(error));
    QVERIFY2(m_controller->closeIntervention(QStringLiteral("WO-OFF-2"), &error),
             qPrintable(error));
    // The plan arrives as a planning file, imported as the dispatcher's dialog does, then
    // created in Deepomatic: queued, since the site cannot be reached.
    const QByteArray plan = "reference,planned_date,address,technician_email,types\n"
                            "WO-OFF-NEW-1,2026-12-02,\"12 rue Garibaldi, Lyon\","
                            "camille.martin@fieldconnect-demo.example,installation\n"
                            "WO-OFF-NEW-2,2026-12-02,\"8 quai de la Tournelle, Paris\","
                            "camille.martin@fieldconnect-demo.example,installation\n"
                            "WO-OFF-NEW-3,2026-12-03,\"3 rue Nationale, Lille\","
                            "camille.martin@fieldconnect-demo.example,installation\n";
    PlanningFile::Rules rules;
    rules.siteProfile = m_site.id;
    for (const WorkOrder &wo : m_store->loadAll())
        rules.existingKeys.insert(wo.key);
    const PlanningFile::Parsed parsed = PlanningFile::parse(plan, PlanningFile::Format::Csv, rules);
    QVERIFY(parsed.ok());
    const PlanningImport::Summary imported =
        PlanningImport::run(*m_store, parsed, PlanningImport::Mode::AllOrNothing,
                            QStringLiteral("offline.csv"), QStringLiteral("lea"));
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    const QStringList plannedKeys = imported.importedKeys;
    QCOMPARE(plannedKeys,
             (QStringList{QStringLiteral("WO-OFF-NEW-1"), QStringLiteral("WO-OFF-NEW-2"),
                          QStringLiteral("WO-OFF-NEW-3")}));
    m_window->reload();
    for (const QString &key : plannedKeys)
        m_controller->createInDeepomatic(key);

    // Queued, visibly: the banner, the badge, and "pending" in the list.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->offlineBanner()->isVisible(), 15000);
    QVERIFY(!m_app->app()->connectivity()->isOnline());
    QTRY_VERIFY(m_window->pendingBadge()->isVisible());
    QVERIFY2(m_window->pendingBadge()->text().contains(QLatin1String("5 pending")),
             qPrintable(m_window->pendingBadge()->text()));
    // A tap on the badge opens the outbox, listing the five.
    int listed = -1;
    QTimer::singleShot(0, this, [&listed] {
        auto *dialog = qobject_cast<OutboxDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            listed = dialog->table()->rowCount();
            dialog->reject();
        }
    });
    QTest::mouseClick(m_window->pendingBadge(), Qt::LeftButton);
    QCOMPARE(listed, 5);
    for (const QString &key : plannedKeys + QStringList{QStringLiteral("WO-OFF-1")})
        QVERIFY2(statusText(key).contains(QLatin1String("pending")), qPrintable(statusText(key)));
    QCOMPARE(m_controller->workOrder(QStringLiteral("WO-OFF-1"))->status,
             WorkOrderStatus::Closed); // recorded locally at once
    // A few failed attempts while away, nothing given up.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->outboxRunner()
                                     ->outbox()
                                     ->entriesIn(OutboxEntry::State::Pending)
                                     .constFirst()
                                     .attempts
                                 >= 2,
                             15000);
    QCOMPARE(m_controller->outboxRunner()->counts().failed, 0);

    // The sandbox comes back on the same port, with its state.
    startSandbox(port);
    QCOMPARE(m_port, port);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->outboxRunner()->counts().open(), 0, 20000);
    QTRY_VERIFY(!m_window->offlineBanner()->isVisible());
    QTRY_VERIFY(!m_window->pendingBadge()->isVisible()); // refreshed within a few frames
    QTRY_VERIFY(!statusText(QStringLiteral("WO-OFF-1")).contains(QLatin1String("pending")));

    // Each closure report arrived exactly once.
    const QList<QJsonObject> reports = m_sandbox->closureReports();
    QCOMPARE(reports.size(), 2);
    QSet<QString> keys;
    QSet<QString> ids;
    for (const QJsonObject &r : reports) {
        keys << r.value(QStringLiteral("work_order"))
                    .toObject()
                    .value(QStringLiteral("key"))
                    .toString();
        ids << r.value(QStringLiteral("report_id")).toString();
        QCOMPARE(r.value(QStringLiteral("closure")).toString(), QStringLiteral("closed"));
        QVERIFY(r.value(QStringLiteral("progress"))
                    .toObject()
                    .value(QStringLiteral("verified"))
                    .toBool());
        QCOMPARE(r.value(QStringLiteral("user")).toString(), QStringLiteral("lea"));
    }
    QCOMPARE(keys, (QSet<QString>{QStringLiteral("WO-OFF-1"), QStringLiteral("WO-OFF-2")}));
    QCOMPARE(ids.size(), 2);
    // Each planned work order was created once, and has its Deepomatic id.
    for (const QString &key : plannedKeys) {
        const WorkOrder wo = *m_controller->workOrder(key);
        QVERIFY2(wo.isCreatedInDeepomatic(), qPrintable(key));
        QCOMPARE(wo.status, WorkOrderStatus::Created);
        int named = 0;
        for (const QString &id : m_sandbox->workOrderIds())
            named += m_sandbox->workOrderJson(id).value(QStringLiteral("name")).toString() == key;
        QCOMPARE(named, 1);
    }
    // The trail says it was sent.
    bool sent = false;
    for (const WorkOrderEvent &e : m_store->events(QStringLiteral("WO-OFF-1")))
        sent = sent || e.kind == QLatin1String("closure_report_sent");
    QVERIFY(sent);
}

void tst_OfflineRoundTrip::unverifiedClosureIsVerifiedLaterAndFlaggedWhenContradicted()
{
    m_site.verificationPolicy = SiteProfile::VerificationPolicy::AllowUnverified;
    m_controller->setSite(m_site);
    const QString key = QStringLiteral("WO-UNV-1");
    const quint16 port = m_port;
    m_sandbox.reset();

    // Deepomatic claimed 90 %; the API cannot be reached to verify it.
    QSignalSpy verified(m_controller, &InterventionController::verificationFinished);
    m_controller->refreshProgress(key);
    QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 15000);
    QCOMPARE(verified.first().at(1).toBool(), false);
    const CloseDecision d = m_controller->decision(key);
    QVERIFY2(d.allowed && d.unverified, qPrintable(d.reason));
    QString error;
    QVERIFY2(m_controller->closeIntervention(key, &error), qPrintable(error));
    WorkOrder wo = *m_controller->workOrder(key);
    QCOMPARE(wo.status, WorkOrderStatus::Closed);
    QVERIFY(!wo.lastProgress.verified);
    QVERIFY(!wo.needsReview);
    // One verification waits in the outbox, with the closure report.
    QVERIFY(
        m_controller->outboxRunner()->outbox()->openEntry(OutboxEntry::Kind::VerifyProgress, key));
    QTRY_VERIFY(statusText(key).contains(QLatin1String("pending")));

    // Back: the real progress is 0 %, below the 80 % required.
    startSandbox(port);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->outboxRunner()->counts().open(), 0, 20000);
    wo = *m_controller->workOrder(key);
    QVERIFY(wo.needsReview);
    QVERIFY(wo.lastProgress.verified);
    QCOMPARE(wo.lastProgress.value, 0);
    QCOMPARE(wo.status, WorkOrderStatus::Closed); // closed stays closed; a person reviews it
    QString kinds;
    for (const WorkOrderEvent &e : m_store->events(key))
        kinds += e.kind + u' ';
    QVERIFY2(kinds.contains(QLatin1String("needs_review")), qPrintable(kinds));
    // Visible in the list and in the details.
    QTRY_VERIFY2(statusText(key).contains(QLatin1String("needs review")),
                 qPrintable(statusText(key)));
    m_window->selectWorkOrder(key);
    QTRY_VERIFY(m_window->detailsPane()->outboxNote()->isVisible());
    QVERIFY(m_window->detailsPane()->outboxNote()->text().contains(QLatin1String("review")));
    // The back office got the closure, marked unverified, once.
    const QList<QJsonObject> reports = m_sandbox->closureReports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().value(QStringLiteral("closure")).toString(),
             QStringLiteral("closed_unverified"));
    QCOMPARE(reports.first()
                 .value(QStringLiteral("progress"))
                 .toObject()
                 .value(QStringLiteral("source"))
                 .toString(),
             QStringLiteral("callback"));
}

QTEST_MAIN(tst_OfflineRoundTrip)
#include "tst_offlineroundtrip.moc"
