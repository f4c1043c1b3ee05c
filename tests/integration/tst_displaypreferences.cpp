// The display preferences in a real settings file: what is saved is read back, and a value
// edited by hand that is not a known one is reported (key and value) and replaced by the default.

#include "displaypreferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_DisplayPreferences : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void nothingSavedGivesTheDefaults();
    void savedChoicesAreReadBack_data();
    void savedChoicesAreReadBack();
    void badValueIsReportedAndFallsBack_data();
    void badValueIsReportedAndFallsBack();
    void namesAreTheOnesTheCommandLineTakes();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DisplayPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_DisplayPreferences::nothingSavedGivesTheDefaults()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const DisplayPreferences::Loaded loaded = DisplayPreferences(&settings).load();
    QCOMPARE(loaded.theme, DisplayPreferences::Theme::System);
    QCOMPARE(loaded.textSize, DisplayPreferences::TextSize::Normal);
    QVERIFY(loaded.language.isEmpty());
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
}

void tst_DisplayPreferences::savedChoicesAreReadBack_data()
{
    QTest::addColumn<DisplayPreferences::Theme>("theme");
    QTest::addColumn<DisplayPreferences::TextSize>("textSize");
    QTest::addColumn<QString>("language");
    QTest::newRow("dark, large, French")
        << DisplayPreferences::Theme::Dark << DisplayPreferences::TextSize::Large
        << QStringLiteral("fr");
    QTest::newRow("high contrast, extra large, system language")
        << DisplayPreferences::Theme::HighContrast << DisplayPreferences::TextSize::ExtraLarge
        << QString();
    QTest::newRow("light, normal, Brazilian Portuguese")
        << DisplayPreferences::Theme::Light << DisplayPreferences::TextSize::Normal
        << QStringLiteral("pt_BR");
    QTest::newRow("system, normal, English")
        << DisplayPreferences::Theme::System << DisplayPreferences::TextSize::Normal
        << QStringLiteral("en");
}

void tst_DisplayPreferences::savedChoicesAreReadBack()
{
    QFETCH(DisplayPreferences::Theme, theme);
    QFETCH(DisplayPreferences::TextSize, textSize);
    QFETCH(QString, language);
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        DisplayPreferences preferences(&settings);
        preferences.setTheme(theme);
        preferences.setTextSize(textSize);
        preferences.setLanguage(language);
    }
    // A new settings object, as at the next start.
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const DisplayPreferences::Loaded loaded = DisplayPreferences(&settings).load();
    QCOMPARE(loaded.theme, theme);
    QCOMPARE(loaded.textSize, textSize);
    QCOMPARE(loaded.language, language);
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
}

void tst_DisplayPreferences::badValueIsReportedAndFallsBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("theme") << QStringLiteral("display/theme") << QStringLiteral("purple");
    QTest::newRow("theme in another case")
        << QStringLiteral("display/theme") << QStringLiteral("Dark");
    QTest::newRow("text size") << QStringLiteral("display/text_size") << QStringLiteral("huge");
    QTest::newRow("text size as a number")
        << QStringLiteral("display/text_size") << QStringLiteral("1.5");
    QTest::newRow("language") << QStringLiteral("display/language")
                              << QStringLiteral("../../etc/passwd");
}

void tst_DisplayPreferences::badValueIsReportedAndFallsBack()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        DisplayPreferences preferences(&settings);
        preferences.setTheme(DisplayPreferences::Theme::Dark);
        preferences.setTextSize(DisplayPreferences::TextSize::Large);
        preferences.setLanguage(QStringLiteral("fr"));
        settings.setValue(key, value); // edited by hand
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const DisplayPreferences::Loaded loaded = DisplayPreferences(&settings).load();
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(loaded.problems.constFirst().contains(key), qPrintable(loaded.problems.constFirst()));
    QVERIFY2(loaded.problems.constFirst().contains(value),
             qPrintable(loaded.problems.constFirst()));
    // The bad one takes its default; the others are still the user's.
    QCOMPARE(loaded.theme, key.endsWith(QLatin1String("theme")) ? DisplayPreferences::Theme::System
                                                                : DisplayPreferences::Theme::Dark);
    QCOMPARE(loaded.textSize, key.endsWith(QLatin1String("text_size"))
                                  ? DisplayPreferences::TextSize::Normal
                                  : DisplayPreferences::TextSize::Large);
    QCOMPARE(loaded.language,
             key.endsWith(QLatin1String("language")) ? QString() : QStringLiteral("fr"));
}

void tst_DisplayPreferences::namesAreTheOnesTheCommandLineTakes()
{
    QCOMPARE(DisplayPreferences::themeNames(),
             QStringList({QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                          QStringLiteral("high_contrast")}));
    QCOMPARE(DisplayPreferences::textSizeNames(),
             QStringList({QStringLiteral("normal"), QStringLiteral("large"),
                          QStringLiteral("extra_large")}));
    for (const QString &name : DisplayPreferences::themeNames())
        QCOMPARE(DisplayPreferences::nameOf(*DisplayPreferences::themeNamed(name)), name);
    for (const QString &name : DisplayPreferences::textSizeNames())
        QCOMPARE(DisplayPreferences::nameOf(*DisplayPreferences::textSizeNamed(name)), name);
    QVERIFY(!DisplayPreferences::themeNamed(QStringLiteral("")));
    QVERIFY(!DisplayPreferences::textSizeNamed(QStringLiteral("xl")));
}

QTEST_GUILESS_MAIN(tst_DisplayPreferences)
#include "tst_displaypreferences.moc"
