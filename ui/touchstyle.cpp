#include "touchstyle.h"

#include <QAbstractItemView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScroller>
#include <QStyleOption>
#include <QTextEdit>

#include <algorithm>

namespace {
// A check box's square and a radio button's circle: big enough to see at arm's length; the
// target is the whole control with its label.
constexpr int kIndicator = 24;
// Wide enough for a stylus or a mouse; a finger drags the content instead.
constexpr int kScrollBar = 20;

QSize atLeastTarget(QSize size)
{
    return size.expandedTo(QSize(TouchStyle::kTarget, TouchStyle::kTarget));
}

// Text being edited is selected by dragging: it keeps the mouse's own meaning.
bool editsText(const QWidget *area)
{
    if (const auto *edit = qobject_cast<const QTextEdit *>(area))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(area))
        return !edit->isReadOnly();
    return false;
}
} // namespace

QSize TouchStyle::sizeFromContents(ContentsType type, const QStyleOption *option,
                                   const QSize &contents, const QWidget *widget) const
{
    const QSize size = ContrastStyle::sizeFromContents(type, option, contents, widget);
    switch (type) {
    case CT_PushButton:
    case CT_ToolButton:
    case CT_ComboBox:
    case CT_LineEdit:
    case CT_SpinBox:
    case CT_CheckBox:
    case CT_RadioButton:
    case CT_TabBarTab:
    case CT_HeaderSection:
    case CT_MenuBarItem:
        return atLeastTarget(size);
    case CT_ItemViewItem:
        return QSize(size.width(), std::max(size.height(), kTarget));
    case CT_MenuItem: {
        const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
        if (item && item->menuItemType == QStyleOptionMenuItem::Separator)
            return size;
        return QSize(size.width(), std::max(size.height(), kTarget));
    }
    default:
        return size;
    }
}

int TouchStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                            const QWidget *widget) const
{
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return kIndicator;
    case PM_ScrollBarExtent:
        return kScrollBar;
    case PM_TabBarScrollButtonWidth:
        return kTarget;
    default:
        return ContrastStyle::pixelMetric(metric, option, widget);
    }
}

void TouchStyle::polish(QWidget *widget)
{
    ContrastStyle::polish(widget);
    // Combo boxes' pop-up lists are picked from with a tap, not scrolled by dragging.
    if (widget->inherits("QComboBoxListView") || editsText(widget))
        return;
    auto *area = qobject_cast<QAbstractScrollArea *>(widget);
    if (!area || QScroller::hasScroller(area->viewport()))
        return;
    // Lists and read-only text follow a dragging finger or mouse. A scroll area of controls
    // (a form, a pane of buttons) follows a dragging finger only: a mouse press there is a
    // button's, not the start of a drag.
    if (qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextEdit *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget))
        QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
    else if (qobject_cast<QScrollArea *>(widget))
        QScroller::grabGesture(area->viewport(), QScroller::TouchGesture);
}

bool TouchStyle::scrollsByDragging(const QWidget *area)
{
    const auto *scrollArea = qobject_cast<const QAbstractScrollArea *>(area);
    return scrollArea && QScroller::hasScroller(scrollArea->viewport())
           && QScroller::grabbedGesture(scrollArea->viewport()) != Qt::GestureType(0);
}
