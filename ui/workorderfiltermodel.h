#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class WorkOrderTableModel;

// Text search over name, reference, address and technician, plus a status filter. Matching
// uses the source model's precomputed case-folded text, so a keystroke over 100,000 rows is a
// plain substring scan. A new filter resets the model instead of announcing every range of rows
// that comes and goes: a view handles one reset in a fraction of the time it spends on
// thousands of removals and insertions (its hidden vertical header above all). A view loses its
// current row on a reset; its owner restores it by key.
class WorkOrderFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkOrderFilterModel(QObject *parent = nullptr);

    void setWorkOrderModel(WorkOrderTableModel *model);
    void setSearchText(const QString &text);
    void setStatusKey(const QString &statusKey); // empty: every status

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the work orders' fields directly: no QVariant per comparison, so sorting 100,000
    // rows stays fast.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The filter changes between a model reset's begin and end; the proxy rebuilds its rows on
    // demand after it.
    template<typename Change>
    void refilter(Change change);

    WorkOrderTableModel *m_model = nullptr;
    QString m_text;
    QString m_status;
    QCollator m_collator;
};
