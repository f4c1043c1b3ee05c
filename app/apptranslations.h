#pragma once

#include <QStringList>
#include <QTranslator>

// FieldConnect's translations and Qt's own (standard dialogs and buttons), for the language
// asked for or the system's. Loaded once, installed in each application object of the run: the
// command line is read by a first, window-less one.
class AppTranslations
{
public:
    // Loads the translations for `language` (empty: the system's) and makes it the default
    // locale (dates and numbers follow it); installs them in the current application object.
    void load(const QString &language);
    // Installs the loaded translations in the current application object.
    void install();
    // The interface languages this build carries, as codes ("en" first, then the translations
    // compiled into the executable, sorted): what --lang and the settings may choose from.
    static QStringList availableLanguages();

private:
    QTranslator m_qt;
    QTranslator m_own;
    bool m_haveQt = false;
    bool m_haveOwn = false;
};
