#pragma once

#include "outboxentry.h"
#include "workorder.h"
#include "workorderevent.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

class QSqlQuery;
class WorkOrderStore;

// The persistent outbox: every effect on a remote system waits here, in the work
// order database, until it is done. It shares the WorkOrderStore's connection, so an entry's
// transition and its local effect (the Deepomatic id saved on the work order, the audit event,
// the entries that follow) commit in ONE transaction: a kill at any instant leaves either both
// or neither, never one without the other.
//
// Durability: WAL with synchronous=FULL (set by WorkOrderStore::open for the whole file). In
// WAL mode NORMAL survives an application crash but may lose the last commits on power loss;
// here a lost "in_flight" mark would turn into a blind second POST after the reboot (a twin
// work order), and a lost "done" into a repeated closure report. One fsync per transition is
// cheap next to a network round trip, so FULL it is.
//
// Transitions follow OutboxRules; each one is checked against the state the caller saw, so an
// entry is never moved twice by two hands.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    using State = OutboxEntry::State;
    using Kind = OutboxEntry::Kind;

    // What a transition changes locally, in the same transaction.
    struct Effect {
        std::optional<WorkOrder> workOrder;
        QList<WorkOrderEvent> events;
        QList<OutboxEntry> follow; // new entries queued by this outcome
    };
    struct Counts {
        int pending = 0;
        int inFlight = 0;
        int inDoubt = 0;
        int failed = 0;
        int open() const { return pending + inFlight; }
    };

    explicit Outbox(WorkOrderStore *store);

    QString lastError() const { return m_lastError; }

    // Queues entries (state Pending, due now unless nextAttempt is set), with a local change,
    // atomically. *ids receives their ids in order.
    bool enqueue(const QList<OutboxEntry> &entries, const Effect &effect = {},
                 QList<qint64> *ids = nullptr);
    // pending -> in_flight, one more attempt. False when the entry is no longer pending.
    bool markInFlight(qint64 id);
    // in_flight -> to (Done, Failed, InDoubt, or Pending again at `nextAttempt`), with its
    // local effect. `error` is the server's words or what went wrong. `lookUpFirst`: the
    // attempt may have been applied (a create whose answer was lost and that could not be
    // looked up yet), so when pending again it is flagged `resumed` like an interrupted one.
    // `startLimit`: up to that many due entries (leaving out `busy`) go pending -> in_flight in
    // the same transaction, so that the outcome of one and the start of the next cost one sync
    // to disk, not two; *started receives them as they are now (each committed in flight before
    // its caller sends it, as markInFlight()).
    bool settle(qint64 id, State to, const QString &error, const QDateTime &nextAttempt,
                const Effect &effect = {}, bool lookUpFirst = false, int startLimit = 0,
                const QSet<qint64> &busy = {}, QList<OutboxEntry> *started = nullptr);
    // Start-up: entries left in flight by a dead process are resumed (pending, flagged
    // `resumed`) or put in doubt, as OutboxRules::onStartup says. Returns how many.
    int resumeInterrupted(bool lookupByNameSupported);
    // A pending entry waiting out its back-off is due now (the user asked for it).
    bool expedite(qint64 id);
    // A person sends an in-doubt or failed entry again (as it is, without a look-up first),
    // with the local change that records it, atomically.
    bool retry(qint64 id, const Effect &effect = {});
    // A person found that an in-doubt or failed entry was applied after all (the work order
    // exists in Deepomatic): done, with its local effect, atomically.
    bool resolve(qint64 id, const Effect &effect);
    // Removes those of `ids` still pending (never sent, or waiting to be sent again after a
    // failure that surely applied nothing): a cancelled batch. Each removal is recorded in its
    // work order's trail, in the same transaction. Returns the ids removed.
    QList<qint64> cancelPending(const QList<qint64> &ids, const QString &user = {});

    // A person gives up on a failed or in-doubt entry: removed, and the removal recorded in its
    // work order's trail, atomically. Nothing is sent.
    bool discard(qint64 id, const QString &user = {});

    std::optional<OutboxEntry> entry(qint64 id) const;
    // Every entry not done of the site profile in use, oldest first: what the outbox shows.
    QList<OutboxEntry> unfinished() const;
    // Only entries of this site profile's work orders (and of work orders with none) are due:
    // after a switch of profile, what was queued for another site waits for it, and is never
    // sent to the site in use with its token. Empty: every entry.
    void setSiteProfile(const QString &siteProfile) { m_siteProfile = siteProfile; }
    // Pending entries due at `now`, oldest first, leaving out `busy`.
    QList<OutboxEntry> due(const QDateTime &now, int limit, const QSet<qint64> &busy = {}) const;
    // When the earliest pending entry is due; nothing when none is pending.
    std::optional<QDateTime> nextDue() const;
    QList<OutboxEntry> entries(const QString &workOrderKey) const;
    QList<OutboxEntry> entriesIn(State state) const;
    // The open (pending or in flight) entry of this kind for this work order, if any.
    std::optional<OutboxEntry> openEntry(Kind kind, const QString &workOrderKey) const;
    // The entries of the site profile in use (setSiteProfile), by state.
    Counts counts() const;
    // Open entries per work order key: what the list shows as "pending".
    QSet<QString> workOrdersWithOpenEntries() const;

private:
    // The kept statement for `sql` (see PreparedQueries); nullptr, lastError() set, on failure.
    QSqlQuery *prepared(const QString &sql) const;
    bool writeEntry(const OutboxEntry &entry, qint64 *id);
    bool leaveUnresolved(qint64 id, State to, const Effect &effect);
    QString siteFilter() const; // " AND …" with one placeholder, or empty
    bool applyEffect(const Effect &effect);
    QList<OutboxEntry> select(const QString &where, const QVariantList &values,
                              const QString &tail = {}) const;
    bool fail(const QString &what, const QString &sqlError) const;

    WorkOrderStore *m_store;
    QString m_siteProfile;
    mutable QString m_lastError;
};
