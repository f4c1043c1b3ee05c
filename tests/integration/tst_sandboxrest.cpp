// The sandbox's REST API over real loopback HTTP: token auth, DRF-style validation
// errors, trailing-slash rules, progress computed from task states, persistence, fault injection.
#include "connectorlink.h"
#include "deepomaticname.h"
#include "httpexchange.h"
#include "remoteworkorder.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <memory>

namespace {

// Names the first task group of a work order (as the API returns it).
QStringList groupNames(const QJsonObject &workOrder)
{
    QStringList names;
    for (const QJsonValue g : workOrder.value(QLatin1String("task_groups")).toArray())
        names << g.toObject().value(QLatin1String("name")).toString();
    return names;
}

// An oracle independent of the server's code: the seed's conformity rules written out by hand
// (Boolean true, a non-negative Number, a Text reference of 4+ of [A-Z0-9-]).
bool conformByHand(const QJsonObject &task, const QJsonValue &value)
{
    const QString type = task.value(QLatin1String("outcome_type")).toString();
    if (type == QLatin1String("Boolean"))
        return value.isBool() && value.toBool();
    if (type == QLatin1String("Number"))
        return value.isDouble() && value.toDouble() >= 0;
    static const QRegularExpression reference(QStringLiteral("^[A-Z0-9-]{4,}$"));
    return value.isString() && reference.match(value.toString()).hasMatch();
}

int expectedProgress(const QJsonObject &workOrder)
{
    int counted = 0;
    int conform = 0;
    for (const QJsonValue g : workOrder.value(QLatin1String("task_groups")).toArray()) {
        for (const QJsonValue tv : g.toObject().value(QLatin1String("tasks")).toArray()) {
            const QJsonObject task = tv.toObject();
            if (!task.value(QLatin1String("conformity_status")).toBool())
                continue;
            ++counted;
            const QJsonObject state = task.value(QLatin1String("state")).toObject();
            if (state.isEmpty())
                continue;
            const QJsonValue corrected = state.value(QLatin1String("corrected_value"));
            const QJsonValue value = corrected.isNull() || corrected.isUndefined()
                                         ? state.value(QLatin1String("analyzed_value"))
                                         : corrected;
            if (conformByHand(task, value))
                ++conform;
        }
    }
    return counted == 0 ? 0 : static_cast<int>(std::floor(100.0 * conform / counted));
}
} // namespace

class tst_SandboxRest : public QObject
{
    Q_OBJECT

private:
    HttpReply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                   const QByteArray &contentType = QByteArrayLiteral("application/json"),
                   const QByteArray &authorization = QByteArray(), int timeoutMs = 15000);
    HttpReply get(const QString &pathAndQuery) { return send("GET", pathAndQuery, {}, {}); }
    QByteArray token() const { return "Token " + m_server->apiToken().toUtf8(); }
    QString createWorkOrder(const QJsonObject &body);
    static QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

private slots:
    void init();
    void cleanup();

    void authenticationIsRequired_data();
    void authenticationIsRequired();
    void tokenKeywordIsCaseInsensitive();

    void createAnswers201WithFullWorkOrder();
    void createAcceptsJsonWithCharset();
    void createValidatesEachField_data();
    void createValidatesEachField();
    void createReportsEveryInvalidFieldAtOnce();
    void createRequiresJsonMediaType_data();
    void createRequiresJsonMediaType();
    void createRejectsMalformedJson();
    void createRejectsNonObjectRoot_data();
    void createRejectsNonObjectRoot();
    void createWithoutTypesGetsEveryTaskGroup();

    void getToleratesMissingTrailingSlash_data();
    void getToleratesMissingTrailingSlash();
    void writesRequireTrailingSlash();
    void includeInputsFalseOmitsInputs();
    void unknownResourcesAre404Json_data();
    void unknownResourcesAre404Json();
    void unescapedDotIsNotTheApi();
    void wrongMethodIs405_data();
    void wrongMethodIs405();

    void lookupByExactName();
    void patchUpdatesFields();
    void patchValidatesFields_data();
    void patchValidatesFields();
    void deleteAnswers204ThenGetIs404();
    void taskGroupsListAndDetail_data();
    void taskGroupsListAndDetail();
    void taskGroupsAreNotSortedByOrder();

    void progressIsComputedFromTaskStates();
    void seededProgressMatchesTaskStates();
    void markPhotoTakenRejectsUnknownTargets();
    void workOrderChangedIsEmitted();
    void createRequestCountCountsEveryPost();
    void seededWorkOrdersAreUsable();
    void siteProfileIsReadyToUse();

    void statePersistsAcrossInstances();
    void damagedStateFileFailsStart();
    void startFailsOnBusyPort();

    void latencyDelaysEveryAnswer();
    void latencySurvivesClientAbort();
    void nextStatusInjectsErrors_data();
    void nextStatusInjectsErrors();
};

HttpReply tst_SandboxRest::send(const QByteArray &verb, const QString &pathAndQuery,
                                const QByteArray &body, const QByteArray &contentType,
                                const QByteArray &authorization, int timeoutMs)
{
    HttpExchange::Request r;
    r.verb = verb;
    r.url = m_server->baseUrl().resolved(QUrl(pathAndQuery));
    r.body = body;
    r.timeoutMs = timeoutMs;
    const QByteArray auth = authorization.isNull() ? token() : authorization;
    if (!auth.isEmpty())
        r.setHeader("Authorization", auth);
    if (!contentType.isEmpty())
        r.setHeader("Content-Type", contentType);
    return HttpExchange::send(m_nam, r);
}

QString tst_SandboxRest::createWorkOrder(const QJsonObject &body)
{
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"), toJson(body));
    if (r.status != 201)
        qWarning("create answered %d: %s", r.status, r.body.constData());
    return r.json().value(QLatin1String("id")).toString();
}

void tst_SandboxRest::init()
{
    m_nam.clearConnectionCache();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
}

void tst_SandboxRest::cleanup()
{
    m_server.reset();
}

// ---- authentication ----------------------------------------------------------------------------

void tst_SandboxRest::authenticationIsRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("detail");
    const QString notProvided = QStringLiteral("Authentication credentials were not provided.");
    QTest::newRow("missing") << QByteArray("") << notProvided;
    QTest::newRow("other scheme") << QByteArray("Bearer sandbox-demo-token-0123456789abcdef")
                                  << notProvided;
    QTest::newRow("wrong token") << QByteArray("Token not-the-token") << "Invalid token.";
    QTest::newRow("keyword only") << QByteArray("Token")
                                  << "Invalid token header. No credentials provided.";
    QTest::newRow("spaces") << QByteArray("Token a b")
                            << "Invalid token header. Token string should not contain spaces.";
}

void tst_SandboxRest::authenticationIsRequired()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, detail);
    const QString id = m_server->workOrderIds().first();
    for (const QString &path :
         {QStringLiteral("/v0.2/work-orders/%1/").arg(id), QStringLiteral("/v0.2/task-groups/")}) {
        const HttpReply r = send("GET", path, {}, {}, authorization);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.detail(), detail);
        QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Token"));
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    }
    const HttpReply post = send("POST", QStringLiteral("/v0.2/work-orders/"),
                                toJson({{QStringLiteral("name"), QStringLiteral("X-1")}}),
                                "application/json", authorization);
    QCOMPARE(post.status, 401);
    QCOMPARE(m_server->workOrderIds().size(), 22);
}

void tst_SandboxRest::tokenKeywordIsCaseInsensitive()
{
    const QString id = m_server->workOrderIds().first();
    const HttpReply r = send("GET", QStringLiteral("/v0.2/work-orders/%1/").arg(id), {}, {},
                             "token " + m_server->apiToken().toUtf8());
    QCOMPARE(r.status, 200);
}

// ---- create ------------------------------------------------------------------------------------

void tst_SandboxRest::createAnswers201WithFullWorkOrder()
{
    const QString email = m_server->seededWorkOrders()
                              .first()
                              .value(QLatin1String("field_engineer_email"))
                              .toString();
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("WO-TEST-0001")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Lyon")}}},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("urgent")}},
        {QStringLiteral("field_engineer_email"), email.toUpper()},
        {QStringLiteral("work_order_types"), QJsonArray{QStringLiteral("maintenance")}},
    };
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"), toJson(body));
    QCOMPARE(r.status, 201);
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    const QJsonObject o = r.json();
    const QString id = o.value(QLatin1String("id")).toString();
    QVERIFY2(!QUuid::fromString(id).isNull() && id.size() == 36, qPrintable(id));
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("WO-TEST-0001"));
    QCOMPARE(o.value(QLatin1String("progress_score")).toInt(-1), 0);
    QVERIFY(o.value(QLatin1String("review_date")).isNull());
    QCOMPARE(o.value(QLatin1String("field_engineer_email")).toString(), email);
    QVERIFY(!o.value(QLatin1String("field_engineer_name")).toString().isEmpty());
    QCOMPARE(o.value(QLatin1String("site_id")).toString(),
             m_server->siteId().toString(QUuid::WithoutBraces));
    QVERIFY(!o.value(QLatin1String("app_version_id")).toString().isEmpty());
    QCOMPARE(o.value(QLatin1String("types")).toArray(), QJsonArray{QStringLiteral("maintenance")});
    QCOMPARE(o.value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("urgent")});
    QVERIFY(o.value(QLatin1String("inputs")).isArray());
    // ISO 8601 UTC with microseconds, like the vendor's dates.
    static const QRegularExpression micro(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));
    QVERIFY(micro.match(o.value(QLatin1String("create_date")).toString()).hasMatch());
    QVERIFY(micro.match(o.value(QLatin1String("update_date")).toString()).hasMatch());

    // The app's own parser accepts it: this is the contract between the two.
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(r.body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.workOrder.id, id);
    QCOMPARE(parsed.workOrder.progressScore, 0);
    QVERIFY(parsed.workOrder.createDate.isValid());
    QCOMPARE(parsed.workOrder.types, QStringList{QStringLiteral("maintenance")});
    QCOMPARE(parsed.workOrder.taskGroups.size(), 3); // the maintenance type's groups
    for (const RemoteWorkOrder::TaskGroup &g : parsed.workOrder.taskGroups) {
        QVERIFY(!g.tasks.isEmpty());
        for (const RemoteWorkOrder::Task &t : g.tasks)
            QVERIFY2(!t.isAnalysed(), qPrintable(t.name));
    }
    for (const QJsonValue g : o.value(QLatin1String("task_groups")).toArray()) {
        for (const QJsonValue t : g.toObject().value(QLatin1String("tasks")).toArray())
            QVERIFY(t.toObject().value(QLatin1String("state")).isNull());
    }
    QVERIFY(m_server->workOrderIds().contains(id));
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("name")).toString(),
             QStringLiteral("WO-TEST-0001"));
    QCOMPARE(m_server->createRequestCount(), 1);
}

void tst_SandboxRest::createAcceptsJsonWithCharset()
{
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"),
                             toJson({{QStringLiteral("name"), QStringLiteral("WO_charset")}}),
                             "Application/JSON; charset=utf-8");
    QCOMPARE(r.status, 201);
}

void tst_SandboxRest::createValidatesEachField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("name missing") << QByteArray(R"({"metadata": {}})") << "name"
                                  << "This field is required.";
    QTest::newRow("name null") << QByteArray(R"({"name": null})") << "name"
                               << "This field may not be null.";
    QTest::newRow("name number") << QByteArray(R"({"name": 42})") << "name"
                                 << "Not a valid string.";
    QTest::newRow("name blank") << QByteArray(R"({"name": ""})") << "name"
                                << "This field may not be blank.";
    QTest::newRow("name with space") << QByteArray(R"({"name": "WO 42"})") << "name"
                                     << "only letters, digits";
    QTest::newRow("name with slash") << QByteArray(R"({"name": "WO/42"})") << "name"
                                     << "only letters, digits";
    QTest::newRow("name accented") << QByteArray(R"({"name": "intervention-été"})") << "name"
                                   << "only letters, digits";
    QTest::newRow("name too long")
        << QByteArray(R"({"name": ")" + QByteArray(129, 'a') + R"("})") << "name"
        << "at most 128";
    QTest::newRow("metadata list") << QByteArray(R"({"name": "A", "metadata": [1]})") << "metadata"
                                   << "Expected a dictionary of items but got type \"list\".";
    QTest::newRow("metadata string")
        << QByteArray(R"({"name": "A", "metadata": "x"})") << "metadata"
        << "Expected a dictionary of items but got type \"str\".";
    QTest::newRow("metadata null") << QByteArray(R"({"name": "A", "metadata": null})") << "metadata"
                                   << "This field may not be null.";
    QTest::newRow("tags not a list") << QByteArray(R"({"name": "A", "tags": "urgent"})") << "tags"
                                     << "Expected a list of items but got type \"str\".";
    QTest::newRow("tags with a number")
        << QByteArray(R"({"name": "A", "tags": ["a", 3]})") << "tags"
        << "Item 1: Not a valid string.";
    QTest::newRow("email unknown")
        << QByteArray(R"({"name": "A", "field_engineer_email": "nobody@example.com"})")
        << "field_engineer_email"
        << "Object with email=nobody@example.com does not exist.";
    QTest::newRow("email malformed")
        << QByteArray(R"({"name": "A", "field_engineer_email": "not-an-email"})")
        << "field_engineer_email"
        << "Enter a valid email address.";
    QTest::newRow("email number") << QByteArray(R"({"name": "A", "field_engineer_email": 7})")
                                  << "field_engineer_email"
                                  << "Not a valid string.";
    QTest::newRow("type unknown") << QByteArray(
        R"({"name": "A", "work_order_types": ["maintenance", "demolition"]})")
                                  << "work_order_types"
                                  << "Object with name=demolition does not exist.";
    QTest::newRow("types not a list")
        << QByteArray(R"({"name": "A", "work_order_types": "maintenance"})") << "work_order_types"
        << "Expected a list of items but got type \"str\".";
    QTest::newRow("user group unknown")
        << QByteArray(R"({"name": "A", "user_group_ids": [999]})") << "user_group_ids"
        << "Invalid pk \"999\" - object does not exist.";
}

void tst_SandboxRest::createValidatesEachField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const int before = m_server->workOrderIds().size();
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"), body);
    QCOMPARE(r.status, 400);
    const QJsonObject errors = r.json();
    QCOMPARE(errors.keys(), QStringList{field});
    const QJsonArray messages = errors.value(field).toArray();
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.first().toString().contains(message),
             qPrintable(messages.first().toString()));
    QCOMPARE(m_server->workOrderIds().size(), before);
    QCOMPARE(m_server->createRequestCount(), 1);
}

void tst_SandboxRest::createReportsEveryInvalidFieldAtOnce()
{
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"),
                             R"({"name": "bad name", "metadata": [], "tags": {},
                                 "field_engineer_email": "x@example.com",
                                 "work_order_types": ["nope"]})");
    QCOMPARE(r.status, 400);
    QStringList keys = r.json().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("field_engineer_email"), QStringLiteral("metadata"),
                                QStringLiteral("name"), QStringLiteral("tags"),
                                QStringLiteral("work_order_types")}));
}

void tst_SandboxRest::createRequiresJsonMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("xml") << QByteArray("application/xml");
}

void tst_SandboxRest::createRequiresJsonMediaType()
{
    QFETCH(QByteArray, contentType);
    const HttpReply r =
        send("POST", QStringLiteral("/v0.2/work-orders/"), R"({"name": "WO-1"})", contentType);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.detail(), QStringLiteral("Unsupported media type \"%1\" in request.")
                             .arg(QString::fromLatin1(contentType)));
    QCOMPARE(m_server->workOrderIds().size(), 22);
}

void tst_SandboxRest::createRejectsMalformedJson()
{
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"), R"({"name": "WO-1",)");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.detail().startsWith(QLatin1String("JSON parse error - ")), qPrintable(r.detail()));
}

void tst_SandboxRest::createRejectsNonObjectRoot_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::newRow("array") << QByteArray(R"([{"name": "WO-1"}])") << "list";
    QTest::newRow("number") << QByteArray("42") << "int";
    QTest::newRow("string") << QByteArray(R"("WO-1")") << "str";
    QTest::newRow("null") << QByteArray("null") << "NoneType";
    QTest::newRow("bool") << QByteArray("true") << "bool";
}

void tst_SandboxRest::createRejectsNonObjectRoot()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.json().value(QLatin1String("non_field_errors")).toArray(),
        QJsonArray{QStringLiteral("Invalid data. Expected a dictionary, but got %1.").arg(type)});
}

void tst_SandboxRest::createWithoutTypesGetsEveryTaskGroup()
{
    const QString id = createWorkOrder({{QStringLiteral("name"), QStringLiteral("WO-ALL")}});
    QVERIFY(!id.isEmpty());
    const HttpReply groups = get(QStringLiteral("/v0.2/task-groups/"));
    QCOMPARE(groupNames(m_server->workOrderJson(id)).size(),
             groups.json().value(QLatin1String("count")).toInt());
}

// ---- reading, paths and methods
// ------------------------------------------------------------------

void tst_SandboxRest::getToleratesMissingTrailingSlash_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("with slash") << "/";
    QTest::newRow("without slash") << "";
    QTest::newRow("with slash and query") << "/?include_inputs=true";
    QTest::newRow("without slash, with query") << "?include_inputs=true";
}

void tst_SandboxRest::getToleratesMissingTrailingSlash()
{
    QFETCH(QString, suffix);
    const QString id = m_server->workOrderIds().at(3);
    const HttpReply r = get(QStringLiteral("/v0.2/work-orders/") + id + suffix);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("id")).toString(), id);
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(r.body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.workOrder.progressScore,
             r.json().value(QLatin1String("progress_score")).toInt());
}

void tst_SandboxRest::writesRequireTrailingSlash()
{
    const QString id = m_server->workOrderIds().first();
    QCOMPARE(send("POST", QStringLiteral("/v0.2/work-orders"), R"({"name": "WO-1"})").status, 404);
    QCOMPARE(send("PATCH", QStringLiteral("/v0.2/work-orders/") + id, R"({"tags": []})").status,
             404);
    QCOMPARE(send("DELETE", QStringLiteral("/v0.2/work-orders/") + id, {}, {}).status, 404);
    QVERIFY(m_server->workOrderIds().contains(id));
}

void tst_SandboxRest::includeInputsFalseOmitsInputs()
{
    const QString id = m_server->workOrderIds().at(2); // seeded with photos, so with inputs
    const HttpReply byDefault = get(QStringLiteral("/v0.2/work-orders/%1/").arg(id));
    QVERIFY(byDefault.json().value(QLatin1String("inputs")).isArray());
    QVERIFY(!byDefault.json().value(QLatin1String("inputs")).toArray().isEmpty());
    const QJsonObject input =
        byDefault.json().value(QLatin1String("inputs")).toArray().first().toObject();
    QVERIFY(input.contains(QLatin1String("conformity_messages")));
    const HttpReply withInputs =
        get(QStringLiteral("/v0.2/work-orders/%1/?include_inputs=true").arg(id));
    QVERIFY(withInputs.json().value(QLatin1String("inputs")).isArray());
    const HttpReply without =
        get(QStringLiteral("/v0.2/work-orders/%1/?include_inputs=false").arg(id));
    QCOMPARE(without.status, 200);
    QVERIFY(!without.json().contains(QLatin1String("inputs")));
    QVERIFY(without.body.size() < byDefault.body.size());
    QCOMPARE(without.json().value(QLatin1String("progress_score")),
             byDefault.json().value(QLatin1String("progress_score")));
}

void tst_SandboxRest::unknownResourcesAre404Json_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    const QString random = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("unknown work order") << QByteArray("GET") << "/v0.2/work-orders/" + random + '/';
    QTest::newRow("unknown, no slash") << QByteArray("GET") << "/v0.2/work-orders/" + random;
    QTest::newRow("not a uuid") << QByteArray("GET") << "/v0.2/work-orders/WO-2026-0412/";
    QTest::newRow("braced uuid") << QByteArray("GET") << "/v0.2/work-orders/{" + random + "}/";
    QTest::newRow("patch unknown") << QByteArray("PATCH") << "/v0.2/work-orders/" + random + '/';
    QTest::newRow("delete unknown") << QByteArray("DELETE") << "/v0.2/work-orders/" + random + '/';
    QTest::newRow("unknown collection") << QByteArray("GET") << "/v0.2/inspections/";
    QTest::newRow("too deep") << QByteArray("GET") << "/v0.2/work-orders/" + random + "/x/y/";
    QTest::newRow("double slash") << QByteArray("GET") << "/v0.2//work-orders/";
    QTest::newRow("api root") << QByteArray("GET") << "/v0.2/";
    QTest::newRow("unknown task group") << QByteArray("GET") << "/v0.2/task-groups/nope/";
}

void tst_SandboxRest::unknownResourcesAre404Json()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const HttpReply r = send(verb, path, verb == "PATCH" ? QByteArray("{}") : QByteArray(),
                             verb == "PATCH" ? QByteArray("application/json") : QByteArray());
    QCOMPARE(r.status, 404);
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(r.json(), QJsonObject({{QStringLiteral("detail"), QStringLiteral("Not found.")}}));
}

void tst_SandboxRest::unescapedDotIsNotTheApi()
{
    // QHttpServer's patterns would let "v0X2" match "v0.2"; ours must not.
    const HttpReply r = get(QStringLiteral("/v0X2/task-groups/"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.headers.value("content-type").startsWith("text/html"));
}

void tst_SandboxRest::wrongMethodIs405_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("PUT work order") << QByteArray("PUT") << "/v0.2/work-orders/%1/";
    QTest::newRow("POST work order") << QByteArray("POST") << "/v0.2/work-orders/%1/";
    QTest::newRow("PUT collection") << QByteArray("PUT") << "/v0.2/work-orders/";
    QTest::newRow("DELETE collection") << QByteArray("DELETE") << "/v0.2/work-orders/";
    QTest::newRow("POST task groups") << QByteArray("POST") << "/v0.2/task-groups/";
    QTest::newRow("DELETE task group")
        << QByteArray("DELETE") << "/v0.2/task-groups/meter-reading/";
}

void tst_SandboxRest::wrongMethodIs405()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const QString id = m_server->workOrderIds().first();
    const HttpReply r = send(verb, path.contains(QLatin1String("%1")) ? path.arg(id) : path, "{}");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.detail(),
             QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(verb)));
    QVERIFY(!r.headers.value("allow").isEmpty());
    QCOMPARE(m_server->workOrderIds().size(), 22);
}

void tst_SandboxRest::lookupByExactName()
{
    const QString id = createWorkOrder({{QStringLiteral("name"), QStringLiteral("WO-LOOKUP-1")}});
    QVERIFY(!id.isEmpty());
    HttpReply r = get(QStringLiteral("/v0.2/work-orders/?name=WO-LOOKUP-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("count")).toInt(), 1);
    const QJsonObject found = r.json().value(QLatin1String("results")).toArray().first().toObject();
    QCOMPARE(found.value(QLatin1String("id")).toString(), id);
    QVERIFY(RemoteWorkOrder::fromJsonObject(found).ok());

    // Exact, case-sensitive: no prefix or case-folded match.
    r = get(QStringLiteral("/v0.2/work-orders/?name=WO-LOOKUP"));
    QCOMPARE(r.json().value(QLatin1String("count")).toInt(), 0);
    QVERIFY(r.json().value(QLatin1String("results")).toArray().isEmpty());
    r = get(QStringLiteral("/v0.2/work-orders/?name=wo-lookup-1"));
    QCOMPARE(r.json().value(QLatin1String("count")).toInt(), 0);

    // A retried create makes a duplicate (no idempotency key): the lookup shows both.
    createWorkOrder({{QStringLiteral("name"), QStringLiteral("WO-LOOKUP-1")}});
    r = get(QStringLiteral("/v0.2/work-orders?name=WO-LOOKUP-1"));
    QCOMPARE(r.json().value(QLatin1String("count")).toInt(), 2);

    const QString seeded =
        m_server->seededWorkOrders().first().value(QLatin1String("name")).toString();
    r = get(QStringLiteral("/v0.2/work-orders/?name=") + seeded);
    QCOMPARE(r.json().value(QLatin1String("count")).toInt(), 1);
}

void tst_SandboxRest::patchUpdatesFields()
{
    const QList<QJsonObject> seeded = m_server->seededWorkOrders();
    const QString id = seeded.at(0).value(QLatin1String("id")).toString();
    const QString otherEmail = seeded.at(1).value(QLatin1String("field_engineer_email")).toString();
    const QJsonObject before = m_server->workOrderJson(id);
    QTest::qWait(2); // update_date must move on
    const QJsonObject patch{
        {QStringLiteral("field_engineer_email"), otherEmail},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("customer_ref"), QStringLiteral("C-9")}}},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("rescheduled")}},
    };
    const HttpReply r =
        send("PATCH", QStringLiteral("/v0.2/work-orders/%1/").arg(id), toJson(patch));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("field_engineer_email")).toString(), otherEmail);
    const QJsonObject after = get(QStringLiteral("/v0.2/work-orders/%1/").arg(id)).json();
    QCOMPARE(after.value(QLatin1String("field_engineer_email")).toString(), otherEmail);
    QCOMPARE(after.value(QLatin1String("metadata")).toObject(),
             patch.value(QLatin1String("metadata")).toObject());
    QCOMPARE(after.value(QLatin1String("tags")).toArray(),
             QJsonArray{QStringLiteral("rescheduled")});
    // What was not sent is unchanged.
    QCOMPARE(after.value(QLatin1String("name")), before.value(QLatin1String("name")));
    QCOMPARE(after.value(QLatin1String("create_date")), before.value(QLatin1String("create_date")));
    QVERIFY(after.value(QLatin1String("update_date")).toString()
            > before.value(QLatin1String("update_date")).toString());

    // null unassigns the field engineer.
    const HttpReply unassigned = send("PATCH", QStringLiteral("/v0.2/work-orders/%1/").arg(id),
                                      R"({"field_engineer_email": null})");
    QCOMPARE(unassigned.status, 200);
    QVERIFY(unassigned.json().value(QLatin1String("field_engineer_email")).isNull());
}

void tst_SandboxRest::patchValidatesFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown engineer")
        << QByteArray(R"({"field_engineer_email": "x@example.com"})") << "field_engineer_email";
    QTest::newRow("metadata list") << QByteArray(R"({"metadata": []})") << "metadata";
    QTest::newRow("tags object") << QByteArray(R"({"tags": {}})") << "tags";
    QTest::newRow("bad name") << QByteArray(R"({"name": "a b"})") << "name";
    QTest::newRow("types are fixed")
        << QByteArray(R"({"work_order_types": ["maintenance"]})") << "work_order_types";
}

void tst_SandboxRest::patchValidatesFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString id = m_server->workOrderIds().first();
    const QJsonObject before = m_server->workOrderJson(id);
    const HttpReply r = send("PATCH", QStringLiteral("/v0.2/work-orders/%1/").arg(id), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().keys(), QStringList{field});
    QCOMPARE(m_server->workOrderJson(id), before);
    QCOMPARE(
        send("PATCH", QStringLiteral("/v0.2/work-orders/%1/").arg(id), body, "text/plain").status,
        415);
}

void tst_SandboxRest::deleteAnswers204ThenGetIs404()
{
    const QString id = createWorkOrder({{QStringLiteral("name"), QStringLiteral("WO-DEL")}});
    QVERIFY(!id.isEmpty());
    const HttpReply r = send("DELETE", QStringLiteral("/v0.2/work-orders/%1/").arg(id), {}, {});
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(get(QStringLiteral("/v0.2/work-orders/%1/").arg(id)).status, 404);
    QVERIFY(!m_server->workOrderIds().contains(id));
    QVERIFY(m_server->workOrderJson(id).isEmpty());
    QCOMPARE(send("DELETE", QStringLiteral("/v0.2/work-orders/%1/").arg(id), {}, {}).status, 404);
    QCOMPARE(get(QStringLiteral("/v0.2/work-orders/?name=WO-DEL"))
                 .json()
                 .value(QLatin1String("count"))
                 .toInt(),
             0);
}

void tst_SandboxRest::taskGroupsListAndDetail_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << "/v0.2/task-groups/" << 200;
    QTest::newRow("list, no slash") << "/v0.2/task-groups" << 200;
    QTest::newRow("detail") << "/v0.2/task-groups/pm-ouvert-avant/" << 200;
    QTest::newRow("detail, no slash") << "/v0.2/task-groups/pm-ouvert-avant" << 200;
    QTest::newRow("unknown") << "/v0.2/task-groups/pm-ferme" << 404;
}

void tst_SandboxRest::taskGroupsListAndDetail()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpReply r = get(path);
    QCOMPARE(r.status, status);
    if (status != 200)
        return;
    QList<QJsonObject> groups;
    if (r.json().contains(QLatin1String("results"))) {
        for (const QJsonValue g : r.json().value(QLatin1String("results")).toArray())
            groups << g.toObject();
        QCOMPARE(r.json().value(QLatin1String("count")).toInt(), groups.size());
        QVERIFY(groups.size() >= 5);
    } else {
        groups << r.json();
        QCOMPARE(r.json().value(QLatin1String("name")).toString(),
                 QStringLiteral("pm-ouvert-avant"));
        QCOMPARE(r.json().value(QLatin1String("display_name")).toString(),
                 QStringLiteral("Point de mutualisation ouvert (avant)"));
    }
    for (const QJsonObject &g : groups) {
        for (const char *key :
             {"id", "name", "display_name", "description", "order", "input_examples", "tasks"})
            QVERIFY2(g.contains(QLatin1String(key)), key);
        const QJsonArray tasks = g.value(QLatin1String("tasks")).toArray();
        QVERIFY(tasks.size() >= 2 && tasks.size() <= 4);
        for (const QJsonValue tv : tasks) {
            const QJsonObject t = tv.toObject();
            for (const char *key : {"id", "name", "sentence", "mandatory", "only_for_dashboard",
                                    "conformity_status", "outcome_type", "outcome_validation"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
            QVERIFY(!t.contains(QLatin1String("state"))); // no work order, no state
            QVERIFY(!t.contains(QLatin1String("sandbox_conform_value")));
        }
        const QUrl example(g.value(QLatin1String("input_examples")).toArray().first().toString());
        QCOMPARE(example.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(example.port(), int(m_server->port()));
    }
}

void tst_SandboxRest::taskGroupsAreNotSortedByOrder()
{
    // Real data is not sorted by `order` either: clients must sort, so the seed makes them.
    QList<int> orders;
    for (const QJsonValue g :
         get(QStringLiteral("/v0.2/task-groups/")).json().value(QLatin1String("results")).toArray())
        orders << g.toObject().value(QLatin1String("order")).toInt();
    QList<int> sorted = orders;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(orders != sorted);
}

// ---- progress ----------------------------------------------------------------------------------

void tst_SandboxRest::progressIsComputedFromTaskStates()
{
    const QString id = createWorkOrder(
        {{QStringLiteral("name"), QStringLiteral("WO-PROGRESS")},
         {QStringLiteral("work_order_types"), QJsonArray{QStringLiteral("installation")}}});
    QVERIFY(!id.isEmpty());
    const QStringList groups = groupNames(m_server->workOrderJson(id));
    QCOMPARE(groups.size(), 4);
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 0);
    int previous = 0;
    for (const QString &group : groups) {
        QVERIFY(m_server->markPhotoTaken(id, group));
        const HttpReply r = get(QStringLiteral("/v0.2/work-orders/%1/").arg(id));
        const int score = r.json().value(QLatin1String("progress_score")).toInt();
        QCOMPARE(score, expectedProgress(r.json()));
        QVERIFY(score >= previous);
        previous = score;
        const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(r.body);
        QVERIFY(parsed.ok());
        for (const RemoteWorkOrder::TaskGroup &g : parsed.workOrder.taskGroups) {
            if (g.name == group) {
                for (const RemoteWorkOrder::Task &t : g.tasks)
                    QVERIFY2(t.isAnalysed(), qPrintable(t.name));
            }
        }
    }
    QCOMPARE(previous, 100);
    // One input per photo.
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray().size(), 4);
}

void tst_SandboxRest::seededProgressMatchesTaskStates()
{
    bool sawZero = false, sawPartial = false, sawComplete = false;
    for (const QString &id : m_server->workOrderIds()) {
        const QJsonObject o = m_server->workOrderJson(id);
        const int score = o.value(QLatin1String("progress_score")).toInt();
        QCOMPARE(score, expectedProgress(o));
        sawZero = sawZero || score == 0;
        sawPartial = sawPartial || (score > 0 && score < 100);
        sawComplete = sawComplete || score == 100;
    }
    QVERIFY(sawZero && sawPartial && sawComplete);
}

void tst_SandboxRest::markPhotoTakenRejectsUnknownTargets()
{
    const QString id = createWorkOrder(
        {{QStringLiteral("name"), QStringLiteral("WO-METER")},
         {QStringLiteral("work_order_types"), QJsonArray{QStringLiteral("releve-compteur")}}});
    QVERIFY(
        !m_server->markPhotoTaken(id, QStringLiteral("boitier-ferme"))); // not in this work order
    QVERIFY(!m_server->markPhotoTaken(id, QStringLiteral("no-such-group")));
    QVERIFY(!m_server->markPhotoTaken(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      QStringLiteral("meter-reading")));
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 0);
    QVERIFY(m_server->markPhotoTaken(id.toUpper(), QStringLiteral("meter-reading")));
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 100);
}

void tst_SandboxRest::workOrderChangedIsEmitted()
{
    QSignalSpy spy(m_server.get(), &SandboxServer::workOrderChanged);
    const QString id = createWorkOrder({{QStringLiteral("name"), QStringLiteral("WO-SIGNAL")}});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().first().toString(), id);
    QVERIFY(m_server->markPhotoTaken(id, QStringLiteral("site-overview")));
    QCOMPARE(spy.takeFirst().first().toString(), id);
    send("PATCH", QStringLiteral("/v0.2/work-orders/%1/").arg(id), R"({"tags": ["x"]})");
    QCOMPARE(spy.takeFirst().first().toString(), id);
    send("DELETE", QStringLiteral("/v0.2/work-orders/%1/").arg(id), {}, {});
    QCOMPARE(spy.takeFirst().first().toString(), id);
    get(QStringLiteral("/v0.2/work-orders/?name=WO-SIGNAL"));
    QCOMPARE(spy.size(), 0); // reads change nothing
}

void tst_SandboxRest::createRequestCountCountsEveryPost()
{
    QCOMPARE(m_server->createRequestCount(), 0);
    createWorkOrder({{QStringLiteral("name"), QStringLiteral("WO-C1")}});
    send("POST", QStringLiteral("/v0.2/work-orders/"), R"({"name": "bad name"})");
    send("POST", QStringLiteral("/v0.2/work-orders/"), R"({"name": "WO-C2"})", "application/json",
         "Token wrong");
    m_server->setNextStatus(503);
    send("POST", QStringLiteral("/v0.2/work-orders/"), R"({"name": "WO-C3"})");
    get(QStringLiteral("/v0.2/work-orders/?name=WO-C1"));
    QCOMPARE(m_server->createRequestCount(), 4);
    QCOMPARE(m_server->workOrderIds().size(), 23); // only the first one was created
}

void tst_SandboxRest::seededWorkOrdersAreUsable()
{
    const QList<QJsonObject> seeded = m_server->seededWorkOrders();
    QVERIFY(seeded.size() >= 20);
    QSet<QString> ids, names;
    for (const QJsonObject &wo : seeded) {
        const QString id = wo.value(QLatin1String("id")).toString();
        const QString name = wo.value(QLatin1String("name")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY2(DeepomaticName::isValid(name), qPrintable(name));
        QVERIFY(!wo.value(QLatin1String("types")).toArray().isEmpty());
        QVERIFY(!wo.value(QLatin1String("metadata")).toObject().isEmpty());
        QVERIFY(wo.value(QLatin1String("field_engineer_email")).toString().contains(u'@'));
        QVERIFY(m_server->workOrderIds().contains(id));
        ids << id;
        names << name;
    }
    QCOMPARE(ids.size(), seeded.size());
    QCOMPARE(names.size(), seeded.size());
    // Stable across runs: the app's demo planning keys on these.
    QCOMPARE(seeded.first().value(QLatin1String("id")).toString(),
             QStringLiteral("4f4cb171-bf5e-5df0-a14b-97a2b11dc8a6"));
    QCOMPARE(seeded.first().value(QLatin1String("name")).toString(),
             QStringLiteral("WO-2026-0412"));
}

void tst_SandboxRest::siteProfileIsReadyToUse()
{
    const SiteProfile profile = m_server->siteProfile();
    QVERIFY2(profile.validate().isEmpty(), qPrintable(profile.validate().join(u' ')));
    QCOMPARE(profile.id, QStringLiteral("sandbox"));
    QCOMPARE(profile.displayName, QStringLiteral("Sandbox"));
    QVERIFY(profile.environment == SiteProfile::Environment::Sandbox);
    QCOMPARE(profile.siteId, m_server->siteId());
    QCOMPARE(profile.orgSlug, QStringLiteral("fieldconnect-demo"));
    QCOMPARE(profile.studioUrl, m_server->baseUrl());
    QCOMPARE(profile.effectiveApiUrl().toString(),
             m_server->baseUrl().toString() + QStringLiteral("/v0.2/"));
    QCOMPARE(profile.threshold, 100);
    QCOMPARE(m_server->baseUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    QCOMPARE(m_server->apiToken(), QStringLiteral("sandbox-demo-token-0123456789abcdef"));
    const ConnectorLink::Result link =
        ConnectorLink::build(profile, m_server->workOrderIds().first(),
                             QUrl(QStringLiteral("fieldconnect://callback/x")));
    QVERIFY2(link.ok(), qPrintable(link.error));

    // A custom token replaces the demo one.
    SandboxServer other;
    other.setApiToken(QStringLiteral("custom-token"));
    QVERIFY(other.start(0));
    QCOMPARE(other.apiToken(), QStringLiteral("custom-token"));
}

// ---- persistence -------------------------------------------------------------------------------

void tst_SandboxRest::statePersistsAcrossInstances()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/sandbox-state.json"));
    m_server.reset();
    m_server = std::make_unique<SandboxServer>();
    m_server->setStatePath(path);
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
    const QString created = createWorkOrder(
        {{QStringLiteral("name"), QStringLiteral("WO-PERSIST")},
         {QStringLiteral("metadata"),
          QJsonObject{{QStringLiteral("city"), QStringLiteral("Nancy")}}},
         {QStringLiteral("work_order_types"), QJsonArray{QStringLiteral("maintenance")}}});
    QVERIFY(!created.isEmpty());
    QVERIFY(m_server->markPhotoTaken(created, QStringLiteral("meter-reading")));
    const QString deleted = m_server->workOrderIds().first();
    QCOMPARE(send("DELETE", QStringLiteral("/v0.2/work-orders/%1/").arg(deleted), {}, {}).status,
             204);
    QVERIFY(QFile::exists(path));
    const QJsonObject before = m_server->workOrderJson(created);
    const QStringList idsBefore = m_server->workOrderIds();
    m_server.reset();

    m_server = std::make_unique<SandboxServer>();
    m_server->setStatePath(path);
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->workOrderIds(), idsBefore);
    QVERIFY(!m_server->workOrderIds().contains(deleted));
    const HttpReply r = get(QStringLiteral("/v0.2/work-orders/%1/").arg(created));
    QCOMPARE(r.status, 200);
    QJsonObject after = r.json();
    for (const char *key : {"name", "progress_score", "metadata", "types", "create_date",
                            "update_date", "field_engineer_email"})
        QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
    QVERIFY(after.value(QLatin1String("progress_score")).toInt() > 0);
    QCOMPARE(after.value(QLatin1String("inputs")).toArray().size(), 1);
    // The seed's work orders keep their own progress after a reload, too.
    const QString seeded = m_server->workOrderIds().at(1);
    QCOMPARE(m_server->workOrderJson(seeded).value(QLatin1String("progress_score")).toInt(),
             expectedProgress(m_server->workOrderJson(seeded)));
}

void tst_SandboxRest::damagedStateFileFailsStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    const QByteArray truncated =
        R"({"format": "fieldconnect-sandbox-state", "version": 1, "work_orders": [)";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(truncated);
    file.close();
    SandboxServer server;
    server.setStatePath(path);
    QVERIFY(!server.start(0));
    QVERIFY2(server.errorString().contains(path), qPrintable(server.errorString()));
    // The damaged file is left for a human to look at.
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFileInfo(path).size(), qint64(truncated.size()));
}

void tst_SandboxRest::startFailsOnBusyPort()
{
    SandboxServer second;
    QVERIFY(!second.start(m_server->port()));
    QVERIFY(!second.errorString().isEmpty());
    QCOMPARE(second.port(), quint16(0));
    QVERIFY(!m_server->start(0)); // already running
}

// ---- fault injection ---------------------------------------------------------------------------

void tst_SandboxRest::latencyDelaysEveryAnswer()
{
    const QString path =
        QStringLiteral("/v0.2/work-orders/%1/").arg(m_server->workOrderIds().first());
    m_server->setLatency(400);
    QElapsedTimer timer;
    timer.start();
    HttpReply r = get(path);
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
    // Errors are delayed as well.
    timer.restart();
    r = send("GET", path, {}, {}, "Token wrong");
    QCOMPARE(r.status, 401);
    QVERIFY(timer.elapsed() >= 390);
    m_server->setLatency(0);
    timer.restart();
    QCOMPARE(get(path).status, 200);
    QVERIFY2(timer.elapsed() < 390, qPrintable(QString::number(timer.elapsed())));
}

void tst_SandboxRest::latencySurvivesClientAbort()
{
    m_server->setLatency(300);
    QNetworkRequest request(m_server->baseUrl().resolved(
        QUrl(QStringLiteral("/v0.2/work-orders/%1/").arg(m_server->workOrderIds().first()))));
    request.setRawHeader("Authorization", token());
    QNetworkReply *reply = m_nam.get(request);
    QTest::qWait(50);
    reply->abort();
    reply->deleteLater();
    QTest::qWait(500); // the delayed answer finds its socket gone and must not crash
    m_server->setLatency(0);
    QCOMPARE(get(QStringLiteral("/v0.2/task-groups/")).status, 200);
}

void tst_SandboxRest::nextStatusInjectsErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("503 twice") << 503 << 2 << true;
    QTest::newRow("429") << 429 << 1 << true;
    QTest::newRow("500") << 500 << 1 << false;
    QTest::newRow("502 three times") << 502 << 3 << false;
    QTest::newRow("403") << 403 << 1 << false;
}

void tst_SandboxRest::nextStatusInjectsErrors()
{
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(bool, retryAfter);
    m_server->setNextStatus(status, count);
    for (int i = 0; i < count; ++i) {
        const HttpReply r =
            send("POST", QStringLiteral("/v0.2/work-orders/"), R"({"name": "WO-FAULT"})");
        QCOMPARE(r.status, status);
        QVERIFY2(!r.detail().isEmpty(), r.body.constData());
        QCOMPARE(r.headers.contains("retry-after"), retryAfter);
    }
    QCOMPARE(m_server->workOrderIds().size(), 22); // injected answers change nothing
    const HttpReply ok =
        send("POST", QStringLiteral("/v0.2/work-orders/"), R"({"name": "WO-FAULT"})");
    QCOMPARE(ok.status, 201);
    QCOMPARE(m_server->createRequestCount(), count + 1);
    // Pages are not REST: never injected.
    m_server->setNextStatus(status, 1);
    QCOMPARE(get(QStringLiteral("/static/sandbox.css")).status, 200);
    QCOMPARE(get(QStringLiteral("/v0.2/task-groups/")).status, status);
}

QTEST_GUILESS_MAIN(tst_SandboxRest)
#include "tst_sandboxrest.moc"
