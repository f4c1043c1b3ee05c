#include "closurereportsender.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

Q_LOGGING_CATEGORY(lcReports, "fieldconnect.reports")

ClosureReportSender::ClosureReportSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ClosureReportSender::send(const QUrl &url, const QJsonObject &report, QObject *context,
                               Callback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key",
                         report.value(QLatin1String("report_id")).toString().toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(report).toJson(QJsonDocument::Compact));
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, hadContext, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ApiError error;
        error.host = reply->url().host();
        if (status != 0 && (status < 200 || status >= 300)) {
            error = ApiError::fromHttp(status, reply->readAll());
            error.host = reply->url().host();
        } else if (reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError) {
            error.kind = ApiError::Kind::Timeout; // setTransferTimeout aborts this way
        } else if (reply->error() != QNetworkReply::NoError) {
            error.kind = reply->error() == QNetworkReply::SslHandshakeFailedError
                             ? ApiError::Kind::Tls
                             : ApiError::Kind::Network;
            error.detail = reply->errorString();
        }
        emit reachabilityObserved(error.kind != ApiError::Kind::Network
                                  && error.kind != ApiError::Kind::Timeout);
        if (error.isError())
            qCInfo(lcReports) << "closure report to" << error.host << "failed:" << error.message();
        if (hadContext && !guard)
            return;
        done(error);
    });
}
