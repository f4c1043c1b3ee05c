// The registry of site profiles: origins, the active profile and its one signal per change,
// and the rules for editing the user's own profiles.

#include "profileregistry.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(SiteProfile)

namespace {
SiteProfile make(const QString &id,
                 SiteProfile::Environment env = SiteProfile::Environment::Testing)
{
    SiteProfile p;
    p.id = id;
    p.displayName = id.toUpper();
    p.environment = env;
    p.siteId = QUuid::fromString(QStringLiteral("000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b"));
    p.orgSlug = QStringLiteral("acme");
    return p;
}
} // namespace

class tst_ProfileRegistry : public QObject
{
    Q_OBJECT
private slots:
    void firstProfileIsActiveAndOrderIsSandboxDeploymentUser();
    void switchingEmitsOnceWithTheNewProfile();
    void unknownProfileIsRefusedInWords();
    void deploymentProfilesAreReadOnly();
    void userProfilesAreValidated_data();
    void userProfilesAreValidated();
    void editingTheActiveProfileIsAnnounced();
    void removingTheActiveProfileFallsBack();
};

void tst_ProfileRegistry::firstProfileIsActiveAndOrderIsSandboxDeploymentUser()
{
    ProfileRegistry r;
    r.setUserProfiles({make(QStringLiteral("mine"))});
    QCOMPARE(r.activeId(), QStringLiteral("mine"));
    r.setDeploymentProfiles({make(QStringLiteral("prod"), SiteProfile::Environment::Production)});
    SiteProfile sandbox = make(QStringLiteral("sandbox"), SiteProfile::Environment::Sandbox);
    r.setSandboxProfile(sandbox);
    QStringList ids;
    for (const ProfileRegistry::Entry &e : r.entries())
        ids << e.profile.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("sandbox"), QStringLiteral("prod"),
                               QStringLiteral("mine")}));
    QCOMPARE(r.activeId(), QStringLiteral("mine")); // adding profiles does not switch
    QVERIFY(r.entry(QStringLiteral("mine"))->editable());
    QVERIFY(!r.entry(QStringLiteral("prod"))->editable());
    QVERIFY(!r.entry(QStringLiteral("sandbox"))->editable());
}

void tst_ProfileRegistry::switchingEmitsOnceWithTheNewProfile()
{
    ProfileRegistry r;
    r.setDeploymentProfiles({make(QStringLiteral("test")),
                             make(QStringLiteral("prod"), SiteProfile::Environment::Production)});
    QSignalSpy spy(&r, &ProfileRegistry::activeProfileChanged);
    QVERIFY(r.setActive(QStringLiteral("prod")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<SiteProfile>().id, QStringLiteral("prod"));
    QVERIFY(r.setActive(QStringLiteral("prod")));
    QCOMPARE(spy.size(), 1); // already active: nothing to follow
    QCOMPARE(r.active().environment, SiteProfile::Environment::Production);
}

void tst_ProfileRegistry::unknownProfileIsRefusedInWords()
{
    ProfileRegistry r;
    r.setDeploymentProfiles({make(QStringLiteral("test"))});
    QString error;
    QVERIFY(!r.setActive(QStringLiteral("nope"), &error));
    QCOMPARE(error, QStringLiteral("There is no site profile \"nope\"."));
    QCOMPARE(r.activeId(), QStringLiteral("test"));
}

void tst_ProfileRegistry::deploymentProfilesAreReadOnly()
{
    ProfileRegistry r;
    r.setDeploymentProfiles({make(QStringLiteral("prod"))});
    QSignalSpy saved(&r, &ProfileRegistry::userProfilesChanged);
    SiteProfile edited = make(QStringLiteral("prod"));
    edited.threshold = 10;
    const QStringList problems = r.saveUserProfile(edited);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).contains(QLatin1String("deployment configuration")));
    // Nor by giving it as the profile to replace.
    QVERIFY(!r.saveUserProfile(make(QStringLiteral("other")), QStringLiteral("prod")).isEmpty());
    QString error;
    QVERIFY(!r.removeUserProfile(QStringLiteral("prod"), &error));
    QVERIFY(error.contains(QLatin1String("cannot be removed")));
    QCOMPARE(r.active().threshold, 100);
    QCOMPARE(saved.size(), 0);
}

void tst_ProfileRegistry::userProfilesAreValidated_data()
{
    QTest::addColumn<SiteProfile>("profile");
    QTest::addColumn<QString>("expected");
    SiteProfile p = make(QStringLiteral("Bad Id"));
    QTest::newRow("id") << p << QStringLiteral("The profile id \"Bad Id\" must be");
    p = make(QStringLiteral("prod"));
    QTest::newRow("clash with deployment") << p << QStringLiteral("deployment configuration");
    p = make(QStringLiteral("other"));
    p.siteId = QUuid();
    QTest::newRow("site id") << p << QStringLiteral("site_id is missing or is not a UUID.");
    p = make(QStringLiteral("other"));
    p.studioUrl = QUrl(QStringLiteral("http://studio.example.com"));
    QTest::newRow("http studio") << p << QStringLiteral("must be https");
    p = make(QStringLiteral("other"));
    p.threshold = 120;
    QTest::newRow("threshold") << p << QStringLiteral("The threshold 120 is outside 0–100.");
    p = make(QStringLiteral("other"), SiteProfile::Environment::Sandbox);
    QTest::newRow("sandbox") << p << QStringLiteral("not the sandbox");
}

void tst_ProfileRegistry::userProfilesAreValidated()
{
    QFETCH(SiteProfile, profile);
    QFETCH(QString, expected);
    ProfileRegistry r;
    r.setDeploymentProfiles({make(QStringLiteral("prod"))});
    const QStringList problems = r.saveUserProfile(profile);
    QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    QCOMPARE(r.entries().size(), 1);
}

void tst_ProfileRegistry::editingTheActiveProfileIsAnnounced()
{
    ProfileRegistry r;
    QVERIFY(r.saveUserProfile(make(QStringLiteral("mine"))).isEmpty());
    QCOMPARE(r.activeId(), QStringLiteral("mine"));
    // A new profile with an id in use is refused, not taken as an edit.
    QVERIFY(r.saveUserProfile(make(QStringLiteral("mine")))
                .join(u' ')
                .contains(QLatin1String("already exists")));
    QSignalSpy active(&r, &ProfileRegistry::activeProfileChanged);
    QSignalSpy saved(&r, &ProfileRegistry::userProfilesChanged);
    SiteProfile edited = make(QStringLiteral("mine-renamed"));
    edited.threshold = 60;
    QVERIFY(r.saveUserProfile(edited, QStringLiteral("mine")).isEmpty());
    QCOMPARE(active.size(), 1);
    QCOMPARE(r.activeId(), QStringLiteral("mine-renamed"));
    QCOMPARE(r.active().threshold, 60);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(r.userProfiles().size(), 1);
}

void tst_ProfileRegistry::removingTheActiveProfileFallsBack()
{
    ProfileRegistry r;
    r.setDeploymentProfiles({make(QStringLiteral("prod"))});
    QVERIFY(r.saveUserProfile(make(QStringLiteral("mine"))).isEmpty());
    QVERIFY(r.setActive(QStringLiteral("mine")));
    QSignalSpy active(&r, &ProfileRegistry::activeProfileChanged);
    QVERIFY(r.removeUserProfile(QStringLiteral("mine")));
    QCOMPARE(active.size(), 1);
    QCOMPARE(r.activeId(), QStringLiteral("prod"));
}

QTEST_APPLESS_MAIN(tst_ProfileRegistry)
#include "tst_profileregistry.moc"
