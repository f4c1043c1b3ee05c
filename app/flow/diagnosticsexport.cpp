#include "diagnosticsexport.h"

#include "apitokenloader.h"
#include "credentialstore.h"
#include "outbox.h"
#include "profileregistry.h"
#include "siteprofileconfig.h"
#include "softwareversions.h"
#include "tararchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QTimeZone>
#include <QtConcurrent>

#include <algorithm>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcDiagnostics, "fieldconnect.diagnostics")

namespace {
QString originName(ProfileRegistry::Origin origin)
{
    switch (origin) {
    case ProfileRegistry::Origin::Deployment:
        return QStringLiteral("deployment");
    case ProfileRegistry::Origin::User:
        return QStringLiteral("user");
    case ProfileRegistry::Origin::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

// "key=value" lines, sorted, as support compares them with a deployment file.
QByteArray keyValueLines(const QHash<QString, QString> &values, const QString &stripPrefix = {})
{
    QStringList keys = values.keys();
    keys.sort();
    QByteArray out;
    for (const QString &key : std::as_const(keys))
        out += (key.startsWith(stripPrefix) ? key.mid(stripPrefix.size()) : key).toUtf8() + '='
               + values.value(key).toUtf8() + '\n';
    return out;
}
} // namespace

DiagnosticsExport::DiagnosticsExport(const Sources &sources, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_running = false;
        const Result result = m_watcher.result();
        if (result.ok)
            qCInfo(lcDiagnostics).noquote()
                << "diagnostics written:" << result.files.size() << "files," << result.bytes
                << "bytes," << result.redactions << "secrets removed";
        else
            qCWarning(lcDiagnostics).noquote() << "diagnostics not written:" << result.error;
        emit finished(result);
    });
}

DiagnosticsExport::~DiagnosticsExport()
{
    // The worker reads nothing of this object, but its result is announced here.
    m_watcher.waitForFinished();
}

QString DiagnosticsExport::defaultFileName(const QDate &date)
{
    return QStringLiteral("fieldconnect-diagnostics-%1.tar").arg(date.toString(Qt::ISODate));
}

bool DiagnosticsExport::start(const QString &fileName)
{
    if (m_running)
        return false;
    m_running = true;
    readSecrets([this, fileName](const QStringList &secrets) {
        SecretRedactor redactor;
        for (const QString &secret : secrets)
            redactor.addSecret(secret);
        for (const QString &secret : std::as_const(m_sources.knownSecrets))
            redactor.addSecret(secret);
        const QString folder =
            QStringLiteral("fieldconnect-diagnostics-%1")
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        m_watcher.setFuture(QtConcurrent::run(&DiagnosticsExport::write, fileName, folder,
                                              snapshot(), m_sources.logDir, redactor));
    });
    return true;
}

void DiagnosticsExport::readSecrets(std::function<void(const QStringList &)> then)
{
    QStringList keys;
    if (m_sources.registry) {
        for (const ProfileRegistry::Entry &entry : m_sources.registry->entries())
            keys << ApiTokenLoader::credentialKey(entry.profile);
    }
    struct Pending {
        int left = 0;
        QStringList secrets;
        std::function<void(const QStringList &)> then;
    };
    auto pending = std::make_shared<Pending>();
    pending->then = std::move(then);
    pending->left = int(keys.size() * m_sources.credentialStores.size());
    if (pending->left == 0)
        return pending->then({});
    // Every call answers once (a store that does not answer times out): then the archive.
    for (CredentialStore *store : std::as_const(m_sources.credentialStores)) {
        for (const QString &key : std::as_const(keys)) {
            store->read(key, this, [pending](const CredentialStore::Result &result) {
                if (result.ok() && !result.secret.isEmpty())
                    pending->secrets << result.secret;
                if (--pending->left == 0)
                    pending->then(pending->secrets);
            });
        }
    }
}

QList<DiagnosticsExport::Member> DiagnosticsExport::snapshot() const
{
    QList<Member> members;
    const SoftwareVersions versions = SoftwareVersions::collect();
    QString about = versions.toText();
    about += QStringLiteral("exported_at: %1\n")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    about += QStringLiteral("locale: %1\n").arg(QLocale().name());
    about +=
        QStringLiteral("time_zone: %1\n").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    about += QStringLiteral("data_dir: %1\n").arg(QDir::toNativeSeparators(m_sources.dataDir));
    about += QStringLiteral("log_dir: %1\n").arg(QDir::toNativeSeparators(m_sources.logDir));
    auto nameOf = [](const QString &path) {
        return path.isEmpty() ? QStringLiteral("(none)") : QDir::toNativeSeparators(path);
    };
    about += QStringLiteral("deployment_file: %1\n").arg(nameOf(m_sources.deploymentFile));
    about +=
        QStringLiteral("system_deployment_file: %1\n").arg(nameOf(m_sources.systemDeploymentFile));
    members << Member{QStringLiteral("versions.txt"), about.toUtf8()};

    // Both files as they are on disk: support compares them with what the organisation sent.
    for (const auto &[path, member] :
         {std::pair{m_sources.deploymentFile, QStringLiteral("settings/deployment.ini")},
          std::pair{m_sources.systemDeploymentFile,
                    QStringLiteral("settings/deployment-system.ini")}}) {
        if (path.isEmpty())
            continue;
        QFile file(path);
        const QByteArray text = file.open(QIODevice::ReadOnly)
                                    ? file.readAll()
                                    : "# cannot read: " + file.errorString().toUtf8() + '\n';
        members << Member{member, "# " + QDir::toNativeSeparators(path).toUtf8() + '\n' + text};
    }
    if (m_sources.userSettings) {
        // Through QSettings, so the same on every platform (the registry on Windows).
        QHash<QString, QString> values;
        for (const QString &key : m_sources.userSettings->allKeys())
            values.insert(key, m_sources.userSettings->value(key).toString());
        members << Member{QStringLiteral("settings/user-settings.ini"),
                          "# " + m_sources.userSettings->fileName().toUtf8() + '\n'
                              + keyValueLines(values)};
    }
    if (m_sources.registry) {
        // The profiles as the app uses them, whichever file each came from.
        QByteArray profiles = "active_profile=" + m_sources.registry->activeId().toUtf8() + "\n";
        for (const ProfileRegistry::Entry &entry : m_sources.registry->entries()) {
            const QString group = QStringLiteral("profile.") + entry.profile.id;
            profiles +=
                "\n[" + group.toUtf8() + "]\norigin=" + originName(entry.origin).toUtf8() + '\n'
                + keyValueLines(SiteProfileConfig::toValues(entry.profile, group), group + u'/');
        }
        members << Member{QStringLiteral("settings/profiles.ini"), profiles};
    }
    if (m_sources.store) {
        // Every site profile's entries: the one in use may not be the one with the problem.
        const Outbox::Counts counts = Outbox(m_sources.store).counts();
        members << Member{QStringLiteral("outbox.txt"),
                          QStringLiteral("pending: %1\nin_flight: %2\nin_doubt: %3\nfailed: %4\n")
                              .arg(counts.pending)
                              .arg(counts.inFlight)
                              .arg(counts.inDoubt)
                              .arg(counts.failed)
                              .toUtf8()};
    }
    return members;
}

DiagnosticsExport::Result DiagnosticsExport::write(const QString &fileName, const QString &folder,
                                                   QList<Member> members, const QString &logDir,
                                                   const SecretRedactor &redactor)
{
    Result result;
    result.fileName = fileName;
    // Every rotated log, the current one first.
    QStringList logs = QDir(logDir).entryList({QStringLiteral("*.log"), QStringLiteral("*.log.*")},
                                              QDir::Files, QDir::Name);
    std::sort(logs.begin(), logs.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &log : std::as_const(logs)) {
        QFile file(QDir(logDir).filePath(log));
        if (file.open(QIODevice::ReadOnly))
            members << Member{QStringLiteral("logs/") + log, file.readAll()};
    }

    // The manifest first, so that `tar -tf` and a file manager show it at the top.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString manifest = QStringLiteral("FieldConnect diagnostics, exported %1.\nEvery file here "
                                      "went through the redactor: each secret found was "
                                      "replaced by %2.\nRules: %3\n\n")
                           .arg(now.toString(Qt::ISODate), QLatin1String(SecretRedactor::Mask),
                                redactor.ruleNames().join(QStringLiteral(", ")));
    QList<Member> clean;
    for (const Member &member : std::as_const(members)) {
        int count = 0;
        clean << Member{member.name,
                        redactor.redact(QString::fromUtf8(member.data), &count).toUtf8()};
        result.redactions += count;
        manifest += QStringLiteral("%1  %2 bytes, %3 removed\n")
                        .arg(member.name)
                        .arg(clean.constLast().data.size())
                        .arg(count);
    }
    clean.prepend(Member{QStringLiteral("manifest.txt"), redactor.redact(manifest).toUtf8()});
    TarArchive archive;
    for (const Member &member : std::as_const(clean)) {
        const QString name = folder + u'/' + member.name;
        if (archive.addFile(name, member.data, now))
            result.files << name;
    }

    const QString parent = QFileInfo(fileName).absolutePath();
    if (!QFileInfo(parent).isDir()) {
        result.error =
            tr("%1: the folder %2 does not exist.")
                .arg(QDir::toNativeSeparators(fileName), QDir::toNativeSeparators(parent));
        return result;
    }
    QSaveFile file(fileName);
    const QByteArray bytes = archive.finished();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = tr("%1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return result;
    }
    result.ok = true;
    result.bytes = bytes.size();
    return result;
}
