// The SQLite store on real files: migrations, round trips, atomic status changes with events.

#include "demoplanning.h"
#include "workorderstore.h"

#include <QJsonArray>
#include <QSqlDatabase>
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
} // namespace

class tst_WorkOrderStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createsAndMigratesANewFile();
    void reopensWithoutMigratingAgain();
    void refusesADatabaseFromANewerVersion();
    void roundTripsEveryField();
    void insertIsAllOrNothing();
    void updateWritesTheEventInTheSameTransaction();
    void updateKeepsTheAuditTrail();
    void reportsAnUnwritableFile();
    void demoPlanningIsImportedOnce();

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

QTEST_GUILESS_MAIN(tst_WorkOrderStore)
#include "tst_workorderstore.moc"
