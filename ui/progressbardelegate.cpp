#include "progressbardelegate.h"

#include "workordertablemodel.h"

#include <QApplication>
#include <QPainter>

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const int value = index.data(WorkOrderTableModel::ProgressValueRole).toInt();
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (value < 0) {
        painter->save();
        // On a selected row, the selection's text colour: grey on the highlight is unreadable.
        painter->setPen(option.palette.color((option.state & QStyle::State_Selected)
                                                 ? QPalette::HighlightedText
                                                 : QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          tr("no progress yet"));
        painter->restore();
        return;
    }
    const bool verified = index.data(WorkOrderTableModel::ProgressVerifiedRole).toBool();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(6, option.rect.height() / 4, -6, -option.rect.height() / 4);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = value;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.text = verified ? tr("%1 % ✓").arg(value) : tr("%1 % (unverified)").arg(value);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 160));
    return size;
}
