// The deployment settings in layers: the organisation's system file over the user's file, the
// policy layer over both, what the organisation set locked against the user's file and the
// command line, and bad input in the system file named like any other.

#include "deploymentlayers.h"

#include <QTest>

namespace {
const QByteArray kUuid = "000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b";

QByteArray profile(const QByteArray &id, const QByteArray &extra = {})
{
    return "[profile." + id + "]\nsite_id=" + kUuid + "\norg_slug=acme\n" + extra;
}

const QString kSystem = QStringLiteral("/etc/xdg/FieldConnect/fieldconnect.ini");
const QString kUser = QStringLiteral("/home/tech/.config/FieldConnect/fieldconnect.ini");
} // namespace

class tst_DeploymentLayers : public QObject
{
    Q_OBJECT
private slots:
    void systemValueWinsOverUser();
    void unlockedKeysComeFromTheUserFile();
    void ignoredUserValueIsWarnedWithKeyAndFile();
    void policyLayerWinsOverSystemFile();
    void commandLineOnlyWhereTheKeyAllows_data();
    void commandLineOnlyWhereTheKeyAllows();
    void organisationsActiveProfileRefusesTheSandboxOption();
    void malformedSystemFileIsNamedWithItsLine_data();
    void malformedSystemFileIsNamedWithItsLine();
    void userFileAloneLocksNothing();
    void organisationForcesKioskWithItsOwnPin();
};

void tst_DeploymentLayers::systemValueWinsOverUser()
{
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::User, profile("acme", "threshold=10\n"), kUser);
    layers.addText(DeploymentLayers::Level::System, "[profile.acme]\nthreshold=80\n", kSystem);
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 1);
    QCOMPARE(c.profiles.at(0).threshold, 80);
    QCOMPARE(c.managedBy(QStringLiteral("acme"), QStringLiteral("threshold")), kSystem + ":2");
}

void tst_DeploymentLayers::unlockedKeysComeFromTheUserFile()
{
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::System, profile("acme", "threshold=80\n"), kSystem);
    layers.addText(DeploymentLayers::Level::User,
                   "[profile.acme]\nallow_downloads=true\n" + profile("mine", "threshold=30\n"),
                   kUser);
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.size(), 2);
    // The organisation's profiles first.
    QCOMPARE(c.profiles.at(0).id, QStringLiteral("acme"));
    QCOMPARE(c.profiles.at(0).threshold, 80);
    QVERIFY(c.profiles.at(0).allowDownloads);
    QVERIFY(c.managedBy(QStringLiteral("acme"), QStringLiteral("allow_downloads")).isEmpty());
    QCOMPARE(c.profiles.at(1).id, QStringLiteral("mine"));
    QCOMPARE(c.profiles.at(1).threshold, 30);
    QVERIFY(c.managed.value(QStringLiteral("mine")).isEmpty());
    QVERIFY(c.warnings.isEmpty());
}

void tst_DeploymentLayers::ignoredUserValueIsWarnedWithKeyAndFile()
{
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::System,
                   "[fieldconnect]\nallow_file_credential_store=false\n" + profile("acme"),
                   kSystem);
    layers.addText(DeploymentLayers::Level::User,
                   "[fieldconnect]\nallow_file_credential_store=true\n[profile.acme]\n"
                   "org_slug=other\n",
                   kUser);
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QVERIFY(!c.allowFileCredentialStore);
    QCOMPARE(c.profiles.at(0).orgSlug, QStringLiteral("acme"));
    QCOMPARE(c.warnings,
             QStringList({kUser
                              + ":2: [fieldconnect] allow_file_credential_store: ignored: set by "
                                "your organisation ("
                              + kSystem + ":2)",
                          kUser
                              + ":4: [profile.acme] org_slug: ignored: set by your "
                                "organisation ("
                              + kSystem + ":5)"}));
}

void tst_DeploymentLayers::policyLayerWinsOverSystemFile()
{
    // The registry branch, as QSettings reads it, from an INI file here.
    const QHash<QString, QString> policy{
        {QStringLiteral("profile.acme/threshold"), QStringLiteral("95")},
        {QStringLiteral("fieldconnect/active_profile"), QStringLiteral("acme")}};
    const QString registry = QStringLiteral("HKLM\\Software\\Policies\\FieldConnect");
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::User, profile("acme", "threshold=10\n"), kUser);
    layers.addValues(DeploymentLayers::Level::Policy, policy, registry);
    layers.addText(DeploymentLayers::Level::System, "[profile.acme]\nthreshold=80\n", kSystem);
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.profiles.at(0).threshold, 95);
    QCOMPARE(c.managedBy(QStringLiteral("acme"), QStringLiteral("threshold")), registry);
    QCOMPARE(c.activeProfile, QStringLiteral("acme"));
    QCOMPARE(c.managedBy(QString(), QStringLiteral("active_profile")), registry);
    // The system file's value lost to the policy: no warning, both are the organisation's.
    QCOMPARE(c.warnings.size(), 1);
    QVERIFY(c.warnings.at(0).startsWith(kUser + ":4:"));
}

void tst_DeploymentLayers::commandLineOnlyWhereTheKeyAllows_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("systemExtra");
    QTest::addColumn<bool>("refused");
    QTest::newRow("threshold set by the organisation")
        << "--threshold"
        << "threshold" << QByteArray("threshold=80\n") << true;
    QTest::newRow("threshold the organisation left")
        << "--threshold"
        << "threshold" << QByteArray("use_fragment=false\n") << false;
    QTest::newRow("use_fragment allows the command line")
        << "--use-fragment"
        << "use_fragment" << QByteArray("use_fragment=false\n") << false;
    QTest::newRow("private_browsing allows the command line")
        << "--private"
        << "private_browsing" << QByteArray("private_browsing=false\n") << false;
}

void tst_DeploymentLayers::commandLineOnlyWhereTheKeyAllows()
{
    QFETCH(QString, option);
    QFETCH(QString, key);
    QFETCH(QByteArray, systemExtra);
    QFETCH(bool, refused);
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::System, profile("acme", systemExtra), kSystem);
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    const QString refusal = c.commandLineRefusal(option, key);
    if (!refused) {
        QCOMPARE(refusal, QString());
        return;
    }
    QCOMPARE(refusal, option + ": " + key + " is set by your organisation (" + kSystem
                          + ":4, profile \"acme\") and cannot be changed from the command line.");
}

void tst_DeploymentLayers::organisationsActiveProfileRefusesTheSandboxOption()
{
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::System,
                   "[fieldconnect]\nactive_profile=acme\n" + profile("acme"), kSystem);
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QCOMPARE(c.commandLineRefusal(QStringLiteral("--sandbox"), QStringLiteral("active_profile")),
             "--sandbox: active_profile is set by your organisation (" + kSystem
                 + ":2) and cannot be changed from the command line.");
}

void tst_DeploymentLayers::malformedSystemFileIsNamedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("system");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad value") << QByteArray("[profile.acme]\nthreshold=101\n")
                               << kSystem
                                      + ":2: [profile.acme] threshold: \"101\" is not an integer "
                                        "from 0 to 100";
    QTest::newRow("unknown key") << QByteArray("[profile.acme]\nthreshhold=80\n")
                                 << kSystem + ":2: [profile.acme] threshhold: unknown setting";
    QTest::newRow("unknown section")
        << QByteArray("[profiles]\nthreshold=80\n")
        << kSystem
               + ":1: [profiles] is not a known section ([fieldconnect], [kiosk], [site] or "
                 "[profile.<id>])";
    QTest::newRow("key given twice")
        << QByteArray("[profile.acme]\nthreshold=80\nthreshold=90\n")
        << kSystem + ":3: [profile.acme] threshold: given twice (first at line 2)";
    QTest::newRow("syntax") << QByteArray("[profile.acme]\nthis is not a setting\n") << QString();
}

void tst_DeploymentLayers::malformedSystemFileIsNamedWithItsLine()
{
    QFETCH(QByteArray, system);
    QFETCH(QString, error);
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::User, profile("acme"), kUser);
    layers.addText(DeploymentLayers::Level::System, system, kSystem);
    const DeploymentConfig c = layers.merge();
    QVERIFY(!c.ok());
    if (error.isEmpty()) // the syntax message is IniDocument's: its place is what matters here
        QVERIFY2(c.errors.at(0).startsWith(kSystem + ":2: "), qPrintable(c.errors.join(u'\n')));
    else
        QVERIFY2(c.errors.contains(error), qPrintable(c.errors.join(u'\n')));
}

void tst_DeploymentLayers::userFileAloneLocksNothing()
{
    const DeploymentConfig c = DeploymentConfig::parse(
        "[fieldconnect]\nactive_profile=acme\n" + profile("acme", "threshold=80\n"), kUser);
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QVERIFY(c.managed.isEmpty());
    QCOMPARE(c.commandLineRefusal(QStringLiteral("--threshold"), QStringLiteral("threshold")),
             QString());
}

void tst_DeploymentLayers::organisationForcesKioskWithItsOwnPin()
{
    // The machine's file turns kiosk mode on with no PIN; the user's file tries to turn it off
    // and to choose the PIN that leaves it: neither counts.
    PinHash userPin;
    userPin.iterations = PinHash::MinIterations;
    userPin.salt = QByteArray(PinHash::SaltBytes, 'u');
    userPin.digest = QByteArray(PinHash::DigestBytes, 'u');
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::System, profile("acme") + "[kiosk]\nenabled=true\n",
                   kSystem);
    layers.addText(DeploymentLayers::Level::User,
                   "[kiosk]\nenabled=false\npin_hash=" + userPin.toString().toLatin1() + "\n",
                   kUser);
    const DeploymentConfig c = layers.merge();
    QVERIFY2(c.ok(), qPrintable(c.errors.join(u'\n')));
    QVERIFY(c.kioskEnabled);
    QVERIFY(c.kioskPin.isNull());
    QCOMPARE(c.warnings,
             QStringList({kUser + ":2: [kiosk] enabled: ignored: set by your organisation ("
                              + kSystem + ":5)",
                          kUser
                              + ":3: [kiosk] pin_hash: ignored: kiosk mode is set by your "
                                "organisation ("
                              + kSystem + ":5), and so is the PIN that leaves it"}));
}

QTEST_APPLESS_MAIN(tst_DeploymentLayers)
#include "tst_deploymentlayers.moc"
