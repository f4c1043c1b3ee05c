// The settings dialog with QTest clicks and keys: validation in words next to each field,
// Test connection against the sandbox with a good and a bad token, the token never shown back,
// and switching profile: API base, badge, connector URL and web profile all follow. Every key
// of a profile has its input; what the organisation set is shown locked.

#include "callbackschemehandler.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "environmentbadge.h"
#include "fallbackcredentialstore.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "profileregistry.h"
#include "profileswitcher.h"
#include "sandboxserver.h"
#include "settingsdialog.h"
#include "siteprofileconfig.h"
#include "testapp.h"
#include "webprofiles.h"
#include "workorderstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineProfile>

#include <memory>
#include <optional>

namespace {
// The product's application object, on the sandbox and a user profile of its own.
using App = TestApp;

std::optional<CredentialStore::Result> readToken(CredentialStore &store, const QString &id)
{
    std::optional<CredentialStore::Result> result;
    store.read(QStringLiteral("api-token/") + id, nullptr,
               [&result](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        qWarning("the store never answered");
    return result;
}
} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listShowsEveryProfileAndSandboxIsReadOnly();
    void validationIsShownNextToTheField_data();
    void validationIsShownNextToTheField();
    void newProfileIsSavedAndEditable();
    void everyProfileKeyHasAnInputAndSurvivesASave();
    void emptyFieldTakesTheDefaultItsPlaceholderShows();
    void typeThresholdsAreEditedInOneField_data();
    void typeThresholdsAreEditedInOneField();
    void organisationsValuesAreLockedTheOthersEditable();
    void dialogFitsTheScreenAndScrollsInside();
    void testConnectionReportsInWords_data();
    void testConnectionReportsInWords();
    void tokenIsSavedNeverShownBackAndRemoved();
    void switchingProfileChangesApiBadgeConnectorAndWebProfile();

private:
    SiteProfile qaProfile() const;
    void fillValidForm(SettingsDialog &dialog, const QString &id);
    QString planAndCreate(const QString &name);

    std::unique_ptr<App> m_app;
};

SiteProfile tst_SettingsDialog::qaProfile() const
{
    // The same sandbox reached by another name: a different API base and studio, a different
    // site profile id, and a testing environment.
    SiteProfile p = m_app->sandbox.siteProfile();
    p.id = QStringLiteral("qa-testing");
    p.displayName = QStringLiteral("QA site");
    p.environment = SiteProfile::Environment::Testing;
    const int port = m_app->sandbox.siteProfile().studioUrl.port();
    p.studioUrl = QUrl(QStringLiteral("http://localhost:%1").arg(port));
    p.apiUrl = QUrl(QStringLiteral("http://localhost:%1/v0.2/").arg(port));
    p.threshold = 80;
    return p;
}

void tst_SettingsDialog::init()
{
    m_app = std::make_unique<App>();
    App &a = *m_app;
    QString why;
    QVERIFY2(a.startSandbox(&why), qPrintable(why));
    QVERIFY2(a.start(&why), qPrintable(why));
    QVERIFY(a.app()->registry()->saveUserProfile(qaProfile()).isEmpty());
    QVERIFY(a.launch(false, QStringLiteral("ui")));
    QCOMPARE(a.app()->registry()->activeId(), QStringLiteral("sandbox"));
}

void tst_SettingsDialog::cleanup()
{
    m_app.reset();
}

void tst_SettingsDialog::fillValidForm(SettingsDialog &dialog, const QString &id)
{
    auto set = [&dialog](const char *key, const QString &text) {
        QLineEdit *edit = dialog.field(QLatin1String(key));
        QVERIFY2(edit, key);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    set("name", QStringLiteral("ACME production"));
    set("id", id);
    set("site_id", QStringLiteral("000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b"));
    set("org_slug", QStringLiteral("acme"));
    set("studio_url", QStringLiteral("https://studio.deepomatic.com"));
    set("api_url", QString());
    set("threshold", QStringLiteral("90"));
    dialog.choice(QStringLiteral("environment"))->setCurrentIndex(1); // production
}

void tst_SettingsDialog::listShowsEveryProfileAndSandboxIsReadOnly()
{
    App &a = *m_app;
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("SANDBOX — Sandbox")));
    QVERIFY(list->item(0)->text().contains(QLatin1String("in use")));
    QCOMPARE(list->item(1)->text(), QStringLiteral("TESTING — QA site"));
    QCOMPARE(dialog.selectedId(), QStringLiteral("sandbox"));
    QVERIFY(dialog.field(QStringLiteral("site_id"))->isReadOnly());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("originNote"))
                ->text()
                .contains(QLatin1String("read-only")));
    dialog.selectProfile(QStringLiteral("qa-testing"));
    QVERIFY(!dialog.field(QStringLiteral("site_id"))->isReadOnly());
    QCOMPARE(dialog.field(QStringLiteral("threshold"))->text(), QStringLiteral("80"));
}

void tst_SettingsDialog::validationIsShownNextToTheField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("site_id") << QStringLiteral("site_id") << QStringLiteral("1234")
                             << QStringLiteral("site_id")
                             << QStringLiteral("\"1234\" is not a UUID");
    QTest::newRow("org_slug") << QStringLiteral("org_slug") << QStringLiteral("Acme Corp")
                              << QStringLiteral("org_slug")
                              << QStringLiteral("\"Acme Corp\" is not a slug");
    QTest::newRow("http studio") << QStringLiteral("studio_url")
                                 << QStringLiteral("http://studio.example.com")
                                 << QStringLiteral("studio_url")
                                 << QStringLiteral("is not an https URL (plain http only on "
                                                   "loopback)");
    QTest::newRow("threshold") << QStringLiteral("threshold") << QStringLiteral("150")
                               << QStringLiteral("threshold")
                               << QStringLiteral("\"150\" is not an integer from 0 to 100");
    QTest::newRow("allow_hosts") << QStringLiteral("allow_hosts")
                                 << QStringLiteral("https://login.example.com")
                                 << QStringLiteral("allow_hosts")
                                 << QStringLiteral("is not a host name");
    QTest::newRow("profile id") << QStringLiteral("id") << QStringLiteral("Bad Id")
                                << QStringLiteral("form")
                                << QStringLiteral("The profile id \"Bad Id\" must be");
    QTest::newRow("duplicate id") << QStringLiteral("id") << QStringLiteral("qa-testing")
                                  << QStringLiteral("form")
                                  << QStringLiteral("A profile with the id \"qa-testing\" already "
                                                    "exists.");
}

void tst_SettingsDialog::validationIsShownNextToTheField()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);
    App &a = *m_app;
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    fillValidForm(dialog, QStringLiteral("acme-prod"));
    dialog.field(key)->clear();
    QTest::keyClicks(dialog.field(key), text);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QLabel *label = errorLabel == QLatin1String("form")
                        ? dialog.findChild<QLabel *>(QStringLiteral("formError"))
                        : dialog.fieldError(errorLabel);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    QCOMPARE(a.app()->registry()->entries().size(), 2); // nothing saved
}

void tst_SettingsDialog::newProfileIsSavedAndEditable()
{
    App &a = *m_app;
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    QSignalSpy saved(a.app()->registry(), &ProfileRegistry::userProfilesChanged);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    fillValidForm(dialog, QStringLiteral("acme-prod"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const auto entry = a.app()->registry()->entry(QStringLiteral("acme-prod"));
    QVERIFY(entry);
    QCOMPARE(entry->profile.environment, SiteProfile::Environment::Production);
    QCOMPARE(entry->profile.threshold, 90);
    QCOMPARE(dialog.selectedId(), QStringLiteral("acme-prod"));
    QCOMPARE(a.app()->registry()->activeId(), QStringLiteral("sandbox")); // saving does not switch

    // Edit: a field changes, what the form does not show is kept.
    dialog.field(QStringLiteral("threshold"))->clear();
    QTest::keyClicks(dialog.field(QStringLiteral("threshold")), QStringLiteral("75"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QCOMPARE(a.app()->registry()->entry(QStringLiteral("acme-prod"))->profile.threshold, 75);
    QCOMPARE(a.app()->registry()->entries().size(), 3);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeButton")),
                      Qt::LeftButton);
    QVERIFY(!a.app()->registry()->entry(QStringLiteral("acme-prod")));
}

void tst_SettingsDialog::everyProfileKeyHasAnInputAndSurvivesASave()
{
    App &a = *m_app;
    // A profile far from the defaults in every key.
    SiteProfile p = qaProfile();
    p.id = QStringLiteral("everything");
    p.displayName = QStringLiteral("Everything set");
    p.region = SiteProfile::Region::US;
    p.callbackMode = SiteProfile::CallbackMode::HttpsPrefix;
    p.httpsCallbackPrefix = QUrl(QStringLiteral("https://acme.example.com/fc/"));
    p.useFragment = true;
    p.verificationPolicy = SiteProfile::VerificationPolicy::AllowUnverified;
    p.navigationAllowList = {QStringLiteral("login.example.com")};
    p.photoHosts = {QStringLiteral("storage.example.com")};
    p.externalLinks = SiteProfile::ExternalLinks::Open;
    p.mediaPermissions = SiteProfile::MediaPermissions::Deny;
    p.allowDownloads = true;
    p.privateBrowsing = true;
    p.typeThresholds = {{QStringLiteral("installation"), 70}, {QStringLiteral("maintenance"), 55}};
    p.supervisorOverride = true;
    p.tlsOverrides = {{QStringLiteral("localhost"), QByteArray(32, '\x2a')}};
    p.closureReportUrl = QUrl(QStringLiteral("https://reports.example.com/closures"));
    p.maxRequestsInFlight = 2;
    p.lookupByName = true;
    p.closeWithoutLaunch = false;
    QVERIFY(a.app()->registry()->saveUserProfile(p).isEmpty());
    const QHash<QString, QString> before = SiteProfileConfig::toValues(p, QStringLiteral("g"));

    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    dialog.selectProfile(p.id);
    for (const QString &key : SiteProfileConfig::knownKeys(QStringLiteral("g"))) {
        const QString name = key.mid(2);
        QWidget *input = dialog.input(name);
        QVERIFY2(input, qPrintable(name));
        QVERIFY2(input->isEnabled(), qPrintable(name));
    }
    QCOMPARE(dialog.field(QStringLiteral("type_thresholds"))->text(),
             QStringLiteral("installation=70, maintenance=55"));
    QCOMPARE(dialog.choice(QStringLiteral("connector_mode"))->currentData().toString(),
             QStringLiteral("embedded"));
    QVERIFY(dialog.flag(QStringLiteral("private_browsing"))->isChecked());
    QVERIFY(!dialog.flag(QStringLiteral("close_without_launch"))->isChecked());

    // Saved as shown: the same profile comes back.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY2(!dialog.findChild<QLabel *>(QStringLiteral("formError"))->isVisible(),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("formError"))->text()));
    const auto saved = a.app()->registry()->entry(p.id);
    QVERIFY(saved);
    QCOMPARE(SiteProfileConfig::toValues(saved->profile, QStringLiteral("g")), before);

    // A change in a key only this dialog's new rows show, then saved.
    dialog.flag(QStringLiteral("lookup_by_name"))->click();
    dialog.choice(QStringLiteral("media_permissions"))->setCurrentIndex(0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    const SiteProfile changed = a.app()->registry()->entry(p.id)->profile;
    QVERIFY(!changed.lookupByName);
    QCOMPARE(changed.mediaPermissions, SiteProfile::MediaPermissions::AllowListed);
    QCOMPARE(changed.typeThresholds.value(QStringLiteral("installation")), 70);
}

void tst_SettingsDialog::emptyFieldTakesTheDefaultItsPlaceholderShows()
{
    App &a = *m_app;
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    fillValidForm(dialog, QStringLiteral("defaults"));
    for (const char *key : {"threshold", "studio_url", "max_requests_in_flight"})
        dialog.field(QLatin1String(key))->clear();
    QCOMPARE(dialog.field(QStringLiteral("threshold"))->placeholderText(), QStringLiteral("100"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    const auto entry = a.app()->registry()->entry(QStringLiteral("defaults"));
    QVERIFY2(entry, qPrintable(dialog.findChild<QLabel *>(QStringLiteral("formError"))->text()));
    QCOMPARE(entry->profile.threshold, 100);
    QCOMPARE(entry->profile.studioUrl, SiteProfile().studioUrl);
    QCOMPARE(entry->profile.maxRequestsInFlight, SiteProfile().maxRequestsInFlight);
    QCOMPARE(entry->profile.closeWithoutLaunch, SiteProfile().closeWithoutLaunch);
    // Examples are marked as such, not shown as if they were values.
    QVERIFY(dialog.field(QStringLiteral("org_slug"))
                ->placeholderText()
                .contains(QLatin1String("for example")));
}

void tst_SettingsDialog::typeThresholdsAreEditedInOneField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // empty: saved

    QTest::newRow("two types") << QStringLiteral("installation=80; maintenance = 60") << QString();
    QTest::newRow("out of range") << QStringLiteral("installation=150")
                                  << QStringLiteral("\"150\" is not an integer from 0 to 100");
    QTest::newRow("no value") << QStringLiteral("installation")
                              << QStringLiteral("\"installation\" is not <work order type>=");
    QTest::newRow("space in type")
        << QStringLiteral("meter reading=50") << QStringLiteral("\"meter reading=50\" is not");
}

void tst_SettingsDialog::typeThresholdsAreEditedInOneField()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    App &a = *m_app;
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    dialog.selectProfile(QStringLiteral("qa-testing"));
    QLineEdit *field = dialog.field(QStringLiteral("type_thresholds"));
    QVERIFY(field);
    QTest::keyClicks(field, text);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    const SiteProfile saved = a.app()->registry()->entry(QStringLiteral("qa-testing"))->profile;
    QLabel *label = dialog.fieldError(QStringLiteral("type_thresholds"));
    if (error.isEmpty()) {
        QVERIFY2(!label->isVisible(), qPrintable(label->text()));
        QCOMPARE(saved.typeThresholds.value(QStringLiteral("installation")), 80);
        QCOMPARE(saved.typeThresholds.value(QStringLiteral("maintenance")), 60);
        QCOMPARE(field->text(), QStringLiteral("installation=80, maintenance=60"));
    } else {
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(error), qPrintable(label->text()));
        QVERIFY(saved.typeThresholds.isEmpty()); // nothing saved
    }
}

void tst_SettingsDialog::organisationsValuesAreLockedTheOthersEditable()
{
    App &a = *m_app;
    const QString where = QStringLiteral("/etc/xdg/FieldConnect/fieldconnect.ini:12");
    a.app()->registry()->setManaged({{QStringLiteral("qa-testing"),
                                      {{QStringLiteral("threshold"), where},
                                       {QStringLiteral("connector_mode"), where},
                                       {QStringLiteral("private_browsing"), where},
                                       {QStringLiteral("threshold.installation"), where}}}});
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    dialog.selectProfile(QStringLiteral("qa-testing"));

    for (const char *key : {"threshold", "connector_mode", "private_browsing", "type_thresholds"}) {
        QLabel *lock = dialog.fieldLock(QLatin1String(key));
        QVERIFY2(lock && lock->isVisible(), key);
        QCOMPARE(lock->text(), QStringLiteral("Set by your organisation"));
        QVERIFY2(dialog.input(QLatin1String(key))->toolTip().contains(where), key);
    }
    QLineEdit *threshold = dialog.field(QStringLiteral("threshold"));
    QVERIFY(threshold->isReadOnly());
    QVERIFY(!threshold->hasFrame()); // reads as text, not as a field
    QCOMPARE(threshold->palette().color(QPalette::Base),
             threshold->palette().color(QPalette::Window));
    QVERIFY(!dialog.choice(QStringLiteral("connector_mode"))->isEnabled());
    QVERIFY(!dialog.flag(QStringLiteral("private_browsing"))->isEnabled());
    QVERIFY(dialog.field(QStringLiteral("type_thresholds"))->isReadOnly());
    // What the organisation did not set stays the user's.
    QLineEdit *slug = dialog.field(QStringLiteral("org_slug"));
    QVERIFY(!slug->isReadOnly());
    QVERIFY(slug->hasFrame());
    QVERIFY(slug->palette().color(QPalette::Base) != slug->palette().color(QPalette::Window));
    QVERIFY(!dialog.fieldLock(QStringLiteral("org_slug"))->isVisible());
    QVERIFY(dialog.choice(QStringLiteral("callback_mode"))->isEnabled());
    QVERIFY(dialog.flag(QStringLiteral("allow_downloads"))->isEnabled());

    // Typing in the locked field changes nothing; the free one is saved.
    QTest::keyClicks(threshold, QStringLiteral("5"));
    QCOMPARE(threshold->text(), QStringLiteral("80"));
    slug->clear();
    QTest::keyClicks(slug, QStringLiteral("acme-qa"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    const SiteProfile saved = a.app()->registry()->entry(QStringLiteral("qa-testing"))->profile;
    QCOMPARE(saved.orgSlug, QStringLiteral("acme-qa"));
    QCOMPARE(saved.threshold, 80);

    // Another profile the organisation did not touch: nothing locked.
    dialog.selectProfile(QStringLiteral("sandbox"));
    QVERIFY(!dialog.fieldLock(QStringLiteral("threshold"))->isVisible());
}

void tst_SettingsDialog::dialogFitsTheScreenAndScrollsInside()
{
    App &a = *m_app;
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect screen = dialog.screen()->availableGeometry();
    QVERIFY2(
        dialog.frameGeometry().height() <= screen.height(),
        qPrintable(
            QStringLiteral("%1 > %2").arg(dialog.frameGeometry().height()).arg(screen.height())));
    QVERIFY(dialog.width() <= screen.width());
    // Close stays on screen; the form scrolls above it.
    auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close->isVisible());
    QVERIFY(close->height() >= 48);
    QVERIFY(dialog.rect().contains(QRect(close->mapTo(&dialog, QPoint(0, 0)), close->size())));
    auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
    QVERIFY(scroll);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // more than a screen of settings
    QWidget *last = dialog.input(QStringLiteral("tls_override"));
    scroll->ensureWidgetVisible(last);
    QVERIFY(scroll->viewport()->rect().contains(
        QRect(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size())));
}

void tst_SettingsDialog::testConnectionReportsInWords_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("good token") << QStringLiteral("sandbox")
                                << QString::fromLatin1(SandboxServer::DemoToken)
                                << QStringLiteral("OK: connected to 127.0.0.1");
    QTest::newRow("bad token") << QStringLiteral("sandbox") << QStringLiteral("wrong-token")
                               << QStringLiteral("401: invalid token");
    QTest::newRow("good token, other profile")
        << QStringLiteral("qa-testing") << QString::fromLatin1(SandboxServer::DemoToken)
        << QStringLiteral("OK: connected to localhost");
    QTest::newRow("nothing listening") << QStringLiteral("closed-port") << QStringLiteral("any")
                                       << QStringLiteral("Cannot reach "
                                                         "127.0.0.1:");
}

void tst_SettingsDialog::testConnectionReportsInWords()
{
    QFETCH(QString, profile);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    App &a = *m_app;
    SiteProfile closed = qaProfile();
    closed.id = QStringLiteral("closed-port");
    closed.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v0.2/"));
    QVERIFY(a.app()->registry()->saveUserProfile(closed).isEmpty());
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    dialog.selectProfile(profile);
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("tokenField"));
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, token);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(expected), qPrintable(status->text()),
                              15000);
    QVERIFY(!status->text().contains(token));
}

void tst_SettingsDialog::tokenIsSavedNeverShownBackAndRemoved()
{
    App &a = *m_app;
    const QString secret = QStringLiteral("c0ffee00deadbeef0123456789abcdef01234567");
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    QSignalSpy changed(&dialog, &SettingsDialog::tokenChanged);
    dialog.show();
    dialog.selectProfile(QStringLiteral("qa-testing"));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("tokenField"));
    QTest::keyClicks(field, secret);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveTokenButton")),
                      Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("qa-testing"));
    QVERIFY(field->text().isEmpty());
    auto stored = readToken(a.keychain, QStringLiteral("qa-testing"));
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->secret, secret);

    // Shown again: nothing of the token in any field or label of the dialog.
    dialog.selectProfile(QStringLiteral("sandbox"));
    dialog.selectProfile(QStringLiteral("qa-testing"));
    QVERIFY(field->text().isEmpty());
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(secret));
    for (QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY(!label->text().contains(secret));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeTokenButton")),
                      Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    stored = readToken(a.keychain, QStringLiteral("qa-testing"));
    QCOMPARE(stored->status, CredentialStore::Status::NotFound);
}

QString tst_SettingsDialog::planAndCreate(const QString &name)
{
    App &a = *m_app;
    const QJsonObject seed = a.sandbox.seededWorkOrders().constFirst();
    WorkOrder wo;
    wo.key = wo.name = name;
    wo.plannedDate = QDate::currentDate();
    wo.technicianEmail = seed.value(QStringLiteral("field_engineer_email")).toString();
    for (const QJsonValue t : seed.value(QStringLiteral("types")).toArray())
        wo.types << t.toString();
    QString error;
    if (!a.controller()->plan(wo, &error)) {
        qWarning() << error;
        return {};
    }
    QSignalSpy created(a.controller(), &InterventionController::creationFinished);
    a.controller()->createInDeepomatic(name);
    if ((created.isEmpty() && !created.wait(10000)) || !created.first().at(1).toBool())
        return {};
    return name;
}

void tst_SettingsDialog::switchingProfileChangesApiBadgeConnectorAndWebProfile()
{
    App &a = *m_app;
    const QString key = planAndCreate(QStringLiteral("WO-SWITCH-1"));
    QVERIFY(!key.isEmpty());
    // The QA profile has its own token in the credential store.
    const QString qaToken = QString::fromLatin1(SandboxServer::DemoToken);
    bool written = false;
    (*a.app()->credentials())
        .write(QStringLiteral("api-token/qa-testing"), qaToken, nullptr,
               [&written](const CredentialStore::Result &) { written = true; });
    QTRY_VERIFY(written);

    // Before: the sandbox.
    EnvironmentBadge *badge = a.window()->environmentBadge();
    QCOMPARE(badge->text(), QStringLiteral("SANDBOX — Sandbox"));
    const QUrl sandboxApi = a.client()->baseUrl();
    QCOMPARE(sandboxApi.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(a.controller()->openConnector(key).ok());
    a.window()->showConnector(); // as Open in Deepomatic does
    const QUrl sandboxConnector = a.session()->currentLaunch()->connectorUrl;
    QWebEngineProfile *sandboxWeb = a.session()->page()->profile();
    QCOMPARE(sandboxConnector.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(a.window()->isConnectorShown());

    // Switch from the dialog.
    SettingsDialog dialog(a.app()->registry(), a.app()->credentials(), a.app()->sessionTokens(),
                          {});
    dialog.show();
    dialog.selectProfile(QStringLiteral("qa-testing"));
    QSignalSpy tokenLoaded(a.app()->switcher(), &ProfileSwitcher::tokenLoaded);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("activateButton")),
                      Qt::LeftButton);
    QCOMPARE(a.app()->registry()->activeId(), QStringLiteral("qa-testing"));
    QVERIFY(tokenLoaded.wait(5000));
    QVERIFY(tokenLoaded.first().first().toBool());

    // API base and token.
    QCOMPARE(a.client()->baseUrl(), qaProfile().effectiveApiUrl());
    QVERIFY(a.client()->baseUrl() != sandboxApi);
    QCOMPARE(a.client()->token(), qaToken);
    // Badge, in the window and above the page; the open page of the previous site is left.
    QCOMPARE(badge->text(), QStringLiteral("TESTING — QA site"));
    QVERIFY(badge->styleSheet().contains(
        EnvironmentBadge::colourFor(SiteProfile::Environment::Testing).name()));
    QCOMPARE(a.window()->connectorView()->badge()->text(), QStringLiteral("TESTING — QA site"));
    QVERIFY(!a.window()->isConnectorShown());
    QVERIFY(!a.session()->currentLaunch()); // a callback for the old launch is now refused
    QCOMPARE(a.controller()->site().threshold, 80);

    // Connector URL and web session.
    QVERIFY(a.controller()->openConnector(key).ok());
    const QUrl qaConnector = a.session()->currentLaunch()->connectorUrl;
    QCOMPARE(qaConnector.host(), QStringLiteral("localhost"));
    QCOMPARE(QUrlQuery(qaConnector).queryItemValue(QStringLiteral("site_id")),
             QUrlQuery(sandboxConnector).queryItemValue(QStringLiteral("site_id")));
    QWebEngineProfile *qaWeb = a.session()->page()->profile();
    QVERIFY(qaWeb != sandboxWeb);
    QCOMPARE(qaWeb, a.profiles()->profileFor(qaProfile()));
    QVERIFY(qaWeb->persistentStoragePath() != sandboxWeb->persistentStoragePath());

    // And back: the sandbox's own web profile again (its session is kept), its own badge.
    QVERIFY(a.app()->registry()->setActive(QStringLiteral("sandbox")));
    QCOMPARE(badge->text(), QStringLiteral("SANDBOX — Sandbox"));
    QCOMPARE(a.client()->baseUrl(), sandboxApi);
    QVERIFY(a.controller()->openConnector(key).ok());
    QCOMPARE(a.session()->page()->profile(), sandboxWeb);
    a.session()->endLaunch();
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_SettingsDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"
