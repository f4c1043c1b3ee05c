// Qt's own words (standard buttons and dialogs) follow the interface language: AppTranslations
// installs Qt's qtbase translation from the system's Qt translations folder.
#include "apptranslations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QTest>

class tst_QtTranslations : public QObject
{
    Q_OBJECT
private slots:
    void standardButtonsSpeakTheLanguage_data();
    void standardButtonsSpeakTheLanguage();
};

void tst_QtTranslations::standardButtonsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cancelar");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Annulla");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Annuleren");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cancel");
}

void tst_QtTranslations::standardButtonsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    // Each language's file is there (qt6-translations-l10n); English is Qt's source.
    if (language != QLatin1String("en"))
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                               + QStringLiteral("/qtbase_") + language + QStringLiteral(".qm")),
                 "qtbase translation missing: install qt6-translations-l10n");
    AppTranslations translations;
    translations.load(language);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
    QCOMPARE(QLocale().name().left(2), language);
}

QTEST_MAIN(tst_QtTranslations)
#include "tst_qttranslations.moc"
