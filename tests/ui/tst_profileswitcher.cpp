// Switching site profile carries the site's request settings to the API client and the outbox:
// max_requests_in_flight bounds what the server sees at once, and lookup_by_name decides whether
// a create whose answer was lost is searched for or left "in doubt". Real HTTP on loopback,
// counted on the server side; the rest wired as main.cpp wires it.

#include "../common/fakedeepomatic.h"
#include "connectorsession.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "memorycredentialstore.h"
#include "outboxrunner.h"
#include "profileregistry.h"
#include "profileswitcher.h"
#include "webprofiles.h"
#include "workorderstore.h"

#include <QApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

class tst_ProfileSwitcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void switchingProfileBoundsRequestsInFlight_data();
    void switchingProfileBoundsRequestsInFlight();
    void switchingProfileDecidesTheLookupByName_data();
    void switchingProfileDecidesTheLookupByName();

private:
    SiteProfile profile(const QString &id, int inFlight, bool lookup) const;
    void switchTo(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeDeepomatic> m_server;
    quint16 m_port = 0;
    std::unique_ptr<WorkOrderStore> m_store;
    std::unique_ptr<DeepomaticClient> m_client;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<MemoryCredentialStore> m_sessionTokens;
    std::unique_ptr<ProfileRegistry> m_registry;
    std::unique_ptr<WebProfiles> m_profiles;
    std::unique_ptr<ConnectorSession> m_session;
    std::unique_ptr<InterventionController> m_controller;
    std::unique_ptr<ProfileSwitcher> m_switcher;
};

SiteProfile tst_ProfileSwitcher::profile(const QString &id, int inFlight, bool lookup) const
{
    SiteProfile p;
    p.id = id;
    p.displayName = id;
    p.environment = SiteProfile::Environment::Testing;
    p.siteId = QUuid::fromString(QStringLiteral("000f0174-bdf0-47b3-bb3e-5f6e1c2d3a4b"));
    p.orgSlug = QStringLiteral("acme");
    p.studioUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    p.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(m_port));
    p.maxRequestsInFlight = inFlight;
    p.lookupByName = lookup;
    return p;
}

void tst_ProfileSwitcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Answers held a little (to see how many are on the wire at once); creates committed, then
    // the connection dropped (the answer is lost); the undocumented lookup by name offered.
    m_server = std::make_unique<FakeDeepomatic>();
    m_server->holdMs = 60;
    m_server->createMode = FakeDeepomatic::CreateMode::CommitThenDrop;
    m_port = m_server->start();
    QVERIFY(m_port != 0);
    m_store = std::make_unique<WorkOrderStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("db.sqlite"))),
             qPrintable(m_store->lastError()));
    m_client = std::make_unique<DeepomaticClient>();
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_sessionTokens = std::make_unique<MemoryCredentialStore>();
    m_registry = std::make_unique<ProfileRegistry>();
    // Two sites as a deployment file would give them: one narrow and not searchable (the
    // documented API), one wider that offers the lookup by name.
    m_registry->setDeploymentProfiles(
        {profile(QStringLiteral("narrow"), 2, false), profile(QStringLiteral("wide"), 6, true)});
    for (const char *id : {"narrow", "wide"}) {
        bool written = false;
        m_credentials->write(QStringLiteral("api-token/") + QLatin1String(id),
                             QStringLiteral("token-") + QLatin1String(id), nullptr,
                             [&written](const CredentialStore::Result &) { written = true; });
        QTRY_VERIFY(written);
    }
    m_profiles = std::make_unique<WebProfiles>(m_dir->filePath(QStringLiteral("web")));
    m_session = std::make_unique<ConnectorSession>(m_profiles.get());
    m_controller =
        std::make_unique<InterventionController>(m_store.get(), m_client.get(), m_session.get());
    m_switcher = std::make_unique<ProfileSwitcher>(m_registry.get(), m_client.get(),
                                                   m_controller.get(), m_session.get(),
                                                   m_credentials.get(), m_sessionTokens.get());
}

void tst_ProfileSwitcher::cleanup()
{
    m_switcher.reset();
    m_controller.reset();
    m_session.reset();
    m_profiles.reset();
    m_registry.reset();
    m_client.reset();
    m_store.reset();
    m_server.reset();
    m_dir.reset();
}

void tst_ProfileSwitcher::switchTo(const QString &id)
{
    QSignalSpy loaded(m_switcher.get(), &ProfileSwitcher::tokenLoaded);
    if (m_registry->activeId() == id) {
        m_switcher->applyActive();
    } else {
        QString error;
        QVERIFY2(m_registry->setActive(id, &error), qPrintable(error));
    }
    QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    QCOMPARE(loaded.constFirst().at(0).toBool(), true);
    QCOMPARE(m_client->token(), QStringLiteral("token-") + id);
}

void tst_ProfileSwitcher::switchingProfileBoundsRequestsInFlight_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("limit");
    QTest::newRow("to a site allowing 2")
        << QStringLiteral("wide") << QStringLiteral("narrow") << 2;
    QTest::newRow("to a site allowing 6")
        << QStringLiteral("narrow") << QStringLiteral("wide") << 6;
}

void tst_ProfileSwitcher::switchingProfileBoundsRequestsInFlight()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, limit);
    switchTo(from);
    switchTo(to);
    QCOMPARE(m_client->maxInFlight(), limit);
    // The outbox follows the client's current limit, not the one it was built with.
    QCOMPARE(m_controller->outboxRunner()->maxConcurrent(), limit);

    int done = 0;
    for (int i = 0; i < 20; ++i)
        m_client->getWorkOrder(QUuid::createUuid().toString(QUuid::WithoutBraces), false, this,
                               [&done](const RemoteWorkOrder &, const ApiError &) { ++done; });
    QCOMPARE(m_client->inFlight(), limit);
    QTRY_COMPARE_WITH_TIMEOUT(done, 20, 10000);
    QCOMPARE(m_server->maxInFlight, limit); // reached, never exceeded
}

void tst_ProfileSwitcher::switchingProfileDecidesTheLookupByName_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("lookup");
    QTest::newRow("to a site without lookup")
        << QStringLiteral("wide") << QStringLiteral("narrow") << false;
    QTest::newRow("to a site with lookup")
        << QStringLiteral("narrow") << QStringLiteral("wide") << true;
}

void tst_ProfileSwitcher::switchingProfileDecidesTheLookupByName()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, lookup);
    switchTo(from);
    switchTo(to);
    QCOMPARE(m_client->lookupByNameSupported(), lookup);

    const QString name = QStringLiteral("WO-SWITCH-%1").arg(to.toUpper());
    ApiError error;
    RemoteWorkOrder created;
    bool done = false;
    m_client->createWorkOrder(QJsonObject{{QStringLiteral("name"), name}}, this,
                              [&](const RemoteWorkOrder &wo, const ApiError &e) {
                                  created = wo;
                                  error = e;
                                  done = true;
                              });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(m_server->creates, 1); // never a second POST
    if (lookup) {
        // The lost answer is recovered by name: the one work order the server made.
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(m_server->lookups, 1);
        QCOMPARE(created.name, name);
    } else {
        // The site was never probed with the undocumented lookup.
        QCOMPARE(error.kind, ApiError::Kind::InDoubt);
        QCOMPARE(m_server->lookups, 0);
    }
}

QTEST_MAIN(tst_ProfileSwitcher)
#include "tst_profileswitcher.moc"
