#include "sandboxserver.h"

#include "sandboxbackoffice.h"
#include "sandboxconnectorquery.h"
#include "sandboxhtml.h"
#include "sandboxidentityprovider.h"
#include "sandboximageanalyzer.h"
#include "sandboxlogging.h"
#include "sandboxmediastore.h"
#include "sandboxpages.h"
#include "sandboxstate.h"
#include "sandboxupload.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

Q_LOGGING_CATEGORY(lcSandbox, "fieldconnect.sandbox")

namespace {
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponder::StatusCode;

const QString ApiRoot = QStringLiteral("v0.2");

QHttpServerResponse json(int status, const QJsonObject &body)
{
    return QHttpServerResponse(body, static_cast<StatusCode>(status));
}

QHttpServerResponse detail(int status, const QString &text)
{
    return json(status, {{QStringLiteral("detail"), text}});
}

QHttpServerResponse notFound()
{
    return detail(404, QStringLiteral("Not found."));
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QHttpServerResponse methodNotAllowed(Method method, const QByteArray &allow)
{
    QHttpServerResponse r =
        detail(405, QStringLiteral("Method \"%1\" not allowed.").arg(methodName(method)));
    r.addHeader(QByteArrayLiteral("Allow"), allow);
    return r;
}

// The path split into percent-decoded segments. We route on these ourselves instead of
// QHttpServer's patterns: those are unescaped, anchored regexes ('.' in "v0.2" matches anything),
// they cannot tell a wrong method (405) from an unknown path (404), and trailing slashes need
// one rule per spelling.
QStringList pathSegments(const QUrl &url, bool *trailingSlash)
{
    QStringList parts = url.path(QUrl::FullyEncoded).split(u'/');
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    *trailingSlash = parts.size() > 1 && parts.last().isEmpty();
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    for (QString &part : parts)
        part = QUrl::fromPercentEncoding(part.toUtf8());
    return parts; // an empty inner segment ("//") stays "" and matches no route
}

bool includeInputs(const QUrlQuery &query)
{
    // DRF's BooleanField spellings of false; anything else (or nothing) keeps the default.
    static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
                                QStringLiteral("off")};
    return !no.contains(
        query.queryItemValue(QStringLiteral("include_inputs"), QUrl::FullyDecoded).toLower());
}

QJsonObject page(const QList<QJsonObject> &items)
{
    QJsonArray results;
    for (const QJsonObject &item : items)
        results.append(item);
    return {{QStringLiteral("count"), results.size()},
            {QStringLiteral("next"), QJsonValue::Null},
            {QStringLiteral("previous"), QJsonValue::Null},
            {QStringLiteral("results"), results}};
}

QHttpServerResponse injected(int status)
{
    QString text;
    switch (status) {
    case 401:
        text = QStringLiteral("Invalid token.");
        break;
    case 403:
        text = QStringLiteral("You do not have permission to perform this action.");
        break;
    case 404:
        text = QStringLiteral("Not found.");
        break;
    case 429:
        text = QStringLiteral("Request was throttled. Expected available in 1 second.");
        break;
    case 500:
        text = QStringLiteral("A server error occurred.");
        break;
    case 502:
        text = QStringLiteral("Bad gateway.");
        break;
    case 503:
        text = QStringLiteral("Service temporarily unavailable, try again later.");
        break;
    case 504:
        text = QStringLiteral("Gateway timeout.");
        break;
    default:
        text = QStringLiteral("Status %1 injected by the sandbox.").arg(status);
    }
    QHttpServerResponse r = detail(status, text);
    if (status == 429 || status == 503)
        r.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    if (status == 401)
        r.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Token"));
    return r;
}

// The body of a POST or PATCH as DRF reads it: media type, then JSON, then a JSON object.
// On failure `error` holds the response to send.
struct Body {
    QJsonObject object;
    std::optional<QHttpServerResponse> error;
};

Body readBody(const QHttpServerRequest &request)
{
    Body body;
    const QByteArray data = request.body();
    const QByteArray contentType = request.value(QByteArrayLiteral("content-type"));
    // DRF reads an empty body as {} whatever its media type; the field errors follow from that.
    if (data.isEmpty() && contentType.isEmpty())
        return body;
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    if (mediaType != "application/json") {
        body.error = detail(415, QStringLiteral("Unsupported media type \"%1\" in request.")
                                     .arg(QString::fromLatin1(contentType)));
        return body;
    }
    if (data.trimmed().isEmpty())
        return body;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument refuses a scalar root ("3", "\"x\""); DRF parses it, then rejects its
        // type. Wrapping it in an array tells the two cases apart.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + data + ']');
        if (!wrapped.isArray() || wrapped.array().size() != 1) {
            body.error = detail(400, QStringLiteral("JSON parse error - %1 (char %2)")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset));
            return body;
        }
        root = wrapped.array().first();
    }
    if (!root.isObject()) {
        body.error = json(400, {{QStringLiteral("non_field_errors"),
                                 QJsonArray{QStringLiteral("Invalid data. Expected a dictionary, "
                                                           "but got %1.")
                                                .arg(SandboxState::pythonTypeName(root))}}});
        return body;
    }
    body.object = root.toObject();
    return body;
}

QHttpServerResponse html(int status, const QByteArray &content)
{
    return SandboxHtml::response(status, content);
}
} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>())
    , m_pages(std::make_unique<SandboxPages>())
    , m_media(std::make_unique<SandboxMediaStore>())
    , m_signIn(std::make_unique<SandboxSignIn>(m_state.get(), m_pages.get()))
    , m_backOffice(std::make_unique<SandboxBackOffice>())
    , m_dice(QRandomGenerator::securelySeeded())
{
    QFile seed(QStringLiteral(":/sandbox/seed.json"));
    if (!seed.open(QIODevice::ReadOnly))
        m_error = QStringLiteral("The sandbox seed (%1) is missing from the resources.")
                      .arg(seed.fileName());
    else
        m_error = m_state->loadSeed(seed.readAll());
    if (!m_error.isEmpty())
        qCCritical(lcSandbox, "%s", qPrintable(m_error));
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setStatePath(const QString &file)
{
    m_statePath = file;
}

void SandboxServer::setApiToken(const QString &token)
{
    m_token = token;
}

QString SandboxServer::loadSeed(const QByteArray &json)
{
    if (m_http)
        m_error = QStringLiteral("The seed must be loaded before the sandbox starts.");
    else
        m_error = m_state->loadSeed(json);
    return m_error;
}

void SandboxServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (m_http) {
        qCWarning(lcSandbox, "TLS must be set up before the sandbox starts; ignored.");
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_tls = tls;
}

bool SandboxServer::start(quint16 port)
{
    if (m_http) {
        m_error = QStringLiteral("The sandbox is already running on port %1.").arg(m_port);
        return false;
    }
    if (!m_error.isEmpty())
        return false; // the seed could not be read: nothing to serve
    if (!m_statePath.isEmpty()) {
        m_media->setDirectory(m_statePath + QStringLiteral(".media"));
        m_signIn->sessions().setFile(m_statePath + QStringLiteral(".sessions.json"));
        m_backOffice->setFile(m_statePath + QStringLiteral(".closures.json"));
        QString why;
        if (!m_backOffice->load(&why)) {
            m_error = why;
            return false;
        }
    }
    if (!m_statePath.isEmpty() && QFileInfo::exists(m_statePath)) {
        QFile file(m_statePath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("Cannot read the sandbox state %1: %2")
                          .arg(m_statePath, file.errorString());
            return false;
        }
        // A damaged file is reported, never silently replaced by the seed: it may hold work.
        const QString why = m_state->loadState(file.readAll());
        if (!why.isEmpty()) {
            m_error = QStringLiteral("Cannot load the sandbox state %1: %2").arg(m_statePath, why);
            return false;
        }
    }

    auto http = std::make_unique<QHttpServer>();
    QTcpServer *tcp = nullptr;
    if (m_tls) {
        if (m_tls->localCertificate().isNull() || m_tls->privateKey().isNull()) {
            m_error = QStringLiteral("The TLS certificate or key could not be read.");
            return false;
        }
        // sslSetup() only applies to QHttpServer::listen(); we listen ourselves (to report why
        // it failed), so the TLS server is ours too.
        auto *ssl = new QSslServer(http.get());
        ssl->setSslConfiguration(*m_tls);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(http.get());
    }
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        m_error =
            QStringLiteral("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        return false;
    }
    http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        });
    if (m_sso) {
        auto provider = std::make_unique<SandboxIdentityProvider>(
            m_pages.get(), [this](const QString &email, const QString &password) {
                return m_state->checkPassword(email, password);
            });
        if (!provider->start()) {
            m_error = provider->errorString();
            return false;
        }
        m_identityProvider = std::move(provider);
    }
    http->bind(tcp);
    m_http = std::move(http);
    m_port = tcp->serverPort();
    m_state->setBaseUrl(baseUrl());
    if (m_identityProvider) {
        QUrl callback = baseUrl();
        callback.setPath(QStringLiteral("/field/sso/callback"));
        m_identityProvider->setRedirectUri(callback);
        m_signIn->setIdentityProvider(m_identityProvider.get());
    }
    m_adminToken = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex()
                                       + QUuid::createUuid().toRfc4122().toHex());
    m_error.clear();
    qCInfo(lcSandbox, "Sandbox listening on %s", qPrintable(baseUrl().toString()));
    return true;
}

QString SandboxServer::errorString() const
{
    return m_error;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SandboxServer::apiToken() const
{
    return m_token;
}

QUuid SandboxServer::siteId() const
{
    return m_state->siteId();
}

QString SandboxServer::orgSlug() const
{
    return m_state->orgSlug();
}

QString SandboxServer::adminToken() const
{
    return m_adminToken;
}

SiteProfile SandboxServer::siteProfile() const
{
    SiteProfile profile;
    profile.id = QLatin1String(ProfileId);
    profile.displayName = QStringLiteral("Sandbox");
    profile.environment = SiteProfile::Environment::Sandbox;
    profile.siteId = siteId();
    profile.orgSlug = orgSlug();
    profile.studioUrl = baseUrl();
    QUrl api = baseUrl();
    if (!api.isEmpty())
        api.setPath(QStringLiteral("/v0.2/"));
    profile.apiUrl = api;
    profile.threshold = 100;
    profile.lookupByName = true; // GET /v0.2/work-orders/?name=…, which the real API lacks
    profile.scanKey = QStringLiteral("customer_ref"); // the seed's labels carry it too
    if (m_identityProvider)
        profile.navigationAllowList << m_identityProvider->host();
    return profile;
}

void SandboxServer::setSignInMode(SandboxSignIn::Mode mode)
{
    m_signIn->setMode(mode);
}

SandboxSignIn::Mode SandboxServer::signInMode() const
{
    return m_signIn->mode();
}

void SandboxServer::setSingleSignOn(bool enabled)
{
    if (m_http) {
        qCWarning(lcSandbox, "Single sign-on must be set up before the sandbox starts; ignored.");
        return;
    }
    m_sso = enabled;
}

QUrl SandboxServer::identityProviderUrl() const
{
    return m_identityProvider ? m_identityProvider->baseUrl() : QUrl();
}

QList<QPair<QString, QString>> SandboxServer::signInCredentials() const
{
    return m_state->signInCredentials();
}

void SandboxServer::setSessionLifetime(int seconds)
{
    m_signIn->sessions().setLifetime(qMax(0, seconds));
}

void SandboxServer::expireSessions()
{
    m_signIn->sessions().expireAll();
}

int SandboxServer::sessionCount() const
{
    return m_signIn->sessions().count();
}

void SandboxServer::setFinishMode(FinishMode mode)
{
    m_finishMode = mode;
}

void SandboxServer::setLatency(int milliseconds)
{
    m_faults.latency = qMax(0, milliseconds);
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    m_faults = faults;
    m_faults.latency = qMax(0, faults.latency);
    if (m_faults.errorCodes.isEmpty())
        m_faults.errorCodes = {503};
    m_dice.seed(faults.hasSeed ? faults.seed : QRandomGenerator::system()->generate());
    qCInfo(lcSandbox, "Faults: %s", qPrintable(m_faults.toSpec()));
}

SandboxFaults SandboxServer::faults() const
{
    return m_faults;
}

void SandboxServer::setNextStatus(int httpStatus, int count)
{
    m_nextStatus = httpStatus;
    m_nextStatusCount = qMax(0, count);
}

int SandboxServer::createRequestCount() const
{
    return m_createRequests;
}

QStringList SandboxServer::workOrderIds() const
{
    return m_state->workOrderIds();
}

QJsonObject SandboxServer::workOrderJson(const QString &id) const
{
    return m_state->workOrderJson(m_state->canonicalId(id), true);
}

QList<QJsonObject> SandboxServer::seededWorkOrders() const
{
    return m_state->seededWorkOrders();
}

QStringList SandboxServer::workOrderTypes() const
{
    return m_state->workOrderTypes();
}

bool SandboxServer::markPhotoTaken(const QString &workOrderId, const QString &taskGroupName)
{
    const QString id = m_state->canonicalId(workOrderId);
    if (id.isEmpty() || !m_state->hasTaskGroup(id, taskGroupName))
        return false;
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    SandboxImageAnalyzer::sampleImage(++m_samples).save(&buffer, "JPEG", 90);
    QString error;
    if (recordUpload(id, taskGroupName,
                     SandboxUpload::fromBytes(jpeg, QStringLiteral("image/jpeg")), &error)
            .isEmpty()) {
        qCWarning(lcSandbox, "The generated photo was refused: %s", qPrintable(error));
        return false;
    }
    changed(id);
    return true;
}

void SandboxServer::changed(const QString &id)
{
    if (!m_statePath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_statePath).absolutePath());
        QSaveFile file(m_statePath);
        // QSaveFile writes beside the target and renames: a crash never leaves half a file.
        if (!file.open(QIODevice::WriteOnly) || file.write(m_state->saveState()) < 0
            || !file.commit())
            qCWarning(lcSandbox, "Cannot save the sandbox state to %s: %s", qPrintable(m_statePath),
                      qPrintable(file.errorString()));
    }
    emit workOrderChanged(id);
}

// ---- HTTP --------------------------------------------------------------------------------------

void SandboxServer::send(QHttpServerResponse &&response, QHttpServerResponder &&responder,
                         bool delayed)
{
    if (!delayed || m_faults.latency <= 0) {
        response.write(std::move(responder));
        return;
    }
    // The responder cannot be move-assigned, so it waits in shared pointers.
    auto heldResponder = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto heldResponse = std::make_shared<QHttpServerResponse>(std::move(response));
    const QPointer<QTcpSocket> socket = heldResponder->socket();
    QTimer::singleShot(m_faults.latency, Qt::PreciseTimer, this,
                       [heldResponder, heldResponse, socket] {
                           // The client may have given up meanwhile and the server deleted the
                           // socket: writing to it then would crash.
                           if (socket && socket->state() == QAbstractSocket::ConnectedState)
                               heldResponse->write(std::move(*heldResponder));
                       });
}

void SandboxServer::drop(QHttpServerResponder &&responder)
{
    // Closed from the event loop, after the latency, never inside QHttpServer's own read
    // handler; a guarded pointer because the client may have closed first.
    auto heldResponder = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = heldResponder->socket();
    QTimer::singleShot(m_faults.latency, Qt::PreciseTimer, this, [heldResponder, socket] {
        if (socket)
            socket->abort();
    });
}

void SandboxServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    bool trailingSlash = false;
    const QStringList segments = pathSegments(request.url(), &trailingSlash);
    if (segments.value(0) == QLatin1String("__sandbox")) {
        send(handleAdmin(request, segments), std::move(responder), false);
        return;
    }
    if (segments.value(0) == QLatin1String("__backoffice")) {
        send(handleBackOffice(request, segments), std::move(responder), false);
        return;
    }
    if (segments.value(0) != ApiRoot) {
        send(handlePage(request, segments, trailingSlash), std::move(responder), false);
        return;
    }
    if (request.method() == Method::Post && segments.size() == 2
        && segments.at(1) == QLatin1String("work-orders"))
        ++m_createRequests;
    {
        const char *verb = request.method() == Method::Get      ? "GET"
                           : request.method() == Method::Post   ? "POST"
                           : request.method() == Method::Patch  ? "PATCH"
                           : request.method() == Method::Delete ? "DELETE"
                                                                : "OTHER";
        const QTcpSocket *socket = responder.socket();
        m_received << ReceivedRequest{QDateTime::currentMSecsSinceEpoch(),
                                      QLatin1String(verb) + u' ' + request.url().path(),
                                      socket ? socket->peerPort() : quint16(0),
                                      request.value(QByteArrayLiteral("authorization")).simplified()
                                          == "Token " + m_token.toUtf8()};
    }
    if (m_nextStatusCount > 0) {
        --m_nextStatusCount;
        qCInfo(lcSandbox, "Injected status %d for %s", m_nextStatus,
               qPrintable(request.url().path()));
        send(injected(m_nextStatus), std::move(responder), true);
        return;
    }

    // Every die is rolled for every request, whatever the outcome, so that a seed gives the
    // same faults to the same sequence of requests.
    struct Roll {
        double dropBefore = 1, error = 1, dropAfter = 1, malformed = 1;
        int code = 0;
        bool truncate = true;
    } roll;
    const SandboxFaults &f = m_faults;
    if (f.dropBefore > 0 || f.errorRate > 0 || f.dropAfter > 0 || f.malformed > 0) {
        roll.dropBefore = m_dice.generateDouble();
        roll.error = m_dice.generateDouble();
        roll.dropAfter = m_dice.generateDouble();
        roll.malformed = m_dice.generateDouble();
        roll.code = f.errorCodes.value(static_cast<int>(m_dice.bounded(static_cast<quint32>(
                                           qMax(1, int(f.errorCodes.size()))))),
                                       503);
        roll.truncate = m_dice.bounded(2U) == 0;
    }
    const QString path = request.url().path();
    if (roll.dropBefore < f.dropBefore) {
        qCInfo(lcSandbox, "Fault: dropped %s before applying it", qPrintable(path));
        drop(std::move(responder));
        return;
    }
    if (roll.error < f.errorRate) {
        qCInfo(lcSandbox, "Fault: status %d for %s", roll.code, qPrintable(path));
        send(injected(roll.code), std::move(responder), true);
        return;
    }
    QHttpServerResponse response = handleApi(request, segments, trailingSlash);
    if (roll.dropAfter < f.dropAfter) {
        qCInfo(lcSandbox, "Fault: applied %s, then dropped the connection", qPrintable(path));
        drop(std::move(responder));
        return;
    }
    const int status = static_cast<int>(response.statusCode());
    if (roll.malformed < f.malformed && status >= 200 && status < 300 && status != 204) {
        qCInfo(lcSandbox, "Fault: malformed body for %s", qPrintable(path));
        // Either cut in the middle (a connection lost mid-body by a proxy) or not JSON at all
        // (a gateway's HTML error page with the API's status and content type).
        const QByteArray data = response.data();
        const QByteArray broken = roll.truncate
                                      ? data.left(data.size() / 2)
                                      : QByteArrayLiteral("<html><body><h1>Bad gateway</h1>"
                                                          "</body></html>");
        response = QHttpServerResponse(QByteArrayLiteral("application/json"), broken,
                                       response.statusCode());
    }
    send(std::move(response), std::move(responder), true);
}

QHttpServerResponse SandboxServer::handleAdmin(const QHttpServerRequest &request,
                                               const QStringList &segments)
{
    // The app never sends this header: without it the path looks like any unknown page.
    const QByteArray header = request.value(QByteArrayLiteral("x-sandbox-admin"));
    if (m_adminToken.isEmpty() || header != m_adminToken.toLatin1() || segments.size() != 2
        || (segments.at(1) != QLatin1String("faults")
            && segments.at(1) != QLatin1String("sign-in")))
        return htmlError(404, QStringLiteral("Page not found"), {},
                         QStringLiteral("There is no page at %1.").arg(request.url().path()));
    if (segments.at(1) == QLatin1String("sign-in"))
        return adminSignIn(request);
    if (request.method() == Method::Get)
        return json(200, m_faults.toJson());
    if (request.method() != Method::Post)
        return methodNotAllowed(request.method(), QByteArrayLiteral("GET, POST"));
    Body body = readBody(request);
    if (body.error)
        return std::move(*body.error);
    QString error;
    const SandboxFaults faults = SandboxFaults::fromJson(body.object, &error);
    if (!error.isEmpty())
        return detail(400, error);
    setFaults(faults);
    return json(200, m_faults.toJson());
}

// /__sandbox/sign-in: GET says how sign-in works now; POST {"mode": "cookie" | "session-cookie" |
// "local-storage" | "off", "expire_sessions": true} changes it (both keys optional).
QHttpServerResponse SandboxServer::adminSignIn(const QHttpServerRequest &request)
{
    if (request.method() == Method::Post) {
        Body body = readBody(request);
        if (body.error)
            return std::move(*body.error);
        SandboxSignIn::Mode mode = m_signIn->mode();
        const QJsonValue modeValue = body.object.value(QLatin1String("mode"));
        if (!modeValue.isUndefined() && !SandboxSignIn::parseMode(modeValue.toString(), &mode))
            return detail(400, QStringLiteral("mode: \"%1\" is not off, cookie, session-cookie or "
                                              "local-storage.")
                                   .arg(modeValue.toString()));
        for (auto it = body.object.begin(); it != body.object.end(); ++it) {
            if (it.key() != QLatin1String("mode") && it.key() != QLatin1String("expire_sessions"))
                return detail(400, QStringLiteral("Unknown key \"%1\".").arg(it.key()));
        }
        m_signIn->setMode(mode);
        if (body.object.value(QLatin1String("expire_sessions")).toBool())
            expireSessions();
    } else if (request.method() != Method::Get) {
        return methodNotAllowed(request.method(), QByteArrayLiteral("GET, POST"));
    }
    return json(200, {{QStringLiteral("mode"), SandboxSignIn::modeName(m_signIn->mode())},
                      {QStringLiteral("sso"), m_identityProvider != nullptr},
                      {QStringLiteral("identity_provider"), identityProviderUrl().toString()},
                      {QStringLiteral("sessions"), sessionCount()}});
}

QHttpServerResponse SandboxServer::handleBackOffice(const QHttpServerRequest &request,
                                                    const QStringList &segments)
{
    if (segments.size() != 2 || segments.at(1) != QLatin1String("closures"))
        return notFound();
    if (request.method() == Method::Get)
        return json(200, m_backOffice->listing());
    if (request.method() != Method::Post)
        return methodNotAllowed(request.method(), QByteArrayLiteral("GET, POST"));
    QString error;
    if (!m_backOffice->receive(request.body(), request.value(QByteArrayLiteral("idempotency-key")),
                               &error))
        return detail(400, error);
    qCInfo(lcSandbox, "Received closure report %d",
           static_cast<int>(m_backOffice->received().size()));
    return json(201, {{QStringLiteral("received"), int(m_backOffice->received().size())}});
}

QList<QJsonObject> SandboxServer::closureReports() const
{
    QList<QJsonObject> reports;
    for (const SandboxBackOffice::Received &r : m_backOffice->received())
        reports << r.report;
    return reports;
}

QHttpServerResponse SandboxServer::handleApi(const QHttpServerRequest &request,
                                             const QStringList &segments, bool trailingSlash)
{
    // 1. The URL must name a resource (Django resolves it before any authentication).
    enum class Resource {
        WorkOrders,
        WorkOrder,
        Analyze,
        Correction,
        TaskGroups,
        TaskGroup
    } resource;
    const QString collection = segments.value(1);
    if (segments.size() == 2 && collection == QLatin1String("work-orders"))
        resource = Resource::WorkOrders;
    else if (segments.size() == 3 && collection == QLatin1String("work-orders"))
        resource = Resource::WorkOrder;
    else if (segments.size() == 4 && collection == QLatin1String("work-orders")
             && segments.at(3) == QLatin1String("analyze"))
        resource = Resource::Analyze;
    else if (segments.size() == 6 && collection == QLatin1String("work-orders")
             && segments.at(3) == QLatin1String("tasks")
             && segments.at(5) == QLatin1String("correction"))
        resource = Resource::Correction;
    else if (segments.size() == 2 && collection == QLatin1String("task-groups"))
        resource = Resource::TaskGroups;
    else if (segments.size() == 3 && collection == QLatin1String("task-groups"))
        resource = Resource::TaskGroup;
    else
        return notFound();
    const Method method = request.method();
    // Endpoints end with '/'. Reads tolerate its absence, as some vendor examples omit it;
    // writes do not, as Django cannot redirect a POST/PATCH/DELETE to the slashed URL.
    if (!trailingSlash && method != Method::Get)
        return notFound();

    // 2. Token authentication, DRF's TokenAuthentication messages.
    const QList<QByteArray> auth =
        request.value(QByteArrayLiteral("authorization")).simplified().split(' ');
    QString authError;
    if (auth.value(0).toLower() != "token")
        authError = QStringLiteral("Authentication credentials were not provided.");
    else if (auth.size() == 1)
        authError = QStringLiteral("Invalid token header. No credentials provided.");
    else if (auth.size() > 2)
        authError = QStringLiteral("Invalid token header. Token string should not contain spaces.");
    else if (QString::fromUtf8(auth.at(1)) != m_token)
        authError = QStringLiteral("Invalid token.");
    if (!authError.isEmpty()) {
        QHttpServerResponse r = detail(401, authError);
        r.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Token"));
        return r;
    }

    // 3. Method, then the object, then the body.
    const QUrlQuery query = request.query();
    switch (resource) {
    case Resource::WorkOrders:
        if (method == Method::Post)
            return createWorkOrder(request);
        if (method == Method::Get) {
            // Not in the vendor's documentation: the sandbox offers a lookup by exact name so
            // clients can find what an interrupted create may already have made.
            const bool inputs = includeInputs(query);
            if (query.hasQueryItem(QStringLiteral("name")))
                return json(
                    200,
                    page(m_state->findByName(
                        query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), inputs)));
            return json(200, page(m_state->allWorkOrders(inputs)));
        }
        return methodNotAllowed(method, QByteArrayLiteral("GET, POST"));
    case Resource::WorkOrder: {
        if (method != Method::Get && method != Method::Patch && method != Method::Delete)
            return methodNotAllowed(method, QByteArrayLiteral("GET, PATCH, DELETE"));
        const QString id = m_state->canonicalId(segments.at(2));
        if (id.isEmpty())
            return notFound();
        if (method == Method::Get)
            return json(200, m_state->workOrderJson(id, includeInputs(query)));
        if (method == Method::Patch)
            return updateWorkOrder(id, request);
        m_state->remove(id);
        changed(id);
        return QHttpServerResponse(StatusCode::NoContent);
    }
    case Resource::Analyze: {
        if (method != Method::Post)
            return methodNotAllowed(method, QByteArrayLiteral("POST"));
        const QString id = m_state->canonicalId(segments.at(2));
        return id.isEmpty() ? notFound() : analyze(id, request);
    }
    case Resource::Correction: {
        if (method != Method::Patch)
            return methodNotAllowed(method, QByteArrayLiteral("PATCH"));
        const QString id = m_state->canonicalId(segments.at(2));
        return id.isEmpty() ? notFound() : correct(id, segments.at(4), request);
    }
    case Resource::TaskGroups: {
        if (method != Method::Get)
            return methodNotAllowed(method, QByteArrayLiteral("GET"));
        QList<QJsonObject> groups;
        for (const QJsonValue g : m_state->taskGroupsJson())
            groups << g.toObject();
        return json(200, page(groups));
    }
    case Resource::TaskGroup: {
        if (method != Method::Get)
            return methodNotAllowed(method, QByteArrayLiteral("GET"));
        const QJsonObject group = m_state->taskGroupJson(segments.at(2));
        return group.isEmpty() ? notFound() : json(200, group);
    }
    }
    return notFound();
}

QHttpServerResponse SandboxServer::createWorkOrder(const QHttpServerRequest &request)
{
    Body body = readBody(request);
    if (body.error)
        return std::move(*body.error);
    const SandboxState::Change change = m_state->create(body.object);
    if (!change.ok())
        return json(400, change.errors);
    qCInfo(lcSandbox, "Created work order %s", qPrintable(change.id));
    changed(change.id);
    return json(201, m_state->workOrderJson(change.id, true));
}

QHttpServerResponse SandboxServer::updateWorkOrder(const QString &id,
                                                   const QHttpServerRequest &request)
{
    Body body = readBody(request);
    if (body.error)
        return std::move(*body.error);
    const SandboxState::Change change = m_state->update(id, body.object);
    if (!change.ok())
        return json(400, change.errors);
    changed(id);
    return json(200, m_state->workOrderJson(id, true));
}

// POST /v0.2/work-orders/{id}/analyze/ - one image or PDF for one task group.
// Deepomatic documents the endpoint but not its body keys, so the sandbox defines them (also in
// resources/sandbox/README.md):
//   {"task_group_name": "<name>", "image": {"base64": "data:image/jpeg;base64,..."}}
//   {"task_group_name": "<name>", "image": {"url": "<data: URI, or a URL on the sandbox>"}}
// A PDF is sent as "data:application/pdf;base64,...": it is recorded as an input, not analysed.
// Limits on the decoded bytes: image 5 MiB, PDF 8 MiB. Answers 201 with
//   {"input": {...as listed in GET inputs...}, "task_group": {...with task states...},
//    "progress_score": N}
// and 400 with {"task_group_name": [...]} and/or {"image": [...]} saying why.
QHttpServerResponse SandboxServer::analyze(const QString &id, const QHttpServerRequest &request)
{
    Body body = readBody(request);
    if (body.error)
        return std::move(*body.error);
    QJsonObject errors;
    const QJsonValue groupValue = body.object.value(QLatin1String("task_group_name"));
    const QString group = groupValue.toString();
    QString groupError;
    if (groupValue.isUndefined())
        groupError = QStringLiteral("This field is required.");
    else if (groupValue.isNull())
        groupError = QStringLiteral("This field may not be null.");
    else if (!groupValue.isString())
        groupError = QStringLiteral("Not a valid string.");
    else if (group.isEmpty())
        groupError = QStringLiteral("This field may not be blank.");
    else if (!m_state->knowsTaskGroup(group))
        groupError = QStringLiteral("Object with name=%1 does not exist.").arg(group);
    else if (!m_state->hasTaskGroup(id, group))
        groupError = QStringLiteral("The task group \"%1\" is not part of this work order's types.")
                         .arg(group);
    if (!groupError.isEmpty())
        errors.insert(QStringLiteral("task_group_name"), QJsonArray{groupError});
    const QJsonValue imageValue = body.object.value(QLatin1String("image"));
    SandboxUpload upload;
    if (imageValue.isUndefined()) {
        errors.insert(QStringLiteral("image"),
                      QJsonArray{QStringLiteral("This field is required.")});
    } else {
        upload = readUpload(imageValue);
        if (!upload.ok())
            errors.insert(QStringLiteral("image"), QJsonArray{upload.error()});
    }
    if (!errors.isEmpty())
        return json(400, errors);
    QString error;
    const QJsonObject input = recordUpload(id, group, upload, &error);
    if (input.isEmpty())
        return json(400, {{QStringLiteral("image"), QJsonArray{error}}});
    changed(id);
    const QJsonObject wo = m_state->workOrderJson(id, false);
    QJsonObject taskGroup;
    for (const QJsonValue g : wo.value(QLatin1String("task_groups")).toArray()) {
        if (g.toObject().value(QLatin1String("name")).toString() == group)
            taskGroup = g.toObject();
    }
    return json(201,
                {{QStringLiteral("input"), input},
                 {QStringLiteral("task_group"), taskGroup},
                 {QStringLiteral("progress_score"), wo.value(QLatin1String("progress_score"))}});
}

// PATCH /v0.2/work-orders/{id}/tasks/{task_id}/correction/ with {"corrected_value": ...}, typed
// as the task's outcome_type. Corrections are final (documented): a second one is refused.
QHttpServerResponse SandboxServer::correct(const QString &id, const QString &taskId,
                                           const QHttpServerRequest &request)
{
    Body body = readBody(request);
    if (body.error)
        return std::move(*body.error);
    const SandboxState::Correction result = m_state->correct(id, taskId, body.object);
    if (result.status == 200)
        changed(id);
    return json(result.status, result.body);
}

SandboxUpload SandboxServer::readUpload(const QJsonValue &image)
{
    return SandboxUpload::read(image, baseUrl(), [this](const QString &path, QString *mediaType) {
        return localFile(path, mediaType);
    });
}

QByteArray SandboxServer::localFile(const QString &path, QString *mediaType)
{
    bool trailingSlash = false;
    QUrl url;
    url.setPath(path);
    const QStringList segments = pathSegments(url, &trailingSlash);
    const QByteArray name = segments.value(0).toLatin1();
    if (trailingSlash || (name != "media" && name != "static"))
        return {};
    const QHttpServerResponse r = name == "media" ? media(segments) : staticFile(segments.mid(1));
    if (r.statusCode() != StatusCode::Ok)
        return {};
    *mediaType = QString::fromLatin1(r.mimeType());
    return r.data();
}

QJsonObject SandboxServer::recordUpload(const QString &id, const QString &group,
                                        const SandboxUpload &upload, QString *error)
{
    if (upload.isPdf()) {
        const QJsonObject input =
            m_state->addInput(id, group, QStringLiteral("application/pdf"), nullptr);
        m_media->put(SandboxState::mediaFileName(input.value(QLatin1String("id")).toString(),
                                                 QStringLiteral("application/pdf")),
                     upload.bytes());
        return input;
    }
    const SandboxImageAnalyzer::Result result = SandboxImageAnalyzer::analyze(upload.bytes());
    if (!result.decoded) {
        *error = result.decodeError;
        return {};
    }
    // Served back with the type of what the bytes are, whatever the client declared.
    QString mediaType = QStringLiteral("image/") + QString::fromLatin1(result.format);
    if (result.format == "jpg")
        mediaType = QStringLiteral("image/jpeg");
    const QJsonObject input = m_state->addInput(id, group, mediaType, &result);
    m_media->put(
        SandboxState::mediaFileName(input.value(QLatin1String("id")).toString(), mediaType),
        upload.bytes());
    qCInfo(lcSandbox, "Analysed a %dx%d photo for %s/%s (brightness %.1f, sharpness %.1f): %s",
           result.width, result.height, qPrintable(id), qPrintable(group), result.brightness,
           result.sharpness,
           result.isConform() ? "conform" : qPrintable(result.conformityMessages.join(u' ')));
    return input;
}

// GET /media/inputs/<input id>.<ext>: the bytes of an input, without a token, as the vendor's
// signed URLs are fetched. Inputs with no stored bytes (the seed's) get a generated photo.
QHttpServerResponse SandboxServer::media(const QStringList &segments)
{
    const QString file = segments.value(2);
    const QString inputId = file.section(u'.', 0, 0);
    const QString mediaType = segments.size() == 3 && segments.at(1) == QLatin1String("inputs")
                                  ? m_state->inputMediaType(inputId)
                                  : QString();
    if (mediaType.isEmpty() || SandboxState::mediaFileName(inputId, mediaType) != file)
        return htmlError(404, QStringLiteral("Page not found"), {},
                         QStringLiteral("No such file."));
    QByteArray bytes = m_media->get(file);
    if (bytes.isNull() && mediaType.startsWith(QLatin1String("image/"))) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        SandboxImageAnalyzer::sampleImage(qChecksum(inputId.toLatin1()))
            .save(&buffer, mediaType == QLatin1String("image/jpeg") ? "JPEG" : "PNG");
        m_media->put(file, bytes);
    }
    if (bytes.isNull())
        return htmlError(404, QStringLiteral("Page not found"), {},
                         QStringLiteral("No such file."));
    QHttpServerResponse r(mediaType.toLatin1(), bytes);
    r.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    // An input's bytes never change: clients may cache its thumbnail for good.
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=86400"));
    return r;
}

// ---- pages -------------------------------------------------------------------------------------

QHttpServerResponse SandboxServer::htmlError(int status, const QString &title,
                                             const QString &parameter, const QString &message) const
{
    return html(status, m_pages->errorPage(status, title, parameter, message));
}

QHttpServerResponse SandboxServer::handlePage(const QHttpServerRequest &request,
                                              const QStringList &segments, bool trailingSlash)
{
    const Method method = request.method();
    auto onlyGet = [&]() {
        return htmlError(405, QStringLiteral("Method not allowed"), {},
                         QStringLiteral("%1 is not allowed here.").arg(methodName(method)));
    };
    if (segments.isEmpty()) {
        if (method != Method::Get)
            return onlyGet();
        return html(200, m_pages->indexPage(m_state->allWorkOrders(false), siteProfile()));
    }
    if (segments.first() == QLatin1String("static") && !trailingSlash) {
        if (method != Method::Get)
            return onlyGet();
        return staticFile(segments.mid(1));
    }
    if (segments.first() == QLatin1String("media") && !trailingSlash) {
        if (method != Method::Get)
            return onlyGet();
        return media(segments);
    }
    if (SandboxSignIn::handles(segments) && !trailingSlash)
        return m_signIn->handle(request, segments);
    if (segments.size() >= 4 && segments.at(0) == QLatin1String("field")
        && segments.at(1) == QLatin1String("connector")
        && segments.at(2) == QLatin1String("work_order")) {
        const QString id = segments.at(3);
        if (segments.size() == 4) {
            if (method != Method::Get)
                return onlyGet();
            return connectorPage(id, request, {}, {});
        }
        if (segments.size() == 5 && segments.at(4) == QLatin1String("finish")) {
            if (method != Method::Get)
                return onlyGet();
            return connectorPage(id, request, QStringLiteral("finish"), {});
        }
        if (segments.size() == 6 && segments.at(4) == QLatin1String("photos")) {
            if (method != Method::Post)
                return detail(405,
                              QStringLiteral("Method \"%1\" not allowed.").arg(methodName(method)));
            return connectorPage(id, request, QStringLiteral("photos"), segments.at(5));
        }
    }
    return htmlError(404, QStringLiteral("Page not found"), {},
                     QStringLiteral("There is no page at %1.").arg(request.url().path()));
}

QHttpServerResponse SandboxServer::connectorPage(const QString &pathId,
                                                 const QHttpServerRequest &request,
                                                 const QString &action, const QString &group)
{
    const bool photo = action == QLatin1String("photos");
    // Signed in first, as the studio does. With local-storage the token travels in a header
    // that a plain navigation (the Finish form) cannot carry, so Finish is open there; it only
    // redirects with the score, which the app verifies through the API anyway.
    const bool finish = action == QLatin1String("finish");
    if (!(finish && m_signIn->mode() == SandboxSignIn::Mode::LocalStorage)
        && !m_signIn->isSignedIn(request))
        return m_signIn->challenge(request, photo);
    const SandboxConnectorQuery query =
        SandboxConnectorQuery::parse(request.query(), siteId(), orgSlug());
    if (!query.isValid()) {
        if (photo)
            return json(400, {{QStringLiteral("detail"), query.problem()},
                              {QStringLiteral("parameter"), query.parameter()}});
        return htmlError(400, QStringLiteral("Invalid connector link"), query.parameter(),
                         query.problem());
    }
    const QString id = m_state->canonicalId(pathId);
    if (id.isEmpty()) {
        const QString message =
            QStringLiteral("There is no work order with the id \"%1\" on this site.").arg(pathId);
        if (photo)
            return detail(404, message);
        return htmlError(404, QStringLiteral("Work order not found"), {}, message);
    }
    const QString pagePath = QStringLiteral("/field/connector/work_order/") + id;

    if (action == QLatin1String("finish")) {
        // The current score, computed now: the callback carries what the API would say.
        QHttpServerResponse r(StatusCode::Found);
        r.addHeader(QByteArrayLiteral("Location"),
                    query.finishUrl(m_state->progressScore(id), id).toEncoded());
        r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return r;
    }
    if (photo)
        return photoUpload(id, group, request, query);

    SandboxPages::Connector page;
    page.view = m_state->connectorView(id);
    page.pagePath = pagePath;
    page.query = query;
    page.scriptMode = m_finishMode == FinishMode::Script;
    page.finishUrl = query.finishUrl(m_state->progressScore(id), id);
    return html(200, m_pages->connectorPage(page));
}

// POST <connector page>/photos/<group>?<same query>, from the page's script: the JSON body
// {"image": {"base64": "data:image/...;base64,..."}} (the same "image" object as the REST
// analyze), analysed the same way. Answers 200 with the card's new state, the progress and the
// finish URL; errors are JSON with a "detail" sentence the page shows.
QHttpServerResponse SandboxServer::photoUpload(const QString &id, const QString &group,
                                               const QHttpServerRequest &request,
                                               const SandboxConnectorQuery &query)
{
    if (!m_state->hasTaskGroup(id, group))
        return detail(
            404,
            QStringLiteral("The task group \"%1\" is not part of this work order.").arg(group));
    Body body = readBody(request);
    if (body.error)
        return std::move(*body.error);
    const QJsonValue image = body.object.value(QLatin1String("image"));
    QString error = image.isUndefined() ? QStringLiteral("No photo was sent.") : QString();
    SandboxUpload upload;
    if (error.isEmpty()) {
        upload = readUpload(image);
        error = upload.error();
    }
    QJsonObject input;
    if (error.isEmpty())
        input = recordUpload(id, group, upload, &error);
    if (!error.isEmpty())
        return json(
            400, {{QStringLiteral("detail"), error}, {QStringLiteral("image"), QJsonArray{error}}});
    changed(id);
    const int score = m_state->progressScore(id);
    return json(200, {{QStringLiteral("progress_score"), score},
                      {QStringLiteral("input"), input},
                      {QStringLiteral("task_group"), m_state->connectorGroupView(id, group)},
                      {QStringLiteral("finish_url"),
                       query.finishUrl(score, id).toString(QUrl::FullyEncoded)}});
}

QHttpServerResponse SandboxServer::staticFile(const QStringList &segments) const
{
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment.startsWith(u'.'))
            return htmlError(404, QStringLiteral("Page not found"), {},
                             QStringLiteral("No such file."));
    }
    QFile file(QStringLiteral(":/sandbox/static/") + segments.join(u'/'));
    if (segments.isEmpty() || !file.open(QIODevice::ReadOnly))
        return htmlError(404, QStringLiteral("Page not found"), {},
                         QStringLiteral("No such file."));
    const QString suffix = QFileInfo(file.fileName()).suffix().toLower();
    QByteArray mime = QByteArrayLiteral("application/octet-stream");
    if (suffix == QLatin1String("css"))
        mime = QByteArrayLiteral("text/css; charset=utf-8");
    else if (suffix == QLatin1String("js"))
        mime = QByteArrayLiteral("text/javascript; charset=utf-8");
    else if (suffix == QLatin1String("svg"))
        mime = QByteArrayLiteral("image/svg+xml");
    else if (suffix == QLatin1String("png"))
        mime = QByteArrayLiteral("image/png");
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        mime = QByteArrayLiteral("image/jpeg");
    QHttpServerResponse r(mime, file.readAll());
    r.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return r;
}
