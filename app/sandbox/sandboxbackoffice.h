#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The sandbox's stand-in for a customer's back office: it receives closure reports
// (POST /__backoffice/closures) and lists every one it got, in arrival order, repeats included
// (GET /__backoffice/closures), so tests can see a duplicate if one is ever sent. With a file,
// what arrived survives a restart of the sandbox.
class SandboxBackOffice
{
public:
    struct Received {
        QDateTime time;
        QJsonObject report;
        QString idempotencyKey;
    };

    void setFile(const QString &file);
    // False with *error set when the file exists but cannot be read.
    bool load(QString *error);
    // Records one report; false with *error (a sentence for a 400) when the body is not a
    // JSON object.
    bool receive(const QByteArray &body, const QByteArray &idempotencyKey, QString *error);
    QList<Received> received() const { return m_received; }
    QJsonObject listing() const;

private:
    void save() const;

    QString m_file;
    QList<Received> m_received;
};
