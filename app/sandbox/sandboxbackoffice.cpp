#include "sandboxbackoffice.h"

#include "sandboxlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

void SandboxBackOffice::setFile(const QString &file)
{
    m_file = file;
}

bool SandboxBackOffice::load(QString *error)
{
    m_received.clear();
    if (m_file.isEmpty() || !QFile::exists(m_file))
        return true;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(m_file, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error =
            QStringLiteral("%1 is not a closure list: %2").arg(m_file, parseError.errorString());
        return false;
    }
    for (const QJsonValue v : doc.object().value(QLatin1String("results")).toArray()) {
        const QJsonObject o = v.toObject();
        m_received << Received{
            QDateTime::fromString(o.value(QLatin1String("received_at")).toString(),
                                  Qt::ISODateWithMs),
            o.value(QLatin1String("report")).toObject(),
            o.value(QLatin1String("idempotency_key")).toString()};
    }
    return true;
}

bool SandboxBackOffice::receive(const QByteArray &body, const QByteArray &idempotencyKey,
                                QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("JSON parse error - %1 (char %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : QStringLiteral("Invalid data. Expected a dictionary.");
        return false;
    }
    m_received << Received{QDateTime::currentDateTimeUtc(), doc.object(),
                           QString::fromUtf8(idempotencyKey)};
    save();
    return true;
}

QJsonObject SandboxBackOffice::listing() const
{
    QJsonArray results;
    for (const Received &r : m_received)
        results.append(
            QJsonObject{{QStringLiteral("received_at"), r.time.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("idempotency_key"), r.idempotencyKey},
                        {QStringLiteral("report"), r.report}});
    return {{QStringLiteral("count"), int(m_received.size())},
            {QStringLiteral("results"), results}};
}

void SandboxBackOffice::save() const
{
    if (m_file.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(listing()).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        qCWarning(lcSandbox, "Cannot save the closure reports to %s: %s", qPrintable(m_file),
                  qPrintable(file.errorString()));
}
