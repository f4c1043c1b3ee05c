// Where the deployment settings are found on disk: the machine's file in the first directory
// of XDG_CONFIG_DIRS that has one (never the user's own configuration directory), the user's
// file or --config under it, a machine file given again with --config still the
// organisation's, an unreadable file named, and a registry-like branch read through QSettings
// (an INI file here: the policy registry exists only on Windows).

#include "deploymentlayers.h"
#include "deploymentsources.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QByteArray kUuid = "000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b";
} // namespace

class tst_DeploymentSources : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void systemFileIsTheFirstConfigDirThatHasOne();
    void usersOwnFileIsNeverTheSystemOne();
    void systemFileWinsOverTheUsersFileKeyByKey();
    void configOptionNamingTheSystemFileStaysTheOrganisations();
    void unreadableSystemFileIsAnErrorNamingIt();
    void policyBranchIsReadThroughQSettings();

private:
    // Writes FieldConnect/fieldconnect.ini under `dir` (created); its path.
    QString writeIn(const QString &dir, const QByteArray &contents);
    void useDirs(const QString &home, const QStringList &systemDirs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedHome;
    QByteArray m_savedDirs;
};

void tst_DeploymentSources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_savedHome = qgetenv("XDG_CONFIG_HOME");
    m_savedDirs = qgetenv("XDG_CONFIG_DIRS");
}

void tst_DeploymentSources::cleanup()
{
    qputenv("XDG_CONFIG_HOME", m_savedHome);
    qputenv("XDG_CONFIG_DIRS", m_savedDirs);
    m_dir.reset();
}

QString tst_DeploymentSources::writeIn(const QString &dir, const QByteArray &contents)
{
    const QString folder = QDir(dir).filePath(QStringLiteral("FieldConnect"));
    if (!QDir().mkpath(folder))
        return {};
    const QString path = QDir(folder).filePath(QStringLiteral("fieldconnect.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

void tst_DeploymentSources::useDirs(const QString &home, const QStringList &systemDirs)
{
    // QStandardPaths reads them on every call.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(systemDirs.join(u':')));
}

void tst_DeploymentSources::systemFileIsTheFirstConfigDirThatHasOne()
{
#ifdef Q_OS_WIN
    QSKIP("XDG_CONFIG_DIRS is the Linux location; Windows reads %ProgramData%.");
#endif
    const QString empty = m_dir->filePath(QStringLiteral("empty"));
    const QString site = m_dir->filePath(QStringLiteral("site"));
    const QString vendor = m_dir->filePath(QStringLiteral("vendor"));
    QVERIFY(QDir().mkpath(empty));
    const QString expected = writeIn(site, "[fieldconnect]\n");
    QVERIFY(!writeIn(vendor, "[fieldconnect]\n").isEmpty());
    useDirs(m_dir->filePath(QStringLiteral("home")), {empty, site, vendor});
    QCOMPARE(DeploymentSources::systemFile(), expected);

    useDirs(m_dir->filePath(QStringLiteral("home")), {empty});
    QCOMPARE(DeploymentSources::systemFile(), QString());
}

void tst_DeploymentSources::usersOwnFileIsNeverTheSystemOne()
{
#ifdef Q_OS_WIN
    QSKIP("XDG_CONFIG_HOME is the Linux location.");
#endif
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QString own = writeIn(home, "[fieldconnect]\n");
    QVERIFY(!own.isEmpty());
    useDirs(home, {m_dir->filePath(QStringLiteral("nothing"))});
    QCOMPARE(DeploymentSources::systemFile(), QString());
    QCOMPARE(DeploymentSources::userFile(QString()), own);
    // --config takes its place.
    const QString option = m_dir->filePath(QStringLiteral("other.ini"));
    QCOMPARE(DeploymentSources::userFile(option), option);

    // Read as the user's: it locks nothing.
    QVERIFY(QFile::remove(own));
    QVERIFY(!writeIn(home, "[profile.acme]\nsite_id=" + kUuid + "\norg_slug=acme\nthreshold=30\n")
                 .isEmpty());
    const DeploymentConfig c = DeploymentSources::read(QString());
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 1);
    QCOMPARE(c.profiles.at(0).threshold, 30);
    QVERIFY(c.managed.value(QStringLiteral("acme")).isEmpty());
}

void tst_DeploymentSources::systemFileWinsOverTheUsersFileKeyByKey()
{
#ifdef Q_OS_WIN
    QSKIP("XDG_CONFIG_DIRS is the Linux location.");
#endif
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QString machine = m_dir->filePath(QStringLiteral("etc-xdg"));
    const QString user = writeIn(home, "[profile.acme]\nsite_id=" + kUuid
                                           + "\norg_slug=acme\nthreshold=10\n"
                                             "allow_downloads=true\n");
    const QString system = writeIn(machine, "[fieldconnect]\nactive_profile=acme\n"
                                            "[profile.acme]\nthreshold=80\n");
    QVERIFY(!user.isEmpty() && !system.isEmpty());
    useDirs(home, {machine});

    const DeploymentConfig c = DeploymentSources::read(QString());
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 1);
    QCOMPARE(c.profiles.at(0).threshold, 80); // the organisation's
    QVERIFY(c.profiles.at(0).allowDownloads); // the user's, not set by the organisation
    QCOMPARE(c.managedBy(QStringLiteral("acme"), QStringLiteral("threshold")), system + ":4");
    QCOMPARE(c.managedBy(QString(), QStringLiteral("active_profile")), system + ":2");
    QVERIFY(c.managedBy(QStringLiteral("acme"), QStringLiteral("allow_downloads")).isEmpty());
    // The user's value that lost is said, with both places.
    QCOMPARE(c.warnings.size(), 1);
    QVERIFY2(c.warnings.constFirst().contains(user) && c.warnings.constFirst().contains(system)
                 && c.warnings.constFirst().contains(QLatin1String("threshold")),
             qPrintable(c.warnings.constFirst()));
    // And the command line may not change it.
    QVERIFY(!c.commandLineRefusal(QStringLiteral("--threshold"), QStringLiteral("threshold"))
                 .isEmpty());
    QVERIFY(c.commandLineRefusal(QStringLiteral("--private"), QStringLiteral("private_browsing"))
                .isEmpty());
}

void tst_DeploymentSources::configOptionNamingTheSystemFileStaysTheOrganisations()
{
#ifdef Q_OS_WIN
    QSKIP("XDG_CONFIG_DIRS is the Linux location.");
#endif
    const QString machine = m_dir->filePath(QStringLiteral("etc-xdg"));
    const QString system =
        writeIn(machine, "[profile.acme]\nsite_id=" + kUuid + "\norg_slug=acme\nthreshold=80\n");
    QVERIFY(!system.isEmpty());
    useDirs(m_dir->filePath(QStringLiteral("home")), {machine});
    // The same file through another path: still read once, as the machine's.
    const QString sameFile = machine + QStringLiteral("/./FieldConnect/fieldconnect.ini");
    const DeploymentConfig c = DeploymentSources::read(sameFile);
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 1);
    QVERIFY(!c.managedBy(QStringLiteral("acme"), QStringLiteral("threshold")).isEmpty());
    QVERIFY(c.warnings.isEmpty());
}

void tst_DeploymentSources::unreadableSystemFileIsAnErrorNamingIt()
{
#ifdef Q_OS_WIN
    QSKIP("XDG_CONFIG_DIRS is the Linux location.");
#endif
    // A directory where the file should be: it exists, and cannot be read as one (a mode of
    // 000 would not do: the tests may run as root).
    const QString machine = m_dir->filePath(QStringLiteral("etc-xdg"));
    const QString path = machine + QStringLiteral("/FieldConnect/fieldconnect.ini");
    QVERIFY(QDir().mkpath(path));
    useDirs(m_dir->filePath(QStringLiteral("home")), {machine});
    QCOMPARE(DeploymentSources::systemFile(), path);
    const DeploymentConfig c = DeploymentSources::read(QString());
    QVERIFY(!c.ok());
    QVERIFY2(c.errors.constFirst().startsWith(path + QStringLiteral(": cannot read the file")),
             qPrintable(c.errors.constFirst()));
    QVERIFY(c.profiles.isEmpty()); // nothing half-read is used
}

void tst_DeploymentSources::policyBranchIsReadThroughQSettings()
{
    const QString ini = m_dir->filePath(QStringLiteral("policy.ini"));
    {
        QSettings write(ini, QSettings::IniFormat);
        write.setValue(QStringLiteral("profile.acme/threshold"), QStringLiteral("95"));
        write.setValue(QStringLiteral("profile.acme/private_browsing"), QStringLiteral("true"));
        write.setValue(QStringLiteral("fieldconnect/active_profile"), QStringLiteral("acme"));
    }
    QSettings read(ini, QSettings::IniFormat);
    const QHash<QString, QString> values = DeploymentSources::values(read);
    QCOMPARE(values.value(QStringLiteral("profile.acme/threshold")), QStringLiteral("95"));
    QCOMPARE(values.size(), 3);

    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::User,
                   "[profile.acme]\nsite_id=" + kUuid + "\norg_slug=acme\nthreshold=10\n",
                   QStringLiteral("user.ini"));
    layers.addValues(DeploymentLayers::Level::Policy, values, QStringLiteral("HKLM-policy"));
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.at(0).threshold, 95);
    QVERIFY(c.profiles.at(0).privateBrowsing);
    QCOMPARE(c.activeProfile, QStringLiteral("acme"));
    QVERIFY(c.managedBy(QStringLiteral("acme"), QStringLiteral("threshold"))
                .startsWith(QLatin1String("HKLM-policy")));
}

QTEST_GUILESS_MAIN(tst_DeploymentSources)
#include "tst_deploymentsources.moc"
