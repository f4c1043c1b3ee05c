// Credential stores: the in-memory one the tests use, and the real operating-system store
// through QtKeychain, headless under a private session bus with an unlocked gnome-keyring
//. Each credentialtool run is a new process.

#include "memorycredentialstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class tst_CredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void memoryStoreKeepsAndForgets();
    void memoryStoreSkipsADestroyedContext();
    void keychainSecretOutlivesTheProcessThatWroteIt();
    void noSessionBusMeansNoCredentialStoreQuickly();

private:
    QStringList runInKeyring(const QString &home, const QString &script, QString *errors);
    bool haveKeyringTools() const;
};

namespace {
std::optional<CredentialStore::Result>
await(const std::function<void(CredentialStore::Callback)> &call)
{
    std::optional<CredentialStore::Result> result;
    call([&result](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        qWarning("the store never answered");
    return result;
}

const QString kTool = QStringLiteral(CREDENTIAL_TOOL);
} // namespace

void tst_CredentialStore::memoryStoreKeepsAndForgets()
{
    MemoryCredentialStore store;
    auto r = await([&](auto done) { store.read(QStringLiteral("site"), this, done); });
    QVERIFY(r);
    QCOMPARE(r->status, CredentialStore::Status::NotFound);
    r = await(
        [&](auto done) { store.write(QStringLiteral("site"), QStringLiteral("tok"), this, done); });
    QVERIFY(r && r->ok());
    r = await([&](auto done) { store.read(QStringLiteral("site"), this, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->secret, QStringLiteral("tok"));
    r = await([&](auto done) { store.remove(QStringLiteral("site"), this, done); });
    QVERIFY(r && r->ok());
    r = await([&](auto done) { store.read(QStringLiteral("site"), this, done); });
    QCOMPARE(r->status, CredentialStore::Status::NotFound);
}

void tst_CredentialStore::memoryStoreSkipsADestroyedContext()
{
    MemoryCredentialStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("site"), context,
               [&called](const CredentialStore::Result &) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
}

bool tst_CredentialStore::haveKeyringTools() const
{
    return !QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
}

QStringList tst_CredentialStore::runInKeyring(const QString &home, const QString &script,
                                              QString *errors)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("TOOL"), kTool);
    env.remove(QStringLiteral("DISPLAY")); // no prompter may ever appear
    env.remove(QStringLiteral("QT_NO_GLIB")); // libsecret needs the glib dispatcher
    process.setProcessEnvironment(env);
    // A private bus; the keyring is created and unlocked with a throw-away password.
    process.start(QStringLiteral("dbus-run-session"),
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("echo -n test-password | gnome-keyring-daemon --unlock "
                                  "--components=secrets >/dev/null 2>&1; ")
                       + script});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    *errors = QString::fromUtf8(process.readAllStandardError());
    // Only the tool's answers: dbus-daemon may print its own warnings on the same stream.
    static const QRegularExpression answer(
        QStringLiteral("^(ok|not_found|unavailable|access_denied|timed_out|failed) .*$"),
        QRegularExpression::MultilineOption);
    QStringList lines;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (auto it = answer.globalMatch(out); it.hasNext();)
        lines << it.next().captured(0);
    return lines;
}

void tst_CredentialStore::keychainSecretOutlivesTheProcessThatWroteIt()
{
    if (!haveKeyringTools())
        QSKIP("dbus-run-session and gnome-keyring-daemon are needed (scripts/dev installs them)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString secret = QStringLiteral("tok-3f9a2c71-secret");
    QString errors;
    // Session 1: write, then read back from another process.
    QStringList out = runInKeyring(
        home.path(), QStringLiteral("\"$TOOL\" write site-a %1; \"$TOOL\" read site-a").arg(secret),
        &errors);
    QCOMPARE(out, (QStringList{QStringLiteral("ok "), QStringLiteral("ok ") + secret}));
    // Session 2, same keyring on disk: still there; delete it; gone.
    out = runInKeyring(home.path(),
                       QStringLiteral("\"$TOOL\" read site-a; \"$TOOL\" remove site-a; "
                                      "\"$TOOL\" read site-a"),
                       &errors);
    QCOMPARE(out, (QStringList{QStringLiteral("ok ") + secret, QStringLiteral("ok "),
                               QStringLiteral("not_found ")}));
    QVERIFY2(!errors.contains(secret), "a secret reached a message");
}

void tst_CredentialStore::noSessionBusMeansNoCredentialStoreQuickly()
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_NO_GLIB"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(kTool, {QStringLiteral("read"), QStringLiteral("site-a")});
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(out, QStringLiteral("unavailable"));
    QVERIFY2(message.contains(QLatin1String("no credential store")), qPrintable(message));
    QVERIFY2(timer.elapsed() < 8000, "an absent store must be reported, not waited for");
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
