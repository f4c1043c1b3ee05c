#include "sandboxsignin.h"

#include "sandboxhtml.h"
#include "sandboxidentityprovider.h"
#include "sandboxlogging.h"
#include "sandboxpages.h"
#include "sandboxstate.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace {
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponder::StatusCode;

const QString SignInPath = QStringLiteral("/field/signin");

// The path and query of a request, encoded, as a `next` target.
QString pathAndQuery(const QUrl &url)
{
    QString target = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        target += u'?' + url.query(QUrl::FullyEncoded);
    return target;
}

QString signInUrl(const QString &next)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("next"), QString::fromLatin1(QUrl::toPercentEncoding(next)));
    return SignInPath + u'?' + query.query(QUrl::FullyEncoded);
}

QHttpServerResponse redirect(StatusCode status, const QString &location)
{
    QHttpServerResponse r(status);
    r.addHeader(QByteArrayLiteral("Location"), location.toLatin1());
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QString randomState()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}
} // namespace

SandboxSignIn::SandboxSignIn(const SandboxState *state, const SandboxPages *pages)
    : m_state(state)
    , m_pages(pages)
{ }

QString SandboxSignIn::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Off:
        return QStringLiteral("off");
    case Mode::Cookie:
        return QStringLiteral("cookie");
    case Mode::SessionCookie:
        return QStringLiteral("session-cookie");
    case Mode::LocalStorage:
        return QStringLiteral("local-storage");
    }
    return {};
}

bool SandboxSignIn::parseMode(const QString &text, Mode *mode)
{
    for (Mode m : {Mode::Off, Mode::Cookie, Mode::SessionCookie, Mode::LocalStorage}) {
        if (text == modeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString SandboxSignIn::safeNext(const QString &next)
{
    const QString fallback = QStringLiteral("/");
    // A path of this origin: one leading slash, printable ASCII, no backslash (browsers read
    // "/\host" as "//host"), and nothing a URL parser would take for a scheme or a host.
    if (!next.startsWith(u'/') || next.startsWith(QLatin1String("//")) || next.size() > 2048)
        return fallback;
    for (QChar c : next) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'\\')
            return fallback;
    }
    const QUrl url(next, QUrl::StrictMode);
    if (!url.isValid() || !url.isRelative() || !url.host().isEmpty() || !url.scheme().isEmpty())
        return fallback;
    return next;
}

bool SandboxSignIn::handles(const QStringList &segments)
{
    if (segments.value(0) != QLatin1String("field"))
        return false;
    return (segments.size() == 2
            && (segments.at(1) == QLatin1String("signin")
                || segments.at(1) == QLatin1String("signout")))
           || (segments.size() == 3 && segments.at(1) == QLatin1String("sso")
               && segments.at(2) == QLatin1String("callback"));
}

QString SandboxSignIn::tokenOf(const QHttpServerRequest &request) const
{
    if (m_mode == Mode::LocalStorage)
        return QString::fromLatin1(request.value(QByteArray(SessionHeader)).trimmed());
    for (const QByteArray &part : request.value(QByteArrayLiteral("cookie")).split(';')) {
        const QByteArray cookie = part.trimmed();
        if (cookie.startsWith(QByteArray(CookieName) + '='))
            return QString::fromLatin1(cookie.mid(qstrlen(CookieName) + 1));
    }
    return {};
}

bool SandboxSignIn::isSignedIn(const QHttpServerRequest &request) const
{
    return m_mode == Mode::Off || !m_sessions.userOf(tokenOf(request)).isEmpty();
}

QHttpServerResponse SandboxSignIn::challenge(const QHttpServerRequest &request, bool json) const
{
    if (json)
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("detail"),
                         QStringLiteral("Your session has ended. Sign in again.")}},
            StatusCode::Unauthorized);
    const QString next = pathAndQuery(request.url());
    if (m_mode == Mode::LocalStorage) {
        // A token that is no longer valid: the shell's fetch learns it from the 401 and goes to
        // sign-in; without one, the shell itself decides (it can read localStorage, we cannot).
        if (!tokenOf(request).isEmpty())
            return errorPage(401, QStringLiteral("Sign-in required"),
                             QStringLiteral("Your session has ended. Sign in again."));
        return SandboxHtml::response(200, m_pages->sessionShellPage(signInUrl(next)));
    }
    return redirect(StatusCode::Found, signInUrl(next));
}

QHttpServerResponse SandboxSignIn::errorPage(int status, const QString &title,
                                             const QString &message) const
{
    return SandboxHtml::response(status, m_pages->errorPage(status, title, {}, message));
}

QHttpServerResponse SandboxSignIn::signInForm(int status, const QString &next, const QString &error,
                                              const QString &username) const
{
    SandboxPages::SignIn form;
    form.heading = QStringLiteral("Sign in to Deepomatic");
    form.action = SignInPath;
    form.error = error;
    form.username = username;
    // A demo site: say how to get in, so nobody has to go looking for the seed.
    const auto users = m_state->signInCredentials();
    form.hint =
        users.isEmpty()
            ? QStringLiteral("Sandbox users and passwords are in resources/sandbox/seed.json.")
            : QStringLiteral("Sandbox: sign in as %1 with the password %2 (other users in "
                             "resources/sandbox/seed.json).")
                  .arg(users.constFirst().first, users.constFirst().second);
    form.hidden = {{QStringLiteral("next"), next}};
    return SandboxHtml::response(status, m_pages->signInPage(form));
}

QHttpServerResponse SandboxSignIn::establish(const QString &email, const QString &next)
{
    const QString token = m_sessions.create(email);
    qCInfo(lcSandbox, "Signed in %s (%s)", qPrintable(email), qPrintable(modeName(m_mode)));
    if (m_mode == Mode::LocalStorage)
        return SandboxHtml::response(200, m_pages->sessionStorePage(token, next));
    QByteArray cookie =
        QByteArray(CookieName) + '=' + token.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax";
    if (m_mode != Mode::SessionCookie) {
        const QDateTime expires = m_sessions.expiryOf(token);
        cookie += "; Max-Age=" + QByteArray::number(m_sessions.lifetime()) + "; Expires="
                  + QLocale::c()
                        .toString(expires.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                        .toLatin1()
                  + " GMT";
    }
    QHttpServerResponse r = redirect(StatusCode::SeeOther, next);
    r.addHeader(QByteArrayLiteral("Set-Cookie"), cookie);
    return r;
}

QHttpServerResponse SandboxSignIn::handle(const QHttpServerRequest &request,
                                          const QStringList &segments)
{
    const Method method = request.method();
    const QString what = segments.value(1);
    if (what == QLatin1String("signin")) {
        if (method == Method::Get) {
            const QString next = safeNext(
                request.query().queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded));
            if (!m_provider)
                return signInForm(200, next, {}, {});
            // SSO: the sign-in happens at the organisation's identity provider; `state` brings
            // the user back to the page asked for, once.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (auto it = m_pendingSso.begin(); it != m_pendingSso.end();)
                it = it->expires <= now ? m_pendingSso.erase(it) : std::next(it);
            const QString state = randomState();
            m_pendingSso.insert(state, {next, now.addSecs(SsoStateLifetimeSeconds)});
            return redirect(StatusCode::Found,
                            m_provider->authorizeUrl(state).toString(QUrl::FullyEncoded));
        }
        if (method != Method::Post)
            return errorPage(405, QStringLiteral("Method not allowed"),
                             QStringLiteral("Use GET or POST here."));
        const QHash<QString, QString> fields = SandboxHtml::formFields(request.body());
        const QString next = safeNext(fields.value(QStringLiteral("next")));
        if (m_provider)
            return redirect(StatusCode::SeeOther, signInUrl(next));
        const QString email = fields.value(QStringLiteral("username")).trimmed();
        if (!m_state->checkPassword(email, fields.value(QStringLiteral("password")))) {
            qCInfo(lcSandbox, "Sign-in refused: wrong e-mail or password");
            return signInForm(401, next, QStringLiteral("Wrong e-mail address or password."),
                              email);
        }
        return establish(email, next);
    }
    if (what == QLatin1String("signout")) {
        if (method != Method::Post)
            return errorPage(405, QStringLiteral("Method not allowed"),
                             QStringLiteral("Sign out with a POST."));
        m_sessions.remove(tokenOf(request));
        QHttpServerResponse r =
            SandboxHtml::response(200, m_pages->signedOutPage(m_mode == Mode::LocalStorage));
        if (m_mode != Mode::LocalStorage)
            r.addHeader(QByteArrayLiteral("Set-Cookie"),
                        QByteArray(CookieName)
                            + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; "
                              "Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        return r;
    }
    // /field/sso/callback?code=...&state=...
    if (!m_provider)
        return errorPage(404, QStringLiteral("Page not found"),
                         QStringLiteral("Single sign-on is not enabled on this sandbox."));
    if (method != Method::Get)
        return errorPage(405, QStringLiteral("Method not allowed"), QStringLiteral("Use GET."));
    const QUrlQuery query = request.query();
    const PendingSso pending =
        m_pendingSso.take(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    if (pending.next.isEmpty() || pending.expires <= QDateTime::currentDateTimeUtc())
        return errorPage(400, QStringLiteral("Sign-in expired"),
                         QStringLiteral("This sign-in was already used or has expired. Sign in "
                                        "again."));
    const QString email =
        m_provider->exchange(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (email.isEmpty())
        return errorPage(400, QStringLiteral("Sign-in refused"),
                         QStringLiteral("The identity provider's code is unknown, expired or "
                                        "already used. Sign in again."));
    return establish(email, pending.next);
}
