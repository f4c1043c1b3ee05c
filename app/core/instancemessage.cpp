#include "instancemessage.h"

#include "callbackuri.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QByteArray compactLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> objectOf(const QByteArray &line)
{
    if (line.size() > InstanceMessage::MaxLineBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

QByteArray InstanceMessage::Reply::toLine() const
{
    return compactLine({{QStringLiteral("accepted"), accepted},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("verification_pending"), verificationPending}});
}

QJsonObject InstanceMessage::Reply::toJson() const
{
    QJsonObject line{{QStringLiteral("event"), accepted ? QStringLiteral("callback_accepted")
                                                        : QStringLiteral("callback_rejected")},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("message"), message}};
    if (accepted)
        line.insert(QStringLiteral("verification"),
                    verificationPending ? QStringLiteral("pending") : QStringLiteral("not_needed"));
    return line;
}

std::optional<InstanceMessage::Reply> InstanceMessage::Reply::fromLine(const QByteArray &line)
{
    const auto object = objectOf(line);
    if (!object || !object->value(QStringLiteral("accepted")).isBool()
        || !object->value(QStringLiteral("code")).isString())
        return std::nullopt;
    Reply reply;
    reply.accepted = object->value(QStringLiteral("accepted")).toBool();
    reply.code = object->value(QStringLiteral("code")).toString();
    reply.message = object->value(QStringLiteral("message")).toString();
    reply.verificationPending = object->value(QStringLiteral("verification_pending")).toBool();
    if (reply.code.isEmpty())
        return std::nullopt;
    return reply;
}

InstanceMessage::Reply InstanceMessage::Reply::refused(const QString &code, const QString &message)
{
    Reply reply;
    reply.code = code;
    reply.message = message;
    return reply;
}

QByteArray InstanceMessage::requestLine(const QUrl &callbackUrl)
{
    return compactLine({{QStringLiteral("callback"), callbackUrl.toString(QUrl::FullyEncoded)}});
}

InstanceMessage::Request InstanceMessage::readRequest(const QByteArray &line)
{
    Request request;
    const auto object = objectOf(line);
    const QJsonValue value =
        object ? object->value(QStringLiteral("callback")) : QJsonValue(QJsonValue::Undefined);
    if (!value.isString() || object->size() != 1) {
        request.code = QStringLiteral("malformed_message");
        request.error = tr("The message from the other FieldConnect process could not be read.");
        return request;
    }
    request.url = QUrl(value.toString(), QUrl::StrictMode);
    if (!isCallbackUrl(request.url)) {
        request.code = QStringLiteral("not_a_callback");
        request.error = tr("Only a fieldconnect://callback/ URL can be handed to FieldConnect.");
    }
    return request;
}

bool InstanceMessage::isCallbackUrl(const QUrl &url)
{
    return url.isValid()
           && url.scheme().compare(QLatin1String(CallbackUri::Scheme), Qt::CaseInsensitive) == 0
           && url.host().compare(QLatin1String(CallbackUri::Host), Qt::CaseInsensitive) == 0;
}

QString InstanceMessage::serverKey(const QString &user, const QString &dataDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(user.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(QDir::cleanPath(dataDir).toUtf8());
    return QStringLiteral("fieldconnect-") + QString::fromLatin1(hash.result().toHex().left(24));
}

QString InstanceMessage::serverName(const QString &user, const QString &dataDir,
                                    const QString &runtimeDir)
{
    const QString key = serverKey(user, dataDir);
    if (runtimeDir.isEmpty())
        return key;
    const QString path = QDir(runtimeDir).filePath(key);
    return QFile::encodeName(path).size() <= MaxSocketPathBytes ? path : key;
}
