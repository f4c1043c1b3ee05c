#pragma once

#include "credentialstore.h"

#include <QHash>

// Credentials kept in this process only: for tests, and for a session whose token was typed in
// because the machine has no credential store.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override { return QStringLiteral("memory"); }

private:
    void answer(QObject *context, Callback done, const Result &result);

    QHash<QString, QString> m_secrets;
};
