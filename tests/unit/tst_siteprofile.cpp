#include "siteprofile.h"

#include <QTest>

Q_DECLARE_METATYPE(SiteProfile::Region)

namespace {
const QString kDocSiteId = QStringLiteral("000f0174-bdf0-47b3-bb3e-0123456789ab");

SiteProfile validProfile()
{
    SiteProfile p;
    p.siteId = QUuid::fromString(kDocSiteId);
    p.orgSlug = QStringLiteral("acme-telecom");
    return p;
}
} // namespace

class tst_SiteProfile : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void derivedApiUrl_data();
    void derivedApiUrl();
    void effectiveApiUrl();
    void isSlug_data();
    void isSlug();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void isAcceptableServiceUrl_data();
    void isAcceptableServiceUrl();
    void validate_data();
    void validate();
    void isHostName_data();
    void isHostName();
    void studioHostIsAlwaysAllowed();
    void allowsNavigationTo_data();
    void allowsNavigationTo();
    void allowsMediaCaptureFrom_data();
    void allowsMediaCaptureFrom();
    void allowListEntriesAreValidated();
};

void tst_SiteProfile::defaults()
{
    const SiteProfile p;
    QCOMPARE(p.studioUrl, QUrl(QStringLiteral("https://studio.deepomatic.com")));
    QCOMPARE(p.threshold, 100);
    QCOMPARE(p.region, SiteProfile::Region::EU);
    QCOMPARE(p.callbackMode, SiteProfile::CallbackMode::CustomScheme);
    QCOMPARE(p.verificationPolicy, SiteProfile::VerificationPolicy::Block);
    QCOMPARE(p.useFragment, false);
    QVERIFY(p.apiUrl.isEmpty());
    QVERIFY(p.navigationAllowList.isEmpty());
    QCOMPARE(p.externalLinks, SiteProfile::ExternalLinks::Refuse);
    QCOMPARE(p.mediaPermissions, SiteProfile::MediaPermissions::AllowListed);
    QCOMPARE(p.allowDownloads, false);
}

void tst_SiteProfile::derivedApiUrl_data()
{
    QTest::addColumn<SiteProfile::Region>("region");
    QTest::addColumn<QString>("siteId");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("EU, doc example")
        << SiteProfile::Region::EU << kDocSiteId
        << QUrl(QStringLiteral(
               "https://api.000f0174-bdf0-47b3-bb3e.customers.deepomatic.com/v0.2/"));
    QTest::newRow("US, doc example")
        << SiteProfile::Region::US << kDocSiteId
        << QUrl(QStringLiteral(
               "https://api.000f0174-bdf0-47b3-bb3e.customers.us1.deepomatic.com/v0.2/"));
    QTest::newRow("EU, upper-case UUID with braces")
        << SiteProfile::Region::EU << QStringLiteral("{ABCDEF01-2345-6789-ABCD-EF0123456789}")
        << QUrl(QStringLiteral(
               "https://api.abcdef01-2345-6789-abcd.customers.deepomatic.com/v0.2/"));
    QTest::newRow("EU, null site id") << SiteProfile::Region::EU << QString() << QUrl();
    QTest::newRow("US, not a UUID")
        << SiteProfile::Region::US << QStringLiteral("site-1") << QUrl();
}

void tst_SiteProfile::derivedApiUrl()
{
    QFETCH(SiteProfile::Region, region);
    QFETCH(QString, siteId);
    QFETCH(QUrl, expected);

    const QUrl url = SiteProfile::derivedApiUrl(region, QUuid::fromString(siteId));
    QCOMPARE(url, expected);
    if (!expected.isEmpty()) {
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.path(), QStringLiteral("/v0.2/"));
        // "{site-id}" in the host is the first four groups: 20 hex digits and 3 hyphens.
        const QString label = url.host().section(u'.', 1, 1);
        QCOMPARE(label.size(), 23);
        QCOMPARE(label.count(u'-'), 3);
        QVERIFY(SiteProfile::isAcceptableServiceUrl(url));
    }
}

void tst_SiteProfile::effectiveApiUrl()
{
    SiteProfile p = validProfile();
    QCOMPARE(p.effectiveApiUrl(), SiteProfile::derivedApiUrl(SiteProfile::Region::EU, p.siteId));
    p.region = SiteProfile::Region::US;
    QCOMPARE(p.effectiveApiUrl().host(),
             QStringLiteral("api.000f0174-bdf0-47b3-bb3e.customers.us1.deepomatic.com"));
    const QUrl overridden(QStringLiteral("http://127.0.0.1:41234/v0.2/"));
    p.apiUrl = overridden;
    QCOMPARE(p.effectiveApiUrl(), overridden);
}

void tst_SiteProfile::isSlug_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("slug");

    QTest::newRow("letters") << QStringLiteral("acme") << true;
    QTest::newRow("hyphen") << QStringLiteral("acme-telecom") << true;
    QTest::newRow("underscore") << QStringLiteral("acme_telecom") << true;
    QTest::newRow("digits") << QStringLiteral("acme2024") << true;
    QTest::newRow("digit only") << QStringLiteral("1") << true;
    QTest::newRow("single letter") << QStringLiteral("a") << true;
    QTest::newRow("100 characters") << QString(100, u'a') << true;
    QTest::newRow("101 characters") << QString(101, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper-case") << QStringLiteral("Acme") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-acme") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("acme-") << false;
    QTest::newRow("trailing underscore") << QStringLiteral("acme_") << false;
    QTest::newRow("double hyphen") << QStringLiteral("acme--telecom") << false;
    QTest::newRow("hyphen then underscore") << QStringLiteral("acme-_telecom") << false;
    QTest::newRow("space") << QStringLiteral("acme telecom") << false;
    QTest::newRow("dot") << QStringLiteral("acme.telecom") << false;
    QTest::newRow("slash") << QStringLiteral("acme/telecom") << false;
    QTest::newRow("ampersand") << QStringLiteral("acme&x=1") << false;
    QTest::newRow("accented letter") << QStringLiteral("r\u00e9seau") << false;
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("acme\u0665") << false;
    QTest::newRow("trailing newline") << QStringLiteral("acme\n") << false;
}

void tst_SiteProfile::isSlug()
{
    QFETCH(QString, value);
    QFETCH(bool, slug);
    QCOMPARE(SiteProfile::isSlug(value), slug);
}

void tst_SiteProfile::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("octet 256") << QStringLiteral("127.0.0.256") << false;
    QTest::newRow("three octets") << QStringLiteral("127.0.1") << false;
    QTest::newRow("five octets") << QStringLiteral("127.0.0.1.1") << false;
    QTest::newRow("empty octet") << QStringLiteral("127..0.1") << false;
    QTest::newRow("hexadecimal octet") << QStringLiteral("0x7f.0.0.1") << false;
    QTest::newRow("signed octet") << QStringLiteral("127.0.0.+1") << false;
    QTest::newRow("octet with a space") << QStringLiteral("127.0.0. 1") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("bracketed ::1") << QStringLiteral("[::1]") << false;
    QTest::newRow("localhost as subdomain") << QStringLiteral("localhost.evil.test") << false;
    QTest::newRow("loopback as subdomain") << QStringLiteral("127.0.0.1.evil.test") << false;
    QTest::newRow("studio") << QStringLiteral("studio.deepomatic.com") << false;
}

void tst_SiteProfile::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(SiteProfile::isLoopbackHost(host), loopback);
}

void tst_SiteProfile::isAcceptableServiceUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("https") << QStringLiteral("https://studio.deepomatic.com") << true;
    QTest::newRow("https with path and port")
        << QStringLiteral("https://example.com:8443/deepomatic/") << true;
    QTest::newRow("upper-case HTTPS") << QStringLiteral("HTTPS://STUDIO.DEEPOMATIC.COM/") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1") << true;
    QTest::newRow("http 127.0.0.1 with port")
        << QStringLiteral("http://127.0.0.1:41234/v0.2/") << true;
    QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8080/") << true;
    QTest::newRow("http long-form IPv6 loopback")
        << QStringLiteral("http://[0:0:0:0:0:0:0:1]/") << true;
    QTest::newRow("http other host") << QStringLiteral("http://studio.deepomatic.com") << false;
    QTest::newRow("http private address") << QStringLiteral("http://10.0.0.1") << false;
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080") << false;
    QTest::newRow("http localhost as subdomain")
        << QStringLiteral("http://localhost.evil.test") << false;
    QTest::newRow("http loopback as subdomain")
        << QStringLiteral("http://127.0.0.1.evil.test") << false;
    QTest::newRow("http IPv4-mapped public") << QStringLiteral("http://[::ffff:8.8.8.8]/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
    QTest::newRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1") << false;
    QTest::newRow("custom scheme") << QStringLiteral("fieldconnect://callback/x") << false;
    QTest::newRow("https with user info") << QStringLiteral("https://user:pw@example.com") << false;
    QTest::newRow("https with user name") << QStringLiteral("https://user@example.com") << false;
    QTest::newRow("http loopback with user info")
        << QStringLiteral("http://u:p@127.0.0.1") << false;
    QTest::newRow("https without host") << QStringLiteral("https:///path") << false;
    QTest::newRow("relative") << QStringLiteral("studio.deepomatic.com") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("invalid") << QStringLiteral("https://[::1") << false;
}

void tst_SiteProfile::isAcceptableServiceUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    QCOMPARE(SiteProfile::isAcceptableServiceUrl(QUrl(url)), acceptable);
}

void tst_SiteProfile::validate_data()
{
    QTest::addColumn<QString>("siteId");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("studio");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("httpsPrefix");
    QTest::addColumn<QString>("prefix");
    // One entry per expected message, each a piece of text that message must contain.
    QTest::addColumn<QStringList>("errors");

    const QString site = kDocSiteId;
    const QString slug = QStringLiteral("acme-telecom");
    const QString studio = QStringLiteral("https://studio.deepomatic.com");
    const QString prefix = QStringLiteral("https://field.example.com/cb");

    QTest::newRow("valid") << site << slug << studio << QString() << 100 << false << QString()
                           << QStringList();
    QTest::newRow("valid, sandbox on loopback")
        << site << slug << "http://127.0.0.1:41234"
        << "http://127.0.0.1:41234/v0.2/" << 100 << false << QString() << QStringList();
    QTest::newRow("threshold 0") << site << slug << studio << QString() << 0 << false << QString()
                                 << QStringList();
    QTest::newRow("threshold 101")
        << site << slug << studio << QString() << 101 << false << QString() << QStringList{"101"};
    QTest::newRow("threshold -1") << site << slug << studio << QString() << -1 << false << QString()
                                  << QStringList{"-1"};
    QTest::newRow("null site id") << QString() << slug << studio << QString() << 100 << false
                                  << QString() << QStringList{"site_id", "API URL"};
    QTest::newRow("null site id, API URL given")
        << QString() << slug << studio << "https://api.example.com/v0.2/" << 100 << false
        << QString() << QStringList{"site_id"};
    QTest::newRow("bad slug") << site << "Acme Telecom" << studio << QString() << 100 << false
                              << QString() << QStringList{"Acme Telecom"};
    QTest::newRow("http studio") << site << slug << "http://studio.deepomatic.com" << QString()
                                 << 100 << false << QString()
                                 << QStringList{"studio URL \"http://studio.deepomatic.com"};
    QTest::newRow("http API override")
        << site << slug << studio << "http://api.example.com/v0.2/" << 100 << false << QString()
        << QStringList{"API URL \"http://api.example.com"};
    QTest::newRow("https prefix, valid")
        << site << slug << studio << QString() << 100 << true << prefix << QStringList();
    QTest::newRow("https prefix, missing") << site << slug << studio << QString() << 100 << true
                                           << QString() << QStringList{"callback prefix"};
    QTest::newRow("https prefix, plain http")
        << site << slug << studio << QString() << 100 << true << "http://field.example.com/cb"
        << QStringList{"http://field.example.com/cb"};
    QTest::newRow("https prefix, no host") << site << slug << studio << QString() << 100 << true
                                           << "https:///cb" << QStringList{"callback prefix"};
    QTest::newRow("custom scheme ignores a bad prefix")
        << site << slug << studio << QString() << 100 << false << "http://x" << QStringList();
    QTest::newRow("everything wrong")
        << QString() << QString() << "ftp://x" << QString() << 200 << true << QString()
        << QStringList{"site_id", "org_slug", "studio URL", "API URL", "200", "callback prefix"};
}

void tst_SiteProfile::validate()
{
    QFETCH(QString, siteId);
    QFETCH(QString, slug);
    QFETCH(QString, studio);
    QFETCH(QString, apiUrl);
    QFETCH(int, threshold);
    QFETCH(bool, httpsPrefix);
    QFETCH(QString, prefix);
    QFETCH(QStringList, errors);

    SiteProfile p;
    p.siteId = QUuid::fromString(siteId);
    p.orgSlug = slug;
    p.studioUrl = QUrl(studio);
    p.apiUrl = QUrl(apiUrl);
    p.threshold = threshold;
    p.callbackMode = httpsPrefix ? SiteProfile::CallbackMode::HttpsPrefix
                                 : SiteProfile::CallbackMode::CustomScheme;
    p.httpsCallbackPrefix = QUrl(prefix);

    const QStringList messages = p.validate();
    QCOMPARE(messages.size(), errors.size());
    for (int i = 0; i < errors.size(); ++i)
        QVERIFY2(messages.at(i).contains(errors.at(i)),
                 qPrintable(messages.at(i) + " / " + errors.at(i)));
    for (const QString &message : messages)
        QVERIFY(!message.contains(QLatin1String("%1")));
}

void tst_SiteProfile::isHostName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("login.example.com") << true;
    QTest::newRow("single label") << QStringLiteral("localhost") << true;
    QTest::newRow("hyphen inside") << QStringLiteral("sso-eu.example.com") << true;
    QTest::newRow("upper-case") << QStringLiteral("Login.Example.COM") << true;
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.2") << true;
    QTest::newRow("63-character label") << QString(63, u'a') + QStringLiteral(".com") << true;
    QTest::newRow("64-character label") << QString(64, u'a') + QStringLiteral(".com") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-sso.example.com") << false;
    QTest::newRow("trailing hyphen in label") << QStringLiteral("sso-.example.com") << false;
    QTest::newRow("empty label") << QStringLiteral("sso..example.com") << false;
    QTest::newRow("trailing dot") << QStringLiteral("example.com.") << false;
    QTest::newRow("wildcard") << QStringLiteral("*.example.com") << false;
    QTest::newRow("port") << QStringLiteral("example.com:443") << false;
    QTest::newRow("scheme") << QStringLiteral("https://example.com") << false;
    QTest::newRow("path") << QStringLiteral("example.com/login") << false;
    QTest::newRow("space") << QStringLiteral("example .com") << false;
    QTest::newRow("user info") << QStringLiteral("user@example.com") << false;
    QTest::newRow("underscore") << QStringLiteral("sso_eu.example.com") << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("d\u00e9pot.example.com") << false;
    QTest::newRow("Cyrillic lookalike") << QStringLiteral("\u0435xample.com") << false;
    QTest::newRow("three octets") << QStringLiteral("127.0.1") << false;
    QTest::newRow("octet 256") << QStringLiteral("10.0.0.256") << false;
    QTest::newRow("254 characters")
        << QString(50, u'a') + QStringLiteral(".") + QString(50, u'b') + QStringLiteral(".")
               + QString(50, u'c') + QStringLiteral(".") + QString(50, u'd') + QStringLiteral(".")
               + QString(50, u'e')
        << false;
    QTest::newRow("253 characters")
        << QString(50, u'a') + QStringLiteral(".") + QString(50, u'b') + QStringLiteral(".")
               + QString(50, u'c') + QStringLiteral(".") + QString(50, u'd') + QStringLiteral(".")
               + QString(49, u'e')
        << true;
}

void tst_SiteProfile::isHostName()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(SiteProfile::isHostName(host), valid);
}

void tst_SiteProfile::studioHostIsAlwaysAllowed()
{
    SiteProfile p = validProfile();
    QCOMPARE(p.allowedHosts(), QStringList{QStringLiteral("studio.deepomatic.com")});
    p.navigationAllowList = {QStringLiteral("Login.Example.com"),
                             QStringLiteral("studio.deepomatic.com")};
    QCOMPARE(p.allowedHosts(), (QStringList{QStringLiteral("studio.deepomatic.com"),
                                            QStringLiteral("login.example.com")}));
    QVERIFY(p.isAllowedHost(QStringLiteral("STUDIO.deepomatic.com")));
    QVERIFY(p.isAllowedHost(QStringLiteral("login.example.com")));
    QVERIFY(!p.isAllowedHost(QString()));
}

void tst_SiteProfile::allowsNavigationTo_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("studio") << QStringLiteral("https://studio.deepomatic.com/x?y=1") << true;
    QTest::newRow("studio, other port")
        << QStringLiteral("https://studio.deepomatic.com:8443/") << true;
    QTest::newRow("studio upper-case") << QStringLiteral("HTTPS://STUDIO.DEEPOMATIC.COM/") << true;
    QTest::newRow("identity provider")
        << QStringLiteral("https://login.example.com/authorize") << true;
    QTest::newRow("loopback allow-listed over http")
        << QStringLiteral("http://127.0.0.2:4000/") << true;
    QTest::newRow("about:blank") << QStringLiteral("about:blank") << true;
    QTest::newRow("studio over plain http")
        << QStringLiteral("http://studio.deepomatic.com/") << false;
    QTest::newRow("other host") << QStringLiteral("https://evil.example.net/") << false;
    QTest::newRow("sub-domain of studio")
        << QStringLiteral("https://x.studio.deepomatic.com/") << false;
    QTest::newRow("studio as sub-domain")
        << QStringLiteral("https://studio.deepomatic.com.evil.test/") << false;
    QTest::newRow("user info") << QStringLiteral("https://studio.deepomatic.com@evil.test/")
                               << false;
    QTest::newRow("other loopback address") << QStringLiteral("http://127.0.0.3:4000/") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,hi") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("about:srcdoc") << QStringLiteral("about:srcdoc") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://studio.deepomatic.com/") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_SiteProfile::allowsNavigationTo()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    SiteProfile p = validProfile();
    p.navigationAllowList = {QStringLiteral("login.example.com"), QStringLiteral("127.0.0.2")};
    QCOMPARE(p.allowsNavigationTo(QUrl(url)), allowed);
}

void tst_SiteProfile::allowsMediaCaptureFrom_data()
{
    QTest::addColumn<bool>("deny");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("studio") << false << QStringLiteral("https://studio.deepomatic.com/") << true;
    QTest::newRow("identity provider")
        << false << QStringLiteral("https://login.example.com") << true;
    QTest::newRow("other origin") << false << QStringLiteral("https://evil.example.net/") << false;
    QTest::newRow("studio over http")
        << false << QStringLiteral("http://studio.deepomatic.com/") << false;
    QTest::newRow("empty origin") << false << QString() << false;
    QTest::newRow("about:blank") << false << QStringLiteral("about:blank") << false;
    QTest::newRow("studio, policy deny")
        << true << QStringLiteral("https://studio.deepomatic.com/") << false;
}

void tst_SiteProfile::allowsMediaCaptureFrom()
{
    QFETCH(bool, deny);
    QFETCH(QString, origin);
    QFETCH(bool, allowed);
    SiteProfile p = validProfile();
    p.navigationAllowList = {QStringLiteral("login.example.com")};
    if (deny)
        p.mediaPermissions = SiteProfile::MediaPermissions::Deny;
    QCOMPARE(p.allowsMediaCaptureFrom(QUrl(origin)), allowed);
}

void tst_SiteProfile::allowListEntriesAreValidated()
{
    SiteProfile p = validProfile();
    p.navigationAllowList = {QStringLiteral("login.example.com"), QStringLiteral("*.evil.test"),
                             QStringLiteral("https://x.example.com")};
    const QStringList errors = p.validate();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(QLatin1String("*.evil.test")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(QLatin1String("https://x.example.com")),
             qPrintable(errors.at(1)));
}

QTEST_APPLESS_MAIN(tst_SiteProfile)
#include "tst_siteprofile.moc"
