#pragma once

#include "fieldconnectapp.h"
#include "memorycredentialstore.h"
#include "sandboxserver.h"
#include "siteprofile.h"

#include <QTemporaryDir>

#include <memory>

class ConnectorSession;
class DeepomaticClient;
class InterventionController;
class MainWindow;
class OutboxRunner;
class WebProfiles;
class WorkOrderStore;

// FieldConnect as the product builds it (FieldConnectApp), on a fresh data directory, for the
// suites that drive the window or the flows in their own process. The sandbox is the test's
// Deepomatic: it is started by the rig and outlives an app that quits and starts again, as a real
// site outlives the app; the app reaches it as `--sandbox-url` does. `site` is the profile the app
// runs on (the sandbox's, as a suite adjusted it before launch()). The OS credential store, which
// cannot run here, is a memory store.
class TestApp
{
public:
    TestApp();
    ~TestApp();
    TestApp(const TestApp &) = delete;
    TestApp &operator=(const TestApp &) = delete;

    QTemporaryDir dir;
    SandboxServer sandbox;
    SiteProfile site;
    MemoryCredentialStore keychain;
    // The OS credential store the app uses, when not `keychain` (one that answers slowly, as a
    // keyring service starting on demand does); not owned.
    CredentialStore *systemStore = nullptr;
    // What the app is started with: start() sets the data directory, and the sandbox URL to
    // `sandbox`'s unless a suite serves its own sandbox.
    AppOptions options;

    // The sandbox on a free loopback port (set its sign-in mode, SSO, TLS or faults before),
    // and `site` its profile, for the suite to adjust. False with *why on failure.
    bool startSandbox(QString *why);
    // Starts the app (configuration, store, client) on the running sandbox, if not yet. False
    // with *why on failure.
    bool start(QString *why);
    // start() if needed (private browsing as asked), then the web profiles, the flows and the
    // window on `site`, as the product's start-up makes them; the window shown with its list
    // read. False when it never showed.
    bool launch(bool offTheRecord = false, const QString &user = QStringLiteral("test"));
    // The app ends as on a normal exit (the page before its web profile); the sandbox and the
    // data directory stay, for a start() again.
    void quit();

    // The database the app opens: a suite may fill it in before start(), as a previous run
    // would have left it.
    QString databaseFile() const;

    FieldConnectApp *app() const { return m_app.get(); }
    WorkOrderStore *store() const;
    DeepomaticClient *client() const;
    WebProfiles *profiles() const;
    ConnectorSession *session() const;
    InterventionController *controller() const;
    OutboxRunner *outbox() const;
    MainWindow *window() const;

private:
    std::unique_ptr<FieldConnectApp> m_app;
};
