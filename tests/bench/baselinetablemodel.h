#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

// The least a table model can be: the six columns of the work order list as plain values,
// read once. What a hand-written Qt table would do, for the start-up baseline.
class BaselineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row {
        QString name;
        QString status;
        QVariant progress;
        QString planned;
        QString technician;
        QString address;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
