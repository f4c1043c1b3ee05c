#include "workorderfiltermodel.h"

#include "workordertablemodel.h"

WorkOrderFilterModel::WorkOrderFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WorkOrderTableModel::SortRole);
    m_collator.setNumericMode(true); // WO-9 before WO-10
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void WorkOrderFilterModel::setWorkOrderModel(WorkOrderTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void WorkOrderFilterModel::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    refilter([this, &folded] { m_text = folded; });
}

void WorkOrderFilterModel::setStatusKey(const QString &statusKey)
{
    if (statusKey == m_status)
        return;
    refilter([this, &statusKey] { m_status = statusKey; });
}

template<typename Change>
void WorkOrderFilterModel::refilter(Change change)
{
    // QSortFilterProxyModel drops its mapping on its own modelReset(), so the rows are judged
    // anew against the changed filter, lazily, as the view asks for them.
    beginResetModel();
    change();
    endResetModel();
}

bool WorkOrderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_model)
        return true;
    if (!m_status.isEmpty()) {
        const WorkOrder *wo = m_model->workOrderAt(sourceRow);
        if (!wo || workOrderStatusKey(wo->status) != m_status)
            return false;
    }
    return m_text.isEmpty() || m_model->searchText(sourceRow).contains(m_text);
}

bool WorkOrderFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const WorkOrder *a = m_model ? m_model->workOrderAt(left.row()) : nullptr;
    const WorkOrder *b = m_model ? m_model->workOrderAt(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    auto progress = [](const WorkOrder *wo) {
        return wo->lastProgress.isValid() ? wo->lastProgress.value : -1;
    };
    auto byKey = [a, b](int order) { return order != 0 ? order < 0 : a->key < b->key; };
    switch (left.column()) {
    case WorkOrderTableModel::StatusColumn:
        return byKey(int(a->status) - int(b->status));
    case WorkOrderTableModel::ProgressColumn:
        return byKey(progress(a) - progress(b));
    case WorkOrderTableModel::PlannedColumn:
        return byKey(a->plannedDate == b->plannedDate ? 0
                                                      : (a->plannedDate < b->plannedDate ? -1 : 1));
    case WorkOrderTableModel::NameColumn:
        return byKey(m_collator.compare(a->name, b->name));
    case WorkOrderTableModel::VerifiedColumn: {
        const qint64 ta = left.data(WorkOrderTableModel::SortRole).toLongLong();
        const qint64 tb = right.data(WorkOrderTableModel::SortRole).toLongLong();
        return byKey(ta == tb ? 0 : (ta < tb ? -1 : 1));
    }
    default:
        return byKey(m_collator.compare(left.data().toString(), right.data().toString()));
    }
}
