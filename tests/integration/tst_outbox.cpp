// The persistent outbox on a real SQLite file: transitions with their local effect in one
// transaction, back-off and due times, resumption of what a dead process left in flight, cancel
// and retry.

#include "outbox.h"
#include "outboxrules.h"
#include "workorderstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using State = OutboxEntry::State;
using Kind = OutboxEntry::Kind;

Q_DECLARE_METATYPE(OutboxEntry::Kind)
Q_DECLARE_METATYPE(OutboxEntry::State)

class tst_Outbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void enqueueWritesEntriesAndEffectTogether();
    void anEntryIsSentOnlyOnce();
    void settleAppliesTheEffectInTheSameTransaction();
    void aFailingEffectLeavesTheEntryInFlight();
    void settleStartsTheNextEntriesInTheSameTransaction();
    void backOffDelaysTheNextAttempt();
    void aCreateThatMayHaveBeenAppliedIsLookedUpFirst();
    void interruptedEntriesResumeAfterRestart_data();
    void interruptedEntriesResumeAfterRestart();
    void cancelRemovesOnlyWhatWasNeverSent();
    void aPersonRetriesAnEntryInDoubt();
    void aPersonResolvesAnEntryInDoubtWithItsEffect();
    void onlyInDoubtOrFailedEntriesAreSettledByAPerson();
    void openEntriesAreFoundPerWorkOrder();

private:
    OutboxEntry entry(Kind kind, const QString &key) const;
    void reopen();

    QTemporaryDir m_dir;
    std::unique_ptr<WorkOrderStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    WorkOrder m_wo;
};

void tst_Outbox::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
    m_store = std::make_unique<WorkOrderStore>();
    QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("db.sqlite"))),
             qPrintable(m_store->lastError()));
    QCOMPARE(m_store->schemaVersion(), WorkOrderStore::SchemaVersion);
    m_outbox = std::make_unique<Outbox>(m_store.get());
    m_wo = WorkOrder();
    m_wo.key = QStringLiteral("WO-1");
    m_wo.name = QStringLiteral("WO-1");
    WorkOrderEvent planned;
    planned.kind = QStringLiteral("planned");
    QVERIFY(m_store->insert({m_wo}, planned));
}

void tst_Outbox::cleanup()
{
    m_outbox.reset();
    m_store.reset();
}

void tst_Outbox::reopen()
{
    // As after a kill: a new connection on the same file.
    m_outbox.reset();
    m_store = std::make_unique<WorkOrderStore>();
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("db.sqlite"))));
    m_outbox = std::make_unique<Outbox>(m_store.get());
}

OutboxEntry tst_Outbox::entry(Kind kind, const QString &key) const
{
    OutboxEntry e;
    e.kind = kind;
    e.workOrderKey = key;
    e.payload = {{QStringLiteral("name"), key}};
    return e;
}

void tst_Outbox::enqueueWritesEntriesAndEffectTogether()
{
    WorkOrderEvent queued;
    queued.workOrderKey = m_wo.key;
    queued.kind = QStringLiteral("create_queued");
    Outbox::Effect effect;
    effect.events << queued;
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue(
        {entry(Kind::CreateWorkOrder, m_wo.key), entry(Kind::VerifyProgress, m_wo.key)}, effect,
        &ids));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_outbox->counts().pending, 2);
    QCOMPARE(m_store->events(m_wo.key).constLast().kind, QStringLiteral("create_queued"));
    const auto stored = m_outbox->entry(ids.first());
    QVERIFY(stored);
    QCOMPARE(stored->state, State::Pending);
    QCOMPARE(stored->payload.value(QStringLiteral("name")).toString(), m_wo.key);
    QCOMPARE(stored->attempts, 0);

    // An event that cannot be written (unknown work order) leaves no entry behind either.
    WorkOrderEvent orphan;
    orphan.workOrderKey = QStringLiteral("NO-SUCH");
    orphan.kind = QStringLiteral("create_queued");
    Outbox::Effect bad;
    bad.events << orphan;
    QVERIFY(!m_outbox->enqueue({entry(Kind::ClosureReport, m_wo.key)}, bad));
    QCOMPARE(m_outbox->counts().pending, 2);
}

void tst_Outbox::anEntryIsSentOnlyOnce()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(!m_outbox->markInFlight(ids.first())); // a second hand finds it taken
    QCOMPARE(m_outbox->entry(ids.first())->attempts, 1);
    QCOMPARE(m_outbox->due(QDateTime::currentDateTimeUtc().addDays(1), 10).size(), 0);
}

void tst_Outbox::settleAppliesTheEffectInTheSameTransaction()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    WorkOrder created = m_wo;
    created.deepomaticId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    created.status = WorkOrderStatus::Created;
    WorkOrderEvent e;
    e.workOrderKey = m_wo.key;
    e.kind = QStringLiteral("created_in_deepomatic");
    Outbox::Effect effect;
    effect.workOrder = created;
    effect.events << e;
    QVERIFY2(m_outbox->settle(ids.first(), State::Done, {}, {}, effect),
             qPrintable(m_outbox->lastError()));
    QCOMPARE(m_outbox->entry(ids.first())->state, State::Done);
    QCOMPARE(m_store->find(m_wo.key)->deepomaticId, created.deepomaticId);
    const int events = int(m_store->events(m_wo.key).size());
    // Settling again is refused and applies nothing twice.
    QVERIFY(!m_outbox->settle(ids.first(), State::Done, {}, {}, effect));
    QCOMPARE(int(m_store->events(m_wo.key).size()), events);
    // A transition the machine does not have is refused.
    QVERIFY(m_outbox->enqueue({entry(Kind::VerifyProgress, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.last()));
    QVERIFY(!m_outbox->settle(ids.last(), State::InFlight, {}, {}));
}

void tst_Outbox::aFailingEffectLeavesTheEntryInFlight()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    WorkOrder created = m_wo;
    created.deepomaticId = QStringLiteral("abc");
    WorkOrderEvent orphan; // refused by the foreign key: the whole transaction rolls back
    orphan.workOrderKey = QStringLiteral("NO-SUCH");
    orphan.kind = QStringLiteral("x");
    Outbox::Effect effect;
    effect.workOrder = created;
    effect.events << orphan;
    QVERIFY(!m_outbox->settle(ids.first(), State::Done, {}, {}, effect));
    QCOMPARE(m_outbox->entry(ids.first())->state, State::InFlight);
    QVERIFY(m_store->find(m_wo.key)->deepomaticId.isEmpty());
}

void tst_Outbox::settleStartsTheNextEntriesInTheSameTransaction()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue(
        {entry(Kind::CreateWorkOrder, m_wo.key), entry(Kind::VerifyProgress, m_wo.key),
         entry(Kind::ClosureReport, m_wo.key), entry(Kind::VerifyProgress, m_wo.key)},
        {}, &ids));
    QCOMPARE(ids.size(), 4);
    QVERIFY(m_outbox->markInFlight(ids.at(0)));
    QVERIFY(m_outbox->markInFlight(ids.at(1)));

    // One slot free, the other in flight entry busy: the oldest due one starts.
    QList<OutboxEntry> started;
    QVERIFY2(m_outbox->settle(ids.at(0), State::Done, {}, {}, {}, false, 1, {ids.at(1)}, &started),
             qPrintable(m_outbox->lastError()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().id, ids.at(2));
    QCOMPARE(started.first().state, State::InFlight);
    QCOMPARE(started.first().attempts, 1);
    // On disk as said, also for a new connection (as after a kill).
    reopen();
    QCOMPARE(m_outbox->entry(ids.at(0))->state, State::Done);
    QCOMPARE(m_outbox->entry(ids.at(2))->state, State::InFlight);
    QCOMPARE(m_outbox->entry(ids.at(2))->attempts, 1);
    QCOMPARE(m_outbox->entry(ids.at(3))->state, State::Pending);

    // An outcome that cannot be recorded starts nothing either: the transaction is one.
    WorkOrderEvent orphan;
    orphan.workOrderKey = QStringLiteral("NO-SUCH");
    orphan.kind = QStringLiteral("x");
    Outbox::Effect bad;
    bad.events << orphan;
    started.clear();
    QVERIFY(!m_outbox->settle(ids.at(1), State::Done, {}, {}, bad, false, 2, {}, &started));
    QVERIFY(started.isEmpty());
    QCOMPARE(m_outbox->entry(ids.at(1))->state, State::InFlight);
    QCOMPARE(m_outbox->entry(ids.at(3))->state, State::Pending);

    // Without a limit nothing starts (the runner passes its free slots).
    QVERIFY(m_outbox->settle(ids.at(1), State::Done, {}, {}, {}, false, 0, {}, &started));
    QVERIFY(started.isEmpty());
    QCOMPARE(m_outbox->entry(ids.at(3))->state, State::Pending);
}

void tst_Outbox::backOffDelaysTheNextAttempt()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::ClosureReport, m_wo.key)}, {}, &ids));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(m_outbox->due(now, 10).size(), 1);
    QVERIFY(m_outbox->markInFlight(ids.first()));
    const QDateTime later = now.addSecs(30);
    QVERIFY(m_outbox->settle(ids.first(), State::Pending, QStringLiteral("offline"), later));
    const auto stored = m_outbox->entry(ids.first());
    QCOMPARE(stored->state, State::Pending);
    QCOMPARE(stored->lastError, QStringLiteral("offline"));
    QCOMPARE(stored->nextAttempt.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    QCOMPARE(m_outbox->due(now, 10).size(), 0);
    QCOMPARE(m_outbox->due(later, 10).size(), 1);
    QCOMPARE(m_outbox->nextDue()->toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    // Busy entries are left out, without hiding the others.
    QList<qint64> more;
    QVERIFY(m_outbox->enqueue({entry(Kind::VerifyProgress, m_wo.key)}, {}, &more));
    QCOMPARE(m_outbox->due(later, 1, {ids.first()}).constFirst().id, more.first());
    // The user asks for it now.
    QVERIFY(m_outbox->expedite(ids.first()));
    QCOMPARE(m_outbox->due(QDateTime::currentDateTimeUtc(), 10).size(), 2);
}

void tst_Outbox::aCreateThatMayHaveBeenAppliedIsLookedUpFirst()
{
    // Its answer was lost and the look-up could not be done yet: pending again, and the next
    // attempt looks it up before any POST, like an entry interrupted by a crash.
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(m_outbox->settle(ids.first(), State::Pending, QStringLiteral("answer lost"),
                             QDateTime::currentDateTimeUtc(), {}, true));
    auto stored = m_outbox->entry(ids.first());
    QCOMPARE(stored->state, State::Pending);
    QVERIFY(stored->resumed);
    QCOMPARE(OutboxRules::actionFor(*stored), OutboxRules::Action::LookUpThenSend);
    // A plain transient failure afterwards keeps the flag: nothing has settled the doubt yet.
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(m_outbox->settle(ids.first(), State::Pending, QStringLiteral("offline"),
                             QDateTime::currentDateTimeUtc()));
    stored = m_outbox->entry(ids.first());
    QVERIFY(stored->resumed);
    // Done clears it.
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(m_outbox->settle(ids.first(), State::Done, {}, {}));
    QVERIFY(!m_outbox->entry(ids.first())->resumed);
}

void tst_Outbox::interruptedEntriesResumeAfterRestart_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("lookupSupported");
    QTest::addColumn<State>("expected");
    QTest::newRow("create, lookup") << Kind::CreateWorkOrder << true << State::Pending;
    QTest::newRow("create, no lookup") << Kind::CreateWorkOrder << false << State::InDoubt;
    QTest::newRow("verify") << Kind::VerifyProgress << false << State::Pending;
    QTest::newRow("report") << Kind::ClosureReport << true << State::Pending;
}

void tst_Outbox::interruptedEntriesResumeAfterRestart()
{
    QFETCH(Kind, kind);
    QFETCH(bool, lookupSupported);
    QFETCH(State, expected);
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(kind, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    reopen(); // the process died here
    QCOMPARE(m_outbox->counts().inFlight, 1);
    QCOMPARE(m_outbox->resumeInterrupted(lookupSupported), 1);
    const auto resumed = m_outbox->entry(ids.first());
    QCOMPARE(resumed->state, expected);
    QVERIFY(resumed->resumed);
    QCOMPARE(resumed->lastError.isEmpty(), expected != State::InDoubt);
    QCOMPARE(m_outbox->resumeInterrupted(lookupSupported), 0); // nothing twice
}

void tst_Outbox::cancelRemovesOnlyWhatWasNeverSent()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, QStringLiteral("A")),
                               entry(Kind::CreateWorkOrder, QStringLiteral("B")),
                               entry(Kind::CreateWorkOrder, QStringLiteral("C"))},
                              {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.at(1))); // B is on the wire
    QVERIFY(m_outbox->markInFlight(ids.at(2))); // C was on the wire when the app died
    QList<qint64> more;
    reopen();
    QCOMPARE(m_outbox->resumeInterrupted(true), 2);
    QVERIFY(m_outbox->markInFlight(ids.at(1)));
    // A goes; B is in flight and C's last attempt may have been applied: both stay.
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &more));
    QCOMPARE(m_outbox->cancelPending(ids + more, QStringLiteral("lea")),
             (QList<qint64>{ids.at(0), more.first()}));
    QCOMPARE(m_store->events(m_wo.key).constLast().kind, QStringLiteral("request_cancelled"));
    QCOMPARE(m_store->events(m_wo.key).constLast().user, QStringLiteral("lea"));
    QVERIFY(!m_outbox->entry(ids.at(0)));
    QCOMPARE(m_outbox->entry(ids.at(1))->state, State::InFlight);
    QCOMPARE(m_outbox->entry(ids.at(2))->state, State::Pending);
}

void tst_Outbox::aPersonRetriesAnEntryInDoubt()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(m_outbox->settle(ids.first(), State::InDoubt, QStringLiteral("no answer"), {}));
    QCOMPARE(m_outbox->counts().inDoubt, 1);
    QCOMPARE(m_outbox->entriesIn(State::InDoubt).size(), 1);
    QVERIFY(m_outbox->retry(ids.first()));
    QCOMPARE(m_outbox->entry(ids.first())->state, State::Pending);
    QVERIFY(!m_outbox->retry(ids.first())); // pending already
}

void tst_Outbox::aPersonResolvesAnEntryInDoubtWithItsEffect()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &ids));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(m_outbox->settle(ids.first(), State::InDoubt, QStringLiteral("no answer"), {}));
    WorkOrder linked = m_wo;
    linked.deepomaticId = QStringLiteral("0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57");
    linked.status = WorkOrderStatus::Created;
    WorkOrderEvent e;
    e.workOrderKey = m_wo.key;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = QStringLiteral("linked_in_deepomatic");
    Outbox::Effect effect;
    effect.workOrder = linked;
    effect.events << e;
    QVERIFY2(m_outbox->resolve(ids.first(), effect), qPrintable(m_outbox->lastError()));
    QCOMPARE(m_outbox->entry(ids.first())->state, State::Done);
    QCOMPARE(m_store->find(m_wo.key)->deepomaticId, linked.deepomaticId);
    QCOMPARE(m_store->events(m_wo.key).constLast().kind, QStringLiteral("linked_in_deepomatic"));
    QCOMPARE(m_outbox->counts().inDoubt, 0);
}

void tst_Outbox::onlyInDoubtOrFailedEntriesAreSettledByAPerson()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key)}, {}, &ids));
    WorkOrderEvent e;
    e.workOrderKey = m_wo.key;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = QStringLiteral("create_sent_again");
    Outbox::Effect effect;
    effect.events << e;
    const int events = int(m_store->events(m_wo.key).size());
    QVERIFY(!m_outbox->resolve(ids.first(), effect)); // pending: the runner decides, not a person
    QVERIFY(!m_outbox->retry(ids.first(), effect));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(!m_outbox->resolve(ids.first(), effect)); // in flight
    QCOMPARE(int(m_store->events(m_wo.key).size()), events); // no effect applied
    // Failed: sent again with its event, in one go; not resumed, so no look-up first.
    QVERIFY(m_outbox->settle(ids.first(), State::Failed, QStringLiteral("400"), {}));
    QVERIFY(m_outbox->retry(ids.first(), effect));
    QCOMPARE(m_outbox->entry(ids.first())->state, State::Pending);
    QVERIFY(!m_outbox->entry(ids.first())->resumed);
    QCOMPARE(m_store->events(m_wo.key).constLast().kind, QStringLiteral("create_sent_again"));
}

void tst_Outbox::openEntriesAreFoundPerWorkOrder()
{
    QList<qint64> ids;
    QVERIFY(m_outbox->enqueue({entry(Kind::CreateWorkOrder, m_wo.key),
                               entry(Kind::VerifyProgress, QStringLiteral("OTHER"))},
                              {}, &ids));
    QCOMPARE(m_outbox->openEntry(Kind::CreateWorkOrder, m_wo.key)->id, ids.first());
    QVERIFY(!m_outbox->openEntry(Kind::VerifyProgress, m_wo.key));
    QCOMPARE(m_outbox->workOrdersWithOpenEntries(),
             (QSet<QString>{m_wo.key, QStringLiteral("OTHER")}));
    QVERIFY(m_outbox->markInFlight(ids.first()));
    QVERIFY(m_outbox->settle(ids.first(), State::Done, {}, {}));
    QVERIFY(!m_outbox->openEntry(Kind::CreateWorkOrder, m_wo.key));
    QCOMPARE(m_outbox->entries(m_wo.key).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
