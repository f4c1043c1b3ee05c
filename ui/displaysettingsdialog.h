#pragma once

#include "displaypreferences.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;

// Display: theme, text size and interface language. Theme and text size are applied as soon as
// they are chosen (the dialog says what it was asked; the application object stores and
// applies it); the language takes effect at the next start, as the dialog says.
class DisplaySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `languages`: the codes the build carries ("en", "fr", …), shown by their own names.
    DisplaySettingsDialog(const DisplayPreferences::Loaded &current, const QStringList &languages,
                          QWidget *parent = nullptr);

    // The language's name in that language ("English", "Français"), for the list.
    static QString languageName(const QString &code);

signals:
    void themeChosen(DisplayPreferences::Theme theme);
    void textSizeChosen(DisplayPreferences::TextSize size);
    // Empty: the system's language.
    void languageChosen(const QString &code);

private:
    void onLanguageActivated();

    QComboBox *m_theme;
    QComboBox *m_textSize;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QString m_languageAtStart;
};
