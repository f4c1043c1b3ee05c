// The API token for a real site: from the credential store, or why there is none.

#include "apitokenloader.h"
#include "deepomaticclient.h"
#include "fallbackcredentialstore.h"
#include "filecredentialstore.h"
#include "keychaincredentialstore.h"
#include "memorycredentialstore.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
SiteProfile site()
{
    SiteProfile p;
    p.id = QStringLiteral("acme-prod");
    p.displayName = QStringLiteral("ACME production");
    return p;
}

QStringList s_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_log << message;
}
} // namespace

class tst_ApiTokenLoader : public QObject
{
    Q_OBJECT
private slots:
    void storedTokenIsGivenToTheClient();
    void missingTokenIsSaidWhenNobodyCanBeAsked();
    void noCredentialStoreIsSaidPlainly();
    void keysAreSeparatePerSite();
    void tokenTypedThisSessionIsNotAskedAgain();
    void fileStoreIsUsedWhereThereIsNoCredentialStore();
};

void tst_ApiTokenLoader::storedTokenIsGivenToTheClient()
{
    MemoryCredentialStore store;
    bool written = false;
    store.write(ApiTokenLoader::credentialKey(site()), QStringLiteral("tok-123"), nullptr,
                [&written](const CredentialStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    DeepomaticClient client;
    ApiTokenLoader loader(&store, &client, site());
    QSignalSpy finished(&loader, &ApiTokenLoader::finished);
    s_log.clear();
    const auto previous = qInstallMessageHandler(captureLog);
    loader.start();
    QTRY_COMPARE(finished.count(), 1);
    qInstallMessageHandler(previous);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(client.hasToken());
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.contains(QLatin1String("tok-123")), qPrintable(line));
}

void tst_ApiTokenLoader::missingTokenIsSaidWhenNobodyCanBeAsked()
{
    MemoryCredentialStore store;
    DeepomaticClient client;
    ApiTokenLoader loader(&store, &client, site());
    QSignalSpy finished(&loader, &ApiTokenLoader::finished);
    loader.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("ACME production")));
    QVERIFY(!client.hasToken());
}

void tst_ApiTokenLoader::noCredentialStoreIsSaidPlainly()
{
    // The real QtKeychain backend on a machine with no session bus (main() removed it).
    KeychainCredentialStore store(QStringLiteral("FieldConnect-tests"));
    store.setTimeout(8000);
    DeepomaticClient client;
    ApiTokenLoader loader(&store, &client, site());
    QSignalSpy finished(&loader, &ApiTokenLoader::finished);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("no credential store")), qPrintable(message));
}

void tst_ApiTokenLoader::keysAreSeparatePerSite()
{
    SiteProfile testing = site();
    testing.id = QStringLiteral("acme-test");
    QVERIFY(ApiTokenLoader::credentialKey(testing) != ApiTokenLoader::credentialKey(site()));
}

void tst_ApiTokenLoader::tokenTypedThisSessionIsNotAskedAgain()
{
    KeychainCredentialStore keychain(QStringLiteral("FieldConnect-tests")); // none here
    keychain.setTimeout(8000);
    FallbackCredentialStore store(&keychain, nullptr);
    MemoryCredentialStore session;
    bool written = false;
    session.write(ApiTokenLoader::credentialKey(site()), QStringLiteral("typed-once"), nullptr,
                  [&written](const CredentialStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    DeepomaticClient client;
    ApiTokenLoader loader(&store, &client, site());
    loader.setSessionStore(&session);
    QSignalSpy finished(&loader, &ApiTokenLoader::finished);
    loader.start(); // nobody could be asked: the session's token must be enough
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(client.token(), QStringLiteral("typed-once"));
}

void tst_ApiTokenLoader::fileStoreIsUsedWhereThereIsNoCredentialStore()
{
    QTemporaryDir dir;
    KeychainCredentialStore keychain(QStringLiteral("FieldConnect-tests")); // none here
    keychain.setTimeout(8000);
    FileCredentialStore file(dir.filePath(QStringLiteral("credentials")));
    FallbackCredentialStore store(&keychain, &file);
    QVERIFY(!store.usingFallback());
    bool written = false;
    store.write(ApiTokenLoader::credentialKey(site()), QStringLiteral("in-a-file"), nullptr,
                [&written](const CredentialStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    QVERIFY(store.usingFallback());
    QVERIFY(store.backendName().contains(QLatin1String("tokens.json")));
    QVERIFY(QFile::exists(file.filePath()));
    DeepomaticClient client;
    ApiTokenLoader loader(&store, &client, site());
    QSignalSpy finished(&loader, &ApiTokenLoader::finished);
    loader.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(client.token(), QStringLiteral("in-a-file"));
}

int main(int argc, char *argv[])
{
    // No credential store here: no session bus and no display to start one.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QApplication app(argc, argv);
    tst_ApiTokenLoader test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_apitokenloader.moc"
