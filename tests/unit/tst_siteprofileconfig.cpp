// The deployment file's [site] group: every value checked, every problem named with its key.

#include "siteprofileconfig.h"

#include <QTest>

using Values = QHash<QString, QString>;
Q_DECLARE_METATYPE(Values)

namespace {
Values minimal()
{
    return {
        {QStringLiteral("site/site_id"), QStringLiteral("000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b")},
        {QStringLiteral("site/org_slug"), QStringLiteral("acme")}};
}

Values with(Values values, const QString &key, const QString &value)
{
    values.insert(QStringLiteral("site/") + key, value);
    return values;
}
} // namespace

class tst_SiteProfileConfig : public QObject
{
    Q_OBJECT
private slots:
    void closureReportUrlIsValidated_data();
    void closureReportUrlIsValidated();
    void typeThresholdsOverrideAndTlsPin();
    void minimalFileGivesDocumentedDefaults();
    void everyKeyIsRead();
    void rejectsWithTheKeyNamed_data();
    void rejectsWithTheKeyNamed();
    void reportsEveryProblemAtOnce();
    void allowHostsAreReadAsAList_data();
    void allowHostsAreReadAsAList();
    void contentPolicyDefaults();
    void externalConnectorModeIsReadAndWrittenBack();
};

void tst_SiteProfileConfig::externalConnectorModeIsReadAndWrittenBack()
{
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(
        with(minimal(), QStringLiteral("connector_mode"), QStringLiteral("External")),
        QStringLiteral("a.ini"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    QCOMPARE(parsed.profile.connectorMode, SiteProfile::ConnectorMode::External);
    const Values written = SiteProfileConfig::toValues(parsed.profile, QStringLiteral("site"));
    QCOMPARE(written.value(QStringLiteral("site/connector_mode")), QStringLiteral("external"));
    QCOMPARE(SiteProfileConfig::parse(written, QStringLiteral("b.ini")).profile.connectorMode,
             SiteProfile::ConnectorMode::External);
}

void tst_SiteProfileConfig::minimalFileGivesDocumentedDefaults()
{
    const SiteProfileConfig::Parsed parsed =
        SiteProfileConfig::parse(minimal(), QStringLiteral("a.ini"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    const SiteProfile &p = parsed.profile;
    QCOMPARE(p.environment, SiteProfile::Environment::Testing);
    QCOMPARE(p.region, SiteProfile::Region::EU);
    QCOMPARE(p.threshold, 100);
    QCOMPARE(p.studioUrl, QUrl(QStringLiteral("https://studio.deepomatic.com")));
    QCOMPARE(
        p.effectiveApiUrl(),
        QUrl(QStringLiteral("https://api.000f0174-bdf0-47b3-bb3e.customers.deepomatic.com/v0.2/")));
    QCOMPARE(p.callbackMode, SiteProfile::CallbackMode::CustomScheme);
    QCOMPARE(p.connectorMode, SiteProfile::ConnectorMode::Embedded);
    QVERIFY(!p.useFragment);
    QCOMPARE(p.verificationPolicy, SiteProfile::VerificationPolicy::Block);
    QCOMPARE(p.maxRequestsInFlight, 4);
    QVERIFY(!p.lookupByName); // a real site is never searched by name unless it says it can be
    QVERIFY(p.scanKey.isEmpty()); // labels name the work order by reference or name only
}

void tst_SiteProfileConfig::everyKeyIsRead()
{
    Values v = minimal();
    v = with(v, QStringLiteral("id"), QStringLiteral("acme-prod"));
    v = with(v, QStringLiteral("name"), QStringLiteral("ACME (production)"));
    v = with(v, QStringLiteral("environment"), QStringLiteral("Production"));
    v = with(v, QStringLiteral("region"), QStringLiteral("us"));
    v = with(v, QStringLiteral("studio_url"), QStringLiteral("https://studio.example.com/base"));
    v = with(v, QStringLiteral("api_url"), QStringLiteral("https://api.example.com/v0.2/"));
    v = with(v, QStringLiteral("threshold"), QStringLiteral("80"));
    v = with(v, QStringLiteral("use_fragment"), QStringLiteral("true"));
    v = with(v, QStringLiteral("callback_mode"), QStringLiteral("https"));
    v = with(v, QStringLiteral("callback_prefix"), QStringLiteral("https://fc.example.com/cb"));
    v = with(v, QStringLiteral("verification_policy"), QStringLiteral("allow-unverified"));
    v = with(v, QStringLiteral("allow_hosts"), QStringLiteral("login.example.com,sso.example.com"));
    v = with(v, QStringLiteral("photo_hosts"),
             QStringLiteral("Storage.Example.com, cdn.example.com"));
    v = with(v, QStringLiteral("external_links"), QStringLiteral("Open"));
    v = with(v, QStringLiteral("media_permissions"), QStringLiteral("deny"));
    v = with(v, QStringLiteral("allow_downloads"), QStringLiteral("true"));
    v = with(v, QStringLiteral("private_browsing"), QStringLiteral("true"));
    v = with(v, QStringLiteral("max_requests_in_flight"), QStringLiteral("8"));
    v = with(v, QStringLiteral("lookup_by_name"), QStringLiteral("TRUE"));
    v = with(v, QStringLiteral("scan_key"), QStringLiteral(" equipment_id "));
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(v, QStringLiteral("a.ini"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    const SiteProfile &p = parsed.profile;
    QCOMPARE(p.id, QStringLiteral("acme-prod"));
    QCOMPARE(p.displayName, QStringLiteral("ACME (production)"));
    QCOMPARE(p.environment, SiteProfile::Environment::Production);
    QCOMPARE(p.region, SiteProfile::Region::US);
    QCOMPARE(p.studioUrl, QUrl(QStringLiteral("https://studio.example.com/base")));
    QCOMPARE(p.effectiveApiUrl(), QUrl(QStringLiteral("https://api.example.com/v0.2/")));
    QCOMPARE(p.threshold, 80);
    QVERIFY(p.useFragment);
    QCOMPARE(p.callbackMode, SiteProfile::CallbackMode::HttpsPrefix);
    QCOMPARE(p.httpsCallbackPrefix, QUrl(QStringLiteral("https://fc.example.com/cb")));
    QCOMPARE(p.verificationPolicy, SiteProfile::VerificationPolicy::AllowUnverified);
    QCOMPARE(p.navigationAllowList,
             (QStringList{QStringLiteral("login.example.com"), QStringLiteral("sso.example.com")}));
    QCOMPARE(p.photoHosts, (QStringList{QStringLiteral("storage.example.com"),
                                        QStringLiteral("cdn.example.com")}));
    QCOMPARE(p.externalLinks, SiteProfile::ExternalLinks::Open);
    QCOMPARE(p.mediaPermissions, SiteProfile::MediaPermissions::Deny);
    QVERIFY(p.allowDownloads);
    QVERIFY(p.privateBrowsing);
    QCOMPARE(p.maxRequestsInFlight, 8);
    QVERIFY(p.lookupByName);
    QCOMPARE(p.scanKey, QStringLiteral("equipment_id"));
}

void tst_SiteProfileConfig::rejectsWithTheKeyNamed_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("mentions");
    const Values ok = minimal();
    QTest::newRow("unknown key") << with(ok, QStringLiteral("colour"), QStringLiteral("blue"))
                                 << QStringLiteral("colour");
    Values otherGroup = ok;
    otherGroup.insert(QStringLiteral("other/x"), QStringLiteral("1"));
    QTest::newRow("unknown group") << otherGroup << QStringLiteral("[other] x");
    Values noSite = ok;
    noSite.remove(QStringLiteral("site/site_id"));
    QTest::newRow("site_id missing") << noSite << QStringLiteral("site_id");
    QTest::newRow("site_id not a uuid")
        << with(ok, QStringLiteral("site_id"), QStringLiteral("1234")) << QStringLiteral("site_id");
    QTest::newRow("slug with capitals")
        << with(ok, QStringLiteral("org_slug"), QStringLiteral("Acme"))
        << QStringLiteral("org_slug");
    QTest::newRow("environment") << with(ok, QStringLiteral("environment"),
                                         QStringLiteral("staging"))
                                 << QStringLiteral("environment");
    QTest::newRow("region") << with(ok, QStringLiteral("region"), QStringLiteral("APAC"))
                            << QStringLiteral("region");
    QTest::newRow("threshold 101") << with(ok, QStringLiteral("threshold"), QStringLiteral("101"))
                                   << QStringLiteral("threshold");
    QTest::newRow("threshold -1") << with(ok, QStringLiteral("threshold"), QStringLiteral("-1"))
                                  << QStringLiteral("threshold");
    QTest::newRow("threshold text")
        << with(ok, QStringLiteral("threshold"), QStringLiteral("eighty"))
        << QStringLiteral("threshold");
    QTest::newRow("use_fragment") << with(ok, QStringLiteral("use_fragment"),
                                          QStringLiteral("yes please"))
                                  << QStringLiteral("use_fragment");
    QTest::newRow("callback_mode")
        << with(ok, QStringLiteral("callback_mode"), QStringLiteral("email"))
        << QStringLiteral("callback_mode");
    QTest::newRow("connector_mode")
        << with(ok, QStringLiteral("connector_mode"), QStringLiteral("popup"))
        << QStringLiteral("connector_mode: \"popup\" is not embedded or external");
    QTest::newRow("external connector with an https callback")
        << with(with(with(ok, QStringLiteral("connector_mode"), QStringLiteral("external")),
                     QStringLiteral("callback_mode"), QStringLiteral("https")),
                QStringLiteral("callback_prefix"), QStringLiteral("https://cb.example.com/fc"))
        << QStringLiteral("needs callback_mode");
    QTest::newRow("https callback without prefix")
        << with(ok, QStringLiteral("callback_mode"), QStringLiteral("https"))
        << QStringLiteral("prefix");
    QTest::newRow("http studio") << with(ok, QStringLiteral("studio_url"),
                                         QStringLiteral("http://studio.example.com"))
                                 << QStringLiteral("studio_url");
    QTest::newRow("policy") << with(ok, QStringLiteral("verification_policy"),
                                    QStringLiteral("trust"))
                            << QStringLiteral("verification_policy");
    QTest::newRow("allow_hosts with a URL")
        << with(ok, QStringLiteral("allow_hosts"), QStringLiteral("https://login.example.com"))
        << QStringLiteral("allow_hosts: \"https://login.example.com\"");
    QTest::newRow("allow_hosts with a wildcard")
        << with(ok, QStringLiteral("allow_hosts"), QStringLiteral("a.example.com,*.example.com"))
        << QStringLiteral("allow_hosts: \"*.example.com\"");
    QTest::newRow("allow_hosts with a port")
        << with(ok, QStringLiteral("allow_hosts"), QStringLiteral("a.example.com:443"))
        << QStringLiteral("allow_hosts");
    QTest::newRow("photo_hosts with a URL")
        << with(ok, QStringLiteral("photo_hosts"), QStringLiteral("https://storage.example.com"))
        << QStringLiteral("photo_hosts: \"https://storage.example.com\"");
    QTest::newRow("external_links")
        << with(ok, QStringLiteral("external_links"), QStringLiteral("browser"))
        << QStringLiteral("external_links: \"browser\"");
    QTest::newRow("media_permissions")
        << with(ok, QStringLiteral("media_permissions"), QStringLiteral("always"))
        << QStringLiteral("media_permissions: \"always\"");
    QTest::newRow("allow_downloads")
        << with(ok, QStringLiteral("allow_downloads"), QStringLiteral("sometimes"))
        << QStringLiteral("allow_downloads: \"sometimes\"");
    QTest::newRow("private_browsing")
        << with(ok, QStringLiteral("private_browsing"), QStringLiteral("shared"))
        << QStringLiteral("private_browsing: \"shared\"");
    QTest::newRow("max_requests_in_flight 0")
        << with(ok, QStringLiteral("max_requests_in_flight"), QStringLiteral("0"))
        << QStringLiteral("max_requests_in_flight: \"0\" is not an integer from 1 to 16");
    QTest::newRow("lookup_by_name")
        << with(ok, QStringLiteral("lookup_by_name"), QStringLiteral("maybe"))
        << QStringLiteral("lookup_by_name: \"maybe\" is not true or false");
    QTest::newRow("scan_key with a space")
        << with(ok, QStringLiteral("scan_key"), QStringLiteral("equipment id"))
        << QStringLiteral("scan_key: \"equipment id\" is not a metadata field name");
    QTest::newRow("scan_key with a slash")
        << with(ok, QStringLiteral("scan_key"), QStringLiteral("metadata/serial"))
        << QStringLiteral("scan_key: \"metadata/serial\" is not a metadata field name");
    QTest::newRow("scan_key too long")
        << with(ok, QStringLiteral("scan_key"), QString(65, u'k'))
        << QStringLiteral("scan_key: \"%1\" is not a metadata field name").arg(QString(65, u'k'));
}

void tst_SiteProfileConfig::rejectsWithTheKeyNamed()
{
    QFETCH(Values, values);
    QFETCH(QString, mentions);
    const SiteProfileConfig::Parsed parsed =
        SiteProfileConfig::parse(values, QStringLiteral("fleet.ini"));
    QVERIFY(!parsed.ok());
    const QString all = parsed.errors.join(u'\n');
    QVERIFY2(all.contains(mentions), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("fleet.ini")), qPrintable(all));
}

void tst_SiteProfileConfig::reportsEveryProblemAtOnce()
{
    Values v = with(minimal(), QStringLiteral("threshold"), QStringLiteral("200"));
    v = with(v, QStringLiteral("region"), QStringLiteral("MARS"));
    v = with(v, QStringLiteral("typo_key"), QStringLiteral("1"));
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(v, QStringLiteral("a.ini"));
    QCOMPARE(parsed.errors.size(), 3);
}

void tst_SiteProfileConfig::allowHostsAreReadAsAList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("one") << QStringLiteral("login.example.com")
                         << QStringList{QStringLiteral("login.example.com")};
    QTest::newRow("commas") << QStringLiteral("a.example.com,b.example.com")
                            << QStringList{QStringLiteral("a.example.com"),
                                           QStringLiteral("b.example.com")};
    QTest::newRow("commas and spaces, upper-case")
        << QStringLiteral(" A.example.com , b.example.com,,")
        << QStringList{QStringLiteral("a.example.com"), QStringLiteral("b.example.com")};
    QTest::newRow("empty") << QString() << QStringList();
}

void tst_SiteProfileConfig::allowHostsAreReadAsAList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, hosts);
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(
        with(minimal(), QStringLiteral("allow_hosts"), text), QStringLiteral("a.ini"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    QCOMPARE(parsed.profile.navigationAllowList, hosts);
    // The studio host is allowed whatever the list says.
    QVERIFY(parsed.profile.isAllowedHost(QStringLiteral("studio.deepomatic.com")));
}

void tst_SiteProfileConfig::contentPolicyDefaults()
{
    const SiteProfileConfig::Parsed parsed =
        SiteProfileConfig::parse(minimal(), QStringLiteral("a.ini"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.profile.externalLinks, SiteProfile::ExternalLinks::Refuse);
    QCOMPARE(parsed.profile.mediaPermissions, SiteProfile::MediaPermissions::AllowListed);
    QVERIFY(!parsed.profile.allowDownloads);
    QVERIFY(parsed.profile.navigationAllowList.isEmpty());
}

void tst_SiteProfileConfig::typeThresholdsOverrideAndTlsPin()
{
    Values v = with(minimal(), QStringLiteral("threshold"), QStringLiteral("100"));
    v = with(v, QStringLiteral("threshold.installation"), QStringLiteral("80"));
    v = with(v, QStringLiteral("threshold.maintenance"), QStringLiteral("60"));
    v = with(v, QStringLiteral("supervisor_override"), QStringLiteral("true"));
    const QString fingerprint = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:"
                                               "CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    v = with(v, QStringLiteral("tls_override"),
             QStringLiteral("studio.acme.example ") + fingerprint);
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(v, QStringLiteral("a.ini"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
    const SiteProfile &p = parsed.profile;
    QCOMPARE(p.thresholdFor({}), 100);
    QCOMPARE(p.thresholdFor({QStringLiteral("installation")}), 80);
    QCOMPARE(p.thresholdFor({QStringLiteral("maintenance"), QStringLiteral("installation")}), 80);
    QCOMPARE(p.thresholdFor({QStringLiteral("raccordement")}), 100);
    QVERIFY(p.supervisorOverride);
    QByteArray sha = QByteArray::fromHex(QString(fingerprint).remove(u':').toLatin1());
    QVERIFY(p.tlsOverrideMatches(QStringLiteral("studio.acme.example"), sha));
    QVERIFY(p.tlsOverrideMatches(QStringLiteral("STUDIO.acme.example"), sha));
    QVERIFY(!p.tlsOverrideMatches(QStringLiteral("other.acme.example"), sha));
    sha[0] = 0;
    QVERIFY(!p.tlsOverrideMatches(QStringLiteral("studio.acme.example"), sha));

    for (const auto &[key, value] :
         {std::pair{QStringLiteral("threshold.installation"), QStringLiteral("120")},
          std::pair{QStringLiteral("threshold."), QStringLiteral("50")},
          std::pair{QStringLiteral("supervisor_override"), QStringLiteral("maybe")},
          std::pair{QStringLiteral("tls_override"), QStringLiteral("studio.acme.example")},
          std::pair{QStringLiteral("tls_override"), QStringLiteral("studio.acme.example 12:34")},
          std::pair{QStringLiteral("tls_override"), QStringLiteral("not a host ") + fingerprint}}) {
        const SiteProfileConfig::Parsed bad =
            SiteProfileConfig::parse(with(minimal(), key, value), QStringLiteral("a.ini"));
        QVERIFY2(!bad.ok(), qPrintable(key + QLatin1Char('=') + value));
        QVERIFY2(bad.errors.join(u'\n').contains(key), qPrintable(bad.errors.join(u'\n')));
    }
}

void tst_SiteProfileConfig::closureReportUrlIsValidated_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // the URL read, or empty when refused
    QTest::newRow("https") << QStringLiteral("https://backoffice.example.com/closures")
                           << QStringLiteral("https://backoffice.example.com/closures");
    QTest::newRow("http on loopback")
        << QStringLiteral("http://127.0.0.1:8080/__backoffice/closures")
        << QStringLiteral("http://127.0.0.1:8080/__backoffice/closures");
    QTest::newRow("plain http elsewhere")
        << QStringLiteral("http://backoffice.example.com/c") << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://backoffice.example.com/c") << QString();
    QTest::newRow("no host") << QStringLiteral("https:///closures") << QString();
    QTest::newRow("credentials in the URL")
        << QStringLiteral("https://user:secret@backoffice.example.com/c") << QString();
}

void tst_SiteProfileConfig::closureReportUrlIsValidated()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(
        with(minimal(), QStringLiteral("closure_report_url"), value), QStringLiteral("fleet.ini"));
    if (expected.isEmpty()) {
        QVERIFY(!parsed.ok());
        const QString all = parsed.errors.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("fleet.ini"))
                     && all.contains(QLatin1String("closure_report_url")),
                 qPrintable(all));
    } else {
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.profile.closureReportUrl, QUrl(expected));
        QVERIFY(parsed.profile.validate().isEmpty());
    }
    // Without the key: no report is sent.
    QVERIFY(SiteProfileConfig::parse(minimal(), QStringLiteral("a.ini"))
                .profile.closureReportUrl.isEmpty());
}

QTEST_APPLESS_MAIN(tst_SiteProfileConfig)
#include "tst_siteprofileconfig.moc"
