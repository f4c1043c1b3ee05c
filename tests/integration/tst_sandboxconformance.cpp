// Conformance of the sandbox with the vendor's public documentation (shared/deepomatic-api.md):
// the documented request bodies, sent as they are, are accepted; the documented invalid cases
// are refused the way the docs (and DRF's conventions) say. One row per documented statement.
#include "httpexchange.h"
#include "sandboximageanalyzer.h"
#include "sandboxserver.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString Engineer = QStringLiteral("camille.martin@fieldconnect-demo.example");
} // namespace

class tst_SandboxConformance : public QObject
{
    Q_OBJECT

private:
    HttpReply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                   const QByteArray &contentType = "application/json",
                   const QByteArray &authorization = QByteArray());

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

private slots:
    void init();
    void cleanup();
    void documentedCreateBodiesAreAccepted_data();
    void documentedCreateBodiesAreAccepted();
    void documentedInvalidCreatesAreRefused_data();
    void documentedInvalidCreatesAreRefused();
    void documentedConventions_data();
    void documentedConventions();
    void documentedAnalyzePrefixIsAccepted();
};

HttpReply tst_SandboxConformance::send(const QByteArray &verb, const QString &path,
                                       const QByteArray &body, const QByteArray &contentType,
                                       const QByteArray &authorization)
{
    HttpExchange::Request r;
    r.verb = verb;
    r.url = m_server->baseUrl().resolved(QUrl(path));
    r.body = body;
    r.followRedirects = true;
    r.setHeader("Authorization",
                authorization.isNull() ? "Token " + m_server->apiToken().toUtf8() : authorization);
    if (!body.isEmpty() && !contentType.isEmpty())
        r.setHeader("Content-Type", contentType);
    return HttpExchange::send(m_nam, r);
}

void tst_SandboxConformance::init()
{
    m_nam.clearConnectionCache();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
}

void tst_SandboxConformance::cleanup()
{
    m_server.reset();
}

void tst_SandboxConformance::documentedCreateBodiesAreAccepted_data()
{
    QTest::addColumn<QByteArray>("body");
    // "name (required): letters, digits, _, -; at most 128 characters"
    QTest::newRow("name only") << QByteArray(R"({"name": "WO-2026-0001"})");
    QTest::newRow("name of 128 characters")
        << QByteArray(R"({"name": ")" + QByteArray(128, 'a') + R"("})");
    QTest::newRow("name with underscore and digits") << QByteArray(R"({"name": "ref_42-B"})");
    // "metadata (object) ... tags (array of strings) ... field_engineer_email ... user_group_ids
    // (array) ... work_order_types (array of type names, e.g. "maintenance")"
    QTest::newRow("every documented field") << QByteArray(
        R"({"name": "WO-2026-0002",
            "metadata": {"address": "12 rue Garibaldi", "city": "Lyon", "customer_ref": "C-1"},
            "tags": ["fibre", "lyon"],
            "field_engineer_email": "camille.martin@fieldconnect-demo.example",
            "user_group_ids": [11, 12],
            "work_order_types": ["maintenance"]})");
    QTest::newRow("several types") << QByteArray(
        R"({"name": "WO-2026-0003", "work_order_types": ["installation", "maintenance"]})");
    QTest::newRow("email in another case") << QByteArray(
        R"({"name": "WO-2026-0004", "field_engineer_email": "Camille.Martin@FieldConnect-Demo.example"})");
    QTest::newRow("empty metadata and tags")
        << QByteArray(R"({"name": "WO-2026-0005", "metadata": {}, "tags": []})");
}

void tst_SandboxConformance::documentedCreateBodiesAreAccepted()
{
    QFETCH(QByteArray, body);
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"), body);
    QCOMPARE(r.status, 201); // DRF's default for a create
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    const QJsonObject wo = r.json();
    // "Response: the work order, including id (UUID) and progress_score."
    QVERIFY(!QUuid::fromString(wo.value(QLatin1String("id")).toString()).isNull());
    QCOMPARE(wo.value(QLatin1String("progress_score")).toInt(-1), 0);
    QCOMPARE(wo.value(QLatin1String("name")), sent.value(QLatin1String("name")));
    for (const char *key : {"metadata", "tags", "user_group_ids"}) {
        if (sent.contains(QLatin1String(key)))
            QCOMPARE(wo.value(QLatin1String(key)), sent.value(QLatin1String(key)));
    }
    if (sent.contains(QLatin1String("field_engineer_email")))
        QCOMPARE(wo.value(QLatin1String("field_engineer_email")).toString(), Engineer);
    if (sent.contains(QLatin1String("work_order_types")))
        QCOMPARE(wo.value(QLatin1String("types")), sent.value(QLatin1String("work_order_types")));
    // "Save the returned id": GET finds it.
    QCOMPARE(
        send("GET",
             QStringLiteral("/v0.2/work-orders/%1/").arg(wo.value(QLatin1String("id")).toString()))
            .status,
        200);
}

void tst_SandboxConformance::documentedInvalidCreatesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // where the error is: a field name or "detail"
    const QByteArray json = "application/json";
    QTest::newRow("name missing") << QByteArray(R"({"tags": []})") << json << 400 << "name";
    QTest::newRow("name of 129 characters")
        << QByteArray(R"({"name": ")" + QByteArray(129, 'a') + R"("})") << json << 400 << "name";
    QTest::newRow("name with a space")
        << QByteArray(R"({"name": "WO 1"})") << json << 400 << "name";
    QTest::newRow("name with a slash")
        << QByteArray(R"({"name": "WO/1"})") << json << 400 << "name";
    QTest::newRow("name with an accent")
        << QByteArray(R"({"name": "WO-é"})") << json << 400 << "name";
    QTest::newRow("unknown field engineer")
        << QByteArray(R"({"name": "WO-1", "field_engineer_email": "nobody@example.com"})") << json
        << 400 << "field_engineer_email";
    QTest::newRow("unknown work order type")
        << QByteArray(R"({"name": "WO-1", "work_order_types": ["painting"]})") << json << 400
        << "work_order_types";
    QTest::newRow("tags not strings")
        << QByteArray(R"({"name": "WO-1", "tags": [1]})") << json << 400 << "tags";
    QTest::newRow("metadata not an object")
        << QByteArray(R"({"name": "WO-1", "metadata": ["a"]})") << json << 400 << "metadata";
    QTest::newRow("unknown user group")
        << QByteArray(R"({"name": "WO-1", "user_group_ids": [999]})") << json << 400
        << "user_group_ids";
    // "JSON bodies with Content-Type: application/json, root must be an object"
    QTest::newRow("root is an array")
        << QByteArray(R"([{"name": "WO-1"}])") << json << 400 << "non_field_errors";
    QTest::newRow("not JSON") << QByteArray("name=WO-1") << json << 400 << "detail";
    QTest::newRow("form content type")
        << QByteArray("name=WO-1") << QByteArray("application/x-www-form-urlencoded") << 415
        << "detail";
}

void tst_SandboxConformance::documentedInvalidCreatesAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"), body, contentType);
    QCOMPARE(r.status, status);
    const QJsonValue error = r.json().value(field);
    if (field == QLatin1String("detail"))
        QVERIFY2(!error.toString().isEmpty(), r.body.constData());
    else
        QVERIFY2(!error.toArray().first().toString().isEmpty(), r.body.constData());
    QCOMPARE(m_server->workOrderIds().size(), 22);
}

void tst_SandboxConformance::documentedConventions_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path"); // ID stands for a seeded work order id
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    const QByteArray token = QByteArray(); // the right one
    // "Authorization: Token <api_key>"; errors carry {"detail": ...}
    QTest::newRow("no token") << QByteArray("GET") << "/v0.2/work-orders/ID/" << QByteArray("")
                              << 401;
    QTest::newRow("wrong token") << QByteArray("GET") << "/v0.2/work-orders/ID/"
                                 << QByteArray("Token nope") << 401;
    QTest::newRow("bearer scheme") << QByteArray("GET") << "/v0.2/task-groups/"
                                   << QByteArray("Bearer ") + SandboxServer::DemoToken << 401;
    // "endpoints end with /, some doc examples omit it on GET: a server should tolerate that"
    QTest::newRow("GET with slash") << QByteArray("GET") << "/v0.2/work-orders/ID/" << token << 200;
    QTest::newRow("GET without slash")
        << QByteArray("GET") << "/v0.2/work-orders/ID" << token << 200;
    QTest::newRow("include_inputs=false")
        << QByteArray("GET") << "/v0.2/work-orders/ID/?include_inputs=false" << token << 200;
    QTest::newRow("task groups") << QByteArray("GET") << "/v0.2/task-groups/" << token << 200;
    QTest::newRow("task group by name, no slash")
        << QByteArray("GET") << "/v0.2/task-groups/pm-ouvert-avant" << token << 200;
    QTest::newRow("unknown task group")
        << QByteArray("GET") << "/v0.2/task-groups/nope/" << token << 404;
    QTest::newRow("unknown work order")
        << QByteArray("GET") << "/v0.2/work-orders/00000000-0000-4000-8000-000000000000/" << token
        << 404;
    QTest::newRow("delete") << QByteArray("DELETE") << "/v0.2/work-orders/ID/" << token << 204;
}

void tst_SandboxConformance::documentedConventions()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    path.replace(QLatin1String("ID"), m_server->workOrderIds().first());
    const HttpReply r = send(verb, path, {}, {}, authorization);
    QCOMPARE(r.status, status);
    if (status >= 400)
        QVERIFY2(!r.json().value(QLatin1String("detail")).toString().isEmpty(), r.body.constData());
}

void tst_SandboxConformance::documentedAnalyzePrefixIsAccepted()
{
    // "base64 with a data:image/jpg;base64, prefix ... one image per call"
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    SandboxImageAnalyzer::sampleImage(8).save(&buffer, "JPEG", 90);
    const QString id = m_server->workOrderIds().at(7);
    const QByteArray body =
        R"({"task_group_name": "meter-reading", "image": {"base64": "data:image/jpg;base64,)"
        + jpeg.toBase64() + R"("}})";
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/%1/analyze/").arg(id), body);
    QCOMPARE(r.status, 201);
    // "PATCH .../tasks/{task_id}/correction/ with corrected_value; corrections are final;
    // response has the task id and its state (analyzed_value, corrected_value, message)"
    const QJsonObject task = r.json()
                                 .value(QLatin1String("task_group"))
                                 .toObject()
                                 .value(QLatin1String("tasks"))
                                 .toArray()
                                 .first()
                                 .toObject();
    const QString path = QStringLiteral("/v0.2/work-orders/%1/tasks/%2/correction/")
                             .arg(id, task.value(QLatin1String("id")).toString());
    HttpReply c = send("PATCH", path, R"({"corrected_value": false})");
    QCOMPARE(c.status, 200);
    const QJsonObject state = c.json().value(QLatin1String("state")).toObject();
    for (const char *key : {"analyzed_value", "corrected_value", "message"})
        QVERIFY2(state.contains(QLatin1String(key)), key);
    QCOMPARE(send("PATCH", path, R"({"corrected_value": true})").status, 400);
}

QTEST_GUILESS_MAIN(tst_SandboxConformance)
#include "tst_sandboxconformance.moc"
