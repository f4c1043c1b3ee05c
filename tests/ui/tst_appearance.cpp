// Themes and text sizes: every palette pair that shows text is at least 4.5:1 and every one that
// shows a control (border, focus, disabled text) at least 3:1 in WCAG's contrast ratio, in each
// theme, for the palette and for the colours the style sheets use; the text size reaches shown
// widgets, titles and bold labels included; the Display dialog offers what it should.

#include "appearance.h"
#include "displaysettingsdialog.h"
#include "environmentbadge.h"
#include "wcagcontrast.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

Q_DECLARE_METATYPE(Appearance::Scheme)

namespace {
using WcagContrast::kControl;
using WcagContrast::kText;

double contrast(const QColor &a, const QColor &b)
{
    return WcagContrast::ratio(a, b);
}

// The face Fusion paints a push button with: the Button colour lightened, the top of its
// gradient lighter still (what the button's text is read against).
QColor fusionButtonFace(const QColor &button)
{
    QColor face = button.lighter(100 + std::max(1, (180 - qGray(button.rgb())) / 6));
    face.setHsv(face.hue(), int(face.saturation() * 0.75), face.value());
    return face.lighter(124);
}

struct Pair {
    QString name;
    QColor foreground;
    QColor background;
    double minimum;
};

QList<Pair> pairsOf(Appearance::Scheme scheme)
{
    const QPalette p = Appearance::palette(scheme);
    auto c = [&p](QPalette::ColorRole role, QPalette::ColorGroup group = QPalette::Active) {
        return p.color(group, role);
    };
    QList<Pair> pairs = {
        {QStringLiteral("WindowText/Window"), c(QPalette::WindowText), c(QPalette::Window), kText},
        {QStringLiteral("Text/Base"), c(QPalette::Text), c(QPalette::Base), kText},
        {QStringLiteral("Text/AlternateBase"), c(QPalette::Text), c(QPalette::AlternateBase),
         kText},
        {QStringLiteral("ButtonText/Button"), c(QPalette::ButtonText), c(QPalette::Button), kText},
        {QStringLiteral("ButtonText/Fusion button face"), c(QPalette::ButtonText),
         fusionButtonFace(c(QPalette::Button)), kText},
        {QStringLiteral("HighlightedText/Highlight"), c(QPalette::HighlightedText),
         c(QPalette::Highlight), kText},
        {QStringLiteral("PlaceholderText/Base"), c(QPalette::PlaceholderText), c(QPalette::Base),
         kText},
        {QStringLiteral("Link/Base"), c(QPalette::Link), c(QPalette::Base), kText},
        {QStringLiteral("Link/Window"), c(QPalette::Link), c(QPalette::Window), kText},
        {QStringLiteral("LinkVisited/Base"), c(QPalette::LinkVisited), c(QPalette::Base), kText},
        {QStringLiteral("ToolTipText/ToolTipBase"), c(QPalette::ToolTipText),
         c(QPalette::ToolTipBase), kText},
        {QStringLiteral("disabled ButtonText/Button"), c(QPalette::ButtonText, QPalette::Disabled),
         c(QPalette::Button, QPalette::Disabled), kControl},
        {QStringLiteral("disabled ButtonText/Fusion button face"),
         c(QPalette::ButtonText, QPalette::Disabled),
         fusionButtonFace(c(QPalette::Button, QPalette::Disabled)), kControl},
        {QStringLiteral("disabled WindowText/Window"), c(QPalette::WindowText, QPalette::Disabled),
         c(QPalette::Window, QPalette::Disabled), kControl},
        {QStringLiteral("disabled Text/Base"), c(QPalette::Text, QPalette::Disabled),
         c(QPalette::Base, QPalette::Disabled), kControl},
        {QStringLiteral("border (Mid)/Window"), c(QPalette::Mid), c(QPalette::Window), kControl},
        {QStringLiteral("border (Mid)/Base"), c(QPalette::Mid), c(QPalette::Base), kControl},
        {QStringLiteral("border (Mid)/Button"), c(QPalette::Mid), c(QPalette::Button), kControl},
        {QStringLiteral("disabled border (Mid)/Window"), c(QPalette::Mid, QPalette::Disabled),
         c(QPalette::Window, QPalette::Disabled), kControl},
        {QStringLiteral("focus (Highlight)/Window"), c(QPalette::Highlight), c(QPalette::Window),
         kControl},
        {QStringLiteral("focus (Highlight)/Base"), c(QPalette::Highlight), c(QPalette::Base),
         kControl},
    };
    // The style sheets' colours: a panel's text on the panel, other text on the window and on
    // a view.
    for (Appearance::Tone tone : Appearance::tones()) {
        const Appearance::Colours colours = Appearance::colours(scheme, tone);
        const QString name = QStringLiteral("tone ") + Appearance::nameOf(tone);
        if (colours.background.isValid()) {
            pairs.append({name + QStringLiteral("/its panel"), colours.foreground,
                          colours.background, kText});
        } else {
            pairs.append(
                {name + QStringLiteral("/Window"), colours.foreground, c(QPalette::Window), kText});
            pairs.append(
                {name + QStringLiteral("/Base"), colours.foreground, c(QPalette::Base), kText});
        }
    }
    // The site badge is white on the environment's colour in every theme.
    for (SiteProfile::Environment environment :
         {SiteProfile::Environment::Testing, SiteProfile::Environment::Sandbox})
        pairs.append(
            {QStringLiteral("environment badge ")
                 + (environment == SiteProfile::Environment::Testing ? QStringLiteral("TESTING")
                                                                     : QStringLiteral("SANDBOX")),
             QColor(Qt::white), EnvironmentBadge::colourFor(environment), kText});
    return pairs;
}

QString schemeName(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Scheme::Light:
        break;
    case Appearance::Scheme::Dark:
        return QStringLiteral("dark");
    case Appearance::Scheme::HighContrast:
        return QStringLiteral("high contrast");
    }
    return QStringLiteral("light");
}
} // namespace

class tst_Appearance : public QObject
{
    Q_OBJECT
private slots:
    void everyPairIsReadable_data();
    void everyPairIsReadable();
    void styleSheetNamesEveryTone();
    void themeReachesAShownWidget_data();
    void themeReachesAShownWidget();
    void textSizeReachesAShownWidget();
    void systemThemeFollowsTheDesktop();
    void displayDialogOffersThemesSizesAndLanguages();
    void displayDialogSaysWhatWasChosen();
    void everyLanguageIsNamedInItsOwnWords_data();
    void everyLanguageIsNamedInItsOwnWords();
};

void tst_Appearance::everyPairIsReadable_data()
{
    QTest::addColumn<Appearance::Scheme>("scheme");
    QTest::newRow("light") << Appearance::Scheme::Light;
    QTest::newRow("dark") << Appearance::Scheme::Dark;
    QTest::newRow("high contrast") << Appearance::Scheme::HighContrast;
}

void tst_Appearance::everyPairIsReadable()
{
    QFETCH(Appearance::Scheme, scheme);
    const QList<Pair> pairs = pairsOf(scheme);
    QVERIFY(pairs.size() > 30);
    QStringList failures;
    Pair lowestText{{}, {}, {}, 0};
    Pair lowestControl{{}, {}, {}, 0};
    double lowestTextRatio = 100, lowestControlRatio = 100;
    for (const Pair &pair : pairs) {
        QVERIFY2(pair.foreground.isValid() && pair.background.isValid(), qPrintable(pair.name));
        const double ratio = contrast(pair.foreground, pair.background);
        if (ratio < pair.minimum)
            failures << QStringLiteral("%1: %2 on %3 is %4:1, under %5:1")
                            .arg(pair.name, pair.foreground.name(), pair.background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(pair.minimum);
        double &lowest = pair.minimum == kText ? lowestTextRatio : lowestControlRatio;
        if (ratio < lowest) {
            lowest = ratio;
            (pair.minimum == kText ? lowestText : lowestControl) = pair;
        }
    }
    // The figures for the record: the weakest pair of each kind.
    qInfo().noquote() << schemeName(scheme) << "lowest text pair:" << lowestText.name
                      << QString::number(lowestTextRatio, 'f', 2) + QStringLiteral(":1")
                      << "| lowest control pair:" << lowestControl.name
                      << QString::number(lowestControlRatio, 'f', 2) + QStringLiteral(":1");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void tst_Appearance::styleSheetNamesEveryTone()
{
    // Every tone a widget may carry has its rule in every scheme; titles are sized from the body.
    for (Appearance::Scheme scheme :
         {Appearance::Scheme::Light, Appearance::Scheme::Dark, Appearance::Scheme::HighContrast}) {
        const QString sheet = Appearance::styleSheet(scheme, 10);
        for (Appearance::Tone tone : Appearance::tones())
            QVERIFY2(sheet.contains(QStringLiteral("[tone=\"%1\"]").arg(Appearance::nameOf(tone))),
                     qPrintable(Appearance::nameOf(tone)));
        QVERIFY(sheet.contains(QStringLiteral("[textRole=\"title\"] { font-size: 15.0pt")));
    }
}

void tst_Appearance::themeReachesAShownWidget_data()
{
    QTest::addColumn<DisplayPreferences::Theme>("theme");
    QTest::addColumn<Appearance::Scheme>("scheme");
    QTest::newRow("light") << DisplayPreferences::Theme::Light << Appearance::Scheme::Light;
    QTest::newRow("dark") << DisplayPreferences::Theme::Dark << Appearance::Scheme::Dark;
    QTest::newRow("high contrast")
        << DisplayPreferences::Theme::HighContrast << Appearance::Scheme::HighContrast;
}

void tst_Appearance::themeReachesAShownWidget()
{
    QFETCH(DisplayPreferences::Theme, theme);
    QFETCH(Appearance::Scheme, scheme);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *plain = new QLabel(QStringLiteral("Plain"), &window);
    auto *error = new QLabel(QStringLiteral("Could not load"), &window);
    Appearance::setTone(error, Appearance::Tone::Error);
    auto *panel = new QLabel(QStringLiteral("Progress 40 %, under 80 %"), &window);
    Appearance::setTone(panel, Appearance::Tone::Warning);
    layout->addWidget(plain);
    layout->addWidget(error);
    layout->addWidget(panel);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Changed while shown, as from the Display dialog.
    Appearance::apply(theme, DisplayPreferences::TextSize::Normal);
    QCOMPARE(Appearance::current(), scheme);
    const QPalette expected = Appearance::palette(scheme);
    QCOMPARE(window.palette().color(QPalette::Window), expected.color(QPalette::Window));
    QCOMPARE(plain->palette().color(plain->foregroundRole()), expected.color(QPalette::WindowText));
    QCOMPARE(error->palette().color(error->foregroundRole()),
             Appearance::colours(scheme, Appearance::Tone::Error).foreground);
    QCOMPARE(panel->palette().color(panel->foregroundRole()),
             Appearance::colours(scheme, Appearance::Tone::Warning).foreground);
    // What is drawn: the panel's background in its pixels.
    const QImage image = panel->grab().toImage();
    QCOMPARE(QColor(image.pixel(image.width() / 2, 1)).name(),
             Appearance::colours(scheme, Appearance::Tone::Warning).background.name());
}

void tst_Appearance::textSizeReachesAShownWidget()
{
    Appearance::apply(DisplayPreferences::Theme::Light, DisplayPreferences::TextSize::Normal);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *body = new QLabel(QStringLiteral("Body"), &window);
    auto *title = new QLabel(QStringLiteral("Title"), &window);
    Appearance::setTextRole(title, Appearance::TextRole::Title);
    auto *bold = new QPushButton(QStringLiteral("Close intervention"), &window);
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    layout->addWidget(body);
    layout->addWidget(title);
    layout->addWidget(bold);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qreal normal = body->font().pointSizeF();
    QVERIFY(normal > 0);
    QCOMPARE(title->font().pointSizeF(), normal * 1.5);
    // Buttons are at least 48 px tall whatever the text (TouchStyle): the text size shows in
    // the width its words take.
    const int normalWidth = bold->sizeHint().width();

    for (const auto &[size, factor] : {std::pair{DisplayPreferences::TextSize::Large, 1.25},
                                       std::pair{DisplayPreferences::TextSize::ExtraLarge, 1.5},
                                       std::pair{DisplayPreferences::TextSize::Normal, 1.0}}) {
        Appearance::apply(DisplayPreferences::Theme::Light, size);
        QCOMPARE(Appearance::currentTextSize(), size);
        QTRY_COMPARE(body->font().pointSizeF(), normal * factor);
        QCOMPARE(title->font().pointSizeF(),
                 QString::number(normal * factor * 1.5, 'f', 1).toDouble()); // the sheet's rounding
        QCOMPARE(bold->font().pointSizeF(), normal * factor);
        QVERIFY(bold->font().bold());
    }
    Appearance::apply(DisplayPreferences::Theme::Light, DisplayPreferences::TextSize::ExtraLarge);
    QVERIFY2(bold->sizeHint().width() > normalWidth,
             qPrintable(QString::number(bold->sizeHint().width())));
    QVERIFY(bold->sizeHint().height() >= 48);
    Appearance::apply(DisplayPreferences::Theme::Light, DisplayPreferences::TextSize::Normal);
}

void tst_Appearance::systemThemeFollowsTheDesktop()
{
    // Offscreen, the platform's palette is light; GTK_THEME asks for the dark variant.
    const QByteArray saved = qgetenv("GTK_THEME");
    qunsetenv("GTK_THEME");
    QCOMPARE(Appearance::resolve(DisplayPreferences::Theme::System), Appearance::Scheme::Light);
    qputenv("GTK_THEME", "Adwaita:dark");
    QCOMPARE(Appearance::resolve(DisplayPreferences::Theme::System), Appearance::Scheme::Dark);
    QCOMPARE(Appearance::resolve(DisplayPreferences::Theme::Light), Appearance::Scheme::Light);
    if (saved.isEmpty())
        qunsetenv("GTK_THEME");
    else
        qputenv("GTK_THEME", saved);
}

void tst_Appearance::displayDialogOffersThemesSizesAndLanguages()
{
    DisplayPreferences::Loaded current;
    current.theme = DisplayPreferences::Theme::Dark;
    current.textSize = DisplayPreferences::TextSize::Large;
    current.language = QStringLiteral("fr");
    DisplaySettingsDialog dialog(current, {QStringLiteral("en"), QStringLiteral("fr")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
    auto *size = dialog.findChild<QComboBox *>(QStringLiteral("textSizeCombo"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(theme && size && language);
    QCOMPARE(theme->count(), 4);
    QCOMPARE(DisplayPreferences::Theme(theme->currentData().toInt()),
             DisplayPreferences::Theme::Dark);
    QCOMPARE(size->count(), 3);
    QCOMPARE(DisplayPreferences::TextSize(size->currentData().toInt()),
             DisplayPreferences::TextSize::Large);
    // Each language in its own words, after the system's.
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->itemText(1), QStringLiteral("English"));
    QCOMPARE(language->itemText(2), QStringLiteral("Français"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("fr"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageRestartNote"))->isVisible());
    // Finger-sized, as everything else.
    for (QWidget *w : QList<QWidget *>{theme, size, language})
        QVERIFY(w->height() >= 48);
}

void tst_Appearance::everyLanguageIsNamedInItsOwnWords_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutsch");
    // No "es" row: Qt 6.4 names it "Español de España" (its territory), to be settled apart.
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Français");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Italiano");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Nederlands");
}

void tst_Appearance::everyLanguageIsNamedInItsOwnWords()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    // A technician who cannot read the current language still finds their own in the list.
    DisplaySettingsDialog dialog({}, {code});
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(language);
    const int index = language->findData(code);
    QVERIFY(index > 0);
    QCOMPARE(language->itemText(index), name);
}

void tst_Appearance::displayDialogSaysWhatWasChosen()
{
    DisplaySettingsDialog dialog({}, {QStringLiteral("en"), QStringLiteral("fr")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy themes(&dialog, &DisplaySettingsDialog::themeChosen);
    QSignalSpy sizes(&dialog, &DisplaySettingsDialog::textSizeChosen);
    QSignalSpy languages(&dialog, &DisplaySettingsDialog::languageChosen);
    auto choose = [](QComboBox *combo, int index) {
        combo->setFocus();
        combo->setCurrentIndex(index);
        emit combo->activated(index); // as a choice in the open list does
    };
    choose(dialog.findChild<QComboBox *>(QStringLiteral("themeCombo")), 3);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("textSizeCombo")), 2);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo")), 2);
    QCOMPARE(themes.size(), 1);
    QCOMPARE(themes.first().first().value<DisplayPreferences::Theme>(),
             DisplayPreferences::Theme::HighContrast);
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(sizes.first().first().value<DisplayPreferences::TextSize>(),
             DisplayPreferences::TextSize::ExtraLarge);
    QCOMPARE(languages.size(), 1);
    QCOMPARE(languages.first().first().toString(), QStringLiteral("fr"));
}

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"
