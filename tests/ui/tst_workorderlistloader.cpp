// The start-up list loader: slices read in parallel must give exactly the rows, the order and
// the search text that one reader gives.

#include "workorderlistloader.h"
#include "workorderstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
WorkOrder planned(int i)
{
    WorkOrder wo;
    wo.key = QStringLiteral("WO-%1").arg(i, 5, 10, QLatin1Char('0'));
    // Keys inserted out of order, so that row ids and the list's order disagree.
    wo.name = QStringLiteral("Intervention_%1").arg(i);
    wo.siteProfile = QStringLiteral("sandbox");
    // Many work orders share a day, some have none (NULL sorts first in the store's order).
    if (i % 7 != 0)
        wo.plannedDate = QDate(2026, 12, 1).addDays((i * 37) % 11);
    wo.address = QStringLiteral("%1 rue de la Gare, Lyon").arg(i);
    wo.technicianName = i % 2 ? QStringLiteral("Camille Martin") : QStringLiteral("Jonas Weber");
    wo.technicianEmail = QStringLiteral("tech%1@example.com").arg(i % 5);
    wo.types = {QStringLiteral("installation")};
    if (i % 3 == 0)
        wo.tags = {QStringLiteral("urgent"), QStringLiteral("étage")};
    return wo;
}

WorkOrderRows wait(QFuture<WorkOrderRows> future)
{
    future.waitForFinished();
    return future.result();
}
} // namespace

class tst_WorkOrderListLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void slicesAreDisjointAndCoverEverything();
    void parallelReadersGiveTheStoresOrder_data();
    void parallelReadersGiveTheStoresOrder();
    void readsTheSiteProfilesWorkOrdersOnly_data();
    void readsTheSiteProfilesWorkOrdersOnly();
    void emptyDatabaseGivesNoRows();
    void missingFileGivesNoRows();

private:
    QTemporaryDir m_dir;
    QString m_file;
    QList<WorkOrder> m_expected;
};

void tst_WorkOrderListLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("fieldconnect.sqlite"));
    WorkOrderStore store;
    QVERIFY2(store.open(m_file), qPrintable(store.lastError()));
    QList<WorkOrder> all;
    for (int i = 0; i < 1003; ++i)
        all << planned((i * 389) % 1003); // a permutation: row ids are not in key order
    WorkOrderEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = QStringLiteral("planned");
    event.reason = QStringLiteral("test");
    QVERIFY2(store.insert(all, event), qPrintable(store.lastError()));
    m_expected = store.loadAll(WorkOrderStore::Detail::ListOnly);
    QCOMPARE(m_expected.size(), 1003);
}

void tst_WorkOrderListLoader::slicesAreDisjointAndCoverEverything()
{
    QSet<QString> seen;
    for (int part = 0; part < 3; ++part) {
        const QList<WorkOrder> slice =
            WorkOrderStore::loadSliceFrom(m_file, WorkOrderStore::Detail::ListOnly, part, 3);
        QVERIFY(slice.size() > 300);
        for (const WorkOrder &wo : slice) {
            QVERIFY2(!seen.contains(wo.key), qPrintable(wo.key));
            seen.insert(wo.key);
        }
    }
    QCOMPARE(seen.size(), m_expected.size());
    // A part outside the parts is nothing, not everything.
    QVERIFY(
        WorkOrderStore::loadSliceFrom(m_file, WorkOrderStore::Detail::ListOnly, 3, 3).isEmpty());
}

void tst_WorkOrderListLoader::parallelReadersGiveTheStoresOrder_data()
{
    QTest::addColumn<int>("readers");
    QTest::newRow("one reader") << 1;
    QTest::newRow("two readers") << 2;
    QTest::newRow("three readers") << 3;
    QTest::newRow("four readers") << 4;
    QTest::newRow("more than allowed") << 64;
    QTest::newRow("one per core") << 0;
}

void tst_WorkOrderListLoader::parallelReadersGiveTheStoresOrder()
{
    QFETCH(int, readers);
    const WorkOrderRows rows = wait(WorkOrderListLoader::load(m_file, {}, readers));
    QCOMPARE(rows.workOrders.size(), m_expected.size());
    QCOMPARE(rows.searchTexts.size(), m_expected.size());
    for (qsizetype i = 0; i < m_expected.size(); ++i) {
        const WorkOrder &got = rows.workOrders.at(i);
        const WorkOrder &want = m_expected.at(i);
        QCOMPARE(got.key, want.key);
        QCOMPARE(got.plannedDate, want.plannedDate);
        QCOMPARE(got.technicianName, want.technicianName);
        QCOMPARE(got.tags, want.tags);
        QCOMPARE(rows.searchTexts.at(i), want.searchText().toUtf8());
    }
}

void tst_WorkOrderListLoader::readsTheSiteProfilesWorkOrdersOnly_data()
{
    QTest::addColumn<int>("readers");
    QTest::newRow("one reader") << 1;
    QTest::newRow("two readers") << 2;
}

void tst_WorkOrderListLoader::readsTheSiteProfilesWorkOrdersOnly()
{
    // Two sites' work orders in one database, and some planned before work orders had a site
    // profile (they belong to whichever site is in use): each list shows its site's only.
    QFETCH(int, readers);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("two-sites.sqlite"));
    {
        WorkOrderStore store;
        QVERIFY(store.open(file));
        QList<WorkOrder> all;
        for (int i = 0; i < 30; ++i) {
            WorkOrder wo = planned(i);
            wo.siteProfile = i % 3 == 0   ? QStringLiteral("north")
                             : i % 3 == 1 ? QStringLiteral("south")
                                          : QString();
            all << wo;
        }
        WorkOrderEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.kind = QStringLiteral("planned");
        event.reason = QStringLiteral("test");
        QVERIFY2(store.insert(all, event), qPrintable(store.lastError()));
    }
    for (const QString &site : {QStringLiteral("north"), QStringLiteral("south")}) {
        const WorkOrderRows rows = wait(WorkOrderListLoader::load(file, site, readers));
        QCOMPARE(rows.workOrders.size(), 20);
        QCOMPARE(rows.searchTexts.size(), 20);
        for (const WorkOrder &wo : rows.workOrders)
            QVERIFY2(wo.siteProfile == site || wo.siteProfile.isEmpty(), qPrintable(wo.key));
    }
    QCOMPARE(wait(WorkOrderListLoader::load(file, {}, readers)).workOrders.size(), 30);
    QCOMPARE(
        wait(WorkOrderListLoader::load(file, QStringLiteral("west"), readers)).workOrders.size(),
        10);
}

void tst_WorkOrderListLoader::emptyDatabaseGivesNoRows()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        WorkOrderStore store;
        QVERIFY(store.open(file));
    }
    const WorkOrderRows rows = wait(WorkOrderListLoader::load(file, {}, 4));
    QVERIFY(rows.workOrders.isEmpty());
    QVERIFY(rows.searchTexts.isEmpty());
}

void tst_WorkOrderListLoader::missingFileGivesNoRows()
{
    // A directory where the database should be: every reader fails, the list is empty.
    QTemporaryDir dir;
    const WorkOrderRows rows = wait(WorkOrderListLoader::load(dir.path(), {}, 2));
    QVERIFY(rows.workOrders.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WorkOrderListLoader)
#include "tst_workorderlistloader.moc"
