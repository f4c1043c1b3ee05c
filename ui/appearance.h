#pragma once

#include "displaypreferences.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

// The window's look for a theme and a text size: the Fusion style (drawn with borders that
// can be seen, sized for a finger: TouchStyle), a palette per scheme, the application font scaled
// for the text size, and one application style sheet that colours the widgets marked with a tone
// and sizes those marked with a text role. Widgets say what they mean (an error, a warning panel, a
// title) and follow every change of theme or text size without code of their own.
class Appearance
{
public:
    enum class Scheme { Light, Dark, HighContrast };
    // What a coloured piece of text means. Panels (Warning, Success, Badge) have a background of
    // their own; the others are text on the window or a view.
    enum class Tone { None, Error, Warning, WarningText, Success, SuccessText, Info, Muted, Badge };
    enum class TextRole { Body, Title, Heading, Emphasis };

    struct Colours {
        QColor foreground;
        QColor background; // invalid: the window's (or the view's) own
    };

    static Scheme resolve(DisplayPreferences::Theme theme);
    // What the desktop asks for, where it can be read; Light where it cannot.
    static Scheme systemScheme();
    static QPalette palette(Scheme scheme);
    static Colours colours(Scheme scheme, Tone tone);
    static double textScale(DisplayPreferences::TextSize size);
    // The application style sheet for a scheme and a body text size in points.
    static QString styleSheet(Scheme scheme, qreal bodyPointSize);
    // The names every scheme's style sheet uses (for the contrast checks).
    static QList<Tone> tones();
    // The tone's name in the style sheet ("error", "warning", …).
    static QString nameOf(Tone tone);

    // Applies theme and text size to the running QApplication: at start before the window is
    // shown, and again whenever the user changes them.
    static void apply(DisplayPreferences::Theme theme, DisplayPreferences::TextSize size);
    static Scheme current();
    static DisplayPreferences::Theme currentTheme();
    static DisplayPreferences::TextSize currentTextSize();
    // The foreground of a tone in the current scheme, for rich text that cannot carry a tone.
    static QColor colour(Tone tone);
    // A size in logical pixels chosen for normal text, for the text size in use.
    static int scaled(int pixels);

    // Marks a widget; the application style sheet does the rest.
    static void setTone(QWidget *widget, Tone tone);
    static void setTextRole(QWidget *widget, TextRole role);
};
