#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// How the user wants the window to look: theme, text size and interface language, in the
// user's settings (the same QSettings as their site profiles). A value that was edited by hand
// and is not one of the known ones is reported, naming the key and the value, and the default
// is used instead.
class DisplayPreferences
{
    Q_DECLARE_TR_FUNCTIONS(DisplayPreferences)
public:
    enum class Theme { System, Light, Dark, HighContrast };
    enum class TextSize { Normal, Large, ExtraLarge };

    struct Loaded {
        Theme theme = Theme::System;
        TextSize textSize = TextSize::Normal;
        QString language; // empty: the system's
        QStringList problems; // each names the key and the value that was ignored
    };

    // `settings` is not owned; it is the app's QSettings in the product, a file in tests.
    explicit DisplayPreferences(QSettings *settings);

    Loaded load() const;
    void setTheme(Theme theme);
    void setTextSize(TextSize size);
    // Empty: follow the system.
    void setLanguage(const QString &code);

    // The words stored in the settings and taken by --theme and --text-size.
    static QString nameOf(Theme theme);
    static QString nameOf(TextSize size);
    static std::optional<Theme> themeNamed(const QString &name);
    static std::optional<TextSize> textSizeNamed(const QString &name);
    static QStringList themeNames();
    static QStringList textSizeNames();
    // A language code as the translations are named ("fr", "pt_BR"), or empty.
    static bool isLanguageCode(const QString &code);

private:
    QSettings *m_settings;
};

// Carried by signals and test data.
Q_DECLARE_METATYPE(DisplayPreferences::Theme)
Q_DECLARE_METATYPE(DisplayPreferences::TextSize)
