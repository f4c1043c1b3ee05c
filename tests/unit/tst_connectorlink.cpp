#include "connectorlink.h"

#include <QTest>
#include <QUrlQuery>

namespace {
const QString kSiteId = QStringLiteral("000f0174-bdf0-47b3-bb3e-0123456789ab");
const QString kSlug = QStringLiteral("acme-telecom");
const QString kDeepomaticId = QStringLiteral("0f6c1f0e-3a1b-4c2d-9e8f-123456789abc");
const QString kCallback =
    QStringLiteral("fieldconnect://callback/3f2a9c0d5b7e41a88c6d0e1f2a3b4c5d");

SiteProfile profile()
{
    SiteProfile p;
    p.siteId = QUuid::fromString(kSiteId);
    p.orgSlug = kSlug;
    return p;
}

QStringList keys(const QUrlQuery &query)
{
    QStringList list;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        list << item.first;
    return list;
}
} // namespace

class tst_ConnectorLink : public QObject
{
    Q_OBJECT

private slots:
    void buildsDocumentedUrl();
    void callbackRoundTrips_data();
    void callbackRoundTrips();
    void useFragment_data();
    void useFragment();
    void studioUrlShapes_data();
    void studioUrlShapes();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void tst_ConnectorLink::buildsDocumentedUrl()
{
    const ConnectorLink::Result result =
        ConnectorLink::build(profile(), kDeepomaticId, QUrl(kCallback));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());

    const QUrl &url = result.url;
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("studio.deepomatic.com"));
    QCOMPARE(url.port(), -1);
    QCOMPARE(url.path(), QStringLiteral("/field/connector/work_order/") + kDeepomaticId);
    QVERIFY(!url.hasFragment());

    const QUrlQuery query(url);
    QCOMPARE(keys(query), (QStringList{QStringLiteral("site_id"), QStringLiteral("org_slug"),
                                       QStringLiteral("callback_uri")}));
    QCOMPARE(query.queryItemValue(QStringLiteral("site_id"), QUrl::FullyDecoded), kSiteId);
    QCOMPARE(query.queryItemValue(QStringLiteral("org_slug"), QUrl::FullyDecoded), kSlug);
    QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("callback_uri"), QUrl::FullyDecoded)),
             QUrl(kCallback));
}

void tst_ConnectorLink::callbackRoundTrips_data()
{
    QTest::addColumn<QUrl>("callback");

    QTest::newRow("custom scheme") << QUrl(kCallback);
    QTest::newRow("own query") << QUrl(kCallback + QStringLiteral("?a=1&b=2"));
    QTest::newRow("own fragment") << QUrl(kCallback + QStringLiteral("#frag"));
    QTest::newRow("own query and fragment") << QUrl(kCallback + QStringLiteral("?a=1&b=2#x=1&y=2"));
    QTest::newRow("https prefix") << QUrl(QStringLiteral("https://field.example.com/cb/abc"));
    QTest::newRow("https with port and query")
        << QUrl(QStringLiteral("https://field.example.com:8443/cb/abc?site=1&k=v#f"));
    QTest::newRow("encoded space and plus")
        << QUrl(QStringLiteral("https://field.example.com/cb/abc?state=a%20b&c=%2B+d"));
    QTest::newRow("encoded ampersand, equals, hash")
        << QUrl(QStringLiteral("https://field.example.com/cb/abc?state=%26x%3Dy%23z"));
    QTest::newRow("literal percent in a value")
        << QUrl(QStringLiteral("https://field.example.com/cb/abc?state=100%25"));
    QTest::newRow("non-ASCII path and query")
        << QUrl(QStringLiteral("https://field.example.com/r\u00e9seau/cb?\u00e9=\u00e8"));
    QTest::newRow("a query key that is also a connector key")
        << QUrl(kCallback + QStringLiteral("?site_id=evil&org_slug=evil&callback_uri=evil"));
}

void tst_ConnectorLink::callbackRoundTrips()
{
    QFETCH(QUrl, callback);
    QVERIFY(callback.isValid());

    const ConnectorLink::Result result = ConnectorLink::build(profile(), kDeepomaticId, callback);
    QVERIFY2(result.ok(), qPrintable(result.error));

    // The callback's own '?', '&', '=' and '#' must not leak into the connector URL.
    const QString encoded = result.url.toString(QUrl::FullyEncoded);
    QCOMPARE(encoded.count(u'?'), 1);
    QCOMPARE(encoded.count(u'#'), 0);
    QVERIFY(!result.url.hasFragment());
    const QString encodedCallback =
        QString::fromLatin1(QUrl::toPercentEncoding(callback.toString(QUrl::FullyEncoded)));
    QVERIFY2(encoded.endsWith(QStringLiteral("&callback_uri=") + encodedCallback),
             qPrintable(encoded));

    // What the browser receives, decoded once, gives back the callback exactly.
    const QUrl received = QUrl::fromEncoded(result.url.toEncoded(), QUrl::StrictMode);
    QVERIFY(received.isValid());
    const QUrlQuery query(received);
    QCOMPARE(keys(query), (QStringList{QStringLiteral("site_id"), QStringLiteral("org_slug"),
                                       QStringLiteral("callback_uri")}));
    const QString decoded =
        query.queryItemValue(QStringLiteral("callback_uri"), QUrl::FullyDecoded);
    QCOMPARE(decoded, callback.toString(QUrl::FullyEncoded));
    QCOMPARE(QUrl::fromEncoded(decoded.toLatin1(), QUrl::StrictMode), callback);
    QCOMPARE(query.queryItemValue(QStringLiteral("site_id"), QUrl::FullyDecoded), kSiteId);
    QCOMPARE(query.queryItemValue(QStringLiteral("org_slug"), QUrl::FullyDecoded), kSlug);
}

void tst_ConnectorLink::useFragment_data()
{
    QTest::addColumn<bool>("useFragment");
    QTest::newRow("off") << false;
    QTest::newRow("on") << true;
}

void tst_ConnectorLink::useFragment()
{
    QFETCH(bool, useFragment);
    SiteProfile p = profile();
    p.useFragment = useFragment;
    const ConnectorLink::Result result = ConnectorLink::build(p, kDeepomaticId, QUrl(kCallback));
    QVERIFY2(result.ok(), qPrintable(result.error));

    const QUrlQuery query(result.url);
    QCOMPARE(query.hasQueryItem(QStringLiteral("use_fragment")), useFragment);
    if (useFragment) {
        QCOMPARE(query.queryItemValue(QStringLiteral("use_fragment")), QStringLiteral("true"));
        QCOMPARE(query.allQueryItemValues(QStringLiteral("use_fragment")).size(), 1);
    }
    QCOMPARE(keys(query).size(), useFragment ? 4 : 3);
}

void tst_ConnectorLink::studioUrlShapes_data()
{
    QTest::addColumn<QString>("studio");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");

    const QString tail = QStringLiteral("/field/connector/work_order/") + kDeepomaticId;
    QTest::newRow("default") << "https://studio.deepomatic.com"
                             << "https"
                             << "studio.deepomatic.com" << -1 << tail;
    QTest::newRow("trailing slash") << "https://studio.deepomatic.com/"
                                    << "https"
                                    << "studio.deepomatic.com" << -1 << tail;
    QTest::newRow("path prefix") << "https://example.com/deepomatic"
                                 << "https"
                                 << "example.com" << -1 << "/deepomatic" + tail;
    QTest::newRow("path prefix, trailing slash") << "https://example.com/deepomatic/"
                                                 << "https"
                                                 << "example.com" << -1 << "/deepomatic" + tail;
    QTest::newRow("port") << "https://example.com:8443"
                          << "https"
                          << "example.com" << 8443 << tail;
    QTest::newRow("sandbox on loopback") << "http://127.0.0.1:41234"
                                         << "http"
                                         << "127.0.0.1" << 41234 << tail;
    QTest::newRow("sandbox on localhost") << "http://localhost:41234/"
                                          << "http"
                                          << "localhost" << 41234 << tail;
    QTest::newRow("query and fragment of the studio dropped")
        << "https://studio.deepomatic.com/?lang=fr#top"
        << "https"
        << "studio.deepomatic.com" << -1 << tail;
}

void tst_ConnectorLink::studioUrlShapes()
{
    QFETCH(QString, studio);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);

    SiteProfile p = profile();
    p.studioUrl = QUrl(studio);
    const ConnectorLink::Result result = ConnectorLink::build(p, kDeepomaticId, QUrl(kCallback));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.url.scheme(), scheme);
    QCOMPARE(result.url.host(), host);
    QCOMPARE(result.url.port(), port);
    // A studio URL ending with its host and a slash must not give "//field/...".
    QCOMPARE(result.url.path(), path);
    QVERIFY(!result.url.hasFragment());
    QCOMPARE(keys(QUrlQuery(result.url)),
             (QStringList{QStringLiteral("site_id"), QStringLiteral("org_slug"),
                          QStringLiteral("callback_uri")}));
}

void tst_ConnectorLink::rejectsBadInput_data()
{
    QTest::addColumn<QString>("deepomaticId");
    QTest::addColumn<QString>("siteId");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("studio");
    QTest::addColumn<QUrl>("callback");
    QTest::addColumn<QString>("errorContains");

    const QString studio = QStringLiteral("https://studio.deepomatic.com");
    const QUrl callback(kCallback);

    QTest::newRow("empty id") << QString() << kSiteId << kSlug << studio << callback
                              << "not been created";
    QTest::newRow("blank id") << "   " << kSiteId << kSlug << studio << callback
                              << "not been created";
    QTest::newRow("id with slash")
        << "abc/def" << kSiteId << kSlug << studio << callback << "abc/def";
    QTest::newRow("id with question mark")
        << "abc?x=1" << kSiteId << kSlug << studio << callback << "abc?x=1";
    QTest::newRow("id with hash") << "abc#x" << kSiteId << kSlug << studio << callback << "abc#x";
    QTest::newRow("id with leading space")
        << " abc" << kSiteId << kSlug << studio << callback << "malformed";
    QTest::newRow("id with trailing newline")
        << "abc\n"
        << kSiteId << kSlug << studio << callback << "malformed";
    QTest::newRow("id with inner space")
        << "abc def" << kSiteId << kSlug << studio << callback << "malformed";
    QTest::newRow("id is a dot segment")
        << "." << kSiteId << kSlug << studio << callback << "malformed";
    QTest::newRow("id is a double-dot segment")
        << ".." << kSiteId << kSlug << studio << callback << "malformed";
    QTest::newRow("id with backslash")
        << "..\\x" << kSiteId << kSlug << studio << callback << "malformed";
    QTest::newRow("null site id") << kDeepomaticId << QString() << kSlug << studio << callback
                                  << "site_id";
    QTest::newRow("non-UUID site id")
        << kDeepomaticId << "site-1" << kSlug << studio << callback << "site_id";
    QTest::newRow("empty slug") << kDeepomaticId << kSiteId << QString() << studio << callback
                                << "org_slug";
    QTest::newRow("upper-case slug")
        << kDeepomaticId << kSiteId << "Acme" << studio << callback << "Acme";
    QTest::newRow("slug with space")
        << kDeepomaticId << kSiteId << "acme corp" << studio << callback << "acme corp";
    QTest::newRow("slug with trailing newline") << kDeepomaticId << kSiteId << "acme\n"
                                                << studio << callback << "org_slug";
    QTest::newRow("slug with ampersand")
        << kDeepomaticId << kSiteId << "acme&x=1" << studio << callback << "org_slug";
    QTest::newRow("http studio, not loopback")
        << kDeepomaticId << kSiteId << kSlug << "http://studio.deepomatic.com" << callback
        << "studio.deepomatic.com";
    QTest::newRow("ftp studio") << kDeepomaticId << kSiteId << kSlug << "ftp://example.com"
                                << callback << "https";
    QTest::newRow("studio with user info")
        << kDeepomaticId << kSiteId << kSlug << "https://user:pw@studio.deepomatic.com" << callback
        << "studio";
    QTest::newRow("empty studio") << kDeepomaticId << kSiteId << kSlug << QString() << callback
                                  << "studio";
    QTest::newRow("empty callback")
        << kDeepomaticId << kSiteId << kSlug << studio << QUrl() << "callback";
    QTest::newRow("invalid callback") << kDeepomaticId << kSiteId << kSlug << studio
                                      << QUrl(QStringLiteral("http://[::1")) << "callback";
    QTest::newRow("relative callback") << kDeepomaticId << kSiteId << kSlug << studio
                                       << QUrl(QStringLiteral("callback/abc")) << "callback";
    QTest::newRow("scheme-only callback") << kDeepomaticId << kSiteId << kSlug << studio
                                          << QUrl(QStringLiteral("fieldconnect:")) << "callback";
}

void tst_ConnectorLink::rejectsBadInput()
{
    QFETCH(QString, deepomaticId);
    QFETCH(QString, siteId);
    QFETCH(QString, slug);
    QFETCH(QString, studio);
    QFETCH(QUrl, callback);
    QFETCH(QString, errorContains);

    SiteProfile p;
    p.siteId = QUuid::fromString(siteId);
    p.orgSlug = slug;
    p.studioUrl = QUrl(studio);

    const ConnectorLink::Result result = ConnectorLink::build(p, deepomaticId, callback);

    // Only the UUID alphabet is accepted: no dot segment, space or backslash.
    QVERIFY2(!result.ok(), qPrintable(result.url.toString()));

    QVERIFY(result.url.isEmpty());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

QTEST_APPLESS_MAIN(tst_ConnectorLink)
#include "tst_connectorlink.moc"
