// The real fieldconnect executable, as QA and CI drive it: option validation, --version, the
// deployment file, and the headless --autopilot flow on the sandbox.

#include "sandboxprocess.h"
#include "workorderstore.h"

#include "processrun.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <utility>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> events;
};
} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void versionIsPrinted();
    void commandsWorkWithNoDisplay_data();
    void commandsWorkWithNoDisplay();
    void savedLanguageIsUsedWithoutLang_data();
    void savedLanguageIsUsedWithoutLang();
    void badOptionsAreRefusedWithTheirName_data();
    void badOptionsAreRefusedWithTheirName();
    void badDeploymentFileIsRefusedWithItsKey_data();
    void badDeploymentFileIsRefusedWithItsKey();
    void autopilotWithAllPhotosMayClose();
    void autopilotWithOnePhotoIsBlockedWithAReason();
    void autopilotOnAnUnknownWorkOrderFails();
    void autopilotSaysWhichNavigationWasRefused();
    void headlessRunWithNoTokenPrintsItsErrorLine_data();
    void headlessRunWithNoTokenPrintsItsErrorLine();
    void embeddedSandboxReadsFaultsFromTheEnvironment_data();
    void embeddedSandboxReadsFaultsFromTheEnvironment();
    void badSandboxFaultsAreAUsageError_data();
    void badSandboxFaultsAreAUsageError();
    void autopilotPrintsTheWorkOrderTypesThreshold();
    void auditTrailNamesTheUserWhenUserIsUnset();
    void sandboxIgnoresAnotherProfilesThreshold_data();
    void sandboxIgnoresAnotherProfilesThreshold();
    void sandboxChosenLastTimeIsTheProfileAtStart();
    void createAllSendsTheActiveProfilesWorkOrdersOnly();
    void runWritesNothingOutsideItsDataDir();
    void machinesFileWinsOverTheUsersAndLocksTheCommandLine();
    void cleanupTestCase();

private:
    // A fieldconnect-sandbox process of its own, with the sign-in off: a real site for a site
    // profile of a deployment file, as opposed to the sandbox profile.
    bool startExternalSite(QString *why);
    // A deployment file naming that site as profile `id`, `extra` appended to its group, and
    // its API token stored as the app's file credential store keeps it in `dataDir`.
    QString writeSiteConfig(const QString &id, const QByteArray &extra, const QString &dataDir);
    // `environment` is added to the test's own; the variables in `unset` are removed.
    Run run(const QStringList &arguments, int timeoutMs = 60000,
            const QHash<QString, QString> &environment = {}, const QStringList &unset = {});
    QString writeConfig(const QString &name, const QByteArray &contents);

    QTemporaryDir m_dir;
    QProcess m_site;
    QHash<QByteArray, QByteArray> m_siteFacts; // what fieldconnect-sandbox printed: base_url, …
};

// The events of one kind a run printed, in order.
QList<QJsonObject> eventsNamed(const Run &r, const char *name)
{
    QList<QJsonObject> found;
    for (const QJsonObject &e : r.events) {
        if (e.value(QStringLiteral("event")).toString() == QLatin1String(name))
            found << e;
    }
    return found;
}

// A planned work order of `siteProfile` in the data directory's database, as an import of an
// earlier run would have left it.
bool planWorkOrder(const QString &dataDir, const QString &siteProfile, const QString &key)
{
    if (!QDir().mkpath(dataDir))
        return false;
    WorkOrderStore store;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"))))
        return false;
    WorkOrder wo;
    wo.key = key;
    wo.name = key;
    wo.siteProfile = siteProfile;
    wo.plannedDate = QDate::currentDate();
    wo.types = QStringList{QStringLiteral("installation")};
    wo.technicianName = QStringLiteral("Camille Martin");
    WorkOrderEvent e;
    e.kind = QStringLiteral("planned");
    e.reason = QStringLiteral("Planned by the command-line test.");
    return store.insert({wo}, e);
}

// A data directory's settings file, as a previous run would have left it.
bool writeSettings(const QString &dataDir, const QByteArray &contents)
{
    if (!QDir().mkpath(dataDir))
        return false;
    QFile file(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// A saved user profile "mine" at threshold 80, in use at the end of the last run.
const QByteArray kSavedProfileAt80 = "[General]\nactive_profile=mine\n[profiles]\n"
                                     "mine\\name=Mine\nmine\\site_id=000f0174-bdf0-47b3-bb3e-"
                                     "5f6e1c2d3a4b\nmine\\org_slug=acme\nmine\\threshold=80\n";

void tst_CommandLine::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FIELDCONNECT_EXECUTABLE)));
    QVERIFY(QFile::exists(QStringLiteral(FIELDCONNECT_SANDBOX_EXECUTABLE)));
    QVERIFY(m_dir.isValid());
}

void tst_CommandLine::cleanupTestCase()
{
    if (m_site.state() != QProcess::NotRunning) {
        m_site.kill();
        m_site.waitForFinished();
    }
}

bool tst_CommandLine::startExternalSite(QString *why)
{
    if (m_site.state() == QProcess::Running)
        return true;
    m_siteFacts = SandboxProcess::start(m_site, QStringLiteral(FIELDCONNECT_SANDBOX_EXECUTABLE),
                                        {QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--sign-in"), QStringLiteral("off"),
                                         QStringLiteral("--state"),
                                         m_dir.filePath(QStringLiteral("site/state.json"))},
                                        why);
    return !m_siteFacts.isEmpty();
}

QString tst_CommandLine::writeSiteConfig(const QString &id, const QByteArray &extra,
                                         const QString &dataDir)
{
    const QByteArray group = id.toUtf8();
    const QString config = writeConfig(
        id + QStringLiteral(".ini"),
        "[fieldconnect]\nallow_file_credential_store=true\n[profile." + group + "]\nname=Site "
            + group + "\nsite_id=" + m_siteFacts.value("site_id") + "\norg_slug="
            + m_siteFacts.value("org_slug") + "\nstudio_url=" + m_siteFacts.value("base_url")
            + "\napi_url=" + m_siteFacts.value("api_url") + "\n" + extra);
    // The file store's format: one JSON object, the secret under "api-token/<profile>".
    const QString credentials = QDir(dataDir).filePath(QStringLiteral("credentials"));
    if (config.isEmpty() || !QDir().mkpath(credentials))
        return {};
    QFile tokens(QDir(credentials).filePath(QStringLiteral("tokens.json")));
    if (!tokens.open(QIODevice::WriteOnly))
        return {};
    tokens.write(QJsonDocument(QJsonObject{{QStringLiteral("api-token/") + id,
                                            QString::fromLatin1(m_siteFacts.value("token"))}})
                     .toJson());
    tokens.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return config;
}

Run tst_CommandLine::run(const QStringList &arguments, int timeoutMs,
                         const QHash<QString, QString> &environment, const QStringList &unset)
{
    ProcessRun::Options options;
    options.set = environment;
    if (!options.set.contains(QStringLiteral("QT_QPA_PLATFORM")))
        options.set.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No machine-wide deployment file but the one a test installs.
    if (!options.set.contains(QStringLiteral("XDG_CONFIG_DIRS")))
        options.set.insert(QStringLiteral("XDG_CONFIG_DIRS"),
                           m_dir.filePath(QStringLiteral("no-machine-config")));
    // Faults only where a test sets them.
    if (!options.set.contains(QStringLiteral("FIELDCONNECT_SANDBOX_FAULTS")))
        options.unset << QStringLiteral("FIELDCONNECT_SANDBOX_FAULTS");
    options.unset << unset;
    options.timeoutMs = timeoutMs;
    const ProcessRun p =
        ProcessRun::run(QStringLiteral(FIELDCONNECT_EXECUTABLE), arguments, options);
    Run result;
    if (!p.finished())
        return result;
    result.exitCode = p.exitCode();
    result.out = p.out();
    result.err = p.err();
    result.events = p.jsonLines();
    return result;
}

QString tst_CommandLine::writeConfig(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

void tst_CommandLine::versionIsPrinted()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(FIELDCONNECT_VERSION), r.out.constData());
}

void tst_CommandLine::commandsWorkWithNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("--data-dir <dir>") << QString();
    QTest::newRow("help in French")
        << QStringList{QStringLiteral("--lang=fr"), QStringLiteral("--help")} << 0
        << QStringLiteral("--data-dir <dir>") << QString();
    QTest::newRow("help in German")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}
        << 0 << QStringLiteral("Datenbank und Webdaten") << QString();
    QTest::newRow("help in Italian")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("--help")}
        << 0 << QStringLiteral("il database e i dati web") << QString();
    QTest::newRow("help in Dutch")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--help")}
        << 0 << QStringLiteral("Database en webgegevens") << QString();
    // The languages the help names are the ones the executable carries.
    QTest::newRow("help lists the languages")
        << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("(en, de, es, fr, it, nl")
        << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("FieldConnect " FIELDCONNECT_VERSION) << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QString()
                                    << QStringLiteral("frobnicate");
    QTest::newRow("bad value") << QStringList{QStringLiteral("--threshold=abc")} << 2 << QString()
                               << QStringLiteral("--threshold");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--data-dir")} << 2 << QString()
                                   << QStringLiteral("data-dir");
    // Refused with the words it takes.
    QTest::newRow("unknown theme")
        << QStringList{QStringLiteral("--theme=pink")} << 2 << QString()
        << QStringLiteral("--theme: \"pink\" is not one of system, light, dark, high_contrast.");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << 2 << QString()
        << QStringLiteral("--lang: \"xx\" is not one of en, de, es, fr, it, nl");
    QTest::newRow("unknown text size")
        << QStringList{QStringLiteral("--text-size"), QStringLiteral("huge")} << 2 << QString()
        << QStringLiteral("--text-size: \"huge\" is not one of normal, large, extra_large.");
}

void tst_CommandLine::commandsWorkWithNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    // As on a server or over ssh: no X11, no Wayland, no platform chosen.
    const Run r = run(arguments, 30000, {},
                      {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                       QStringLiteral("QT_QPA_PLATFORM")});
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    if (!out.isEmpty())
        QVERIFY2(QString::fromUtf8(r.out).contains(out), r.out.constData());
    if (!err.isEmpty()) {
        QVERIFY2(QString::fromUtf8(r.err).contains(err), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    } else {
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

void tst_CommandLine::savedLanguageIsUsedWithoutLang_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString french = QStringLiteral("Conserver la base de données");
    const QString english = QStringLiteral("Keep the database");
    QTest::newRow("saved French") << QStringLiteral("fr") << QStringList() << french;
    QTest::newRow("--lang wins") << QStringLiteral("fr") << QStringList{QStringLiteral("--lang=en")}
                                 << english;
    // A language this build does not carry is the system's (here C: English).
    QTest::newRow("saved but not carried") << QStringLiteral("xx") << QStringList() << english;
}

void tst_CommandLine::savedLanguageIsUsedWithoutLang()
{
    QFETCH(QString, saved);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString dataDir = m_dir.filePath(QStringLiteral("lang-") + QTest::currentDataTag());
    QVERIFY(QDir().mkpath(dataDir));
    {
        QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("display/language"), saved);
    }
    const Run r =
        run(arguments << QStringLiteral("--data-dir") << dataDir << QStringLiteral("--help"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
}

void tst_CommandLine::badOptionsAreRefusedWithTheirName_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("threshold too high")
        << QStringList{QStringLiteral("--threshold"), QStringLiteral("150")}
        << QStringLiteral("--threshold");
    QTest::newRow("threshold not a number")
        << QStringList{QStringLiteral("--threshold=abc")} << QStringLiteral("--threshold");
    QTest::newRow("photos not a number")
        << QStringList{QStringLiteral("--photos"), QStringLiteral("some")}
        << QStringLiteral("--photos");
    QTest::newRow("negative photos")
        << QStringList{QStringLiteral("--photos=-2")} << QStringLiteral("--photos");
    QTest::newRow("port out of range")
        << QStringList{QStringLiteral("--sandbox-port=70000")} << QStringLiteral("--sandbox-port");
    QTest::newRow("missing config") << QStringList{QStringLiteral("--config=/nonexistent/x.ini")}
                                    << QStringLiteral("/nonexistent/x.ini");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("hello")} << QStringLiteral("hello");
    // The sandbox's token is public: it may only go to this machine.
    QTest::newRow("sandbox url not on loopback")
        << QStringList{QStringLiteral("--sandbox-url=http://example.com:8080")}
        << QStringLiteral("--sandbox-url");
    QTest::newRow("sandbox url with a path")
        << QStringList{QStringLiteral("--sandbox-url=http://127.0.0.1:8080/v0.2/")}
        << QStringLiteral("--sandbox-url");
    QTest::newRow("sandbox url and --sandbox")
        << QStringList{QStringLiteral("--sandbox-url=http://127.0.0.1:8080"),
                       QStringLiteral("--sandbox")}
        << QStringLiteral("--sandbox-url");
}

void tst_CommandLine::badOptionsAreRefusedWithTheirName()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run r =
        run(arguments << QStringLiteral("--data-dir") << m_dir.filePath(QStringLiteral("bad")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void tst_CommandLine::badDeploymentFileIsRefusedWithItsKey_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = "[site]\nsite_id=000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b\norg_slug=acme\n";
    QTest::newRow("unknown key") << QByteArray(good + "colour=blue\n") << QStringLiteral("colour");
    QTest::newRow("bad site id") << QByteArray("[site]\nsite_id=nope\norg_slug=acme\n")
                                 << QStringLiteral("site_id");
    QTest::newRow("bad slug") << QByteArray("[site]\nsite_id=000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b\n"
                                            "org_slug=Not A Slug\n")
                              << QStringLiteral("org_slug");
    QTest::newRow("threshold") << QByteArray(good + "threshold=101\n")
                               << QStringLiteral("threshold");
    QTest::newRow("plain http studio")
        << QByteArray(good + "studio_url=http://studio.example.com\n") << QStringLiteral("https");
    QTest::newRow("policy") << QByteArray(good + "verification_policy=maybe\n")
                            << QStringLiteral("verification_policy");
}

void tst_CommandLine::badDeploymentFileIsRefusedWithItsKey()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, mentions);
    const QString config =
        writeConfig(QStringLiteral("%1.ini").arg(QTest::currentDataTag()), contents);
    const Run r = run({QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                       m_dir.filePath(QStringLiteral("cfg"))});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY2(err.contains(config), qPrintable(err)); // says which file
}

void tst_CommandLine::autopilotWithAllPhotosMayClose()
{
    const Run r = run({QStringLiteral("--sandbox"), QStringLiteral("--autopilot"),
                       QStringLiteral("--photos"), QStringLiteral("all"),
                       QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("all"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList names;
    for (const QJsonObject &e : r.events)
        names << e.value(QStringLiteral("event")).toString();
    // A fresh data directory: the sandbox asks to sign in, and the seeded technician does.
    for (const char *expected : {"opened", "loaded", "sign_in", "signed_in", "photo", "callback",
                                 "verified", "close", "closed"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(u',')));
    const QJsonObject close = r.events.at(names.indexOf(QStringLiteral("close")));
    QCOMPARE(close.value(QStringLiteral("allowed")).toBool(), true);
    QVERIFY(!close.value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonObject verified = r.events.at(names.indexOf(QStringLiteral("verified")));
    QCOMPARE(verified.value(QStringLiteral("progress")).toInt(), 100);
    // The link as opened, query included: the site and organisation it was opened for.
    const QUrl opened(r.events.at(names.indexOf(QStringLiteral("opened")))
                          .value(QStringLiteral("url"))
                          .toString());
    QVERIFY2(QUrlQuery(opened).hasQueryItem(QStringLiteral("site_id")),
             qPrintable(opened.toString()));
    QVERIFY2(QUrlQuery(opened).hasQueryItem(QStringLiteral("org_slug")),
             qPrintable(opened.toString()));
    QVERIFY(r.events.constLast().value(QStringLiteral("ms")).toInt() < 30000);
}

void tst_CommandLine::autopilotWithOnePhotoIsBlockedWithAReason()
{
    const Run r =
        run({QStringLiteral("--sandbox"), QStringLiteral("--autopilot"), QStringLiteral("--photos"),
             QStringLiteral("1"), QStringLiteral("--threshold"), QStringLiteral("90"),
             QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("one"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject close;
    int photos = 0;
    for (const QJsonObject &e : r.events) {
        if (e.value(QStringLiteral("event")) == QLatin1String("close"))
            close = e;
        if (e.value(QStringLiteral("event")) == QLatin1String("photo"))
            ++photos;
        QVERIFY(e.value(QStringLiteral("event")) != QLatin1String("closed"));
    }
    QCOMPARE(photos, 1);
    QCOMPARE(close.value(QStringLiteral("allowed")).toBool(), false);
    QCOMPARE(close.value(QStringLiteral("threshold")).toInt(), 90);
    const QString reason = close.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QLatin1String("At least 90 % is required")), qPrintable(reason));
}

void tst_CommandLine::autopilotOnAnUnknownWorkOrderFails()
{
    const Run r = run({QStringLiteral("--sandbox"), QStringLiteral("--autopilot"),
                       QStringLiteral("--work-order"), QStringLiteral("NO-SUCH-WO"),
                       QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("unknown"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("NO-SUCH-WO"));
    QCOMPARE(r.events.constLast().value(QStringLiteral("event")).toString(),
             QStringLiteral("error"));
    // A stable code beside the translated words.
    QCOMPARE(r.events.constLast().value(QStringLiteral("code")).toString(),
             QStringLiteral("work_order_not_found"));
    QVERIFY(r.events.constLast()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("NO-SUCH-WO")));
}

void tst_CommandLine::autopilotSaysWhichNavigationWasRefused()
{
    // A site that signs in through an identity provider on another origin (localhost), and a
    // profile that does not allow-list it: the sign-in redirect is refused, and the run says
    // which host, with a stable code and the words the technician would read.
    QProcess sso;
    QString why;
    const QHash<QByteArray, QByteArray> facts = SandboxProcess::start(
        sso, QStringLiteral(FIELDCONNECT_SANDBOX_EXECUTABLE),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--sso"),
         QStringLiteral("--state"), m_dir.filePath(QStringLiteral("sso-site/state.json"))},
        &why);
    QVERIFY2(!facts.isEmpty(), qPrintable(why));
    const QString dataDir = m_dir.filePath(QStringLiteral("refused"));
    // writeSiteConfig() writes the profile of the site in m_siteFacts: this one, for once.
    const QHash<QByteArray, QByteArray> usual = std::exchange(m_siteFacts, facts);
    const QString config = writeSiteConfig(QStringLiteral("sso"), {}, dataDir);
    m_siteFacts = usual;
    QVERIFY(!config.isEmpty());
    QVERIFY(planWorkOrder(dataDir, QStringLiteral("sso"), QStringLiteral("WO-SSO-1")));
    const Run r = run({QStringLiteral("--autopilot"), QStringLiteral("--work-order"),
                       QStringLiteral("WO-SSO-1"), QStringLiteral("--config"), config,
                       QStringLiteral("--data-dir"), dataDir},
                      90000);
    sso.kill();
    sso.waitForFinished();
    const QList<QJsonObject> refused = eventsNamed(r, "navigation_refused");
    QVERIFY2(!refused.isEmpty(), r.out + r.err);
    const QJsonObject first = refused.constFirst();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("navigation_refused"));
    QCOMPARE(first.value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
    QCOMPARE(QUrl(first.value(QStringLiteral("url")).toString()).host(),
             QStringLiteral("localhost"));
    const QString message = first.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("localhost"))
                 && message.contains(QLatin1String("allow_hosts")),
             qPrintable(message));
    // Refused before the page's first load finished: the run then ends on that page.
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QCOMPARE(r.events.constLast().value(QStringLiteral("code")).toString(),
             QStringLiteral("page_not_loaded"));
    QVERIFY(r.events.indexOf(first) < r.events.size() - 1);
    QVERIFY(eventsNamed(r, "closed").isEmpty());
}

void tst_CommandLine::headlessRunWithNoTokenPrintsItsErrorLine_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("create-all") << QStringLiteral("--create-all");
    QTest::newRow("autopilot") << QStringLiteral("--autopilot");
    QTest::newRow("autopilot in French") << QStringLiteral("--autopilot");
}

void tst_CommandLine::headlessRunWithNoTokenPrintsItsErrorLine()
{
    QFETCH(QString, mode);
    // A configured site whose token was never stored (and no credential store that has it).
    const QString config = writeConfig(
        QStringLiteral("notoken.ini"),
        "[fieldconnect]\nallow_file_credential_store=true\n[site]\nsite_id=000f0174-bdf0-47b3-"
        "bb3e-5f6e1c2d3a4b\norg_slug=acme\n");
    QStringList arguments{
        mode, QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
        m_dir.filePath(QStringLiteral("notoken-%1").arg(QTest::currentDataTag()))};
    const bool french = QByteArray(QTest::currentDataTag()).contains("French");
    if (french)
        arguments << QStringLiteral("--lang=fr");
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 1, r.out + r.err);
    const QList<QJsonObject> errors = eventsNamed(r, "error");
    QVERIFY2(errors.size() == 1, r.out.constData());
    // The code stays the same in every language; the message is the translated words.
    QCOMPARE(errors.constFirst().value(QStringLiteral("code")).toString(),
             QStringLiteral("no_token"));
    const QString message = errors.constFirst().value(QStringLiteral("message")).toString();
    QVERIFY(!message.isEmpty());
    if (french)
        QVERIFY2(message.contains(QLatin1String("jeton")), qPrintable(message));
    QCOMPARE(r.events.constLast(), errors.constFirst());
}

void tst_CommandLine::embeddedSandboxReadsFaultsFromTheEnvironment_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("failed");
    // The demo planning leaves four work orders to create in the sandbox.
    QTest::newRow("no faults") << QString() << 0 << 4 << 0;
    // 400 is permanent: never retried, so every create fails, with the sandbox's status.
    QTest::newRow("every request answered 400")
        << QStringLiteral("error_rate=1,error_codes=400") << 1 << 0 << 4;
}

void tst_CommandLine::embeddedSandboxReadsFaultsFromTheEnvironment()
{
    QFETCH(QString, faults);
    QFETCH(int, exitCode);
    QFETCH(int, created);
    QFETCH(int, failed);
    QHash<QString, QString> environment;
    if (!faults.isEmpty())
        environment.insert(QStringLiteral("FIELDCONNECT_SANDBOX_FAULTS"), faults);
    const Run r = run({QStringLiteral("--sandbox"), QStringLiteral("--create-all"),
                       QStringLiteral("--data-dir"),
                       m_dir.filePath(QStringLiteral("faults-%1").arg(QTest::currentDataTag()))},
                      60000, environment);
    QVERIFY2(r.exitCode == exitCode, r.out + r.err);
    QVERIFY2(!r.events.isEmpty(), r.err.constData());
    const QJsonObject drained = r.events.constLast();
    QCOMPARE(drained.value(QStringLiteral("event")).toString(), QStringLiteral("drained"));
    QCOMPARE(drained.value(QStringLiteral("created")).toInt(), created);
    QCOMPARE(drained.value(QStringLiteral("failed")).toInt(), failed);
    for (const QJsonObject &e : r.events) {
        if (e.value(QStringLiteral("event")) == QLatin1String("failed")) {
            QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QLatin1String("400")),
                     qPrintable(e.value(QStringLiteral("message")).toString()));
            // A 400 is the server refusing the work order, said in a stable word.
            QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("rejected"));
        }
    }
}

void tst_CommandLine::badSandboxFaultsAreAUsageError_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("latency not a number")
        << QStringLiteral("latency=soon") << QStringLiteral("latency");
    QTest::newRow("rate above 1") << QStringLiteral("error_rate=2") << QStringLiteral("error_rate");
    QTest::newRow("unknown fault") << QStringLiteral("lag=100") << QStringLiteral("lag");
    QTest::newRow("not key=value") << QStringLiteral("latency") << QStringLiteral("key=value");
}

void tst_CommandLine::badSandboxFaultsAreAUsageError()
{
    QFETCH(QString, faults);
    QFETCH(QString, mentions);
    const Run r = run({QStringLiteral("--sandbox"), QStringLiteral("--create-all"),
                       QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("badfaults"))},
                      60000, {{QStringLiteral("FIELDCONNECT_SANDBOX_FAULTS"), faults}});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("FIELDCONNECT_SANDBOX_FAULTS")), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(r.events.isEmpty()); // refused before anything started
}

void tst_CommandLine::autopilotPrintsTheWorkOrderTypesThreshold()
{
    // A site whose every type has its own threshold, below the site's: the decision uses the
    // type's, and so must what the autopilot prints.
    QString why;
    QVERIFY2(startExternalSite(&why), qPrintable(why));
    const QString dataDir = m_dir.filePath(QStringLiteral("per-type"));
    const QString config =
        writeSiteConfig(QStringLiteral("pertype"),
                        "threshold=100\nthreshold.installation=40\nthreshold.maintenance=40\n"
                        "threshold.raccordement=40\nthreshold.releve-compteur=40\n",
                        dataDir);
    QVERIFY(!config.isEmpty());
    QVERIFY(planWorkOrder(dataDir, QStringLiteral("pertype"), QStringLiteral("PT-1")));
    // No session bus: no OS credential store, so the deployment's file store holds the token.
    const Run r = run({QStringLiteral("--config"), config, QStringLiteral("--autopilot"),
                       QStringLiteral("--photos"), QStringLiteral("1"),
                       QStringLiteral("--data-dir"), dataDir},
                      60000, {}, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject started, verified, close;
    for (const QJsonObject &e : r.events) {
        const QString name = e.value(QStringLiteral("event")).toString();
        if (name == QLatin1String("started"))
            started = e;
        else if (name == QLatin1String("verified"))
            verified = e;
        else if (name == QLatin1String("close"))
            close = e;
    }
    QCOMPARE(started.value(QStringLiteral("threshold")).toInt(-1), 40);
    QCOMPARE(close.value(QStringLiteral("threshold")).toInt(-1), 40);
    const int progress = verified.value(QStringLiteral("progress")).toInt(-1);
    QVERIFY2(progress >= 0, r.out.constData());
    QCOMPARE(close.value(QStringLiteral("allowed")).toBool(), progress >= 40);
    if (progress < 40) {
        const QString reason = close.value(QStringLiteral("reason")).toString();
        QVERIFY2(reason.contains(QLatin1String("At least 40 %")), qPrintable(reason));
    }
}

void tst_CommandLine::auditTrailNamesTheUserWhenUserIsUnset()
{
    // Root shells, containers and CI often have no $USER: the account name comes from the OS.
    const QString dataDir = m_dir.filePath(QStringLiteral("no-user"));
    const Run r =
        run({QStringLiteral("--sandbox"), QStringLiteral("--autopilot"), QStringLiteral("--photos"),
             QStringLiteral("1"), QStringLiteral("--data-dir"), dataDir},
            60000, {}, {QStringLiteral("USER"), QStringLiteral("USERNAME")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString expected;
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(geteuid()))
        expected = QString::fromLocal8Bit(account->pw_name);
#endif
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("no-user"));
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT kind, user FROM events")));
        int events = 0;
        QSet<QString> kinds;
        while (q.next()) {
            ++events;
            kinds << q.value(0).toString();
            const QString user = q.value(1).toString();
            QVERIFY2(!user.isEmpty(), qPrintable(q.value(0).toString()));
            if (!expected.isEmpty())
                QCOMPARE(user, expected);
        }
        // The demo import, and the autopilot's own run through the controller and the outbox.
        for (const char *kind : {"planned", "created_in_deepomatic", "connector_opened",
                                 "callback_accepted", "progress_verified"})
            QVERIFY2(kinds.contains(QLatin1String(kind)),
                     qPrintable(QStringList(kinds.values()).join(u',')));
        QVERIFY(events > 20);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("no-user"));
}

void tst_CommandLine::sandboxIgnoresAnotherProfilesThreshold_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QByteArray>("deployment");
    QTest::newRow("a saved user profile at 80") << kSavedProfileAt80 << QByteArray();
    QTest::newRow("a deployment profile at 80")
        << QByteArray()
        << QByteArray("[site]\nsite_id=000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b\norg_slug=acme\n"
                      "threshold=80\nthreshold.installation=60\n");
}

void tst_CommandLine::sandboxIgnoresAnotherProfilesThreshold()
{
    // --sandbox is the sandbox profile as it ships (100 %), whatever another profile says.
    QFETCH(QByteArray, settings);
    QFETCH(QByteArray, deployment);
    const QString dataDir =
        m_dir.filePath(QStringLiteral("sandbox-%1").arg(QTest::currentDataTag()));
    QStringList arguments{QStringLiteral("--sandbox"),  QStringLiteral("--autopilot"),
                          QStringLiteral("--photos"),   QStringLiteral("1"),
                          QStringLiteral("--data-dir"), dataDir};
    if (!settings.isEmpty())
        QVERIFY(writeSettings(dataDir, settings));
    if (!deployment.isEmpty())
        arguments << QStringLiteral("--config")
                  << writeConfig(QStringLiteral("at80-%1.ini").arg(QTest::currentDataTag()),
                                 deployment);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> started = eventsNamed(r, "started");
    const QList<QJsonObject> close = eventsNamed(r, "close");
    QCOMPARE(started.size(), 1);
    QCOMPARE(close.size(), 1);
    QCOMPARE(started.constFirst().value(QStringLiteral("threshold")).toInt(-1), 100);
    QCOMPARE(close.constFirst().value(QStringLiteral("threshold")).toInt(-1), 100);
    QCOMPARE(close.constFirst().value(QStringLiteral("allowed")).toBool(true), false);
    // Chosen by the command line for this run: the next run starts on the user's own choice.
    if (!settings.isEmpty()) {
        QSettings saved(QDir(dataDir).filePath(QStringLiteral("settings.ini")),
                        QSettings::IniFormat);
        QCOMPARE(saved.value(QStringLiteral("active_profile")).toString(), QStringLiteral("mine"));
        QCOMPARE(saved.value(QStringLiteral("profiles/mine/threshold")).toString(),
                 QStringLiteral("80"));
    }
}

void tst_CommandLine::sandboxChosenLastTimeIsTheProfileAtStart()
{
    // The user switched to the sandbox in the last run, with a profile of their own saved: the
    // next start, without --sandbox, is on the sandbox again, as it ships.
    const QString dataDir = m_dir.filePath(QStringLiteral("remembered"));
    QByteArray settings = kSavedProfileAt80;
    settings.replace("active_profile=mine", "active_profile=sandbox");
    QVERIFY(writeSettings(dataDir, settings));
    const Run r = run({QStringLiteral("--autopilot"), QStringLiteral("--photos"),
                       QStringLiteral("1"), QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> started = eventsNamed(r, "started");
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().value(QStringLiteral("threshold")).toInt(-1), 100);
    QVERIFY2(started.constFirst()
                 .value(QStringLiteral("site"))
                 .toString()
                 .contains(QLatin1String("Sandbox")),
             qPrintable(started.constFirst().value(QStringLiteral("site")).toString()));
}

void tst_CommandLine::createAllSendsTheActiveProfilesWorkOrdersOnly()
{
    // A planned work order of another profile waits for that profile: --create-all neither
    // counts it nor waits for it.
    const QString dataDir = m_dir.filePath(QStringLiteral("create-all"));
    QVERIFY(planWorkOrder(dataDir, QStringLiteral("other-site"), QStringLiteral("OTHER-1")));
    QVERIFY(planWorkOrder(dataDir, QStringLiteral("sandbox"), QStringLiteral("MINE-1")));
    const Run r = run({QStringLiteral("--sandbox"), QStringLiteral("--create-all"),
                       QStringLiteral("--data-dir"), dataDir},
                      120000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> started = eventsNamed(r, "started");
    QCOMPARE(started.size(), 1);
    QStringList created;
    for (const QJsonObject &e : eventsNamed(r, "created"))
        created << e.value(QStringLiteral("key")).toString();
    QVERIFY2(created.contains(QStringLiteral("MINE-1")), r.out.constData());
    QVERIFY2(!created.contains(QStringLiteral("OTHER-1")), r.out.constData());
    QCOMPARE(started.constFirst().value(QStringLiteral("to_create")).toInt(-1),
             int(created.size()));
    QCOMPARE(eventsNamed(r, "drained").size(), 1);

    WorkOrderStore store;
    QVERIFY(store.open(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"))));
    const std::optional<WorkOrder> other = store.find(QStringLiteral("OTHER-1"));
    QVERIFY(other);
    QVERIFY(!other->isCreatedInDeepomatic());
    QCOMPARE(other->status, WorkOrderStatus::Planned);
}

void tst_CommandLine::runWritesNothingOutsideItsDataDir()
{
    // A fresh data directory inherits nothing from the user's own settings, and the run writes
    // everything it keeps (settings, web profile, database) in it.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/FieldConnect")));
    {
        // What the user's own runs, without --data-dir, saved.
        QFile own(config + QStringLiteral("/FieldConnect/FieldConnect.conf"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(kSavedProfileAt80);
    }
    const QHash<QString, QString> environment{
        {QStringLiteral("HOME"), home.path()},
        {QStringLiteral("XDG_CONFIG_HOME"), config},
        {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share"))},
        {QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache"))}};
    auto filesUnder = [](const QString &dir) {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    };
    const QStringList before = filesUnder(home.path());
    const QString dataDir = m_dir.filePath(QStringLiteral("fresh"));
    const Run r = run({QStringLiteral("--autopilot"), QStringLiteral("--photos"),
                       QStringLiteral("1"), QStringLiteral("--data-dir"), dataDir},
                      60000, environment);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> started = eventsNamed(r, "started");
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().value(QStringLiteral("threshold")).toInt(-1), 100);
    const QStringList after = filesUnder(home.path());
    QVERIFY2(after == before, qPrintable(after.join(u' ')));
    QVERIFY(QFile::exists(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"))));
}

void tst_CommandLine::machinesFileWinsOverTheUsersAndLocksTheCommandLine()
{
    // IT installed a file for the machine in XDG_CONFIG_DIRS that sets the threshold of the
    // site's profile; the technician's own file (--config) says otherwise.
    QString why;
    QVERIFY2(startExternalSite(&why), qPrintable(why));
    const QString dataDir = m_dir.filePath(QStringLiteral("managed"));
    const QString user = writeSiteConfig(QStringLiteral("fleet"), "threshold=100\n", dataDir);
    QVERIFY(!user.isEmpty());
    const QString machine = m_dir.filePath(QStringLiteral("etc-xdg"));
    QVERIFY(QDir().mkpath(machine + QStringLiteral("/FieldConnect")));
    const QString system = machine + QStringLiteral("/FieldConnect/fieldconnect.ini");
    {
        QFile file(system);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("; installed by IT\n[profile.fleet]\nthreshold=40\n");
    }
    QVERIFY(planWorkOrder(dataDir, QStringLiteral("fleet"), QStringLiteral("FL-1")));
    const QHash<QString, QString> env{{QStringLiteral("XDG_CONFIG_DIRS"), machine}};
    const QStringList noKeyring{QStringLiteral("DBUS_SESSION_BUS_ADDRESS")};

    const Run r = run({QStringLiteral("--config"), user, QStringLiteral("--autopilot"),
                       QStringLiteral("--photos"), QStringLiteral("1"),
                       QStringLiteral("--data-dir"), dataDir},
                      60000, env, noKeyring);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> started = eventsNamed(r, "started");
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().value(QStringLiteral("threshold")).toInt(-1), 40);
    const QList<QJsonObject> close = eventsNamed(r, "close");
    QCOMPARE(close.size(), 1);
    QCOMPARE(close.constFirst().value(QStringLiteral("threshold")).toInt(-1), 40);
    // The user's value that lost is said, naming the key and both files.
    QFile log(QDir(dataDir).filePath(QStringLiteral("logs/fieldconnect.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll() + r.err;
    bool warned = false;
    for (const QByteArray &line : logged.split('\n'))
        warned = warned
                 || (line.contains("threshold") && line.contains(system.toUtf8())
                     && line.contains(user.toUtf8()));
    QVERIFY2(warned, logged.constData());

    // The command line may not change what the organisation set.
    const Run refused =
        run({QStringLiteral("--config"), user, QStringLiteral("--threshold"), QStringLiteral("10"),
             QStringLiteral("--autopilot"), QStringLiteral("--data-dir"), dataDir},
            60000, env, noKeyring);
    QCOMPARE(refused.exitCode, 2);
    const QString err = QString::fromUtf8(refused.err);
    QVERIFY2(err.contains(QLatin1String("--threshold"))
                 && err.contains(system + QLatin1String(":3"))
                 && err.contains(QLatin1String("set by your organisation")),
             qPrintable(err));
    QVERIFY(eventsNamed(refused, "started").isEmpty()); // refused before anything started

    // Without the machine's file, the user's own value holds again.
    const Run own = run(
        {QStringLiteral("--config"), user, QStringLiteral("--autopilot"),
         QStringLiteral("--photos"), QStringLiteral("1"), QStringLiteral("--data-dir"), dataDir},
        60000, {{QStringLiteral("XDG_CONFIG_DIRS"), m_dir.filePath(QStringLiteral("none"))}},
        noKeyring);
    QVERIFY2(own.exitCode == 0, own.err.constData());
    QCOMPARE(eventsNamed(own, "started").value(0).value(QStringLiteral("threshold")).toInt(-1),
             100);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
