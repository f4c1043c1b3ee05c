// fieldconnect --export-diagnostics FILE, the shipped executable with no display (no DISPLAY,
// no platform chosen): a data directory whose file credential store holds a token and whose log
// holds a Bearer token, a cookie and a password gives one JSON line, exit code 0 and a tar
// archive that tar lists and in which none of them is; an unwritable path gives the error line
// and exit code 1; a conflicting mode is a usage error.

#include "filecredentialstore.h"

#include "processrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
const QByteArray kToken = "0f9e8d7c6b5a49382716a5b4c3d2e1f0a9b8c7d6";
const QByteArray kBearer = "eyJhbGciOiJIUzI1NiJ9-not-a-real-bearer-777";
const QByteArray kPassword = "camille-secret-pw-31";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines;
};
} // namespace

class tst_DiagnosticsCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void archiveIsWrittenWithNoDisplayAndNoSecret();
    void unwritablePathIsAnErrorLine();
    void conflictingModeIsAUsageError();

private:
    Run run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_config;
    QString m_systemConfig;
};

void tst_DiagnosticsCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FIELDCONNECT_EXECUTABLE)));
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_config = m_dir.filePath(QStringLiteral("fleet.ini"));
    QFile ini(m_config);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[fieldconnect]\nallow_file_credential_store=true\n");
    ini.close();
    // The organisation's file for the machine, as IT installs it.
    const QString machine = m_dir.filePath(QStringLiteral("etc-xdg/FieldConnect"));
    QVERIFY(QDir().mkpath(machine));
    m_systemConfig = QDir(machine).filePath(QStringLiteral("fieldconnect.ini"));
    QFile system(m_systemConfig);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("; Fleet policy 2026-12\n[profile.fleet]\nname=Fleet\n"
                 "site_id=000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b\norg_slug=acme\nthreshold=90\n");
    system.close();
    // The sandbox profile's token, as the app's file store keeps it.
    FileCredentialStore store(QDir(m_data).filePath(QStringLiteral("credentials")));
    bool written = false;
    store.write(QStringLiteral("api-token/sandbox"), QString::fromLatin1(kToken), nullptr,
                [&written](const CredentialStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    // An earlier run's log, with what a careless line could have written.
    QVERIFY(QDir().mkpath(QDir(m_data).filePath(QStringLiteral("logs"))));
    QFile log(QDir(m_data).filePath(QStringLiteral("logs/fieldconnect.log.1")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("2026-05-04T08:15:02.311Z warning fieldconnect.api: Authorization: Bearer " + kBearer
              + "\n2026-05-04T08:15:03.311Z info fieldconnect.test: token " + kToken
              + " password=" + kPassword + "\n");
}

Run tst_DiagnosticsCommand::run(const QStringList &arguments)
{
    ProcessRun::Options options;
    // As on a server or over ssh: no X11, no Wayland, no platform chosen, no keyring.
    options.unset =
        QStringList{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                    QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DBUS_SESSION_BUS_ADDRESS")};
    options.set = {
        {QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home"))},
        {QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config"))},
        {QStringLiteral("XDG_CONFIG_DIRS"), m_dir.filePath(QStringLiteral("etc-xdg"))}};
    const ProcessRun p = ProcessRun::run(
        QStringLiteral(FIELDCONNECT_EXECUTABLE),
        QStringList{QStringLiteral("--config"), m_config, QStringLiteral("--data-dir"), m_data}
            + arguments,
        options);
    Run r;
    if (!p.finished())
        return r;
    r.exitCode = p.exitCode();
    r.out = p.out();
    r.err = p.err();
    r.lines = p.jsonLines();
    return r;
}

void tst_DiagnosticsCommand::archiveIsWrittenWithNoDisplayAndNoSecret()
{
    const QString file = m_dir.filePath(QStringLiteral("out/diagnostics.tar"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    const Run r = run({QStringLiteral("--export-diagnostics"), file});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject line = r.lines.constFirst();
    QCOMPARE(line.value(QStringLiteral("event")).toString(),
             QStringLiteral("diagnostics_exported"));
    QCOMPARE(line.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(file));
    QVERIFY(line.value(QStringLiteral("redacted")).toInt() >= 3);

    QFile archive(file);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    const QByteArray bytes = archive.readAll();
    QCOMPARE(qint64(bytes.size()), qint64(line.value(QStringLiteral("bytes")).toDouble()));
    for (const QByteArray &secret : {kToken, kBearer, kPassword})
        QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toBase64()), secret.constData());
    // Both deployment files, named, as they are on disk.
    QVERIFY(bytes.contains("system_deployment_file: " + m_systemConfig.toUtf8()));
    QVERIFY(bytes.contains("# " + m_systemConfig.toUtf8() + "\n; Fleet policy 2026-12\n"));
    QVERIFY(bytes.contains("deployment_file: " + m_config.toUtf8()));
    // The log is kept, its secrets replaced.
    QVERIFY(bytes.contains("info fieldconnect.test: token [REDACTED] password=[REDACTED]"));

    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), file});
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
    const QStringList listed =
        QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QStringList reported;
    for (const QJsonValue &name : line.value(QStringLiteral("files")).toArray())
        reported << name.toString();
    QCOMPARE(listed, reported);
    for (const char *expected : {"/manifest.txt", "/versions.txt", "/settings/deployment.ini",
                                 "/settings/deployment-system.ini", "/settings/profiles.ini",
                                 "/logs/fieldconnect.log.1"}) {
        QVERIFY2(std::any_of(
                     listed.cbegin(), listed.cend(),
                     [expected](const QString &n) { return n.endsWith(QLatin1String(expected)); }),
                 qPrintable(listed.join(u' ')));
    }
}

void tst_DiagnosticsCommand::unwritablePathIsAnErrorLine()
{
    const QString file = m_dir.filePath(QStringLiteral("missing/folder/diagnostics.tar"));
    const Run r = run({QStringLiteral("--export-diagnostics"), file});
    QVERIFY2(r.exitCode == 1, r.out + r.err);
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject line = r.lines.constFirst();
    QCOMPARE(line.value(QStringLiteral("event")).toString(), QStringLiteral("error"));
    QCOMPARE(line.value(QStringLiteral("code")).toString(),
             QStringLiteral("diagnostics_not_written"));
    QVERIFY2(
        line.value(QStringLiteral("message"))
            .toString()
            .contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("missing/folder")))),
        r.out.constData());
    QVERIFY(r.err.contains("missing/folder"));
    QVERIFY(!QFile::exists(file));
}

void tst_DiagnosticsCommand::conflictingModeIsAUsageError()
{
    const Run r = run({QStringLiteral("--export-diagnostics"),
                       m_dir.filePath(QStringLiteral("x.tar")), QStringLiteral("--create-all")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--export-diagnostics"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DiagnosticsCommand)
#include "tst_diagnosticscommand.moc"
