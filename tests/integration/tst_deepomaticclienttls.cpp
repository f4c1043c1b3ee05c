// The REST client against the sandbox over real loopback HTTPS with a self-signed certificate
// made at test time: refused, unless the deployment pins that exact certificate for that host.
#include "../common/selfsignedcertificate.h"
#include "apiresult.h"
#include "deepomaticclient.h"
#include "sandboxserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace { } // namespace

class tst_DeepomaticClientTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selfSignedServerIsRefused();
    void createIsNotRetriedNorLookedUpAfterATlsError();
    void pinnedFingerprintLetsCreateAndGetThrough();
    void wrongFingerprintIsRefused();
    void fingerprintPinnedForAnotherHostIsRefused();
    void changedPinsAreAppliedToKeptAliveConnections();

private:
    QJsonObject createBody(const QString &name) const;
    ApiResult<RemoteWorkOrder> create(const QString &name);
    ApiResult<RemoteWorkOrder> get(const QString &id);

    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    QByteArray m_sha256;
    std::unique_ptr<DeepomaticClient> m_client;
};

void tst_DeepomaticClientTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend in Qt Network");
    QVERIFY(m_dir.isValid());
    QSslCertificate certificate;
    QSslKey key;
    QString why;
    if (!makeSelfSigned(m_dir.path(), &certificate, &key, &why))
        QSKIP(qPrintable(QStringLiteral("Cannot make a test certificate: %1").arg(why)));
    m_sha256 = certificate.digest(QCryptographicHash::Sha256);
    m_sandbox.setTls(certificate, key);
    QVERIFY2(m_sandbox.start(0), qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_sandbox.siteProfile().effectiveApiUrl().scheme(), QStringLiteral("https"));
}

void tst_DeepomaticClientTls::init()
{
    // A client per test: no connection or pin carries over.
    m_client = std::make_unique<DeepomaticClient>();
    m_client->setBaseUrl(m_sandbox.siteProfile().effectiveApiUrl());
    m_client->setToken(m_sandbox.apiToken());
    m_client->setTimeout(10000);
    RetryPolicy fast;
    fast.setBaseDelayMs(10);
    fast.setMaxDelayMs(100);
    m_client->setRetryPolicy(fast);
}

void tst_DeepomaticClientTls::cleanup()
{
    m_client.reset();
}

QJsonObject tst_DeepomaticClientTls::createBody(const QString &name) const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("work_order_types"),
             m_sandbox.seededWorkOrders().first().value(QStringLiteral("types"))}};
}

ApiResult<RemoteWorkOrder> tst_DeepomaticClientTls::create(const QString &name)
{
    ApiResult<RemoteWorkOrder> r;
    m_client->createWorkOrder(createBody(name), this, into(&r));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000); }();
    return r;
}

ApiResult<RemoteWorkOrder> tst_DeepomaticClientTls::get(const QString &id)
{
    ApiResult<RemoteWorkOrder> r;
    m_client->getWorkOrder(id, false, this, into(&r));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000); }();
    return r;
}

void tst_DeepomaticClientTls::selfSignedServerIsRefused()
{
    const QString known = m_sandbox.workOrderIds().constFirst();
    const ApiResult<RemoteWorkOrder> r = get(known);
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QVERIFY(!r.error.isTransient());
    QCOMPARE(r.error.host, QStringLiteral("127.0.0.1"));
    QVERIFY2(r.error.message().contains(QLatin1String("127.0.0.1")), qPrintable(r.error.message()));
    QVERIFY2(r.error.detail.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(r.error.detail));
}

void tst_DeepomaticClientTls::createIsNotRetriedNorLookedUpAfterATlsError()
{
    const int before = m_sandbox.createRequestCount();
    const ApiResult<RemoteWorkOrder> r = create(QStringLiteral("TLS-REFUSED"));
    // Permanent and surely not applied: not retried, not "in doubt", nothing was sent.
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_sandbox.createRequestCount(), before);
    QTest::qWait(300); // no back-off retry or look-up follows
    QCOMPARE(m_sandbox.createRequestCount(), before);
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_client->queued(), 0);
}

void tst_DeepomaticClientTls::pinnedFingerprintLetsCreateAndGetThrough()
{
    m_client->setTlsOverrides({{QStringLiteral("127.0.0.1"), m_sha256}});
    const int before = m_sandbox.createRequestCount();
    const ApiResult<RemoteWorkOrder> created = create(QStringLiteral("TLS-PINNED"));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
    QCOMPARE(created.value.name, QStringLiteral("TLS-PINNED"));
    QCOMPARE(m_sandbox.createRequestCount(), before + 1);

    const ApiResult<RemoteWorkOrder> fetched = get(created.value.id);
    QVERIFY2(!fetched.error.isError(), qPrintable(fetched.error.message()));
    QCOMPARE(fetched.value.id, created.value.id);
}

void tst_DeepomaticClientTls::wrongFingerprintIsRefused()
{
    QByteArray wrong = m_sha256;
    wrong[0] = char(wrong.at(0) ^ 0x01);
    m_client->setTlsOverrides({{QStringLiteral("127.0.0.1"), wrong}});
    const int before = m_sandbox.createRequestCount();
    const ApiResult<RemoteWorkOrder> r = create(QStringLiteral("TLS-WRONG-PIN"));
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_sandbox.createRequestCount(), before);
    // The user (and IT) learn both the certificate's problem and that the pin did not match.
    QVERIFY2(r.error.detail.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(r.error.detail));
    QVERIFY2(r.error.detail.contains(QString::fromLatin1(m_sha256.toHex(':')), Qt::CaseInsensitive),
             qPrintable(r.error.detail));
}

void tst_DeepomaticClientTls::fingerprintPinnedForAnotherHostIsRefused()
{
    // The right certificate, pinned for a name the client does not use: no override.
    m_client->setTlsOverrides(
        {{QStringLiteral("localhost"), m_sha256}, {QStringLiteral("api.example.com"), m_sha256}});
    const ApiResult<RemoteWorkOrder> r = get(m_sandbox.workOrderIds().constFirst());
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QVERIFY2(r.error.message().contains(QLatin1String("127.0.0.1")), qPrintable(r.error.message()));
}

void tst_DeepomaticClientTls::changedPinsAreAppliedToKeptAliveConnections()
{
    const QString known = m_sandbox.workOrderIds().constFirst();
    m_client->setTlsOverrides({{QStringLiteral("127.0.0.1"), m_sha256}});
    const ApiResult<RemoteWorkOrder> accepted = get(known);
    QVERIFY2(!accepted.error.isError(), qPrintable(accepted.error.message()));
    // The deployment drops the pin: the connection accepted under it must not be reused.
    m_client->setTlsOverrides({});
    const ApiResult<RemoteWorkOrder> refused = get(known);
    QCOMPARE(refused.error.kind, ApiError::Kind::Tls);
}

QTEST_GUILESS_MAIN(tst_DeepomaticClientTls)

#include "tst_deepomaticclienttls.moc"
