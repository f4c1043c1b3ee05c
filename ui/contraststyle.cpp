#include "contraststyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace {
void drawBorder(QPainter *painter, const QRectF &rect, const QColor &colour, qreal width,
                qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, width));
    const qreal inset = width / 2.0;
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius);
    painter->restore();
}

bool hasKeyboardFocus(const QStyleOption *option)
{
    return (option->state & QStyle::State_HasFocus)
           && (option->state & QStyle::State_KeyboardFocusChange);
}
} // namespace

ContrastStyle::ContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const QColor border = option->palette.color(QPalette::Mid);
    const QColor focus = option->palette.color(QPalette::Highlight);
    // Over Fusion's own outline, at its place: one pixel in from the top for buttons.
    switch (element) {
    case PE_PanelButtonCommand: {
        const bool focused = option->state & State_HasFocus;
        drawBorder(painter, QRectF(option->rect).adjusted(0, 1, -1, 0), focused ? focus : border,
                   focused ? 2.0 : 1.0, 2.0);
        break;
    }
    case PE_FrameLineEdit: {
        const bool focused = option->state & State_HasFocus;
        drawBorder(painter, QRectF(option->rect), focused ? focus : border, focused ? 2.0 : 1.0,
                   2.0);
        break;
    }
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        drawBorder(painter, QRectF(option->rect), hasKeyboardFocus(option) ? focus : border, 1.0,
                   1.0);
        break;
    case PE_IndicatorRadioButton: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(border, 1.0));
        painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        break;
    }
    case PE_FrameFocusRect:
        drawBorder(painter, QRectF(option->rect), focus, 2.0, 1.0);
        break;
    default:
        break;
    }
}

int ContrastStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                             QStyleHintReturn *returnData) const
{
    // The standard dialog icons are dark pictures that vanish on a dark or black theme; the
    // button's word says it all.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void ContrastStyle::drawControl(ControlElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A progress bar's extent must show even when it is empty.
    if (element == CE_ProgressBarGroove)
        drawBorder(painter, QRectF(option->rect), option->palette.color(QPalette::Mid), 1.0, 2.0);
}

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_SpinBox)
        return;
    // Fusion draws the spin box's frame itself, not through the line edit's.
    const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
    if (spin && spin->frame) {
        const bool focused = option->state & State_HasFocus;
        drawBorder(painter, QRectF(option->rect),
                   option->palette.color(focused ? QPalette::Highlight : QPalette::Mid),
                   focused ? 2.0 : 1.0, 2.0);
    }
}
