#pragma once

#include "fieldconnectapp.h"
#include "memorycredentialstore.h"
#include "sandboxserver.h"

#include <QTemporaryDir>

#include <memory>

class ConnectorSession;
class InterventionController;
class MainWindow;
class QPushButton;

// FieldConnect in this process as the product builds it (FieldConnectApp), on a fresh sandbox
// (reached as --sandbox-url does) and a fresh data directory: the real components; only the OS
// credential store is a memory one. The window is shown.
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
    ConnectorSession *session() const;
    InterventionController *controller() const;
    MainWindow *window() const;

private:
    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<FieldConnectApp> m_app;
};
