// The sandbox's fault injection over real loopback HTTP: error rate with Retry-After, dropped
// connections before and after applying, malformed bodies, latency, seeded determinism, the
// admin endpoint, and the spec parser.
#include "httpexchange.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
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

SandboxFaults spec(const QString &text)
{
    QString error;
    const SandboxFaults f = SandboxFaults::parse(text, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return f;
}
} // namespace

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private:
    HttpReply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply createNamed(const QString &name)
    {
        return send("POST", QStringLiteral("/v0.2/work-orders/"),
                    QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson());
    }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

private slots:
    void init();
    void cleanup();

    void parseAcceptsSpecs_data();
    void parseAcceptsSpecs();
    void parseRefusesBadSpecs_data();
    void parseRefusesBadSpecs();
    void jsonRoundTrip();

    void errorRateOneAnswersOnlyErrors_data();
    void errorRateOneAnswersOnlyErrors();
    void errorCodesArePickedFromTheList();
    void seedMakesFaultsReproducible();
    void dropBeforeAppliesNothing();
    void dropAfterAppliesWithoutAnswering();
    void malformedSendsBrokenJsonAfterApplying();
    void latencyDelaysAnswers();
    void setLatencyIsTheFaultsLatency();
    void pagesAndMediaAreNeverFaulted();

    void adminEndpointIsInvisibleWithoutToken_data();
    void adminEndpointIsInvisibleWithoutToken();
    void adminEndpointAppliesFaults();
    void adminEndpointRefusesBadFaults();
};

HttpReply tst_SandboxFaults::send(const QByteArray &verb, const QString &path,
                                  const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpExchange::Request r;
    r.verb = verb;
    r.url = m_server->baseUrl().resolved(QUrl(path));
    r.body = body;
    r.headers = headers;
    r.setHeader("Authorization", "Token " + m_server->apiToken().toUtf8());
    if (!body.isEmpty())
        r.setHeader("Content-Type", "application/json");
    return HttpExchange::send(m_nam, r);
}

void tst_SandboxFaults::init()
{
    m_nam.clearConnectionCache();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
}

void tst_SandboxFaults::cleanup()
{
    m_server.reset();
}

// ---- the spec ----------------------------------------------------------------------------------

void tst_SandboxFaults::parseAcceptsSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised"); // toSpec() of the result
    const QString none = QStringLiteral(
        "latency=0,error_rate=0,error_codes=503,drop_before=0,drop_after=0,malformed=0");
    QTest::newRow("empty") << "" << none;
    QTest::newRow("spaces and empty items") << " , ," << none;
    QTest::newRow("full")
        << "latency=200,error_rate=0.3,error_codes=503|429,drop_before=0.1,drop_after=0.1,"
           "malformed=0.05,seed=7"
        << "latency=200,error_rate=0.3,error_codes=503|429,drop_before=0.1,drop_after=0.1,"
           "malformed=0.05,seed=7";
    QTest::newRow("order and spaces free")
        << " seed = 3 , error_rate=1 "
        << "latency=0,error_rate=1,error_codes=503,drop_before=0,"
           "drop_after=0,malformed=0,seed=3";
    QTest::newRow("one code") << "error_codes=500"
                              << "latency=0,error_rate=0,error_codes=500,drop_before=0,"
                                 "drop_after=0,malformed=0";
}

void tst_SandboxFaults::parseAcceptsSpecs()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QString error = QStringLiteral("not cleared");
    const SandboxFaults f = SandboxFaults::parse(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.toSpec(), normalised);
    QCOMPARE(SandboxFaults::parse(f.toSpec(), &error), f);
}

void tst_SandboxFaults::parseRefusesBadSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << "latency=5,jitter=3"
                                 << "jitter";
    QTest::newRow("no value") << "latency"
                              << "key=value";
    QTest::newRow("rate above 1") << "error_rate=1.5"
                                  << "error_rate";
    QTest::newRow("negative rate") << "drop_before=-0.1"
                                   << "drop_before";
    QTest::newRow("rate not a number") << "malformed=often"
                                       << "malformed";
    QTest::newRow("rate NaN") << "drop_after=nan"
                              << "drop_after";
    QTest::newRow("negative latency") << "latency=-1"
                                      << "latency";
    QTest::newRow("fractional latency") << "latency=2.5"
                                        << "latency";
    QTest::newRow("code not an error") << "error_codes=200"
                                       << "error_codes";
    QTest::newRow("code not a number") << "error_codes=503|oops"
                                       << "error_codes";
    QTest::newRow("empty codes") << "error_codes="
                                 << "error_codes";
    QTest::newRow("bad seed") << "seed=-4"
                              << "seed";
    QTest::newRow("twice") << "latency=1,latency=2"
                           << "twice";
}

void tst_SandboxFaults::parseRefusesBadSpecs()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    const SandboxFaults f = SandboxFaults::parse(text, &error);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(error.endsWith(u'.'));
    QCOMPARE(f, SandboxFaults()); // nothing half-applied
}

void tst_SandboxFaults::jsonRoundTrip()
{
    const SandboxFaults f = spec(QStringLiteral(
        "latency=20,error_rate=0.25,error_codes=502|504,drop_after=0.5,malformed=0.125,seed=99"));
    QString error;
    QCOMPARE(SandboxFaults::fromJson(f.toJson(), &error), f);
    QVERIFY(error.isEmpty());
    // error_codes may also be a spec string.
    const SandboxFaults g = SandboxFaults::fromJson(
        {{QStringLiteral("error_codes"), QStringLiteral("429|503")}}, &error);
    QCOMPARE(g.errorCodes, (QList<int>{429, 503}));
    SandboxFaults::fromJson({{QStringLiteral("error_rate"), true}}, &error);
    QVERIFY(error.contains(QLatin1String("error_rate")));
}

// ---- on the wire -------------------------------------------------------------------------------

void tst_SandboxFaults::errorRateOneAnswersOnlyErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("503") << 503 << true;
    QTest::newRow("429") << 429 << true;
    QTest::newRow("500") << 500 << false;
}

void tst_SandboxFaults::errorRateOneAnswersOnlyErrors()
{
    QFETCH(int, code);
    QFETCH(bool, retryAfter);
    m_server->setFaults(spec(QStringLiteral("error_rate=1,error_codes=%1").arg(code)));
    const QString id = m_server->workOrderIds().first();
    const QJsonObject before = m_server->workOrderJson(id);
    const QStringList idsBefore = m_server->workOrderIds();
    const QList<HttpReply> replies{
        createNamed(QStringLiteral("WO-FAULT-1")),
        send("GET", QStringLiteral("/v0.2/work-orders/%1/").arg(id)),
        send("PATCH", QStringLiteral("/v0.2/work-orders/%1/").arg(id), R"({"tags": ["x"]})"),
        send("DELETE", QStringLiteral("/v0.2/work-orders/%1/").arg(id)),
        send("GET", QStringLiteral("/v0.2/task-groups/")),
        send("GET", QStringLiteral("/v0.2/work-orders/?name=WO-FAULT-1")),
    };
    for (const HttpReply &r : replies) {
        QCOMPARE(r.status, code);
        QVERIFY2(!r.json().value(QLatin1String("detail")).toString().isEmpty(), r.body.constData());
        QCOMPARE(r.headers.contains("retry-after"), retryAfter);
        if (retryAfter)
            QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
    }
    QCOMPARE(m_server->workOrderIds(), idsBefore);
    QCOMPARE(m_server->workOrderJson(id), before);
    QCOMPARE(m_server->createRequestCount(), 1);
}

void tst_SandboxFaults::errorCodesArePickedFromTheList()
{
    m_server->setFaults(spec(QStringLiteral("error_rate=1,error_codes=503|429|502,seed=11")));
    QSet<int> seen;
    for (int i = 0; i < 40; ++i)
        seen << send("GET", QStringLiteral("/v0.2/task-groups/")).status;
    QCOMPARE(seen, (QSet<int>{503, 429, 502}));
}

void tst_SandboxFaults::seedMakesFaultsReproducible()
{
    auto run = [this] {
        m_server->setFaults(spec(QStringLiteral("error_rate=0.5,error_codes=503,seed=42")));
        QList<int> statuses;
        for (int i = 0; i < 30; ++i)
            statuses << send("GET", QStringLiteral("/v0.2/task-groups/")).status;
        return statuses;
    };
    const QList<int> first = run();
    QCOMPARE(run(), first); // setFaults reseeds the dice
    QVERIFY(first.contains(200) && first.contains(503));
    m_server->setFaults(spec(QStringLiteral("error_rate=0.5,error_codes=503,seed=43")));
    QList<int> other;
    for (int i = 0; i < 30; ++i)
        other << send("GET", QStringLiteral("/v0.2/task-groups/")).status;
    QVERIFY(other != first);
}

void tst_SandboxFaults::dropBeforeAppliesNothing()
{
    m_server->setFaults(spec(QStringLiteral("drop_before=1")));
    const HttpReply r = createNamed(QStringLiteral("WO-DROP-BEFORE"));
    QCOMPARE(r.status, 0); // no answer at all
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_server->createRequestCount() >= 1); // QNAM may have re-sent it on its own
    QCOMPARE(m_server->workOrderIds().size(), 22);
    m_server->setFaults({});
    const HttpReply lookup = send("GET", QStringLiteral("/v0.2/work-orders/?name=WO-DROP-BEFORE"));
    QCOMPARE(lookup.json().value(QLatin1String("count")).toInt(), 0);
}

void tst_SandboxFaults::dropAfterAppliesWithoutAnswering()
{
    m_server->setFaults(spec(QStringLiteral("drop_after=1")));
    const HttpReply r = createNamed(QStringLiteral("WO-DROP-AFTER"));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    // Every create that arrived was applied: the "sent, no answer" case that makes twins (QNAM's
    // own silent re-send already made one here).
    const int arrived = m_server->createRequestCount();
    QVERIFY(arrived >= 1);
    QCOMPARE(m_server->workOrderIds().size(), 22 + arrived);
    m_server->setFaults({});
    const HttpReply lookup = send("GET", QStringLiteral("/v0.2/work-orders/?name=WO-DROP-AFTER"));
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json().value(QLatin1String("count")).toInt(), arrived);
    // Most recent first.
    const QJsonArray results = lookup.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.first().toObject().value(QLatin1String("id")).toString(),
             m_server->workOrderIds().last());
}

void tst_SandboxFaults::malformedSendsBrokenJsonAfterApplying()
{
    m_server->setFaults(spec(QStringLiteral("malformed=1,seed=5")));
    for (int i = 0; i < 6; ++i) {
        const HttpReply r = send("GET", QStringLiteral("/v0.2/task-groups/"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        QVERIFY2(!r.validJson(), r.body.left(80).constData());
    }
    const HttpReply created = createNamed(QStringLiteral("WO-MALFORMED"));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.validJson());
    QCOMPARE(m_server->workOrderIds().size(), 23);
    // Errors keep their real body: only successes are broken.
    const HttpReply refused = createNamed(QStringLiteral("bad name"));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.validJson());
}

void tst_SandboxFaults::latencyDelaysAnswers()
{
    m_server->setFaults(spec(QStringLiteral("latency=300")));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(send("GET", QStringLiteral("/v0.2/task-groups/")).status, 200);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    // A drop waits for the latency too, like a timeout on a slow link.
    m_server->setFaults(spec(QStringLiteral("latency=300,drop_before=1")));
    timer.restart();
    QCOMPARE(send("GET", QStringLiteral("/v0.2/task-groups/")).status, 0);
    QVERIFY(timer.elapsed() >= 290);
}

void tst_SandboxFaults::setLatencyIsTheFaultsLatency()
{
    m_server->setLatency(120);
    QCOMPARE(m_server->faults().latency, 120);
    m_server->setFaults(spec(QStringLiteral("latency=30,error_rate=0.5")));
    QCOMPARE(m_server->faults().latency, 30);
    QCOMPARE(m_server->faults().errorRate, 0.5);
    m_server->setLatency(0);
    QCOMPARE(m_server->faults().errorRate, 0.5);
    QVERIFY(m_server->faults().isActive());
}

void tst_SandboxFaults::pagesAndMediaAreNeverFaulted()
{
    m_server->setFaults(spec(QStringLiteral("error_rate=1,drop_before=1,malformed=1")));
    QCOMPARE(send("GET", QStringLiteral("/static/sandbox.css")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/")).status, 200);
    QVERIFY(m_server->markPhotoTaken(m_server->workOrderIds().first(),
                                     QStringLiteral("site-overview")));
    const QString image = m_server->workOrderJson(m_server->workOrderIds().first())
                              .value(QLatin1String("inputs"))
                              .toArray()
                              .last()
                              .toObject()
                              .value(QLatin1String("image_url"))
                              .toString();
    QCOMPARE(send("GET", image).status, 200);
}

// ---- admin endpoint ----------------------------------------------------------------------------

void tst_SandboxFaults::adminEndpointIsInvisibleWithoutToken_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("not-the-admin-token");
    QTest::newRow("the API token") << QByteArray(SandboxServer::DemoToken);
}

void tst_SandboxFaults::adminEndpointIsInvisibleWithoutToken()
{
    QFETCH(QByteArray, header);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers << qMakePair(QByteArray("X-Sandbox-Admin"), header);
    const HttpReply post =
        send("POST", QStringLiteral("/__sandbox/faults"), R"({"error_rate": 1})", headers);
    QCOMPARE(post.status, 404);
    // The same page as any unknown path: nothing tells the endpoint exists.
    const HttpReply unknown = send("GET", QStringLiteral("/__sandbox/nothing"));
    QCOMPARE(post.headers.value("content-type"), unknown.headers.value("content-type"));
    QCOMPARE(send("GET", QStringLiteral("/__sandbox/faults"), {}, headers).status, 404);
    QVERIFY(!m_server->faults().isActive());
    QCOMPARE(send("GET", QStringLiteral("/v0.2/task-groups/")).status, 200);
}

void tst_SandboxFaults::adminEndpointAppliesFaults()
{
    QVERIFY(m_server->adminToken().size() >= 32);
    const QList<QPair<QByteArray, QByteArray>> admin{
        {"X-Sandbox-Admin", m_server->adminToken().toLatin1()}};
    HttpReply r =
        send("POST", QStringLiteral("/__sandbox/faults"),
             R"({"error_rate": 1, "error_codes": [429], "latency": 10, "seed": 3})", admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("error_rate")).toDouble(), 1.0);
    QCOMPARE(m_server->faults().errorCodes, QList<int>{429});
    QCOMPARE(m_server->faults().latency, 10);
    QCOMPARE(send("GET", QStringLiteral("/v0.2/task-groups/")).status, 429);
    // The admin endpoint itself is not faulted; GET reads the faults back.
    r = send("GET", QStringLiteral("/__sandbox/faults"), {}, admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("error_codes")).toArray(), QJsonArray{429});
    // An empty object switches every fault off.
    QCOMPARE(send("POST", QStringLiteral("/__sandbox/faults"), "{}", admin).status, 200);
    QVERIFY(!m_server->faults().isActive());
    QCOMPARE(send("GET", QStringLiteral("/v0.2/task-groups/")).status, 200);

    // A new start, a new admin token.
    SandboxServer other;
    QVERIFY(other.adminToken().isEmpty());
    QVERIFY(other.start(0));
    QVERIFY(other.adminToken() != m_server->adminToken());
}

void tst_SandboxFaults::adminEndpointRefusesBadFaults()
{
    const QList<QPair<QByteArray, QByteArray>> admin{
        {"X-Sandbox-Admin", m_server->adminToken().toLatin1()}};
    HttpReply r = send("POST", QStringLiteral("/__sandbox/faults"), R"({"error_rate": 7})", admin);
    QCOMPARE(r.status, 400);
    QVERIFY(
        r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("error_rate")));
    r = send("POST", QStringLiteral("/__sandbox/faults"), R"({"jitter": 1})", admin);
    QCOMPARE(r.status, 400);
    r = send("POST", QStringLiteral("/__sandbox/faults"), R"([1])", admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(send("DELETE", QStringLiteral("/__sandbox/faults"), {}, admin).status, 405);
    QVERIFY(!m_server->faults().isActive());
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"
