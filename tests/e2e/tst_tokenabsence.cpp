// The API token never reaches a file or a log: a full autopilot run of the real executable on
// the sandbox, with a secret token of its own in the credential store (the file store the
// deployment allows on a machine without a keyring), then every file under the run's home,
// configuration and data directories, and everything it printed, is searched for the token.
// The demo token is public, so the sandbox is made to accept only the secret one: the run's
// "verified" step proves the secret was really used. The run's own log file is read too: it
// must hold the run's story, and neither the token, nor the sign-in's password or cookie; nor
// must the diagnostics archive exported from that data directory afterwards.

#include "filecredentialstore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Real-looking: 40 hexadecimal characters, like a Deepomatic API key.
const QByteArray kSecret = "7d3f9a0c5e1b48f2a6c4d8e0b1f3a5c7e9d2b4f6";

bool contains(const QByteArray &bytes, QString *how)
{
    const QString s = QString::fromLatin1(kSecret);
    const QList<std::pair<QString, QByteArray>> forms{
        {QStringLiteral("as text"), kSecret},
        {QStringLiteral("in UTF-16"),
         QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2)},
        {QStringLiteral("in base64"), kSecret.toBase64()},
        {QStringLiteral("upper-case"), kSecret.toUpper()},
    };
    for (const auto &[name, form] : forms) {
        if (bytes.contains(form)) {
            *how = name;
            return true;
        }
    }
    return false;
}
} // namespace

class tst_TokenAbsence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tokenIsInNoFileAndNoLogAfterAFullRun();
};

namespace {
// What the autopilot types into the sandbox's sign-in form, and the sign-in's cookie.
const QByteArray kPassword = "sandbox-camille";
const QByteArray kCookieName = "dm_session";
} // namespace

void tst_TokenAbsence::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FIELDCONNECT_EXECUTABLE)));
}

void tst_TokenAbsence::tokenIsInNoFileAndNoLogAfterAFullRun()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    const QString data = home.filePath(QStringLiteral("data"));
    const QString ini = home.filePath(QStringLiteral("fleet.ini"));
    QVERIFY(QDir().mkpath(config));
    {
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[fieldconnect]\nallow_file_credential_store=true\n");
    }
    // The token the sandbox profile uses, stored as the app stores it.
    FileCredentialStore store(QDir(data).filePath(QStringLiteral("credentials")));
    bool written = false;
    store.write(QStringLiteral("api-token/sandbox"), QString::fromLatin1(kSecret), nullptr,
                [&written](const CredentialStore::Result &r) {
                    QVERIFY2(r.ok(), qPrintable(r.message));
                    written = true;
                });
    QTRY_VERIFY(written);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    // No session bus: no OS credential store, so the deployment's file store is the one used.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    // Every line the app can log, debug included.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fieldconnect.*=true"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FIELDCONNECT_EXECUTABLE),
                  {QStringLiteral("--sandbox"), QStringLiteral("--autopilot"),
                   QStringLiteral("--photos"), QStringLiteral("all"), QStringLiteral("--config"),
                   ini, QStringLiteral("--data-dir"), data});
    QVERIFY(process.waitForFinished(120000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());

    // The run went all the way, and the API accepted the secret token (the only one the
    // sandbox took): a failed authentication could not give a verified progress.
    // A fresh data directory: the technician signed in, so the password was typed.
    bool verified = false;
    bool signedIn = false;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("event")) == QLatin1String("verified"))
            verified = event.value(QStringLiteral("verified")).toBool();
        if (event.value(QStringLiteral("event")) == QLatin1String("signed_in"))
            signedIn = true;
    }
    QVERIFY2(verified, out.constData());
    QVERIFY2(signedIn, out.constData());

    QString how;
    QVERIFY2(!contains(out, &how), qPrintable(QStringLiteral("stdout has the token ") + how));
    QVERIFY2(!contains(err, &how), qPrintable(QStringLiteral("stderr has the token ") + how));

    // The one file meant to hold it does, readable by its owner only: the search works.
    QFile tokens(store.filePath());
    QVERIFY(tokens.open(QIODevice::ReadOnly));
    QVERIFY(contains(tokens.readAll(), &how));
    QCOMPARE(tokens.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    int files = 0;
    QStringList found;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == store.filePath())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        ++files;
        if (contains(file.readAll(), &how))
            found << QStringLiteral("%1 (%2)").arg(path, how);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // The log file: the run told its story there, one line per message with its time, level
    // and category, and no secret of any kind.
    QFile logFile(QDir(data).filePath(QStringLiteral("logs/fieldconnect.log")));
    QVERIFY2(logFile.open(QIODevice::ReadOnly), qPrintable(logFile.fileName()));
    const QByteArray log = logFile.readAll();
    QVERIFY2(!contains(log, &how), qPrintable(QStringLiteral("the log has the token ") + how));
    QVERIFY2(!log.contains(kPassword), "the log has the sign-in password");
    QVERIFY2(!log.contains(kCookieName + '='), "the log has the sign-in cookie");
    const QRegularExpression line(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (debug|info|warning|critical) [\w.-]+: )"));
    QSet<QString> categories;
    for (const QString &l : QString::fromUtf8(log).split(u'\n', Qt::SkipEmptyParts)) {
        if (l.startsWith(QLatin1String("    ")))
            continue; // a message's continuation line
        const QRegularExpressionMatch m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        categories << l.section(u' ', 2, 2);
    }
    for (const char *expected :
         {"fieldconnect.app:", "fieldconnect.api:", "fieldconnect.connector:"})
        QVERIFY2(categories.contains(QLatin1String(expected)),
                 qPrintable(QStringList(categories.cbegin(), categories.cend()).join(u' ')));
    // The run left its database, web profile and settings there: the search had material.
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("fieldconnect.sqlite"))));
    QVERIFY2(files > 10, qPrintable(QString::number(files)));

    // What support is sent from that device: the diagnostics archive of the same data
    // directory, with that log, those settings and the credential store that holds the token.
    const QString archive = home.filePath(QStringLiteral("diagnostics.tar"));
    process.start(QStringLiteral(FIELDCONNECT_EXECUTABLE),
                  {QStringLiteral("--export-diagnostics"), archive, QStringLiteral("--config"), ini,
                   QStringLiteral("--data-dir"), data});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile tar(archive);
    QVERIFY(tar.open(QIODevice::ReadOnly));
    const QByteArray exported = tar.readAll();
    QVERIFY2(exported.contains("logs/fieldconnect.log"), "the archive has no log");
    QVERIFY2(!contains(exported, &how),
             qPrintable(QStringLiteral("the archive has the token ") + how));
    QVERIFY2(!exported.contains(kPassword), "the archive has the sign-in password");
    QVERIFY2(!exported.contains(kCookieName + '='), "the archive has the sign-in cookie");
}

QTEST_GUILESS_MAIN(tst_TokenAbsence)
#include "tst_tokenabsence.moc"
