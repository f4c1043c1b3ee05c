#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class SandboxPages;

// The sandbox's single sign-on mode: an organisation identity provider on a second loopback
// origin (http://localhost:<its own port>, while the sandbox is 127.0.0.1), as Azure AD or
// another OIDC provider would be. The sandbox sends the browser to authorizeUrl(); this server
// shows its own sign-in form, checks the seeded users' passwords, and sends the browser back to
// the one registered redirect URI with a one-time code, which the sandbox exchanges for the
// user. The hop leaves the studio host, so the app's navigation allow-list must name it.
class SandboxIdentityProvider : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *ClientId = "fieldconnect-sandbox";
    static constexpr int CodeLifetimeSeconds = 60;
    using PasswordCheck = std::function<bool(const QString &email, const QString &password)>;

    SandboxIdentityProvider(const SandboxPages *pages, PasswordCheck checkPassword,
                            QObject *parent = nullptr);
    ~SandboxIdentityProvider() override;

    // Listens on 127.0.0.1 with a free port. False on failure, see errorString().
    bool start();
    QString errorString() const { return m_error; }
    QUrl baseUrl() const; // http://localhost:<port>; empty before start()
    QString host() const { return QStringLiteral("localhost"); }

    // The only redirect URI codes are sent to (the sandbox's /field/sso/callback).
    void setRedirectUri(const QUrl &uri) { m_redirectUri = uri; }
    QUrl authorizeUrl(const QString &state) const;
    // The user a code was issued to, once: the code is spent even when it has expired.
    QString exchange(const QString &code);

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse authorize(const QHttpServerRequest &request);

    const SandboxPages *m_pages;
    PasswordCheck m_checkPassword;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_error;
    QUrl m_redirectUri;
    struct Grant {
        QString email;
        QDateTime expires;
    };
    QHash<QString, Grant> m_codes;
};
