// The REST client against the sandbox over real loopback HTTP: typed results, typed errors.

#include "deepomaticclient.h"
#include "sandboxserver.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

namespace {
struct Outcome {
    RemoteWorkOrder workOrder;
    ApiError error;
};

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
    void refusedConnectionIsANetworkError();
    void slowServerIsATimeout();
    void malformedBodiesAreRejected_data();
    void malformedBodiesAreRejected();
    void destroyedContextSkipsTheCallback();
    void tokenNeverReachesTheLog();
    void transientErrorsAreClassified_data();
    void transientErrorsAreClassified();

private:
    Outcome wait(const std::function<void(DeepomaticClient::WorkOrderCallback)> &call);

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
    m_sandbox.setLatency(0);
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
    QNetworkReply *reply = m_client.getWorkOrder(
        m_sandbox.workOrderIds().first(), false, context,
        [&called](const RemoteWorkOrder &, const ApiError &) { called = true; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    delete context;
    QVERIFY(finished.wait(5000));
    QCoreApplication::processEvents();
    QVERIFY(!called);
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
    for (int s : {400, 401, 403, 404, 405, 409, 415, 500})
        QTest::addRow("%d", s) << s << false;
    for (int s : {429, 502, 503, 504})
        QTest::addRow("%d", s) << s << true;
}

void tst_DeepomaticClient::transientErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    m_sandbox.setNextStatus(status);
    const Outcome o = wait([&](auto done) {
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, done);
    });
    QCOMPARE(o.error.kind, ApiError::Kind::Http);
    QCOMPARE(o.error.httpStatus, status);
    QCOMPARE(o.error.isTransient(), transient);
}

QTEST_GUILESS_MAIN(tst_DeepomaticClient)
#include "tst_deepomaticclient.moc"
