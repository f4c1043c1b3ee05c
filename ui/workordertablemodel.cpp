#include "workordertablemodel.h"

#include <QLocale>

WorkOrderTableModel::WorkOrderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString WorkOrderTableModel::spokenProgress(const ProgressReading &reading)
{
    if (!reading.isValid())
        return tr("No progress yet");
    return reading.verified ? tr("Progress %1 percent, verified").arg(reading.value)
                            : tr("Progress %1 percent, not verified").arg(reading.value);
}

QString WorkOrderTableModel::verifiedText(const ProgressReading &reading, const QDateTime &now)
{
    if (!reading.isValid() || !reading.verified || !reading.time.isValid())
        return tr("—");
    const qint64 seconds = reading.time.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 7 * 24 * 3600)
        return tr("%n day(s) ago", nullptr, int(seconds / (24 * 3600)));
    return QLocale().toString(reading.time.toLocalTime().date(), QLocale::ShortFormat);
}

void WorkOrderTableModel::setWorkOrders(QList<WorkOrder> workOrders)
{
    WorkOrderRows rows;
    rows.workOrders = std::move(workOrders);
    setWorkOrders(std::move(rows));
}

void WorkOrderTableModel::setWorkOrders(WorkOrderRows rows)
{
    beginResetModel();
    m_rows = std::move(rows.workOrders);
    if (rows.searchTexts.size() == m_rows.size()) {
        m_search = std::move(rows.searchTexts);
    } else {
        m_search.clear();
        m_search.reserve(m_rows.size());
        for (const WorkOrder &wo : std::as_const(m_rows))
            m_search << wo.searchText().toUtf8();
    }
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByKey.insert(m_rows.at(i).key, i);
    endResetModel();
}

void WorkOrderTableModel::upsert(const WorkOrder &workOrder)
{
    const int row = rowOf(workOrder.key);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows << workOrder;
        m_search << workOrder.searchText().toUtf8();
        m_rowByKey.insert(workOrder.key, at);
        endInsertRows();
        return;
    }
    m_rows[row] = workOrder;
    m_search[row] = workOrder.searchText().toUtf8();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const WorkOrder *WorkOrderTableModel::workOrderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WorkOrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkOrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkOrder &wo = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return wo.key;
    case ProgressValueRole:
        return wo.lastProgress.isValid() ? wo.lastProgress.value : -1;
    case ProgressVerifiedRole:
        return wo.lastProgress.verified;
    case StatusKeyRole:
        return workOrderStatusKey(wo.status);
    case SearchTextRole:
        return QString::fromUtf8(m_search.at(index.row()));
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(wo.status);
        case ProgressColumn:
            return wo.lastProgress.isValid() ? wo.lastProgress.value : -1;
        case PlannedColumn:
            return wo.plannedDate;
        case VerifiedColumn:
            return wo.lastProgress.isValid() && wo.lastProgress.verified
                       ? wo.lastProgress.time.toMSecsSinceEpoch()
                       : qint64(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return wo.name;
        case StatusColumn: {
            QString status = workOrderStatusDisplayName(wo.status);
            if (wo.needsReview)
                status = tr("%1 · needs review").arg(status);
            if (m_pending.contains(wo.key))
                status = tr("%1 · pending").arg(status);
            return status;
        }
        case ProgressColumn:
            return wo.lastProgress.isValid() ? QVariant(wo.lastProgress.value) : QVariant();
        case PlannedColumn:
            return QLocale().toString(wo.plannedDate, QLocale::ShortFormat);
        case TechnicianColumn:
            return wo.technicianName.isEmpty() ? wo.technicianEmail : wo.technicianName;
        case AddressColumn:
            return wo.address;
        case VerifiedColumn:
            return verifiedText(wo.lastProgress, QDateTime::currentDateTimeUtc());
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ProgressColumn)
            return spokenProgress(wo.lastProgress);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProgressColumn && wo.lastProgress.isValid())
            return wo.lastProgress.verified
                       ? tr("%1 %, verified with Deepomatic").arg(wo.lastProgress.value)
                       : tr("%1 %, reported by the callback, not verified")
                             .arg(wo.lastProgress.value);
        if (index.column() == VerifiedColumn)
            return wo.lastProgress.isValid() && wo.lastProgress.verified
                       ? tr("Verified with Deepomatic on %1")
                             .arg(QLocale().toString(wo.lastProgress.time.toLocalTime(),
                                                     QLocale::LongFormat))
                       : tr("The progress has not been verified with Deepomatic.");
        break;
    }
    return {};
}

QVariant WorkOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Work order");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case PlannedColumn:
        return tr("Planned");
    case TechnicianColumn:
        return tr("Technician");
    case AddressColumn:
        return tr("Address");
    case VerifiedColumn:
        return tr("Verified");
    }
    return {};
}

void WorkOrderTableModel::setPendingKeys(const QSet<QString> &keys)
{
    const QSet<QString> changed = (keys - m_pending) + (m_pending - keys);
    m_pending = keys;
    for (const QString &key : changed) {
        const int row = rowOf(key);
        if (row >= 0)
            emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    }
}
