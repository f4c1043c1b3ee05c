#include "appearance.h"

#include "touchstyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QWidget>

namespace {

struct SchemeColours {
    const char *window, *windowText, *base, *alternateBase, *text, *button, *buttonText;
    const char *disabledText, *placeholder, *highlight, *highlightedText, *link, *linkVisited;
    const char *toolTipBase, *toolTipText, *border, *light, *dark, *shadow;
};

// Chosen with WCAG relative luminance: text at least 4.5:1 against what it is drawn on,
// borders, focus and disabled text at least 3:1 (tst_appearance checks every pair).
const SchemeColours kLight = {"#f0f0f0", "#1a1a1a", "#ffffff", "#f5f5f5", "#1a1a1a",
                              "#e6e6e6", "#1a1a1a", "#6e6e6e", "#666666", "#0b57d0",
                              "#ffffff", "#0b57d0", "#6a1b9a", "#fffbe6", "#1a1a1a",
                              "#767676", "#ffffff", "#5c5c5c", "#3d3d3d"};
const SchemeColours kDark = {"#202124", "#e8eaed", "#17181a", "#26282b", "#e8eaed",
                             "#303134", "#e8eaed", "#9aa0a6", "#9aa0a6", "#8ab4f8",
                             "#202124", "#8ab4f8", "#c58af9", "#3c4043", "#e8eaed",
                             "#8a8f94", "#3c4043", "#5f6368", "#000000"};
// White on black with yellow for what is selected or a link, as high-contrast desktops do.
const SchemeColours kHighContrast = {"#000000", "#ffffff", "#000000", "#0d0d0d", "#ffffff",
                                     "#000000", "#ffffff", "#b0b0b0", "#c8c8c8", "#ffd700",
                                     "#000000", "#ffff00", "#ff8cff", "#000000", "#ffffff",
                                     "#ffffff", "#333333", "#b0b0b0", "#ffffff"};

const SchemeColours &coloursOf(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Scheme::Light:
        break;
    case Appearance::Scheme::Dark:
        return kDark;
    case Appearance::Scheme::HighContrast:
        return kHighContrast;
    }
    return kLight;
}

const char *toneName(Appearance::Tone tone)
{
    switch (tone) {
    case Appearance::Tone::None:
        break;
    case Appearance::Tone::Error:
        return "error";
    case Appearance::Tone::Warning:
        return "warning";
    case Appearance::Tone::WarningText:
        return "warningText";
    case Appearance::Tone::Success:
        return "success";
    case Appearance::Tone::SuccessText:
        return "successText";
    case Appearance::Tone::Info:
        return "info";
    case Appearance::Tone::Muted:
        return "muted";
    case Appearance::Tone::Badge:
        return "badge";
    }
    return "";
}

struct State {
    bool styled = false;
    qreal basePointSize = 0; // the platform's body text size, before any scaling
    QPalette initialPalette; // the platform's, before any theme
    Appearance::Scheme scheme = Appearance::Scheme::Light;
    DisplayPreferences::Theme theme = DisplayPreferences::Theme::System;
    DisplayPreferences::TextSize textSize = DisplayPreferences::TextSize::Normal;
};

State &state()
{
    static State s;
    return s;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

Appearance::Scheme Appearance::resolve(DisplayPreferences::Theme theme)
{
    switch (theme) {
    case DisplayPreferences::Theme::System:
        break;
    case DisplayPreferences::Theme::Light:
        return Scheme::Light;
    case DisplayPreferences::Theme::Dark:
        return Scheme::Dark;
    case DisplayPreferences::Theme::HighContrast:
        return Scheme::HighContrast;
    }
    return systemScheme();
}

Appearance::Scheme Appearance::systemScheme()
{
#ifdef Q_OS_WIN
    // Qt 6.4 has no colour-scheme API: Windows keeps both choices in the user's registry.
    const QSettings contrast(QStringLiteral("HKEY_CURRENT_USER\\Control Panel\\Accessibility\\"
                                            "HighContrast"),
                             QSettings::NativeFormat);
    if (contrast.value(QStringLiteral("Flags")).toString().toUInt() & 0x1) // HCF_HIGHCONTRASTON
        return Scheme::HighContrast;
    const QSettings personalize(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\"
                                               "CurrentVersion\\Themes\\Personalize"),
                                QSettings::NativeFormat);
    return personalize.value(QStringLiteral("AppsUseLightTheme"), 1).toInt() == 0 ? Scheme::Dark
                                                                                  : Scheme::Light;
#else
    // Qt 6.4 has no colour-scheme API. On Linux the platform theme (GTK, KDE) gives the
    // desktop's palette: a window darker than its text is a dark desktop. GTK_THEME=Name:dark
    // says the same where no platform theme is loaded.
    if (qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark")))
        return Scheme::Dark;
    const QPalette initial = state().styled ? state().initialPalette : QGuiApplication::palette();
    return initial.color(QPalette::Window).lightness()
                   < initial.color(QPalette::WindowText).lightness()
               ? Scheme::Dark
               : Scheme::Light;
#endif
}

QPalette Appearance::palette(Scheme scheme)
{
    const SchemeColours &c = coloursOf(scheme);
    QPalette p;
    auto set = [&p](QPalette::ColorRole role, const char *colour) {
        p.setColor(QPalette::All, role, QColor(QLatin1String(colour)));
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::BrightText, c.windowText);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::Mid, c.border);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.light);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.shadow);
    // Disabled controls stay legible (at least 3:1): a greyed Close must still be read.
    const QColor disabled(QLatin1String(c.disabledText));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

Appearance::Colours Appearance::colours(Scheme scheme, Tone tone)
{
    auto c = [](const char *name) { return QColor(QLatin1String(name)); };
    const bool light = scheme == Scheme::Light;
    const bool dark = scheme == Scheme::Dark;
    switch (tone) {
    case Tone::None:
        break;
    case Tone::Error:
        return {c(light ? "#b00020" : dark ? "#f28b82" : "#ff6b6b"), {}};
    case Tone::Warning:
        return {c(light  ? "#7a3e00"
                  : dark ? "#ffd666"
                         : "#ffff00"),
                c(light  ? "#fff4e5"
                  : dark ? "#3d2e00"
                         : "#000000")};
    case Tone::WarningText:
        return {c(light ? "#7a3e00" : dark ? "#ffd666" : "#ffff00"), {}};
    case Tone::Success:
        return {c(light  ? "#1b5e20"
                  : dark ? "#81c995"
                         : "#00ff7f"),
                c(light  ? "#e3f4e6"
                  : dark ? "#0d2e16"
                         : "#000000")};
    case Tone::SuccessText:
        return {c(light ? "#1b5e20" : dark ? "#81c995" : "#00ff7f"), {}};
    case Tone::Info:
        return {c(light ? "#1565c0" : dark ? "#8ab4f8" : "#00ffff"), {}};
    case Tone::Muted:
        return {c(light ? "#595959" : dark ? "#bdc1c6" : "#e0e0e0"), {}};
    case Tone::Badge:
        return {c(light || dark ? "#ffffff" : "#000000"), c(light  ? "#1565c0"
                                                            : dark ? "#1967d2"
                                                                   : "#ffd700")};
    }
    return {palette(scheme).color(QPalette::WindowText), {}};
}

QString Appearance::nameOf(Tone tone)
{
    return QLatin1String(toneName(tone));
}

QList<Appearance::Tone> Appearance::tones()
{
    return {Tone::Error,       Tone::Warning, Tone::WarningText, Tone::Success,
            Tone::SuccessText, Tone::Info,    Tone::Muted,       Tone::Badge};
}

double Appearance::textScale(DisplayPreferences::TextSize size)
{
    switch (size) {
    case DisplayPreferences::TextSize::Normal:
        break;
    case DisplayPreferences::TextSize::Large:
        return 1.25;
    case DisplayPreferences::TextSize::ExtraLarge:
        return 1.5;
    }
    return 1.0;
}

QString Appearance::styleSheet(Scheme scheme, qreal bodyPointSize)
{
    QString sheet;
    for (Tone tone : tones()) {
        const Colours c = colours(scheme, tone);
        sheet += QStringLiteral("*[tone=\"%1\"] { color: %2;")
                     .arg(QLatin1String(toneName(tone)), c.foreground.name());
        if (c.background.isValid())
            sheet += QStringLiteral(" background-color: %1;").arg(c.background.name());
        // A panel that is black on black in high contrast keeps its edge.
        if (c.background.isValid() && scheme == Scheme::HighContrast)
            sheet += QStringLiteral(" border: 1px solid %1;").arg(c.foreground.name());
        sheet += QStringLiteral(" }\n");
    }
    // Sizes relative to the body text, so that titles follow the text size too.
    auto points = [bodyPointSize](qreal factor) {
        return QString::number(bodyPointSize * factor, 'f', 1);
    };
    sheet += QStringLiteral("*[textRole=\"title\"] { font-size: %1pt; font-weight: bold; }\n"
                            "*[textRole=\"heading\"] { font-size: %2pt; font-weight: bold; }\n"
                            "*[textRole=\"emphasis\"] { font-size: %3pt; }\n")
                 .arg(points(1.5), points(1.25), points(1.15));
    return sheet;
}

void Appearance::apply(DisplayPreferences::Theme theme, DisplayPreferences::TextSize size)
{
    State &s = state();
    if (!s.styled) {
        // What the platform gave, before this replaces it: the system scheme is read from it.
        s.initialPalette = QGuiApplication::palette();
        s.basePointSize =
            QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
        QApplication::setStyle(new TouchStyle);
        s.styled = true;
    }
    s.theme = theme;
    s.scheme = resolve(theme);
    s.textSize = size;
    QFont font = QApplication::font();
    const qreal body = s.basePointSize * textScale(size);
    font.setPointSizeF(body);
    QApplication::setFont(font);
    QApplication::setPalette(palette(s.scheme));
    qApp->setStyleSheet(styleSheet(s.scheme, body));
}

Appearance::Scheme Appearance::current()
{
    return state().scheme;
}

DisplayPreferences::Theme Appearance::currentTheme()
{
    return state().theme;
}

DisplayPreferences::TextSize Appearance::currentTextSize()
{
    return state().textSize;
}

QColor Appearance::colour(Tone tone)
{
    return colours(state().scheme, tone).foreground;
}

int Appearance::scaled(int pixels)
{
    return qRound(pixels * textScale(state().textSize));
}

void Appearance::setTone(QWidget *widget, Tone tone)
{
    const QString name = QLatin1String(toneName(tone));
    if (widget->property("tone").toString() == name)
        return;
    widget->setProperty("tone", name);
    repolish(widget);
}

void Appearance::setTextRole(QWidget *widget, TextRole role)
{
    const char *name = "";
    switch (role) {
    case TextRole::Body:
        break;
    case TextRole::Title:
        name = "title";
        break;
    case TextRole::Heading:
        name = "heading";
        break;
    case TextRole::Emphasis:
        name = "emphasis";
        break;
    }
    widget->setProperty("textRole", QLatin1String(name));
    repolish(widget);
}
