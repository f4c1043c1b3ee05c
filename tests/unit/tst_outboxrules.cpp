// The outbox's state machine rules (app/core/outboxrules): which transitions exist, what a
// failure leads to, how an interrupted entry is resumed, and when entries may be sent.

#include "batchprogress.h"
#include "outboxrules.h"

#include <QTest>

using State = OutboxEntry::State;
using Kind = OutboxEntry::Kind;
using Failure = OutboxRules::Failure;

Q_DECLARE_METATYPE(OutboxEntry::State)
Q_DECLARE_METATYPE(OutboxEntry::Kind)
Q_DECLARE_METATYPE(OutboxRules::Failure)

class tst_OutboxRules : public QObject
{
    Q_OBJECT
private slots:
    void transitions_data();
    void transitions();
    void failureLeadsTo_data();
    void failureLeadsTo();
    void backOffGrowsAndHonoursRetryAfter();
    void resumedCreateIsLookedUpFirst_data();
    void resumedCreateIsLookedUpFirst();
    void interruptedEntryResumes_data();
    void interruptedEntryResumes();
    void freeSlots_data();
    void freeSlots();
    void keysRoundTrip();
    void batchProgressRateAndRemaining_data();
    void batchProgressRateAndRemaining();
};

void tst_OutboxRules::transitions_data()
{
    QTest::addColumn<State>("from");
    QTest::addColumn<State>("to");
    QTest::addColumn<bool>("allowed");
    const State all[] = {State::Pending, State::InFlight, State::Done, State::Failed,
                         State::InDoubt};
    // The only arrows of the machine; every other pair is refused.
    const QList<QPair<State, State>> arrows{
        {State::Pending, State::InFlight}, {State::InFlight, State::Done},
        {State::InFlight, State::Failed},  {State::InFlight, State::InDoubt},
        {State::InFlight, State::Pending}, {State::InDoubt, State::Pending},
        {State::Failed, State::Pending},   {State::InDoubt, State::Done},
        {State::Failed, State::Done}};
    for (State from : all) {
        for (State to : all) {
            const QByteArray name =
                (OutboxEntry::stateKey(from) + QStringLiteral(" -> ") + OutboxEntry::stateKey(to))
                    .toLatin1();
            QTest::newRow(name.constData()) << from << to << arrows.contains({from, to});
        }
    }
}

void tst_OutboxRules::transitions()
{
    QFETCH(State, from);
    QFETCH(State, to);
    QFETCH(bool, allowed);
    QCOMPARE(OutboxRules::isAllowed(from, to), allowed);
}

void tst_OutboxRules::failureLeadsTo_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<State>("expected");
    QTest::newRow("create, transient")
        << Kind::CreateWorkOrder << Failure::Transient << State::Pending;
    QTest::newRow("create, permanent")
        << Kind::CreateWorkOrder << Failure::Permanent << State::Failed;
    // Never a blind second POST: a twin would be made.
    QTest::newRow("create, uncertain")
        << Kind::CreateWorkOrder << Failure::Uncertain << State::InDoubt;
    QTest::newRow("verify, transient")
        << Kind::VerifyProgress << Failure::Transient << State::Pending;
    QTest::newRow("verify, permanent")
        << Kind::VerifyProgress << Failure::Permanent << State::Failed;
    // A read may be repeated.
    QTest::newRow("verify, uncertain")
        << Kind::VerifyProgress << Failure::Uncertain << State::Pending;
    QTest::newRow("report, transient")
        << Kind::ClosureReport << Failure::Transient << State::Pending;
    QTest::newRow("report, permanent")
        << Kind::ClosureReport << Failure::Permanent << State::Failed;
    // Its report_id makes a repeat recognisable.
    QTest::newRow("report, uncertain")
        << Kind::ClosureReport << Failure::Uncertain << State::Pending;
}

void tst_OutboxRules::failureLeadsTo()
{
    QFETCH(Kind, kind);
    QFETCH(Failure, failure);
    QFETCH(State, expected);
    OutboxEntry entry;
    entry.kind = kind;
    entry.state = State::InFlight;
    entry.attempts = 1;
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const auto next = OutboxRules::afterFailure(entry, failure, std::nullopt, now, 0.5,
                                                OutboxRules::defaultRetryPolicy());
    QCOMPARE(next.state, expected);
    QVERIFY(OutboxRules::isAllowed(State::InFlight, next.state));
    if (expected == State::Pending)
        QVERIFY(next.nextAttempt > now);
}

void tst_OutboxRules::backOffGrowsAndHonoursRetryAfter()
{
    const RetryPolicy policy = OutboxRules::defaultRetryPolicy();
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    OutboxEntry entry;
    entry.kind = Kind::ClosureReport;
    qint64 previous = 0;
    for (int attempt = 1; attempt <= 12; ++attempt) {
        entry.attempts = attempt;
        const auto next =
            OutboxRules::afterFailure(entry, Failure::Transient, std::nullopt, now, 1.0, policy);
        const qint64 wait = now.msecsTo(next.nextAttempt);
        QVERIFY2(wait >= previous, qPrintable(QString::number(attempt)));
        QVERIFY(wait <= policy.maxDelayMs());
        previous = wait;
    }
    QCOMPARE(previous, policy.maxDelayMs()); // capped, and never given up
    // The smallest draw still waits a little: no busy loop on a flapping network.
    entry.attempts = 1;
    const auto quick =
        OutboxRules::afterFailure(entry, Failure::Transient, std::nullopt, now, 0.0, policy);
    QVERIFY(now.msecsTo(quick.nextAttempt) >= policy.baseDelayMs() / 10);
    // The server's Retry-After is a floor.
    const auto told = OutboxRules::afterFailure(entry, Failure::Transient, 90000, now, 0.0, policy);
    QCOMPARE(now.msecsTo(told.nextAttempt), 90000);
}

void tst_OutboxRules::resumedCreateIsLookedUpFirst_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("resumed");
    QTest::addColumn<bool>("lookUp");
    QTest::newRow("fresh create") << Kind::CreateWorkOrder << false << false;
    QTest::newRow("resumed create") << Kind::CreateWorkOrder << true << true;
    QTest::newRow("resumed verify") << Kind::VerifyProgress << true << false;
    QTest::newRow("resumed report") << Kind::ClosureReport << true << false;
}

void tst_OutboxRules::resumedCreateIsLookedUpFirst()
{
    QFETCH(Kind, kind);
    QFETCH(bool, resumed);
    QFETCH(bool, lookUp);
    OutboxEntry entry;
    entry.kind = kind;
    entry.resumed = resumed;
    QCOMPARE(OutboxRules::actionFor(entry) == OutboxRules::Action::LookUpThenSend, lookUp);
}

void tst_OutboxRules::interruptedEntryResumes_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("lookupSupported");
    QTest::addColumn<State>("expected");
    QTest::newRow("create, site with lookup") << Kind::CreateWorkOrder << true << State::Pending;
    QTest::newRow("create, site without lookup")
        << Kind::CreateWorkOrder << false << State::InDoubt;
    QTest::newRow("verify") << Kind::VerifyProgress << false << State::Pending;
    QTest::newRow("report") << Kind::ClosureReport << false << State::Pending;
}

void tst_OutboxRules::interruptedEntryResumes()
{
    QFETCH(Kind, kind);
    QFETCH(bool, lookupSupported);
    QFETCH(State, expected);
    OutboxEntry entry;
    entry.kind = kind;
    entry.state = State::InFlight;
    const auto resume = OutboxRules::onStartup(entry, lookupSupported);
    QCOMPARE(resume.state, expected);
    QVERIFY(OutboxRules::isAllowed(State::InFlight, resume.state));
    QCOMPARE(resume.reason.isEmpty(), expected != State::InDoubt); // in doubt says why
}

void tst_OutboxRules::freeSlots_data()
{
    QTest::addColumn<bool>("online");
    QTest::addColumn<bool>("systemOffline");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<int>("expected");
    QTest::newRow("online, idle") << true << false << 4 << 0 << 4;
    QTest::newRow("online, busy") << true << false << 4 << 3 << 1;
    QTest::newRow("online, full") << true << false << 4 << 4 << 0;
    QTest::newRow("requests failing: one probe") << false << false << 4 << 0 << 1;
    QTest::newRow("requests failing, probe out") << false << false << 4 << 1 << 0;
    QTest::newRow("system disconnected") << false << true << 4 << 0 << 0;
    QTest::newRow("bad maximum") << true << false << 0 << 0 << 1;
}

void tst_OutboxRules::freeSlots()
{
    QFETCH(bool, online);
    QFETCH(bool, systemOffline);
    QFETCH(int, max);
    QFETCH(int, inFlight);
    QFETCH(int, expected);
    QCOMPARE(OutboxRules::freeSlots(online, systemOffline, max, inFlight), expected);
}

void tst_OutboxRules::keysRoundTrip()
{
    for (Kind k : {Kind::CreateWorkOrder, Kind::VerifyProgress, Kind::ClosureReport})
        QCOMPARE(OutboxEntry::kindFromKey(OutboxEntry::kindKey(k)), k);
    for (State s : {State::Pending, State::InFlight, State::Done, State::Failed, State::InDoubt}) {
        QCOMPARE(OutboxEntry::stateFromKey(OutboxEntry::stateKey(s)), s);
        QVERIFY(!OutboxEntry::stateDisplayName(s).isEmpty());
    }
    QVERIFY(!OutboxEntry::kindFromKey(QStringLiteral("launch_rockets")));
    QVERIFY(!OutboxEntry::stateFromKey(QString()));
}

void tst_OutboxRules::batchProgressRateAndRemaining_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("failed");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("remainingMs");
    QTest::newRow("nothing yet") << 10 << 0 << 0 << qint64(500) << 0.0 << qint64(-1);
    QTest::newRow("half in 5 s") << 10 << 4 << 1 << qint64(5000) << 1.0 << qint64(5000);
    QTest::newRow("done") << 10 << 9 << 1 << qint64(2000) << 5.0 << qint64(0);
    QTest::newRow("empty batch") << 0 << 0 << 0 << qint64(0) << 0.0 << qint64(0);
}

void tst_OutboxRules::batchProgressRateAndRemaining()
{
    QFETCH(int, total);
    QFETCH(int, created);
    QFETCH(int, failed);
    QFETCH(qint64, elapsedMs);
    QFETCH(double, rate);
    QFETCH(qint64, remainingMs);
    BatchProgress p;
    p.total = total;
    p.created = created;
    p.failed = failed;
    p.elapsedMs = elapsedMs;
    QCOMPARE(p.ratePerSecond(), rate);
    QCOMPARE(p.remainingMs(), remainingMs);
    QCOMPARE(p.isComplete(), created + failed >= total);
}

QTEST_GUILESS_MAIN(tst_OutboxRules)
#include "tst_outboxrules.moc"
