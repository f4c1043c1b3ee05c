#pragma once

#include "apierror.h"
#include "remoteworkorder.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The Deepomatic v0.2 REST client. Each call takes a context object: when it is destroyed
// before the answer arrives, the callback is not run. The token is held in memory only and
// never written to a log line.
class DeepomaticClient : public QObject
{
    Q_OBJECT
public:
    using WorkOrderCallback = std::function<void(const RemoteWorkOrder &, const ApiError &)>;

    explicit DeepomaticClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &apiBaseUrl); // e.g. https://api.…/v0.2/
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // POST /v0.2/work-orders/ — the body comes from WorkOrder::toCreateRequest().
    QNetworkReply *createWorkOrder(const QJsonObject &body, QObject *context,
                                   WorkOrderCallback done);
    // GET /v0.2/work-orders/{id}/?include_inputs=…
    QNetworkReply *getWorkOrder(const QString &id, bool includeInputs, QObject *context,
                                WorkOrderCallback done);

    QUrl endpoint(const QString &path) const;

signals:
    // Every finished request, for the connectivity indicator: ok is false only for failures
    // where the server could not be reached at all.
    void reachabilityObserved(bool reachable);

private:
    using RawCallback = std::function<void(int status, const QByteArray &body, ApiError error)>;
    QNetworkReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        QObject *context, RawCallback done);
    void finishWorkOrder(int status, const QByteArray &body, ApiError error,
                         const WorkOrderCallback &done);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
};
