#pragma once

#include "credentialstore.h"

namespace QKeychain {
class Job;
}

// The operating system's credential store through QtKeychain: Windows Credential Manager,
// macOS Keychain, Secret Service or KWallet on Linux. No insecure fallback: where no store
// exists the answer is Unavailable, and the app says so. Each call has a time limit, because a
// locked keyring can wait forever for a prompt.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override;

private:
    void run(QKeychain::Job *job, QObject *context, Callback done);

    QString m_service;
    int m_timeoutMs = 10000;
};
