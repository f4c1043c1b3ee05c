#pragma once

// A fresh self-signed certificate for localhost and 127.0.0.1, trusted by nobody, made with the
// openssl command at test time; false with the reason in *why when it cannot be made. Shared by
// the TLS tests of the API client and of the web view.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QString>

inline bool makeSelfSigned(const QString &dir, QSslCertificate *certificate, QSslKey *key,
                           QString *why)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *why = QStringLiteral("the openssl command is not installed");
        return false;
    }
    const QString certPath = dir + QStringLiteral("/cert.pem");
    const QString keyPath = dir + QStringLiteral("/key.pem");
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                      QStringLiteral("2"), QStringLiteral("-keyout"), keyPath,
                      QStringLiteral("-out"), certPath, QStringLiteral("-subj"),
                      QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("openssl failed: %1")
                   .arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read what openssl wrote");
        return false;
    }
    *certificate = QSslCertificate(&certFile, QSsl::Pem);
    *key = QSslKey(&keyFile, QSsl::Rsa);
    if (certificate->isNull() || key->isNull()) {
        *why = QStringLiteral("openssl wrote an unreadable certificate or key");
        return false;
    }
    return true;
}
