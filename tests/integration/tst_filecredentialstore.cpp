// The file credential store (allowed only by the deployment file): 0600 from creation, atomic
// replacement, the secret never in a message; and the user's profiles kept in QSettings
// without any token.

#include "filecredentialstore.h"
#include "userprofilestore.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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

const QString kSecret = QStringLiteral("f1e2d3c4b5a69788796a5b4c3d2e1f00aa55cc77");
} // namespace

class tst_FileCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void writesReadsAndRemoves();
    void fileIsOwnerOnlyFromTheStart();
    void damagedFileIsReportedWithoutItsContent();
    void userProfilesRoundTripWithoutAToken();
    void badUserProfileIsReportedNotUsed();
};

void tst_FileCredentialStore::writesReadsAndRemoves()
{
    QTemporaryDir dir;
    FileCredentialStore store(dir.filePath(QStringLiteral("credentials")));
    auto r = await([&](auto done) { store.read(QStringLiteral("api-token/a"), this, done); });
    QVERIFY(r);
    QCOMPARE(r->status, CredentialStore::Status::NotFound);
    r = await([&](auto done) { store.write(QStringLiteral("api-token/a"), kSecret, this, done); });
    QVERIFY2(r && r->ok(), qPrintable(r ? r->message : QString()));
    r = await([&](auto done) {
        store.write(QStringLiteral("api-token/b"), QStringLiteral("other"), this, done);
    });
    QVERIFY(r && r->ok());

    FileCredentialStore again(dir.filePath(QStringLiteral("credentials"))); // as after a restart
    r = await([&](auto done) { again.read(QStringLiteral("api-token/a"), this, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->secret, kSecret);
    r = await([&](auto done) { again.remove(QStringLiteral("api-token/a"), this, done); });
    QVERIFY(r && r->ok());
    r = await([&](auto done) { again.read(QStringLiteral("api-token/a"), this, done); });
    QCOMPARE(r->status, CredentialStore::Status::NotFound);
    r = await([&](auto done) { again.read(QStringLiteral("api-token/b"), this, done); });
    QCOMPARE(r->secret, QStringLiteral("other"));
    QVERIFY(!QFile::exists(again.filePath() + QStringLiteral(".new")));
}

void tst_FileCredentialStore::fileIsOwnerOnlyFromTheStart()
{
    QTemporaryDir dir;
    const QString where = dir.filePath(QStringLiteral("deep/credentials"));
    FileCredentialStore store(where);
    auto r = await([&](auto done) { store.write(QStringLiteral("k"), kSecret, this, done); });
    QVERIFY(r && r->ok());
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Qt reports ReadUser/WriteUser too for the owner; nothing for group or others.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(store.filePath()) & owner, owner);
    QCOMPARE(QFile::permissions(store.filePath()) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(where) & others, QFileDevice::Permissions());
#ifdef Q_OS_UNIX
    struct stat st { };
    QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(where).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    // A permissive umask must not matter: the mode is given at creation.
    const mode_t old = ::umask(0);
    r = await([&](auto done) { store.write(QStringLiteral("k2"), kSecret, this, done); });
    ::umask(old);
    QVERIFY(r && r->ok());
    QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
#endif
}

void tst_FileCredentialStore::damagedFileIsReportedWithoutItsContent()
{
    QTemporaryDir dir;
    FileCredentialStore store(dir.path());
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"k\": \"" + kSecret.toLatin1() + "\""); // truncated
    file.close();
    auto r = await([&](auto done) { store.read(QStringLiteral("k"), this, done); });
    QVERIFY(r);
    QCOMPARE(r->status, CredentialStore::Status::Failed);
    QVERIFY(r->message.contains(QLatin1String("damaged")));
    QVERIFY(!r->message.contains(kSecret));
    // Nothing written over it: the user's data is not lost.
    r = await(
        [&](auto done) { store.write(QStringLiteral("x"), QStringLiteral("y"), this, done); });
    QCOMPARE(r->status, CredentialStore::Status::Failed);
    QVERIFY(QFile(store.filePath()).size() > 0);
}

void tst_FileCredentialStore::userProfilesRoundTripWithoutAToken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.ini"));
    SiteProfile p;
    p.id = QStringLiteral("mine");
    p.displayName = QStringLiteral("Mine, with a comma");
    p.environment = SiteProfile::Environment::Production;
    p.siteId = QUuid::fromString(QStringLiteral("000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b"));
    p.orgSlug = QStringLiteral("acme");
    p.threshold = 75;
    p.navigationAllowList = {QStringLiteral("a.example.com"), QStringLiteral("b.example.com")};
    {
        QSettings settings(path, QSettings::IniFormat);
        UserProfileStore store(&settings);
        store.save({p});
        store.setActiveProfile(QStringLiteral("mine"));
    }
    QSettings settings(path, QSettings::IniFormat);
    UserProfileStore store(&settings);
    const UserProfileStore::Loaded loaded = store.load();
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
    QCOMPARE(loaded.profiles.size(), 1);
    QCOMPARE(loaded.profiles.at(0).id, p.id);
    QCOMPARE(loaded.profiles.at(0).displayName, p.displayName);
    QCOMPARE(loaded.profiles.at(0).threshold, 75);
    QCOMPARE(loaded.profiles.at(0).navigationAllowList, p.navigationAllowList);
    QCOMPARE(loaded.profiles.at(0).environment, SiteProfile::Environment::Production);
    QCOMPARE(store.activeProfile(), QStringLiteral("mine"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("token"));
}

void tst_FileCredentialStore::badUserProfileIsReportedNotUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/x/site_id"), QStringLiteral("not-a-uuid"));
        settings.setValue(QStringLiteral("profiles/x/org_slug"), QStringLiteral("acme"));
    }
    QSettings settings(path, QSettings::IniFormat);
    const UserProfileStore::Loaded loaded = UserProfileStore(&settings).load();
    QVERIFY(loaded.profiles.isEmpty());
    QCOMPARE(loaded.errors.size(), 1);
    QVERIFY2(loaded.errors.at(0).contains(QLatin1String("site_id")),
             qPrintable(loaded.errors.at(0)));
}

QTEST_GUILESS_MAIN(tst_FileCredentialStore)
#include "tst_filecredentialstore.moc"
