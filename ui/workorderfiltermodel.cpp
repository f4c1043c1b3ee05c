#include "workorderfiltermodel.h"

#include "workordertablemodel.h"

#include <algorithm>
#include <numeric>
#include <string_view>

WorkOrderFilterModel::WorkOrderFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_collator.setNumericMode(true); // WO-9 before WO-10
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void WorkOrderFilterModel::setWorkOrderModel(WorkOrderTableModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &WorkOrderFilterModel::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, &WorkOrderFilterModel::onSourceReset);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &WorkOrderFilterModel::onRowsInserted);
        connect(model, &QAbstractItemModel::dataChanged, this,
                &WorkOrderFilterModel::onDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    rebuildOrder();
    refilter(m_order);
    endResetModel();
}

void WorkOrderFilterModel::onSourceReset()
{
    rebuildOrder();
    refilter(m_order);
    endResetModel();
}

void WorkOrderFilterModel::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    // A letter added: only what is shown can still match. A letter deleted: what is shown
    // still matches.
    const bool narrower = folded.contains(m_text);
    const bool wider = m_text.contains(folded);
    m_text = folded;
    m_textUtf8 = folded.toUtf8();
    beginResetModel();
    if (narrower)
        refilter(QList<int>(m_shown));
    else if (wider)
        widen();
    else
        refilter(m_order);
    endResetModel();
}

void WorkOrderFilterModel::setStatusKey(const QString &statusKey)
{
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    beginResetModel();
    refilter(m_order);
    endResetModel();
}

bool WorkOrderFilterModel::accepts(int sourceRow) const
{
    if (!m_status.isEmpty()) {
        const WorkOrder *wo = m_model->workOrderAt(sourceRow);
        if (!wo || workOrderStatusKey(wo->status) != m_status)
            return false;
    }
    if (m_textUtf8.isEmpty())
        return true;
    const QByteArray &text = m_model->searchText(sourceRow);
    return std::string_view(text.constData(), size_t(text.size()))
               .find(std::string_view(m_textUtf8.constData(), size_t(m_textUtf8.size())))
           != std::string_view::npos;
}

bool WorkOrderFilterModel::before(int left, int right) const
{
    if (m_sortOrder == Qt::DescendingOrder)
        std::swap(left, right);
    const WorkOrder *a = m_model->workOrderAt(left);
    const WorkOrder *b = m_model->workOrderAt(right);
    auto byKey = [a, b](int order) { return order != 0 ? order < 0 : a->key < b->key; };
    auto progress = [](const WorkOrder *wo) {
        return wo->lastProgress.isValid() ? wo->lastProgress.value : -1;
    };
    switch (m_sortColumn) {
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
        const qint64 ta =
            m_model->index(left, m_sortColumn).data(WorkOrderTableModel::SortRole).toLongLong();
        const qint64 tb =
            m_model->index(right, m_sortColumn).data(WorkOrderTableModel::SortRole).toLongLong();
        return byKey(ta == tb ? 0 : (ta < tb ? -1 : 1));
    }
    case -1:
        return left < right; // unsorted: the source's order
    default:
        return byKey(m_collator.compare(m_model->index(left, m_sortColumn).data().toString(),
                                        m_model->index(right, m_sortColumn).data().toString()));
    }
}

qsizetype WorkOrderFilterModel::positionIn(const QList<int> &rows, int sourceRow) const
{
    return std::lower_bound(rows.cbegin(), rows.cend(), sourceRow,
                            [this](int a, int b) { return before(a, b); })
           - rows.cbegin();
}

void WorkOrderFilterModel::rebuildOrder()
{
    const int count = m_model ? m_model->rowCount() : 0;
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_model && m_sortColumn >= 0)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](int a, int b) { return before(a, b); });
}

void WorkOrderFilterModel::refilter(const QList<int> &candidates)
{
    m_shownAt.fill(-1, m_model ? m_model->rowCount() : 0);
    QList<int> shown;
    if (m_model) {
        shown.reserve(candidates.size());
        for (const int row : candidates) {
            if (accepts(row)) {
                m_shownAt[row] = int(shown.size());
                shown << row;
            }
        }
    }
    m_shown = std::move(shown);
}

void WorkOrderFilterModel::widen()
{
    QList<int> shown;
    if (m_model) {
        shown.reserve(m_order.size());
        for (const int row : std::as_const(m_order)) {
            if (m_shownAt.at(row) >= 0 || accepts(row)) {
                m_shownAt[row] = int(shown.size());
                shown << row;
            }
        }
    }
    m_shown = std::move(shown);
}

void WorkOrderFilterModel::reindexFrom(qsizetype position)
{
    for (qsizetype i = position; i < m_shown.size(); ++i)
        m_shownAt[m_shown.at(i)] = int(i);
}

void WorkOrderFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_order.isEmpty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows << (index.isValid() ? m_shown.value(index.row(), -1) : -1);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    refilter(m_order);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = sourceRows.at(i) < 0 ? -1 : m_shownAt.value(sourceRows.at(i), -1);
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WorkOrderFilterModel::onRowsInserted(const QModelIndex &, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_order.insert(positionIn(m_order, row), row);
        m_shownAt.append(-1);
        if (!accepts(row))
            continue;
        const qsizetype at = positionIn(m_shown, row);
        beginInsertRows({}, int(at), int(at));
        m_shown.insert(at, row);
        reindexFrom(at);
        endInsertRows();
    }
}

void WorkOrderFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        // Its place in the order may have changed with its values.
        m_order.removeOne(row);
        m_order.insert(positionIn(m_order, row), row);
        const int was = m_shownAt.value(row, -1);
        const bool shown = accepts(row);
        if (was >= 0 && shown) {
            m_shown.remove(was);
            const qsizetype at = positionIn(m_shown, row);
            m_shown.insert(was, row);
            if (at != was) {
                // Moves alone: the current row and the selection go with it.
                beginMoveRows({}, was, was, {}, at > was ? int(at) + 1 : int(at));
                m_shown.remove(was);
                m_shown.insert(at, row);
                reindexFrom(std::min<qsizetype>(was, at));
                endMoveRows();
            }
            emit dataChanged(index(int(at), topLeft.column()), index(int(at), bottomRight.column()),
                             roles);
        } else if (was >= 0) {
            beginRemoveRows({}, was, was);
            m_shown.remove(was);
            m_shownAt[row] = -1;
            reindexFrom(was);
            endRemoveRows();
        } else if (shown) {
            const qsizetype at = positionIn(m_shown, row);
            beginInsertRows({}, int(at), int(at));
            m_shown.insert(at, row);
            reindexFrom(at);
            endInsertRows();
        }
    }
}

QModelIndex WorkOrderFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex WorkOrderFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int WorkOrderFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int WorkOrderFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool WorkOrderFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

QVariant WorkOrderFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Vertical)
        return m_model->headerData(m_shown.value(section, -1), orientation, role);
    return m_model->headerData(section, orientation, role);
}

QModelIndex WorkOrderFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_shown.size())
        return {};
    return m_model->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex WorkOrderFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = m_shownAt.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}
