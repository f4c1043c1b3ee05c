#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

void AppTranslations::load(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    m_haveQt = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_haveOwn = m_own.load(locale, QStringLiteral("fieldconnect"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
    // A language FieldConnect does not speak shows the English source: with its plural forms
    // ("1 work order", not "1 work order(s)").
    if (!m_haveOwn)
        m_haveOwn = m_own.load(QStringLiteral("fieldconnect_en"), QStringLiteral(":/i18n"));
    install();
}

void AppTranslations::install()
{
    if (m_haveQt)
        QCoreApplication::installTranslator(&m_qt);
    if (m_haveOwn)
        QCoreApplication::installTranslator(&m_own);
}

QStringList AppTranslations::availableLanguages()
{
    // English is the source language: its file holds only the plural forms.
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({QStringLiteral("fieldconnect_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(13, file.size() - 13 - 3));
    languages.removeAll(QStringLiteral("en"));
    languages.prepend(QStringLiteral("en"));
    return languages;
}
