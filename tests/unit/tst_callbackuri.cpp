#include "callbackparser.h"
#include "callbackuri.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
const QString kLaunchId = QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5d");

SiteProfile profileFor(bool httpsPrefix, const QString &prefix)
{
    SiteProfile profile;
    profile.callbackMode = httpsPrefix ? SiteProfile::CallbackMode::HttpsPrefix
                                       : SiteProfile::CallbackMode::CustomScheme;
    profile.httpsCallbackPrefix = QUrl(prefix);
    return profile;
}
} // namespace

class tst_CallbackUri : public QObject
{
    Q_OBJECT

private slots:
    void newLaunchIdIsLowerCaseHex();
    void newLaunchIdsAreUnique();
    void isWellFormedLaunchId_data();
    void isWellFormedLaunchId();
    void forLaunch_data();
    void forLaunch();
    void isCallbackSpace_data();
    void isCallbackSpace();
};

void tst_CallbackUri::newLaunchIdIsLowerCaseHex()
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    const QString id = CallbackUri::newLaunchId();
    QVERIFY2(hex32.match(id).hasMatch(), qPrintable(id));
    QVERIFY(CallbackUri::isWellFormedLaunchId(id));
}

void tst_CallbackUri::newLaunchIdsAreUnique()
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    QSet<QString> seen;
    QSet<QChar> digits;
    for (int i = 0; i < 1000; ++i) {
        const QString id = CallbackUri::newLaunchId();
        // Leading zeros of each 32-bit word must be kept: every id has exactly 32 characters.
        QVERIFY2(hex32.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        for (QChar c : id)
            digits.insert(c);
    }
    QCOMPARE(seen.size(), 1000);
    // 32,000 random hex digits: every one of the 16 shows up, or the generator is broken.
    QCOMPARE(digits.size(), 16);
}

void tst_CallbackUri::isWellFormedLaunchId_data()
{
    QTest::addColumn<QString>("launchId");
    QTest::addColumn<bool>("wellFormed");

    QTest::newRow("32 lower-case hex") << kLaunchId << true;
    QTest::newRow("all zeros") << QString(32, u'0') << true;
    QTest::newRow("all f") << QString(32, u'f') << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("31 chars") << kLaunchId.left(31) << false;
    QTest::newRow("33 chars") << kLaunchId + u'0' << false;
    QTest::newRow("upper-case") << kLaunchId.toUpper() << false;
    QTest::newRow("one upper-case letter")
        << QStringLiteral("3F2a9c0d5b7e41a88c6d0e1f2a3b4c5d") << false;
    QTest::newRow("letter g") << QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5g") << false;
    QTest::newRow("UUID with hyphens")
        << QStringLiteral("3f2a9c0d-5b7e-41a8-8c6d-0e1f2a3b4c5d") << false;
    QTest::newRow("UUID with braces")
        << QStringLiteral("{3f2a9c0d5b7e41a88c6d0e1f2a3b4c}") << false;
    QTest::newRow("space inside") << QStringLiteral("3f2a9c0d5b7e41a8 c6d0e1f2a3b4c5d") << false;
    QTest::newRow("trailing slash") << QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5/") << false;
    QTest::newRow("fullwidth digit")
        << QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5\uFF10") << false;
    QTest::newRow("Arabic-Indic digit")
        << QStringLiteral("3f2a9c0d5b7e41a88c6d0e1f2a3b4c5\u0660") << false;
}

void tst_CallbackUri::isWellFormedLaunchId()
{
    QFETCH(QString, launchId);
    QFETCH(bool, wellFormed);
    QCOMPARE(CallbackUri::isWellFormedLaunchId(launchId), wellFormed);
}

void tst_CallbackUri::forLaunch_data()
{
    QTest::addColumn<bool>("httpsPrefix");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");

    const QString id = kLaunchId;
    QTest::newRow("custom scheme") << false << QString() << "fieldconnect"
                                   << "callback" << -1 << "/" + id;
    QTest::newRow("custom scheme ignores a configured prefix")
        << false << "https://field.example.com/cb"
        << "fieldconnect"
        << "callback" << -1 << "/" + id;
    QTest::newRow("https prefix") << true << "https://field.example.com/fc/cb"
                                  << "https"
                                  << "field.example.com" << -1 << "/fc/cb/" + id;
    QTest::newRow("https prefix, trailing slash") << true << "https://field.example.com/fc/cb/"
                                                  << "https"
                                                  << "field.example.com" << -1 << "/fc/cb/" + id;
    QTest::newRow("https prefix, two trailing slashes")
        << true << "https://field.example.com/fc/cb//"
        << "https"
        << "field.example.com" << -1 << "/fc/cb/" + id;
    QTest::newRow("https prefix, host only") << true << "https://field.example.com"
                                             << "https"
                                             << "field.example.com" << -1 << "/" + id;
    QTest::newRow("https prefix, root path") << true << "https://field.example.com/"
                                             << "https"
                                             << "field.example.com" << -1 << "/" + id;
    QTest::newRow("https prefix with port") << true << "https://field.example.com:8443/cb"
                                            << "https"
                                            << "field.example.com" << 8443 << "/cb/" + id;
    QTest::newRow("https prefix, query and fragment dropped")
        << true << "https://field.example.com/cb?x=1#y"
        << "https"
        << "field.example.com" << -1 << "/cb/" + id;
}

void tst_CallbackUri::forLaunch()
{
    QFETCH(bool, httpsPrefix);
    QFETCH(QString, prefix);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);

    const SiteProfile profile = profileFor(httpsPrefix, prefix);
    const QUrl url = CallbackUri::forLaunch(profile, kLaunchId);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), scheme);
    QCOMPARE(url.host(), host);
    QCOMPARE(url.port(), port);
    QCOMPARE(url.path(), path);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    QVERIFY(url.userInfo().isEmpty());

    // What the connector is given must be what it captures and what the parser accepts.
    QVERIFY(CallbackUri::isCallbackSpace(profile, url));
    QUrl callback = url;
    callback.setQuery(QStringLiteral("work_order_progress=100"));
    const CallbackParser::Verdict verdict =
        CallbackParser::parse(callback, {url, QStringLiteral("any")});
    QVERIFY2(verdict.accepted, qPrintable(verdict.reason));
    QCOMPARE(verdict.progress, 100);
}

void tst_CallbackUri::isCallbackSpace_data()
{
    QTest::addColumn<bool>("httpsPrefix");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("captured");

    const QString id = kLaunchId;
    const QString prefix = QStringLiteral("https://field.example.com/fc/cb");

    QTest::newRow("custom: this launch")
        << false << QString() << "fieldconnect://callback/" + id << true;
    QTest::newRow("custom: any launch id")
        << false << QString() << "fieldconnect://callback/other" << true;
    QTest::newRow("custom: upper-case scheme")
        << false << QString() << "FIELDCONNECT://CALLBACK/" + id << true;
    QTest::newRow("custom: other host, same scheme")
        << false << QString() << "fieldconnect://evil/x" << true;
    QTest::newRow("custom: studio page")
        << false << QString() << "https://studio.deepomatic.com/field/connector" << false;
    QTest::newRow("custom: https prefix not active")
        << false << prefix << "https://field.example.com/fc/cb/" + id << false;
    QTest::newRow("https: this launch")
        << true << prefix << "https://field.example.com/fc/cb/" + id << true;
    QTest::newRow("https: any launch id")
        << true << prefix << "https://field.example.com/fc/cb/x?a=1" << true;
    QTest::newRow("https: prefix with trailing slash")
        << true << prefix + "/"
        << "https://field.example.com/fc/cb/" + id << true;
    QTest::newRow("https: upper-case host")
        << true << prefix << "https://FIELD.EXAMPLE.COM/fc/cb/" + id << true;
    QTest::newRow("https: explicit default port")
        << true << prefix << "https://field.example.com:443/fc/cb/" + id << true;
    QTest::newRow("https: custom scheme still captured")
        << true << prefix << "fieldconnect://callback/" + id << true;
    QTest::newRow("https: prefix itself")
        << true << prefix << "https://field.example.com/fc/cb" << false;
    QTest::newRow("https: sibling path")
        << true << prefix << "https://field.example.com/fc/cbx/" + id << false;
    QTest::newRow("https: parent path")
        << true << prefix << "https://field.example.com/fc/" << false;
    QTest::newRow("https: other host")
        << true << prefix << "https://example.com/fc/cb/" + id << false;
    QTest::newRow("https: plain http")
        << true << prefix << "http://field.example.com/fc/cb/" + id << false;
    QTest::newRow("https: other port")
        << true << prefix << "https://field.example.com:8443/fc/cb/" + id << false;
    QTest::newRow("https: studio page")
        << true << prefix << "https://studio.deepomatic.com/field/connector" << false;
}

void tst_CallbackUri::isCallbackSpace()
{
    QFETCH(bool, httpsPrefix);
    QFETCH(QString, prefix);
    QFETCH(QString, url);
    QFETCH(bool, captured);
    QCOMPARE(CallbackUri::isCallbackSpace(profileFor(httpsPrefix, prefix), QUrl(url)), captured);
}

QTEST_APPLESS_MAIN(tst_CallbackUri)
#include "tst_callbackuri.moc"
