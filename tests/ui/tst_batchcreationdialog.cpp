// Batch creation with its progress dialog, against the sandbox: counts and rate, failures per
// work order with the server's words, a second run that creates only what is missing, and
// Cancel, which stops what has not been sent and lets what is on the wire finish.

#include "batchcreation.h"
#include "batchcreationdialog.h"
#include "batchprogress.h"
#include "deepomaticclient.h"
#include "outboxrig.h"
#include "outboxrunner.h"
#include "sandboxserver.h"
#include "workorderstore.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
int s_run = 0;
constexpr int kGood = 10;
} // namespace

class tst_BatchCreationDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsCountRateAndEachFailureInTheServersWords();
    void secondRunCreatesOnlyWhatIsMissing();
    void cancelStopsWhatWasNotSent();
    void heldRunnerSendsNothingUntilReleased();
    void entriesOfAnotherSiteWaitForIt();

private:
    std::unique_ptr<BatchCreationDialog> runDialog();
    int remoteCount(const QString &prefix) const;

    QTemporaryDir m_dir;
    std::unique_ptr<OutboxRig> m_rig;
    QList<WorkOrder> m_planned;
};

void tst_BatchCreationDialog::init()
{
    m_rig = std::make_unique<OutboxRig>();
    QVERIFY(m_rig->start(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++s_run))));
    const QString engineer = m_rig->knownEngineer();
    m_planned.clear();
    for (int i = 1; i <= kGood; ++i) {
        WorkOrder wo;
        wo.key = wo.name = QStringLiteral("BATCH-%1").arg(i);
        wo.technicianEmail = engineer;
        m_planned << wo;
    }
    WorkOrder badName; // refused before sending
    badName.key = QStringLiteral("BATCH-BAD-NAME");
    badName.name = QStringLiteral("not a valid name!");
    WorkOrder unknownEngineer; // refused by the server
    unknownEngineer.key = unknownEngineer.name = QStringLiteral("BATCH-UNKNOWN-ENGINEER");
    unknownEngineer.technicianEmail = QStringLiteral("nobody@nowhere.example");
    m_planned << badName << unknownEngineer;
    WorkOrderEvent planned;
    planned.kind = QStringLiteral("planned");
    QVERIFY(m_rig->store().insert(m_planned, planned));

    m_rig->runner().start();
}

void tst_BatchCreationDialog::cleanup()
{
    m_rig.reset();
}

std::unique_ptr<BatchCreationDialog> tst_BatchCreationDialog::runDialog()
{
    QList<WorkOrder> current;
    for (const WorkOrder &wo : m_planned)
        current << *m_rig->store().find(wo.key);
    auto dialog = std::make_unique<BatchCreationDialog>(&m_rig->runner(), current);
    dialog->show();
    return dialog;
}

int tst_BatchCreationDialog::remoteCount(const QString &prefix) const
{
    return m_rig->remoteCount([&prefix](const QString &name) { return name.startsWith(prefix); });
}

void tst_BatchCreationDialog::showsCountRateAndEachFailureInTheServersWords()
{
    auto dialog = runDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->batch()->isFinished(), 20000);
    const BatchProgress p = dialog->batch()->progress();
    QCOMPARE(p.total, kGood + 2);
    QCOMPARE(p.created, kGood);
    QCOMPARE(p.failed, 2);
    QCOMPARE(dialog->progressBar()->value(), kGood + 2);
    QCOMPARE(dialog->progressBar()->maximum(), kGood + 2);
    QVERIFY2(dialog->summaryLabel()->text().contains(
                 QStringLiteral("%1 of %2 created").arg(kGood).arg(kGood + 2)),
             qPrintable(dialog->summaryLabel()->text()));
    const QLabel *rate = dialog->findChild<QLabel *>(QStringLiteral("batchRate"));
    QVERIFY2(rate->text().contains(QLatin1String("per second")), qPrintable(rate->text()));
    // Each failure, per work order, with the words that explain it.
    QListWidget *failures = dialog->failureList();
    QVERIFY(failures->isVisible());
    QCOMPARE(failures->count(), 2);
    QString all;
    for (int i = 0; i < failures->count(); ++i)
        all += failures->item(i)->text() + u'\n';
    QVERIFY2(all.contains(QLatin1String("BATCH-UNKNOWN-ENGINEER: 400"))
                 && all.contains(QLatin1String("field_engineer_email")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("BATCH-BAD-NAME")), qPrintable(all));
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));
    QCOMPARE(remoteCount(QStringLiteral("BATCH-")), kGood);
    for (int i = 1; i <= kGood; ++i)
        QVERIFY(m_rig->store().find(QStringLiteral("BATCH-%1").arg(i))->isCreatedInDeepomatic());
}

void tst_BatchCreationDialog::secondRunCreatesOnlyWhatIsMissing()
{
    auto first = runDialog();
    QTRY_VERIFY_WITH_TIMEOUT(first->batch()->isFinished(), 20000);
    first.reset();
    const int requests = m_rig->sandbox().createRequestCount();
    auto second = runDialog();
    QTRY_VERIFY_WITH_TIMEOUT(second->batch()->isFinished(), 20000);
    QCOMPARE(second->batch()->alreadyCreated(), kGood);
    QCOMPARE(second->batch()->progress().total, 2); // only the two still missing
    // Only the one the server refused was sent again (the bad name never leaves the device).
    QCOMPARE(m_rig->sandbox().createRequestCount(), requests + 1);
    QCOMPARE(remoteCount(QStringLiteral("BATCH-")), kGood);
    QVERIFY(second->summaryLabel()->text().contains(QLatin1String("already in Deepomatic")));
}

void tst_BatchCreationDialog::cancelStopsWhatWasNotSent()
{
    m_rig->sandbox().setLatency(300);
    m_rig->runner().setMaxConcurrent(2);
    auto dialog = runDialog();
    QSignalSpy settled(dialog->batch(), &BatchCreation::workOrderSettled);
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->runner().inFlight() == 2, 10000);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->cancelButton()->isEnabled()); // until what is on the wire is settled
    QTRY_VERIFY_WITH_TIMEOUT(dialog->batch()->isFinished(), 20000);
    const BatchProgress p = dialog->batch()->progress();
    QCOMPARE(p.created, 2); // the two in flight finished
    QCOMPARE(p.cancelled, kGood - 2 + 1); // never sent (the unknown engineer included)
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("cancelled")));
    QCOMPARE(remoteCount(QStringLiteral("BATCH-")), 2);
    QCOMPARE(m_rig->runner().counts().open(), 0);
    int planned = 0;
    for (const WorkOrder &wo : m_rig->store().loadAll())
        planned += wo.status == WorkOrderStatus::Planned && !wo.isCreatedInDeepomatic();
    QCOMPARE(planned, kGood - 2 + 2); // still planned, ready for another run
    QCOMPARE(m_rig->store().events(QStringLiteral("BATCH-10")).constLast().kind,
             QStringLiteral("request_cancelled")); // the trail says so
    QVERIFY(dialog->cancelButton()->isEnabled());
}

void tst_BatchCreationDialog::heldRunnerSendsNothingUntilReleased()
{
    // As while a site's token is still being read from the credential store: a request sent
    // without it would fail for good (401), so the queue waits, pending and visible.
    m_rig->runner().setHeld(true);
    QList<WorkOrder> good = m_planned.mid(0, 3);
    QHash<QString, QString> problems;
    QCOMPARE(m_rig->runner().queueCreates(good, &problems).size(), 3);
    QTest::qWait(300);
    QCOMPARE(remoteCount(QStringLiteral("BATCH-")), 0);
    QCOMPARE(m_rig->runner().counts().open(), 3);
    QCOMPARE(m_rig->runner().inFlight(), 0);

    m_rig->runner().setHeld(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->runner().counts().open(), 0, 10000);
    QCOMPARE(remoteCount(QStringLiteral("BATCH-")), 3);
    for (const WorkOrder &wo : good)
        QVERIFY(m_rig->store().find(wo.key)->isCreatedInDeepomatic());
}

void tst_BatchCreationDialog::entriesOfAnotherSiteWaitForIt()
{
    // Queued for one site, then the user switches to another: the request must not reach the
    // site in use (with its token); it waits until its own site is back.
    const SiteProfile here = m_rig->sandbox().siteProfile();
    WorkOrder elsewhere = m_planned.at(0);
    elsewhere.key = elsewhere.name = QStringLiteral("BATCH-ELSEWHERE");
    elsewhere.siteProfile = QStringLiteral("production-site");
    WorkOrder local = m_planned.at(1);
    local.key = local.name = QStringLiteral("BATCH-HERE");
    local.siteProfile = here.id;
    WorkOrderEvent planned;
    planned.kind = QStringLiteral("planned");
    QVERIFY(m_rig->store().insert({elsewhere, local}, planned));

    QHash<QString, QString> problems;
    QCOMPARE(
        m_rig->runner()
            .queueCreates({*m_rig->store().find(elsewhere.key), *m_rig->store().find(local.key)},
                          &problems)
            .size(),
        2);
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->store().find(local.key)->isCreatedInDeepomatic(), 10000);
    QTest::qWait(300);
    QCOMPARE(remoteCount(QStringLiteral("BATCH-ELSEWHERE")), 0);
    // Nothing of this site is left to send (what the badge and a batch count); the other
    // site's create waits in the outbox.
    QCOMPARE(m_rig->runner().counts().open(), 0);
    const QList<OutboxEntry> waiting =
        m_rig->runner().outbox()->entriesIn(OutboxEntry::State::Pending);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.constFirst().workOrderKey, elsewhere.key);

    SiteProfile other = here; // the same sandbox stands in for the other site
    other.id = elsewhere.siteProfile;
    m_rig->runner().setSite(other);
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->runner().counts().open(), 0, 10000);
    QCOMPARE(remoteCount(QStringLiteral("BATCH-ELSEWHERE")), 1);
}

QTEST_MAIN(tst_BatchCreationDialog)
#include "tst_batchcreationdialog.moc"
