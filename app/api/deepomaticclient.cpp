#include "deepomaticclient.h"

#include "oneshotuploaddevice.h"
#include "urlorigin.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <limits>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcApi, "fieldconnect.api")

namespace {
const char *const kTimedOutProperty = "fieldconnect_timed_out";
const char *const kTlsErrorsProperty = "fieldconnect_tls_errors";
const char *const kTooLargeProperty = "fieldconnect_too_large";
// A listing longer than this is not followed: it is not the short answer a lookup expects.
constexpr int kMaxPages = 50;

// What a parser ignored in an accepted answer (a malformed outcome_validation): logged, never
// fatal, so the integrator can tell why a task shows a value without a verdict.
void logIgnored(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        qCWarning(lcApi).noquote() << "Ignored in the answer:" << warning;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// QNAM says "Unknown error" for a connection closed without an answer.
QString describe(QNetworkReply::NetworkError error, const QString &text)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return DeepomaticClient::tr("the server closed the connection without answering");
    case QNetworkReply::ConnectionRefusedError:
        return DeepomaticClient::tr("the connection was refused");
    case QNetworkReply::HostNotFoundError:
        return DeepomaticClient::tr("the host name is unknown");
    default:
        return text;
    }
}

} // namespace

template<typename T, typename Parse, typename Callback>
void DeepomaticClient::bind(ApiCall *call, std::shared_ptr<T> result, Parse parse, Callback done)
{
    call->m_parse = [result, parse](int status, const QByteArray &body) {
        return parse(status, body, result.get());
    };
    call->m_deliver = [result, done](const ApiError &error) {
        done(error.isError() ? T() : *result, error);
    };
}

DeepomaticClient::DeepomaticClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The API answers fast or not at all; redirects are not part of its contract.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

DeepomaticClient::~DeepomaticClient()
{
    // Replies die with the access manager; calls still running end without a callback.
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly)) {
        call->m_stage = ApiCall::Stage::Finished;
        call->m_reply = nullptr;
    }
}

void DeepomaticClient::setBaseUrl(const QUrl &apiBaseUrl)
{
    m_baseUrl = apiBaseUrl;
    QString path = m_baseUrl.path();
    if (!path.endsWith(u'/'))
        m_baseUrl.setPath(path + u'/');
}

void DeepomaticClient::setToken(const QString &token)
{
    m_token = token;
    if (token.isEmpty())
        return;
    m_tokenGate = TokenGate::Open;
    m_missingTokenReason.clear();
    pump();
}

void DeepomaticClient::holdUntilToken()
{
    m_token.clear();
    m_tokenGate = TokenGate::Waiting;
    m_missingTokenReason.clear();
}

void DeepomaticClient::releaseWithoutToken(const QString &why)
{
    m_tokenGate = TokenGate::Missing;
    m_missingTokenReason = why;
    pump();
}

void DeepomaticClient::setTlsOverrides(const QList<SiteProfile::TlsOverride> &overrides)
{
    m_tlsOverrides = overrides;
    // A kept-alive connection accepted under the previous pins is never asked again: drop it,
    // so every certificate is judged against the pins in force.
    m_network->clearConnectionCache();
}

void DeepomaticClient::setPhotoHosts(const QStringList &hosts)
{
    m_photoHosts.clear();
    for (const QString &host : hosts)
        m_photoHosts << host.toLower();
}

bool DeepomaticClient::allowsPhotoFrom(const QUrl &url) const
{
    if (!SiteProfile::isAcceptableServiceUrl(url))
        return false;
    const QString host = url.host().toLower();
    return host == m_baseUrl.host().toLower() || m_photoHosts.contains(host);
}

void DeepomaticClient::setMaxInFlight(int requests)
{
    m_maxInFlight = qMax(1, requests);
    pump();
}

int DeepomaticClient::attemptTimeout(qint64 bodyBytes) const
{
    // A budget scaled by the body, not an inactivity timer (QNetworkRequest::setTransferTimeout):
    // upload progress counts bytes handed to the operating system, whose socket buffers hold
    // megabytes, so a slow link shows no progress for a long while after the last write and an
    // inactivity timer would cut exactly the slow uploads it should spare. The budget is
    // predictable, the same on loopback as on a tablet's modem, and still ends a stalled request.
    const qint64 upload = qMax<qint64>(0, bodyBytes) * 1000 / m_slowestUploadRate;
    return int(qMin<qint64>(m_timeoutMs + upload, std::numeric_limits<int>::max()));
}

QUrl DeepomaticClient::endpoint(const QString &path) const
{
    return m_baseUrl.resolved(QUrl(path));
}

QUrl DeepomaticClient::workOrderUrl(const QString &id, const QString &suffix) const
{
    return endpoint(QStringLiteral("work-orders/%1/%2").arg(encoded(id), suffix));
}

// ---- endpoints ---------------------------------------------------------------------------------

ApiCall *DeepomaticClient::createWorkOrder(const QJsonObject &body, QObject *context,
                                           WorkOrderCallback done)
{
    ApiCall *call = newCall(ApiCall::Mode::Create, "POST", endpoint(QStringLiteral("work-orders/")),
                            QJsonDocument(body).toJson(QJsonDocument::Compact), context);
    call->m_createName = body.value(QLatin1String("name")).toString();
    auto result = std::make_shared<RemoteWorkOrder>();
    bind(
        call, result,
        [](int, const QByteArray &bytes, RemoteWorkOrder *wo) {
            const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(bytes);
            if (parsed.ok())
                *wo = parsed.workOrder;
            return parsed.error;
        },
        done);
    call->m_adopt = [result](const RemoteWorkOrder &found) { *result = found; };
    return start(call);
}

ApiCall *DeepomaticClient::getWorkOrder(const QString &id, bool includeInputs, QObject *context,
                                        WorkOrderCallback done)
{
    QUrl url = workOrderUrl(id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_inputs"),
                       includeInputs ? QStringLiteral("true") : QStringLiteral("false"));
    url.setQuery(query);
    ApiCall *call = newCall(ApiCall::Mode::Idempotent, "GET", url, {}, context);
    bind(
        call, std::make_shared<RemoteWorkOrder>(),
        [id](int, const QByteArray &bytes, RemoteWorkOrder *wo) {
            const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(bytes);
            if (!parsed.ok())
                return parsed.error;
            logIgnored(parsed.warnings);
            const QUuid asked = QUuid::fromString(id);
            if (!asked.isNull() && asked != QUuid::fromString(parsed.workOrder.id))
                return tr("The server answered with work order %1 instead of %2.")
                    .arg(parsed.workOrder.id, id);
            *wo = parsed.workOrder;
            return QString();
        },
        done);
    if (id.isEmpty())
        return refuse(call, ApiError::invalidRequest(tr("No work order id was given.")));
    return start(call);
}

ApiCall *DeepomaticClient::updateWorkOrder(const QString &id, const QJsonObject &changes,
                                           QObject *context, WorkOrderCallback done)
{
    ApiCall *call = newCall(ApiCall::Mode::Idempotent, "PATCH", workOrderUrl(id),
                            QJsonDocument(changes).toJson(QJsonDocument::Compact), context);
    bind(
        call, std::make_shared<RemoteWorkOrder>(),
        [](int, const QByteArray &bytes, RemoteWorkOrder *wo) {
            const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(bytes);
            if (parsed.ok())
                *wo = parsed.workOrder;
            return parsed.error;
        },
        done);
    if (id.isEmpty())
        return refuse(call, ApiError::invalidRequest(tr("No work order id was given.")));
    return start(call);
}

ApiCall *DeepomaticClient::deleteWorkOrder(const QString &id, QObject *context, DeleteCallback done)
{
    ApiCall *call = newCall(ApiCall::Mode::Idempotent, "DELETE", workOrderUrl(id), {}, context);
    call->m_parse = [](int, const QByteArray &) { return QString(); };
    call->m_deliver = [id, done](const ApiError &error) { done(id, error); };
    if (id.isEmpty())
        return refuse(call, ApiError::invalidRequest(tr("No work order id was given.")));
    return start(call);
}

ApiCall *DeepomaticClient::findWorkOrdersByName(const QString &name, QObject *context,
                                                WorkOrderListCallback done)
{
    QUrl url = endpoint(QStringLiteral("work-orders/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), encoded(name));
    query.addQueryItem(QStringLiteral("include_inputs"), QStringLiteral("false"));
    url.setQuery(query);
    ApiCall *call = newCall(ApiCall::Mode::Idempotent, "GET", url, {}, context);
    auto pages = std::make_shared<int>(0);
    const QUrl base = m_baseUrl;
    bind(
        call, std::make_shared<QList<RemoteWorkOrder>>(),
        [call, name, pages, base](int, const QByteArray &bytes, QList<RemoteWorkOrder> *found) {
            const RemoteWorkOrder::ParsedList parsed = RemoteWorkOrder::listFromJson(bytes);
            if (!parsed.ok())
                return parsed.error;
            // The filter is the server's promise; the exact name is checked here all the same.
            for (const RemoteWorkOrder &wo : parsed.workOrders) {
                if (wo.name == name)
                    *found << wo;
            }
            return followNextPage(call, parsed.next, base, pages.get());
        },
        done);
    if (name.isEmpty())
        return refuse(call, ApiError::invalidRequest(tr("No work order name was given.")));
    return start(call);
}

QString DeepomaticClient::followNextPage(ApiCall *call, const QString &next, const QUrl &base,
                                         int *pages)
{
    if (next.isEmpty())
        return {};
    const QUrl url = call->m_url.resolved(QUrl(next));
    // A listing must stay on the API's host: a "next" elsewhere would carry the token away.
    if (!UrlOrigin::same(url, base))
        return tr("The next page is on another host (%1).").arg(url.host());
    if (++*pages >= kMaxPages)
        return tr("The list has more than %1 pages.").arg(kMaxPages);
    call->m_next = url;
    return {};
}

ApiCall *DeepomaticClient::listTaskGroups(QObject *context, TaskGroupListCallback done)
{
    ApiCall *call = newCall(ApiCall::Mode::Idempotent, "GET",
                            endpoint(QStringLiteral("task-groups/")), {}, context);
    auto pages = std::make_shared<int>(0);
    const QUrl base = m_baseUrl;
    bind(
        call, std::make_shared<QList<RemoteWorkOrder::TaskGroup>>(),
        [call, pages, base](int, const QByteArray &bytes,
                            QList<RemoteWorkOrder::TaskGroup> *groups) {
            const RemoteWorkOrder::ParsedTaskGroups parsed =
                RemoteWorkOrder::taskGroupsFromJson(bytes);
            if (!parsed.ok())
                return parsed.error;
            logIgnored(parsed.warnings);
            *groups << parsed.taskGroups;
            return followNextPage(call, parsed.next, base, pages.get());
        },
        done);
    return start(call);
}

ApiCall *DeepomaticClient::getTaskGroup(const QString &name, QObject *context,
                                        TaskGroupCallback done)
{
    ApiCall *call =
        newCall(ApiCall::Mode::Idempotent, "GET",
                endpoint(QStringLiteral("task-groups/%1/").arg(encoded(name))), {}, context);
    bind(
        call, std::make_shared<RemoteWorkOrder::TaskGroup>(),
        [name](int, const QByteArray &bytes, RemoteWorkOrder::TaskGroup *group) {
            QString error;
            const QJsonObject root = RemoteWorkOrder::rootObject(bytes, &error);
            if (!error.isEmpty())
                return error;
            QStringList ignored;
            *group = RemoteWorkOrder::taskGroupFromJson(root, QStringLiteral("task_group"), &error,
                                                        &ignored);
            logIgnored(ignored);
            if (error.isEmpty() && group->name != name)
                error = tr("The server answered with task group \"%1\" instead of \"%2\".")
                            .arg(group->name, name);
            return error;
        },
        done);
    if (name.isEmpty())
        return refuse(call, ApiError::invalidRequest(tr("No task group name was given.")));
    return start(call);
}

ApiCall *DeepomaticClient::analyze(const QString &workOrderId, const AnalyzeRequest &request,
                                   QObject *context, AnalyzeCallback done)
{
    // Each analyze call records one more input: never sent twice, retried only when the server
    // surely did not apply it.
    const QJsonObject body = request.toJson();
    ApiCall *call =
        newCall(ApiCall::Mode::Once, "POST", workOrderUrl(workOrderId, QStringLiteral("analyze/")),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                context);
    const QString group = request.taskGroupName();
    bind(
        call, std::make_shared<AnalyzeResult>(),
        [group](int, const QByteArray &bytes, AnalyzeResult *result) {
            const AnalyzeResult::Parsed parsed = AnalyzeResult::fromJson(bytes);
            if (!parsed.ok())
                return parsed.error;
            if (parsed.result.taskGroup.name != group)
                return tr("The server analysed the photo for \"%1\" instead of \"%2\".")
                    .arg(parsed.result.taskGroup.name, group);
            *result = parsed.result;
            return QString();
        },
        done);
    if (workOrderId.isEmpty())
        return refuse(call, ApiError::invalidRequest(tr("No work order id was given.")));
    if (!request.isValid())
        return refuse(call, ApiError::invalidRequest(request.error()));
    return start(call);
}

ApiCall *DeepomaticClient::correctTask(const QString &workOrderId, const QString &taskId,
                                       const QJsonValue &correctedValue, QObject *context,
                                       CorrectionCallback done)
{
    // Corrections are final: a second one is refused, so this is not sent twice either.
    const QJsonObject body{{QStringLiteral("corrected_value"), correctedValue}};
    ApiCall *call = newCall(
        ApiCall::Mode::Once, "PATCH",
        workOrderUrl(workOrderId, QStringLiteral("tasks/%1/correction/").arg(encoded(taskId))),
        QJsonDocument(body).toJson(QJsonDocument::Compact), context);
    bind(
        call, std::make_shared<TaskCorrection>(),
        [](int, const QByteArray &bytes, TaskCorrection *correction) {
            const TaskCorrection::Parsed parsed = TaskCorrection::fromJson(bytes);
            if (parsed.ok())
                *correction = parsed.correction;
            return parsed.error;
        },
        done);
    if (workOrderId.isEmpty() || taskId.isEmpty())
        return refuse(call, ApiError::invalidRequest(tr("No work order or task id was given.")));
    if (correctedValue.isUndefined() || correctedValue.isNull())
        return refuse(call, ApiError::invalidRequest(tr("No corrected value was given.")));
    return start(call);
}

ApiCall *DeepomaticClient::fetchPhoto(const QUrl &url, qint64 maxBytes, QObject *context,
                                      PhotoCallback done)
{
    ApiCall *call = newCall(ApiCall::Mode::Idempotent, "GET", url, {}, context);
    call->m_photo = true;
    call->m_maxBytes = maxBytes;
    auto bytes = std::make_shared<QByteArray>();
    call->m_parse = [bytes](int, const QByteArray &body) {
        *bytes = body;
        return QString();
    };
    call->m_deliver = [bytes, done](const ApiError &error) {
        done(error.isError() ? QByteArray() : *bytes, error);
    };
    if (!allowsPhotoFrom(url))
        return refuse(call,
                      ApiError::invalidRequest(
                          tr("The photo is on %1, which is neither the API's host nor one "
                             "of the photo hosts of this site.")
                              .arg(url.host().isEmpty() ? url.toDisplayString() : url.host())));
    return start(call);
}

// ---- the machinery -----------------------------------------------------------------------------

ApiCall *DeepomaticClient::newCall(ApiCall::Mode mode, const QByteArray &verb, const QUrl &url,
                                   const QByteArray &body, QObject *context)
{
    auto *call = new ApiCall(this);
    call->m_mode = mode;
    call->m_verb = verb;
    call->m_url = url;
    call->m_body = body;
    if (context) {
        call->m_context = context;
        call->m_hadContext = true;
        // Nobody is left to read the answer: stop the work too.
        connect(context, &QObject::destroyed, call, [call] {
            call->m_context = nullptr;
            call->cancel();
        });
    }
    const QPointer<ApiCall> guard(call);
    connect(call->m_backoff, &QTimer::timeout, this, [this, guard] {
        if (!guard || guard->m_stage != ApiCall::Stage::BackingOff)
            return;
        guard->m_stage = ApiCall::Stage::Queued;
        m_queue.prepend(guard); // admitted before anything queued since: it goes first
        pump();
    });
    return call;
}

ApiCall *DeepomaticClient::start(ApiCall *call)
{
    if (m_tokenGate == TokenGate::Missing)
        return refuse(call, ApiError::invalidRequest(m_missingTokenReason));
    call->m_stage = ApiCall::Stage::Queued;
    m_queue.append(call);
    pump();
    return call;
}

ApiCall *DeepomaticClient::refuse(ApiCall *call, const ApiError &error)
{
    // Later, so the caller holds the handle before its callback runs.
    const QPointer<ApiCall> guard(call);
    QTimer::singleShot(0, this, [this, guard, error] {
        if (guard)
            finish(guard, error);
    });
    return call;
}

void DeepomaticClient::pump()
{
    if (m_tokenGate == TokenGate::Waiting)
        return;
    if (m_tokenGate == TokenGate::Missing) {
        // A retry coming back from its back-off is refused like a new call.
        const QList<QPointer<ApiCall>> waiting = std::exchange(m_queue, {});
        for (const QPointer<ApiCall> &call : waiting) {
            if (call && call->m_stage == ApiCall::Stage::Queued)
                finish(call, ApiError::invalidRequest(m_missingTokenReason));
        }
        return;
    }
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const QPointer<ApiCall> call = m_queue.takeFirst();
        if (call && call->m_stage == ApiCall::Stage::Queued)
            sendAttempt(call);
    }
}

void DeepomaticClient::sendAttempt(ApiCall *call)
{
    ++call->m_attempts;
    if (!call->m_elapsed.isValid())
        call->m_elapsed.start();

    QNetworkRequest request(call->m_url);
    request.setRawHeader("Accept", call->m_photo ? "image/*, application/pdf" : "application/json");
    // The token is the site's key: only the API's own origin ever sees it (a photo's signed URL
    // on a storage host carries its own credentials).
    if (!m_token.isEmpty() && (!call->m_photo || UrlOrigin::same(call->m_url, m_baseUrl)))
        request.setRawHeader("Authorization", "Token " + m_token.toUtf8());
    // HTTP/1.1 with keep-alive; one request per connection at a time.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const bool hasBody = call->m_verb == "POST" || call->m_verb == "PATCH";
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    QNetworkReply *reply = nullptr;
    if (hasBody && call->m_mode != ApiCall::Mode::Idempotent) {
        // Not resettable and not buffered by QNAM: its silent re-send cannot happen (see
        // OneShotUploadDevice). Content-Length is required for QNAM to stream it unbuffered.
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotUploadDevice(call->m_body);
        reply = m_network->sendCustomRequest(request, call->m_verb, device);
        device->setParent(reply);
    } else if (call->m_verb == "GET") {
        reply = m_network->get(request);
    } else {
        reply = m_network->sendCustomRequest(request, call->m_verb, call->m_body);
    }
    ++m_inFlight;
    call->m_stage = ApiCall::Stage::InFlight;
    call->m_reply = reply;
    qCDebug(lcApi) << call->m_verb << call->m_url.toDisplayString(QUrl::RemoveQuery) << "attempt"
                   << call->m_attempts;

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    timer->start(attemptTimeout(call->m_body.size()));
    if (call->m_maxBytes > 0) {
        const qint64 limit = call->m_maxBytes;
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply, limit](qint64 received) {
            if (received > limit) {
                reply->setProperty(kTooLargeProperty, true);
                reply->abort();
            }
        });
    }
    // Ignored only for the pinned certificate of this very host; otherwise the reply fails with
    // SslHandshakeFailedError and the reasons are kept for the user.
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        const QString host = reply->url().host();
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        const QByteArray sha256 =
            leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256);
        // The rule lives in core, with the deployment file that states the pins.
        SiteProfile pins;
        pins.tlsOverrides = m_tlsOverrides;
        if (!sha256.isEmpty() && pins.tlsOverrideMatches(host, sha256)) {
            qCInfo(lcApi) << "Accepted the certificate pinned for" << host;
            reply->ignoreSslErrors(errors);
            return;
        }
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        for (const SiteProfile::TlsOverride &o : std::as_const(m_tlsOverrides)) {
            if (o.host.compare(host, Qt::CaseInsensitive) == 0) {
                reasons << tr("its SHA-256 fingerprint %1 is not the one configured for %2")
                               .arg(QString::fromLatin1(sha256.toHex(':')), host);
                break;
            }
        }
        reply->setProperty(kTlsErrorsProperty, reasons.join(QStringLiteral("; ")));
    });
    const QPointer<ApiCall> guard(call);
    connect(reply, &QNetworkReply::finished, this,
            [this, guard, reply] { onReplyFinished(guard, reply); });
}

void DeepomaticClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    --m_inFlight;
    reply->deleteLater();
    if (!call || call->isFinished() || call->m_reply != reply) {
        pump();
        return;
    }
    call->m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (timeout) is closed: reading it would only warn.
    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
    const auto netError = reply->error();
    ApiError error;
    error.host = reply->url().host();
    bool surelyNotApplied = false;
    if (reply->property(kTimedOutProperty).toBool()) {
        error.kind = ApiError::Kind::Timeout;
    } else if (reply->property(kTooLargeProperty).toBool()) {
        error = ApiError::invalidRequest(
            tr("The file is larger than %1 MB.").arg(call->m_maxBytes / 1024 / 1024));
        error.host = reply->url().host();
    } else if (status != 0 && (status < 200 || status >= 300)) {
        error = ApiError::fromHttp(status, bytes);
        error.host = reply->url().host();
        // 429 and 503 say "not now": the request was not processed.
        surelyNotApplied = status == 429 || status == 503;
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        error.kind = ApiError::Kind::Tls;
        error.detail = reply->property(kTlsErrorsProperty).toString();
        if (error.detail.isEmpty())
            error.detail = reply->errorString();
        surelyNotApplied = true;
    } else if (netError != QNetworkReply::NoError) {
        error.kind = ApiError::Kind::Network;
        error.detail = describe(netError, reply->errorString());
        surelyNotApplied = netError == QNetworkReply::ConnectionRefusedError
                           || netError == QNetworkReply::HostNotFoundError;
    }
    if (error.isError()) {
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (const auto ms =
                RetryPolicy::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()))
            error.retryAfterMs = *ms;
        qCInfo(lcApi) << call->m_verb << call->m_url.toDisplayString(QUrl::RemoveQuery) << "attempt"
                      << call->m_attempts << "failed:" << error.message();
    }
    emit reachabilityObserved(error.kind != ApiError::Kind::Network
                              && error.kind != ApiError::Kind::Timeout);

    if (!error.isError()) {
        const QString parseError = call->m_parse ? call->m_parse(status, bytes) : QString();
        if (!parseError.isEmpty()) {
            ApiError malformed = ApiError::malformed(parseError);
            malformed.host = error.host;
            if (call->m_mode == ApiCall::Mode::Create)
                resolveUncertainCreate(call, malformed); // 2xx: something was created
            // A cut or garbled body (a proxy, a lost connection) may read fine next time, and
            // reading again changes nothing.
            else if (call->m_mode != ApiCall::Mode::Idempotent || !scheduleRetry(call, malformed))
                finish(call, malformed);
        } else if (call->m_next.isValid()) {
            call->m_url = call->m_next;
            call->m_next = QUrl();
            call->m_stage = ApiCall::Stage::Queued;
            m_queue.prepend(call);
        } else {
            finish(call, {});
        }
    } else {
        onFailure(call, error, surelyNotApplied);
    }
    pump();
}

void DeepomaticClient::onFailure(ApiCall *call, const ApiError &error, bool surelyNotApplied)
{
    // Sent, and no answer that says what happened: the server may have applied it.
    const bool uncertain =
        !surelyNotApplied
        && (error.kind == ApiError::Kind::Timeout
            || error.kind == ApiError::Kind::Network
            // A 5xx other than 503 may come after the server applied the request.
            || (error.kind == ApiError::Kind::Http && error.httpStatus >= 500
                && error.httpStatus <= 599));
    switch (call->m_mode) {
    case ApiCall::Mode::Idempotent:
        if (call->m_verb == "DELETE" && call->m_maybeApplied && error.httpStatus == 404) {
            finish(call, {}); // an earlier attempt deleted it and its answer was lost
            return;
        }
        call->m_maybeApplied = call->m_maybeApplied || uncertain;
        if (error.isTransient() && scheduleRetry(call, error))
            return;
        break;
    case ApiCall::Mode::Once:
        if (surelyNotApplied && error.isTransient() && scheduleRetry(call, error))
            return;
        break;
    case ApiCall::Mode::Create:
        if (uncertain) {
            resolveUncertainCreate(call, error);
            return;
        }
        if (surelyNotApplied && error.isTransient() && scheduleRetry(call, error))
            return;
        break;
    }
    finish(call, error);
}

bool DeepomaticClient::scheduleRetry(ApiCall *call, const ApiError &error)
{
    const qint64 delay = m_policy.delayFor(
        call->m_attempts,
        error.retryAfterMs >= 0 ? std::optional<qint64>(error.retryAfterMs) : std::nullopt,
        QRandomGenerator::global()->generateDouble());
    if (!m_policy.allowsRetry(call->m_attempts, call->m_elapsed.elapsed(), delay))
        return false;
    qCInfo(lcApi) << call->m_verb << call->m_url.toDisplayString(QUrl::RemoveQuery) << "retry in"
                  << delay << "ms";
    call->m_stage = ApiCall::Stage::BackingOff;
    call->m_backoff->start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
    return true;
}

void DeepomaticClient::resolveUncertainCreate(ApiCall *call, const ApiError &error)
{
    call->m_maybeApplied = true;
    if (!m_lookupByName || call->m_createName.isEmpty()) {
        finish(call, ApiError::inDoubt(tr("the request was sent but no usable answer came back "
                                          "(%1), and this site cannot be searched by name")
                                           .arg(error.message())));
        return;
    }
    qCInfo(lcApi) << "Looking up the work order an uncertain create may have made";
    call->m_stage = ApiCall::Stage::LookingUp;
    const QPointer<ApiCall> guard(call);
    ApiCall *lookup = findWorkOrdersByName(
        call->m_createName, nullptr,
        [this, guard, error](const QList<RemoteWorkOrder> &found, const ApiError &lookupError) {
            if (!guard || guard->isFinished())
                return;
            ApiCall *call = guard;
            call->m_lookup = nullptr;
            if (lookupError.isError()) {
                const bool unsupported =
                    lookupError.kind == ApiError::Kind::Http
                    && (lookupError.httpStatus == 404 || lookupError.httpStatus == 405);
                if (unsupported) {
                    finish(call, ApiError::inDoubt(
                                     tr("the request was sent but no usable answer came back "
                                        "(%1), and this site cannot be searched by name")
                                         .arg(error.message())));
                    return;
                }
                const bool refused = lookupError.kind == ApiError::Kind::Http;
                if (!refused || lookupError.isTransient()) {
                    // The look-up was retried like any read and the site still could not
                    // answer: not a doubt, only "not yet". The next attempt looks up first.
                    ApiError later = lookupError;
                    later.maybeApplied = true;
                    later.detail = tr("the create was sent but its answer was lost (%1), and "
                                      "it could not be looked up yet: %2")
                                       .arg(error.message(), lookupError.message());
                    later.kind = ApiError::Kind::Network;
                    later.httpStatus = 0;
                    finish(call, later);
                    return;
                }
                // The site refuses the listing (403, 401…): only a person can tell.
                finish(call, ApiError::inDoubt(
                                 tr("the request was sent but no usable answer came back (%1), "
                                    "and the site refused the look-up by name: %2")
                                     .arg(error.message(), lookupError.message())));
                return;
            }
            if (found.size() > 1) {
                // Names are unique by convention, not by rule: which one this create made
                // cannot be told from here.
                ApiError doubt = ApiError::inDoubt(
                    tr("the request was sent but no usable answer came back (%1), and %n work "
                       "order(s) with that name exist in Deepomatic",
                       nullptr, int(found.size()))
                        .arg(error.message()));
                doubt.candidates = found;
                finish(call, doubt);
                return;
            }
            if (!found.isEmpty()) {
                qCInfo(lcApi) << "The uncertain create had succeeded:" << found.first().id;
                call->m_adopt(found.first());
                finish(call, {});
                return;
            }
            // Surely not created: the create may be tried again like any transient failure.
            if (error.isTransient() && scheduleRetry(call, error))
                return;
            finish(call, error);
        });
    call->m_lookup = lookup;
    // A look-up waiting for a slot goes first: it decides about work already under way.
    if (lookup->m_stage == ApiCall::Stage::Queued && m_queue.removeAll(lookup) > 0)
        m_queue.prepend(lookup);
}

void DeepomaticClient::finish(ApiCall *call, const ApiError &error)
{
    if (call->isFinished())
        return;
    call->m_stage = ApiCall::Stage::Finished;
    call->m_error = error;
    call->m_backoff->stop();
    m_queue.removeAll(call);
    if (call->m_lookup) {
        ApiCall *lookup = call->m_lookup;
        call->m_lookup = nullptr;
        cancel(lookup);
    }
    if (QNetworkReply *reply = call->m_reply) {
        call->m_reply = nullptr;
        reply->abort(); // its finished() comes back to onReplyFinished, which frees the slot
    }
    const bool contextGone = call->m_hadContext && !call->m_context;
    if (!contextGone && call->m_deliver)
        call->m_deliver(error);
    emit call->finished();
    call->deleteLater();
}

void DeepomaticClient::cancel(ApiCall *call)
{
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    cancelled.host = call->m_url.host();
    if (call->m_mode == ApiCall::Mode::Create
        && (call->m_stage == ApiCall::Stage::InFlight || call->m_maybeApplied))
        cancelled.detail = tr("the request had been sent; the work order may exist in "
                              "Deepomatic");
    finish(call, cancelled);
}
