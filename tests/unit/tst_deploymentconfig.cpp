// The deployment INI file: several profiles, the app-wide section, and every bad input reported
// with its file, line and key.

#include "deploymentconfig.h"
#include "inidocument.h"
#include "pinhash.h"
#include "siteprofileconfig.h"

#include <QTest>

namespace {
const QByteArray kUuid = "000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b";
const QByteArray kOther = "11111111-2222-4333-8444-555555555555";

// A well-formed pin_hash value (its digest is of no PIN: parsing derives nothing).
QByteArray pinHashText()
{
    PinHash hash;
    hash.iterations = PinHash::MinIterations;
    hash.salt = QByteArray(PinHash::SaltBytes, 's');
    hash.digest = QByteArray(PinHash::DigestBytes, 'd');
    return hash.toString().toLatin1();
}

QByteArray profile(const QByteArray &id, const QByteArray &extra = {})
{
    return "[profile." + id + "]\nsite_id=" + kUuid + "\norg_slug=acme\n" + extra;
}
} // namespace

class tst_DeploymentConfig : public QObject
{
    Q_OBJECT
private slots:
    void iniDocumentKeepsLinesQuotesAndComments();
    void severalProfilesWithTheGeneralSection();
    void singleSiteSectionStillWorks();
    void badInputIsReportedWithItsLine_data();
    void badInputIsReportedWithItsLine();
    void everyProblemIsReportedAtOnce();
    void userProfileValuesRoundTrip();
    void keyErrorsNameTheField();
    void requestsInFlightAndLookupByName_data();
    void requestsInFlightAndLookupByName();
    void kioskSectionIsRead_data();
    void kioskSectionIsRead();
};

void tst_DeploymentConfig::iniDocumentKeepsLinesQuotesAndComments()
{
    const IniDocument doc = IniDocument::parse("; comment\n"
                                               "# another\n"
                                               "[a]\r\n"
                                               "x = 1 ; trailing comment\n"
                                               "\n"
                                               "y=\"semi;colon\" \n"
                                               "z=esc\\;aped\\\\\n"
                                               "[b]\n"
                                               "w=\n");
    QVERIFY(doc.syntaxErrors().isEmpty());
    const QList<IniDocument::Entry> e = doc.entries();
    QCOMPARE(e.size(), 4);
    QCOMPARE(e.at(0).section, QStringLiteral("a"));
    QCOMPARE(e.at(0).key, QStringLiteral("x"));
    QCOMPARE(e.at(0).value, QStringLiteral("1"));
    QCOMPARE(e.at(0).line, 4);
    QCOMPARE(e.at(1).value, QStringLiteral("semi;colon"));
    QCOMPARE(e.at(1).line, 6);
    QCOMPARE(e.at(2).value, QStringLiteral("esc;aped\\"));
    QCOMPARE(e.at(3).section, QStringLiteral("b"));
    QCOMPARE(e.at(3).value, QString());
    QCOMPARE(doc.sections().size(), 2);
    QCOMPARE(doc.sections().at(1).line, 8);
}

void tst_DeploymentConfig::severalProfilesWithTheGeneralSection()
{
    const QByteArray text = "[fieldconnect]\n"
                            "active_profile=acme-prod\n"
                            "allow_file_credential_store=true\n"
                            "[profile.acme-test]\n"
                            "name=ACME (testing)\n"
                            "environment=testing\n"
                            "site_id="
                            + kOther
                            + "\n"
                              "org_slug=acme\n"
                              "threshold=50\n"
                              "[profile.acme-prod]\n"
                              "name=ACME (production)\n"
                              "environment=production\n"
                              "region=US\n"
                              "site_id="
                            + kUuid + "\norg_slug=acme\nallow_hosts=login.example.com\n";
    const DeploymentConfig c = DeploymentConfig::parse(text, QStringLiteral("fleet.ini"));
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 2);
    QCOMPARE(c.profiles.at(0).id, QStringLiteral("acme-test"));
    QCOMPARE(c.profiles.at(0).displayName, QStringLiteral("ACME (testing)"));
    QCOMPARE(c.profiles.at(0).threshold, 50);
    QCOMPARE(c.profiles.at(1).id, QStringLiteral("acme-prod"));
    QCOMPARE(c.profiles.at(1).environment, SiteProfile::Environment::Production);
    QCOMPARE(c.profiles.at(1).region, SiteProfile::Region::US);
    QCOMPARE(c.profiles.at(1).navigationAllowList,
             QStringList{QStringLiteral("login.example.com")});
    QCOMPARE(c.activeProfile, QStringLiteral("acme-prod"));
    QVERIFY(c.allowFileCredentialStore);
    QVERIFY(c.profile(QStringLiteral("acme-test")));
    QVERIFY(!c.profile(QStringLiteral("nope")));
}

void tst_DeploymentConfig::singleSiteSectionStillWorks()
{
    const DeploymentConfig c = DeploymentConfig::parse(
        "[site]\nid=acme-prod\nsite_id=" + kUuid + "\norg_slug=acme\n", QStringLiteral("a.ini"));
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 1);
    QCOMPARE(c.profiles.at(0).id, QStringLiteral("acme-prod"));
    QVERIFY(!c.allowFileCredentialStore);
    QVERIFY(c.activeProfile.isEmpty());

    const DeploymentConfig noId = DeploymentConfig::parse(
        "[site]\nsite_id=" + kUuid + "\norg_slug=acme\n", QStringLiteral("a.ini"));
    QVERIFY(noId.ok());
    QCOMPARE(noId.profiles.at(0).id, QStringLiteral("site"));
}

void tst_DeploymentConfig::badInputIsReportedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const QByteArray good = profile("a");
    // Line numbers: [profile.a] is line 1, site_id 2, org_slug 3, the extra line is 4.
    QTest::newRow("site_id not a uuid")
        << QByteArray("[profile.a]\nsite_id=1234\norg_slug=acme\n")
        << QStringLiteral("fleet.ini:2: [profile.a] site_id: \"1234\" is not a UUID");
    QTest::newRow("site_id missing")
        << QByteArray("[fieldconnect]\n\n[profile.a]\norg_slug=acme\n")
        << QStringLiteral("fleet.ini:3: [profile.a] site_id: \"\" is not a UUID");
    QTest::newRow("bad slug") << QByteArray("[profile.a]\nsite_id=" + kUuid
                                            + "\norg_slug=Acme Corp\n")
                              << QStringLiteral("fleet.ini:3: [profile.a] org_slug: \"Acme Corp\" "
                                                "is not a slug");
    QTest::newRow("http studio not on loopback")
        << profile("a", "studio_url=http://studio.example.com\n")
        << QStringLiteral("fleet.ini:4: [profile.a] studio_url: \"http://studio.example.com\" is "
                          "not an https URL (plain http only on loopback)");
    QTest::newRow("http api not on loopback")
        << profile("a", "api_url=http://api.example.com/v0.2/\n")
        << QStringLiteral("fleet.ini:4: [profile.a] api_url: \"http://api.example.com/v0.2/\" is "
                          "not an https URL");
    QTest::newRow("threshold 101") << profile("a", "threshold=101\n")
                                   << QStringLiteral("fleet.ini:4: [profile.a] threshold: \"101\" "
                                                     "is not an integer from 0 to 100");
    QTest::newRow("threshold -5") << profile("a", "threshold=-5\n")
                                  << QStringLiteral("fleet.ini:4: [profile.a] threshold: \"-5\"");
    QTest::newRow("unknown key") << profile(
        "a", "colour=blue\n") << QStringLiteral("fleet.ini:4: [profile.a] colour: unknown setting");
    QTest::newRow("unknown key in the general section")
        << QByteArray("[fieldconnect]\nactive=a\n" + good)
        << QStringLiteral("fleet.ini:2: [fieldconnect] active: unknown setting");
    QTest::newRow("unknown section")
        << QByteArray(good + "[profiles.b]\n")
        << QStringLiteral("fleet.ini:4: [profiles.b] is not a known section");
    QTest::newRow("setting outside any section")
        << QByteArray("threshold=80\n" + good)
        << QStringLiteral("fleet.ini:1: threshold: the setting is outside any section");
    QTest::newRow("duplicate profile id")
        << QByteArray(good + "[site]\nid=a\nsite_id=" + kUuid + "\norg_slug=acme\n")
        << QStringLiteral("fleet.ini:5: [site] duplicate profile id \"a\" (first at fleet.ini:1)");
    QTest::newRow("duplicate section")
        << QByteArray(good + "[profile.a]\nthreshold=10\n")
        << QStringLiteral("fleet.ini:4: [profile.a] appears twice (first at line 1)");
    QTest::newRow("duplicate key")
        << profile("a", "org_slug=other\n")
        << QStringLiteral("fleet.ini:4: [profile.a] org_slug: given twice (first at line 3)");
    QTest::newRow("unknown active_profile")
        << QByteArray(good + "[fieldconnect]\nactive_profile=b\n")
        << QStringLiteral("fleet.ini:5: [fieldconnect] active_profile: \"b\" is not a profile of "
                          "this configuration");
    QTest::newRow("allow_file_credential_store not a boolean")
        << QByteArray("[fieldconnect]\nallow_file_credential_store=yes\n" + good)
        << QStringLiteral("fleet.ini:2: [fieldconnect] allow_file_credential_store: \"yes\" is "
                          "not true or false");
    QTest::newRow("profile id not a slug")
        << profile("Acme Prod")
        << QStringLiteral("fleet.ini:1: [profile.Acme Prod] the profile id \"Acme Prod\" is not a "
                          "slug");
    QTest::newRow("id key in a profile section")
        << profile("a", "id=b\n")
        << QStringLiteral("fleet.ini:4: [profile.a] id: the id of a profile is its section name");
    QTest::newRow("environment") << profile("a", "environment=staging\n")
                                 << QStringLiteral("fleet.ini:4: [profile.a] environment: "
                                                   "\"staging\" is not testing or production");
    QTest::newRow("region") << profile("a", "region=APAC\n")
                            << QStringLiteral("fleet.ini:4: [profile.a] region: \"APAC\" is not "
                                              "EU or US");
    QTest::newRow("allow_hosts with a URL")
        << profile("a", "allow_hosts=https://login.example.com\n")
        << QStringLiteral("fleet.ini:4: [profile.a] allow_hosts: \"https://login.example.com\" is "
                          "not a host name");
    QTest::newRow("https callback without a prefix")
        << profile("a", "callback_mode=https\n")
        << QStringLiteral("fleet.ini:1: [profile.a] The https callback prefix");
    QTest::newRow("not a key=value line")
        << profile("a", "threshold 80\n")
        << QStringLiteral("fleet.ini:4: \"threshold 80\" is not a \"key=value\" line");
    QTest::newRow("unclosed quote") << profile("a", "name=\"ACME\n")
                                    << QStringLiteral("fleet.ini:4: name: a double quote is not "
                                                      "closed");
    QTest::newRow("bad section header")
        << QByteArray("[profile.a\n") << QStringLiteral("fleet.ini:1: a section header must be");
    QTest::newRow("max_requests_in_flight 0")
        << profile("a", "max_requests_in_flight=0\n")
        << QStringLiteral("fleet.ini:4: [profile.a] max_requests_in_flight: \"0\" is not an "
                          "integer from 1 to 16");
    QTest::newRow("max_requests_in_flight 17")
        << profile("a", "max_requests_in_flight=17\n")
        << QStringLiteral("fleet.ini:4: [profile.a] max_requests_in_flight: \"17\" is not an "
                          "integer from 1 to 16");
    QTest::newRow("max_requests_in_flight x")
        << profile("a", "max_requests_in_flight=x\n")
        << QStringLiteral("fleet.ini:4: [profile.a] max_requests_in_flight: \"x\" is not an "
                          "integer from 1 to 16");
    QTest::newRow("photo_max_side 100")
        << profile("a", "photo_max_side=100\n")
        << QStringLiteral("fleet.ini:4: [profile.a] photo_max_side: \"100\" is not an "
                          "integer from 320 to 8192");
    QTest::newRow("photo_max_side not a number")
        << profile("a", "photo_max_side=4k\n")
        << QStringLiteral("fleet.ini:4: [profile.a] photo_max_side: \"4k\" is not an "
                          "integer from 320 to 8192");
    QTest::newRow("lookup_by_name not a boolean")
        << profile("a", "lookup_by_name=sometimes\n")
        << QStringLiteral("fleet.ini:4: [profile.a] lookup_by_name: \"sometimes\" is not true "
                          "or false");
    QTest::newRow("malformed pin_hash")
        << QByteArray(good + "[kiosk]\nenabled=true\npin_hash=1234\n")
        << QStringLiteral("fleet.ini:6: [kiosk] pin_hash: not a PIN hash of the form "
                          "pbkdf2-sha256$<iterations>$<salt>$<hash>");
    QTest::newRow("pin_hash with too few iterations")
        << QByteArray(good + "[kiosk]\npin_hash=" + pinHashText().replace("$100000$", "$1000$")
                      + "\n")
        << QStringLiteral("fleet.ini:5: [kiosk] pin_hash: the iteration count \"1000\" is not a "
                          "number from 100000 to 10000000");
    QTest::newRow("pin_hash with a short digest")
        << QByteArray(good
                      + "[kiosk]\npin_hash=pbkdf2-sha256$100000$c2FsdHNhbHRzYWx0c2FsdA==$"
                        "ZGlnZXN0\n")
        << QStringLiteral("fleet.ini:5: [kiosk] pin_hash: the hash is not base64 of 32 bytes");
    QTest::newRow("kiosk enabled not a boolean")
        << QByteArray(good + "[kiosk]\nenabled=yes\n")
        << QStringLiteral("fleet.ini:5: [kiosk] enabled: \"yes\" is not true or false");
    QTest::newRow("unknown key in the kiosk section")
        << QByteArray(good + "[kiosk]\npin=1234\n")
        << QStringLiteral("fleet.ini:5: [kiosk] pin: unknown setting");
    QTest::newRow("scan_key not a field name")
        << profile("a", "scan_key=serial number\n")
        << QStringLiteral("fleet.ini:4: [profile.a] scan_key: \"serial number\" is not a "
                          "metadata field name");
    QTest::newRow("per-type threshold") << profile("a", "threshold.install=150\n")
                                        << QStringLiteral("fleet.ini:4: [profile.a] "
                                                          "threshold.install: \"150\"");
}

void tst_DeploymentConfig::badInputIsReportedWithItsLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const DeploymentConfig c = DeploymentConfig::parse(text, QStringLiteral("fleet.ini"));
    QVERIFY(!c.ok());
    bool found = false;
    for (const QString &error : c.errors)
        found = found || error.startsWith(expected);
    QVERIFY2(found, qPrintable(c.errors.join(u'\n')));
}

void tst_DeploymentConfig::everyProblemIsReportedAtOnce()
{
    const DeploymentConfig c = DeploymentConfig::parse(profile("a", "threshold=200\nregion=MARS\n")
                                                           + "[profile.b]\nsite_id=x\norg_slug=b\n",
                                                       QStringLiteral("fleet.ini"));
    QCOMPARE(c.errors.size(), 3);
    QVERIFY(c.profiles.isEmpty());
}

void tst_DeploymentConfig::userProfileValuesRoundTrip()
{
    SiteProfile p;
    p.id = QStringLiteral("mine");
    p.displayName = QStringLiteral("Mine; with a semicolon");
    p.environment = SiteProfile::Environment::Production;
    p.region = SiteProfile::Region::US;
    p.siteId = QUuid::fromString(QLatin1String(kUuid));
    p.orgSlug = QStringLiteral("acme");
    p.apiUrl = QUrl(QStringLiteral("https://api.example.com/v0.2/"));
    p.threshold = 70;
    p.useFragment = true;
    p.callbackMode = SiteProfile::CallbackMode::HttpsPrefix;
    p.httpsCallbackPrefix = QUrl(QStringLiteral("https://fc.example.com/cb"));
    p.navigationAllowList = {QStringLiteral("login.example.com")};
    p.typeThresholds.insert(QStringLiteral("install"), 90);
    p.maxRequestsInFlight = 2;
    p.photoMaxSide = 1024;
    p.lookupByName = true;
    p.scanKey = QStringLiteral("equipment_id");
    const QString group = QStringLiteral("profiles/mine");
    const SiteProfileConfig::Parsed back = SiteProfileConfig::parse(
        SiteProfileConfig::toValues(p, group), QStringLiteral("user settings"), group);
    QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(SiteProfileConfig::toValues(back.profile, group),
             SiteProfileConfig::toValues(p, group));
    QCOMPARE(back.profile.displayName, p.displayName);
    QCOMPARE(back.profile.thresholdFor({QStringLiteral("install")}), 90);
    QCOMPARE(back.profile.maxRequestsInFlight, 2);
    QVERIFY(back.profile.lookupByName);
    QCOMPARE(back.profile.scanKey, QStringLiteral("equipment_id"));
}

void tst_DeploymentConfig::keyErrorsNameTheField()
{
    QHash<QString, QString> v{{QStringLiteral("p/site_id"), QStringLiteral("nope")},
                              {QStringLiteral("p/org_slug"), QStringLiteral("acme")},
                              {QStringLiteral("p/threshold"), QStringLiteral("300")}};
    const SiteProfileConfig::Parsed parsed =
        SiteProfileConfig::parse(v, QStringLiteral("form"), QStringLiteral("p"));
    QCOMPARE(parsed.keyErrors.size(), 2);
    QVERIFY(parsed.keyErrors.value(QStringLiteral("site_id")).contains(QLatin1String("UUID")));
    QVERIFY(parsed.keyErrors.value(QStringLiteral("threshold")).contains(QLatin1String("100")));
}

void tst_DeploymentConfig::requestsInFlightAndLookupByName_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<bool>("lookup");
    // A real site is never searched by name unless IT says it can be.
    QTest::newRow("defaults") << QByteArray() << 4 << false;
    QTest::newRow("1 and true") << QByteArray("max_requests_in_flight=1\nlookup_by_name=true\n")
                                << 1 << true;
    QTest::newRow("16 and false") << QByteArray(
        "max_requests_in_flight = 16\nlookup_by_name=false\n")
                                  << 16 << false;
    QTest::newRow("2 and 1") << QByteArray("max_requests_in_flight=2\nlookup_by_name=1\n") << 2
                             << true;
}

void tst_DeploymentConfig::requestsInFlightAndLookupByName()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, inFlight);
    QFETCH(bool, lookup);
    const DeploymentConfig c =
        DeploymentConfig::parse(profile("a", extra), QStringLiteral("fleet.ini"));
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 1);
    QCOMPARE(c.profiles.at(0).maxRequestsInFlight, inFlight);
    QCOMPARE(c.profiles.at(0).lookupByName, lookup);
}

void tst_DeploymentConfig::kioskSectionIsRead_data()
{
    QTest::addColumn<QByteArray>("kiosk");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("havePin");
    QTest::newRow("no section") << QByteArray() << false << false;
    QTest::newRow("enabled with a PIN")
        << QByteArray("[kiosk]\nenabled = true\npin_hash = " + pinHashText() + "\n") << true
        << true;
    QTest::newRow("enabled without a PIN") << QByteArray("[kiosk]\nenabled=1\n") << true << false;
    QTest::newRow("off") << QByteArray("[kiosk]\nenabled=false\n") << false << false;
}

void tst_DeploymentConfig::kioskSectionIsRead()
{
    QFETCH(QByteArray, kiosk);
    QFETCH(bool, enabled);
    QFETCH(bool, havePin);
    const DeploymentConfig c =
        DeploymentConfig::parse(profile("a") + kiosk, QStringLiteral("fleet.ini"));
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.kioskEnabled, enabled);
    QCOMPARE(!c.kioskPin.isNull(), havePin);
    if (havePin) {
        QCOMPARE(c.kioskPin.iterations, PinHash::MinIterations);
        QCOMPARE(c.kioskPin.salt, QByteArray(PinHash::SaltBytes, 's'));
        QCOMPARE(c.kioskPin.toString().toLatin1(), pinHashText());
    }
}

QTEST_APPLESS_MAIN(tst_DeploymentConfig)
#include "tst_deploymentconfig.moc"
