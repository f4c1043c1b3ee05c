// The SQLite store on real files: migrations, round trips, atomic status changes with events.

#include "demoplanning.h"
#include "workorderstore.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
WorkOrder sample(const QString &key)
{
    WorkOrder wo;
    wo.key = key;
    wo.name = key;
    wo.siteProfile = QStringLiteral("sandbox");
    wo.plannedDate = QDate(2026, 12, 1);
    wo.address = QStringLiteral("12 rue de la Gare, Lyon");
    wo.technicianName = QStringLiteral("Camille Martin");
    wo.technicianEmail = QStringLiteral("camille.martin@example.com");
    wo.types = {QStringLiteral("installation"), QStringLiteral("raccordement")};
    wo.metadata = {{QStringLiteral("city"), QStringLiteral("Lyon")}, {QStringLiteral("floor"), 3}};
    wo.tags = {QStringLiteral("urgent")};
    return wo;
}

WorkOrderEvent auditEvent(const QString &kind)
{
    WorkOrderEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.user = QStringLiteral("tester");
    e.kind = kind;
    e.reason = QStringLiteral("because");
    return e;
}

// Schema version 1 exactly as FieldConnect 0.1 created it (kMigrations[0] in
// workorderstore.cpp): the migration must start from what is on disk, not from today's code.
const char *const kVersionOneSchema[] = {
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
       ))",
    "CREATE INDEX work_orders_by_plan ON work_orders(planned_date, key)",
    R"(CREATE TABLE events (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           work_order_key TEXT NOT NULL REFERENCES work_orders(key),
           time INTEGER NOT NULL,
           user TEXT NOT NULL DEFAULT '',
           kind TEXT NOT NULL,
           from_status TEXT,
           to_status TEXT,
           reason TEXT NOT NULL DEFAULT '',
           data TEXT NOT NULL DEFAULT '{}'
       ))",
    "CREATE INDEX events_by_work_order ON events(work_order_key, id)",
};

// Two work orders (one with every column set, one with every optional column NULL) and their
// events, written with the SQL version 1 used.
const char *const kVersionOneRows[] = {
    R"(INSERT INTO work_orders (key, name, site_profile, planned_date, address, technician_name,
           technician_email, types, metadata, tags, deepomatic_id, progress_value,
           progress_source, progress_verified, progress_time, status, launch_id, updated)
       VALUES ('WO-2026-0001', 'WO-2026-0001', 'acme-prod', '2026-05-04',
           '12 rue Garibaldi, 69003 Lyon', 'Camille Martin',
           'camille.martin@example.com', '["installation","raccordement"]',
           '{"customer_ref":"CUST-41001","floor":3,"urgent":true}', '["lyon","fibre"]',
           '7d9c2a64-3f0e-4b8e-9c61-0c4b2f1d9e77', 45, 'api', 1, 1777888800000, 'blocked',
           '0123456789abcdef0123456789abcdef', 1777888801000))",
    R"(INSERT INTO work_orders (key, name, status, updated)
       VALUES ('WO-2026-0002', 'WO-2026-0002', 'planned', 1777000000000))",
    R"(INSERT INTO events (work_order_key, time, user, kind, from_status, to_status, reason, data)
       VALUES ('WO-2026-0001', 1777000000000, 'camille', 'planned', NULL, 'planned',
           'Imported from planning.csv line 2.', '{"file":"planning.csv","line":2}'))",
    R"(INSERT INTO events (work_order_key, time, user, kind, from_status, to_status, reason, data)
       VALUES ('WO-2026-0001', 1777888800000, 'camille', 'progress_verified', 'in_progress',
           'blocked', 'Progress 45 %. At least 100 % is required.',
           '{"progress":45,"threshold":100}'))",
    R"(INSERT INTO events (work_order_key, time, kind, to_status)
       VALUES ('WO-2026-0002', 1777000000000, 'planned', 'planned'))",
};
} // namespace

class tst_WorkOrderStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createsAndMigratesANewFile();
    void reopensWithoutMigratingAgain();
    void refusesADatabaseFromANewerVersion();
    void migratesAVersionOneFileWithItsRows();
    void roundTripsEveryField();
    void insertIsAllOrNothing();
    void updateWritesTheEventInTheSameTransaction();
    void updateKeepsTheAuditTrail();
    void reportsAnUnwritableFile();
    void demoPlanningIsImportedOnce();
    void lastResultsAreKeptWithTheirDate();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void tst_WorkOrderStore::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

void tst_WorkOrderStore::createsAndMigratesANewFile()
{
    WorkOrderStore store;
    QVERIFY2(store.open(m_file), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), WorkOrderStore::SchemaVersion);
    QCOMPARE(store.count(), 0);
    QVERIFY(QFile::exists(m_file));
}

void tst_WorkOrderStore::reopensWithoutMigratingAgain()
{
    {
        WorkOrderStore store;
        QVERIFY(store.open(m_file));
        QVERIFY(
            store.insert({sample(QStringLiteral("WO-1"))}, auditEvent(QStringLiteral("planned"))));
    }
    WorkOrderStore store;
    QVERIFY2(store.open(m_file), qPrintable(store.lastError()));
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.schemaVersion(), WorkOrderStore::SchemaVersion);
}

void tst_WorkOrderStore::refusesADatabaseFromANewerVersion()
{
    {
        WorkOrderStore store;
        QVERIFY(store.open(m_file));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    WorkOrderStore store;
    QVERIFY(!store.open(m_file));
    QVERIFY2(store.lastError().contains(QLatin1String("newer")), qPrintable(store.lastError()));
}

void tst_WorkOrderStore::migratesAVersionOneFileWithItsRows()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *statement : kVersionOneSchema)
            QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
        for (const char *statement : kVersionOneRows)
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    WorkOrderStore store;
    QVERIFY2(store.open(m_file), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), WorkOrderStore::SchemaVersion);
    QCOMPARE(store.count(), 2);

    // Every value of version 1, as it was.
    const auto full = store.find(QStringLiteral("WO-2026-0001"));
    QVERIFY(full);
    QCOMPARE(full->name, QStringLiteral("WO-2026-0001"));
    QCOMPARE(full->siteProfile, QStringLiteral("acme-prod"));
    QCOMPARE(full->plannedDate, QDate(2026, 5, 4));
    QCOMPARE(full->address, QStringLiteral("12 rue Garibaldi, 69003 Lyon"));
    QCOMPARE(full->technicianName, QStringLiteral("Camille Martin"));
    QCOMPARE(full->technicianEmail, QStringLiteral("camille.martin@example.com"));
    QCOMPARE(full->types,
             (QStringList{QStringLiteral("installation"), QStringLiteral("raccordement")}));
    QCOMPARE(full->metadata,
             (QJsonObject{{QStringLiteral("customer_ref"), QStringLiteral("CUST-41001")},
                          {QStringLiteral("floor"), 3},
                          {QStringLiteral("urgent"), true}}));
    QCOMPARE(full->tags, (QStringList{QStringLiteral("lyon"), QStringLiteral("fibre")}));
    QCOMPARE(full->deepomaticId, QStringLiteral("7d9c2a64-3f0e-4b8e-9c61-0c4b2f1d9e77"));
    QCOMPARE(full->lastProgress.value, 45);
    QCOMPARE(full->lastProgress.source, ProgressReading::Source::Api);
    QVERIFY(full->lastProgress.verified);
    QCOMPARE(full->lastProgress.time, QDateTime::fromMSecsSinceEpoch(1777888800000, Qt::UTC));
    QCOMPARE(full->status, WorkOrderStatus::Blocked);
    QCOMPARE(full->launchId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(full->updated, QDateTime::fromMSecsSinceEpoch(1777888801000, Qt::UTC));

    const auto bare = store.find(QStringLiteral("WO-2026-0002"));
    QVERIFY(bare);
    QCOMPARE(bare->status, WorkOrderStatus::Planned);
    QVERIFY(!bare->plannedDate.isValid());
    QVERIFY(bare->deepomaticId.isEmpty());
    QVERIFY(!bare->lastProgress.isValid());
    QVERIFY(bare->types.isEmpty());
    QVERIFY(bare->metadata.isEmpty());
    QVERIFY(bare->launchId.isEmpty());

    // The columns version 2 added take their defaults.
    QVERIFY(!full->needsReview);
    QVERIFY(!bare->needsReview);

    // The audit trail, line for line.
    const QList<WorkOrderEvent> events = store.events(QStringLiteral("WO-2026-0001"));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).id, qint64(1));
    QCOMPARE(events.at(0).time, QDateTime::fromMSecsSinceEpoch(1777000000000, Qt::UTC));
    QCOMPARE(events.at(0).user, QStringLiteral("camille"));
    QCOMPARE(events.at(0).kind, QStringLiteral("planned"));
    QVERIFY(events.at(0).fromStatus.isEmpty());
    QCOMPARE(events.at(0).toStatus, QStringLiteral("planned"));
    QCOMPARE(events.at(0).reason, QStringLiteral("Imported from planning.csv line 2."));
    QCOMPARE(events.at(0).data,
             (QJsonObject{{QStringLiteral("file"), QStringLiteral("planning.csv")},
                          {QStringLiteral("line"), 2}}));
    QCOMPARE(events.at(1).id, qint64(2));
    QCOMPARE(events.at(1).kind, QStringLiteral("progress_verified"));
    QCOMPARE(events.at(1).fromStatus, QStringLiteral("in_progress"));
    QCOMPARE(events.at(1).toStatus, QStringLiteral("blocked"));
    QCOMPARE(events.at(1).reason, QStringLiteral("Progress 45 %. At least 100 % is required."));
    QCOMPARE(events.at(1).data,
             (QJsonObject{{QStringLiteral("progress"), 45}, {QStringLiteral("threshold"), 100}}));
    const QList<WorkOrderEvent> bareEvents = store.events(QStringLiteral("WO-2026-0002"));
    QCOMPARE(bareEvents.size(), 1);
    QCOMPARE(bareEvents.at(0).id, qint64(3));
    QVERIFY(bareEvents.at(0).user.isEmpty()); // version 1's default
    QVERIFY(bareEvents.at(0).reason.isEmpty());
    QVERIFY(bareEvents.at(0).data.isEmpty());

    // The tables version 2 added exist, empty, and the migrated file takes new writes.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE needs_review = 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    WorkOrder updated = *full;
    updated.needsReview = true;
    WorkOrderEvent flagged = auditEvent(QStringLiteral("flagged_for_review"));
    flagged.workOrderKey = updated.key;
    QVERIFY2(store.update(updated, flagged), qPrintable(store.lastError()));
    QVERIFY(store.find(updated.key)->needsReview);
    QCOMPARE(store.events(updated.key).size(), 3);
    QCOMPARE(store.events(updated.key).constLast().id, qint64(4)); // ids go on from version 1's
}

void tst_WorkOrderStore::roundTripsEveryField()
{
    WorkOrderStore store;
    QVERIFY(store.open(m_file));
    WorkOrder wo = sample(QStringLiteral("WO-2026-0001"));
    wo.deepomaticId = QStringLiteral("7d9c2a64-3f0e-4b8e-9c61-0c4b2f1d9e77");
    wo.status = WorkOrderStatus::Blocked;
    wo.lastProgress =
        ProgressReading::fromApi(45, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    wo.launchId = QStringLiteral("0123456789abcdef0123456789abcdef");
    QVERIFY(store.insert({wo}, auditEvent(QStringLiteral("planned"))));

    const auto back = store.find(wo.key);
    QVERIFY(back);
    QCOMPARE(back->name, wo.name);
    QCOMPARE(back->siteProfile, wo.siteProfile);
    QCOMPARE(back->plannedDate, wo.plannedDate);
    QCOMPARE(back->address, wo.address);
    QCOMPARE(back->technicianName, wo.technicianName);
    QCOMPARE(back->technicianEmail, wo.technicianEmail);
    QCOMPARE(back->types, wo.types);
    QCOMPARE(back->metadata, wo.metadata);
    QCOMPARE(back->tags, wo.tags);
    QCOMPARE(back->deepomaticId, wo.deepomaticId);
    QCOMPARE(back->status, WorkOrderStatus::Blocked);
    QCOMPARE(back->lastProgress.value, 45);
    QCOMPARE(back->lastProgress.source, ProgressReading::Source::Api);
    QVERIFY(back->lastProgress.verified);
    QCOMPARE(back->lastProgress.time, wo.lastProgress.time);
    QCOMPARE(back->launchId, wo.launchId);
    QVERIFY(!store.find(QStringLiteral("nope")));
    QCOMPARE(store.loadAll().size(), 1);
}

void tst_WorkOrderStore::insertIsAllOrNothing()
{
    WorkOrderStore store;
    QVERIFY(store.open(m_file));
    QVERIFY(store.insert({sample(QStringLiteral("A"))}, auditEvent(QStringLiteral("planned"))));
    // B is new but A already exists: nothing of the batch may be kept.
    QVERIFY(!store.insert({sample(QStringLiteral("B")), sample(QStringLiteral("A"))},
                          auditEvent(QStringLiteral("planned"))));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.count(), 1);
    QVERIFY(!store.find(QStringLiteral("B")));
    QCOMPARE(store.events(QStringLiteral("B")).size(), 0);
}

void tst_WorkOrderStore::updateWritesTheEventInTheSameTransaction()
{
    WorkOrderStore store;
    QVERIFY(store.open(m_file));
    QVERIFY(store.insert({sample(QStringLiteral("A"))}, auditEvent(QStringLiteral("planned"))));
    WorkOrder wo = *store.find(QStringLiteral("A"));
    wo.status = WorkOrderStatus::Closed;
    // An event for a work order that does not exist breaks the foreign key: the status change
    // must be rolled back with it.
    WorkOrderEvent orphan = auditEvent(QStringLiteral("closed"));
    orphan.workOrderKey = QStringLiteral("missing");
    QVERIFY(!store.update(wo, orphan));
    QCOMPARE(store.find(QStringLiteral("A"))->status, WorkOrderStatus::Planned);
}

void tst_WorkOrderStore::updateKeepsTheAuditTrail()
{
    WorkOrderStore store;
    QVERIFY(store.open(m_file));
    QVERIFY(store.insert({sample(QStringLiteral("A"))}, auditEvent(QStringLiteral("planned"))));
    WorkOrder wo = *store.find(QStringLiteral("A"));
    wo.status = WorkOrderStatus::ReadyToClose;
    WorkOrderEvent e = auditEvent(QStringLiteral("progress_verified"));
    e.workOrderKey = wo.key;
    e.fromStatus = QStringLiteral("in_progress");
    e.toStatus = QStringLiteral("ready_to_close");
    e.data = {{QStringLiteral("verified"), 100}};
    QVERIFY2(store.update(wo, e), qPrintable(store.lastError()));
    // An update is an upsert that must not delete the row the events point to.
    QVERIFY(store.update(wo, e));

    const QList<WorkOrderEvent> trail = store.events(QStringLiteral("A"));
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(0).kind, QStringLiteral("planned"));
    QCOMPARE(trail.at(0).toStatus, QStringLiteral("planned"));
    QCOMPARE(trail.at(1).kind, QStringLiteral("progress_verified"));
    QCOMPARE(trail.at(1).fromStatus, QStringLiteral("in_progress"));
    QCOMPARE(trail.at(1).toStatus, QStringLiteral("ready_to_close"));
    QCOMPARE(trail.at(1).user, QStringLiteral("tester"));
    QCOMPARE(trail.at(1).reason, QStringLiteral("because"));
    QCOMPARE(trail.at(1).data.value(QStringLiteral("verified")).toInt(), 100);
    QVERIFY(trail.at(1).time.isValid());
    QCOMPARE(store.find(QStringLiteral("A"))->status, WorkOrderStatus::ReadyToClose);
}

void tst_WorkOrderStore::reportsAnUnwritableFile()
{
    WorkOrderStore store;
    QVERIFY(!store.open(m_dir.filePath(QStringLiteral("no/such/dir/db.sqlite"))));
    QVERIFY(store.lastError().contains(QLatin1String("no/such/dir")));
}

void tst_WorkOrderStore::demoPlanningIsImportedOnce()
{
    WorkOrderStore store;
    QVERIFY(store.open(m_file));
    QList<QJsonObject> seed;
    for (int i = 0; i < 6; ++i)
        seed << QJsonObject{
            {QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i)},
            {QStringLiteral("name"), QStringLiteral("WO-%1").arg(i)},
            {QStringLiteral("types"), QJsonArray{QStringLiteral("installation")}},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("address"), QStringLiteral("1 rue")},
                         {QStringLiteral("city"), QStringLiteral("Nantes")}}},
            {QStringLiteral("field_engineer_email"), QStringLiteral("a@example.com")}};
    QString error;
    QVERIFY2(DemoPlanning::ensureImported(store, seed, QStringLiteral("sandbox"), &error),
             qPrintable(error));
    QCOMPARE(store.count(), 6);
    const auto created = store.find(QStringLiteral("WO-5"));
    QVERIFY(created);
    QCOMPARE(created->status, WorkOrderStatus::Created);
    QCOMPARE(created->address, QStringLiteral("1 rue, Nantes"));
    const auto local = store.find(QStringLiteral("WO-0-NEW"));
    QVERIFY(local);
    QCOMPARE(local->status, WorkOrderStatus::Planned);
    QVERIFY(local->deepomaticId.isEmpty());

    // The user changed one; a second start must not re-add or overwrite anything.
    WorkOrder changed = *created;
    changed.status = WorkOrderStatus::Closed;
    WorkOrderEvent e = auditEvent(QStringLiteral("closed"));
    e.workOrderKey = changed.key;
    QVERIFY(store.update(changed, e));
    QVERIFY(DemoPlanning::ensureImported(store, seed, QStringLiteral("sandbox"), &error));
    QCOMPARE(store.count(), 6);
    QCOMPARE(store.find(QStringLiteral("WO-5"))->status, WorkOrderStatus::Closed);
}

void tst_WorkOrderStore::lastResultsAreKeptWithTheirDate()
{
    const QDateTime first(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    const QDateTime second(QDate(2026, 11, 3), QTime(8, 30), Qt::UTC);
    {
        WorkOrderStore store;
        QVERIFY(store.open(m_file));
        QVERIFY(
            store.insert({sample(QStringLiteral("WO-1"))}, auditEvent(QStringLiteral("planned"))));
        QVERIFY(!store.storedResults(QStringLiteral("WO-1")));
        QVERIFY2(store.saveResults(QStringLiteral("WO-1"),
                                   {QStringLiteral("7d9c2a64-3f0e-4b8e-9c61-0c4b2f1d9e77"),
                                    QByteArrayLiteral("{\"progress_score\":40}"), first}),
                 qPrintable(store.lastError()));
        // A newer answer replaces the older one.
        QVERIFY(store.saveResults(QStringLiteral("WO-1"),
                                  {QStringLiteral("7d9c2a64-3f0e-4b8e-9c61-0c4b2f1d9e77"),
                                   QByteArrayLiteral("{\"progress_score\":85,\"name\":\"é\"}"),
                                   second}));
        // Only a work order this store knows has results kept.
        QVERIFY(!store.saveResults(QStringLiteral("WO-unknown"),
                                   {QStringLiteral("x"), QByteArrayLiteral("{}"), first}));
    }
    WorkOrderStore store; // as after a restart, offline
    QVERIFY(store.open(m_file));
    const auto kept = store.storedResults(QStringLiteral("WO-1"));
    QVERIFY(kept);
    QCOMPARE(kept->deepomaticId, QStringLiteral("7d9c2a64-3f0e-4b8e-9c61-0c4b2f1d9e77"));
    QCOMPARE(kept->json, QByteArrayLiteral("{\"progress_score\":85,\"name\":\"é\"}"));
    QCOMPARE(kept->fetched, second);
}

QTEST_GUILESS_MAIN(tst_WorkOrderStore)
#include "tst_workorderstore.moc"
