#include "baselinetablemodel.h"

void BaselineTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int BaselineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BaselineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant BaselineTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case 0:
        return row.name;
    case 1:
        return row.status;
    case 2:
        return row.progress;
    case 3:
        return row.planned;
    case 4:
        return row.technician;
    case 5:
        return row.address;
    }
    return {};
}

QVariant BaselineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const kHeaders[] = {"Work order", "Status",     "Progress",
                                           "Planned",    "Technician", "Address"};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= 6)
        return {};
    return QString::fromLatin1(kHeaders[section]);
}
