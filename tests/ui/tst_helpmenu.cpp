// Help menu and Export diagnostics on the product's own application object (TestApp): the three
// actions, About with the Qt and Chromium versions, Open log folder through the opener the
// product uses, and an archive written from a data directory whose credential store holds a
// real-looking token and whose logs (the current one and a rotated one) were given Bearer
// tokens, cookies and passwords: unpacked with tar, no file and no byte of it has any of them,
// and every expected file is there.

#include "aboutdialog.h"
#include "apitokenloader.h"
#include "diagnosticsexport.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "messagelog.h"
#include "testapp.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestLeak, "fieldconnect.test")

namespace {
// Real-looking: 40 hexadecimal characters, like a Deepomatic API key.
const QString kToken = QStringLiteral("7d3f9a0c5e1b48f2a6c4d8e0b1f3a5c7e9d2b4f6");
const QString kBearer = QStringLiteral("b3ar3r-0f-an0ther-s1te-42424242");
const QString kCookie = QStringLiteral("c00k1e-value-9a8b7c6d5e");
const QString kPassword = QStringLiteral("p4ssw0rd-of-camille");

// Where a secret is in `bytes`, in any form the tests look for, or empty.
QString leak(const QByteArray &bytes)
{
    for (const QString &secret : {kToken, kBearer, kCookie, kPassword}) {
        const QByteArray utf8 = secret.toUtf8();
        for (const QByteArray &form : {utf8, utf8.toUpper(), utf8.toBase64()}) {
            if (bytes.contains(form))
                return QString::fromLatin1(form);
        }
    }
    return {};
}
} // namespace

class tst_HelpMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpMenuHasItsThreeActions();
    void aboutShowsTheVersions();
    void openLogFolderOpensTheLogDirectory();
    void archiveHasEveryFileAndNoSecret();
    void unwritablePathIsSaidPlainly();

private:
    HelpMenu *menu() const { return m_app->window()->findChild<HelpMenu *>(); }
    // Exports through the menu to `file`; the result the app announced.
    DiagnosticsExport::Result exportTo(const QString &file);

    std::unique_ptr<TestApp> m_app;
    QTemporaryDir m_out;
};

void tst_HelpMenu::initTestCase()
{
    QVERIFY(m_out.isValid());
    m_app = std::make_unique<TestApp>();
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    // The token of the profile in use, in the OS credential store's stand-in.
    bool written = false;
    m_app->keychain.write(ApiTokenLoader::credentialKey(m_app->site), kToken, nullptr,
                          [&written](const CredentialStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    QVERIFY(m_app->launch());
    QVERIFY(!m_app->app()->logFile().isEmpty());
}

void tst_HelpMenu::cleanupTestCase()
{
    m_app.reset();
}

void tst_HelpMenu::helpMenuHasItsThreeActions()
{
    HelpMenu *help = menu();
    QVERIFY(help);
    // Last in the menu bar, where desktops put Help.
    const QList<QAction *> bar = m_app->window()->menuBar()->actions();
    QCOMPARE(bar.constLast(), help->menuAction());
    QStringList names;
    for (QAction *action : help->actions())
        names << action->objectName();
    QCOMPARE(names,
             (QStringList{QStringLiteral("aboutAction"), QStringLiteral("openLogFolderAction"),
                          QStringLiteral("exportDiagnosticsAction")}));
    for (QAction *action : help->actions())
        QVERIFY(action->isEnabled());
}

void tst_HelpMenu::aboutShowsTheVersions()
{
    menu()->aboutAction()->trigger();
    AboutDialog *about = menu()->aboutDialog();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QCOMPARE(about->value(QStringLiteral("qtRuntime")), QString::fromLatin1(qVersion()));
    QCOMPARE(about->value(QStringLiteral("qtBuild")), QStringLiteral(QT_VERSION_STR));
    QCOMPARE(about->value(QStringLiteral("application")), QStringLiteral(FIELDCONNECT_VERSION));
    // "102.0.5005.177" on Debian 12's Qt 6.4.2.
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d+\.\d+\.\d+\.\d+$)"))
                 .match(about->value(QStringLiteral("chromium")))
                 .hasMatch(),
             qPrintable(about->value(QStringLiteral("chromium"))));
    QVERIFY(!about->value(QStringLiteral("build")).isEmpty());
    QCOMPARE(about->value(QStringLiteral("logDir")),
             QDir::toNativeSeparators(MessageLog::directory(m_app->app()->dataDir())));
    QCOMPARE(about->value(QStringLiteral("activeProfile")), m_app->site.displayName);
    about->close();
}

void tst_HelpMenu::openLogFolderOpensTheLogDirectory()
{
    QList<QUrl> opened;
    menu()->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    menu()->openLogFolderAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().toLocalFile(), MessageLog::directory(m_app->app()->dataDir()));
    QVERIFY(QFileInfo(opened.constFirst().toLocalFile()).isDir());
}

DiagnosticsExport::Result tst_HelpMenu::exportTo(const QString &file)
{
    QString suggested;
    menu()->setSaveFileChooser([&suggested, file](QWidget *, const QString &proposed) {
        suggested = proposed;
        return file;
    });
    QSignalSpy done(m_app->app()->diagnostics(), &DiagnosticsExport::finished);
    menu()->exportDiagnosticsAction()->trigger();
    // Off the UI thread: the menu waits, its action disabled, until the archive is written.
    [&] {
        QVERIFY(!menu()->exportDiagnosticsAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    }();
    [&] {
        QVERIFY2(
            QFileInfo(suggested).fileName().startsWith(QLatin1String("fieldconnect-diagnostics-")),
            qPrintable(suggested));
        QVERIFY(menu()->exportDiagnosticsAction()->isEnabled());
        QVERIFY(menu()->exportResultBox());
        QTRY_VERIFY(menu()->exportResultBox()->isVisible());
    }();
    return done.isEmpty() ? DiagnosticsExport::Result()
                          : done.constFirst().constFirst().value<DiagnosticsExport::Result>();
}

void tst_HelpMenu::archiveHasEveryFileAndNoSecret()
{
    // What a careless line of code could log, and a rotated file from an earlier run.
    qCWarning(lcTestLeak).noquote() << "request sent with Authorization: Bearer" << kBearer;
    qCWarning(lcTestLeak).noquote() << "Cookie: dm_session=" + kCookie + "; theme=dark";
    qCWarning(lcTestLeak).noquote() << "sign-in form filled, password=" + kPassword;
    qCWarning(lcTestLeak).noquote() << "the token" << kToken << "was read";
    const QString logDir = MessageLog::directory(m_app->app()->dataDir());
    {
        QFile rotated(QDir(logDir).filePath(QStringLiteral("fieldconnect.log.1")));
        QVERIFY(rotated.open(QIODevice::WriteOnly));
        rotated.write(
            "2026-05-04T08:15:02.311Z info fieldconnect.app: an earlier run\n"
            "2026-05-04T08:15:03.000Z debug fieldconnect.api: {\"Authorization\": "
            "\"Token "
            + kToken.toUtf8()
            + "\"}\n"
              "2026-05-04T08:15:04.000Z info fieldconnect.connector: opened "
              "fieldconnect://callback/done?launch=4f1c2a9e77aa&work_order_progress=80\n");
    }
    // The current log really has the secrets: the archive is what removes them.
    QFile current(m_app->app()->logFile());
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(!leak(current.readAll()).isEmpty());

    const QString file = m_out.filePath(QStringLiteral("support.tar"));
    const DiagnosticsExport::Result result = exportTo(file);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.fileName, file);
    QVERIFY(result.redactions >= 6);
    QVERIFY2(menu()->exportResultBox()->text().contains(QDir::toNativeSeparators(file)),
             qPrintable(menu()->exportResultBox()->text()));
    menu()->exportResultBox()->close();

    QFile archive(file);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    const QByteArray bytes = archive.readAll();
    QCOMPARE(bytes.size(), result.bytes);
    QVERIFY2(leak(bytes).isEmpty(), qPrintable(leak(bytes)));

    // Unpacked by the standard tool, as support does.
    const QString unpacked = m_out.filePath(QStringLiteral("unpacked"));
    QVERIFY(QDir().mkpath(unpacked));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), file, QStringLiteral("-C"), unpacked});
    QVERIFY(tar.waitForFinished(30000));
    QVERIFY2(tar.exitCode() == 0, tar.readAllStandardError().constData());
    QStringList found;
    QDirIterator it(unpacked, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(leak(content).isEmpty(), qPrintable(path + u' ' + leak(content)));
        found << QDir(unpacked).relativeFilePath(path).section(u'/', 1);
    }
    for (const char *expected :
         {"manifest.txt", "versions.txt", "settings/profiles.ini", "settings/user-settings.ini",
          "outbox.txt", "logs/fieldconnect.log", "logs/fieldconnect.log.1"})
        QVERIFY2(found.contains(QLatin1String(expected)), qPrintable(found.join(u' ')));
    QCOMPARE(found.size(), result.files.size());

    // What support reads is still there: the story, the versions, the profile in use.
    const QString folder = QDir(unpacked).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
    auto read = [&](const char *name) {
        QFile f(QDir(unpacked).filePath(folder + u'/' + QLatin1String(name)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString log = read("logs/fieldconnect.log");
    QVERIFY2(log.contains(QLatin1String("Authorization: [REDACTED]")), qPrintable(log));
    QVERIFY(log.contains(QLatin1String("sign-in form filled, password=[REDACTED]")));
    QVERIFY(read("logs/fieldconnect.log.1").contains(QLatin1String("an earlier run")));
    QVERIFY(read("logs/fieldconnect.log.1").contains(QLatin1String("?launch=[REDACTED]")));
    QVERIFY(read("versions.txt").contains(QStringLiteral("qt_runtime: %1").arg(qVersion())));
    QVERIFY(read("versions.txt").contains(QLatin1String("chromium: ")));
    QVERIFY(read("settings/profiles.ini")
                .contains(QStringLiteral("active_profile=%1").arg(m_app->site.id)));
    QVERIFY(read("outbox.txt").contains(QLatin1String("pending: ")));
}

void tst_HelpMenu::unwritablePathIsSaidPlainly()
{
    const QString file = m_out.filePath(QStringLiteral("no-such-folder/support.tar"));
    const DiagnosticsExport::Result result = exportTo(file);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(
                 QDir::toNativeSeparators(m_out.filePath(QStringLiteral("no-such-folder")))),
             qPrintable(result.error));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(menu()->exportResultBox()->icon(), QMessageBox::Warning);
    QVERIFY2(menu()->exportResultBox()->text().contains(result.error),
             qPrintable(menu()->exportResultBox()->text()));
    menu()->exportResultBox()->close();
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
