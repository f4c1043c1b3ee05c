#pragma once

#include "apierror.h"
#include "remoteworkorder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class DeepomaticClient;
class QNetworkReply;
class QTimer;

// One API call as the caller sees it, across every attempt, back-off and look-up it takes.
// Returned by each DeepomaticClient method; owned by the client and deleted (later) once
// finished, so keep it in a QPointer. cancel() stops it wherever it is: queued, in flight,
// waiting to retry or looking up an uncertain create; the callback then gets Kind::Cancelled.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isFinished() const { return m_stage == Stage::Finished; }
    int attempts() const { return m_attempts; } // requests sent for this call, look-ups apart
    ApiError error() const { return m_error; } // once finished
    QUrl url() const { return m_url; }

public slots:
    void cancel();

signals:
    // After the callback ran (or was skipped because its context was destroyed).
    void finished();

private:
    friend class DeepomaticClient;

    // How a failed attempt may be tried again.
    enum class Mode {
        Idempotent, // GET, PATCH, DELETE: any transient failure is retried
        Create, // POST work-orders: an uncertain outcome is looked up before any new POST
        Once, // other POSTs (analyze): retried only when the server surely did not apply it
    };
    enum class Stage { Queued, InFlight, BackingOff, LookingUp, Finished };

    explicit ApiCall(DeepomaticClient *client);

    QPointer<DeepomaticClient> m_client;
    Mode m_mode = Mode::Idempotent;
    Stage m_stage = Stage::Queued;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    QString m_createName; // Mode::Create: the name to look up

    // Parses a 2xx body into the typed result held by the closure; returns an error sentence.
    std::function<QString(int status, const QByteArray &body)> m_parse;
    // Runs the caller's callback with the typed result (or an empty one) and the error.
    std::function<void(const ApiError &)> m_deliver;
    // Mode::Create: takes a work order found by the look-up as the result.
    std::function<void(const RemoteWorkOrder &workOrder)> m_adopt;

    QPointer<QObject> m_context;
    bool m_hadContext = false;
    int m_attempts = 0;
    bool m_maybeApplied = false; // an earlier attempt may have reached the server
    QElapsedTimer m_elapsed; // since the first attempt started
    QNetworkReply *m_reply = nullptr;
    QTimer *m_backoff = nullptr;
    QPointer<ApiCall> m_lookup;
    QUrl m_next; // a further page to fetch before delivering
    // A photo: fetched with the API's TLS rules, but without the token unless it is on the
    // API's own host, and cut off past m_maxBytes.
    bool m_photo = false;
    qint64 m_maxBytes = 0;
    ApiError m_error;
};
