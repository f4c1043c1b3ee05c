#pragma once

#include <QString>

#include <functional>
#include <memory>

class DeepomaticClient;
class OutboxRunner;
class SandboxServer;
class WorkOrderStore;

// The outbox as the product runs it, with nothing of the window: the sandbox on loopback, a real
// SQLite store, a client holding the sandbox's token and a runner for the sandbox's site (not
// started, so a test can queue or fault things first).
class OutboxRig
{
public:
    OutboxRig();
    ~OutboxRig(); // the runner first, the sandbox last

    // False (with a warning saying why) when the sandbox or the store cannot start.
    bool start(const QString &databasePath);

    SandboxServer &sandbox() { return *m_sandbox; }
    WorkOrderStore &store() { return *m_store; }
    DeepomaticClient &client() { return *m_client; }
    OutboxRunner &runner() { return *m_runner; }

    // An engineer e-mail the sandbox knows (a create for another is refused).
    QString knownEngineer() const;
    // How many work orders in the sandbox have a name that `matches`.
    int remoteCount(const std::function<bool(const QString &name)> &matches) const;

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WorkOrderStore> m_store;
    std::unique_ptr<DeepomaticClient> m_client;
    std::unique_ptr<OutboxRunner> m_runner;
};
