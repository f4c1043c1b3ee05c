#pragma once

#include "remoteworkorder.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QNetworkReply;

// What went wrong with one API call, typed so callers can decide (retry or not) and explain
// (the server's own words when it gave some).
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Http, // the server answered with a non-2xx status
        Network, // DNS, refused, connection lost
        Timeout, // no complete answer within the request's time limit
        Tls, // certificate or handshake problem: never ignored
        MalformedResponse, // 2xx, but the body is not what the API documents
        Cancelled,
        // A create was sent but its outcome is unknown (no answer, then no way to look it up):
        // the work order may or may not exist in Deepomatic. Never retried blindly.
        InDoubt,
        // Refused by the client before sending (e.g. an image over the size limit).
        InvalidRequest,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail; // DRF "detail", or the network error text
    QMap<QString, QStringList> fieldErrors; // DRF field validation errors
    QString host;
    qint64 retryAfterMs = -1; // the server's Retry-After, when it gave one
    // A create that was sent and may have been applied, whose look-up could not be done for
    // now (the listing failed for a while): whoever tries again must look it up before any
    // new POST, or a twin may be made.
    bool maybeApplied = false;
    // In doubt because the look-up found several work orders with that name: the ones it
    // found, for a person to choose from.
    QList<RemoteWorkOrder> candidates;

    bool isError() const { return kind != Kind::None; }
    // Timeouts, connection loss, 429 and every 5xx may succeed if tried again; other 4xx never.
    bool isTransient() const;
    // One sentence for the user, e.g. "401: Invalid token." or "Cannot reach host: …".
    QString message() const;
    // A stable, untranslated name for the error, for scripts reading JSON lines:
    // "site_unreachable", "timeout", "tls", "unauthorized", "rejected", "server_error",
    // "rate_limited", "malformed_response", "cancelled", "in_doubt", "invalid_input"; empty for
    // no error.
    QString code() const;

    // Reads DRF-style bodies: {"detail": "..."} or {"field": ["...", ...], ...}.
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError malformed(const QString &what);
    static ApiError invalidRequest(const QString &why);
    static ApiError inDoubt(const QString &why);
};
