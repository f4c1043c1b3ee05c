#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// One HTTP request as a suite sends it to a server on loopback, waited for, and its answer:
// what the sandbox's REST, page, sign-in and fault suites all need, written once.
class HttpExchange
{
public:
    struct Request {
        QByteArray verb = "GET";
        QUrl url;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // sent as given (Authorization, …)
        bool followRedirects = false; // a suite checks the redirect itself
        bool ownCookies = false; // true: none from the manager's jar, none saved to it
        int timeoutMs = 15000;
        void setHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append({name, value});
        }
    };
    struct Reply {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QNetworkReply::NetworkError error = QNetworkReply::NoError;

        QJsonObject json() const;
        bool validJson() const;
        QString text() const { return QString::fromUtf8(body); }
        // DRF's {"detail": "..."} message, and the first message of a field's error list.
        QString detail() const;
        QString fieldError(const char *field) const;
        QByteArray location() const { return headers.value("location"); }
        QByteArray cookie() const { return headers.value("set-cookie"); }
    };

    static Reply send(QNetworkAccessManager &network, const Request &request);
};

using HttpReply = HttpExchange::Reply;
