#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
    default:
        return false;
    }
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http: {
        QString text = detail;
        for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
            if (!text.isEmpty())
                text += u' ';
            text += QStringLiteral("%1: %2").arg(it.key(), it.value().join(u' '));
        }
        if (text.isEmpty())
            text = tr("no details given");
        return tr("%1: %2").arg(httpStatus).arg(text);
    }
    case Kind::Network:
        return tr("Cannot reach %1: %2").arg(host.isEmpty() ? tr("the server") : host, detail);
    case Kind::Timeout:
        return tr("%1 did not answer in time.").arg(host.isEmpty() ? tr("The server") : host);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2")
            .arg(host.isEmpty() ? tr("the server") : host, detail);
    case Kind::MalformedResponse:
        return tr("Unexpected answer from the server: %1").arg(detail);
    case Kind::Cancelled:
        return detail.isEmpty() ? tr("Cancelled.") : tr("Cancelled: %1").arg(detail);
    case Kind::InDoubt:
        return tr("The work order may or may not exist in Deepomatic (%1). Check it in "
                  "Deepomatic before creating it again.")
            .arg(detail);
    case Kind::InvalidRequest:
        return detail;
    }
    return detail;
}

QString ApiError::code() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        if (httpStatus == 401 || httpStatus == 403)
            return QStringLiteral("unauthorized");
        if (httpStatus == 429)
            return QStringLiteral("rate_limited");
        if (httpStatus >= 500)
            return QStringLiteral("server_error");
        return QStringLiteral("rejected");
    case Kind::Network:
        return QStringLiteral("site_unreachable");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InDoubt:
        return QStringLiteral("in_doubt");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid_input");
    }
    return QStringLiteral("invalid_input");
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return error;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("detail")) {
            error.detail = it.value().toString();
            continue;
        }
        QStringList messages;
        if (it.value().isArray()) {
            for (const QJsonValue v : it.value().toArray())
                messages << v.toString();
        } else if (it.value().isString()) {
            messages << it.value().toString();
        }
        if (!messages.isEmpty())
            error.fieldErrors.insert(it.key(), messages);
    }
    return error;
}

ApiError ApiError::malformed(const QString &what)
{
    ApiError error;
    error.kind = Kind::MalformedResponse;
    error.detail = what;
    return error;
}

ApiError ApiError::invalidRequest(const QString &why)
{
    ApiError error;
    error.kind = Kind::InvalidRequest;
    error.detail = why;
    return error;
}

ApiError ApiError::inDoubt(const QString &why)
{
    ApiError error;
    error.kind = Kind::InDoubt;
    error.detail = why;
    return error;
}
