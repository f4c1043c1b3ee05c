#include "sandboxidentityprovider.h"

#include "sandboxhtml.h"
#include "sandboxlogging.h"
#include "sandboxpages.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrlQuery>

namespace {
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponder::StatusCode;

QString randomCode()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}
} // namespace

SandboxIdentityProvider::SandboxIdentityProvider(const SandboxPages *pages,
                                                 PasswordCheck checkPassword, QObject *parent)
    : QObject(parent)
    , m_pages(pages)
    , m_checkPassword(std::move(checkPassword))
{ }

SandboxIdentityProvider::~SandboxIdentityProvider() = default;

bool SandboxIdentityProvider::start()
{
    auto http = std::make_unique<QHttpServer>();
    auto *tcp = new QTcpServer(http.get());
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        m_error = QStringLiteral("The identity provider cannot listen on 127.0.0.1: %1")
                      .arg(tcp->errorString());
        return false;
    }
    http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        });
    http->bind(tcp);
    m_http = std::move(http);
    m_port = tcp->serverPort();
    qCInfo(lcSandbox, "Identity provider listening on %s", qPrintable(baseUrl().toString()));
    return true;
}

QUrl SandboxIdentityProvider::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host());
    url.setPort(m_port);
    return url;
}

QUrl SandboxIdentityProvider::authorizeUrl(const QString &state) const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QLatin1String(ClientId));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri.toString())));
    query.addQueryItem(QStringLiteral("state"), state);
    url.setQuery(query);
    return url;
}

QString SandboxIdentityProvider::exchange(const QString &code)
{
    const Grant grant = m_codes.take(code);
    if (grant.email.isEmpty() || grant.expires <= QDateTime::currentDateTimeUtc())
        return {};
    return grant.email;
}

void SandboxIdentityProvider::dispatch(const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/authorize")) {
        authorize(request).write(std::move(responder));
        return;
    }
    if (path == QLatin1String("/static/sandbox.css") && request.method() == Method::Get) {
        QFile css(QStringLiteral(":/sandbox/static/sandbox.css"));
        css.open(QIODevice::ReadOnly);
        QHttpServerResponse(QByteArrayLiteral("text/css; charset=utf-8"), css.readAll())
            .write(std::move(responder));
        return;
    }
    SandboxHtml::response(404,
                          m_pages->errorPage(404, QStringLiteral("Page not found"), {},
                                             QStringLiteral("There is no page at %1.").arg(path)))
        .write(std::move(responder));
}

QHttpServerResponse SandboxIdentityProvider::authorize(const QHttpServerRequest &request)
{
    const bool post = request.method() == Method::Post;
    if (!post && request.method() != Method::Get)
        return SandboxHtml::response(
            405, m_pages->errorPage(405, QStringLiteral("Method not allowed"), {},
                                    QStringLiteral("Only GET and POST are allowed here.")));
    QHash<QString, QString> fields;
    if (post) {
        fields = SandboxHtml::formFields(request.body());
    } else {
        for (const auto &item : request.query().queryItems(QUrl::FullyDecoded))
            fields.insert(item.first, item.second);
    }
    // Only the registered client and its registered redirect: an identity provider that sends
    // codes wherever it is told is an open door.
    QString problem, parameter;
    if (fields.value(QStringLiteral("client_id")) != QLatin1String(ClientId)) {
        parameter = QStringLiteral("client_id");
        problem = QStringLiteral("Unknown client \"%1\".").arg(fields.value(parameter));
    } else if (QUrl(fields.value(QStringLiteral("redirect_uri"))) != m_redirectUri
               || m_redirectUri.isEmpty()) {
        parameter = QStringLiteral("redirect_uri");
        problem = QStringLiteral("The redirect URI \"%1\" is not registered for this client.")
                      .arg(fields.value(parameter));
    }
    if (!problem.isEmpty())
        return SandboxHtml::response(
            400,
            m_pages->errorPage(400, QStringLiteral("Sign-in request refused"), parameter, problem));

    SandboxPages::SignIn form;
    form.brand = QStringLiteral("Organisation identity provider");
    form.heading = QStringLiteral("Sign in with your organisation");
    form.action = QStringLiteral("/authorize");
    form.identityProvider = true;
    form.hint = QStringLiteral("Single sign-on for the Deepomatic sandbox (%1).")
                    .arg(m_redirectUri.authority());
    form.hidden = {{QStringLiteral("client_id"), QLatin1String(ClientId)},
                   {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                   {QStringLiteral("state"), fields.value(QStringLiteral("state"))}};
    if (!post)
        return SandboxHtml::response(200, m_pages->signInPage(form));

    const QString email = fields.value(QStringLiteral("username")).trimmed();
    if (!m_checkPassword(email, fields.value(QStringLiteral("password")))) {
        qCInfo(lcSandbox, "Identity provider: wrong e-mail or password");
        form.error = QStringLiteral("Wrong e-mail address or password.");
        form.username = email;
        return SandboxHtml::response(401, m_pages->signInPage(form));
    }
    const QString code = randomCode();
    m_codes.insert(code, {email, QDateTime::currentDateTimeUtc().addSecs(CodeLifetimeSeconds)});
    QUrl back = m_redirectUri;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                    fields.value(QStringLiteral("state")))));
    back.setQuery(query);
    QHttpServerResponse r(StatusCode::Found);
    r.addHeader(QByteArrayLiteral("Location"), back.toEncoded());
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}
