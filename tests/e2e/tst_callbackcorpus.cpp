// The adversarial callback corpus, end to end through the real web view.
//
// How a case runs: the app is wired as in main.cpp (sandbox, store, controller, window), one
// work order is created in the sandbox, and every row opens a fresh connector launch for it.
// The studio is a second QHttpServer inside this test, on 127.0.0.2: it serves a stand-in
// connector page, then the row's page, as a compromised or buggy studio page could. The same
// server also listens on 127.0.0.4 (allow-listed, like an identity provider, but not the
// studio) and on 127.0.0.3 (not allow-listed). The row's page then tries its trick on its own
// (script, meta refresh, form, frames, pop-ups), or the test taps its link (or a frame) like a
// finger, or a second page on the same web profile races it. Only the studio's own page may
// end a launch: a callback started by a document of another origin, or sent on by another
// server, is rejected.
//
// Verdicts: Accepted(N) - the work order records callback_accepted with progress N;
// Rejected - the callback reached FieldConnect and was refused: callback_rejected recorded
// when a launch was open, the notice shown, nothing else changed; Blocked - the navigation
// never left the allow-list: navigationBlocked, notice shown, no callback event, nothing
// changed, the page stays where it was; Inert - Chromium itself drops the navigation (a URL
// its canonicalizer rejects for a host-only scheme, a renderer-blocked file: URL): nothing
// reaches FieldConnect, and the test checks for half a second that nothing changed.

#include "callbackschemehandler.h"
#include "callbackuri.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "e2eapp.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "webprofiles.h"
#include "webtap.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

namespace {
const QString kHostileHost = QStringLiteral("127.0.0.2"); // the studio
const QString kOutsideHost = QStringLiteral("127.0.0.3");
const QString kOtherHost = QStringLiteral("127.0.0.4"); // allow-listed, not the studio
const QString kProgress = QStringLiteral("work_order_progress");

enum class Verdict { Accepted, Rejected, Blocked, Inert };

// How the hostile page is brought to try its case.
enum class Mode {
    Page, // the connector page loads the hostile page, which acts on its own
    Tap, // ... and the test taps the element #go
    Redirect, // the connector page loads /redirect?to=<html>: a server 302
    Outside, // the connector page is sent to the page on the host outside the allow-list
    Other, // ... to the page on the allow-listed host that is not the studio
    TapFrame, // the connector page loads the page, and the test taps the middle of its iframe
    SecondTab, // another page on the same profile loads the hostile page
    Race, // the second page claims 100 at once while the connector page reports later
    Stale, // {STALE} is the launch id of the launch opened just before this one
    Ended, // the launch was ended (as closing does) before the page acts
    Replay, // the page's callback is accepted once, then the same page tries again
    Closed, // as Replay, but the work order is closed in between
};
} // namespace

Q_DECLARE_METATYPE(Verdict)
Q_DECLARE_METATYPE(Mode)

namespace {
using App = E2eApp;

// The studio and the attacker's web server: /field/connector/... serves a stand-in connector
// page, /page/<n> the current row's page, /go?to=U navigates to U from script, /top?to=U is a
// frame-filling link to U for the whole page, /redirect?to=U answers 302 to U. Listens on the
// studio's host, an allow-listed host and an outside one.
struct HostileSite {
    QHttpServer http;
    QHash<QString, quint16> ports;
    QString page;

    bool start()
    {
        http.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                answer(request).write(std::move(responder));
            });
        for (const QString &host : {kHostileHost, kOutsideHost, kOtherHost}) {
            auto *tcp = new QTcpServer(&http);
            if (!tcp->listen(QHostAddress(host), 0))
                return false;
            http.bind(tcp);
            ports.insert(host, tcp->serverPort());
        }
        return true;
    }

    QHttpServerResponse answer(const QHttpServerRequest &request) const
    {
        const QString path = request.url().path();
        const QString to =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
        if (path == QLatin1String("/redirect")) {
            QHttpServerResponse r(QHttpServerResponder::StatusCode::Found);
            r.addHeader(QByteArrayLiteral("Location"), to.toUtf8());
            r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
            return r;
        }
        QByteArray body;
        if (path == QLatin1String("/go"))
            body = QByteArrayLiteral("<!doctype html><title>go</title><script>"
                                     "location.href=new URLSearchParams(location.search).get('to')"
                                     "</script>");
        else if (path == QLatin1String("/top"))
            body = QByteArrayLiteral(
                       "<!doctype html><title>top</title><body style=\"margin:0\"><a id=\"go\" "
                       "target=\"_top\" style=\"display:block;height:300px;font-size:40px\" "
                       "href=\"")
                   + to.toHtmlEscaped().toUtf8()
                   + QByteArrayLiteral("\">Finish</a><script>parent.postMessage('ready','*')"
                                       "</script></body>");
        else if (path.startsWith(QLatin1String("/field/connector/work_order/")))
            body = QByteArrayLiteral("<!doctype html><title>Work order</title>"
                                     "<button id=\"finish\">Finish</button>");
        else if (path.startsWith(QLatin1String("/page/")))
            body = page.toUtf8();
        else
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
        QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), body);
        r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return r;
    }

    QUrl url(const QString &host, const QString &pathAndQuery) const
    {
        const quint16 port = ports.value(host);
        return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port).arg(pathAndQuery));
    }
};

// The hostile page's building blocks. Every action waits for "load" so the page is committed
// before it tries anything.
QString onLoad(const QString &script)
{
    return QStringLiteral("<!doctype html><title>hostile</title><body><p>hostile</p>"
                          "<script>addEventListener('load',function(){%1})</script></body>")
        .arg(script);
}
QString assignTo(const QString &url)
{
    return onLoad(QStringLiteral("location.href='%1';").arg(url));
}
QString body(const QString &html)
{
    return QStringLiteral("<!doctype html><title>hostile</title><body>%1</body>").arg(html);
}
QString link(const QString &url, const QString &attributes = {})
{
    return body(QStringLiteral("<p style=\"margin:40px\"><a id=\"go\" %2 href=\"%1\" "
                               "style=\"font-size:40px\">Finish</a></p>")
                    .arg(url, attributes));
}
// A srcdoc frame is same-origin with the page yet still a sub-frame.
QString frameDoing(const QString &script)
{
    return body(QStringLiteral("<iframe srcdoc=\"<script>%1</script>\"></iframe>").arg(script));
}
QString cb(const QString &query = QStringLiteral("?work_order_progress=100"))
{
    return QStringLiteral("{CB}") + query;
}
} // namespace

class tst_CallbackCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void corpus_data();
    void corpus();

private:
    bool openLaunch(const QString &key);
    ConnectorPage *page() const;
    QVariant js(QWebEnginePage *page, const QString &script);
    QString expand(QString text, const QString &key) const;

    std::unique_ptr<App> m_app;
    HostileSite m_hostile;
    QString m_key;
    QString m_staleLaunch;
    int m_row = 0;
    int m_counts[4] = {0, 0, 0, 0};
    QElapsedTimer m_clock;
};

void tst_CallbackCorpus::initTestCase()
{
    m_clock.start();
    QVERIFY(m_hostile.start());
    m_app = std::make_unique<App>();
    App &a = *m_app;
    QString started;
    QVERIFY2(a.startSandbox(&started), qPrintable(started));
    QVERIFY(a.launch(true, QStringLiteral("corpus")));
    QString why;
    QVERIFY2(a.signIn(&why), qPrintable(why)); // once for the suite's profile, through the page
    // From here the studio is this test's server; the API stays the sandbox's.
    a.site.studioUrl = m_hostile.url(kHostileHost, {});
    a.site.navigationAllowList = {kOtherHost};
    a.controller()->setSite(a.site);
    m_key = m_app->planAndCreate(QStringLiteral("CORPUS"));
    QVERIFY(!m_key.isEmpty());
}

void tst_CallbackCorpus::cleanupTestCase()
{
    qInfo("corpus: %d rows, %d accepted, %d rejected, %d blocked, %d inert, %lld ms", m_row,
          m_counts[0], m_counts[1], m_counts[2], m_counts[3], m_clock.elapsed());
    m_app.reset();
}

ConnectorPage *tst_CallbackCorpus::page() const
{
    return m_app->session()->page();
}

bool tst_CallbackCorpus::openLaunch(const QString &key)
{
    App &a = *m_app;
    // As MainWindow::openSelected does; the button itself is tested in tst_connectorflow.
    if (!a.controller()->openConnector(key).ok())
        return false;
    a.window()->showConnector();
    // Wait for this launch's own page, not for the first loadFinished: the previous row's
    // navigation can still end (aborted, false) after the new load has started. The connector
    // URL carries the launch id in its callback_uri, so the committed URL names the launch.
    const QString launch = a.controller()->workOrder(key)->launchId;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (page()->url().toString().contains(launch)
            && js(page(), QStringLiteral("document.readyState === 'complete'"
                                         " && !!document.getElementById('finish')"))
                   .toBool())
            return true;
        QTest::qWait(20);
    }
    return false;
}

QVariant tst_CallbackCorpus::js(QWebEnginePage *on, const QString &script)
{
    return m_app->js(script, on);
}

QString tst_CallbackCorpus::expand(QString text, const QString &key) const
{
    const WorkOrder wo = *m_app->controller()->workOrder(key);
    const QString launch = wo.launchId;
    const QString callback = QStringLiteral("fieldconnect://callback/") + launch;
    // The same placeholder after QUrl::toPercentEncoding (a URL inside a query parameter).
    text.replace(QLatin1String("%7BCB%7D"), QString::fromLatin1(QUrl::toPercentEncoding(callback)));
    text.replace(QLatin1String("{CB}"), callback);
    text.replace(QLatin1String("{LAUNCH}"), launch);
    text.replace(QLatin1String("{STALE}"), m_staleLaunch);
    text.replace(QLatin1String("{WO}"), wo.deepomaticId);
    text.replace(QLatin1String("{HOSTILE}"), m_hostile.url(kHostileHost, {}).toString());
    text.replace(QLatin1String("{OUTSIDE}"), m_hostile.url(kOutsideHost, {}).toString());
    text.replace(QLatin1String("{OTHER}"), m_hostile.url(kOtherHost, {}).toString());
    return text;
}

void tst_CallbackCorpus::corpus_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("html"); // the hostile page, or the 302 target in Redirect mode
    QTest::addColumn<QString>("second"); // the second tab's page (SecondTab, Race)
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("progress");

    const Verdict A = Verdict::Accepted;
    const Verdict R = Verdict::Rejected;
    const Verdict B = Verdict::Blocked;
    const Verdict I = Verdict::Inert;
    auto row = [](const char *name, Mode mode, const QString &html, Verdict v, int progress = -1,
                  const QString &second = {}) {
        QTest::newRow(name) << mode << html << second << v << progress;
    };
    auto page = [&](const char *name, const QString &html, Verdict v, int progress = -1) {
        row(name, Mode::Page, html, v, progress);
    };
    auto query = [&](const char *name, const QString &q, Verdict v, int progress = -1) {
        page(name, assignTo(cb(q)), v, progress);
    };

    // --- The genuine callback, by every way a page can produce it: accepted.
    row("server 302", Mode::Redirect, cb(), A, 100);
    query("location.href", QStringLiteral("?work_order_progress=100"), A, 100);
    page("location.replace",
         onLoad(QStringLiteral("location.replace('%1')")
                    .arg(cb(QStringLiteral("?work_order_progress=40")))),
         A, 40);
    page("location.assign",
         onLoad(QStringLiteral("location.assign('%1')")
                    .arg(cb(QStringLiteral("?work_order_progress=0")))),
         A, 0);
    page(
        "form GET submit",
        body(QStringLiteral("<form action=\"{CB}\" method=\"get\"><input name=\"%1\" value=\"100\">"
                            "</form><script>addEventListener('load',function(){"
                            "document.forms[0].submit()})</script>")
                 .arg(kProgress)),
        A, 100);
    page("meta refresh",
         body(QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=%1\">").arg(cb())), A,
         100);
    row("link tap", Mode::Tap, link(cb(QStringLiteral("?work_order_progress=75"))), A, 75);
    row("link tap to a 302", Mode::Tap,
        link(QStringLiteral("/redirect?to=") + QString::fromLatin1(QUrl::toPercentEncoding(cb()))),
        A, 100);
    page("window.open into _self", onLoad(QStringLiteral("window.open('%1','_self')").arg(cb())), A,
         100);
    query("fragment only", QStringLiteral("#work_order_progress=70"), A, 70);
    page("upper-case scheme and host",
         assignTo(QStringLiteral("FIELDCONNECT://CALLBACK/{LAUNCH}?work_order_progress=100")), A,
         100);
    query("matching work_order_id", QStringLiteral("?work_order_id={WO}&work_order_progress=100"),
          A, 100);
    query("extra parameters recorded",
          QStringLiteral("?state=done&status=finished&work_order_progress=90"), A, 90);
    // Percent-encoding is transport, not content: %31%30%30 is "100" to any URL parser. Only a
    // second layer of encoding hides something, and that is rejected below.
    query("percent-encoded digits (plain URL encoding)",
          QStringLiteral("?work_order_progress=%31%30%30"), A, 100);
    query("percent-encoded key (plain URL encoding)",
          QStringLiteral("?work%5Forder%5Fprogress=100"), A, 100);
    row("second tab racing the connector page", Mode::Race,
        onLoad(QStringLiteral("setTimeout(function(){location.href='%1'},400)")
                   .arg(cb(QStringLiteral("?work_order_progress=40")))),
        A, 40, assignTo(cb()));

    // --- Not from the connector page's main frame: rejected.
    page("iframe location.href", frameDoing(QStringLiteral("location.href='%1'").arg(cb())), R);
    page("iframe form submit",
         body(QStringLiteral("<iframe srcdoc=\"<form action='{CB}'><input name='%1' value='100'>"
                             "</form><script>document.forms[0].submit()</script>\"></iframe>")
                  .arg(kProgress)),
         R);
    page("iframe meta refresh",
         body(QStringLiteral("<iframe srcdoc=\"<meta http-equiv='refresh' content='0;url=%1'>\">"
                             "</iframe>")
                  .arg(cb())),
         R);
    page("iframe server 302",
         body(QStringLiteral("<iframe src=\"/redirect?to=%1\"></iframe>")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         R);
    page("iframe of an allow-listed host, not the studio",
         body(QStringLiteral("<iframe src=\"{OTHER}/go?to=%1\"></iframe>")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         R);
    page("iframe src is the callback",
         body(QStringLiteral("<iframe src=\"%1\"></iframe>").arg(cb())), R);
    // The origin check: only a document of the studio's origin may start the callback, and
    // only the studio may send the page on to it.
    row("allow-listed host, not the studio, navigating", Mode::Other, assignTo(cb()), R);
    page("studio sends the page to an allow-listed host that redirects",
         assignTo(QStringLiteral("{OTHER}/redirect?to=%1")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         R);
    page("studio sends the page to an allow-listed host whose script navigates",
         assignTo(QStringLiteral("{OTHER}/go?to=%1")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         R);
    row("frame of an allow-listed host, not the studio, tapped: whole page to the callback",
        Mode::TapFrame,
        body(QStringLiteral("<script>window.frameReady=false;addEventListener('message',"
                            "function(e){if(e.data==='ready')window.frameReady=true})</script>"
                            "<iframe src=\"{OTHER}/top?to=%1\" style=\"width:600px;height:300px;"
                            "border:0\"></iframe>")
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
        R);
    page("frame of an allow-listed host navigating the whole page without a tap",
         body(QStringLiteral("<iframe src=\"{OTHER}/go?to=%1\" name=\"f\"></iframe>")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                      QStringLiteral("javascript:top.location.href='%1'").arg(cb()))))),
         I);
    // A frame of the studio's own origin is the studio's document: its callback for the whole
    // page is the studio's.
    page("same-origin frame navigating the whole page",
         frameDoing(QStringLiteral("top.location.href='%1'").arg(cb())), A, 100);

    // --- Frames and pop-ups from outside the allow-list: never loaded.
    page("transparent iframe outside the allow-list over the Finish button",
         body(QStringLiteral("<p><a id=\"go\" href=\"#\" style=\"font-size:40px\">Finish</a></p>"
                             "<iframe src=\"{OUTSIDE}/top?to=%1\" style=\"position:absolute;"
                             "left:0;top:0;width:100%;height:300px;opacity:0;border:0\"></iframe>")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         B);
    page("iframe from a host outside the allow-list",
         body(QStringLiteral("<iframe src=\"{OUTSIDE}/go?to=%1\"></iframe>")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         B);
    page("data: URL iframe",
         body(QStringLiteral("<iframe src=\"data:text/html,<script>location.href='%1'</script>\">"
                             "</iframe>")
                  .arg(cb())),
         B);
    page("pop-up of a host outside the allow-list",
         onLoad(QStringLiteral("window.open('{OUTSIDE}/top?to=%1')")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         B);
    page("pop-up of an allow-listed host",
         onLoad(QStringLiteral("window.open('{OTHER}/go?to=%1')")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         B);
    page("javascript: URL iframe",
         body(QStringLiteral("<iframe src=\"javascript:location.href='%1'\"></iframe>").arg(cb())),
         R);
    page("img src is the callback", body(QStringLiteral("<img src=\"%1\">").arg(cb())), R);
    page("window.open", onLoad(QStringLiteral("window.open('%1')").arg(cb())), R);
    page("window.open noopener",
         onLoad(QStringLiteral("window.open('%1','_blank','noopener')").arg(cb())), R);
    row("link with target=_blank tapped", Mode::Tap,
        link(cb(), QStringLiteral("target=\"_blank\"")), R);
    page("form with target=_blank",
         body(QStringLiteral("<form action=\"{CB}\" target=\"_blank\"><input name=\"%1\" "
                             "value=\"100\"></form><script>addEventListener('load',function(){"
                             "document.forms[0].submit()})</script>")
                  .arg(kProgress)),
         R);
    row("second tab alone", Mode::SecondTab, {}, R, -1, assignTo(cb()));

    // --- Not the open launch: rejected.
    query("wrong launch id through a dot-segment",
          QStringLiteral("/../%1?work_order_progress=100").arg(CallbackUri::newLaunchId()), R);
    page("another random launch id",
         assignTo(QStringLiteral("fieldconnect://callback/%1?work_order_progress=100")
                      .arg(CallbackUri::newLaunchId())),
         R);
    row("stale launch id from the previous launch", Mode::Stale,
        assignTo(QStringLiteral("fieldconnect://callback/{STALE}?work_order_progress=100")), R);
    row("after the launch ended", Mode::Ended, assignTo(cb()), R);
    row("replay after it was accepted", Mode::Replay, assignTo(cb()), R);
    row("replay after the work order was closed", Mode::Closed,
        assignTo(cb(QStringLiteral("?work_order_progress=0"))), R);
    page("upper-case launch id",
         assignTo(QStringLiteral("fieldconnect://callback/{LAUNCH}?work_order_progress=100")
                      .replace(QLatin1String("{LAUNCH}"), QLatin1String("{LAUNCH_UPPER}"))),
         R);
    query("extra path segment", QStringLiteral("/extra?work_order_progress=100"), R);
    query("trailing slash", QStringLiteral("/?work_order_progress=100"), R);
    page("launch id missing",
         assignTo(QStringLiteral("fieldconnect://callback/?work_order_progress=100")), R);
    page("other host in the callback scheme",
         assignTo(QStringLiteral("fieldconnect://callbacks/{LAUNCH}?work_order_progress=100")), R);
    // A host-only scheme has no user info and no port: Chromium's canonicalizer drops them, so
    // what reaches FieldConnect is the genuine URL from the genuine page, and it is accepted.
    // (Were they ever kept, CallbackParser rejects both: see tst_callbackparser.)
    page("user info, dropped by Chromium",
         assignTo(
             QStringLiteral("fieldconnect://user:pw@callback/{LAUNCH}?work_order_progress=100")),
         A, 100);
    page("port, dropped by Chromium",
         assignTo(QStringLiteral("fieldconnect://callback:8080/{LAUNCH}?work_order_progress=100")),
         A, 100);
    // The same canonicalization: no slashes, or backslashes, still name host "callback".
    page("no slashes after the scheme",
         assignTo(QStringLiteral("fieldconnect:callback/{LAUNCH}?work_order_progress=30")), A, 30);
    page("backslashes",
         assignTo(QStringLiteral("fieldconnect:\\\\\\\\callback\\\\{LAUNCH}"
                                 "?work_order_progress=30")),
         A, 30);
    query("contradicting work_order_id",
          QStringLiteral("?work_order_id=someone-else&work_order_progress=100"), R);
    query("two different work_order_id",
          QStringLiteral("?work_order_id={WO}&work_order_id=other&work_order_progress=100"), R);

    // --- Not a plain base-10 integer from 0 to 100, exactly once: rejected.
    query("Arabic-Indic digits", QStringLiteral("?work_order_progress=%D9%A1%D9%A0%D9%A0"), R);
    query("fullwidth digits", QStringLiteral("?work_order_progress=%EF%BC%91%EF%BC%90%EF%BC%90"),
          R);
    query("Devanagari digits", QStringLiteral("?work_order_progress=%E0%A5%A7%E0%A5%A6%E0%A5%A6"),
          R);
    query("leading +", QStringLiteral("?work_order_progress=+100"), R);
    query("percent-encoded +", QStringLiteral("?work_order_progress=%2B100"), R);
    query("leading space", QStringLiteral("?work_order_progress=%20100"), R);
    query("trailing space", QStringLiteral("?work_order_progress=100%20"), R);
    query("inner space", QStringLiteral("?work_order_progress=1%2000"), R);
    query("tab", QStringLiteral("?work_order_progress=%09100"), R);
    query("newline", QStringLiteral("?work_order_progress=100%0A"), R);
    query("NUL byte", QStringLiteral("?work_order_progress=100%00"), R);
    query("exponent 1e2", QStringLiteral("?work_order_progress=1e2"), R);
    query("hexadecimal 0x10", QStringLiteral("?work_order_progress=0x10"), R);
    query("decimal 100.0", QStringLiteral("?work_order_progress=100.0"), R);
    query("decimal comma 99,5", QStringLiteral("?work_order_progress=99,5"), R);
    query("minus zero", QStringLiteral("?work_order_progress=-0"), R);
    query("negative", QStringLiteral("?work_order_progress=-1"), R);
    query("101", QStringLiteral("?work_order_progress=101"), R);
    query("leading zeros 0100", QStringLiteral("?work_order_progress=0100"), R);
    query("leading zero 07", QStringLiteral("?work_order_progress=07"), R);
    query("very long number", QStringLiteral("?work_order_progress=") + QString(400, u'9'), R);
    query("32-bit wrap-around 4294967396", QStringLiteral("?work_order_progress=4294967396"), R);
    query("percent sign 100%25", QStringLiteral("?work_order_progress=100%25"), R);
    query("repeated parameter, same value",
          QStringLiteral("?work_order_progress=100&work_order_progress=100"), R);
    query("repeated parameter, different values",
          QStringLiteral("?work_order_progress=10&work_order_progress=100"), R);
    query("repeated through an encoded key",
          QStringLiteral("?work_order_progress=10&work%5Forder%5Fprogress=100"), R);
    query("query and fragment agree (exactly once: refused)",
          QStringLiteral("?work_order_progress=60#work_order_progress=60"), R);
    query("query and fragment disagree",
          QStringLiteral("?work_order_progress=40#work_order_progress=100"), R);
    query("repeated in the fragment",
          QStringLiteral("#work_order_progress=40&work_order_progress=100"), R);
    query("double-encoded %2535", QStringLiteral("?work_order_progress=%2535"), R);
    query("double-encoded digits", QStringLiteral("?work_order_progress=%2531%2530%2530"), R);
    query("encoded = inside the key", QStringLiteral("?work_order_progress%3D100"), R);
    query("empty value", QStringLiteral("?work_order_progress="), R);
    query("key without a value", QStringLiteral("?work_order_progress"), R);
    query("missing parameter", QStringLiteral("?state=done"), R);
    query("no query at all", QString(), R);
    query("upper-case key", QStringLiteral("?WORK_ORDER_PROGRESS=100"), R);
    query("key with a trailing space", QStringLiteral("?work_order_progress%20=100"), R);
    query("semicolon separator", QStringLiteral("?work_order_progress=100;state=done"), R);
    query("javascript: as the value", QStringLiteral("?work_order_progress=javascript:100"), R);
    query("array syntax", QStringLiteral("?work_order_progress[]=100"), R);

    // --- Outside the allow-list: never loaded, never a callback.
    page("https lookalike host",
         assignTo(QStringLiteral("https://callback/{LAUNCH}?work_order_progress=100")), B);
    page("https lookalike with the scheme as a label",
         assignTo(QStringLiteral("https://fieldconnect.callback.example/{LAUNCH}?"
                                 "work_order_progress=100")),
         B);
    page("link to a host outside the allow-list",
         assignTo(QStringLiteral("{OUTSIDE}/go?to=%1")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(cb())))),
         B);
    row("hostile page on a host outside the allow-list", Mode::Outside, assignTo(cb()), B);
    // Chromium refuses both before any navigation starts ("Not allowed to navigate top frame
    // to data URL", "Not allowed to load local resource"); the allow-list would refuse them too.
    page("top-level data: URL",
         assignTo(QStringLiteral("data:text/html,%3Cscript%3Elocation.href=%22%1%22%3C/script%3E")
                      .arg(cb())),
         I);
    page("top-level file: URL", assignTo(QStringLiteral("file:///etc/passwd")), I);
}

void tst_CallbackCorpus::corpus()
{
    QFETCH(Mode, mode);
    QFETCH(QString, html);
    QFETCH(QString, second);
    QFETCH(Verdict, verdict);
    QFETCH(int, progress);
    App &a = *m_app;
    ++m_row;
    ++m_counts[int(verdict)];

    QString key = m_key;
    if (mode == Mode::Closed) {
        // A work order of its own: closing it is final.
        key = m_app->planAndCreate(QStringLiteral("CORPUS-CLOSED"), E2eApp::Via::Controller);
        QVERIFY(!key.isEmpty());
    }
    QVERIFY(openLaunch(key));
    if (mode == Mode::Stale) {
        m_staleLaunch = a.controller()->workOrder(key)->launchId;
        QVERIFY(openLaunch(key));
        QVERIFY(a.controller()->workOrder(key)->launchId != m_staleLaunch);
    }
    ConnectorPage *connector = page();
    QVERIFY(connector);
    html = expand(html, key);
    html.replace(QLatin1String("{LAUNCH_UPPER}"),
                 a.controller()->workOrder(key)->launchId.toUpper());
    second = expand(second, key);
    const QUrl hostileUrl = m_hostile.url(kHostileHost, QStringLiteral("/page/%1").arg(m_row));

    if (mode == Mode::Replay || mode == Mode::Closed) {
        // First the genuine use, accepted and verified...
        if (mode == Mode::Closed) {
            SiteProfile lenient = a.site;
            lenient.threshold = 0;
            a.controller()->setSite(lenient);
        }
        QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
        QSignalSpy verified(a.controller(), &InterventionController::verificationFinished);
        m_hostile.page = html;
        connector->load(hostileUrl);
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 10000);
        if (mode == Mode::Closed) {
            QString error;
            QVERIFY2(a.controller()->closeIntervention(key, &error), qPrintable(error));
            a.controller()->setSite(a.site);
        }
        a.window()->showConnector();
    }
    if (mode == Mode::Ended)
        a.session()->endLaunch();

    const WorkOrder before = *a.controller()->workOrder(key);
    const int eventsBefore = a.store()->events(key).size();
    const bool launchOpen = a.session()->currentLaunch().has_value();
    const QUrl pageBefore =
        mode == Mode::Outside || mode == Mode::SecondTab ? connector->url() : hostileUrl;
    auto *notice =
        a.window()->connectorView()->findChild<QLabel *>(QStringLiteral("connectorNotice"));
    QVERIFY(notice);
    a.window()->connectorView()->showNotice(QString());

    QSignalSpy accepted(a.controller(), &InterventionController::callbackAccepted);
    QSignalSpy rejected(a.controller(), &InterventionController::callbackRejected);
    QSignalSpy blocked(connector, &ConnectorPage::navigationBlocked);
    QSignalSpy verified(a.controller(), &InterventionController::verificationFinished);

    m_hostile.page = html;
    std::unique_ptr<QWebEnginePage> tab;
    switch (mode) {
    case Mode::Redirect:
        connector->load(
            m_hostile.url(kHostileHost, QStringLiteral("/redirect?to=")
                                            + QString::fromLatin1(QUrl::toPercentEncoding(html))));
        break;
    case Mode::Outside:
        connector->load(m_hostile.url(kOutsideHost, QStringLiteral("/page/%1").arg(m_row)));
        break;
    case Mode::Other:
        connector->load(m_hostile.url(kOtherHost, QStringLiteral("/page/%1").arg(m_row)));
        break;
    case Mode::TapFrame: {
        // As a finger on the frame: the frame's link fills it; the page notes when the frame
        // says it is there.
        connector->load(hostileUrl);
        QTRY_VERIFY_WITH_TIMEOUT(
            js(connector, QStringLiteral("document.readyState === 'complete'")).toBool(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(js(connector, QStringLiteral("window.frameReady")).toBool(),
                                 10000);
        QPointF point;
        QTRY_VERIFY_WITH_TIMEOUT(
            WebTap::pointFrom(js(connector, WebTap::locateScript(QStringLiteral(
                                                "document.querySelector('iframe')"))),
                              &point),
            5000);
        QTest::qWait(80);
        QVERIFY(WebTap::tapAt(a.window()->connectorView()->webView(), point));
        break;
    }
    case Mode::SecondTab:
    case Mode::Race:
        tab = std::make_unique<QWebEnginePage>(connector->profile());
        m_hostile.page = second;
        tab->load(m_hostile.url(kHostileHost, QStringLiteral("/page/%1").arg(m_row)));
        if (mode == Mode::Race) {
            QSignalSpy tabLoaded(tab.get(), &QWebEnginePage::loadFinished);
            QTRY_VERIFY_WITH_TIMEOUT(!tabLoaded.isEmpty() || !rejected.isEmpty(), 10000);
            m_hostile.page = html;
            connector->load(hostileUrl);
        }
        break;
    case Mode::Tap: {
        QSignalSpy loaded(connector, &QWebEnginePage::loadFinished);
        connector->load(hostileUrl);
        QVERIFY(loaded.wait(10000));
        QPointF point;
        QTRY_VERIFY_WITH_TIMEOUT(
            WebTap::pointFrom(js(connector, WebTap::locateScript(
                                                QStringLiteral("document.getElementById('go')"))),
                              &point),
            5000);
        QTest::qWait(80); // the scroll reaches the compositor
        QVERIFY(WebTap::tapAt(a.window()->connectorView()->webView(), point));
        break;
    }
    default:
        connector->load(hostileUrl);
        break;
    }

    switch (verdict) {
    case Verdict::Accepted: {
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 10000);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().at(1).toInt(), progress);
        const QList<WorkOrderEvent> events = a.store()->events(key);
        bool recorded = false;
        for (int i = eventsBefore; i < events.size(); ++i) {
            if (events.at(i).kind == QLatin1String("callback_accepted")) {
                recorded = true;
                QCOMPARE(events.at(i).data.value(QStringLiteral("progress")).toInt(), progress);
            }
        }
        QVERIFY(recorded);
        if (mode == Mode::Race)
            QVERIFY2(!rejected.isEmpty(), "the second tab's callback must have been rejected");
        QCOMPARE(a.controller()->workOrder(key)->launchId, QString()); // single use
        // The API check follows; let it finish so it cannot change the next row's work order.
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 10000);
        break;
    }
    case Verdict::Rejected:
    case Verdict::Blocked:
    case Verdict::Inert: {
        if (verdict == Verdict::Rejected) {
            QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 10000);
            // A page of another origin is named in the rejection, beside the studio.
            if (mode == Mode::Other || mode == Mode::TapFrame
                || QByteArray(QTest::currentDataTag()).startsWith("studio sends")) {
                const QString reason = rejected.last().at(1).toString();
                QVERIFY2(reason.contains(kOtherHost) && reason.contains(kHostileHost),
                         qPrintable(reason));
            }
        } else if (verdict == Verdict::Blocked)
            QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
        QTest::qWait(verdict == Verdict::Inert ? 500 : 150); // a late acceptance shows up here
        QCOMPARE(accepted.size(), 0);
        if (verdict != Verdict::Rejected) {
            QCOMPARE(rejected.size(), 0);
            QCOMPARE(blocked.size(), verdict == Verdict::Blocked ? 1 : 0);
        }
        const WorkOrder after = *a.controller()->workOrder(key);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.lastProgress.value, before.lastProgress.value);
        QCOMPARE(after.lastProgress.verified, before.lastProgress.verified);
        QCOMPARE(after.launchId, before.launchId);
        const QList<WorkOrderEvent> events = a.store()->events(key);
        QStringList kinds;
        for (int i = eventsBefore; i < events.size(); ++i)
            kinds << events.at(i).kind;
        if (verdict == Verdict::Rejected && launchOpen)
            QVERIFY2(!kinds.isEmpty(), "no callback_rejected event");
        for (const QString &kind : std::as_const(kinds))
            QCOMPARE(kind, QStringLiteral("callback_rejected"));
        if (verdict != Verdict::Rejected) {
            QVERIFY(kinds.isEmpty());
            QCOMPARE(connector->url().adjusted(QUrl::RemoveQuery),
                     pageBefore.adjusted(QUrl::RemoveQuery));
        }
        if (verdict != Verdict::Inert)
            QVERIFY2(!notice->text().isEmpty() && !notice->isHidden(), "no notice for the user");
        break;
    }
    }
    if (tab) {
        tab.reset();
        QTest::qWait(0);
    }
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_CallbackCorpus test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_callbackcorpus.moc"
