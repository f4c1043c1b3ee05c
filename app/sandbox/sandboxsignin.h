#pragma once

#include "sandboxsessions.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

class QHttpServerRequest;
class QHttpServerResponse;
class SandboxIdentityProvider;
class SandboxPages;
class SandboxState;

// Sign-in to the sandbox's connector pages, as the Deepomatic studio asks for it before showing
// a work order. The seeded users sign in with their e-mail and password (or through the
// identity provider in SSO mode); the session is then kept the way the mode says:
//   cookie          an HttpOnly, SameSite=Lax session cookie with Max-Age and Expires;
//   session-cookie  the same cookie without an expiry (the browser drops it when it closes,
//                   unless it forces persistence, as FieldConnect does);
//   local-storage   a token kept by the page's script in localStorage and sent as the
//                   X-Sandbox-Session header: a protected URL serves a small shell that fetches
//                   the page with the token, or goes to sign-in without one;
//   off             no sign-in (suites that are not about it).
// Sessions are checked on the server: an unknown, forged or expired one is no session.
class SandboxSignIn
{
public:
    enum class Mode { Off, Cookie, SessionCookie, LocalStorage };
    static constexpr const char *CookieName = "dm_session";
    static constexpr const char *SessionHeader = "x-sandbox-session";
    static constexpr int SsoStateLifetimeSeconds = 600;

    static QString modeName(Mode mode);
    // "off", "cookie", "session-cookie" or "local-storage"; false for anything else.
    static bool parseMode(const QString &text, Mode *mode);
    // The `next` target after sign-in: a path on this origin ("/field/..."), never another site;
    // anything else (absolute URL, "//host", backslashes, control characters) gives "/".
    static QString safeNext(const QString &next);

    SandboxSignIn(const SandboxState *state, const SandboxPages *pages);

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    // SSO mode when set: sign-in goes through this identity provider.
    void setIdentityProvider(SandboxIdentityProvider *provider) { m_provider = provider; }
    SandboxSessions &sessions() { return m_sessions; }
    const SandboxSessions &sessions() const { return m_sessions; }

    // /field/signin, /field/signout and /field/sso/callback.
    static bool handles(const QStringList &segments);
    QHttpServerResponse handle(const QHttpServerRequest &request, const QStringList &segments);

    // True when the request carries a valid session the way the mode keeps it (always with
    // mode Off).
    bool isSignedIn(const QHttpServerRequest &request) const;
    // What a protected page answers without a session: to sign-in and back (cookie modes), the
    // shell (local-storage), or a 401 JSON body for the page's own script requests.
    QHttpServerResponse challenge(const QHttpServerRequest &request, bool json) const;

private:
    QString tokenOf(const QHttpServerRequest &request) const;
    QHttpServerResponse signInForm(int status, const QString &next, const QString &error,
                                   const QString &username) const;
    QHttpServerResponse establish(const QString &email, const QString &next);
    QHttpServerResponse errorPage(int status, const QString &title, const QString &message) const;

    const SandboxState *m_state;
    const SandboxPages *m_pages;
    SandboxIdentityProvider *m_provider = nullptr;
    SandboxSessions m_sessions;
    Mode m_mode = Mode::Cookie;
    struct PendingSso {
        QString next;
        QDateTime expires;
    };
    QHash<QString, PendingSso> m_pendingSso; // state -> where to go after the hop
};
