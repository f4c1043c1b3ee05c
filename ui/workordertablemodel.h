#pragma once

#include "workorder.h"
#include "workorderrows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

// The work order list as a table. Rows are kept in a flat vector with a key index so one work
// order can be updated without resetting the view.
class WorkOrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        ProgressColumn,
        PlannedColumn,
        TechnicianColumn,
        AddressColumn,
        VerifiedColumn, // when the progress was last verified with Deepomatic
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ProgressValueRole, // int, -1 when none
        ProgressVerifiedRole,
        StatusKeyRole,
        SearchTextRole, // lower-case text the filter matches against
        SortRole,
    };

    explicit WorkOrderTableModel(QObject *parent = nullptr);

    void setWorkOrders(QList<WorkOrder> workOrders);
    // With the search text already built (off the UI thread); built here when missing.
    void setWorkOrders(WorkOrderRows rows);
    void upsert(const WorkOrder &workOrder);
    const WorkOrder *workOrderAt(int row) const;
    int rowOf(const QString &key) const { return m_rowByKey.value(key, -1); }
    // Case-folded UTF-8 (see WorkOrderRows).
    const QByteArray &searchText(int row) const { return m_search.at(row); }
    // Work orders with a request waiting in the outbox: their status says "pending".
    void setPendingKeys(const QSet<QString> &keys);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The progress as a screen reader says it: "Progress 45 percent, verified".
    static QString spokenProgress(const ProgressReading &reading);

private:
    static QString verifiedText(const ProgressReading &reading, const QDateTime &now);

    QList<WorkOrder> m_rows;
    QList<QByteArray> m_search;
    QHash<QString, int> m_rowByKey;
    QSet<QString> m_pending;
};
