#pragma once

#include <QPointF>
#include <QString>

class QWebEngineView;

// Taps an element of a web page like a finger would: a real input event, so the page sees a
// user gesture (a file chooser opens only on one). Shared by the autopilot, the end-to-end
// tests and the benchmarks.
class WebTap
{
public:
    // JavaScript that scrolls the element into view and returns its centre [x, y] in view
    // coordinates, or null when the expression finds no element.
    static QString locateScript(const QString &elementExpression);
    // Reads the result of locateScript(); false when there was no element.
    static bool pointFrom(const QVariant &located, QPointF *point);
    static bool tapAt(QWebEngineView *view, const QPointF &point);
    // Types into the focused field the way an on-screen keyboard does: the text is committed
    // through the input method.
    static bool typeText(QWebEngineView *view, const QString &text);
};
