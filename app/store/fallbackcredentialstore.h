#pragma once

#include "credentialstore.h"

#include <QPointer>

// The operating system's credential store first; where this machine has none (the answer is
// Unavailable), the fallback, which the deployment must have allowed (a FileCredentialStore),
// or nothing. Remembers what it found, so the app can say plainly which store holds tokens.
class FallbackCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    // Neither is owned. `fallback` may be null: then "unavailable" is passed on as it is.
    FallbackCredentialStore(CredentialStore *primary, CredentialStore *fallback,
                            QObject *parent = nullptr);

    bool primaryUnavailable() const { return m_primaryUnavailable; }
    bool usingFallback() const { return m_primaryUnavailable && m_fallback; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override;

private:
    // Runs `call` on the primary store (unless known to be missing), then on the fallback when
    // the primary is unavailable.
    void route(const std::function<void(CredentialStore *, Callback)> &call, QObject *context,
               Callback done);

    CredentialStore *m_primary;
    CredentialStore *m_fallback;
    bool m_primaryUnavailable = false;
};
