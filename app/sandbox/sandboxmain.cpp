// fieldconnect-sandbox: the emulated Deepomatic site as a program of its own, for QA and for
// clicking around by hand. Prints what a client needs to connect, then serves until killed.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#ifndef FIELDCONNECT_VERSION
#define FIELDCONNECT_VERSION "0.0.0" // built outside the main project (e.g. a probe)
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldconnect-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDCONNECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Emulated Deepomatic site (REST API v0.2 and connector pages) on "
                       "127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QStringLiteral("JSON file to load the state from and save every change to."),
        QStringLiteral("FILE"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral("API token clients must send (default: the documented demo token)."),
        QStringLiteral("T"));
    const QCommandLineOption scriptOption(
        QStringLiteral("script-finish"),
        QStringLiteral("Finish navigates from the page's script instead of an HTTP 302."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Seed JSON (application, types, users, work orders) to use instead of the "
                       "built-in one; see resources/sandbox/seed.json."),
        QStringLiteral("FILE"));
    // Fault options: each overrides the same key of FIELDCONNECT_SANDBOX_FAULTS.
    const QList<std::pair<QCommandLineOption, QString>> faultOptions{
        {QCommandLineOption(QStringLiteral("latency"),
                            QStringLiteral("Delay every REST answer by MS milliseconds."),
                            QStringLiteral("MS")),
         QStringLiteral("latency")},
        {QCommandLineOption(QStringLiteral("error-rate"),
                            QStringLiteral("Probability (0-1) to answer a REST request with an "
                                           "error status, changing nothing."),
                            QStringLiteral("R")),
         QStringLiteral("error_rate")},
        {QCommandLineOption(QStringLiteral("error-codes"),
                            QStringLiteral("Error statuses to pick from (default 503)."),
                            QStringLiteral("503,429")),
         QStringLiteral("error_codes")},
        {QCommandLineOption(QStringLiteral("drop-before"),
                            QStringLiteral("Probability to close the connection without answering "
                                           "or applying the request."),
                            QStringLiteral("R")),
         QStringLiteral("drop_before")},
        {QCommandLineOption(QStringLiteral("drop-after"),
                            QStringLiteral("Probability to apply the request, then close the "
                                           "connection without answering."),
                            QStringLiteral("R")),
         QStringLiteral("drop_after")},
        {QCommandLineOption(QStringLiteral("malformed"),
                            QStringLiteral("Probability to apply the request, then answer a "
                                           "truncated or non-JSON body."),
                            QStringLiteral("R")),
         QStringLiteral("malformed")},
        {QCommandLineOption(QStringLiteral("fault-seed"),
                            QStringLiteral("Seed for the fault dice (same seed, same faults)."),
                            QStringLiteral("N")),
         QStringLiteral("seed")},
    };
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (needs --tls-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"),
        QStringLiteral("The PEM private key (RSA or EC, unencrypted) of --tls-cert."),
        QStringLiteral("FILE"));
    const QCommandLineOption signInOption(
        QStringLiteral("sign-in"),
        QStringLiteral("How connector pages keep the sign-in: cookie (expiring cookie, the "
                       "default), session-cookie (no expiry), local-storage (a token the page "
                       "keeps), or off."),
        QStringLiteral("MODE"), QStringLiteral("cookie"));
    const QCommandLineOption ssoOption(
        QStringLiteral("sso"),
        QStringLiteral("Sign in through an identity provider on a second loopback origin "
                       "(http://localhost:<port>)."));
    parser.addOptions({portOption, stateOption, tokenOption, scriptOption, seedOption,
                       tlsCertOption, tlsKeyOption, signInOption, ssoOption});
    for (const auto &fault : faultOptions)
        parser.addOption(fault.first);
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "The port \"" << parser.value(portOption) << "\" is not a number from 0 to 65535."
            << Qt::endl;
        return 2;
    }

    QString why;
    SandboxFaults faults =
        SandboxFaults::parse(qEnvironmentVariable("FIELDCONNECT_SANDBOX_FAULTS"), &why);
    if (!why.isEmpty()) {
        err << "FIELDCONNECT_SANDBOX_FAULTS: " << why << Qt::endl;
        return 2;
    }
    for (const auto &fault : faultOptions) {
        if (parser.isSet(fault.first)
            && !faults.set(fault.second, parser.value(fault.first), &why)) {
            err << "--" << fault.first.names().constFirst() << ": " << why << Qt::endl;
            return 2;
        }
    }

    SandboxServer server;
    if (parser.isSet(seedOption)) {
        QFile seed(parser.value(seedOption));
        if (!seed.open(QIODevice::ReadOnly)) {
            err << "Cannot read the seed " << seed.fileName() << ": " << seed.errorString()
                << Qt::endl;
            return 2;
        }
        const QString problem = server.loadSeed(seed.readAll());
        if (!problem.isEmpty()) {
            err << "The seed " << seed.fileName() << " cannot be used: " << problem << Qt::endl;
            return 2;
        }
    }
    server.setFaults(faults);
    if (parser.isSet(stateOption))
        server.setStatePath(parser.value(stateOption));
    if (parser.isSet(tokenOption)) {
        if (parser.value(tokenOption).isEmpty() || parser.value(tokenOption).contains(u' ')) {
            err << "The token must be non-empty and contain no spaces." << Qt::endl;
            return 2;
        }
        server.setApiToken(parser.value(tokenOption));
    }
    SandboxSignIn::Mode signIn = SandboxSignIn::Mode::Cookie;
    if (!SandboxSignIn::parseMode(parser.value(signInOption), &signIn)) {
        err << "--sign-in: \"" << parser.value(signInOption)
            << "\" is not cookie, session-cookie, local-storage or off." << Qt::endl;
        return 2;
    }
    server.setSignInMode(signIn);
    server.setSingleSignOn(parser.isSet(ssoOption));
    if (parser.isSet(scriptOption))
        server.setFinishMode(SandboxServer::FinishMode::Script);
    QByteArray fingerprint;
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption)) {
        err << "--tls-cert and --tls-key go together." << Qt::endl;
        return 2;
    }
    if (parser.isSet(tlsCertOption)) {
        QFile certFile(parser.value(tlsCertOption));
        QFile keyFile(parser.value(tlsKeyOption));
        for (QFile *file : {&certFile, &keyFile}) {
            if (!file->open(QIODevice::ReadOnly)) {
                err << "Cannot read " << file->fileName() << ": " << file->errorString()
                    << Qt::endl;
                return 2;
            }
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (certificate.isNull() || key.isNull()) {
            err << "The TLS " << (certificate.isNull() ? "certificate " : "key ")
                << (certificate.isNull() ? certFile.fileName() : keyFile.fileName())
                << " is not a readable PEM file." << Qt::endl;
            return 2;
        }
        server.setTls(certificate, key);
        fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex();
    }
    if (!server.start(static_cast<quint16>(port))) {
        err << server.errorString() << Qt::endl;
        return 1;
    }

    // Machine-readable lines (key=value), flushed at once so a parent process can read them.
    QTextStream out(stdout);
    out << "base_url=" << server.baseUrl().toString() << Qt::endl;
    out << "api_url=" << server.siteProfile().apiUrl.toString() << Qt::endl;
    out << "site_id=" << server.siteId().toString(QUuid::WithoutBraces) << Qt::endl;
    out << "org_slug=" << server.orgSlug() << Qt::endl;
    out << "token=" << server.apiToken() << Qt::endl;
    out << "admin_token=" << server.adminToken() << Qt::endl;
    // What a deployment file's tls_override needs to accept this (self-signed) certificate.
    if (!fingerprint.isEmpty())
        out << "tls_sha256=" << fingerprint << Qt::endl;
    out << "sign_in=" << SandboxSignIn::modeName(server.signInMode()) << Qt::endl;
    if (server.isSingleSignOn())
        out << "identity_provider=" << server.identityProviderUrl().toString() << Qt::endl;
    // Who can sign in to the connector pages (the seed's users).
    const auto users = server.signInCredentials();
    if (!users.isEmpty())
        out << "user=" << users.first().first << ':' << users.first().second << Qt::endl;
    // Where a FieldConnect on this sandbox sends its closure reports (see GET to list them).
    out << "closures_url=" << server.baseUrl().toString() << "/__backoffice/closures" << Qt::endl;
    out << "faults=" << (faults.isActive() ? faults.toSpec() : QStringLiteral("none")) << Qt::endl;
    return app.exec();
}
