#include "filecredentialstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir = kOwnerOnly | QFileDevice::ExeOwner;
} // namespace

FileCredentialStore::FileCredentialStore(const QString &directory, QObject *parent)
    : CredentialStore(parent)
    , m_directory(directory)
{ }

QString FileCredentialStore::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("tokens.json"));
}

QString FileCredentialStore::backendName() const
{
    return tr("a file readable only by you (%1)").arg(QDir::toNativeSeparators(filePath()));
}

CredentialStore::Result FileCredentialStore::load(QHash<QString, QString> *secrets) const
{
    QFile file(filePath());
    if (!file.exists())
        return {Status::Ok, {}, {}};
    if (!file.open(QIODevice::ReadOnly))
        return {
            Status::Failed, {}, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        // Never the content in the message: it holds secrets.
        return {Status::Failed,
                {},
                tr("%1 is damaged (%2).").arg(file.fileName(), error.errorString())};
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        secrets->insert(it.key(), it.value().toString());
    return {Status::Ok, {}, {}};
}

CredentialStore::Result FileCredentialStore::save(const QHash<QString, QString> &secrets) const
{
    if (!QFileInfo::exists(m_directory)) {
        QDir().mkpath(QFileInfo(m_directory).absolutePath());
        if (!QDir().mkdir(m_directory, kOwnerOnlyDir))
            return {Status::Failed, {}, tr("Cannot create %1.").arg(m_directory)};
    }
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    // A new file created 0600 (QFile::open with permissions creates it so), written, then
    // renamed over the old one: the secret is never in a file others may read, and a crash
    // leaves the old file or the new one, never half of one.
    const QString temporary = filePath() + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return {Status::Failed, {}, tr("Cannot write %1: %2").arg(temporary, file.errorString())};
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.remove();
        return {Status::Failed, {}, tr("Cannot write %1: %2").arg(temporary, file.errorString())};
    }
    file.close();
#ifdef Q_OS_WIN
    QFile::remove(filePath());
#endif
    // std::rename replaces the target atomically on POSIX; QFile::rename refuses to.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(filePath()).constData())
        != 0) {
        QFile::remove(temporary);
        return {Status::Failed, {}, tr("Cannot replace %1.").arg(filePath())};
    }
    return {Status::Ok, {}, {}};
}

void FileCredentialStore::answer(QObject *context, Callback done, const Result &result)
{
    // Asynchronous like every store, so callers do not come to rely on an immediate answer.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hadContext, done = std::move(done), result] {
        if (!hadContext || guard)
            done(result);
    });
}

void FileCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    QHash<QString, QString> secrets;
    Result result = load(&secrets);
    if (result.ok()) {
        const auto it = secrets.constFind(key);
        result = it == secrets.cend() ? Result{Status::NotFound, {}, tr("No credential is stored.")}
                                      : Result{Status::Ok, *it, {}};
    }
    answer(context, std::move(done), result);
}

void FileCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    QHash<QString, QString> secrets;
    Result result = load(&secrets);
    if (result.ok()) {
        secrets.insert(key, secret);
        result = save(secrets);
    }
    answer(context, std::move(done), result);
}

void FileCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    QHash<QString, QString> secrets;
    Result result = load(&secrets);
    if (result.ok() && secrets.remove(key) > 0)
        result = save(secrets);
    answer(context, std::move(done), result);
}
