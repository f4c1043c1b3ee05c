#include "deepomaticclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApi, "fieldconnect.api")

namespace {
const char *const kTimedOutProperty = "fieldconnect_timed_out";
}

DeepomaticClient::DeepomaticClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The API answers fast or not at all; redirects are not part of its contract.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void DeepomaticClient::setBaseUrl(const QUrl &apiBaseUrl)
{
    m_baseUrl = apiBaseUrl;
    QString path = m_baseUrl.path();
    if (!path.endsWith(u'/'))
        m_baseUrl.setPath(path + u'/');
}

QUrl DeepomaticClient::endpoint(const QString &path) const
{
    return m_baseUrl.resolved(QUrl(path));
}

QNetworkReply *DeepomaticClient::createWorkOrder(const QJsonObject &body, QObject *context,
                                                 WorkOrderCallback done)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send("POST", endpoint(QStringLiteral("work-orders/")), json, context,
                [this, done](int status, const QByteArray &bytes, ApiError error) {
                    finishWorkOrder(status, bytes, error, done);
                });
}

QNetworkReply *DeepomaticClient::getWorkOrder(const QString &id, bool includeInputs,
                                              QObject *context, WorkOrderCallback done)
{
    QUrl url = endpoint(
        QStringLiteral("work-orders/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_inputs"),
                       includeInputs ? QStringLiteral("true") : QStringLiteral("false"));
    url.setQuery(query);
    return send("GET", url, {}, context,
                [this, done](int status, const QByteArray &bytes, ApiError error) {
                    finishWorkOrder(status, bytes, error, done);
                });
}

void DeepomaticClient::finishWorkOrder(int status, const QByteArray &body, ApiError error,
                                       const WorkOrderCallback &done)
{
    if (error.isError()) {
        done({}, error);
        return;
    }
    Q_UNUSED(status)
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(body);
    if (!parsed.ok()) {
        ApiError malformed = ApiError::malformed(parsed.error);
        malformed.host = m_baseUrl.host();
        done({}, malformed);
        return;
    }
    done(parsed.workOrder, {});
}

QNetworkReply *DeepomaticClient::send(const QByteArray &verb, const QUrl &url,
                                      const QByteArray &body, QObject *context, RawCallback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Token " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply = body.isEmpty() && verb == "GET"
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, verb, body);
    qCDebug(lcApi) << verb << url.toDisplayString(QUrl::RemoveQuery);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    timer->start(m_timeoutMs);

    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, hadContext, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        ApiError error;
        error.host = reply->url().host();
        const auto netError = reply->error();
        if (reply->property(kTimedOutProperty).toBool()) {
            error.kind = ApiError::Kind::Timeout;
        } else if (status != 0 && (status < 200 || status >= 300)) {
            error = ApiError::fromHttp(status, bytes);
            error.host = reply->url().host();
        } else if (netError == QNetworkReply::OperationCanceledError) {
            error.kind = ApiError::Kind::Cancelled;
        } else if (netError == QNetworkReply::SslHandshakeFailedError) {
            error.kind = ApiError::Kind::Tls;
            error.detail = reply->errorString();
        } else if (netError != QNetworkReply::NoError) {
            error.kind = ApiError::Kind::Network;
            error.detail = reply->errorString();
        }
        if (error.isError())
            qCInfo(lcApi) << reply->operation() << reply->url().toDisplayString(QUrl::RemoveQuery)
                          << "failed:" << error.message();
        emit reachabilityObserved(error.kind != ApiError::Kind::Network
                                  && error.kind != ApiError::Kind::Timeout);
        if (hadContext && !guard)
            return;
        done(status, bytes, error);
    });
    return reply;
}
