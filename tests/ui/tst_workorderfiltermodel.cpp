// The list's sorted and filtered view of the work orders, checked by Qt's own model tester at
// every step: narrowing and widening searches, the status filter, sorting both ways, and single
// work orders changing in the source (moved alone with the current row, hidden, shown, added).

#include "workorder.h"
#include "workorderfiltermodel.h"
#include "workordertablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QTest>

class tst_WorkOrderFilterModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchNarrowsAndWidensToTheSameRows();
    void statusAndSearchCombine();
    void sortsEitherWayWithTheKeyBreakingTies();
    void aChangedWorkOrderMovesAloneWithTheCurrentRow();
    void aChangedWorkOrderComesAndGoesWithTheFilter();
    void aNewWorkOrderTakesItsPlace();
    void headersStayWhenNothingIsShown();

private:
    QStringList keys() const;
    WorkOrder make(int i, WorkOrderStatus status, const QString &city) const;

    WorkOrderTableModel *m_source = nullptr;
    WorkOrderFilterModel *m_filter = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

WorkOrder tst_WorkOrderFilterModel::make(int i, WorkOrderStatus status, const QString &city) const
{
    WorkOrder wo;
    wo.key = wo.name = QStringLiteral("WO-%1").arg(i, 2, 10, QLatin1Char('0'));
    wo.address = QStringLiteral("%1 rue Haute, %2").arg(i).arg(city);
    wo.plannedDate = QDate(2026, 6, 1).addDays(i % 3);
    wo.status = status;
    return wo;
}

void tst_WorkOrderFilterModel::init()
{
    m_source = new WorkOrderTableModel(this);
    QList<WorkOrder> list;
    const QStringList cities{QStringLiteral("Lyon"), QStringLiteral("Paris"),
                             QStringLiteral("Lille")};
    for (int i = 1; i <= 12; ++i)
        list << make(i, i % 2 ? WorkOrderStatus::Planned : WorkOrderStatus::Blocked,
                     cities.at(i % 3));
    m_source->setWorkOrders(list);
    m_filter = new WorkOrderFilterModel(this);
    m_filter->setWorkOrderModel(m_source);
    m_tester = new QAbstractItemModelTester(
        m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_filter->sort(WorkOrderTableModel::NameColumn);
}

void tst_WorkOrderFilterModel::cleanup()
{
    delete m_tester;
    delete m_filter;
    delete m_source;
}

QStringList tst_WorkOrderFilterModel::keys() const
{
    QStringList out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        out << m_filter->index(row, 0).data(WorkOrderTableModel::KeyRole).toString();
    return out;
}

void tst_WorkOrderFilterModel::searchNarrowsAndWidensToTheSameRows()
{
    QCOMPARE(m_filter->rowCount(), 12);
    m_filter->setSearchText(QStringLiteral("l"));
    QCOMPARE(m_filter->rowCount(), 8); // Lyon and Lille
    m_filter->setSearchText(QStringLiteral("ly"));
    const QStringList lyon = keys();
    QCOMPARE(lyon, (QStringList{QStringLiteral("WO-03"), QStringLiteral("WO-06"),
                                QStringLiteral("WO-09"), QStringLiteral("WO-12")}));
    m_filter->setSearchText(QStringLiteral("lyon"));
    QCOMPARE(keys(), lyon);
    m_filter->setSearchText(QStringLiteral("LYON ")); // folded and trimmed: no change
    QCOMPARE(keys(), lyon);
    m_filter->setSearchText(QStringLiteral("lil"));
    QCOMPARE(m_filter->rowCount(), 4);
    m_filter->setSearchText(QString());
    QCOMPARE(m_filter->rowCount(), 12);
    for (int row = 0; row < 12; ++row)
        QCOMPARE(m_filter->mapFromSource(m_filter->mapToSource(m_filter->index(row, 2))),
                 m_filter->index(row, 2));
}

void tst_WorkOrderFilterModel::statusAndSearchCombine()
{
    m_filter->setStatusKey(workOrderStatusKey(WorkOrderStatus::Blocked));
    QCOMPARE(m_filter->rowCount(), 6);
    m_filter->setSearchText(QStringLiteral("paris"));
    QCOMPARE(keys(), (QStringList{QStringLiteral("WO-04"), QStringLiteral("WO-10")}));
    m_filter->setStatusKey({});
    QCOMPARE(keys(), (QStringList{QStringLiteral("WO-01"), QStringLiteral("WO-04"),
                                  QStringLiteral("WO-07"), QStringLiteral("WO-10")}));
}

void tst_WorkOrderFilterModel::sortsEitherWayWithTheKeyBreakingTies()
{
    m_filter->sort(WorkOrderTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(keys().constFirst(), QStringLiteral("WO-12"));
    QCOMPARE(keys().constLast(), QStringLiteral("WO-01"));
    m_filter->sort(WorkOrderTableModel::PlannedColumn);
    // Days 0, 1, 2 by i % 3; within a day by key.
    QCOMPARE(keys().mid(0, 4), (QStringList{QStringLiteral("WO-03"), QStringLiteral("WO-06"),
                                            QStringLiteral("WO-09"), QStringLiteral("WO-12")}));
}

void tst_WorkOrderFilterModel::aChangedWorkOrderMovesAloneWithTheCurrentRow()
{
    m_filter->sort(WorkOrderTableModel::StatusColumn);
    QItemSelectionModel selection(m_filter);
    const int row = int(keys().indexOf(QStringLiteral("WO-05")));
    selection.setCurrentIndex(m_filter->index(row, 0), QItemSelectionModel::SelectCurrent);
    WorkOrder wo = *m_source->workOrderAt(m_source->rowOf(QStringLiteral("WO-05")));
    wo.status = WorkOrderStatus::Closed; // sorts after planned and blocked
    m_source->upsert(wo);
    QCOMPARE(keys().constLast(), QStringLiteral("WO-05"));
    QCOMPARE(selection.currentIndex().data(WorkOrderTableModel::KeyRole).toString(),
             QStringLiteral("WO-05"));
    QCOMPARE(m_filter->rowCount(), 12);
}

void tst_WorkOrderFilterModel::aChangedWorkOrderComesAndGoesWithTheFilter()
{
    m_filter->setSearchText(QStringLiteral("lyon"));
    QCOMPARE(m_filter->rowCount(), 4);
    WorkOrder wo = *m_source->workOrderAt(m_source->rowOf(QStringLiteral("WO-03")));
    wo.address = QStringLiteral("3 rue Basse, Nantes");
    m_source->upsert(wo);
    QVERIFY(!keys().contains(QStringLiteral("WO-03")));
    wo.address = QStringLiteral("3 rue Basse, Lyon");
    m_source->upsert(wo);
    QCOMPARE(keys(), (QStringList{QStringLiteral("WO-03"), QStringLiteral("WO-06"),
                                  QStringLiteral("WO-09"), QStringLiteral("WO-12")}));
}

void tst_WorkOrderFilterModel::aNewWorkOrderTakesItsPlace()
{
    m_filter->setSearchText(QStringLiteral("lyon"));
    m_source->upsert(make(7, WorkOrderStatus::Planned, QStringLiteral("Paris"))); // as it was
    m_source->upsert(make(20, WorkOrderStatus::Planned, QStringLiteral("Lyon")));
    m_source->upsert(make(21, WorkOrderStatus::Planned, QStringLiteral("Brest")));
    QCOMPARE(keys(),
             (QStringList{QStringLiteral("WO-03"), QStringLiteral("WO-06"), QStringLiteral("WO-09"),
                          QStringLiteral("WO-12"), QStringLiteral("WO-20")}));
    m_filter->setSearchText(QString());
    QCOMPARE(m_filter->rowCount(), 14);
    QCOMPARE(keys().constLast(), QStringLiteral("WO-21"));
}

void tst_WorkOrderFilterModel::headersStayWhenNothingIsShown()
{
    const QVariant name = m_filter->headerData(WorkOrderTableModel::NameColumn, Qt::Horizontal);
    QVERIFY(!name.toString().isEmpty());
    m_filter->setSearchText(QStringLiteral("zzz"));
    QCOMPARE(m_filter->rowCount(), 0);
    QCOMPARE(m_filter->headerData(WorkOrderTableModel::NameColumn, Qt::Horizontal), name);
}

QTEST_MAIN(tst_WorkOrderFilterModel)
#include "tst_workorderfiltermodel.moc"
