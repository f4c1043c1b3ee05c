#pragma once

#include "secretredactor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>

class CredentialStore;
class ProfileRegistry;
class QSettings;
class WorkOrderStore;

// Export diagnostics: one tar archive for support with the logs (every rotated file), the
// versions, the deployment files (the user's and the machine's), the user's settings, the effective
// site profiles, the outbox's counts and the operating system, every file passed through
// SecretRedactor. The tokens of every profile are read from the credential stores first, so that
// they are removed by value too, wherever they appear. What lives on this thread (settings,
// registry, store) is read here; reading the logs, redacting and writing happen on a worker thread.
class DiagnosticsExport : public QObject
{
    Q_OBJECT
public:
    // None is owned; all outlive the export.
    struct Sources {
        QString dataDir;
        QString logDir;
        QString deploymentFile; // the user-level one (or --config); empty: none was read
        QString systemDeploymentFile; // the organisation's, for the machine; empty: none
        QSettings *userSettings = nullptr;
        const ProfileRegistry *registry = nullptr;
        WorkOrderStore *store = nullptr;
        // Searched for each profile's token (ApiTokenLoader's key).
        QList<CredentialStore *> credentialStores;
        // Other secrets known by value (the sandbox's token).
        QStringList knownSecrets;
    };
    struct Result {
        bool ok = false;
        QString fileName;
        QString error; // for the user, when !ok
        QStringList files; // the archive's members
        qint64 bytes = 0;
        int redactions = 0;
    };

    explicit DiagnosticsExport(const Sources &sources, QObject *parent = nullptr);
    ~DiagnosticsExport() override;

    const Sources &sources() const { return m_sources; }
    // "fieldconnect-diagnostics-2026-05-04.tar"
    static QString defaultFileName(const QDate &date);
    bool isRunning() const { return m_running; }
    // Writes the archive to `fileName` (replaced if it exists, atomically); finished() follows,
    // also when it fails. False when an export is already running (nothing started).
    bool start(const QString &fileName);

signals:
    void finished(const DiagnosticsExport::Result &result);

private:
    struct Member {
        QString name; // inside the archive's folder
        QByteArray data;
    };
    void readSecrets(std::function<void(const QStringList &)> then);
    QList<Member> snapshot() const;
    static Result write(const QString &fileName, const QString &folder, QList<Member> members,
                        const QString &logDir, const SecretRedactor &redactor);

    Sources m_sources;
    bool m_running = false;
    QFutureWatcher<Result> m_watcher;
};

Q_DECLARE_METATYPE(DiagnosticsExport::Result)
