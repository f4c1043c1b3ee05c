#include "benchfilter.h"

#include "baselinetablemodel.h"
#include "benchfigure.h"
#include "benchreport.h"
#include "workorder.h"
#include "workorderfiltermodel.h"
#include "workordertablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const char *const kCities[] = {"Lyon", "Paris", "Bordeaux", "Lille", "Nantes", "Toulouse"};
const char *const kTechnicians[] = {"Camille Martin", "Youssef Benali", "Léa Dubois",
                                    "Thomas Nguyen", "Inès Moreau"};
const WorkOrderStatus kStatuses[] = {WorkOrderStatus::Planned,      WorkOrderStatus::Created,
                                     WorkOrderStatus::InProgress,   WorkOrderStatus::Blocked,
                                     WorkOrderStatus::ReadyToClose, WorkOrderStatus::Closed};

QList<WorkOrder> workOrders(int count)
{
    QList<WorkOrder> list;
    list.reserve(count);
    const QDate first(2026, 6, 1);
    for (int i = 0; i < count; ++i) {
        WorkOrder wo;
        wo.key = wo.name = QStringLiteral("WO-BENCH-%1").arg(100000 + i);
        wo.siteProfile = QStringLiteral("sandbox");
        wo.plannedDate = first.addDays(i / 40);
        wo.address = QStringLiteral("%1 rue de la République, %2")
                         .arg(i % 200 + 1)
                         .arg(QString::fromLatin1(kCities[i % 6]));
        wo.technicianName = QString::fromUtf8(kTechnicians[i % 5]);
        wo.status = kStatuses[i % 6];
        wo.types = QStringList{QStringLiteral("maintenance")};
        list << wo;
    }
    return list;
}

void likeTheWindow(QTableView *table)
{
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(48);
    table->resize(1280, 800);
    table->show();
}

// The steps of typing, deleting a letter and clearing, each timed until the table is painted.
const QStringList kSteps{QStringLiteral("l"),    QStringLiteral("ly"),  QStringLiteral("lyo"),
                         QStringLiteral("lyon"), QStringLiteral("lyo"), QString()};
constexpr int kFirstLetter = 0;
constexpr int kDeletedLetter = 4;
constexpr int kCleared = 5;

QList<double> stepTimes(QTableView *table, const std::function<void(const QString &)> &setText)
{
    QList<double> times;
    QElapsedTimer timer;
    for (const QString &text : kSteps) {
        timer.start();
        setText(text);
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return times;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

} // namespace

void BenchFilter::run(BenchReport *report)
{
    BenchFigure figure;
    figure.id = QStringLiteral("filter");
    figure.label =
        QStringLiteral("Filter %1 work orders: slowest keystroke, clearing included").arg(Rows);
    figure.target = BenchFigure::Target::AbsoluteMs;
    figure.targetValue = 16; // one frame

    const QList<WorkOrder> list = workOrders(Rows);
    QList<BaselineTableModel::Row> bareRows;
    bareRows.reserve(list.size());
    for (const WorkOrder &wo : list)
        bareRows << BaselineTableModel::Row{wo.name,           workOrderStatusKey(wo.status),
                                            QVariant(),        wo.plannedDate.toString(Qt::ISODate),
                                            wo.technicianName, wo.address};

    WorkOrderTableModel model;
    model.setWorkOrders(list);
    WorkOrderFilterModel filter;
    filter.setWorkOrderModel(&model);
    QTableView table;
    table.setModel(&filter);
    likeTheWindow(&table);
    table.sortByColumn(WorkOrderTableModel::PlannedColumn, Qt::AscendingOrder);

    BaselineTableModel bareModel;
    bareModel.setRows(bareRows);
    QSortFilterProxyModel bareFilter;
    bareFilter.setSourceModel(&bareModel);
    bareFilter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    bareFilter.setFilterKeyColumn(-1); // every column
    QTableView bareTable;
    bareTable.setModel(&bareFilter);
    likeTheWindow(&bareTable);
    bareTable.sortByColumn(3, Qt::AscendingOrder);
    QCoreApplication::processEvents();

    // Beside the slowest step, the steps the target names: the median keystroke, the first
    // letter, a deleted letter and the clearing.
    BenchFigure steps[4];
    const char *const stepIds[] = {"filter-median", "filter-first", "filter-deleted",
                                   "filter-cleared"};
    const char *const stepLabels[] = {"median keystroke", "first letter", "a letter deleted",
                                      "the field cleared"};
    for (int i = 0; i < 4; ++i) {
        steps[i].id = QString::fromLatin1(stepIds[i]);
        steps[i].label = QStringLiteral("Filter %1 work orders: %2")
                             .arg(Rows)
                             .arg(QString::fromLatin1(stepLabels[i]));
        steps[i].target = BenchFigure::Target::AbsoluteMs;
        steps[i].targetValue = 16;
    }
    auto add = [&steps](bool subject, const QList<double> &times) {
        const double values[] = {median(times), times.at(kFirstLetter), times.at(kDeletedLetter),
                                 times.at(kCleared)};
        for (int i = 0; i < 4; ++i)
            (subject ? steps[i].subject : steps[i].baseline).add(values[i]);
    };
    for (int run = 0; run < m_options.repeat; ++run) {
        std::fprintf(stderr, "filter: run %d of %d\n", run + 1, m_options.repeat);
        const QList<double> bare = stepTimes(
            &bareTable, [&bareFilter](const QString &t) { bareFilter.setFilterFixedString(t); });
        const QList<double> ours =
            stepTimes(&table, [&filter](const QString &t) { filter.setSearchText(t); });
        figure.baseline.add(*std::max_element(bare.cbegin(), bare.cend()));
        figure.subject.add(*std::max_element(ours.cbegin(), ours.cend()));
        add(false, bare);
        add(true, ours);
    }
    if (filter.rowCount() != Rows || bareFilter.rowCount() != Rows)
        figure.error = QStringLiteral("the cleared filter does not show every work order");
    figure.note = QStringLiteral("baseline: a bare QSortFilterProxyModel over a plain table "
                                 "model in a bare QTableView, the same rows and keystrokes");
    report->add(figure);
    for (BenchFigure &step : steps) {
        step.error = figure.error;
        report->add(step);
    }
}
