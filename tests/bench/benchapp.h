#pragma once

#include "deepomaticclient.h"
#include "sandboxserver.h"
#include "siteprofile.h"
#include "workorderstore.h"

#include <QTemporaryDir>

#include <memory>

class ConnectorSession;
class InterventionController;
class MainWindow;
class QPushButton;
class WebProfiles;

// FieldConnect wired in this process exactly as app/main.cpp wires it (and as
// tests/e2e/tst_connectorflow.cpp does), on a fresh sandbox and a fresh database: the real
// components, no mocks. The window is shown.
class BenchApp
{
public:
    BenchApp();
    ~BenchApp();
    BenchApp(const BenchApp &) = delete;
    BenchApp &operator=(const BenchApp &) = delete;

    bool start(QString *error);
    // Plans a work order and creates it in Deepomatic through the details pane's Create
    // button, like a user; returns false with *error set on failure.
    bool planAndCreate(const QString &key, QString *error);
    // Goes back to the list, selects the work order and returns its Open in Deepomatic
    // button, ready to be clicked (the caller times the click); nullptr with *error set when
    // the button cannot be used.
    QPushButton *openButtonFor(const QString &key, QString *error);

    QTemporaryDir &dir() { return m_dir; }
    SandboxServer &sandbox() { return m_sandbox; }
    ConnectorSession *session() const { return m_session.get(); }
    InterventionController *controller() const { return m_controller.get(); }
    MainWindow *window() const { return m_window.get(); }

private:
    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    WorkOrderStore m_store;
    DeepomaticClient m_client;
    std::unique_ptr<WebProfiles> m_profiles;
    std::unique_ptr<ConnectorSession> m_session;
    std::unique_ptr<InterventionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    SiteProfile m_site;
};
