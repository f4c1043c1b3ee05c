#pragma once

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

// A deliberately minimal Deepomatic for what the sandbox cannot do on purpose: it counts every
// request, can hold answers (to measure concurrency), answer a fixed status, or commit a create
// and then drop the connection, refuse the lookup by name, fail the next look-ups with a status,
// or drop the connection of the next reads by id.
class FakeDeepomatic : public QObject
{
public:
    enum class CreateMode { Answer, CommitThenDrop };

    int hits = 0;
    int creates = 0;
    int lookups = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    int holdMs = 0;
    int fixedStatus = 0; // answered to every request when set
    QByteArray retryAfter; // sent with fixedStatus
    bool lookupSupported = true;
    int lookupFailures = 0; // the next look-ups by name answer lookupFailureStatus
    int lookupFailureStatus = 500;
    int droppedReads = 0; // the next GETs by id are closed without an answer
    CreateMode createMode = CreateMode::Answer;
    QStringList paths; // in arrival order
    QList<QJsonObject> workOrders;

    quint16 start()
    {
        m_http.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, std::move(responder));
            });
        return m_http.listen(QHostAddress::LocalHost, 0);
    }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        ++hits;
        paths << request.url().path() + u'?' + request.url().query();
        const bool create = request.method() == QHttpServerRequest::Method::Post;
        if (create)
            ++creates;
        if (fixedStatus) {
            QHttpServerResponse r(QJsonObject{{QStringLiteral("detail"), QStringLiteral("no")}},
                                  static_cast<QHttpServerResponder::StatusCode>(fixedStatus));
            if (!retryAfter.isEmpty())
                r.addHeader(QByteArrayLiteral("Retry-After"), retryAfter);
            answer(std::move(r), std::move(responder));
            return;
        }
        if (create) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            QJsonObject wo{
                {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("name"), body.value(QStringLiteral("name"))},
                {QStringLiteral("progress_score"), 0},
                {QStringLiteral("create_date"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
            workOrders << wo;
            if (createMode == CreateMode::CommitThenDrop) {
                responder.socket()->abort(); // committed; the answer is lost
                return;
            }
            answer(QHttpServerResponse(wo, QHttpServerResponder::StatusCode::Created),
                   std::move(responder));
            return;
        }
        const QUrlQuery query(request.url());
        if (query.hasQueryItem(QStringLiteral("name"))) {
            ++lookups;
            if (lookupFailures > 0) {
                --lookupFailures;
                answer(QHttpServerResponse(
                           QJsonObject{{QStringLiteral("detail"), QStringLiteral("Refused.")}},
                           static_cast<QHttpServerResponder::StatusCode>(lookupFailureStatus)),
                       std::move(responder));
                return;
            }
            if (!lookupSupported) {
                answer(QHttpServerResponse(
                           QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}},
                           QHttpServerResponder::StatusCode::NotFound),
                       std::move(responder));
                return;
            }
            const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
            QJsonArray results;
            for (const QJsonObject &wo : std::as_const(workOrders)) {
                if (wo.value(QStringLiteral("name")).toString() == name)
                    results << wo;
            }
            answer(QHttpServerResponse(QJsonObject{{QStringLiteral("count"), results.size()},
                                                   {QStringLiteral("next"), QJsonValue::Null},
                                                   {QStringLiteral("results"), results}}),
                   std::move(responder));
            return;
        }
        if (droppedReads > 0) {
            --droppedReads;
            responder.socket()->abort();
            return;
        }
        // GET /v0.2/work-orders/{id}/: whatever id was asked for exists.
        const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
        answer(QHttpServerResponse(QJsonObject{{QStringLiteral("id"), segments.value(2)},
                                               {QStringLiteral("name"), QStringLiteral("x")},
                                               {QStringLiteral("progress_score"), 0}}),
               std::move(responder));
    }

    void answer(QHttpServerResponse &&response, QHttpServerResponder &&responder)
    {
        ++inFlight;
        maxInFlight = qMax(maxInFlight, inFlight);
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        auto body = std::make_shared<QHttpServerResponse>(std::move(response));
        const QPointer<QTcpSocket> socket = held->socket();
        QTimer::singleShot(holdMs, Qt::PreciseTimer, this, [this, held, body, socket] {
            --inFlight;
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                body->write(std::move(*held));
        });
    }

    QHttpServer m_http;
};
