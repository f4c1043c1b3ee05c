#pragma once

#include "contraststyle.h"

// ContrastStyle sized for a gloved finger on a tablet. Every control a technician touches is at
// least 48 × 48 logical pixels: push and tool buttons, fields, combo boxes and their entries,
// spin boxes, check boxes and radio buttons with their label, tabs, column headers, list rows,
// menu and menu bar entries. Check and radio indicators are drawn larger, and every list and
// scroll area scrolls by dragging its content (QScroller), so that its scroll bar only shows
// where the view is. Sizes are logical pixels: at 200 % they are twice as many device pixels.
class TouchStyle : public ContrastStyle
{
    Q_OBJECT
public:
    // The smallest side of anything a finger has to hit.
    static constexpr int kTarget = 48;

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents,
                           const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void polish(QWidget *widget) override;
    using ContrastStyle::polish;

    // True when `area` scrolls by dragging its content (as polish() makes every list).
    static bool scrollsByDragging(const QWidget *area);
};
