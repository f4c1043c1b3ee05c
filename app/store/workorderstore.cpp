#include "workorderstore.h"

#include "preparedqueries.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcStore, "fieldconnect.store")

namespace {
QAtomicInt s_connectionCounter;

// Each migration takes the schema from version (index) to version (index + 1). Append only.
const char *const kMigrations[] = {
    R"(CREATE TABLE work_orders (
           key TEXT PRIMARY KEY NOT NULL,
           name TEXT NOT NULL,
           site_profile TEXT NOT NULL DEFAULT '',
           planned_date TEXT,
           address TEXT NOT NULL DEFAULT '',
           technician_name TEXT NOT NULL DEFAULT '',
           technician_email TEXT NOT NULL DEFAULT '',
           types TEXT NOT NULL DEFAULT '[]',
           metadata TEXT NOT NULL DEFAULT '{}',
           tags TEXT NOT NULL DEFAULT '[]',
           deepomatic_id TEXT,
           progress_value INTEGER,
           progress_source TEXT,
           progress_verified INTEGER NOT NULL DEFAULT 0,
           progress_time INTEGER,
           status TEXT NOT NULL,
           launch_id TEXT,
           updated INTEGER NOT NULL
       );
       CREATE INDEX work_orders_by_plan ON work_orders(planned_date, key);
       CREATE TABLE events (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           work_order_key TEXT NOT NULL REFERENCES work_orders(key),
           time INTEGER NOT NULL,
           user TEXT NOT NULL DEFAULT '',
           kind TEXT NOT NULL,
           from_status TEXT,
           to_status TEXT,
           reason TEXT NOT NULL DEFAULT '',
           data TEXT NOT NULL DEFAULT '{}'
       );
       CREATE INDEX events_by_work_order ON events(work_order_key, id);)",
    // 2: the outbox (see outbox.h) and the "needs review" flag of an unverified closure that
    // Deepomatic later contradicted.
    R"(ALTER TABLE work_orders ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
       CREATE TABLE outbox (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           kind TEXT NOT NULL,
           state TEXT NOT NULL,
           work_order_key TEXT NOT NULL DEFAULT '',
           payload TEXT NOT NULL DEFAULT '{}',
           attempts INTEGER NOT NULL DEFAULT 0,
           created INTEGER NOT NULL,
           next_attempt INTEGER NOT NULL,
           updated INTEGER NOT NULL,
           last_error TEXT NOT NULL DEFAULT '',
           resumed INTEGER NOT NULL DEFAULT 0
       );
       CREATE INDEX outbox_due ON outbox(state, next_attempt, id);
       CREATE INDEX outbox_by_work_order ON outbox(work_order_key, kind, state);)",
    // 3: the last good answer about each work order's results, for the details pane offline.
    R"(CREATE TABLE results (
           work_order_key TEXT PRIMARY KEY NOT NULL REFERENCES work_orders(key),
           deepomatic_id TEXT NOT NULL,
           answer TEXT NOT NULL,
           fetched INTEGER NOT NULL
       );)",
};

// Times are stored as UTC milliseconds since the epoch: exact, sortable, and much cheaper to
// read back than ISO text when the whole list is loaded at start-up.
QVariant toEpochMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromEpochMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QVariant &json)
{
    QStringList list;
    const QByteArray bytes = json.toByteArray();
    if (bytes.size() <= 2) // "[]": most work orders have no tags
        return list;
    // The common case, written by this store: ["a","b"] with no escapes. Split it directly;
    // anything else goes through the JSON parser.
    if (bytes.startsWith("[\"") && bytes.endsWith("\"]") && !bytes.contains('\\')) {
        // Without escapes a quote cannot occur inside a value, so the pieces between quotes
        // alternate: value, ",", value, ...
        const QList<QByteArray> pieces = bytes.mid(2, bytes.size() - 4).split('"');
        bool plain = true;
        for (qsizetype i = 0; i < pieces.size() && plain; ++i) {
            if (i % 2 == 0)
                list << QString::fromUtf8(pieces.at(i));
            else
                plain = pieces.at(i) == ",";
        }
        if (plain)
            return list;
        list.clear();
    }
    const QJsonArray array = QJsonDocument::fromJson(bytes).array();
    list.reserve(array.size());
    for (const QJsonValue v : array)
        list << v.toString();
    return list;
}

QJsonObject jsonObject(const QVariant &json)
{
    const QByteArray bytes = json.toByteArray();
    return bytes.size() <= 2 ? QJsonObject() : QJsonDocument::fromJson(bytes).object();
}

WorkOrder workOrderFrom(const QSqlQuery &q)
{
    WorkOrder wo;
    wo.key = q.value(0).toString();
    wo.name = q.value(1).toString();
    wo.siteProfile = q.value(2).toString();
    wo.plannedDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    wo.address = q.value(4).toString();
    wo.technicianName = q.value(5).toString();
    wo.technicianEmail = q.value(6).toString();
    wo.types = stringList(q.value(7));
    wo.metadata = jsonObject(q.value(8));
    wo.tags = stringList(q.value(9));
    wo.deepomaticId = q.value(10).toString();
    if (!q.value(11).isNull()) {
        wo.lastProgress.value = q.value(11).toInt();
        wo.lastProgress.source = ProgressReading::sourceFromKey(q.value(12).toString());
        wo.lastProgress.verified = q.value(13).toBool();
        wo.lastProgress.time = fromEpochMs(q.value(14));
    }
    wo.status = workOrderStatusFromKey(q.value(15).toString()).value_or(WorkOrderStatus::Planned);
    wo.launchId = q.value(16).toString();
    wo.updated = fromEpochMs(q.value(17));
    wo.needsReview = q.value(18).toBool();
    return wo;
}

const char *const kSelectColumns =
    "SELECT key, name, site_profile, planned_date, address, technician_name, technician_email, "
    "types, metadata, tags, deepomatic_id, progress_value, progress_source, progress_verified, "
    "progress_time, status, launch_id, updated, needs_review FROM work_orders";
} // namespace

WorkOrderStore::WorkOrderStore()
    : m_connection(
        QStringLiteral("fieldconnect-store-%1").arg(s_connectionCounter.fetchAndAddOrdered(1)))
    , m_prepared(std::make_unique<PreparedQueries>(m_connection))
{ }

WorkOrderStore::~WorkOrderStore()
{
    m_prepared->clear(); // statements before their connection
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool WorkOrderStore::fail(const QString &what, const QString &sqlError) const
{
    m_lastError = tr("%1 (%2): %3").arg(what, m_file, sqlError);
    qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

bool WorkOrderStore::open(const QString &file)
{
    m_file = file;
    m_prepared->clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    if (!db.open())
        return fail(tr("Cannot open the work order database"), db.lastError().text());
    QSqlQuery pragma(db);
    // WAL keeps readers and the writer apart and survives a kill without a corrupt file;
    // synchronous=FULL makes every committed transaction durable before it returns, because a
    // closure or a progress record that vanishes on power loss is exactly what must not happen.
    for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                  "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            return fail(tr("Cannot configure the work order database"), pragma.lastError().text());
    }
    return migrate();
}

bool WorkOrderStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
           && QSqlDatabase::database(m_connection, false).isOpen();
}

int WorkOrderStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool WorkOrderStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = schemaVersion();
    const int target = int(std::size(kMigrations));
    if (current < 0)
        return fail(tr("Cannot read the database version"), db.lastError().text());
    if (current > target)
        return fail(tr("The database was written by a newer FieldConnect"),
                    tr("schema version %1, this version knows up to %2").arg(current).arg(target));
    for (int version = current; version < target; ++version) {
        if (!db.transaction())
            return fail(tr("Cannot start a migration"), db.lastError().text());
        const QStringList statements =
            QString::fromLatin1(kMigrations[version]).split(u';', Qt::SkipEmptyParts);
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                db.rollback();
                return fail(tr("Migration to version %1 failed").arg(version + 1), error);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            const QString error = q.lastError().text();
            db.rollback();
            return fail(tr("Migration to version %1 failed").arg(version + 1), error);
        }
        qCInfo(lcStore) << "migrated database to schema version" << version + 1;
    }
    return true;
}

int WorkOrderStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM work_orders")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<WorkOrder> WorkOrderStore::loadAll(Detail detail, const QString &siteProfile) const
{
    return loadSlice(detail, 0, 1, siteProfile);
}

QList<WorkOrder> WorkOrderStore::loadSlice(Detail detail, int part, int parts,
                                           const QString &siteProfile) const
{
    QList<WorkOrder> all;
    if (parts < 1 || part < 0 || part >= parts)
        return all;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    QString select = QString::fromLatin1(kSelectColumns);
    if (detail == Detail::ListOnly) // same column positions, no metadata to parse
        select.replace(QLatin1String(" metadata,"), QLatin1String(" '{}',"));
    QStringList where;
    if (parts > 1)
        where << QStringLiteral("rowid % %1 = %2").arg(parts).arg(part);
    if (!siteProfile.isEmpty())
        where << QStringLiteral("(site_profile = ? OR site_profile = '')");
    if (!where.isEmpty())
        select += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.prepare(select + QStringLiteral(" ORDER BY planned_date, key"));
    if (!siteProfile.isEmpty())
        q.addBindValue(siteProfile);
    if (!q.exec()) {
        fail(tr("Cannot read work orders"), q.lastError().text());
        return all;
    }
    while (q.next())
        all << workOrderFrom(q);
    return all;
}

QList<WorkOrder> WorkOrderStore::loadAllFrom(const QString &file, Detail detail,
                                             const QString &siteProfile, QString *error)
{
    return loadSliceFrom(file, detail, 0, 1, siteProfile, error);
}

QList<WorkOrder> WorkOrderStore::loadSliceFrom(const QString &file, Detail detail, int part,
                                               int parts, const QString &siteProfile,
                                               QString *error)
{
    WorkOrderStore reader;
    QList<WorkOrder> all;
    if (reader.open(file))
        all = reader.loadSlice(detail, part, parts, siteProfile);
    if (error)
        *error = reader.lastError();
    return all;
}

std::optional<WorkOrder> WorkOrderStore::find(const QString &key) const
{
    static const QString sql =
        QString::fromLatin1(kSelectColumns) + QStringLiteral(" WHERE key = ?");
    QSqlQuery *q = m_prepared->get(sql);
    if (!q)
        return std::nullopt;
    q->addBindValue(key);
    std::optional<WorkOrder> found;
    if (q->exec() && q->next())
        found = workOrderFrom(*q);
    q->finish();
    return found;
}

bool WorkOrderStore::writeWorkOrder(const WorkOrder &wo, bool insertOnly)
{
    static const QString columns = QStringLiteral(
        "key, name, site_profile, planned_date, address, technician_name, technician_email, "
        "types, metadata, tags, deepomatic_id, progress_value, progress_source, "
        "progress_verified, progress_time, status, launch_id, updated, needs_review");
    static const QString upsert = [] {
        // An upsert, not INSERT OR REPLACE: a replace deletes the row the events refer to.
        QStringList sets;
        for (const QString &c : columns.split(QStringLiteral(", ")).mid(1))
            sets << QStringLiteral("%1 = excluded.%1").arg(c);
        return QStringLiteral(" ON CONFLICT(key) DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    }();
    static const QString insertSql = QStringLiteral("INSERT INTO work_orders (%1) VALUES (%2)")
                                         .arg(columns, QStringLiteral("?, ").repeated(18) + u'?');
    static const QString upsertSql = insertSql + upsert;
    QString error;
    QSqlQuery *prepared = m_prepared->get(insertOnly ? insertSql : upsertSql, &error);
    if (!prepared)
        return fail(tr("Cannot save work order %1").arg(wo.key), error);
    QSqlQuery &q = *prepared;
    q.addBindValue(text(wo.key));
    q.addBindValue(text(wo.name));
    q.addBindValue(text(wo.siteProfile));
    q.addBindValue(wo.plannedDate.isValid() ? wo.plannedDate.toString(Qt::ISODate) : QVariant());
    q.addBindValue(text(wo.address));
    q.addBindValue(text(wo.technicianName));
    q.addBindValue(text(wo.technicianEmail));
    q.addBindValue(jsonText(QJsonArray::fromStringList(wo.types)));
    q.addBindValue(jsonText(wo.metadata));
    q.addBindValue(jsonText(QJsonArray::fromStringList(wo.tags)));
    q.addBindValue(wo.deepomaticId.isEmpty() ? QVariant() : QVariant(wo.deepomaticId));
    const bool hasProgress = wo.lastProgress.isValid();
    q.addBindValue(hasProgress ? QVariant(wo.lastProgress.value) : QVariant());
    q.addBindValue(hasProgress ? QVariant(ProgressReading::sourceKey(wo.lastProgress.source))
                               : QVariant());
    q.addBindValue(hasProgress && wo.lastProgress.verified ? 1 : 0);
    q.addBindValue(hasProgress ? toEpochMs(wo.lastProgress.time) : QVariant());
    q.addBindValue(workOrderStatusKey(wo.status));
    q.addBindValue(wo.launchId.isEmpty() ? QVariant() : QVariant(wo.launchId));
    q.addBindValue(toEpochMs(wo.updated.isValid() ? wo.updated : QDateTime::currentDateTimeUtc()));
    q.addBindValue(wo.needsReview ? 1 : 0);
    if (!q.exec())
        return fail(tr("Cannot save work order %1").arg(wo.key), q.lastError().text());
    return true;
}

bool WorkOrderStore::writeEvent(const WorkOrderEvent &e)
{
    static const QString sql =
        QStringLiteral("INSERT INTO events (work_order_key, time, user, kind, from_status, "
                       "to_status, reason, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    QString error;
    QSqlQuery *prepared = m_prepared->get(sql, &error);
    if (!prepared)
        return fail(tr("Cannot record an event for %1").arg(e.workOrderKey), error);
    QSqlQuery &q = *prepared;
    q.addBindValue(text(e.workOrderKey));
    q.addBindValue(toEpochMs(e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(e.user));
    q.addBindValue(text(e.kind));
    q.addBindValue(e.fromStatus.isEmpty() ? QVariant() : QVariant(e.fromStatus));
    q.addBindValue(e.toStatus.isEmpty() ? QVariant() : QVariant(e.toStatus));
    q.addBindValue(text(e.reason));
    q.addBindValue(jsonText(e.data));
    if (!q.exec())
        return fail(tr("Cannot record an event for %1").arg(e.workOrderKey), q.lastError().text());
    return true;
}

bool WorkOrderStore::insert(const QList<WorkOrder> &workOrders, const WorkOrderEvent &eventTemplate)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(tr("Cannot start a transaction"), db.lastError().text());
    for (const WorkOrder &wo : workOrders) {
        WorkOrderEvent e = eventTemplate;
        e.workOrderKey = wo.key;
        e.toStatus = workOrderStatusKey(wo.status);
        if (!writeWorkOrder(wo, true) || !writeEvent(e)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return fail(tr("Cannot save work orders"), db.lastError().text());
    return true;
}

bool WorkOrderStore::insertNew(const QList<WorkOrder> &workOrders,
                               const QList<WorkOrderEvent> &events, bool allOrNothing,
                               QStringList *existing)
{
    Q_ASSERT(workOrders.size() == events.size());
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(tr("Cannot start a transaction"), db.lastError().text());
    QStringList found;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM work_orders WHERE key = ?"));
    for (qsizetype i = 0; i < workOrders.size(); ++i) {
        const WorkOrder &wo = workOrders.at(i);
        exists.addBindValue(wo.key);
        if (!exists.exec()) {
            const QString error = exists.lastError().text();
            db.rollback();
            return fail(tr("Cannot read work orders"), error);
        }
        const bool present = exists.next();
        exists.finish();
        if (present) {
            found << wo.key;
            continue;
        }
        WorkOrderEvent e = events.at(i);
        e.workOrderKey = wo.key;
        e.toStatus = workOrderStatusKey(wo.status);
        if (!writeWorkOrder(wo, true) || !writeEvent(e)) {
            db.rollback();
            return false;
        }
    }
    if (existing)
        *existing = found;
    if (allOrNothing && !found.isEmpty()) {
        db.rollback();
        return true;
    }
    if (!db.commit())
        return fail(tr("Cannot save work orders"), db.lastError().text());
    return true;
}

bool WorkOrderStore::update(const WorkOrder &workOrder, const WorkOrderEvent &event)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(tr("Cannot start a transaction"), db.lastError().text());
    if (!writeWorkOrder(workOrder, false) || !writeEvent(event)) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(tr("Cannot save work order %1").arg(workOrder.key), db.lastError().text());
    return true;
}

bool WorkOrderStore::appendEvent(const WorkOrderEvent &event)
{
    return writeEvent(event);
}

bool WorkOrderStore::saveResults(const QString &workOrderKey, const StoredResults &results)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO results (work_order_key, deepomatic_id, "
                             "answer, fetched) VALUES (?, ?, ?, ?)"));
    q.addBindValue(workOrderKey);
    q.addBindValue(text(results.deepomaticId));
    q.addBindValue(QString::fromUtf8(results.json));
    q.addBindValue(
        toEpochMs(results.fetched.isValid() ? results.fetched : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return fail(tr("Cannot keep the results of %1").arg(workOrderKey), q.lastError().text());
    return true;
}

std::optional<WorkOrderStore::StoredResults>
WorkOrderStore::storedResults(const QString &workOrderKey) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT deepomatic_id, answer, fetched FROM results WHERE work_order_key = ?"));
    q.addBindValue(workOrderKey);
    if (!q.exec()) {
        fail(tr("Cannot read the results of %1").arg(workOrderKey), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return StoredResults{q.value(0).toString(), q.value(1).toString().toUtf8(),
                         fromEpochMs(q.value(2))};
}

QList<WorkOrderEvent> WorkOrderStore::events(const QString &workOrderKey) const
{
    QList<WorkOrderEvent> list;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, work_order_key, time, user, kind, from_status, to_status, "
                             "reason, data FROM events WHERE work_order_key = ? ORDER BY id"));
    q.addBindValue(workOrderKey);
    if (!q.exec()) {
        fail(tr("Cannot read events"), q.lastError().text());
        return list;
    }
    while (q.next()) {
        WorkOrderEvent e;
        e.id = q.value(0).toLongLong();
        e.workOrderKey = q.value(1).toString();
        e.time = fromEpochMs(q.value(2));
        e.user = q.value(3).toString();
        e.kind = q.value(4).toString();
        e.fromStatus = q.value(5).toString();
        e.toStatus = q.value(6).toString();
        e.reason = q.value(7).toString();
        e.data = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        list << e;
    }
    return list;
}
