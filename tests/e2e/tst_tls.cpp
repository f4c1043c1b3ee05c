// Certificate errors with real QtWebEngine (offscreen) against the sandbox served over HTTPS with
// a self-signed certificate made at test time: the connector page is blocked with an
// explanation, unless the site profile pins that certificate for that host; then the whole flow
// completes over HTTPS.

#include "../common/selfsignedcertificate.h"
#include "callbackschemehandler.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "e2eapp.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "samplephoto.h"
#include "sandboxserver.h"
#include "webprofiles.h"
#include "webtap.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

namespace {
using App = E2eApp;
} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void untrustedCertificateBlocksThePageWithAnExplanation_data();
    void untrustedCertificateBlocksThePageWithAnExplanation();
    void pinnedCertificateLoadsThePageAndTheFlowCompletes();

private:
    QVariant js(const QString &script);
    void tap(const QString &elementExpression);

    QTemporaryDir m_certDir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_sha256;
    std::unique_ptr<App> m_app;
    int m_photos = 0;
};

void tst_Tls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend in Qt Network");
    QVERIFY(m_certDir.isValid());
    QString why;
    if (!makeSelfSigned(m_certDir.path(), &m_certificate, &m_key, &why))
        QSKIP(qPrintable(QStringLiteral("Cannot make a test certificate: %1").arg(why)));
    m_sha256 = m_certificate.digest(QCryptographicHash::Sha256);
}

void tst_Tls::init()
{
    m_app = std::make_unique<App>();
    App &a = *m_app;
    a.sandbox.setTls(m_certificate, m_key);
    // About certificates, not sign-in (tst_signin): the pages open directly.
    a.sandbox.setSignInMode(SandboxSignIn::Mode::Off);
    QString started;
    QVERIFY2(a.startSandbox(&started), qPrintable(started));
    QCOMPARE(a.sandbox.baseUrl().scheme(), QStringLiteral("https"));
    QVERIFY(a.launch());
    // The work order must exist in Deepomatic before its page can be opened, so the API client
    // trusts the test certificate in every test; what the page may trust is the site's.
    a.client()->setTlsOverrides({{QStringLiteral("127.0.0.1"), m_sha256}});
}

void tst_Tls::cleanup()
{
    m_app.reset();
}

QVariant tst_Tls::js(const QString &script)
{
    return m_app->js(script);
}

void tst_Tls::tap(const QString &elementExpression)
{
    QVERIFY2(m_app->tap(elementExpression), qPrintable(elementExpression));
}

void tst_Tls::untrustedCertificateBlocksThePageWithAnExplanation_data()
{
    QTest::addColumn<QString>("pinnedHost");
    QTest::addColumn<bool>("rightFingerprint");
    QTest::newRow("no override") << QString() << false;
    QTest::newRow("wrong fingerprint") << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("fingerprint pinned for another host") << QStringLiteral("localhost") << true;
}

void tst_Tls::untrustedCertificateBlocksThePageWithAnExplanation()
{
    QFETCH(QString, pinnedHost);
    QFETCH(bool, rightFingerprint);
    App &a = *m_app;
    if (!pinnedHost.isEmpty()) {
        QByteArray sha = m_sha256;
        if (!rightFingerprint)
            sha[0] = char(sha.at(0) ^ 0x01);
        a.site.tlsOverrides = {{pinnedHost, sha}};
        a.controller()->setSite(a.site);
    }
    const QString key = m_app->planAndCreate(QStringLiteral("TLS-BLOCKED"));
    QVERIFY(!key.isEmpty());

    a.window()->selectWorkOrder(key);
    QTest::mouseClick(a.window()->detailsPane()->openButton(), Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    auto *page = qobject_cast<ConnectorPage *>(a.window()->connectorView()->webView()->page());
    QVERIFY(page);
    QSignalSpy rejected(page, &ConnectorPage::certificateRejected);
    QSignalSpy overridden(page, &ConnectorPage::certificateOverridden);
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
    QVERIFY(!loaded.first().first().toBool());
    QCOMPARE(overridden.count(), 0);
    QCOMPARE(rejected.first().at(0).toUrl().host(), QStringLiteral("127.0.0.1"));
    const QString description = rejected.first().at(1).toString();
    QVERIFY(!description.isEmpty());

    // Blocked, explained, never blank: the panel stays once everything has settled.
    QTest::qWait(500);
    auto *text = a.window()->connectorView()->findChild<QLabel *>(QStringLiteral("problemText"));
    QVERIFY(text);
    QVERIFY(text->isVisible());
    QVERIFY(!a.window()->connectorView()->webView()->isVisible());
    const QString shown = text->text();
    QVERIFY2(shown.contains(QLatin1String("127.0.0.1")), qPrintable(shown));
    QVERIFY2(shown.contains(description.left(20)), qPrintable(shown + u'|' + description));
    QVERIFY2(shown.contains(QLatin1String("blocked to protect your account")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("ask your IT to check the certificate")),
             qPrintable(shown));
    // Nothing of the untrusted site ran in the page.
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt(),
             0);

    // The work order is as the open left it: no progress, no callback, the launch still open.
    const WorkOrder wo = *a.controller()->workOrder(key);
    QCOMPARE(wo.status, WorkOrderStatus::InProgress);
    QVERIFY(!wo.lastProgress.isValid());
    QVERIFY(!wo.launchId.isEmpty());
    QCOMPARE(a.store()->events(key).constLast().kind, QStringLiteral("connector_opened"));
    QVERIFY(!a.window()->detailsPane()->closeButton()->isEnabled());

    // Retry asks again and is refused again: no decision is remembered.
    auto *retry =
        a.window()->connectorView()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(text->isVisible(), 10000);
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::InProgress);
}

void tst_Tls::pinnedCertificateLoadsThePageAndTheFlowCompletes()
{
    App &a = *m_app;
    // As main.cpp does it: one deployment entry, given to the page (via the site) and the client.
    a.site.tlsOverrides = {{QStringLiteral("127.0.0.1"), m_sha256}};
    a.client()->setTlsOverrides(a.site.tlsOverrides);
    a.controller()->setSite(a.site);
    const QString key = m_app->planAndCreate(QStringLiteral("TLS-PINNED"));
    QVERIFY(!key.isEmpty());

    a.window()->selectWorkOrder(key);
    QTest::mouseClick(a.window()->detailsPane()->openButton(), Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    auto *page = qobject_cast<ConnectorPage *>(a.window()->connectorView()->webView()->page());
    QVERIFY(page);
    QSignalSpy rejected(page, &ConnectorPage::certificateRejected);
    QSignalSpy overridden(page, &ConnectorPage::certificateOverridden);
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(overridden.count() > 0);
    QCOMPARE(overridden.first().first().toUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(page->url().scheme(), QStringLiteral("https"));
    QVERIFY(a.window()->connectorView()->webView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("document.querySelectorAll('button.take-photo')"
                                               ".length"))
                                     .toInt()
                                 > 0,
                             10000);

    // Every photo, uploaded by the page over the pinned connection.
    page->setFileChooser([this](QWebEnginePage::FileSelectionMode, const QStringList &) {
        return QStringList{SamplePhoto::write(m_app->dir.path(), ++m_photos)};
    });
    const int buttons =
        js(QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt();
    for (int i = 0; i < buttons; ++i) {
        tap(QStringLiteral("document.querySelectorAll('button.take-photo')[%1]").arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(
            js(QStringLiteral("document.querySelectorAll('[data-taken=\"true\"]').length")).toInt()
                > i,
            10000);
    }

    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    QSignalSpy verified(a.controller(), &InterventionController::verificationFinished);
    tap(QStringLiteral("document.getElementById('finish')"));
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0, 15000);
    QCOMPARE(accepted.first().at(1).toInt(), 100);
    QTRY_VERIFY_WITH_TIMEOUT(verified.count() > 0, 15000);
    QVERIFY2(verified.first().at(1).toBool(), qPrintable(verified.first().at(3).toString()));
    QCOMPARE(verified.first().at(2).toInt(), 100);
    QCOMPARE(rejected.count(), 0);
    const WorkOrder wo = *a.controller()->workOrder(key);
    QCOMPARE(wo.status, WorkOrderStatus::ReadyToClose);
    QVERIFY(a.window()->detailsPane()->closeButton()->isEnabled());

    // Deepomatic agrees, asked over HTTPS by another client with the same single override.
    DeepomaticClient check;
    check.setBaseUrl(a.site.effectiveApiUrl());
    check.setToken(a.sandbox.apiToken());
    check.setTlsOverrides(a.site.tlsOverrides);
    RemoteWorkOrder remote;
    ApiError error;
    bool done = false;
    check.getWorkOrder(wo.deepomaticId, true, this,
                       [&](const RemoteWorkOrder &w, const ApiError &e) {
                           remote = w;
                           error = e;
                           done = true;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(remote.id, wo.deepomaticId);
    QCOMPARE(remote.progressScore, 100);
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_Tls test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tls.moc"
