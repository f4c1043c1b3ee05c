// Nothing vanishes offline, nothing leaves without its token, end to end with real components
// (the product's application object, its window, a sandbox on loopback, real SQLite):
// - the details pane shows the last results Deepomatic gave, with their date and their photos,
//   once the site is gone, after a restart too;
// - the banner and the status bar say the same thing: never "Connected" under "Offline";
// - a check against a site that stops answering ends within its budget with a plain message;
// - the first request to the site carries the profile's stored token: no 401 on the way.

#include "apitokenloader.h"
#include "connectivity.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "testapp.h"
#include "workorderdetailspane.h"
#include "workorderresultsview.h"
#include "workorderstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
// Seeded in the sandbox; a photo is taken for it before the app starts.
const QString kWithPhotosId = QStringLiteral("8d5cb374-3a07-5aa5-9781-1ffacd7da31e");
const QString kKey = QStringLiteral("WO-OFFLINE-RESULTS");
int s_run = 0;

// The operating system's credential store as it often is at start-up: a keyring service started
// on demand, answering only after a while. Reads are `keychain`'s, late.
class SlowCredentialStore : public CredentialStore
{
public:
    SlowCredentialStore(CredentialStore *keychain, int delayMs)
        : m_keychain(keychain)
        , m_delayMs(delayMs)
    { }
    void read(const QString &key, QObject *context, Callback done) override
    {
        QPointer<QObject> guard(context);
        QTimer::singleShot(m_delayMs, this, [this, key, guard, done] {
            if (guard)
                m_keychain->read(key, guard, done);
        });
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        m_keychain->write(key, secret, context, done);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        m_keychain->remove(key, context, done);
    }
    QString backendName() const override { return QStringLiteral("slow keyring"); }

private:
    CredentialStore *m_keychain;
    int m_delayMs;
};
} // namespace

class tst_OfflineResults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void lastResultsAndPhotosAreShownWhenTheSiteIsGone();
    void checkAgainstASilentSiteEndsWithinItsBudget();
    void firstRequestCarriesTheStoredToken();

private:
    bool launch();
    WorkOrderResultsView *results() const { return m_app->window()->detailsPane()->resultsView(); }
    QString siteLabel() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TestApp> m_app;
};

void tst_OfflineResults::init()
{
    QVERIFY(m_dir.isValid());
    ++s_run;
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setStatePath(m_dir.filePath(QStringLiteral("sandbox-%1/state.json").arg(s_run)));
    QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
    const QJsonArray groups =
        m_sandbox->workOrderJson(kWithPhotosId).value(QStringLiteral("task_groups")).toArray();
    QVERIFY(!groups.isEmpty());
    m_sandbox->markPhotoTaken(kWithPhotosId,
                              groups.first().toObject().value(QStringLiteral("name")).toString());

    m_app = std::make_unique<TestApp>();
    m_app->options.sandboxUrl = m_sandbox->baseUrl();
    m_app->site = m_sandbox->siteProfile();
    WorkOrderStore seed; // what an earlier run left: one work order created in Deepomatic
    QVERIFY(seed.open(m_app->databaseFile()));
    WorkOrder wo;
    wo.key = wo.name = kKey;
    wo.siteProfile = m_app->site.id;
    wo.status = WorkOrderStatus::InProgress;
    wo.plannedDate = QDate(2026, 12, 1);
    wo.deepomaticId = kWithPhotosId;
    WorkOrderEvent planned;
    planned.kind = QStringLiteral("planned");
    QVERIFY(seed.insert({wo}, planned));
}

void tst_OfflineResults::cleanup()
{
    m_app.reset();
    m_sandbox.reset();
}

bool tst_OfflineResults::launch()
{
    if (!m_app->launch())
        return false;
    DeepomaticClient *client = m_app->client();
    client->setTimeout(20000); // longer than the check budget: the budget must end the wait
    RetryPolicy quick;
    quick.setMaxAttempts(2);
    quick.setBaseDelayMs(20);
    client->setRetryPolicy(quick);
    m_app->controller()->setCheckBudget(1500);
    m_app->window()->selectWorkOrder(kKey);
    return true;
}

QString tst_OfflineResults::siteLabel() const
{
    auto *label = m_app->window()->findChild<QLabel *>(QStringLiteral("siteLabel"));
    return label ? label->text() : QString();
}

void tst_OfflineResults::lastResultsAndPhotosAreShownWhenTheSiteIsGone()
{
    QVERIFY(launch());
    // Online: fresh results and the photo.
    QTRY_VERIFY_WITH_TIMEOUT(results()->thumbnailCount() > 0, 15000);
    QVERIFY(!results()->isShowingLastKnown());
    QVERIFY2(siteLabel().startsWith(QLatin1String("Connected")), qPrintable(siteLabel()));
    QVERIFY(m_app->store()->storedResults(kKey));

    m_sandbox.reset(); // the network is gone
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(results()->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(results()->isShowingLastKnown(), 5000);
    QVERIFY2(clock.elapsed() < 1500 + 2000, qPrintable(QString::number(clock.elapsed())));
    const QString summary = results()->summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("Last known results from"))
                 && summary.contains(QLatin1String("the site cannot be reached")),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("Could not load")), qPrintable(summary));
    QTRY_VERIFY(results()->thumbnailCount() > 0);
    // One state for the banner and the status bar.
    QTRY_VERIFY(m_app->window()->offlineBanner()->isVisible());
    QVERIFY2(siteLabel().startsWith(QLatin1String("Offline")), qPrintable(siteLabel()));
    QVERIFY2(!siteLabel().contains(QLatin1String("Connected")), qPrintable(siteLabel()));

    // After a restart with the site still gone: from the database and the photo cache.
    m_app->quit();
    QVERIFY(launch());
    QTRY_VERIFY_WITH_TIMEOUT(results()->isShowingLastKnown(), 5000);
    QVERIFY2(results()->summaryLabel()->text().contains(QLatin1String("Last known results from")),
             qPrintable(results()->summaryLabel()->text()));
    QTRY_VERIFY(results()->thumbnailCount() > 0);
    QTRY_VERIFY(m_app->window()->offlineBanner()->isVisible());
    QVERIFY2(siteLabel().startsWith(QLatin1String("Offline")), qPrintable(siteLabel()));
}

void tst_OfflineResults::checkAgainstASilentSiteEndsWithinItsBudget()
{
    QVERIFY(launch());
    QTRY_VERIFY_WITH_TIMEOUT(results()->thumbnailCount() > 0, 15000);
    QVERIFY(m_app->app()->connectivity()->isOnline());

    m_sandbox->setLatency(60000); // the site stops answering, its port still open
    WorkOrderDetailsPane *pane = m_app->window()->detailsPane();
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(pane->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY(pane->reasonLabel()->text().contains(QLatin1String("Checking")));
    QTRY_VERIFY_WITH_TIMEOUT(!pane->reasonLabel()->text().contains(QLatin1String("Checking")),
                             5000);
    QVERIFY2(clock.elapsed() < 1500 + 2000, qPrintable(QString::number(clock.elapsed())));
    // Said in words in the pane, while the verification waits in the outbox for the site.
    auto *message = pane->findChild<QLabel *>(QStringLiteral("paneMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("cannot be reached")),
             qPrintable(message->text()));
    QVERIFY(m_app->window()->offlineBanner()->isVisible());
    QVERIFY2(siteLabel().startsWith(QLatin1String("Offline")), qPrintable(siteLabel()));
}

void tst_OfflineResults::firstRequestCarriesTheStoredToken()
{
    // The site accepts only the token stored for this profile, not the sandbox's demo token.
    const QString token = QStringLiteral("stored-token-4b1d9c0e7f2a");
    m_sandbox->setApiToken(token);
    bool written = false;
    m_app->keychain.write(ApiTokenLoader::credentialKey(m_app->site), token, nullptr,
                          [&written](const CredentialStore::Result &) { written = true; });
    QTRY_VERIFY(written);
    SlowCredentialStore slow(&m_app->keychain, 1500);
    m_app->systemStore = &slow;

    QVERIFY(launch());
    QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox->receivedRequests().isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(results()->thumbnailCount() > 0 || results()->isShowingLastKnown(),
                             15000);
    const QList<SandboxServer::ReceivedRequest> received = m_sandbox->receivedRequests();
    QVERIFY2(received.first().request.startsWith(QLatin1String("GET /v0.2/work-orders/")),
             qPrintable(received.first().request));
    for (const SandboxServer::ReceivedRequest &r : received)
        QVERIFY2(r.withToken, qPrintable(r.request + QStringLiteral(" without the token")));
    QVERIFY(results()->thumbnailCount() > 0);
}

QTEST_MAIN(tst_OfflineResults)
#include "tst_offlineresults.moc"
