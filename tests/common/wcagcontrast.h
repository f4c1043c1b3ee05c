#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

// WCAG 2's contrast ratio of two sRGB colours, from 1 (the same) to 21 (black on white): text
// wants 4.5, a control's edge or a disabled label 3.
namespace WcagContrast {
inline double luminance(const QColor &colour)
{
    auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

inline double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double kText = 4.5;
constexpr double kControl = 3.0;
} // namespace WcagContrast
