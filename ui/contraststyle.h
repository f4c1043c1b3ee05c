#pragma once

#include <QProxyStyle>

// Fusion with borders and focus marks that can be seen. Fusion (Qt 6.4) draws the outline of
// buttons, fields and check boxes a shade darker than the window, under 2:1 against it, and
// invisible on a black window; this style draws them again over Fusion's in the palette's Mid
// colour (chosen at least 3:1 against the window and the fields in every theme) and keyboard
// focus two pixels wide in the Highlight colour.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
};
