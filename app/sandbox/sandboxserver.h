#pragma once

#include "sandboxfaults.h"
#include "sandboxsignin.h"
#include "siteprofile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QSslCertificate;
class QSslKey;
class SandboxBackOffice;
class SandboxConnectorQuery;
class SandboxIdentityProvider;
class SandboxMediaStore;
class SandboxPages;
class SandboxState;
class SandboxUpload;

// The emulated Deepomatic site on 127.0.0.1: the v0.2 REST API with token auth and
// DRF-style errors, and the connector pages of the studio, seeded from resources/sandbox/.
// Used by the demo mode, by the fieldconnect-sandbox program and by the tests.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    // Finish = an HTTP 302 from the server, or a JS window.location.assign(...) from the page.
    enum class FinishMode { Redirect, Script };

    static constexpr const char *DemoToken = "sandbox-demo-token-0123456789abcdef";
    // The id of its site profile (siteProfile()).
    static constexpr const char *ProfileId = "sandbox";

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Optional: load the state from this JSON file at start() if it exists, and save it
    // (atomically) after every change, so the sandbox survives restarts of the app.
    void setStatePath(const QString &file);
    void setApiToken(const QString &token); // default: DemoToken
    // Replaces the built-in seed (resources/sandbox/seed.json) before start(). Returns an empty
    // string on success, otherwise what is wrong with it; start() then fails with that reason.
    QString loadSeed(const QByteArray &json);

    // Serve HTTPS only, with this certificate and key (call before start()): how tests and QA
    // exercise certificate errors and the deployment's fingerprint override.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return m_tls.has_value(); }

    // Listens on QHostAddress::LocalHost; port 0 picks a free port. False on failure, see
    // errorString().
    bool start(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>, or https:// after setTls()
    QString apiToken() const;
    QUuid siteId() const;
    QString orgSlug() const;
    // The value of the X-Sandbox-Admin header that unlocks /__sandbox/faults; random for each
    // start(), empty before. Without it that path is a plain 404, invisible to the app.
    QString adminToken() const;
    // Ready to use: id "sandbox", environment Sandbox, studio = baseUrl(), API = baseUrl()/v0.2/.
    SiteProfile siteProfile() const;

    // Sign-in to the connector pages (SandboxSignIn): cookie (default), session-cookie,
    // local-storage, or off. May change at any time; sessions are kept.
    void setSignInMode(SandboxSignIn::Mode mode);
    SandboxSignIn::Mode signInMode() const;
    // Single sign-on: call before start(); sign-in then goes through an identity provider on
    // its own loopback origin (http://localhost:<port>), which siteProfile() allow-lists.
    void setSingleSignOn(bool enabled);
    bool isSingleSignOn() const { return m_sso; }
    QUrl identityProviderUrl() const; // empty without SSO or before start()
    // The seeded users who can sign in, as (e-mail, password).
    QList<QPair<QString, QString>> signInCredentials() const;
    // Sessions last this long on the server (default 8 hours); the cookie's Max-Age says the
    // same. Applies to sessions made afterwards.
    void setSessionLifetime(int seconds);
    // Every session ends now: the next protected page asks to sign in again.
    void expireSessions();
    int sessionCount() const;

    void setFinishMode(FinishMode mode);
    // Fault injection: every REST answer is delayed by this much (the change itself is applied
    // at once, as on a slow network). The same value as faults().latency.
    void setLatency(int milliseconds);
    // Fault injection on REST requests (see SandboxFaults): latency, error rate, dropped
    // connections before or after applying, malformed bodies. Reseeds the dice.
    void setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const;
    // Fault injection: the next `count` REST requests answer this status with a DRF body and
    // change nothing.
    void setNextStatus(int httpStatus, int count = 1);

    // Every POST /v0.2/work-orders/ received, whatever its answer (rejected ones included), so
    // tests can tell retries and duplicates apart.
    int createRequestCount() const;
    // Every REST request received (UTC milliseconds since the epoch, "GET /v0.2/…", and the
    // client's port, one per TCP connection), in order, so tests can check the rate, the
    // concurrency and the connection reuse (keep-alive) a client keeps to, on the server's side,
    // and whether it came with the token the sandbox accepts (without it: a 401).
    struct ReceivedRequest {
        qint64 receivedMs = 0;
        QString request;
        quint16 peerPort = 0;
        bool withToken = false;
    };
    QList<ReceivedRequest> receivedRequests() const { return m_received; }
    QStringList workOrderIds() const;
    QJsonObject workOrderJson(const QString &id) const; // as GET returns it; empty if unknown
    // The seeded work orders (id, name, types, metadata, tags, field_engineer_email and _name), for
    // the app's demo planning.
    QList<QJsonObject> seededWorkOrders() const;
    // The site's work order types (names), as planning files are judged against them.
    QStringList workOrderTypes() const;
    // Every closure report POSTed to /__backoffice/closures, in arrival order, repeats included
    // (kept beside the state file when there is one).
    QList<QJsonObject> closureReports() const;
    // As if a good photo had been taken for this task group: a generated sharp, well exposed
    // image is analysed and stored like an upload, so every task of the group gets a conform
    // value and the input has a real thumbnail. False if the work order or group is unknown.
    bool markPhotoTaken(const QString &workOrderId, const QString &taskGroupName);

signals:
    void workOrderChanged(const QString &id);

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse handleApi(const QHttpServerRequest &request, const QStringList &segments,
                                  bool trailingSlash);
    QHttpServerResponse handlePage(const QHttpServerRequest &request, const QStringList &segments,
                                   bool trailingSlash);
    QHttpServerResponse handleAdmin(const QHttpServerRequest &request, const QStringList &segments);
    QHttpServerResponse adminSignIn(const QHttpServerRequest &request);
    QHttpServerResponse handleBackOffice(const QHttpServerRequest &request,
                                         const QStringList &segments);
    QHttpServerResponse createWorkOrder(const QHttpServerRequest &request);
    QHttpServerResponse analyze(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse correct(const QString &id, const QString &taskId,
                                const QHttpServerRequest &request);
    QHttpServerResponse photoUpload(const QString &id, const QString &group,
                                    const QHttpServerRequest &request,
                                    const SandboxConnectorQuery &query);
    QHttpServerResponse media(const QStringList &segments);
    // Resolves an upload body's "image" value, reading sandbox URLs locally.
    SandboxUpload readUpload(const QJsonValue &image);
    QByteArray localFile(const QString &path, QString *mediaType);
    // Analyses and records one upload; returns the input as listed, or empty with *error set
    // when the image cannot be decoded.
    QJsonObject recordUpload(const QString &id, const QString &group, const SandboxUpload &upload,
                             QString *error);
    QHttpServerResponse updateWorkOrder(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse connectorPage(const QString &id, const QHttpServerRequest &request,
                                      const QString &action, const QString &group);
    QHttpServerResponse staticFile(const QStringList &segments) const;
    QHttpServerResponse htmlError(int status, const QString &title, const QString &parameter,
                                  const QString &message) const;
    void send(QHttpServerResponse &&response, QHttpServerResponder &&responder, bool delayed);
    void drop(QHttpServerResponder &&responder);
    void changed(const QString &id);

    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxPages> m_pages;
    std::unique_ptr<SandboxMediaStore> m_media;
    std::unique_ptr<SandboxSignIn> m_signIn;
    std::unique_ptr<SandboxIdentityProvider> m_identityProvider;
    bool m_sso = false;
    std::unique_ptr<SandboxBackOffice> m_backOffice;
    QString m_statePath;
    QList<ReceivedRequest> m_received;
    QString m_token = QLatin1String(DemoToken);
    QString m_error;
    std::optional<QSslConfiguration> m_tls;
    quint16 m_port = 0;
    FinishMode m_finishMode = FinishMode::Redirect;
    SandboxFaults m_faults;
    QRandomGenerator m_dice;
    QString m_adminToken;
    quint32 m_samples = 0; // generated photos so far, to vary their content
    int m_nextStatus = 0;
    int m_nextStatusCount = 0;
    int m_createRequests = 0;
};
