#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where API tokens live: the operating system's credential store in the product, memory in
// tests. Every call answers exactly once, asynchronously, and never blocks: a credential store
// that does not answer (a locked keyring waiting for a prompt nobody sees) times out.
// Secrets never appear in messages or logs.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no credential store on this machine (no keyring, no session bus)
        AccessDenied, // the store is locked or refused us
        TimedOut,
        Failed,
    };
    struct Result {
        Status status = Status::Failed;
        QString secret; // only for a successful read
        QString message; // why it failed, for the user; never contains the secret
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // `done` is not called when `context` is destroyed first.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    // For the settings dialog and the logs: "Secret Service", "memory", …
    virtual QString backendName() const = 0;

    static QString statusKey(Status status);
};
