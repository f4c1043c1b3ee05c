#include "displaypreferences.h"

#include <QRegularExpression>
#include <QSettings>

namespace {
const QString kTheme = QStringLiteral("display/theme");
const QString kTextSize = QStringLiteral("display/text_size");
const QString kLanguage = QStringLiteral("display/language");

constexpr DisplayPreferences::Theme kThemes[] = {
    DisplayPreferences::Theme::System, DisplayPreferences::Theme::Light,
    DisplayPreferences::Theme::Dark, DisplayPreferences::Theme::HighContrast};
constexpr DisplayPreferences::TextSize kTextSizes[] = {DisplayPreferences::TextSize::Normal,
                                                       DisplayPreferences::TextSize::Large,
                                                       DisplayPreferences::TextSize::ExtraLarge};
} // namespace

DisplayPreferences::DisplayPreferences(QSettings *settings)
    : m_settings(settings)
{ }

DisplayPreferences::Loaded DisplayPreferences::load() const
{
    Loaded loaded;
    auto ignored = [this, &loaded](const QString &key, const QString &value,
                                   const QStringList &valid) {
        loaded.problems << tr("%1: %2 is not one of %3; using %4.")
                               .arg(m_settings->fileName() + u':' + key, u'"' + value + u'"',
                                    valid.join(QStringLiteral(", ")), valid.constFirst());
    };
    if (m_settings->contains(kTheme)) {
        const QString value = m_settings->value(kTheme).toString();
        if (const auto theme = themeNamed(value))
            loaded.theme = *theme;
        else
            ignored(kTheme, value, themeNames());
    }
    if (m_settings->contains(kTextSize)) {
        const QString value = m_settings->value(kTextSize).toString();
        if (const auto size = textSizeNamed(value))
            loaded.textSize = *size;
        else
            ignored(kTextSize, value, textSizeNames());
    }
    const QString language = m_settings->value(kLanguage).toString();
    if (isLanguageCode(language))
        loaded.language = language;
    else if (!language.isEmpty())
        loaded.problems << tr("%1: \"%2\" is not a language code; using the system's language.")
                               .arg(m_settings->fileName() + u':' + kLanguage, language);
    return loaded;
}

void DisplayPreferences::setTheme(Theme theme)
{
    m_settings->setValue(kTheme, nameOf(theme));
    m_settings->sync();
}

void DisplayPreferences::setTextSize(TextSize size)
{
    m_settings->setValue(kTextSize, nameOf(size));
    m_settings->sync();
}

void DisplayPreferences::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, code);
    m_settings->sync();
}

QString DisplayPreferences::nameOf(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high_contrast");
    }
    return QStringLiteral("system");
}

QString DisplayPreferences::nameOf(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        break;
    case TextSize::Large:
        return QStringLiteral("large");
    case TextSize::ExtraLarge:
        return QStringLiteral("extra_large");
    }
    return QStringLiteral("normal");
}

std::optional<DisplayPreferences::Theme> DisplayPreferences::themeNamed(const QString &name)
{
    for (Theme theme : kThemes) {
        if (nameOf(theme) == name)
            return theme;
    }
    return std::nullopt;
}

std::optional<DisplayPreferences::TextSize> DisplayPreferences::textSizeNamed(const QString &name)
{
    for (TextSize size : kTextSizes) {
        if (nameOf(size) == name)
            return size;
    }
    return std::nullopt;
}

QStringList DisplayPreferences::themeNames()
{
    QStringList names;
    for (Theme theme : kThemes)
        names << nameOf(theme);
    return names;
}

QStringList DisplayPreferences::textSizeNames()
{
    QStringList names;
    for (TextSize size : kTextSizes)
        names << nameOf(size);
    return names;
}

bool DisplayPreferences::isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return pattern.match(code).hasMatch();
}
