#include "testapp.h"

#include "interventioncontroller.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

TestApp::TestApp()
{
    options.demoPlanning = false;
}

TestApp::~TestApp()
{
    quit();
}

bool TestApp::startSandbox(QString *why)
{
    if (!sandbox.start(0)) {
        *why = QStringLiteral("sandbox: ") + sandbox.errorString();
        return false;
    }
    site = sandbox.siteProfile();
    return true;
}

bool TestApp::start(QString *why)
{
    if (m_app)
        return true;
    if (!dir.isValid()) {
        *why = QStringLiteral("no temporary directory: ") + dir.errorString();
        return false;
    }
    options.dataDir = dir.path();
    if (options.sandboxUrl.isEmpty() && sandbox.port() != 0)
        options.sandboxUrl = sandbox.baseUrl();
    m_app = std::make_unique<FieldConnectApp>(options);
    m_app->setSystemCredentialStore(systemStore ? systemStore : &keychain);
    return m_app->start(why);
}

bool TestApp::launch(bool offTheRecord, const QString &user)
{
    if (!m_app) {
        options.privateBrowsing = offTheRecord;
        QString why;
        if (!start(&why)) {
            qWarning("TestApp: %s", qPrintable(why));
            return false;
        }
    }
    if (!site.id.isEmpty()) {
        // The profile as the suite set it up: what a deployment file would give.
        m_app->registry()->setSandboxProfile(site);
        m_app->registry()->setActive(site.id);
    }
    // As in the product, nothing is sent before the profile's token is loaded.
    QSignalSpy token(m_app.get(), &FieldConnectApp::tokenLoaded);
    m_app->launch();
    m_app->controller()->setUserName(user);
    QSignalSpy loaded(m_app->window(), &MainWindow::workOrdersLoaded);
    m_app->showWindow();
    if ((loaded.isEmpty() && !loaded.wait(30000)) || (token.isEmpty() && !token.wait(10000)))
        return false;
    return QTest::qWaitForWindowExposed(m_app->window());
}

void TestApp::quit()
{
    m_app.reset();
}

QString TestApp::databaseFile() const
{
    return dir.filePath(QStringLiteral("fieldconnect.sqlite"));
}

WorkOrderStore *TestApp::store() const
{
    return m_app ? m_app->store() : nullptr;
}

DeepomaticClient *TestApp::client() const
{
    return m_app ? m_app->client() : nullptr;
}

WebProfiles *TestApp::profiles() const
{
    return m_app ? m_app->webProfiles() : nullptr;
}

ConnectorSession *TestApp::session() const
{
    return m_app ? m_app->session() : nullptr;
}

InterventionController *TestApp::controller() const
{
    return m_app ? m_app->controller() : nullptr;
}

OutboxRunner *TestApp::outbox() const
{
    return m_app && m_app->controller() ? m_app->controller()->outboxRunner() : nullptr;
}

MainWindow *TestApp::window() const
{
    return m_app ? m_app->window() : nullptr;
}
