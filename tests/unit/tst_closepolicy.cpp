#include "closepolicy.h"

#include <QTest>

namespace {
const QDateTime kT0(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC);
constexpr int kNone = -1; // no reading
constexpr bool kBlock = false; // VerificationPolicy::Block
constexpr bool kAllow = true; // VerificationPolicy::AllowUnverified
} // namespace

class tst_ClosePolicy : public QObject
{
    Q_OBJECT

private slots:
    void overrideNeedsTheSiteAndAReason_data();
    void overrideNeedsTheSiteAndAReason();
    void defaults();
    void decide_data();
    void decide();
    void callbackValueInVerifiedSlotDoesNotCount();
    void outOfRangeVerifiedValueDoesNotCount_data();
    void outOfRangeVerifiedValueDoesNotCount();
    void progressReachedWithoutOpeningHere_data();
    void progressReachedWithoutOpeningHere();
    void inputComesFromTheStoredWorkOrder();
    void siteRuleComesFromTheProfile();
};

void tst_ClosePolicy::defaults()
{
    const ClosePolicy policy;
    QCOMPARE(policy.threshold(), 100);
    QCOMPARE(policy.verificationPolicy(), SiteProfile::VerificationPolicy::Block);

    const ClosePolicy custom(80, SiteProfile::VerificationPolicy::AllowUnverified);
    QCOMPARE(custom.threshold(), 80);
    QCOMPARE(custom.verificationPolicy(), SiteProfile::VerificationPolicy::AllowUnverified);
}

void tst_ClosePolicy::decide_data()
{
    QTest::addColumn<WorkOrderStatus>("status");
    QTest::addColumn<bool>("created");
    QTest::addColumn<int>("claimed"); // kNone: no callback value
    QTest::addColumn<int>("claimedSecs"); // its time, seconds after kT0
    QTest::addColumn<int>("verified"); // kNone: no API value
    QTest::addColumn<int>("verifiedSecs"); // its time, seconds after kT0
    QTest::addColumn<bool>("pending");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("allowUnverified");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("unverified");
    QTest::addColumn<bool>("canReopen");
    QTest::addColumn<bool>("canRefresh");
    QTest::addColumn<QStringList>("reasonContains");

    const auto IP = WorkOrderStatus::InProgress;
    const QString noError;
    const QString netError = QStringLiteral("Host unreachable");

    // Each row: the input (status, created, claim and its time, verified value and its time,
    // pending, error), the policy (threshold, policy), then the expected decision (allowed,
    // unverified, canReopen, canRefresh, pieces of the reason).
    // clang-format off
    QTest::newRow("verified 100, threshold 100")
        << IP << true << 100 << 0 << 100 << 5 << false << noError
        << 100 << kBlock
        << true << false << false << true << QStringList{"100"};
    QTest::newRow("verified 99, threshold 100")
        << IP << true << 99 << 0 << 99 << 5 << false << noError
        << 100 << kBlock
        << false << false << true << true << QStringList{"99", "100"};
    QTest::newRow("verified 45, threshold 80")
        << IP << true << 45 << 0 << 45 << 5 << false << noError
        << 80 << kBlock
        << false << false << true << true << QStringList{"45 %", "80 %"};
    QTest::newRow("verified 79, threshold 80")
        << IP << true << kNone << 0 << 79 << 5 << false << noError
        << 80 << kBlock
        << false << false << true << true << QStringList{"79", "80"};
    QTest::newRow("verified 80, threshold 80")
        << IP << true << kNone << 0 << 80 << 5 << false << noError
        << 80 << kBlock
        << true << false << false << true << QStringList{"80"};
    QTest::newRow("verified 81, threshold 80")
        << IP << true << kNone << 0 << 81 << 5 << false << noError
        << 80 << kBlock
        << true << false << false << true << QStringList{"81"};
    QTest::newRow("threshold 0, verified 0")
        << IP << true << kNone << 0 << 0 << 5 << false << noError
        << 0 << kBlock
        << true << false << false << true << QStringList{"0 %"};
    QTest::newRow("threshold 0, no reading")
        << IP << true << kNone << 0 << kNone << 0 << false << noError
        << 0 << kBlock
        << false << false << true << true << QStringList{"No progress"};
    QTest::newRow("ready_to_close status")
        << WorkOrderStatus::ReadyToClose << true << kNone << 0 << 100 << 5 << false << noError
        << 100 << kBlock
        << true << false << false << true << QStringList{"100"};
    QTest::newRow("blocked status, now enough")
        << WorkOrderStatus::Blocked << true << kNone << 0 << 90 << 5 << false << noError
        << 80 << kBlock
        << true << false << false << true << QStringList{"90"};
    QTest::newRow("closed")
        << WorkOrderStatus::Closed << true << 100 << 0 << 100 << 5 << false << noError
        << 100 << kBlock
        << false << false << false << false << QStringList{"closed"};
    QTest::newRow("closed with override")
        << WorkOrderStatus::ClosedOverride << true << 100 << 0 << 100 << 5 << false << noError
        << 100 << kAllow
        << false << false << false << false << QStringList{"closed"};
    QTest::newRow("not created in Deepomatic")
        << WorkOrderStatus::Planned << false << kNone << 0 << kNone << 0 << false << noError
        << 100 << kBlock
        << false << false << false << false << QStringList{"Deepomatic"};
    QTest::newRow("not created, stale 100")
        << IP << false << 100 << 0 << 100 << 5 << false << noError
        << 80 << kAllow
        << false << false << false << false << QStringList{"Deepomatic"};
    QTest::newRow("verification pending")
        << IP << true << 100 << 10 << 40 << 0 << true << noError
        << 80 << kBlock
        << false << false << false << false << QStringList{"Checking"};
    QTest::newRow("pending beats allow-unverified")
        << IP << true << 100 << 10 << kNone << 0 << true << netError
        << 80 << kAllow
        << false << false << false << false << QStringList{"Checking"};
    QTest::newRow("no reading at all")
        << IP << true << kNone << 0 << kNone << 0 << false << noError
        << 100 << kBlock
        << false << false << true << true << QStringList{"No progress"};
    QTest::newRow("claim only")
        << IP << true << 100 << 0 << kNone << 0 << false << noError
        << 100 << kBlock
        << false << false << true << true << QStringList{"100", "not been verified"};
    QTest::newRow("claim newer than verified")
        << IP << true << 100 << 10 << 50 << 0 << false << noError
        << 80 << kBlock
        << false << false << true << true << QStringList{"100", "not been verified"};
    QTest::newRow("claim newer, allow-unverified, no error")
        << IP << true << 100 << 10 << 50 << 0 << false << noError
        << 80 << kAllow
        << false << false << true << true << QStringList{"not been verified"};
    QTest::newRow("claim older than verified")
        << IP << true << 100 << 0 << 90 << 10 << false << noError
        << 80 << kBlock
        << true << false << false << true << QStringList{"90"};
    QTest::newRow("claim older, verified lower")
        << IP << true << 100 << 0 << 60 << 10 << false << noError
        << 80 << kBlock
        << false << false << true << true << QStringList{"60", "80"};
    QTest::newRow("claim and verified at the same time")
        << IP << true << 100 << 5 << 85 << 5 << false << noError
        << 80 << kBlock
        << true << false << false << true << QStringList{"85"};
    QTest::newRow("allow-unverified, error, claim above")
        << IP << true << 100 << 10 << kNone << 0 << false << netError
        << 80 << kAllow
        << true << true << false << true << QStringList{"100", "Host unreachable", "unverified"};
    QTest::newRow("allow-unverified, error, claim equal")
        << IP << true << 80 << 10 << 20 << 0 << false << netError
        << 80 << kAllow
        << true << true << false << true << QStringList{"80", "Host unreachable"};
    QTest::newRow("allow-unverified, error, claim below")
        << IP << true << 79 << 10 << kNone << 0 << false << netError
        << 80 << kAllow
        << false << false << true << true << QStringList{"79", "Host unreachable"};
    QTest::newRow("block, error, claim 100")
        << IP << true << 100 << 10 << kNone << 0 << false << netError
        << 80 << kBlock
        << false << false << true << true << QStringList{"100", "Host unreachable"};
    QTest::newRow("block, error, claim newer than verified")
        << IP << true << 100 << 10 << 50 << 0 << false << netError
        << 80 << kBlock
        << false << false << true << true << QStringList{"100", "Host unreachable"};
    QTest::newRow("error, verified newer than claim")
        << IP << true << 100 << 0 << 90 << 10 << false << netError
        << 80 << kBlock
        << true << false << false << true << QStringList{"90"};
    QTest::newRow("error, no claim, no verified")
        << IP << true << kNone << 0 << kNone << 0 << false << netError
        << 80 << kAllow
        << false << false << true << true << QStringList{"No progress"};
    // clang-format on
}

void tst_ClosePolicy::decide()
{
    QFETCH(WorkOrderStatus, status);
    QFETCH(bool, created);
    QFETCH(int, claimed);
    QFETCH(int, claimedSecs);
    QFETCH(int, verified);
    QFETCH(int, verifiedSecs);
    QFETCH(bool, pending);
    QFETCH(QString, error);
    QFETCH(int, threshold);
    QFETCH(bool, allowUnverified);
    QFETCH(bool, allowed);
    QFETCH(bool, unverified);
    QFETCH(bool, canReopen);
    QFETCH(bool, canRefresh);
    QFETCH(QStringList, reasonContains);

    ClosePolicy::Input input;
    input.status = status;
    input.createdInDeepomatic = created;
    if (claimed != kNone)
        input.claimed = ProgressReading::fromCallback(claimed, kT0.addSecs(claimedSecs));
    if (verified != kNone)
        input.verified = ProgressReading::fromApi(verified, kT0.addSecs(verifiedSecs));
    input.verificationPending = pending;
    input.verificationError = error;
    input.openedHere = status != WorkOrderStatus::Planned && status != WorkOrderStatus::Created;

    const ClosePolicy policy(threshold, allowUnverified
                                            ? SiteProfile::VerificationPolicy::AllowUnverified
                                            : SiteProfile::VerificationPolicy::Block);
    const CloseDecision decision = policy.decide(input);

    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.unverified, unverified);
    QCOMPARE(decision.canReopen, canReopen);
    QCOMPARE(decision.canRefresh, canRefresh);
    QVERIFY(!decision.reason.isEmpty());
    for (const QString &part : reasonContains)
        QVERIFY2(decision.reason.contains(part), qPrintable(decision.reason + " / " + part));
    // A placeholder left in the sentence would mean a broken .arg() chain.
    QVERIFY2(!decision.reason.contains(QLatin1String("%1"))
                 && !decision.reason.contains(QLatin1String("%2")),
             qPrintable(decision.reason));
}

void tst_ClosePolicy::callbackValueInVerifiedSlotDoesNotCount()
{
    // Only a reading from the API is verified, even if it sits in the "verified" field.
    ClosePolicy::Input input;
    input.status = WorkOrderStatus::InProgress;
    input.createdInDeepomatic = true;
    input.verified = ProgressReading::fromCallback(100, kT0);
    const CloseDecision decision =
        ClosePolicy(80, SiteProfile::VerificationPolicy::Block).decide(input);
    QVERIFY(!decision.allowed);
    QVERIFY(decision.canRefresh);
}

void tst_ClosePolicy::outOfRangeVerifiedValueDoesNotCount_data()
{
    QTest::addColumn<int>("value");
    QTest::newRow("101") << 101;
    QTest::newRow("-1") << -1;
    QTest::newRow("1000") << 1000;
}

void tst_ClosePolicy::outOfRangeVerifiedValueDoesNotCount()
{
    QFETCH(int, value);
    ClosePolicy::Input input;
    input.status = WorkOrderStatus::InProgress;
    input.createdInDeepomatic = true;
    input.verified = ProgressReading::fromApi(value, kT0);
    const CloseDecision decision =
        ClosePolicy(0, SiteProfile::VerificationPolicy::Block).decide(input);
    QVERIFY(!decision.allowed);
    QVERIFY(!decision.reason.isEmpty());
}

void tst_ClosePolicy::progressReachedWithoutOpeningHere_data()
{
    QTest::addColumn<WorkOrderStatus>("status");
    QTest::addColumn<int>("verified");
    QTest::addColumn<bool>("closeWithoutLaunch");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("canReopen");
    QTest::addColumn<QString>("reasonContains");
    const auto Created = WorkOrderStatus::Created;
    QTest::newRow("reached, site allows")
        << Created << 100 << true << true << false << QStringLiteral("progress refresh");
    QTest::newRow("reached, site refuses") << Created << 100 << false << false << true
                                           << QStringLiteral("never opened on this device");
    QTest::newRow("below, site allows")
        << Created << 60 << true << false << true << QStringLiteral("At least 80 %");
}

void tst_ClosePolicy::progressReachedWithoutOpeningHere()
{
    // The photos were taken in Deepomatic without this device; a refresh read the progress.
    QFETCH(WorkOrderStatus, status);
    QFETCH(int, verified);
    QFETCH(bool, closeWithoutLaunch);
    QFETCH(bool, allowed);
    QFETCH(bool, canReopen);
    QFETCH(QString, reasonContains);
    ClosePolicy::Input input;
    input.status = status;
    input.createdInDeepomatic = true;
    input.openedHere = false;
    input.verified = ProgressReading::fromApi(verified, kT0);
    const CloseDecision d =
        ClosePolicy(80, SiteProfile::VerificationPolicy::Block, closeWithoutLaunch).decide(input);
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(d.canReopen, canReopen);
    QVERIFY(d.canRefresh);
    QVERIFY2(d.reason.contains(reasonContains), qPrintable(d.reason));
    QVERIFY2(d.reason.contains(QString::number(verified)), qPrintable(d.reason));
}

void tst_ClosePolicy::inputComesFromTheStoredWorkOrder()
{
    WorkOrder wo;
    wo.status = WorkOrderStatus::Created;
    QVERIFY(!ClosePolicy::inputFrom(wo).createdInDeepomatic);
    wo.deepomaticId = QStringLiteral("5c3bd2f0-6f5b-4a52-9c1a-3c3e0d1b2a10");
    wo.lastProgress = ProgressReading::fromApi(70, kT0);
    ClosePolicy::Input input = ClosePolicy::inputFrom(wo);
    QVERIFY(input.createdInDeepomatic);
    QVERIFY(!input.openedHere);
    QCOMPARE(input.verified.value, 70);
    QVERIFY(!input.claimed.isValid());
    QCOMPARE(input.status, WorkOrderStatus::Created);

    wo.status = WorkOrderStatus::InProgress;
    wo.lastProgress = ProgressReading::fromCallback(90, kT0.addSecs(60));
    input = ClosePolicy::inputFrom(wo);
    QVERIFY(input.openedHere);
    QCOMPARE(input.claimed.value, 90);
    QVERIFY(!input.verified.isValid());
    QVERIFY(!input.verificationPending);
    QVERIFY(input.verificationError.isEmpty());
}

void tst_ClosePolicy::siteRuleComesFromTheProfile()
{
    SiteProfile site;
    site.threshold = 90;
    site.typeThresholds.insert(QStringLiteral("installation"), 60);
    site.verificationPolicy = SiteProfile::VerificationPolicy::AllowUnverified;
    WorkOrder wo;
    wo.types = QStringList{QStringLiteral("installation")};
    ClosePolicy policy = ClosePolicy::forWorkOrder(site, wo);
    QCOMPARE(policy.threshold(), 60);
    QCOMPARE(policy.verificationPolicy(), SiteProfile::VerificationPolicy::AllowUnverified);
    wo.types.clear();
    QCOMPARE(ClosePolicy::forWorkOrder(site, wo).threshold(), 90);

    // The site's close_without_launch reaches the decision.
    ClosePolicy::Input reached;
    reached.status = WorkOrderStatus::Created;
    reached.createdInDeepomatic = true;
    reached.verified = ProgressReading::fromApi(95, kT0);
    QVERIFY(ClosePolicy::forWorkOrder(site, wo).decide(reached).allowed);
    site.closeWithoutLaunch = false;
    QVERIFY(!ClosePolicy::forWorkOrder(site, wo).decide(reached).allowed);
}

void tst_ClosePolicy::overrideNeedsTheSiteAndAReason_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("disabled") << false << QStringLiteral("Customer signed the paper report")
                              << false;
    QTest::newRow("no reason") << true << QString() << false;
    QTest::newRow("nine characters") << true << QStringLiteral("too short") << false;
    QTest::newRow("spaces do not count") << true << QStringLiteral("   short    ") << false;
    QTest::newRow("ten characters") << true << QStringLiteral("0123456789") << true;
    QTest::newRow("a real reason")
        << true << QStringLiteral("Camera broken; photos sent by e-mail") << true;
}

void tst_ClosePolicy::overrideNeedsTheSiteAndAReason()
{
    QFETCH(bool, enabled);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    QCOMPARE(ClosePolicy::overrideProblem(enabled, reason).isEmpty(), allowed);
}

QTEST_APPLESS_MAIN(tst_ClosePolicy)
#include "tst_closepolicy.moc"
