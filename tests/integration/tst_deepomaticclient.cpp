// The REST client against the sandbox over real loopback HTTP: typed results, typed errors.

#include "apiresult.h"
#include "deepomaticclient.h"
#include "sandboximageanalyzer.h"
#include "sandboxserver.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <optional>

namespace {
struct Outcome {
    RemoteWorkOrder workOrder;
    ApiError error;
};

// What any endpoint's callback received.

// A self-signed certificate for 127.0.0.1 (openssl req -x509 -newkey rsa:2048 -nodes -days 36500
// -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1): trusted by nobody.
const char kSelfSignedCert[] = R"pem(-----BEGIN CERTIFICATE-----
MIIDJzCCAg+gAwIBAgIUdLyhCAffQdv3Hyj5l/Jr7PDsDOgwDQYJKoZIhvcNAQEL
BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyNzE5MzYzMVoYDzIxMjYx
MTAzMTkzNjMxWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQDXjoW7m6Yi48vuXms5xdtsAkscbbJg+F8M+BNwNbEB
SlA3CkDSDMOx2NZ0Mwy2ygi5vtO835Rt5euFb1f80DZnvroLYhyGdkLEEJ5h55GR
dIrBZpZSxI4fIuo2hItAj3dTuUn3H7UvgkgbMk9VLXOrClyt89P7UsPi02nVpgOJ
wQAETBYbOUf/7PfTDSpSFXZreXfbWRf0wUWJuaFnYmQpsQq60MAhBo5+uSVB3jTi
C1lFLWo+DlaodBebE+cYFXf3E6Y/51Zgu56V6YYtPeB1CEhotMZcpd8DzgQMw4ZT
MuHWSTPOEz406uO8inlfoKy1z+AYHCfkQpiHr6fSBYmNAgMBAAGjbzBtMB0GA1Ud
DgQWBBRE2vL8XuNLIFmtpOh6RxXz0z6HTzAfBgNVHSMEGDAWgBRE2vL8XuNLIFmt
pOh6RxXz0z6HTzAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQTMBGCCWxvY2FsaG9z
dIcEfwAAATANBgkqhkiG9w0BAQsFAAOCAQEAU2CY9QwxPTRIoe3LlCbbLctDnvsj
rDjwJxlOL3uXztBBSQ5JJkOrBfxKksOOoJqPdXtv/n1J2Yvj59DBPgaZVlrh/HS2
blSBvqLTDFsoMiD3SLnZwqUailKOwek+WTf7mr4/2GsjvLVkY1U9E05/Z10OmnyD
GmYss3hOKR0bvXj2O7w2uYP1DFwvoNMe7hPpsfe4yKRYuhTYm/NuqN2OCMH/54E2
pcAqyKp+dqWTccPPZ00YVtyAD3CzrmeETuS95ZNAgZ6kdh26X3BBEGFYtFWBkJod
KKh6mnC0/nysC0eEOdTOQTkS7nZ0LQlLdWjl387Uxo6eoMNDhkCobhM/KQ==
-----END CERTIFICATE-----
)pem";
const char kSelfSignedKey[] = R"pem(-----BEGIN PRIVATE KEY-----
MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQDXjoW7m6Yi48vu
Xms5xdtsAkscbbJg+F8M+BNwNbEBSlA3CkDSDMOx2NZ0Mwy2ygi5vtO835Rt5euF
b1f80DZnvroLYhyGdkLEEJ5h55GRdIrBZpZSxI4fIuo2hItAj3dTuUn3H7Uvgkgb
Mk9VLXOrClyt89P7UsPi02nVpgOJwQAETBYbOUf/7PfTDSpSFXZreXfbWRf0wUWJ
uaFnYmQpsQq60MAhBo5+uSVB3jTiC1lFLWo+DlaodBebE+cYFXf3E6Y/51Zgu56V
6YYtPeB1CEhotMZcpd8DzgQMw4ZTMuHWSTPOEz406uO8inlfoKy1z+AYHCfkQpiH
r6fSBYmNAgMBAAECggEAFj2kWskiiTML1Zp0Yc+iZjCOY26GGy9FT2dBSjCgBMwQ
Hr22FnYusuj2p6Kkyy9pWxDvc+t1uykf9fKZF4K8OlQZihcjblRBa01zqhJkmKd3
saDOHdgd+eR2Wg2u+IhU/ZR+pzrkTPSaUAQO33EDIEC/c0tXMfVGNN8valXow4uv
3IHtoDFD+l8kqSSoMAp7lCH7iu6mxq8mB1PvbqvSiWOwwXJcZSbFH9Sp9HmfHSRu
+N0EeO3uX/AjWcjQjxUr79/ZxaSAyiw4Z4I8xLr+aYyjC8ltL9bUhwclmqqHlHYF
9Igx7Vi2yyVe2AcIF1M3i5j/rfCJYlFN/yTPGFi0gQKBgQDzuKBbmBfgAK7P2T2P
apBQzDzaW6PamAiMV2x+UkDkA5pb9w/qyr8wOmLul/FdKJGZss7BJ9K8eUK0AIAm
tVBtmCCJjR7sdpR7XwT7fgxQJQHXsb8jy6lDF60oGZOWAl/S/sIvvnqzLQRuK++9
s/UZ8y7IJudWIR9FoLnujh4pHQKBgQDiaqWqiASz9IYzK89nPSGEePDCQ0c7zBrA
EZfD9W79Q3VS4Ghmzu2OoKTkUOXRCFB6ZI+suSk6tbkZ7xJDE+HtB1pT/buGgpvy
idrDguh0DKw9DzpZc4g3wPta71IT8OfdTUMUgkiBMWMXF7BO2fWq4htnfEpspbvO
dKwKsXlnMQKBgQCO2BgMdwEPRfcvVQkSpId/A6Vq6akIdnEUKC0rgHQN79qpqg1H
NJuH3cCcTKunSR7FMZqidP+7fWrN6zkw9rXz9eSkGfUU7I8sG83kxMTcuEPzMndv
uG81JoxTY2Iv2qZlGPGhYAe0Ol9NXyz9R5sRIYm6v6p4vaMBgSlYmy0sNQKBgQCL
E3cviN1arJjCVebQQ3yTIrbAnRLkaDsGP8g5VkkWyJkIj0+R1wmU0ph2pjqEa9cD
V0HpltL8fSN2CqPtEAl2z01syi6mMRQZpxP5hC/FGQOzfecZix3hIWlEMjz4gsHp
7cuGjYB72xpC1Qo3ZSrCDKFIr9AHbMYvyvrilqE8AQKBgQDkMqfmn1egGpLLMXma
S0H6NYmpp/NsJt1tNwvX9lLDseQOHg9ccy9nPKHCLg3HdIXtG3ZMpf7FHIabqKmn
FjLrmEoQDCulTjL90yhiacof1bRLldS4ZtSv+5nSfKnjYtYZ2VMuNEtSeEYA9YL+
tvM7l5vH80DYtiAHaFmZpRjw3Q==
-----END PRIVATE KEY-----
)pem";

QByteArray jpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

QStringList s_logLines;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_logLines << message;
}
} // namespace

class tst_DeepomaticClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void createsAWorkOrder();
    void createRejectsAnInvalidNameWithTheServersWords();
    void createRejectsAnUnknownEngineer();
    void getReturnsTaskGroupsAndProgress();
    void getUnknownIdIs404();
    void wrongTokenIs401();
    void missingTokenIs401();
    void requestsWaitForTheToken();
    void withoutATokenNothingIsSent();
    void refusedConnectionIsANetworkError();
    void slowServerIsATimeout();
    void malformedBodiesAreRejected_data();
    void malformedBodiesAreRejected();
    void destroyedContextSkipsTheCallback();
    void tokenNeverReachesTheLog();
    void transientErrorsAreClassified_data();
    void transientErrorsAreClassified();

    // Every documented endpoint, success and documented errors.
    void getWithInputsListsThePhotos();
    void updateChangesTheEngineer();
    void updateRejectsAnUnknownEngineer();
    void updateUnknownIdIs404();
    void deleteRemovesTheWorkOrder();
    void deleteUnknownIdIs404();
    void findByNameReturnsExactMatchesOnly();
    void listsTaskGroups();
    void getsOneTaskGroupByName();
    void unknownTaskGroupIs404();
    void analyzeRecordsThePhotoAndScoresTheTasks();
    void analyzeReportsDataConformityMessages();
    void analyzeRejectsAnUnknownTaskGroup();
    void analyzeRejectsCorruptImageBytes();
    void analyzeUnknownWorkOrderIs404();
    void analyzeTooLargeIsRefusedBeforeSending_data();
    void analyzeTooLargeIsRefusedBeforeSending();
    void analyzeTimeoutGrowsWithTheBody_data();
    void analyzeTimeoutGrowsWithTheBody();
    void correctionIsRecordedAndFinal();
    void correctionOfTheWrongTypeIsRejected();
    void correctionOfAnUnknownTaskIs404();
    void cancelBeforeAnswerEndsWithCancelled();
    void untrustedCertificateIsATlsErrorNeverIgnored();

private:
    Outcome wait(const std::function<void(DeepomaticClient::WorkOrderCallback)> &call);
    template<typename T>
    void waitFor(const ApiResult<T> &result)
    {
        QTRY_VERIFY_WITH_TIMEOUT(result.done, 15000);
    }
    RemoteWorkOrder createFresh(const QString &name);
    QString knownEngineer() const;

    SandboxServer m_sandbox;
    DeepomaticClient m_client;
};

void tst_DeepomaticClient::initTestCase()
{
    QVERIFY2(m_sandbox.start(0), qPrintable(m_sandbox.errorString()));
}

void tst_DeepomaticClient::init()
{
    m_client.setBaseUrl(m_sandbox.siteProfile().effectiveApiUrl());
    m_client.setToken(m_sandbox.apiToken());
    m_client.setTimeout(10000);
    m_client.setSlowestUploadRate(DeepomaticClient::DefaultSlowestUploadRate);
    // Fast back-off: the tests measure behaviour, not patience.
    RetryPolicy fast;
    fast.setBaseDelayMs(10);
    fast.setMaxDelayMs(100);
    m_client.setRetryPolicy(fast);
    m_sandbox.setFaults({});
    m_sandbox.setLatency(0);
    m_sandbox.setNextStatus(0, 0);
}

Outcome
tst_DeepomaticClient::wait(const std::function<void(DeepomaticClient::WorkOrderCallback)> &call)
{
    std::optional<Outcome> outcome;
    call([&outcome](const RemoteWorkOrder &wo, const ApiError &error) {
        outcome = Outcome{wo, error};
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000); }();
    return outcome.value_or(Outcome{});
}

void tst_DeepomaticClient::createsAWorkOrder()
{
    const int before = m_sandbox.createRequestCount();
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("WO-CLIENT-0001")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Lyon")}}},
        {QStringLiteral("work_order_types"), QJsonArray{m_sandbox.seededWorkOrders()
                                                            .first()
                                                            .value(QStringLiteral("types"))
                                                            .toArray()
                                                            .first()}}};
    const Outcome o = wait([&](auto done) { m_client.createWorkOrder(body, this, done); });
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message()));
    QVERIFY(!QUuid::fromString(o.workOrder.id).isNull());
    QCOMPARE(o.workOrder.name, QStringLiteral("WO-CLIENT-0001"));
    QCOMPARE(o.workOrder.progressScore, 0);
    QVERIFY(!o.workOrder.taskGroups.isEmpty());
    QCOMPARE(m_sandbox.createRequestCount(), before + 1);
    QVERIFY(m_sandbox.workOrderIds().contains(o.workOrder.id));
}

void tst_DeepomaticClient::createRejectsAnInvalidNameWithTheServersWords()
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("bad name!")}};
    const Outcome o = wait([&](auto done) { m_client.createWorkOrder(body, this, done); });
    QCOMPARE(o.error.kind, ApiError::Kind::Http);
    QCOMPARE(o.error.httpStatus, 400);
    QVERIFY(o.error.fieldErrors.contains(QStringLiteral("name")));
    QVERIFY(!o.error.isTransient());
    QVERIFY(o.error.message().startsWith(QLatin1String("400: ")));
    QVERIFY(o.error.message().contains(QLatin1String("name")));
}

void tst_DeepomaticClient::createRejectsAnUnknownEngineer()
{
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("WO-CLIENT-0002")},
        {QStringLiteral("field_engineer_email"), QStringLiteral("nobody@nowhere.invalid")}};
    const Outcome o = wait([&](auto done) { m_client.createWorkOrder(body, this, done); });
    QCOMPARE(o.error.httpStatus, 400);
    QVERIFY(o.error.fieldErrors.contains(QStringLiteral("field_engineer_email")));
}

void tst_DeepomaticClient::getReturnsTaskGroupsAndProgress()
{
    const QString id = m_sandbox.workOrderIds().first();
    const int expected =
        m_sandbox.workOrderJson(id).value(QStringLiteral("progress_score")).toInt();
    const Outcome o = wait([&](auto done) { m_client.getWorkOrder(id, false, this, done); });
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message()));
    QCOMPARE(o.workOrder.id, id);
    QCOMPARE(o.workOrder.progressScore, expected);
    QVERIFY(!o.workOrder.taskGroups.isEmpty());
    for (int i = 1; i < o.workOrder.taskGroups.size(); ++i)
        QVERIFY(o.workOrder.taskGroups.at(i - 1).order <= o.workOrder.taskGroups.at(i).order);

    // Progress follows the task states: take every photo and read it again.
    for (const auto &group : o.workOrder.taskGroups)
        QVERIFY(m_sandbox.markPhotoTaken(id, group.name));
    const Outcome after = wait([&](auto done) { m_client.getWorkOrder(id, true, this, done); });
    QCOMPARE(after.workOrder.progressScore, 100);
}

void tst_DeepomaticClient::getUnknownIdIs404()
{
    const Outcome o = wait([&](auto done) {
        m_client.getWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this,
                              done);
    });
    QCOMPARE(o.error.kind, ApiError::Kind::Http);
    QCOMPARE(o.error.httpStatus, 404);
    QCOMPARE(o.error.detail, QStringLiteral("Not found."));
}

void tst_DeepomaticClient::wrongTokenIs401()
{
    m_client.setToken(QStringLiteral("not-the-token"));
    const Outcome o = wait([&](auto done) {
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    QCOMPARE(o.error.httpStatus, 401);
    QCOMPARE(o.error.detail, QStringLiteral("Invalid token."));
    QCOMPARE(o.error.message(), QStringLiteral("401: Invalid token."));
}

void tst_DeepomaticClient::missingTokenIs401()
{
    m_client.setToken(QString());
    const Outcome o = wait([&](auto done) {
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    QCOMPARE(o.error.httpStatus, 401);
    QVERIFY(o.error.detail.contains(QLatin1String("credentials")));
}

void tst_DeepomaticClient::requestsWaitForTheToken()
{
    // As while a profile's token is read from the credential store.
    m_client.holdUntilToken();
    QVERIFY(m_client.isWaitingForToken());
    const qsizetype before = m_sandbox.receivedRequests().size();
    bool done = false;
    ApiError error;
    m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this,
                          [&](const RemoteWorkOrder &, const ApiError &e) {
                              error = e;
                              done = true;
                          });
    QTest::qWait(300);
    QVERIFY(!done);
    QCOMPARE(m_sandbox.receivedRequests().size(), before); // nothing went out
    QCOMPARE(m_client.queued(), 1);

    m_client.setToken(m_sandbox.apiToken());
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    const QList<SandboxServer::ReceivedRequest> received = m_sandbox.receivedRequests();
    QCOMPARE(received.size(), before + 1);
    QVERIFY(received.last().withToken);
}

void tst_DeepomaticClient::withoutATokenNothingIsSent()
{
    m_client.holdUntilToken();
    const qsizetype before = m_sandbox.receivedRequests().size();
    bool done = false;
    ApiError error;
    m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this,
                          [&](const RemoteWorkOrder &, const ApiError &e) {
                              error = e;
                              done = true;
                          });
    const QString why = QStringLiteral("No API token is stored for Acme.");
    m_client.releaseWithoutToken(why);
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(error.message(), why);
    // A call made afterwards fails the same way, at once.
    const Outcome later = wait(
        [&](auto cb) { m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, cb); });
    QCOMPARE(later.error.message(), why);
    QCOMPARE(m_sandbox.receivedRequests().size(), before);
}

void tst_DeepomaticClient::refusedConnectionIsANetworkError()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    const Outcome o = wait([&](auto done) {
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    QCOMPARE(o.error.kind, ApiError::Kind::Network);
    QVERIFY(o.error.isTransient());
    QVERIFY(o.error.message().contains(QLatin1String("127.0.0.1")));
}

void tst_DeepomaticClient::slowServerIsATimeout()
{
    m_sandbox.setLatency(1500);
    m_client.setTimeout(300);
    const Outcome o = wait([&](auto done) {
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
    QVERIFY(o.error.isTransient());
}

void tst_DeepomaticClient::malformedBodiesAreRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("<html>oops</html>") << QStringLiteral("not JSON");
    QTest::newRow("array root") << QByteArray("[1,2]") << QStringLiteral("object");
    QTest::newRow("no id") << QByteArray(R"({"name":"x","progress_score":3})")
                           << QStringLiteral("id");
    QTest::newRow("progress 150") << QByteArray(
        R"({"id":"6b0b3f2e-0000-4000-8000-000000000000","name":"x","progress_score":150})")
                                  << QStringLiteral("progress_score");
    QTest::newRow("progress string") << QByteArray(
        R"({"id":"6b0b3f2e-0000-4000-8000-000000000000","name":"x","progress_score":"100"})")
                                     << QStringLiteral("progress_score");
}

void tst_DeepomaticClient::malformedBodiesAreRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    // A second, misbehaving server on loopback: real HTTP, wrong content.
    QHttpServer liar;
    liar.route(QStringLiteral("/v0.2/work-orders/<arg>/"), [body](const QString &) {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
    });
    const quint16 port = liar.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    const Outcome o = wait([&](auto done) {
        m_client.getWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this,
                              done);
    });
    QCOMPARE(o.error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(o.error.message().contains(mentions), qPrintable(o.error.message()));
}

void tst_DeepomaticClient::destroyedContextSkipsTheCallback()
{
    m_sandbox.setLatency(200);
    bool called = false;
    auto *context = new QObject;
    QPointer<ApiCall> call = m_client.getWorkOrder(
        m_sandbox.workOrderIds().first(), false, context,
        [&called](const RemoteWorkOrder &, const ApiError &) { called = true; });
    QVERIFY(call);
    QSignalSpy finished(call.data(), &ApiCall::finished);
    delete context; // cancels the call: nobody is left to read its answer
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QTest::qWait(400); // past the server's answer
    QVERIFY(!called);
    QCOMPARE(m_client.inFlight(), 0);
}

void tst_DeepomaticClient::tokenNeverReachesTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("fieldconnect.*=true"));
    s_logLines.clear();
    const auto previous = qInstallMessageHandler(captureLog);
    wait([&](auto done) {
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    m_client.setToken(QStringLiteral("wrong-secret-token"));
    wait([&](auto done) {
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!s_logLines.isEmpty()); // the requests were logged…
    for (const QString &line : std::as_const(s_logLines)) { // …but never with a token
        QVERIFY2(!line.contains(m_sandbox.apiToken()), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("wrong-secret-token")), qPrintable(line));
    }
}

void tst_DeepomaticClient::transientErrorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    for (int s : {400, 401, 403, 404, 405, 409, 415})
        QTest::addRow("%d", s) << s << false;
    for (int s : {429, 500, 501, 502, 503, 504})
        QTest::addRow("%d", s) << s << true;
}

void tst_DeepomaticClient::transientErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    // One attempt only: a transient status would otherwise be retried into a success
    // (tst_deepomaticclientretry covers that).
    RetryPolicy once = m_client.retryPolicy();
    once.setMaxAttempts(1);
    m_client.setRetryPolicy(once);
    m_sandbox.setNextStatus(status);
    QPointer<ApiCall> call;
    const Outcome o = wait([&](auto done) {
        call = m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    QCOMPARE(o.error.kind, ApiError::Kind::Http);
    QCOMPARE(o.error.httpStatus, status);
    QCOMPARE(o.error.isTransient(), transient);
    if (status == 429 || status == 503) // the sandbox says when to come back
        QCOMPARE(o.error.retryAfterMs, 1000);
}

RemoteWorkOrder tst_DeepomaticClient::createFresh(const QString &name)
{
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("work_order_types"),
                     m_sandbox.seededWorkOrders().first().value(QStringLiteral("types"))}},
        this, into(&r));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000); }();
    if (r.error.isError())
        qWarning("create failed: %s", qPrintable(r.error.message()));
    return r.value;
}

QString tst_DeepomaticClient::knownEngineer() const
{
    for (const QJsonObject &wo : m_sandbox.seededWorkOrders()) {
        const QString email = wo.value(QStringLiteral("field_engineer_email")).toString();
        if (!email.isEmpty())
            return email;
    }
    return {};
}

void tst_DeepomaticClient::getWithInputsListsThePhotos()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-INPUTS"));
    QVERIFY(!wo.id.isEmpty());
    QVERIFY(wo.inputs.isEmpty());
    const QString group = wo.taskGroups.first().name;
    QVERIFY(m_sandbox.markPhotoTaken(wo.id, group));

    const Outcome with = wait([&](auto done) { m_client.getWorkOrder(wo.id, true, this, done); });
    QVERIFY2(!with.error.isError(), qPrintable(with.error.message()));
    QCOMPARE(with.workOrder.inputs.size(), 1);
    const RemoteWorkOrder::Input &input = with.workOrder.inputs.first();
    QVERIFY(!input.id.isEmpty());
    QCOMPARE(input.taskGroupName, group);
    QVERIFY(input.date.isValid());
    QVERIFY(input.imageUrl.isValid() && !input.imageUrl.isEmpty());
    QVERIFY(input.conformityMessages.isEmpty());

    const Outcome without =
        wait([&](auto done) { m_client.getWorkOrder(wo.id, false, this, done); });
    QVERIFY(!without.error.isError());
    QVERIFY(without.workOrder.inputs.isEmpty());
}

void tst_DeepomaticClient::updateChangesTheEngineer()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-PATCH"));
    const QString email = knownEngineer();
    QVERIFY(!email.isEmpty());
    ApiResult<RemoteWorkOrder> r;
    m_client.updateWorkOrder(wo.id, {{QStringLiteral("field_engineer_email"), email}}, this,
                             into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.id, wo.id);
    QCOMPARE(r.value.fieldEngineerEmail, email);
    QCOMPARE(
        m_sandbox.workOrderJson(wo.id).value(QStringLiteral("field_engineer_email")).toString(),
        email);
}

void tst_DeepomaticClient::updateRejectsAnUnknownEngineer()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-PATCH-BAD"));
    ApiResult<RemoteWorkOrder> r;
    m_client.updateWorkOrder(
        wo.id, {{QStringLiteral("field_engineer_email"), QStringLiteral("nobody@x.invalid")}}, this,
        into(&r));
    waitFor(r);
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.httpStatus, 400);
    QVERIFY(r.error.fieldErrors.contains(QStringLiteral("field_engineer_email")));
}

void tst_DeepomaticClient::updateUnknownIdIs404()
{
    ApiResult<RemoteWorkOrder> r;
    m_client.updateWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"),
                             {{QStringLiteral("tags"), QJsonArray{QStringLiteral("x")}}}, this,
                             into(&r));
    waitFor(r);
    QCOMPARE(r.error.httpStatus, 404);
}

void tst_DeepomaticClient::deleteRemovesTheWorkOrder()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-DELETE"));
    QVERIFY(m_sandbox.workOrderIds().contains(wo.id));
    ApiResult<QString> r;
    m_client.deleteWorkOrder(wo.id, this, into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value, wo.id);
    QVERIFY(!m_sandbox.workOrderIds().contains(wo.id));
    const Outcome after = wait([&](auto done) { m_client.getWorkOrder(wo.id, false, this, done); });
    QCOMPARE(after.error.httpStatus, 404);
}

void tst_DeepomaticClient::deleteUnknownIdIs404()
{
    ApiResult<QString> r;
    m_client.deleteWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), this,
                             into(&r));
    waitFor(r);
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.httpStatus, 404);
}

void tst_DeepomaticClient::findByNameReturnsExactMatchesOnly()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-FIND"));
    createFresh(QStringLiteral("WO-CLIENT-FIND-2"));
    ApiResult<QList<RemoteWorkOrder>> r;
    m_client.findWorkOrdersByName(QStringLiteral("WO-CLIENT-FIND"), this, into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.first().id, wo.id);

    ApiResult<QList<RemoteWorkOrder>> none;
    m_client.findWorkOrdersByName(QStringLiteral("WO-NOBODY"), this, into(&none));
    waitFor(none);
    QVERIFY(!none.error.isError());
    QVERIFY(none.value.isEmpty());
}

void tst_DeepomaticClient::listsTaskGroups()
{
    ApiResult<QList<RemoteWorkOrder::TaskGroup>> r;
    m_client.listTaskGroups(this, into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(r.value.size() >= 2);
    for (const auto &group : r.value) {
        QVERIFY(!group.name.isEmpty());
        QVERIFY(!group.tasks.isEmpty());
        for (const auto &task : group.tasks)
            QVERIFY(!task.isAnalysed()); // the catalogue has no states
    }
}

void tst_DeepomaticClient::getsOneTaskGroupByName()
{
    ApiResult<RemoteWorkOrder::TaskGroup> r;
    m_client.getTaskGroup(QStringLiteral("pm-ouvert-avant"), this, into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.name, QStringLiteral("pm-ouvert-avant"));
    QVERIFY(!r.value.tasks.isEmpty());
    QVERIFY(!r.value.tasks.first().sentence.isEmpty());
}

void tst_DeepomaticClient::unknownTaskGroupIs404()
{
    ApiResult<RemoteWorkOrder::TaskGroup> r;
    m_client.getTaskGroup(QStringLiteral("no-such-group"), this, into(&r));
    waitFor(r);
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.httpStatus, 404);
}

void tst_DeepomaticClient::analyzeRecordsThePhotoAndScoresTheTasks()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-ANALYZE"));
    const QString group = wo.taskGroups.first().name;
    const AnalyzeRequest request =
        AnalyzeRequest::fromContent(group, jpeg(SandboxImageAnalyzer::sampleImage(7)));
    QVERIFY2(request.isValid(), qPrintable(request.error()));
    QCOMPARE(request.mediaType(), QStringLiteral("image/jpeg"));
    ApiResult<AnalyzeResult> r;
    m_client.analyze(wo.id, request, this, into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.taskGroup.name, group);
    QCOMPARE(r.value.input.taskGroupName, group);
    QVERIFY(!r.value.input.id.isEmpty());
    QVERIFY(r.value.isConform());
    QVERIFY(r.value.input.width >= 640);
    for (const auto &task : r.value.taskGroup.tasks)
        QVERIFY(task.isAnalysed());
    QVERIFY(r.value.progressScore > 0);

    const Outcome after = wait([&](auto done) { m_client.getWorkOrder(wo.id, true, this, done); });
    QCOMPARE(after.workOrder.progressScore, r.value.progressScore);
    QCOMPARE(after.workOrder.inputs.size(), 1);
    QCOMPARE(after.workOrder.inputs.first().id, r.value.input.id);
}

void tst_DeepomaticClient::analyzeReportsDataConformityMessages()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-ANALYZE-DARK"));
    QImage dark(800, 600, QImage::Format_RGB32);
    dark.fill(QColor(5, 5, 5));
    ApiResult<AnalyzeResult> r;
    m_client.analyze(wo.id, AnalyzeRequest::fromContent(wo.taskGroups.first().name, jpeg(dark)),
                     this, into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(!r.value.isConform());
    QVERIFY(!r.value.input.conformityMessages.isEmpty());
}

void tst_DeepomaticClient::analyzeRejectsAnUnknownTaskGroup()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-ANALYZE-GROUP"));
    ApiResult<AnalyzeResult> r;
    m_client.analyze(wo.id,
                     AnalyzeRequest::fromContent(QStringLiteral("no-such-group"),
                                                 jpeg(SandboxImageAnalyzer::sampleImage(1))),
                     this, into(&r));
    waitFor(r);
    QCOMPARE(r.error.httpStatus, 400);
    QVERIFY(r.error.fieldErrors.contains(QStringLiteral("task_group_name")));
}

void tst_DeepomaticClient::analyzeRejectsCorruptImageBytes()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-ANALYZE-CORRUPT"));
    QByteArray corrupt = jpeg(SandboxImageAnalyzer::sampleImage(2)).left(64);
    corrupt += QByteArray(200, '\x42');
    ApiResult<AnalyzeResult> r;
    m_client.analyze(wo.id, AnalyzeRequest::fromContent(wo.taskGroups.first().name, corrupt), this,
                     into(&r));
    waitFor(r);
    QCOMPARE(r.error.httpStatus, 400);
    QVERIFY(r.error.fieldErrors.contains(QStringLiteral("image")));
    QVERIFY(!r.error.isTransient());
}

void tst_DeepomaticClient::analyzeUnknownWorkOrderIs404()
{
    ApiResult<AnalyzeResult> r;
    m_client.analyze(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"),
                     AnalyzeRequest::fromContent(QStringLiteral("pm-ouvert-avant"),
                                                 jpeg(SandboxImageAnalyzer::sampleImage(3))),
                     this, into(&r));
    waitFor(r);
    QCOMPARE(r.error.httpStatus, 404);
}

void tst_DeepomaticClient::analyzeTooLargeIsRefusedBeforeSending_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QByteArray image = jpeg(SandboxImageAnalyzer::sampleImage(4));
    image.append(QByteArray(AnalyzeRequest::MaxImageBytes - image.size() + 1, '\0'));
    QTest::newRow("image over 5 MB") << image << QStringLiteral("5.0 MB");
    QByteArray pdf("%PDF-1.4\n");
    pdf.append(QByteArray(AnalyzeRequest::MaxPdfBytes - pdf.size() + 1, ' '));
    QTest::newRow("PDF over 8 MB") << pdf << QStringLiteral("8.0 MB");
    QTest::newRow("not an image") << QByteArray("hello") << QStringLiteral("image or a PDF");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void tst_DeepomaticClient::analyzeTooLargeIsRefusedBeforeSending()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    // A server that counts: nothing must reach it.
    int hits = 0;
    QHttpServer counter;
    counter.setMissingHandler([&hits](const QHttpServerRequest &, QHttpServerResponder &&r) {
        ++hits;
        r.write(QHttpServerResponder::StatusCode::NotFound);
    });
    const quint16 port = counter.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    ApiResult<AnalyzeResult> r;
    QPointer<ApiCall> call = m_client.analyze(
        QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"),
        AnalyzeRequest::fromContent(QStringLiteral("pm-ouvert-avant"), content), this, into(&r));
    QVERIFY(!r.done); // the callback never runs before the caller has the handle
    waitFor(r);
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(r.error.message().contains(mentions), qPrintable(r.error.message()));
    QTest::qWait(50);
    QCOMPARE(hits, 0);
}

void tst_DeepomaticClient::analyzeTimeoutGrowsWithTheBody_data()
{
    QTest::addColumn<int>("latency");
    QTest::addColumn<bool>("answered");
    // The base timeout is 400 ms and the photo's body earns 1500 ms more: a server slower than
    // the old fixed limit is waited for; one that never answers in the budget still times out.
    QTest::newRow("slower than the base timeout") << 1200 << true;
    QTest::newRow("stalled") << 60000 << false;
}

void tst_DeepomaticClient::analyzeTimeoutGrowsWithTheBody()
{
    QFETCH(int, latency);
    QFETCH(bool, answered);
    const RemoteWorkOrder wo =
        createFresh(QStringLiteral("WO-CLIENT-SLOW-UPLOAD-%1")
                        .arg(answered ? QLatin1String("OK") : QLatin1String("STALLED")));
    QVERIFY(!wo.id.isEmpty());
    const AnalyzeRequest request = AnalyzeRequest::fromContent(
        wo.taskGroups.first().name, jpeg(SandboxImageAnalyzer::sampleImage(7)));
    QVERIFY2(request.isValid(), qPrintable(request.error()));
    // The body is the photo in base64 (4/3 of it) inside a small JSON object.
    const qint64 bodyBytes = request.size() * 4 / 3;
    QVERIFY(bodyBytes > 10 * 1024);
    m_client.setTimeout(400);
    m_client.setSlowestUploadRate(int(bodyBytes * 1000 / 1500));
    const int budget = m_client.attemptTimeout(bodyBytes);
    QVERIFY2(budget >= 1850 && budget <= 2000, qPrintable(QString::number(budget)));
    QCOMPARE(m_client.attemptTimeout(0), 400); // a GET keeps the base timeout
    m_sandbox.setLatency(latency);

    QElapsedTimer clock;
    clock.start();
    ApiResult<AnalyzeResult> r;
    m_client.analyze(wo.id, request, this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
    const qint64 elapsed = clock.elapsed();
    if (answered) {
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QVERIFY2(elapsed >= 1200, qPrintable(QString::number(elapsed))); // past the old limit
        QCOMPARE(r.value.input.taskGroupName, wo.taskGroups.first().name);
    } else {
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        // The timer is coarse (about 5 %): not much before the budget, never at the base timeout.
        QVERIFY2(elapsed >= budget * 9 / 10, qPrintable(QString::number(elapsed)));
    }
}

void tst_DeepomaticClient::correctionIsRecordedAndFinal()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-CORRECT"));
    const RemoteWorkOrder::TaskGroup group = wo.taskGroups.first();
    RemoteWorkOrder::Task boolean;
    for (const auto &task : group.tasks) {
        if (task.outcomeType == QLatin1String("Boolean")) {
            boolean = task;
            break;
        }
    }
    QVERIFY(!boolean.id.isEmpty());
    ApiResult<TaskCorrection> r;
    m_client.correctTask(wo.id, boolean.id, false, this, into(&r));
    waitFor(r);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.taskId, boolean.id);
    QCOMPARE(r.value.correctedValue, QJsonValue(false));

    const Outcome after = wait([&](auto done) { m_client.getWorkOrder(wo.id, false, this, done); });
    bool seen = false;
    for (const auto &g : after.workOrder.taskGroups) {
        for (const auto &t : g.tasks) {
            if (t.id == boolean.id) {
                seen = true;
                QCOMPARE(t.state.value(QStringLiteral("corrected_value")), QJsonValue(false));
            }
        }
    }
    QVERIFY(seen);

    ApiResult<TaskCorrection> again; // corrections are final
    m_client.correctTask(wo.id, boolean.id, true, this, into(&again));
    waitFor(again);
    QCOMPARE(again.error.httpStatus, 400);
    QVERIFY(!again.error.detail.isEmpty());
}

void tst_DeepomaticClient::correctionOfTheWrongTypeIsRejected()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-CORRECT-TYPE"));
    QString taskId;
    for (const auto &task : wo.taskGroups.first().tasks) {
        if (task.outcomeType == QLatin1String("Boolean"))
            taskId = task.id;
    }
    QVERIFY(!taskId.isEmpty());
    ApiResult<TaskCorrection> r;
    m_client.correctTask(wo.id, taskId, QStringLiteral("yes"), this, into(&r));
    waitFor(r);
    QCOMPARE(r.error.httpStatus, 400);
    QVERIFY(r.error.fieldErrors.contains(QStringLiteral("corrected_value")));
}

void tst_DeepomaticClient::correctionOfAnUnknownTaskIs404()
{
    const RemoteWorkOrder wo = createFresh(QStringLiteral("WO-CLIENT-CORRECT-404"));
    ApiResult<TaskCorrection> r;
    m_client.correctTask(wo.id, QStringLiteral("no-such-task"), true, this, into(&r));
    waitFor(r);
    QCOMPARE(r.error.httpStatus, 404);
}

void tst_DeepomaticClient::cancelBeforeAnswerEndsWithCancelled()
{
    m_sandbox.setLatency(500);
    ApiResult<RemoteWorkOrder> r;
    QPointer<ApiCall> call =
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, into(&r));
    QTest::qWait(50);
    QCOMPARE(m_client.inFlight(), 1);
    call->cancel();
    QVERIFY(r.done); // at once, not when the server answers
    QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_client.inFlight(), 0);
}

void tst_DeepomaticClient::untrustedCertificateIsATlsErrorNeverIgnored()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    int hits = 0;
    QHttpServer tls;
    tls.sslSetup(QSslCertificate(QByteArray(kSelfSignedCert)),
                 QSslKey(QByteArray(kSelfSignedKey), QSsl::Rsa));
    tls.setMissingHandler([&hits](const QHttpServerRequest &, QHttpServerResponder &&r) {
        ++hits;
        r.write(QHttpServerResponder::StatusCode::NotFound);
    });
    const quint16 port = tls.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v0.2/").arg(port)));
    ApiResult<RemoteWorkOrder> r;
    QPointer<ApiCall> call = m_client.getWorkOrder(
        QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this, into(&r));
    waitFor(r);
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QVERIFY(!r.error.isTransient());
    QVERIFY2(r.error.detail.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(r.error.detail));
    QVERIFY(r.error.message().contains(QLatin1String("127.0.0.1")));
    QCOMPARE(hits, 0); // no request went over the untrusted connection
}

QTEST_GUILESS_MAIN(tst_DeepomaticClient)
#include "tst_deepomaticclient.moc"
