// The dispatcher's progress overview against the sandbox: many work orders are verified with
// the API at a polite, bounded rate (checked on the server's side, from when each request
// arrived), the values land in the store with their audit event, and a cancel asks no more.

#include "callbackschemehandler.h"
#include "connectorsession.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "progressrefresher.h"
#include "sandboxserver.h"
#include "webprofiles.h"
#include "workorderstore.h"

#include <QApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// Server and client clocks are the same, but a request's arrival trails its start by a few
// milliseconds of loopback and event loop, more for one than for the next.
constexpr qint64 kArrivalJitterMs = 60;
constexpr int kLatencyMs = 300;
} // namespace

class tst_ProgressRefresh : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void respectsRateAndConcurrencyAndStoresTheValues();
    void cancelAsksNoMore();
    void skipsWhatIsNotInDeepomatic();
    void refreshMovesNoStatusOfAWorkOrderNotOpenedHere_data();
    void refreshMovesNoStatusOfAWorkOrderNotOpenedHere();

private:
    QStringList planSeeded(int count);
    QList<qint64> workOrderGets() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WorkOrderStore> m_store;
    std::unique_ptr<DeepomaticClient> m_client;
    std::unique_ptr<WebProfiles> m_profiles;
    std::unique_ptr<ConnectorSession> m_session;
    std::unique_ptr<InterventionController> m_controller;
    std::unique_ptr<ProgressRefresher> m_refresher;
};

void tst_ProgressRefresh::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
    m_store = std::make_unique<WorkOrderStore>();
    QVERIFY(m_store->open(m_dir->filePath("db.sqlite")));
    m_client = std::make_unique<DeepomaticClient>();
    m_client->setBaseUrl(m_sandbox->siteProfile().effectiveApiUrl());
    m_client->setToken(m_sandbox->apiToken());
    m_profiles = std::make_unique<WebProfiles>(m_dir->filePath("web"));
    m_session = std::make_unique<ConnectorSession>(m_profiles.get());
    m_controller =
        std::make_unique<InterventionController>(m_store.get(), m_client.get(), m_session.get());
    m_controller->setSite(m_sandbox->siteProfile());
    m_refresher = std::make_unique<ProgressRefresher>(m_controller.get());
}

void tst_ProgressRefresh::cleanup()
{
    m_refresher.reset();
    m_controller.reset();
    m_session.reset();
    m_profiles.reset();
    m_client.reset();
    m_store.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QStringList tst_ProgressRefresh::planSeeded(int count)
{
    QStringList keys;
    for (const QJsonObject &remote : m_sandbox->seededWorkOrders()) {
        if (keys.size() == count)
            break;
        WorkOrder wo;
        wo.key = wo.name = remote.value("name").toString();
        wo.plannedDate = QDate(2026, 5, 4);
        wo.deepomaticId = remote.value("id").toString();
        wo.status = WorkOrderStatus::Created;
        if (!m_controller->plan(wo))
            return {};
        keys << wo.key;
    }
    return keys;
}

QList<qint64> tst_ProgressRefresh::workOrderGets() const
{
    QList<qint64> times;
    for (const SandboxServer::ReceivedRequest &r : m_sandbox->receivedRequests()) {
        if (r.request.startsWith(QLatin1String("GET /v0.2/work-orders/")))
            times << r.receivedMs;
    }
    return times;
}

void tst_ProgressRefresh::respectsRateAndConcurrencyAndStoresTheValues()
{
    const QStringList keys = planSeeded(12);
    QCOMPARE(keys.size(), 12);
    const RequestPacer::Limits limits{2, 4, 1000};
    m_refresher->setLimits(limits);
    m_sandbox->setLatency(kLatencyMs);
    QSignalSpy finished(m_refresher.get(), &ProgressRefresher::finished);
    QSignalSpy progressed(m_refresher.get(), &ProgressRefresher::progressed);

    QCOMPARE(m_refresher->start(keys), 12);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 12); // verified
    QCOMPARE(finished.first().at(1).toInt(), 0); // failed
    QCOMPARE(finished.first().at(2).toBool(), false);
    QCOMPARE(progressed.constLast().at(0).toInt(), 12);

    const QList<qint64> gets = workOrderGets();
    QCOMPARE(gets.size(), 12);
    for (qsizetype i = 0; i + limits.maxPerWindow < gets.size(); ++i) {
        // At most 4 arrive within any second...
        const qint64 span = gets.at(i + limits.maxPerWindow) - gets.at(i);
        QVERIFY2(span >= limits.windowMs - kArrivalJitterMs,
                 qPrintable(QStringLiteral("requests %1 and %2 arrived %3 ms apart")
                                .arg(i)
                                .arg(i + limits.maxPerWindow)
                                .arg(span)));
    }
    for (qsizetype i = 0; i + limits.maxConcurrent < gets.size(); ++i) {
        // ...and never three at once: the third waits until one of two answers (300 ms) came.
        const qint64 span = gets.at(i + limits.maxConcurrent) - gets.at(i);
        QVERIFY2(span >= kLatencyMs - kArrivalJitterMs,
                 qPrintable(QStringLiteral("requests %1 and %2 arrived %3 ms apart")
                                .arg(i)
                                .arg(i + limits.maxConcurrent)
                                .arg(span)));
    }

    for (const QString &key : keys) {
        const WorkOrder wo = *m_store->find(key);
        const int remote =
            m_sandbox->workOrderJson(wo.deepomaticId).value("progress_score").toInt();
        QVERIFY(wo.lastProgress.verified);
        QCOMPARE(wo.lastProgress.value, remote);
        QVERIFY(wo.lastProgress.time.isValid());
        // Reading a value does not pretend an intervention began.
        QCOMPARE(wo.status, WorkOrderStatus::Created);
        QCOMPARE(m_store->events(key).constLast().kind, QStringLiteral("progress_verified"));
    }
}

void tst_ProgressRefresh::cancelAsksNoMore()
{
    const QStringList keys = planSeeded(10);
    m_refresher->setLimits({1, 2, 1000});
    m_sandbox->setLatency(kLatencyMs);
    QSignalSpy finished(m_refresher.get(), &ProgressRefresher::finished);
    connect(m_refresher.get(), &ProgressRefresher::progressed, m_refresher.get(), [this](int done) {
        if (done == 1)
            m_refresher->cancel();
    });
    QCOMPARE(m_refresher->start(keys), 10);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QVERIFY(!m_refresher->isRunning());
    // Nothing on the wire or waiting in the client: nothing more will be asked.
    QTRY_COMPARE(m_client->inFlight() + m_client->queued(), 0);
    QCOMPARE(workOrderGets().size(), 1);
    int verified = 0;
    for (const QString &key : keys)
        verified += m_store->find(key)->lastProgress.verified ? 1 : 0;
    QCOMPARE(verified, 1);
}

void tst_ProgressRefresh::skipsWhatIsNotInDeepomatic()
{
    WorkOrder local;
    local.key = local.name = QStringLiteral("LOCAL-ONLY");
    local.plannedDate = QDate(2026, 5, 4);
    QVERIFY(m_controller->plan(local));
    QCOMPARE(m_refresher->start({QStringLiteral("LOCAL-ONLY"), QStringLiteral("MISSING")}), 0);
    QVERIFY(!m_refresher->isRunning());
    QVERIFY(workOrderGets().isEmpty());
}

void tst_ProgressRefresh::refreshMovesNoStatusOfAWorkOrderNotOpenedHere_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("closeWithoutLaunch");
    // Threshold 0: every seeded work order reached it in Deepomatic; 100: some did not.
    QTest::newRow("threshold 100, the site allows it") << 100 << true;
    QTest::newRow("reached, the site allows it") << 0 << true;
    QTest::newRow("reached, the site requires a launch") << 0 << false;
}

void tst_ProgressRefresh::refreshMovesNoStatusOfAWorkOrderNotOpenedHere()
{
    // A dispatcher's refresh records the verified progress and its source; only the
    // intervention flow (a launch from this device) moves the local status.
    QFETCH(int, threshold);
    QFETCH(bool, closeWithoutLaunch);
    SiteProfile site = m_sandbox->siteProfile();
    site.threshold = threshold;
    site.closeWithoutLaunch = closeWithoutLaunch;
    m_controller->setSite(site);
    const QStringList keys = planSeeded(6);
    QCOMPARE(keys.size(), 6);
    // Every other one opened on this device, the rest created and never opened here.
    for (int i = 1; i < keys.size(); i += 2) {
        WorkOrder wo = *m_controller->workOrder(keys.at(i));
        wo.status = WorkOrderStatus::InProgress;
        WorkOrderEvent e;
        e.workOrderKey = wo.key;
        e.time = QDateTime::currentDateTimeUtc();
        e.kind = QStringLiteral("connector_opened");
        QVERIFY2(m_store->update(wo, e), qPrintable(m_store->lastError()));
    }
    QSignalSpy finished(m_refresher.get(), &ProgressRefresher::finished);
    QCOMPARE(m_refresher->start(keys), 6);
    QVERIFY(finished.wait(20000));

    for (int i = 0; i < keys.size(); ++i) {
        const WorkOrder wo = *m_controller->workOrder(keys.at(i));
        QVERIFY2(wo.lastProgress.verified, qPrintable(wo.key));
        QCOMPARE(wo.lastProgress.source, ProgressReading::Source::Api);
        const bool reached = wo.lastProgress.value >= threshold;
        const CloseDecision d = m_controller->decision(wo.key);
        if (i % 2 == 1) {
            QCOMPARE(wo.status, reached ? WorkOrderStatus::ReadyToClose : WorkOrderStatus::Blocked);
            QCOMPARE(d.allowed, reached);
            continue;
        }
        QCOMPARE(wo.status, WorkOrderStatus::Created);
        QCOMPARE(d.allowed, reached && closeWithoutLaunch);
        if (reached)
            QVERIFY2(d.reason.contains(QLatin1String("progress refresh")), qPrintable(d.reason));
    }
}

int main(int argc, char *argv[])
{
    // As in the app: the callback scheme is registered before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_ProgressRefresh test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_progressrefresh.moc"
