#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QList>

class WorkOrderTableModel;

// The list as the technician sees it: sorted by a column and filtered by a text search (name,
// reference, address, technician) and a status. The order of every work order is kept once per
// sort, so a keystroke is one pass over it and never a sort: a letter added only looks at the
// rows still shown, a letter deleted or the field cleared at the kept order. A new filter resets
// the model (a view handles one reset in a fraction of the time it spends on thousands of row
// ranges); a view forgets its current row on a reset, so its owner restores it by key. One work
// order changed in the source moves, comes or goes alone, keeping the current row.
class WorkOrderFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit WorkOrderFilterModel(QObject *parent = nullptr);

    void setWorkOrderModel(WorkOrderTableModel *model);
    void setSearchText(const QString &text);
    void setStatusKey(const QString &statusKey); // empty: every status

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // The source's headers, also when no row is shown.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    // Whether source row `a` comes before `b` in the current sort (the key breaks ties).
    bool before(int a, int b) const;
    // Where source row `sourceRow` belongs in `rows` (kept in sort order).
    qsizetype positionIn(const QList<int> &rows, int sourceRow) const;
    void rebuildOrder();
    // The shown rows from `candidates` (in order), and the source -> shown index.
    void refilter(const QList<int> &candidates);
    // After a letter deleted: the rows shown still match, only the others are tested.
    void widen();
    void onSourceReset();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void reindexFrom(qsizetype position);

    WorkOrderTableModel *m_model = nullptr;
    QString m_text;
    QByteArray m_textUtf8; // m_text as the search texts are kept
    QString m_status;
    QCollator m_collator;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order; // every source row, in sort order
    QList<int> m_shown; // the source rows shown, in sort order: proxy row -> source row
    QList<int> m_shownAt; // source row -> proxy row, -1 when filtered out
};
