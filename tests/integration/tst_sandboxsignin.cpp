// Sign-in to the sandbox's connector pages over real loopback HTTP: the session cookie's
// attributes in each mode, wrong passwords, forged, expired and signed-out sessions, the `next`
// target (never another site), the local-storage token, the SSO hop through the identity
// provider, and the REST API's token auth left as it was.
#include "httpexchange.h"
#include "sandboxserver.h"
#include "sandboxsignin.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

using Mode = SandboxSignIn::Mode;

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

// "dm_session=<token>" from a Set-Cookie value.
QByteArray sessionPair(const QByteArray &setCookie)
{
    return setCookie.split(';').value(0).trimmed();
}

QString attribute(const QString &html, const QString &name)
{
    const QRegularExpression re(name + QStringLiteral("=\"([^\"]*)\""));
    return re.match(html).captured(1);
}
} // namespace

Q_DECLARE_METATYPE(Mode)

class tst_SandboxSignIn : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_workOrder;

    HttpReply fetch(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QUrl url(const QString &pathAndQuery) const;
    QUrl connectorUrl() const;
    QString connectorPath() const;
    // Signs in with the first seeded user; returns the sign-in answer.
    HttpReply signIn(const QString &next, const QString &password = {});
    void startWith(Mode mode, bool sso = false);

private slots:
    void init();
    void cleanup();

    void connectorPageWithoutSessionAsksToSignIn_data();
    void connectorPageWithoutSessionAsksToSignIn();
    void signInSetsTheSessionCookie_data();
    void signInSetsTheSessionCookie();
    void wrongPasswordShowsAnErrorAndNoSession_data();
    void wrongPasswordShowsAnErrorAndNoSession();
    void invalidSessionsAreRefused_data();
    void invalidSessionsAreRefused();
    void nextIsAPathOnTheSandboxOnly_data();
    void nextIsAPathOnTheSandboxOnly();
    void localStorageModeUsesTheHeader();
    void sessionsSurviveARestartWithoutTheirTokensOnDisk();
    void singleSignOnGoesThroughTheIdentityProvider();
    void identityProviderRefusesAnotherRedirect();
    void restApiKeepsItsTokenAuth();
    void adminSwitchChangesTheMode();
};

void tst_SandboxSignIn::init()
{
    m_nam.clearConnectionCache();
    startWith(Mode::Cookie);
}

void tst_SandboxSignIn::cleanup()
{
    m_server.reset();
}

void tst_SandboxSignIn::startWith(Mode mode, bool sso)
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setSignInMode(mode);
    m_server->setSingleSignOn(sso);
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
    m_workOrder = m_server->workOrderIds().value(0);
    QVERIFY(!m_workOrder.isEmpty());
}

HttpReply tst_SandboxSignIn::fetch(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // The test decides which cookie goes where: none from QNAM's own jar.
    HttpExchange::Request r;
    r.verb = verb;
    r.url = url;
    r.body = body;
    r.ownCookies = true;
    if (!body.isEmpty())
        r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    r.headers.append(headers);
    return HttpExchange::send(m_nam, r);
}

QUrl tst_SandboxSignIn::url(const QString &pathAndQuery) const
{
    return m_server->baseUrl().resolved(QUrl(pathAndQuery));
}

QString tst_SandboxSignIn::connectorPath() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"),
                       m_server->siteId().toString(QUuid::WithoutBraces));
    query.addQueryItem(QStringLiteral("org_slug"), m_server->orgSlug());
    query.addQueryItem(QStringLiteral("callback_uri"),
                       QStringLiteral("fieldconnect%3A%2F%2Fcallback%2Fabc"));
    return QStringLiteral("/field/connector/work_order/") + m_workOrder + u'?'
           + query.query(QUrl::FullyEncoded);
}

QUrl tst_SandboxSignIn::connectorUrl() const
{
    return url(connectorPath());
}

HttpReply tst_SandboxSignIn::signIn(const QString &next, const QString &password)
{
    const auto user = m_server->signInCredentials().constFirst();
    return fetch("POST", url(QStringLiteral("/field/signin")),
                 form({{QStringLiteral("username"), user.first},
                       {QStringLiteral("password"), password.isNull() ? user.second : password},
                       {QStringLiteral("next"), next}}));
}

void tst_SandboxSignIn::connectorPageWithoutSessionAsksToSignIn_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("cookie") << Mode::Cookie;
    QTest::newRow("session-cookie") << Mode::SessionCookie;
    QTest::newRow("local-storage") << Mode::LocalStorage;
}

void tst_SandboxSignIn::connectorPageWithoutSessionAsksToSignIn()
{
    QFETCH(Mode, mode);
    m_server->setSignInMode(mode);
    const HttpReply r = fetch("GET", connectorUrl());
    QString signInUrl;
    if (mode == Mode::LocalStorage) {
        // The shell: only the page's script can read localStorage.
        QCOMPARE(r.status, 200);
        QVERIFY(r.text().contains(QLatin1String("session-shell")));
        QVERIFY(!r.text().contains(QLatin1String("take-photo")));
        signInUrl = attribute(r.text(), QStringLiteral("data-sign-in"))
                        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    } else {
        QCOMPARE(r.status, 302);
        signInUrl = QString::fromLatin1(r.location());
    }
    const QUrl target = url(signInUrl);
    QCOMPARE(target.path(), QStringLiteral("/field/signin"));
    QCOMPARE(QUrlQuery(target).queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded),
             connectorPath());
    // The sign-in page carries it on.
    const HttpReply page = fetch("GET", target);
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("form class=\"sign-in-form\"")));
    QCOMPARE(attribute(page.text(), QStringLiteral("name=\"next\" value"))
                 .replace(QLatin1String("&amp;"), QLatin1String("&")),
             connectorPath());
}

void tst_SandboxSignIn::signInSetsTheSessionCookie_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("expires");
    QTest::newRow("cookie: expiring") << Mode::Cookie << true;
    QTest::newRow("session-cookie: no expiry") << Mode::SessionCookie << false;
}

void tst_SandboxSignIn::signInSetsTheSessionCookie()
{
    QFETCH(Mode, mode);
    QFETCH(bool, expires);
    m_server->setSignInMode(mode);
    const HttpReply r = signIn(connectorPath());
    QCOMPARE(r.status, 303);
    QCOMPARE(QString::fromLatin1(r.location()), connectorPath());
    const QByteArray cookie = r.cookie();
    QVERIFY2(cookie.startsWith("dm_session="), cookie.constData());
    const QList<QByteArray> parts = cookie.split(';');
    QCOMPARE(sessionPair(cookie).size(), qsizetype(11 + 64)); // dm_session= and 64 hex
    QStringList attributes;
    for (const QByteArray &part : parts.mid(1))
        attributes << QString::fromLatin1(part.trimmed());
    QVERIFY2(attributes.contains(QStringLiteral("HttpOnly")), cookie.constData());
    QVERIFY2(attributes.contains(QStringLiteral("SameSite=Lax")), cookie.constData());
    QVERIFY2(attributes.contains(QStringLiteral("Path=/")), cookie.constData());
    const QStringList maxAge = attributes.filter(QRegularExpression(QStringLiteral("^Max-Age=")));
    const QStringList expiry = attributes.filter(QRegularExpression(QStringLiteral("^Expires=")));
    if (expires) {
        QCOMPARE(maxAge, QStringList{QStringLiteral("Max-Age=28800")});
        QCOMPARE(expiry.size(), 1);
        const QDateTime when = QLocale::c().toDateTime(
            expiry.first().mid(8), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(when.isValid(), qPrintable(expiry.first()));
        QDateTime utc = when;
        utc.setTimeSpec(Qt::UTC);
        const qint64 in = QDateTime::currentDateTimeUtc().secsTo(utc);
        QVERIFY2(in > 28700 && in <= 28800, qPrintable(QString::number(in)));
    } else {
        QVERIFY2(maxAge.isEmpty() && expiry.isEmpty(), cookie.constData());
    }
    // The cookie opens the page.
    const HttpReply page = fetch("GET", connectorUrl(), {}, {{"Cookie", sessionPair(cookie)}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("take-photo")));
}

void tst_SandboxSignIn::wrongPasswordShowsAnErrorAndNoSession_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    const QString known = QStringLiteral("camille.martin@fieldconnect-demo.example");
    QTest::newRow("wrong password") << known << "sandbox-wrong";
    QTest::newRow("empty password") << known << "";
    QTest::newRow("password of another user") << known << "sandbox-youssef";
    QTest::newRow("unknown user") << "nobody@fieldconnect-demo.example"
                                  << "sandbox-camille";
    QTest::newRow("no user") << ""
                             << "sandbox-camille";
}

void tst_SandboxSignIn::wrongPasswordShowsAnErrorAndNoSession()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    const int sessions = m_server->sessionCount();
    const HttpReply r = fetch("POST", url(QStringLiteral("/field/signin")),
                              form({{QStringLiteral("username"), user},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("next"), connectorPath()}}));
    QCOMPARE(r.status, 401);
    QVERIFY(r.cookie().isEmpty());
    QVERIFY(r.location().isEmpty());
    QVERIFY(r.text().contains(QLatin1String("Wrong e-mail address or password.")));
    QVERIFY(r.text().contains(QLatin1String("form class=\"sign-in-form\"")));
    QVERIFY(!r.text().contains(QLatin1String("id=\"sign-in-error\" class=\"message\" "
                                             "role=\"alert\" hidden")));
    QCOMPARE(attribute(r.text(), QStringLiteral("id=\"username\" name=\"username\" type=\"email\" "
                                                "autocomplete=\"username\" value")),
             user.toHtmlEscaped());
    QCOMPARE(m_server->sessionCount(), sessions);
}

void tst_SandboxSignIn::invalidSessionsAreRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("forged token") << "forged";
    QTest::newRow("malformed token") << "malformed";
    QTest::newRow("expired session") << "expired";
    QTest::newRow("signed out") << "signed-out";
    QTest::newRow("other cookie name") << "other-name";
}

void tst_SandboxSignIn::invalidSessionsAreRefused()
{
    QFETCH(QString, how);
    const QByteArray valid = sessionPair(signIn(QStringLiteral("/")).cookie());
    QVERIFY(!valid.isEmpty());
    QByteArray cookie = valid;
    if (how == QLatin1String("forged")) {
        cookie = "dm_session=" + QByteArray(64, 'a');
    } else if (how == QLatin1String("malformed")) {
        cookie = "dm_session=" + valid.mid(11, 20) + "; other=1";
    } else if (how == QLatin1String("expired")) {
        m_server->expireSessions();
    } else if (how == QLatin1String("signed-out")) {
        const HttpReply out =
            fetch("POST", url(QStringLiteral("/field/signout")), {}, {{"Cookie", valid}});
        QCOMPARE(out.status, 200);
        QVERIFY(out.cookie().contains("Max-Age=0"));
        QVERIFY(out.text().contains(QLatin1String("Signed out")));
    } else {
        cookie = "session=" + valid.mid(11);
    }
    const HttpReply r = fetch("GET", connectorUrl(), {}, {{"Cookie", cookie}});
    QCOMPARE(r.status, 302);
    QVERIFY2(r.location().startsWith("/field/signin?next="), r.location().constData());
    // A photo from the page's script gets a JSON 401 instead of a redirect.
    const HttpReply photo =
        fetch("POST",
              url(QStringLiteral("/field/connector/work_order/") + m_workOrder
                  + QStringLiteral("/photos/x?") + connectorUrl().query(QUrl::FullyEncoded)),
              "{}", {{"Cookie", cookie}, {"Content-Type", "application/json"}});
    QCOMPARE(photo.status, 401);
    QVERIFY(QJsonDocument::fromJson(photo.body).object().contains(QStringLiteral("detail")));
}

void tst_SandboxSignIn::nextIsAPathOnTheSandboxOnly_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected");
    QTest::newRow("connector path") << "/field/connector/work_order/x?a=b%26c"
                                    << "/field/connector/work_order/x?a=b%26c";
    QTest::newRow("root") << "/"
                          << "/";
    QTest::newRow("empty") << ""
                           << "/";
    QTest::newRow("absolute other site") << "https://evil.example/field"
                                         << "/";
    QTest::newRow("absolute same host") << "http://127.0.0.1/field"
                                        << "/";
    QTest::newRow("scheme-relative") << "//evil.example/field"
                                     << "/";
    QTest::newRow("backslash") << "/\\evil.example/field"
                               << "/";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "/";
    QTest::newRow("relative path") << "field/connector"
                                   << "/";
    QTest::newRow("header injection") << "/x\r\nSet-Cookie: a=b"
                                      << "/";
    QTest::newRow("space") << "/x y"
                           << "/";
    QTest::newRow("non-ASCII") << "/é"
                               << "/";
    QTest::newRow("tab before slashes") << "/\t/evil.example"
                                        << "/";
}

void tst_SandboxSignIn::nextIsAPathOnTheSandboxOnly()
{
    QFETCH(QString, next);
    QFETCH(QString, expected);
    QCOMPARE(SandboxSignIn::safeNext(next), expected);
    // Over HTTP: after sign-in, and carried by the sign-in page.
    const HttpReply r = signIn(next);
    QCOMPARE(r.status, 303);
    QCOMPARE(QString::fromLatin1(r.location()), expected);
    QUrl page = url(QStringLiteral("/field/signin"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("next"), QString::fromLatin1(QUrl::toPercentEncoding(next)));
    page.setQuery(query);
    const HttpReply form = fetch("GET", page);
    QCOMPARE(form.status, 200);
    QCOMPARE(attribute(form.text(), QStringLiteral("name=\"next\" value"))
                 .replace(QLatin1String("&amp;"), QLatin1String("&")),
             expected);
}

void tst_SandboxSignIn::localStorageModeUsesTheHeader()
{
    m_server->setSignInMode(Mode::LocalStorage);
    const HttpReply r = signIn(connectorPath());
    // No cookie: the page stores the token and goes on.
    QCOMPARE(r.status, 200);
    QVERIFY(r.cookie().isEmpty());
    QVERIFY(r.text().contains(QLatin1String("/static/session.js")));
    const QString token = attribute(r.text(), QStringLiteral("data-session"));
    QCOMPARE(token.size(), 64);
    QCOMPARE(attribute(r.text(), QStringLiteral("data-next"))
                 .replace(QLatin1String("&amp;"), QLatin1String("&")),
             connectorPath());

    const HttpReply page =
        fetch("GET", connectorUrl(), {}, {{"X-Sandbox-Session", token.toLatin1()}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("take-photo")));
    // A cookie is not how this mode keeps the session.
    const HttpReply cookie =
        fetch("GET", connectorUrl(), {}, {{"Cookie", "dm_session=" + token.toLatin1()}});
    QVERIFY(cookie.text().contains(QLatin1String("session-shell")));
    // A token the server does not know: 401, which sends the shell to sign-in.
    const HttpReply forged =
        fetch("GET", connectorUrl(), {}, {{"X-Sandbox-Session", QByteArray(64, 'b')}});
    QCOMPARE(forged.status, 401);
    // Sign-out forgets it on both sides.
    const HttpReply out = fetch("POST", url(QStringLiteral("/field/signout")), {},
                                {{"X-Sandbox-Session", token.toLatin1()}});
    QCOMPARE(out.status, 200);
    QVERIFY(out.text().contains(QLatin1String("data-clear-session=\"true\"")));
    QCOMPARE(fetch("GET", connectorUrl(), {}, {{"X-Sandbox-Session", token.toLatin1()}}).status,
             401);
}

void tst_SandboxSignIn::sessionsSurviveARestartWithoutTheirTokensOnDisk()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    m_server = std::make_unique<SandboxServer>();
    m_server->setStatePath(state);
    QVERIFY(m_server->start(0));
    const QByteArray cookie = sessionPair(signIn(QStringLiteral("/")).cookie());
    QVERIFY(!cookie.isEmpty());
    m_server.reset();

    QFile file(state + QStringLiteral(".sessions.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains(cookie.mid(11))); // only a hash of the token
    QVERIFY(stored.contains("camille.martin@fieldconnect-demo.example"));

    m_server = std::make_unique<SandboxServer>();
    m_server->setStatePath(state);
    QVERIFY(m_server->start(0));
    const HttpReply page = fetch("GET", connectorUrl(), {}, {{"Cookie", cookie}});
    QCOMPARE(page.status, 200);
}

void tst_SandboxSignIn::singleSignOnGoesThroughTheIdentityProvider()
{
    startWith(Mode::Cookie, true);
    const QUrl idp = m_server->identityProviderUrl();
    QCOMPARE(idp.host(), QStringLiteral("localhost"));
    QVERIFY(idp.port() > 0 && idp.port() != m_server->port());
    QVERIFY(m_server->siteProfile().navigationAllowList.contains(QStringLiteral("localhost")));

    // 1. The sandbox sends the browser to the identity provider.
    QUrl signInPage = url(QStringLiteral("/field/signin"));
    signInPage.setQuery(QStringLiteral("next=") + QUrl::toPercentEncoding(connectorPath()));
    const HttpReply hop = fetch("GET", signInPage);
    QCOMPARE(hop.status, 302);
    const QUrl authorize = QUrl::fromEncoded(hop.location());
    QCOMPARE(authorize.host(), QStringLiteral("localhost"));
    QCOMPARE(authorize.port(), idp.port());
    QCOMPARE(authorize.path(), QStringLiteral("/authorize"));
    const QUrlQuery params(authorize);
    QCOMPARE(params.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             url(QStringLiteral("/field/sso/callback")).toString());
    const QString state = params.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    QVERIFY(!state.isEmpty());

    // 2. Its own form; a wrong password stays there.
    const HttpReply idpForm = fetch("GET", authorize);
    QCOMPARE(idpForm.status, 200);
    QVERIFY(idpForm.text().contains(QLatin1String("idp-page")));
    const auto user = m_server->signInCredentials().constFirst();
    auto submit = [&](const QString &password) {
        return fetch("POST", authorize.resolved(QUrl(QStringLiteral("/authorize"))),
                     form({{QStringLiteral("client_id"), QStringLiteral("fieldconnect-sandbox")},
                           {QStringLiteral("redirect_uri"),
                            url(QStringLiteral("/field/sso/callback")).toString()},
                           {QStringLiteral("state"), state},
                           {QStringLiteral("username"), user.first},
                           {QStringLiteral("password"), password}}));
    };
    const HttpReply wrong = submit(QStringLiteral("nope"));
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.text().contains(QLatin1String("Wrong e-mail address or password.")));

    // 3. Back to the sandbox with a one-time code, exchanged for the session.
    const HttpReply back = submit(user.second);
    QCOMPARE(back.status, 302);
    const QUrl callback = QUrl::fromEncoded(back.location());
    QCOMPARE(callback.adjusted(QUrl::RemoveQuery), url(QStringLiteral("/field/sso/callback")));
    QVERIFY(!QUrlQuery(callback).queryItemValue(QStringLiteral("code")).isEmpty());
    const HttpReply session = fetch("GET", callback);
    QCOMPARE(session.status, 303);
    QCOMPARE(QString::fromLatin1(session.location()), connectorPath());
    QVERIFY(session.cookie().contains("HttpOnly"));
    QCOMPARE(fetch("GET", connectorUrl(), {}, {{"Cookie", sessionPair(session.cookie())}}).status,
             200);

    // 4. The code and the state are spent.
    const HttpReply replay = fetch("GET", callback);
    QCOMPARE(replay.status, 400);
    QVERIFY(replay.cookie().isEmpty());
}

void tst_SandboxSignIn::identityProviderRefusesAnotherRedirect()
{
    startWith(Mode::Cookie, true);
    QUrl authorize = m_server->identityProviderUrl();
    authorize.setPath(QStringLiteral("/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("fieldconnect-sandbox"));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QStringLiteral("https%3A%2F%2Fevil.example%2Fcallback"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("x"));
    authorize.setQuery(query);
    const HttpReply r = fetch("GET", authorize);
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QLatin1String("redirect_uri")));
    QVERIFY(!r.text().contains(QLatin1String("sign-in-form")));
}

void tst_SandboxSignIn::restApiKeepsItsTokenAuth()
{
    const QByteArray cookie = sessionPair(signIn(QStringLiteral("/")).cookie());
    const QUrl api = url(QStringLiteral("/v0.2/work-orders/") + m_workOrder + u'/');
    QCOMPARE(fetch("GET", api, {}, {{"Cookie", cookie}}).status, 401);
    QCOMPARE(fetch("GET", api, {}, {{"Authorization", "Token " + m_server->apiToken().toLatin1()}})
                 .status,
             200);
}

void tst_SandboxSignIn::adminSwitchChangesTheMode()
{
    const QByteArray admin = m_server->adminToken().toLatin1();
    auto post = [&](const QByteArray &json) {
        QNetworkRequest request(url(QStringLiteral("/__sandbox/sign-in")));
        request.setRawHeader("X-Sandbox-Admin", admin);
        request.setRawHeader("Content-Type", "application/json");
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, json));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(15000);
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              QJsonDocument::fromJson(reply->readAll()).object());
    };
    const auto bad = post(R"({"mode": "sometimes"})");
    QCOMPARE(bad.first, 400);
    QVERIFY(
        bad.second.value(QStringLiteral("detail")).toString().contains(QLatin1String("sometimes")));
    QCOMPARE(m_server->signInMode(), Mode::Cookie);
    const auto off = post(R"({"mode": "off"})");
    QCOMPARE(off.first, 200);
    QCOMPARE(off.second.value(QStringLiteral("mode")).toString(), QStringLiteral("off"));
    QCOMPARE(fetch("GET", connectorUrl()).status, 200);
    // Without the admin header the path does not exist.
    QCOMPARE(fetch("GET", url(QStringLiteral("/__sandbox/sign-in"))).status, 404);
}

QTEST_GUILESS_MAIN(tst_SandboxSignIn)
#include "tst_sandboxsignin.moc"
