#include "outbox.h"

#include "outboxrules.h"
#include "preparedqueries.h"
#include "workorderstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
qint64 epochMs(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QDateTime fromEpochMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const char *const kColumns = "SELECT id, kind, state, work_order_key, payload, attempts, created, "
                             "next_attempt, updated, last_error, resumed FROM outbox";

// RAII transaction: rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(db)
        , m_open(m_db.transaction())
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};
} // namespace

Outbox::Outbox(WorkOrderStore *store)
    : m_store(store)
{ }

bool Outbox::fail(const QString &what, const QString &sqlError) const
{
    m_lastError = tr("%1 (%2): %3").arg(what, m_store->fileName(), sqlError);
    qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

QSqlQuery *Outbox::prepared(const QString &sql) const
{
    QString error;
    QSqlQuery *q = m_store->m_prepared->get(sql, &error);
    if (!q)
        fail(tr("Cannot read the outbox"), error);
    return q;
}

bool Outbox::writeEntry(const OutboxEntry &e, qint64 *id)
{
    QSqlQuery *prepared = this->prepared(
        QStringLiteral("INSERT INTO outbox (kind, state, work_order_key, payload, attempts, "
                       "created, next_attempt, updated, last_error, resumed) VALUES "
                       "(?, 'pending', ?, ?, 0, ?, ?, ?, '', 0)"));
    if (!prepared)
        return false;
    QSqlQuery &q = *prepared;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(OutboxEntry::kindKey(e.kind));
    q.addBindValue(e.workOrderKey.isNull() ? QString(QLatin1String("")) : e.workOrderKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(e.nextAttempt.isValid() ? e.nextAttempt.toMSecsSinceEpoch() : now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(tr("Cannot queue a request for %1").arg(e.workOrderKey), q.lastError().text());
    if (id)
        *id = q.lastInsertId().toLongLong();
    return true;
}

bool Outbox::applyEffect(const Effect &effect)
{
    if (effect.workOrder && !m_store->writeWorkOrder(*effect.workOrder, false)) {
        m_lastError = m_store->lastError();
        return false;
    }
    for (const WorkOrderEvent &event : effect.events) {
        if (!m_store->writeEvent(event)) {
            m_lastError = m_store->lastError();
            return false;
        }
    }
    for (const OutboxEntry &entry : effect.follow) {
        if (!writeEntry(entry, nullptr))
            return false;
    }
    return true;
}

bool Outbox::enqueue(const QList<OutboxEntry> &entries, const Effect &effect, QList<qint64> *ids)
{
    Transaction t(QSqlDatabase::database(m_store->m_connection));
    if (!t.isOpen())
        return fail(tr("Cannot start a transaction"), QString());
    QList<qint64> created;
    for (const OutboxEntry &entry : entries) {
        qint64 id = 0;
        if (!writeEntry(entry, &id))
            return false;
        created << id;
    }
    if (!applyEffect(effect))
        return false;
    if (!t.commit())
        return fail(tr("Cannot queue requests"),
                    QSqlDatabase::database(m_store->m_connection).lastError().text());
    if (ids)
        *ids = created;
    return true;
}

bool Outbox::markInFlight(qint64 id)
{
    QSqlQuery *prepared = this->prepared(
        QStringLiteral("UPDATE outbox SET state = 'in_flight', attempts = "
                       "attempts + 1, updated = ? WHERE id = ? AND state = 'pending'"));
    if (!prepared)
        return false;
    QSqlQuery &q = *prepared;
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot mark request %1 as sent").arg(id), q.lastError().text());
    return q.numRowsAffected() == 1;
}

bool Outbox::settle(qint64 id, State to, const QString &error, const QDateTime &nextAttempt,
                    const Effect &effect, bool lookUpFirst, int startLimit,
                    const QSet<qint64> &busy, QList<OutboxEntry> *started)
{
    if (!OutboxRules::isAllowed(State::InFlight, to)) {
        m_lastError =
            tr("Request %1 cannot go from in flight to %2.").arg(id).arg(OutboxEntry::stateKey(to));
        return false;
    }
    Transaction t(QSqlDatabase::database(m_store->m_connection));
    if (!t.isOpen())
        return fail(tr("Cannot start a transaction"), QString());
    QSqlQuery *prepared = this->prepared(
        QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, next_attempt = ?, "
                       "updated = ?, resumed = CASE WHEN ? = 'pending' THEN MAX(resumed, ?) "
                       "ELSE 0 END WHERE id = ? AND state = 'in_flight'"));
    if (!prepared)
        return false;
    QSqlQuery &q = *prepared;
    const QString stateKey = OutboxEntry::stateKey(to);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(stateKey);
    q.addBindValue(error.isNull() ? QString(QLatin1String("")) : error);
    q.addBindValue(nextAttempt.isValid() ? nextAttempt.toMSecsSinceEpoch() : now);
    q.addBindValue(now);
    q.addBindValue(stateKey);
    q.addBindValue(lookUpFirst ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot record the outcome of request %1").arg(id), q.lastError().text());
    if (q.numRowsAffected() != 1) {
        m_lastError = tr("Request %1 is no longer in flight.").arg(id);
        return false;
    }
    if (!applyEffect(effect))
        return false;
    QList<OutboxEntry> next;
    if (started && startLimit > 0) {
        for (OutboxEntry e : due(QDateTime::currentDateTimeUtc(), startLimit, busy)) {
            // A failure here leaves the rest pending for the next look; the outcome still counts.
            if (!markInFlight(e.id))
                break;
            e.state = State::InFlight;
            ++e.attempts;
            next << e;
        }
    }
    if (!t.commit())
        return fail(tr("Cannot record the outcome of request %1").arg(id),
                    QSqlDatabase::database(m_store->m_connection).lastError().text());
    if (started)
        *started = next;
    return true;
}

int Outbox::resumeInterrupted(bool lookupByNameSupported)
{
    const QList<OutboxEntry> interrupted =
        select(QStringLiteral("state = 'in_flight'"), {}, QStringLiteral("ORDER BY id"));
    int resumed = 0;
    for (const OutboxEntry &entry : interrupted) {
        const OutboxRules::Resume r = OutboxRules::onStartup(entry, lookupByNameSupported);
        QSqlQuery q(QSqlDatabase::database(m_store->m_connection));
        q.prepare(QStringLiteral("UPDATE outbox SET state = ?, resumed = 1, last_error = ?, "
                                 "next_attempt = ?, updated = ? WHERE id = ? AND "
                                 "state = 'in_flight'"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        q.addBindValue(OutboxEntry::stateKey(r.state));
        q.addBindValue(r.reason.isNull() ? QString(QLatin1String("")) : r.reason);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(entry.id);
        if (!q.exec()) {
            fail(tr("Cannot resume request %1").arg(entry.id), q.lastError().text());
            continue;
        }
        qCInfo(lcStore) << "resumed interrupted" << OutboxEntry::kindKey(entry.kind) << "for"
                        << entry.workOrderKey << "as" << OutboxEntry::stateKey(r.state);
        ++resumed;
    }
    return resumed;
}

bool Outbox::expedite(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_store->m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt = ? WHERE id = ? AND "
                             "state = 'pending'"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot reschedule request %1").arg(id), q.lastError().text());
    return q.numRowsAffected() == 1;
}

bool Outbox::retry(qint64 id, const Effect &effect)
{
    return leaveUnresolved(id, State::Pending, effect);
}

bool Outbox::resolve(qint64 id, const Effect &effect)
{
    return leaveUnresolved(id, State::Done, effect);
}

bool Outbox::leaveUnresolved(qint64 id, State to, const Effect &effect)
{
    const auto e = entry(id);
    if (!e || (e->state != State::InDoubt && e->state != State::Failed)
        || !OutboxRules::isAllowed(e->state, to)) {
        m_lastError = to == State::Pending ? tr("Request %1 cannot be sent again now.").arg(id)
                                           : tr("Request %1 is not in doubt or failed.").arg(id);
        return false;
    }
    Transaction t(QSqlDatabase::database(m_store->m_connection));
    if (!t.isOpen())
        return fail(tr("Cannot start a transaction"), QString());
    QSqlQuery q(QSqlDatabase::database(m_store->m_connection));
    // Sent again as it is: not resumed, so no look-up first (the person checked).
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, next_attempt = ?, updated = ?, "
                             "resumed = 0 WHERE id = ? AND state = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(OutboxEntry::stateKey(to));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(OutboxEntry::stateKey(e->state));
    if (!q.exec())
        return fail(tr("Cannot update request %1").arg(id), q.lastError().text());
    if (q.numRowsAffected() != 1) {
        m_lastError = tr("Request %1 changed meanwhile.").arg(id);
        return false;
    }
    if (!applyEffect(effect))
        return false;
    if (!t.commit())
        return fail(tr("Cannot update request %1").arg(id),
                    QSqlDatabase::database(m_store->m_connection).lastError().text());
    return true;
}

QList<qint64> Outbox::cancelPending(const QList<qint64> &ids, const QString &user)
{
    Transaction t(QSqlDatabase::database(m_store->m_connection));
    if (!t.isOpen())
        return {};
    QList<qint64> removed;
    QSqlQuery q(QSqlDatabase::database(m_store->m_connection));
    // A resumed entry is pending but its last attempt may have been applied: it is not
    // cancelled, it goes on to its look-up.
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'pending' AND "
                             "resumed = 0 RETURNING work_order_key, kind"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            fail(tr("Cannot cancel request %1").arg(id), q.lastError().text());
            return {};
        }
        if (!q.next())
            continue;
        const WorkOrderEvent event = WorkOrderEvent::of(
            WorkOrderEvent::Kind::RequestCancelled, q.value(0).toString(), user,
            tr("Cancelled before it was sent."),
            {{QStringLiteral("request"), q.value(1).toString()}, {QStringLiteral("entry"), id}});
        q.finish();
        // Entries of work orders unknown here (none in practice) have no trail to write to.
        if (m_store->find(event.workOrderKey) && !m_store->writeEvent(event)) {
            m_lastError = m_store->lastError();
            return {};
        }
        removed << id;
    }
    return t.commit() ? removed : QList<qint64>();
}

QList<OutboxEntry> Outbox::select(const QString &where, const QVariantList &values,
                                  const QString &tail) const
{
    QList<OutboxEntry> list;
    QSqlQuery *prepared = this->prepared(QString::fromLatin1(kColumns) + QStringLiteral(" WHERE ")
                                         + where + u' ' + tail);
    if (!prepared)
        return list;
    QSqlQuery &q = *prepared;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("Cannot read the outbox"), q.lastError().text());
        return list;
    }
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        const auto kind = OutboxEntry::kindFromKey(q.value(1).toString());
        const auto state = OutboxEntry::stateFromKey(q.value(2).toString());
        if (!kind || !state) {
            // Written by a newer FieldConnect: leave it alone rather than guess.
            qCWarning(lcStore) << "skipping outbox entry" << e.id << "of unknown kind or state";
            continue;
        }
        e.kind = *kind;
        e.state = *state;
        e.workOrderKey = q.value(3).toString();
        e.payload = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        e.attempts = q.value(5).toInt();
        e.created = fromEpochMs(q.value(6));
        e.nextAttempt = fromEpochMs(q.value(7));
        e.updated = fromEpochMs(q.value(8));
        e.lastError = q.value(9).toString();
        e.resumed = q.value(10).toBool();
        list << e;
    }
    q.finish();
    return list;
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    const QList<OutboxEntry> found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

QList<OutboxEntry> Outbox::due(const QDateTime &now, int limit, const QSet<qint64> &busy) const
{
    // Fetch a little more than asked, so that busy entries do not hide due ones.
    QVariantList values{epochMs(now)};
    const QString where = QStringLiteral("state = 'pending' AND next_attempt <= ?") + siteFilter();
    if (!m_siteProfile.isEmpty())
        values << m_siteProfile;
    values << qint64(limit + busy.size()); // bound: one statement for any limit
    const QList<OutboxEntry> candidates =
        select(where, values, QStringLiteral("ORDER BY next_attempt, id LIMIT ?"));
    QList<OutboxEntry> list;
    for (const OutboxEntry &e : candidates) {
        if (!busy.contains(e.id) && list.size() < limit)
            list << e;
    }
    return list;
}

std::optional<QDateTime> Outbox::nextDue() const
{
    // The index's order, not MIN(): with the site filter SQLite cannot take MIN() from the
    // index and read every pending entry at each look (quadratic over a batch); in order it
    // stops at the first entry of the site.
    QSqlQuery *q =
        prepared(QStringLiteral("SELECT next_attempt FROM outbox WHERE state = 'pending'")
                 + siteFilter() + QStringLiteral(" ORDER BY next_attempt LIMIT 1"));
    if (!q)
        return std::nullopt;
    if (!m_siteProfile.isEmpty())
        q->addBindValue(m_siteProfile);
    std::optional<QDateTime> next;
    if (q->exec() && q->next() && !q->value(0).isNull())
        next = fromEpochMs(q->value(0));
    q->finish();
    return next;
}

QString Outbox::siteFilter() const
{
    if (m_siteProfile.isEmpty())
        return {};
    // One primary-key look-up per candidate entry, not a scan of every work order per query
    // (which made a batch quadratic).
    return QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM work_orders w"
                          " WHERE w.key = outbox.work_order_key"
                          " AND w.site_profile <> '' AND w.site_profile <> ?)");
}

QList<OutboxEntry> Outbox::unfinished() const
{
    QVariantList values;
    if (!m_siteProfile.isEmpty())
        values << m_siteProfile;
    return select(QStringLiteral("state <> 'done'") + siteFilter(), values,
                  QStringLiteral("ORDER BY id"));
}

bool Outbox::discard(qint64 id, const QString &user)
{
    const auto e = entry(id);
    if (!e || (e->state != State::InDoubt && e->state != State::Failed)) {
        m_lastError = tr("Request %1 is not in doubt or failed.").arg(id);
        return false;
    }
    Transaction t(QSqlDatabase::database(m_store->m_connection));
    if (!t.isOpen())
        return fail(tr("Cannot start a transaction"), QString());
    QSqlQuery q(QSqlDatabase::database(m_store->m_connection));
    q.prepare(
        QStringLiteral("DELETE FROM outbox WHERE id = ? AND state IN ('failed', 'in_doubt')"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot discard request %1").arg(id), q.lastError().text());
    if (q.numRowsAffected() != 1) {
        m_lastError = tr("Request %1 is not in doubt or failed.").arg(id);
        return false;
    }
    const WorkOrderEvent event = WorkOrderEvent::of(
        WorkOrderEvent::Kind::RequestDiscarded, e->workOrderKey, user,
        tr("Discarded from the outbox (%1, %2): it will not be sent.")
            .arg(OutboxEntry::kindDisplayName(e->kind), OutboxEntry::stateDisplayName(e->state)),
        {{QStringLiteral("request"), OutboxEntry::kindKey(e->kind)},
         {QStringLiteral("entry"), id},
         {QStringLiteral("last_error"), e->lastError}});
    if (m_store->find(e->workOrderKey) && !m_store->writeEvent(event)) {
        m_lastError = m_store->lastError();
        return false;
    }
    if (!t.commit())
        return fail(tr("Cannot discard request %1").arg(id), QString());
    return true;
}

QList<OutboxEntry> Outbox::entries(const QString &workOrderKey) const
{
    return select(QStringLiteral("work_order_key = ?"), {workOrderKey},
                  QStringLiteral("ORDER BY id"));
}

QList<OutboxEntry> Outbox::entriesIn(State state) const
{
    return select(QStringLiteral("state = ?"), {OutboxEntry::stateKey(state)},
                  QStringLiteral("ORDER BY id"));
}

std::optional<OutboxEntry> Outbox::openEntry(Kind kind, const QString &workOrderKey) const
{
    const QList<OutboxEntry> found =
        select(QStringLiteral("work_order_key = ? AND kind = ? AND state IN ('pending', "
                              "'in_flight')"),
               {workOrderKey, OutboxEntry::kindKey(kind)}, QStringLiteral("ORDER BY id LIMIT 1"));
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

Outbox::Counts Outbox::counts() const
{
    Counts c;
    // The site in use only: another site's entries wait for it, and are not this one's to
    // count (a batch would otherwise wait for them to drain).
    QSqlQuery *prepared =
        this->prepared(QStringLiteral("SELECT state, COUNT(*) FROM outbox WHERE state != 'done'")
                       + siteFilter() + QStringLiteral(" GROUP BY state"));
    if (!prepared)
        return c;
    QSqlQuery &q = *prepared;
    if (!m_siteProfile.isEmpty())
        q.addBindValue(m_siteProfile);
    if (!q.exec()) {
        fail(tr("Cannot read the outbox"), q.lastError().text());
        return c;
    }
    while (q.next()) {
        const auto state = OutboxEntry::stateFromKey(q.value(0).toString());
        const int n = q.value(1).toInt();
        if (state == State::Pending)
            c.pending = n;
        else if (state == State::InFlight)
            c.inFlight = n;
        else if (state == State::InDoubt)
            c.inDoubt = n;
        else if (state == State::Failed)
            c.failed = n;
    }
    q.finish();
    return c;
}

QSet<QString> Outbox::workOrdersWithOpenEntries() const
{
    QSet<QString> keys;
    QSqlQuery q(QSqlDatabase::database(m_store->m_connection));
    if (q.exec(QStringLiteral("SELECT DISTINCT work_order_key FROM outbox WHERE state IN "
                              "('pending', 'in_flight')"))) {
        while (q.next())
            keys.insert(q.value(0).toString());
    }
    return keys;
}
