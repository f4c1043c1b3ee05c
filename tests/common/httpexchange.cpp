#include "httpexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

QJsonObject HttpExchange::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpExchange::Reply::validJson() const
{
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

QString HttpExchange::Reply::detail() const
{
    return json().value(QLatin1String("detail")).toString();
}

QString HttpExchange::Reply::fieldError(const char *field) const
{
    return json().value(QLatin1String(field)).toArray().first().toString();
}

HttpExchange::Reply HttpExchange::send(QNetworkAccessManager &network, const Request &request)
{
    QNetworkRequest r(request.url);
    if (!request.followRedirects)
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
    if (request.ownCookies) {
        r.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }
    for (const auto &h : request.headers)
        r.setRawHeader(h.first, h.second);
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(r, request.verb, request.body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(request.timeoutMs);
    Reply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    for (const auto &h : reply->rawHeaderPairs())
        answer.headers.insert(h.first.toLower(), h.second);
    return answer;
}
