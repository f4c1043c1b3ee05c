#include "sandboxsessions.h"

#include "sandboxlogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

void SandboxSessions::setFile(const QString &path)
{
    m_file = path;
    load();
}

QString SandboxSessions::hash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString SandboxSessions::create(const QString &email)
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
    // Expired sessions go when a new one comes: the table stays as small as the live ones.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = it->expires <= now ? m_sessions.erase(it) : std::next(it);
    m_sessions.insert(hash(token), {email, now.addSecs(m_lifetime)});
    save();
    return token;
}

QString SandboxSessions::userOf(const QString &token) const
{
    // A token is 64 hex characters; anything else is not worth hashing.
    if (token.size() != 64)
        return {};
    const auto it = m_sessions.constFind(hash(token));
    if (it == m_sessions.cend() || it->expires <= QDateTime::currentDateTimeUtc())
        return {};
    return it->email;
}

QDateTime SandboxSessions::expiryOf(const QString &token) const
{
    return m_sessions.value(hash(token)).expires;
}

void SandboxSessions::remove(const QString &token)
{
    if (m_sessions.remove(hash(token)) > 0)
        save();
}

void SandboxSessions::expireAll()
{
    m_sessions.clear();
    save();
}

int SandboxSessions::count() const
{
    return int(m_sessions.size());
}

void SandboxSessions::load()
{
    m_sessions.clear();
    QFile file(m_file);
    if (m_file.isEmpty() || !file.exists())
        return;
    QJsonParseError error;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(file.readAll(), &error)
                                  : QJsonDocument();
    if (!doc.isObject()) {
        qCWarning(lcSandbox, "Ignoring the sessions file %s: not a JSON object",
                  qPrintable(m_file));
        return;
    }
    const QJsonObject sessions = doc.object();
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        const QDateTime expires =
            QDateTime::fromString(s.value(QLatin1String("expires")).toString(), Qt::ISODate);
        const QString email = s.value(QLatin1String("email")).toString();
        if (it.key().size() == 64 && expires.isValid() && !email.isEmpty())
            m_sessions.insert(it.key(), {email, expires});
    }
}

void SandboxSessions::save() const
{
    if (m_file.isEmpty())
        return;
    QJsonObject sessions;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        sessions.insert(it.key(), QJsonObject{{QStringLiteral("email"), it->email},
                                              {QStringLiteral("expires"),
                                               it->expires.toUTC().toString(Qt::ISODate)}});
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(sessions).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcSandbox, "Cannot save the sandbox sessions to %s: %s", qPrintable(m_file),
                  qPrintable(file.errorString()));
}
