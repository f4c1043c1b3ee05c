// The connector page's content policy with real QtWebEngine, offscreen: top-level
// navigation limited to the allow-list, outside links refused or sent to the system browser,
// camera and microphone only for allow-listed origins, downloads refused, no local files for
// page scripts. Pages come from a QHttpServer in this test on 127.0.0.2 (allow-listed) and
// 127.0.0.3 (outside); the app is wired as in main.cpp.

#include "callbackschemehandler.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "e2eapp.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "webprofiles.h"
#include "workorderstore.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <memory>

namespace {
const QString kAllowedHost = QStringLiteral("127.0.0.2");
const QString kOutsideHost = QStringLiteral("127.0.0.3");

using App = E2eApp;

// Serves the same small pages on both hosts and counts the requests each host received, so a
// test can prove that a refused navigation never reached the network.
struct TestSite {
    QHttpServer http;
    quint16 allowedPort = 0;
    quint16 outsidePort = 0;
    QHash<QString, int> requests; // by host
    QStringList paths; // every path asked for, in order

    bool start()
    {
        http.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                ++requests[request.url().host()];
                paths << request.url().path();
                answer(request).write(std::move(responder));
            });
        for (const QString &host : {kAllowedHost, kOutsideHost}) {
            auto *tcp = new QTcpServer(&http);
            if (!tcp->listen(QHostAddress(host), 0))
                return false;
            http.bind(tcp);
            (host == kAllowedHost ? allowedPort : outsidePort) = tcp->serverPort();
        }
        return true;
    }

    static QHttpServerResponse answer(const QHttpServerRequest &request)
    {
        const QString path = request.url().path();
        if (path == QLatin1String("/download")) {
            QHttpServerResponse r(QByteArrayLiteral("application/octet-stream"),
                                  QByteArrayLiteral("not for the tablet"));
            r.addHeader(QByteArrayLiteral("Content-Disposition"),
                        QByteArrayLiteral("attachment; filename=\"report.bin\""));
            return r;
        }
        QByteArray body = QByteArrayLiteral("<!doctype html><title>") + path.toUtf8()
                          + QByteArrayLiteral("</title><p>page</p>");
        if (path == QLatin1String("/camera-frame"))
            body +=
                QByteArrayLiteral("<script>navigator.mediaDevices.getUserMedia({video:true}).then("
                                  "function(){parent.postMessage('granted','*')},"
                                  "function(e){parent.postMessage(e.name,'*')})</script>");
        QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), body);
        r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return r;
    }

    QUrl url(const QString &host, const QString &path) const
    {
        const quint16 port = host == kAllowedHost ? allowedPort : outsidePort;
        return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port).arg(path));
    }
};
} // namespace

class tst_NavigationPolicy : public QObject
{
    Q_OBJECT
public slots:
    // Stands in for the system browser (QDesktopServices::setUrlHandler).
    void openInBrowser(const QUrl &url) { m_browser << url; }

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void allowListedNavigationLoads();
    void studioHostIsAllowedWithoutBeingListed();
    void outsideHostIsRefusedWithANotice();
    void openPolicySendsOutsideLinksToTheSystemBrowser();
    void subFramesOutsideTheAllowListAreNotLoaded();
    void popUpIsNeverOpened();
    void cameraAndMicrophoneAreGrantedToAllowListedOrigins_data();
    void cameraAndMicrophoneAreGrantedToAllowListedOrigins();
    void cameraCannotBeAskedForByAnOutsideFrame();
    void cameraIsDeniedWhenThePolicySaysDeny();
    void otherPermissionsAreDenied_data();
    void otherPermissionsAreDenied();
    void downloadIsRefused();
    void downloadIsKeptWhenAllowed();
    void pageScriptCannotReadLocalFiles();

private:
    bool load(const QUrl &url);
    QVariant js(const QString &script);
    QLabel *notice() const;
    void setSite(const SiteProfile &site);

    std::unique_ptr<App> m_app;
    TestSite m_web;
    ConnectorPage *m_page = nullptr;
    QList<QUrl> m_browser;
};

void tst_NavigationPolicy::initTestCase()
{
    QVERIFY(m_web.start());
    m_app = std::make_unique<App>();
    App &a = *m_app;
    QString started;
    QVERIFY2(a.startSandbox(&started), qPrintable(started));
    a.site.navigationAllowList = {kAllowedHost};
    QVERIFY(a.launch(true));
    // The page the window shows, created as opening a launch would.
    m_page = a.session()->ensurePage(a.site);
    QVERIFY(m_page);
    a.window()->showConnector();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openInBrowser");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openInBrowser");
}

void tst_NavigationPolicy::init()
{
    setSite(m_app->site);
    m_browser.clear();
    m_app->window()->connectorView()->showNotice(QString());
}

void tst_NavigationPolicy::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_page = nullptr;
    m_app.reset();
}

void tst_NavigationPolicy::setSite(const SiteProfile &site)
{
    m_page->setSite(site);
}

bool tst_NavigationPolicy::load(const QUrl &url)
{
    // Matched by URL: a late "finished" of an earlier, refused navigation must not count. An
    // event loop that quits on the signal, not a polling wait, which lags by seconds here.
    bool ok = false;
    QEventLoop loop;
    connect(m_page, &QWebEnginePage::loadingChanged, &loop, [&](const QWebEngineLoadingInfo &info) {
        if (info.url() != url || info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
            return;
        ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    m_page->load(url);
    loop.exec();
    return ok;
}

QVariant tst_NavigationPolicy::js(const QString &script)
{
    return m_app->js(script, m_page);
}

QLabel *tst_NavigationPolicy::notice() const
{
    return m_app->window()->connectorView()->findChild<QLabel *>(QStringLiteral("connectorNotice"));
}

void tst_NavigationPolicy::allowListedNavigationLoads()
{
    QSignalSpy blocked(m_page, &ConnectorPage::navigationBlocked);
    const QUrl url = m_web.url(kAllowedHost, QStringLiteral("/identity-provider"));
    QVERIFY(load(url));
    QCOMPARE(m_page->url(), url);
    QCOMPARE(m_page->title(), QStringLiteral("/identity-provider"));
    // Script navigation inside the allow-list too.
    QSignalSpy loaded(m_page, &QWebEnginePage::loadFinished);
    js(QStringLiteral("location.href='/next'"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->url().path(), QStringLiteral("/next"), 10000);
    QCOMPARE(blocked.count(), 0);
}

void tst_NavigationPolicy::studioHostIsAllowedWithoutBeingListed()
{
    QSignalSpy blocked(m_page, &ConnectorPage::navigationBlocked);
    // The sandbox's studio is on 127.0.0.1, which the list does not name.
    QVERIFY(!m_app->site.navigationAllowList.contains(m_app->site.studioUrl.host()));
    QVERIFY(load(m_app->sandbox.baseUrl().resolved(QUrl(QStringLiteral("/static/sandbox.css")))));
    QCOMPARE(m_page->url().host(), m_app->site.studioUrl.host());
    QCOMPARE(blocked.count(), 0);
}

void tst_NavigationPolicy::outsideHostIsRefusedWithANotice()
{
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/start"))));
    const int outsideRequests = m_web.requests.value(kOutsideHost);
    QSignalSpy blocked(m_page, &ConnectorPage::navigationBlocked);
    QSignalSpy external(m_page, &ConnectorPage::externalNavigationRequested);
    const QUrl outside = m_web.url(kOutsideHost, QStringLiteral("/phishing"));
    js(QStringLiteral("location.href='%1'").arg(outside.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
    QCOMPARE(blocked.first().at(0).toUrl(), outside);
    QVERIFY(!blocked.first().at(1).toString().isEmpty());
    QTest::qWait(200);
    QCOMPARE(m_page->url().path(), QStringLiteral("/start")); // the page stays
    QCOMPARE(m_web.requests.value(kOutsideHost), outsideRequests); // never reached the network
    QCOMPARE(external.count(), 0); // default policy: refuse
    QVERIFY(m_browser.isEmpty());
    QVERIFY(!notice()->isHidden());
    QVERIFY2(notice()->text().contains(kOutsideHost), qPrintable(notice()->text()));

    // The app itself cannot load it either.
    blocked.clear();
    m_page->load(outside);
    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
    QCOMPARE(m_web.requests.value(kOutsideHost), outsideRequests);
}

void tst_NavigationPolicy::openPolicySendsOutsideLinksToTheSystemBrowser()
{
    SiteProfile open = m_app->site;
    open.externalLinks = SiteProfile::ExternalLinks::Open;
    setSite(open);
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/start"))));
    const int outsideRequests = m_web.requests.value(kOutsideHost);
    QSignalSpy external(m_page, &ConnectorPage::externalNavigationRequested);
    QSignalSpy blocked(m_page, &ConnectorPage::navigationBlocked);
    const QUrl outside = m_web.url(kOutsideHost, QStringLiteral("/help"));
    js(QStringLiteral("location.href='%1'").arg(outside.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!external.isEmpty(), 10000);
    QCOMPARE(external.first().at(0).toUrl(), outside);
    QCOMPARE(blocked.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser, QList<QUrl>{outside}, 5000); // MainWindow's wiring
    QTest::qWait(200);
    QCOMPARE(m_page->url().path(), QStringLiteral("/start"));
    QCOMPARE(m_web.requests.value(kOutsideHost), outsideRequests);
    QVERIFY(!notice()->isHidden());

    // Only web links go to the browser: a file: URL is refused, not handed over.
    external.clear();
    blocked.clear();
    m_page->load(QUrl(QStringLiteral("file:///etc/hostname")));
    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
    QCOMPARE(external.count(), 0);
}

void tst_NavigationPolicy::subFramesOutsideTheAllowListAreNotLoaded()
{
    // A frame from another host could lie, transparent, over the page's own buttons and send
    // the whole page anywhere: it is not loaded. One from an allow-listed host is.
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/with-frame"))));
    const int outsideRequests = m_web.requests.value(kOutsideHost);
    const int allowedRequests = m_web.requests.value(kAllowedHost);
    QSignalSpy blocked(m_page, &ConnectorPage::navigationBlocked);
    js(QStringLiteral("var f=document.createElement('iframe');f.src='%1';"
                      "document.body.appendChild(f);")
           .arg(m_web.url(kOutsideHost, QStringLiteral("/map")).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(blocked.count(), 1, 10000);
    QCOMPARE(blocked.first().at(0).toUrl().host(), kOutsideHost);
    QVERIFY(!notice()->isHidden());
    QVERIFY2(notice()->text().contains(kOutsideHost), qPrintable(notice()->text()));
    QTest::qWait(200);
    QCOMPARE(m_web.requests.value(kOutsideHost), outsideRequests);
    QCOMPARE(m_page->url().path(), QStringLiteral("/with-frame"));

    js(QStringLiteral("var g=document.createElement('iframe');g.src='%1';"
                      "document.body.appendChild(g);")
           .arg(m_web.url(kAllowedHost, QStringLiteral("/map")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_web.requests.value(kAllowedHost) > allowedRequests, 10000);
    QCOMPARE(blocked.count(), 1);

    // Neither a data: document (an origin of its own) nor a frame of another scheme.
    js(QStringLiteral("var h=document.createElement('iframe');"
                      "h.src='data:text/html,<p>data</p>';document.body.appendChild(h);"));
    QTRY_COMPARE_WITH_TIMEOUT(blocked.count(), 2, 10000);
    QCOMPARE(blocked.last().at(0).toUrl().scheme(), QStringLiteral("data"));
}

void tst_NavigationPolicy::popUpIsNeverOpened()
{
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/opener"))));
    QSignalSpy blocked(m_page, &ConnectorPage::navigationBlocked);
    js(QStringLiteral("window.open('/popup')"));
    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
    QTest::qWait(200);
    QVERIFY(!m_web.paths.contains(QStringLiteral("/popup"))); // nothing was fetched
    QCOMPARE(m_page->url().path(), QStringLiteral("/opener"));
}

void tst_NavigationPolicy::cameraAndMicrophoneAreGrantedToAllowListedOrigins_data()
{
    QTest::addColumn<QString>("constraints");
    QTest::addColumn<QString>("feature");
    QTest::newRow("camera") << QStringLiteral("{video:true}")
                            << QStringLiteral("MediaVideoCapture");
    QTest::newRow("microphone") << QStringLiteral("{audio:true}")
                                << QStringLiteral("MediaAudioCapture");
    QTest::newRow("both") << QStringLiteral("{audio:true,video:true}")
                          << QStringLiteral("MediaAudioVideoCapture");
}

void tst_NavigationPolicy::cameraAndMicrophoneAreGrantedToAllowListedOrigins()
{
    QFETCH(QString, constraints);
    QFETCH(QString, feature);
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/camera"))));
    QSignalSpy decided(m_page, &ConnectorPage::permissionDecided);
    js(QStringLiteral("window.gum='pending';navigator.mediaDevices.getUserMedia(%1)"
                      ".then(function(s){window.gum='granted';s.getTracks().forEach("
                      "function(t){t.stop()})},function(e){window.gum=e.name})")
           .arg(constraints));
    QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), 10000);
    QCOMPARE(decided.first().at(0).toUrl().host(), kAllowedHost);
    QCOMPARE(decided.first().at(1).toString(), feature);
    QCOMPARE(decided.first().at(2).toBool(), true);
    // Chromium's fake devices (set in main) stand in for the tablet's camera.
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.gum")).toString(),
                              QStringLiteral("granted"), 10000);
}

void tst_NavigationPolicy::cameraCannotBeAskedForByAnOutsideFrame()
{
    // An outside origin could only run inside an allow-listed page, as a frame (even one the
    // page delegated the camera to): that frame is never loaded, so it never gets to ask.
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/embeds-outside"))));
    const int outsideRequests = m_web.requests.value(kOutsideHost);
    QSignalSpy decided(m_page, &ConnectorPage::permissionDecided);
    QSignalSpy blocked(m_page, &ConnectorPage::navigationBlocked);
    js(QStringLiteral("window.gum='pending';addEventListener('message',function(e){"
                      "window.gum=e.data});var f=document.createElement('iframe');"
                      "f.allow='camera *;microphone *';f.src='%1';document.body.appendChild(f);")
           .arg(m_web.url(kOutsideHost, QStringLiteral("/camera-frame")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
    QTest::qWait(500);
    QCOMPARE(decided.count(), 0);
    QCOMPARE(m_web.requests.value(kOutsideHost), outsideRequests);
    QCOMPARE(js(QStringLiteral("window.gum")).toString(), QStringLiteral("pending"));
    QVERIFY2(notice()->text().contains(kOutsideHost), qPrintable(notice()->text()));
}

void tst_NavigationPolicy::cameraIsDeniedWhenThePolicySaysDeny()
{
    SiteProfile deny = m_app->site;
    deny.mediaPermissions = SiteProfile::MediaPermissions::Deny;
    setSite(deny);
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/camera"))));
    QSignalSpy decided(m_page, &ConnectorPage::permissionDecided);
    js(QStringLiteral("window.gum='pending';navigator.mediaDevices.getUserMedia({video:true})"
                      ".then(function(){window.gum='granted'},function(e){window.gum=e.name})"));
    QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), 10000);
    QCOMPARE(decided.first().at(2).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.gum")).toString(),
                              QStringLiteral("NotAllowedError"), 10000);
    QVERIFY(!notice()->isHidden());
}

void tst_NavigationPolicy::otherPermissionsAreDenied_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("feature");
    QTest::newRow("geolocation") << QStringLiteral(
        "navigator.geolocation.getCurrentPosition(function(){},function(){})")
                                 << QStringLiteral("Geolocation");
    QTest::newRow("notifications")
        << QStringLiteral("Notification.requestPermission()") << QStringLiteral("Notifications");
}

void tst_NavigationPolicy::otherPermissionsAreDenied()
{
    QFETCH(QString, script);
    QFETCH(QString, feature);
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/asks"))));
    QSignalSpy decided(m_page, &ConnectorPage::permissionDecided);
    js(script);
    QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), 10000);
    QCOMPARE(decided.first().at(1).toString(), feature);
    QCOMPARE(decided.first().at(2).toBool(), false);
}

void tst_NavigationPolicy::downloadIsRefused()
{
    QTemporaryDir downloads;
    m_page->profile()->setDownloadPath(downloads.path());
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/files"))));
    QSignalSpy refused(m_page, &ConnectorPage::downloadRefused);
    js(QStringLiteral("location.href='/download'"));
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
    QCOMPARE(refused.first().at(0).toUrl().path(), QStringLiteral("/download"));
    QTest::qWait(300);
    QVERIFY(QDir(downloads.path()).entryList(QDir::Files).isEmpty());
    QVERIFY(!notice()->isHidden());
    QCOMPARE(m_page->url().path(), QStringLiteral("/files"));
}

void tst_NavigationPolicy::downloadIsKeptWhenAllowed()
{
    SiteProfile allow = m_app->site;
    allow.allowDownloads = true;
    setSite(allow);
    QTemporaryDir downloads;
    m_page->profile()->setDownloadPath(downloads.path());
    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/files"))));
    QSignalSpy refused(m_page, &ConnectorPage::downloadRefused);
    js(QStringLiteral("location.href='/download'"));
    QTRY_VERIFY_WITH_TIMEOUT(
        QDir(downloads.path()).entryList(QDir::Files).contains(QStringLiteral("report.bin")),
        10000);
    QCOMPARE(refused.count(), 0);
}

void tst_NavigationPolicy::pageScriptCannotReadLocalFiles()
{
    QVERIFY(!m_page->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
    QVERIFY(
        !m_page->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
    QVERIFY(!m_page->profile()->settings()->testAttribute(
        QWebEngineSettings::LocalContentCanAccessFileUrls));

    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("technician's secret");
    secret.close();
    const QString fileUrl = QUrl::fromLocalFile(secret.fileName()).toString();

    QVERIFY(load(m_web.url(kAllowedHost, QStringLiteral("/reader"))));
    js(QStringLiteral("window.got='pending';fetch('%1').then(function(r){return r.text()})"
                      ".then(function(t){window.got='read:'+t},function(e){window.got='failed'})")
           .arg(fileUrl));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.got")).toString(), QStringLiteral("failed"),
                              10000);
    js(QStringLiteral("window.xhr='pending';try{var x=new XMLHttpRequest();"
                      "x.open('GET','%1');x.onload=function(){window.xhr='read:'+x.responseText};"
                      "x.onerror=function(){window.xhr='failed'};x.send()}catch(e){window.xhr="
                      "'failed'}")
           .arg(fileUrl));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.xhr")).toString(), QStringLiteral("failed"),
                              10000);
}

int main(int argc, char *argv[])
{
    // Chromium's fake camera and microphone: getUserMedia still asks for permission (no fake
    // UI flag), so the page's decision is what the test observes.
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream");
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_NavigationPolicy test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_navigationpolicy.moc"
