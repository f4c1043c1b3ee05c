#include "displaysettingsdialog.h"

#include "appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QComboBox *makeCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setMinimumHeight(48); // a finger-sized target like every other control
    return combo;
}
} // namespace

DisplaySettingsDialog::DisplaySettingsDialog(const DisplayPreferences::Loaded &current,
                                             const QStringList &languages, QWidget *parent)
    : QDialog(parent)
    , m_languageAtStart(current.language)
{
    setWindowTitle(tr("Display"));
    setObjectName(QStringLiteral("displaySettingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_theme = makeCombo(QStringLiteral("themeCombo"), this);
    m_theme->addItem(tr("Same as the system"), int(DisplayPreferences::Theme::System));
    m_theme->addItem(tr("Light"), int(DisplayPreferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(DisplayPreferences::Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(DisplayPreferences::Theme::HighContrast));
    m_theme->setCurrentIndex(m_theme->findData(int(current.theme)));
    form->addRow(tr("&Theme:"), m_theme);

    m_textSize = makeCombo(QStringLiteral("textSizeCombo"), this);
    m_textSize->addItem(tr("Normal"), int(DisplayPreferences::TextSize::Normal));
    m_textSize->addItem(tr("Large"), int(DisplayPreferences::TextSize::Large));
    m_textSize->addItem(tr("Extra large"), int(DisplayPreferences::TextSize::ExtraLarge));
    m_textSize->setCurrentIndex(m_textSize->findData(int(current.textSize)));
    form->addRow(tr("Text &size:"), m_textSize);

    m_language = makeCombo(QStringLiteral("languageCombo"), this);
    m_language->addItem(tr("Same as the system"), QString());
    for (const QString &code : languages)
        m_language->addItem(languageName(code), code);
    const int languageIndex = m_language->findData(current.language);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);

    m_restartNote = new QLabel(tr("The language changes the next time FieldConnect starts."), this);
    m_restartNote->setObjectName(QStringLiteral("languageRestartNote"));
    m_restartNote->setWordWrap(true);
    layout->addWidget(m_restartNote);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumSize(96, 48);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_theme, &QComboBox::activated, this, [this] {
        emit themeChosen(DisplayPreferences::Theme(m_theme->currentData().toInt()));
    });
    connect(m_textSize, &QComboBox::activated, this, [this] {
        emit textSizeChosen(DisplayPreferences::TextSize(m_textSize->currentData().toInt()));
    });
    connect(m_language, &QComboBox::activated, this, &DisplaySettingsDialog::onLanguageActivated);
}

QString DisplaySettingsDialog::languageName(const QString &code)
{
    const QLocale locale(code);
    // The native name of "en" is that of its default territory ("American English").
    QString name = locale.language() == QLocale::English
                       ? QLocale::languageToString(QLocale::English)
                       : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

void DisplaySettingsDialog::onLanguageActivated()
{
    const QString code = m_language->currentData().toString();
    // Stands out once a change waits for the next start.
    Appearance::setTone(m_restartNote, code != m_languageAtStart ? Appearance::Tone::Info
                                                                 : Appearance::Tone::None);
    emit languageChosen(code);
}
