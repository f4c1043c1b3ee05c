#pragma once

#include "credentialstore.h"

// Tokens in a file under the data directory, for machines with no credential store, and only
// where the deployment file says allow_file_credential_store=true. The directory is created
// 0700 and the file 0600 from the start (never a moment readable by others), replaced
// atomically on each write. The app shows a warning while this store is in use.
class FileCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    // `directory` holds the one file, "tokens.json".
    explicit FileCredentialStore(const QString &directory, QObject *parent = nullptr);

    QString filePath() const;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override;

private:
    // The stored map, or an error result (status != Ok) when the file cannot be read.
    Result load(QHash<QString, QString> *secrets) const;
    Result save(const QHash<QString, QString> &secrets) const;
    void answer(QObject *context, Callback done, const Result &result);

    QString m_directory;
};
