#pragma once

#include "analyzerequest.h"
#include "analyzeresult.h"
#include "apicall.h"
#include "apierror.h"
#include "remoteworkorder.h"
#include "retrypolicy.h"
#include "siteprofile.h"
#include "taskcorrection.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The Deepomatic v0.2 REST client: every documented endpoint, typed results and errors.
// Each call takes a context object: when it is destroyed before the answer arrives, the call is
// cancelled and the callback is not run. Each returns an ApiCall handle (cancel(), finished()).
// Transient failures (timeout, connection loss, 429, 502, 503, 504) are retried following the
// RetryPolicy; 4xx never. At most maxInFlight() requests are on the wire, the rest wait FIFO.
// The token is held in memory only and never written to a log line.
class DeepomaticClient : public QObject
{
    Q_OBJECT
public:
    using WorkOrderCallback = std::function<void(const RemoteWorkOrder &, const ApiError &)>;
    using WorkOrderListCallback =
        std::function<void(const QList<RemoteWorkOrder> &, const ApiError &)>;
    using DeleteCallback = std::function<void(const QString &id, const ApiError &)>;
    using TaskGroupCallback =
        std::function<void(const RemoteWorkOrder::TaskGroup &, const ApiError &)>;
    using TaskGroupListCallback =
        std::function<void(const QList<RemoteWorkOrder::TaskGroup> &, const ApiError &)>;
    using AnalyzeCallback = std::function<void(const AnalyzeResult &, const ApiError &)>;
    using CorrectionCallback = std::function<void(const TaskCorrection &, const ApiError &)>;
    using PhotoCallback = std::function<void(const QByteArray &bytes, const ApiError &)>;

    static constexpr int DefaultMaxInFlight = 4;

    explicit DeepomaticClient(QObject *parent = nullptr);
    ~DeepomaticClient() override;

    void setBaseUrl(const QUrl &apiBaseUrl); // e.g. https://api.…/v0.2/ (SiteProfile derives it)
    QUrl baseUrl() const { return m_baseUrl; }
    // A non-empty token also ends holdUntilToken() and releaseWithoutToken().
    void setToken(const QString &token);
    QString token() const { return m_token; } // in memory only; never logged
    bool hasToken() const { return !m_token.isEmpty(); }
    // While a site's token is being read (the credential store may take seconds, or a person is
    // asked for it), requests wait in the queue instead of going out without it: such a request
    // only earns a 401 and tells the site nothing useful. Forgets the previous token.
    void holdUntilToken();
    // The site has no token (none stored, none typed): what waits, and every call until a token
    // is set, fails at once with `why` without being sent.
    void releaseWithoutToken(const QString &why);
    bool isWaitingForToken() const { return m_tokenGate == TokenGate::Waiting; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; } // per attempt
    int timeout() const { return m_timeoutMs; }
    // A request with a body (an analyze is up to 5 MB of image, more in base64) also gets the
    // time that body takes at this rate, so a slow link is not cut mid-upload; see
    // attemptTimeout(). 32 KiB/s: a poor 3G or EDGE link.
    static constexpr int DefaultSlowestUploadRate = 32 * 1024; // bytes per second
    void setSlowestUploadRate(int bytesPerSecond) { m_slowestUploadRate = qMax(1, bytesPerSecond); }
    int slowestUploadRate() const { return m_slowestUploadRate; }
    // The time one attempt may take: timeout() plus bodyBytes at slowestUploadRate().
    int attemptTimeout(qint64 bodyBytes) const;
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setMaxInFlight(int requests);
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    // Whether the site answers GET /v0.2/work-orders/?name=… (the sandbox does; the real API
    // documents no such lookup). Without it, a create whose outcome is unknown ends InDoubt.
    // Off until the site says otherwise (SiteProfile::lookupByName): never probe silently.
    void setLookupByNameSupported(bool supported) { m_lookupByName = supported; }
    bool lookupByNameSupported() const { return m_lookupByName; }
    // The deployment's only way past an invalid certificate (SiteProfile::tlsOverrides): its
    // errors are ignored when that exact host presents exactly the pinned certificate. Any
    // other certificate problem fails the call with ApiError::Kind::Tls, never retried.
    void setTlsOverrides(const QList<SiteProfile::TlsOverride> &overrides);
    QList<SiteProfile::TlsOverride> tlsOverrides() const { return m_tlsOverrides; }
    // Hosts besides the API's that photos may come from (SiteProfile::photoHosts).
    void setPhotoHosts(const QStringList &hosts);
    QStringList photoHosts() const { return m_photoHosts; }
    // Whether fetchPhoto() would fetch `url`: https (http on loopback only), on the API's host
    // or one of photoHosts().
    bool allowsPhotoFrom(const QUrl &url) const;

    // POST /v0.2/work-orders/ — the body comes from WorkOrder::toCreateRequest(). Never makes
    // two work orders: an uncertain attempt is looked up by name before any other POST.
    ApiCall *createWorkOrder(const QJsonObject &body, QObject *context, WorkOrderCallback done);
    // GET /v0.2/work-orders/{id}/?include_inputs=…
    ApiCall *getWorkOrder(const QString &id, bool includeInputs, QObject *context,
                          WorkOrderCallback done);
    // PATCH /v0.2/work-orders/{id}/ with the fields to change, e.g. field_engineer_email.
    ApiCall *updateWorkOrder(const QString &id, const QJsonObject &changes, QObject *context,
                             WorkOrderCallback done);
    // DELETE /v0.2/work-orders/{id}/ — a 404 after an uncertain attempt counts as deleted.
    ApiCall *deleteWorkOrder(const QString &id, QObject *context, DeleteCallback done);
    // GET /v0.2/work-orders/?name=… (sandbox only, see setLookupByNameSupported).
    ApiCall *findWorkOrdersByName(const QString &name, QObject *context,
                                  WorkOrderListCallback done);
    // GET /v0.2/task-groups/ (every page) and GET /v0.2/task-groups/{name}.
    ApiCall *listTaskGroups(QObject *context, TaskGroupListCallback done);
    ApiCall *getTaskGroup(const QString &name, QObject *context, TaskGroupCallback done);
    // POST /v0.2/work-orders/{id}/analyze/ — an invalid request (size limits) fails at once,
    // with Kind::InvalidRequest, before anything is sent.
    ApiCall *analyze(const QString &workOrderId, const AnalyzeRequest &request, QObject *context,
                     AnalyzeCallback done);
    // PATCH /v0.2/work-orders/{id}/tasks/{task_id}/correction/ {"corrected_value": …}
    ApiCall *correctTask(const QString &workOrderId, const QString &taskId,
                         const QJsonValue &correctedValue, QObject *context,
                         CorrectionCallback done);

    // GET of a photo an input points to (image_url, often a signed URL on a storage host):
    // the pinned certificates, the TLS policy and the retries of every API request, refused
    // before sending when allowsPhotoFrom() says no, the token only to the API's own origin,
    // and failed with InvalidRequest once more than `maxBytes` arrive.
    ApiCall *fetchPhoto(const QUrl &url, qint64 maxBytes, QObject *context, PhotoCallback done);

    QUrl endpoint(const QString &path) const;

signals:
    // Every finished attempt, for the connectivity indicator: false only for failures where
    // the server could not be reached at all.
    void reachabilityObserved(bool reachable);

private:
    // Schedules the next page of a listing on `call`; an error text when it may not be followed.
    static QString followNextPage(ApiCall *call, const QString &next, const QUrl &base, int *pages);
    friend class ApiCall;

    // Binds a typed result to a call: `parse` fills it from a 2xx body (returning an error
    // sentence), `done` receives it, or an empty one with the error.
    template<typename T, typename Parse, typename Callback>
    static void bind(ApiCall *call, std::shared_ptr<T> result, Parse parse, Callback done);
    ApiCall *newCall(ApiCall::Mode mode, const QByteArray &verb, const QUrl &url,
                     const QByteArray &body, QObject *context);
    ApiCall *start(ApiCall *call);
    ApiCall *refuse(ApiCall *call, const ApiError &error);
    QUrl workOrderUrl(const QString &id, const QString &suffix = {}) const;
    void pump();
    void sendAttempt(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    void onFailure(ApiCall *call, const ApiError &error, bool surelyNotApplied);
    bool scheduleRetry(ApiCall *call, const ApiError &error);
    void resolveUncertainCreate(ApiCall *call, const ApiError &error);
    void finish(ApiCall *call, const ApiError &error);
    void cancel(ApiCall *call);

    // Open: sent with whatever token there is (a client used on its own, as the tests do).
    enum class TokenGate { Open, Waiting, Missing };

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    TokenGate m_tokenGate = TokenGate::Open;
    QString m_missingTokenReason;
    int m_timeoutMs = 30000;
    int m_slowestUploadRate = DefaultSlowestUploadRate;
    RetryPolicy m_policy;
    int m_maxInFlight = DefaultMaxInFlight;
    int m_inFlight = 0;
    bool m_lookupByName = false;
    QList<SiteProfile::TlsOverride> m_tlsOverrides;
    QStringList m_photoHosts;
    QList<QPointer<ApiCall>> m_queue;
};
