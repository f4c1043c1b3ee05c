// The client's resilience over real loopback HTTP, counted on the server side: retries of
// transient failures only, Retry-After, caps, cancellation, bounded concurrency, and creates
// that never leave a twin - even when the transport itself would re-send.

#include "../common/fakedeepomatic.h"
#include "apiresult.h"
#include "deepomaticclient.h"
#include "oneshotuploaddevice.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

RetryPolicy fastPolicy(int attempts = 5)
{
    RetryPolicy policy;
    policy.setMaxAttempts(attempts);
    policy.setBaseDelayMs(5);
    policy.setMaxDelayMs(50);
    policy.setMaxTotalMs(60000);
    return policy;
}

QJsonObject newOrder(const QString &name)
{
    return {{QStringLiteral("name"), name}};
}

} // namespace

class tst_DeepomaticClientRetry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    // Retries
    void retriesInjected503sThenSucceeds();
    void honoursRetryAfterOn429();
    void retryAfterBeyondTheTimeBudgetGivesUp();
    void doesNotRetry4xx();
    void stopsAtTheAttemptCap();
    void retriesATimedOutRead();
    void retriesA500OnARead();
    void retriesADroppedConnectionOnARead();
    void cancelDuringBackOffStopsEverything();

    // Concurrency
    void neverMoreThanMaxInFlight_data();
    void neverMoreThanMaxInFlight();
    void queuedRequestsLeaveInOrder();
    void connectionsAreKeptAlive();

    // Creating without duplicates
    void transportResendsAPlainPostButNotAOneShotBody();
    void uncertainCreateIsLookedUpAndMadeOnce_data();
    void uncertainCreateIsLookedUpAndMadeOnce();
    void withoutLookupAnUncertainCreateIsInDoubt();
    void lookupRefusedByTheServerIsInDoubt();
    void lookupFailingThenAnsweringSettlesTheCreate();
    void lookupFailingForLongIsNotInDoubt();
    void twoWorkOrdersWithTheNameAreInDoubtWithBoth();
    void listingForbiddenIsInDoubt();
    void cancelledInFlightCreateSaysItMayExist();
    void bulkCreateUnderFaultsMakesExactlyOneOfEach_data();
    void bulkCreateUnderFaultsMakesExactlyOneOfEach();

private:
    int sandboxCountNamed(const QString &name) const;
    QJsonObject typedOrder(const QString &name) const;
    void resetFaultsAfterNextChange();

    SandboxServer m_sandbox;
    DeepomaticClient m_client;
};

void tst_DeepomaticClientRetry::initTestCase()
{
    QVERIFY2(m_sandbox.start(0), qPrintable(m_sandbox.errorString()));
}

void tst_DeepomaticClientRetry::init()
{
    m_client.setBaseUrl(m_sandbox.siteProfile().effectiveApiUrl());
    m_client.setToken(m_sandbox.apiToken());
    m_client.setTimeout(10000);
    m_client.setRetryPolicy(fastPolicy());
    m_client.setMaxInFlight(DeepomaticClient::DefaultMaxInFlight);
    m_client.setLookupByNameSupported(true);
    m_sandbox.setFaults({});
    m_sandbox.setNextStatus(0, 0);
}

int tst_DeepomaticClientRetry::sandboxCountNamed(const QString &name) const
{
    int count = 0;
    for (const QString &id : m_sandbox.workOrderIds()) {
        if (m_sandbox.workOrderJson(id).value(QStringLiteral("name")).toString() == name)
            ++count;
    }
    return count;
}

QJsonObject tst_DeepomaticClientRetry::typedOrder(const QString &name) const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("work_order_types"),
             m_sandbox.seededWorkOrders().first().value(QStringLiteral("types"))}};
}

// The fault applies to the request being handled; it is lifted once that request has changed
// the sandbox (queued: after the sandbox finished handling it), so what follows - a look-up,
// or a transport re-send - meets a healthy server and would succeed.
void tst_DeepomaticClientRetry::resetFaultsAfterNextChange()
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &m_sandbox, &SandboxServer::workOrderChanged, this,
        [this, connection] {
            disconnect(*connection);
            m_sandbox.setFaults({});
        },
        Qt::QueuedConnection);
}

// ---- retries -----------------------------------------------------------------------------------

void tst_DeepomaticClientRetry::retriesInjected503sThenSucceeds()
{
    const int before = m_sandbox.createRequestCount();
    m_sandbox.setNextStatus(503, 2);
    ApiResult<RemoteWorkOrder> r;
    QPointer<ApiCall> call =
        m_client.createWorkOrder(typedOrder(QStringLiteral("WO-RETRY-503")), this, into(&r));
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_sandbox.createRequestCount(), before + 3); // 503, 503, 201
    QCOMPARE(sandboxCountNamed(QStringLiteral("WO-RETRY-503")), 1);
}

void tst_DeepomaticClientRetry::honoursRetryAfterOn429()
{
    m_sandbox.setNextStatus(429, 1); // the sandbox sends Retry-After: 1
    ApiResult<RemoteWorkOrder> r;
    QElapsedTimer clock;
    clock.start();
    QPointer<ApiCall> call =
        m_client.getWorkOrder(m_sandbox.workOrderIds().first(), false, this, into(&r));
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    // The policy alone would have waited at most 5 ms.
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void tst_DeepomaticClientRetry::retryAfterBeyondTheTimeBudgetGivesUp()
{
    FakeDeepomatic fake;
    fake.fixedStatus = 503;
    fake.retryAfter = "120";
    const quint16 port = fake.start();
    QVERIFY(port);
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    RetryPolicy policy = fastPolicy();
    policy.setMaxTotalMs(5000);
    m_client.setRetryPolicy(policy);
    ApiResult<RemoteWorkOrder> r;
    QElapsedTimer clock;
    clock.start();
    m_client.getWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this,
                          into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
    QVERIFY(clock.elapsed() < 2000); // it did not sit out two minutes
    QCOMPARE(r.error.httpStatus, 503);
    QCOMPARE(r.error.retryAfterMs, 120000);
    QCOMPARE(fake.hits, 1);
}

void tst_DeepomaticClientRetry::doesNotRetry4xx()
{
    const int before = m_sandbox.createRequestCount();
    QJsonObject body = typedOrder(QStringLiteral("WO-RETRY-400"));
    body.insert(QStringLiteral("field_engineer_email"), QStringLiteral("nobody@x.invalid"));
    ApiResult<RemoteWorkOrder> r;
    QPointer<ApiCall> call = m_client.createWorkOrder(body, this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QCOMPARE(r.error.httpStatus, 400);
    QTest::qWait(100);
    QCOMPARE(m_sandbox.createRequestCount(), before + 1);

    for (int status : {401, 403, 404}) {
        FakeDeepomatic fake;
        fake.fixedStatus = status;
        const quint16 port = fake.start();
        m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
        ApiResult<RemoteWorkOrder> g;
        m_client.getWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this,
                              into(&g));
        QTRY_VERIFY_WITH_TIMEOUT(g.done, 5000);
        QCOMPARE(g.error.httpStatus, status);
        QTest::qWait(50);
        QCOMPARE(fake.hits, 1);
    }
}

void tst_DeepomaticClientRetry::stopsAtTheAttemptCap()
{
    FakeDeepomatic fake;
    fake.fixedStatus = 502;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    m_client.setRetryPolicy(fastPolicy(3));
    ApiResult<RemoteWorkOrder> r;
    QPointer<ApiCall> call = m_client.getWorkOrder(
        QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this, into(&r));
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
    QCOMPARE(r.error.httpStatus, 502);
    QTest::qWait(200);
    QCOMPARE(fake.hits, 3);
}

void tst_DeepomaticClientRetry::retriesATimedOutRead()
{
    FakeDeepomatic fake;
    fake.holdMs = 400;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    m_client.setTimeout(100);
    m_client.setRetryPolicy(fastPolicy(3));
    ApiResult<RemoteWorkOrder> r;
    m_client.getWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this,
                          into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(fake.hits, 3, 2000);
}

void tst_DeepomaticClientRetry::retriesA500OnARead()
{
    const QString id = m_sandbox.workOrderIds().first();
    m_sandbox.setNextStatus(500, 2);
    ApiResult<RemoteWorkOrder> r;
    m_client.getWorkOrder(id, false, this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.id, id);
}

void tst_DeepomaticClientRetry::retriesADroppedConnectionOnARead()
{
    FakeDeepomatic fake;
    fake.droppedReads = 2;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    ApiResult<RemoteWorkOrder> r;
    const QString id = QStringLiteral("6b0b3f2e-0000-4000-8000-000000000001");
    m_client.getWorkOrder(id, false, this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.id, id);
    QVERIFY(fake.hits >= 3); // two dropped (the transport may re-send one itself), one answered
}

void tst_DeepomaticClientRetry::cancelDuringBackOffStopsEverything()
{
    const int before = m_sandbox.createRequestCount();
    m_sandbox.setNextStatus(503, 5); // each with Retry-After: 1
    ApiResult<RemoteWorkOrder> r;
    QPointer<ApiCall> call =
        m_client.createWorkOrder(typedOrder(QStringLiteral("WO-RETRY-CANCEL")), this, into(&r));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.createRequestCount(), before + 1, 5000);
    QTest::qWait(100); // the 503 is in; the client waits out Retry-After
    QVERIFY(call && !call->isFinished());
    QCOMPARE(m_client.inFlight(), 0);
    call->cancel();
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(1500);
    QCOMPARE(m_sandbox.createRequestCount(), before + 1);
    QCOMPARE(sandboxCountNamed(QStringLiteral("WO-RETRY-CANCEL")), 0);
}

// ---- concurrency -------------------------------------------------------------------------------

void tst_DeepomaticClientRetry::neverMoreThanMaxInFlight_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("default 4") << 4;
    QTest::newRow("2") << 2;
}

void tst_DeepomaticClientRetry::neverMoreThanMaxInFlight()
{
    QFETCH(int, limit);
    FakeDeepomatic fake;
    fake.holdMs = 60;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    m_client.setMaxInFlight(limit);
    int done = 0;
    for (int i = 0; i < 20; ++i)
        m_client.getWorkOrder(QStringLiteral("6b0b3f2e-0000-4000-8000-000000000000"), false, this,
                              [&done](const RemoteWorkOrder &, const ApiError &) { ++done; });
    QCOMPARE(m_client.inFlight(), limit);
    QCOMPARE(m_client.queued(), 20 - limit);
    QTRY_COMPARE_WITH_TIMEOUT(done, 20, 10000);
    QCOMPARE(fake.hits, 20);
    QCOMPARE(fake.maxInFlight, limit); // reached, never exceeded
}

void tst_DeepomaticClientRetry::queuedRequestsLeaveInOrder()
{
    FakeDeepomatic fake;
    fake.holdMs = 5;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    m_client.setMaxInFlight(1);
    int done = 0;
    QStringList expected;
    for (int i = 0; i < 8; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        expected << QStringLiteral("/v0.2/work-orders/%1/?include_inputs=false").arg(id);
        m_client.getWorkOrder(id, false, this,
                              [&done](const RemoteWorkOrder &, const ApiError &) { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 8, 10000);
    QCOMPARE(fake.paths, expected);
}

void tst_DeepomaticClientRetry::connectionsAreKeptAlive()
{
    // HTTP/1.1 keep-alive, seen from the server: requests share a few TCP connections (one per
    // request in flight at most) instead of opening one each.
    const QString id = m_sandbox.workOrderIds().constFirst();
    const qsizetype before = m_sandbox.receivedRequests().size();
    int done = 0;
    int failed = 0;
    auto count = [&](const RemoteWorkOrder &, const ApiError &error) {
        ++done;
        failed += error.isError() ? 1 : 0;
    };
    for (int i = 0; i < 10; ++i) { // one after the other
        const int expected = done + 1;
        m_client.getWorkOrder(id, false, this, count);
        QTRY_COMPARE_WITH_TIMEOUT(done, expected, 5000);
    }
    for (int i = 0; i < 40; ++i) // a burst, bounded by max in flight
        m_client.getWorkOrder(id, false, this, count);
    QTRY_COMPARE_WITH_TIMEOUT(done, 50, 10000);
    QCOMPARE(failed, 0);
    const QList<SandboxServer::ReceivedRequest> received = m_sandbox.receivedRequests();
    QCOMPARE(received.size() - before, 50);
    QSet<quint16> sequential;
    QSet<quint16> all;
    for (qsizetype i = before; i < received.size(); ++i) {
        QVERIFY(received.at(i).peerPort != 0);
        (i < before + 10 ? sequential : all) << received.at(i).peerPort;
    }
    all += sequential;
    QCOMPARE(sequential.size(), 1);
    QVERIFY2(all.size() <= DeepomaticClient::DefaultMaxInFlight,
             qPrintable(QStringLiteral("%1 connections for 50 requests").arg(all.size())));
}

// ---- creating without duplicates ---------------------------------------------------------------

void tst_DeepomaticClientRetry::transportResendsAPlainPostButNotAOneShotBody()
{
    // Evidence for the design: the same POST, committed then dropped by the server, reaches it
    // twice from a plain QNAM upload and once from a OneShotUploadDevice.
    QNetworkAccessManager network;
    auto post = [&](const QString &name, bool oneShot) {
        QNetworkRequest request(m_client.endpoint(QStringLiteral("work-orders/")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Token " + m_sandbox.apiToken().toUtf8());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        const QByteArray body = QJsonDocument(typedOrder(name)).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = nullptr;
        if (oneShot) {
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *device = new OneShotUploadDevice(body);
            reply = network.post(request, device);
            device->setParent(reply);
        } else {
            reply = network.post(request, body);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(10000)); }();
        const auto error = reply->error();
        reply->deleteLater();
        return error;
    };

    SandboxFaults drop;
    drop.dropAfter = 1;
    m_sandbox.setFaults(drop);
    int before = m_sandbox.createRequestCount();
    const auto plainError = post(QStringLiteral("WO-TRANSPORT-PLAIN"), false);
    QCOMPARE(plainError, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_sandbox.createRequestCount() - before, 2); // QNAM sent it again by itself
    QCOMPARE(sandboxCountNamed(QStringLiteral("WO-TRANSPORT-PLAIN")), 2); // a twin

    before = m_sandbox.createRequestCount();
    const auto oneShotError = post(QStringLiteral("WO-TRANSPORT-ONESHOT"), true);
    QVERIFY2(oneShotError == QNetworkReply::RemoteHostClosedError
                 || oneShotError == QNetworkReply::ContentReSendError,
             qPrintable(QString::number(oneShotError)));
    QCOMPARE(m_sandbox.createRequestCount() - before, 1);
    QCOMPARE(sandboxCountNamed(QStringLiteral("WO-TRANSPORT-ONESHOT")), 1);
    qInfo("one-shot upload after a drop: QNetworkReply error %d", int(oneShotError));
}

void tst_DeepomaticClientRetry::uncertainCreateIsLookedUpAndMadeOnce_data()
{
    QTest::addColumn<int>("dropAfter"); // the answer lost after the sandbox applied the create
    QTest::addColumn<int>("malformed"); // applied, answered with a body that is not JSON
    QTest::addColumn<int>("status500"); // answered 500 without applying anything
    QTest::addColumn<int>("latencyMs"); // applied at once, answered after the client gave up
    QTest::addColumn<int>("posts"); // POSTs the sandbox receives in all
    QTest::addColumn<QString>("name");
    QTest::newRow("answer dropped after commit")
        << 1 << 0 << 0 << 0 << 1 << QStringLiteral("WO-DROP-AFTER");
    QTest::newRow("malformed answer") << 0 << 1 << 0 << 0 << 1 << QStringLiteral("WO-MALFORMED");
    QTest::newRow("500, nothing applied: looked up, then sent")
        << 0 << 0 << 1 << 0 << 2 << QStringLiteral("WO-CREATE-500");
    QTest::newRow("answer later than the timeout")
        << 0 << 0 << 0 << 1500 << 1 << QStringLiteral("WO-TIMEOUT");
}

void tst_DeepomaticClientRetry::uncertainCreateIsLookedUpAndMadeOnce()
{
    // Whatever made the answer uncertain, the client never re-sends blindly (neither QNAM nor
    // the client itself): it looks the name up, sends again only if nothing is there, and
    // returns the one work order the sandbox holds.
    QFETCH(int, dropAfter);
    QFETCH(int, malformed);
    QFETCH(int, status500);
    QFETCH(int, latencyMs);
    QFETCH(int, posts);
    QFETCH(QString, name);
    const int before = m_sandbox.createRequestCount();
    if (dropAfter || malformed) {
        SandboxFaults faults;
        faults.dropAfter = dropAfter;
        faults.malformed = malformed;
        m_sandbox.setFaults(faults);
        resetFaultsAfterNextChange();
    }
    if (status500)
        m_sandbox.setNextStatus(500, status500);
    if (latencyMs) {
        m_sandbox.setLatency(latencyMs);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(
            &m_sandbox, &SandboxServer::workOrderChanged, this,
            [this, connection] {
                disconnect(*connection);
                m_sandbox.setLatency(0);
            },
            Qt::QueuedConnection);
        m_client.setTimeout(latencyMs / 5);
    }
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(typedOrder(name), this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(m_sandbox.createRequestCount(), before + posts);
    QCOMPARE(sandboxCountNamed(name), 1);
    QCOMPARE(r.value.name, name);
    QVERIFY(m_sandbox.workOrderIds().contains(r.value.id)); // the client returns that one
}

void tst_DeepomaticClientRetry::withoutLookupAnUncertainCreateIsInDoubt()
{
    const QString name = QStringLiteral("WO-NO-LOOKUP");
    m_client.setLookupByNameSupported(false);
    const int before = m_sandbox.createRequestCount();
    SandboxFaults drop;
    drop.dropAfter = 1;
    m_sandbox.setFaults(drop);
    resetFaultsAfterNextChange();
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(typedOrder(name), this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QCOMPARE(r.error.kind, ApiError::Kind::InDoubt);
    QVERIFY(!r.error.isTransient());
    QVERIFY2(r.error.message().contains(QLatin1String("may or may not exist")),
             qPrintable(r.error.message()));
    QTest::qWait(200);
    QCOMPARE(m_sandbox.createRequestCount(), before + 1); // no second POST
    QCOMPARE(sandboxCountNamed(name), 1); // it did exist: hence "in doubt", not "failed"
}

void tst_DeepomaticClientRetry::lookupRefusedByTheServerIsInDoubt()
{
    FakeDeepomatic fake;
    fake.createMode = FakeDeepomatic::CreateMode::CommitThenDrop;
    fake.lookupSupported = false; // like the real API: no GET /work-orders/?name=
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(newOrder(QStringLiteral("WO-LOOKUP-404")), this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QCOMPARE(r.error.kind, ApiError::Kind::InDoubt);
    QVERIFY(r.error.message().contains(QLatin1String("cannot be searched by name")));
    QTest::qWait(200);
    QCOMPARE(fake.creates, 1);
    QCOMPARE(fake.workOrders.size(), 1);
    QCOMPARE(fake.hits, 2); // the create and one look-up: a 404 is not retried
}

void tst_DeepomaticClientRetry::lookupFailingThenAnsweringSettlesTheCreate()
{
    FakeDeepomatic fake;
    fake.createMode = FakeDeepomatic::CreateMode::CommitThenDrop;
    fake.lookupFailures = 2;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(newOrder(QStringLiteral("WO-LOOKUP-500")), this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(fake.creates, 1);
    QCOMPARE(fake.lookups, 3); // 500, 500, found
    QCOMPARE(r.value.id, fake.workOrders.first().value(QStringLiteral("id")).toString());
}

void tst_DeepomaticClientRetry::lookupFailingForLongIsNotInDoubt()
{
    FakeDeepomatic fake;
    fake.createMode = FakeDeepomatic::CreateMode::CommitThenDrop;
    fake.lookupFailures = 1000;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    m_client.setRetryPolicy(fastPolicy(3));
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(newOrder(QStringLiteral("WO-LOOKUP-DOWN")), this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QVERIFY(r.error.isError());
    QVERIFY(r.error.kind != ApiError::Kind::InDoubt);
    QVERIFY(r.error.isTransient()); // the outbox tries again later, looking up first
    QVERIFY(r.error.maybeApplied);
    QTest::qWait(100);
    QCOMPARE(fake.creates, 1);
    QCOMPARE(fake.lookups, 3);
}

void tst_DeepomaticClientRetry::twoWorkOrdersWithTheNameAreInDoubtWithBoth()
{
    FakeDeepomatic fake;
    fake.createMode = FakeDeepomatic::CreateMode::CommitThenDrop;
    const QString name = QStringLiteral("WO-TWINS");
    fake.workOrders << QJsonObject{
        {QStringLiteral("id"), QStringLiteral("6b0b3f2e-0000-4000-8000-0000000000aa")},
        {QStringLiteral("name"), name},
        {QStringLiteral("progress_score"), 40},
        {QStringLiteral("create_date"), QStringLiteral("2026-11-30T08:00:00.000Z")}};
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(newOrder(name), this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QCOMPARE(r.error.kind, ApiError::Kind::InDoubt);
    QCOMPARE(r.error.candidates.size(), 2);
    QSet<QString> ids;
    for (const RemoteWorkOrder &wo : std::as_const(r.error.candidates)) {
        ids.insert(wo.id);
        QVERIFY(wo.createDate.isValid());
    }
    QVERIFY(ids.contains(QStringLiteral("6b0b3f2e-0000-4000-8000-0000000000aa")));
    QVERIFY(ids.contains(fake.workOrders.last().value(QStringLiteral("id")).toString()));
    QCOMPARE(fake.creates, 1);
}

void tst_DeepomaticClientRetry::listingForbiddenIsInDoubt()
{
    FakeDeepomatic fake;
    fake.createMode = FakeDeepomatic::CreateMode::CommitThenDrop;
    fake.lookupFailures = 1000;
    fake.lookupFailureStatus = 403;
    const quint16 port = fake.start();
    m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    ApiResult<RemoteWorkOrder> r;
    m_client.createWorkOrder(newOrder(QStringLiteral("WO-LOOKUP-403")), this, into(&r));
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
    QCOMPARE(r.error.kind, ApiError::Kind::InDoubt);
    QVERIFY2(r.error.message().contains(QLatin1String("refused")), qPrintable(r.error.message()));
    QTest::qWait(100);
    QCOMPARE(fake.creates, 1);
    QCOMPARE(fake.lookups, 1); // a 403 is not retried
}

void tst_DeepomaticClientRetry::cancelledInFlightCreateSaysItMayExist()
{
    m_sandbox.setLatency(800);
    const int before = m_sandbox.createRequestCount();
    ApiResult<RemoteWorkOrder> r;
    QPointer<ApiCall> call =
        m_client.createWorkOrder(typedOrder(QStringLiteral("WO-CANCEL-INFLIGHT")), this, into(&r));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.createRequestCount(), before + 1, 5000);
    call->cancel();
    QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(r.error.message().contains(QLatin1String("may exist")));
    m_sandbox.setLatency(0);
}

void tst_DeepomaticClientRetry::bulkCreateUnderFaultsMakesExactlyOneOfEach_data()
{
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<double>("dropBefore");
    QTest::addColumn<double>("dropAfter");
    QTest::addColumn<double>("malformed");
    QTest::newRow("30% 503") << 0.3 << 0.0 << 0.0 << 0.0;
    QTest::newRow("30% 503, drops and garbage") << 0.3 << 0.05 << 0.05 << 0.03;
}

void tst_DeepomaticClientRetry::bulkCreateUnderFaultsMakesExactlyOneOfEach()
{
    QFETCH(double, errorRate);
    QFETCH(double, dropBefore);
    QFETCH(double, dropAfter);
    QFETCH(double, malformed);
    static int run = 0;
    const QString prefix = QStringLiteral("WO-BULK-%1-").arg(++run);
    SandboxFaults faults;
    faults.latency = 5;
    faults.errorRate = errorRate;
    faults.errorCodes = {503};
    faults.dropBefore = dropBefore;
    faults.dropAfter = dropAfter;
    faults.malformed = malformed;
    faults.hasSeed = true;
    faults.seed = 20240314;
    m_sandbox.setFaults(faults);
    // 15 attempts: the chance that one create meets 15 faults in a row is negligible.
    m_client.setRetryPolicy(fastPolicy(15));

    constexpr int count = 200;
    const int postsBefore = m_sandbox.createRequestCount();
    QElapsedTimer clock;
    clock.start();
    QList<ApiResult<RemoteWorkOrder>> results(count);
    for (int i = 0; i < count; ++i)
        m_client.createWorkOrder(typedOrder(prefix + QString::number(i).rightJustified(4, u'0')),
                                 this, into(&results[i]));
    const auto allDone = [&results] {
        return std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r.done; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);
    m_sandbox.setFaults({});
    qInfo("%d creates in %lld ms, %d POSTs received", count, clock.elapsed(),
          m_sandbox.createRequestCount() - postsBefore);

    QSet<QString> ids;
    for (int i = 0; i < count; ++i) {
        const auto &r = results.at(i);
        QVERIFY2(!r.error.isError(),
                 qPrintable(QStringLiteral("#%1: %2").arg(i).arg(r.error.message())));
        ids.insert(r.value.id);
    }
    QCOMPARE(ids.size(), count);
    QHash<QString, int> perName;
    for (const QString &id : m_sandbox.workOrderIds()) {
        const QJsonObject wo = m_sandbox.workOrderJson(id);
        const QString name = wo.value(QStringLiteral("name")).toString();
        if (name.startsWith(prefix)) {
            ++perName[name];
            QVERIFY2(ids.contains(id), qPrintable(name)); // every one made is one returned
        }
    }
    QCOMPARE(perName.size(), count); // none lost
    for (auto it = perName.cbegin(); it != perName.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key())); // none duplicated
}

QTEST_GUILESS_MAIN(tst_DeepomaticClientRetry)
#include "tst_deepomaticclientretry.moc"
