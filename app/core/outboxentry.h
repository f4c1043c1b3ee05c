#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One effect on a remote system, waiting in the persistent outbox. `kind`
// says what to do, `payload` carries what was decided when it was queued (the create body, the
// closure report), so that a resumed entry sends exactly what was meant the first time.
struct OutboxEntry {
    enum class Kind {
        CreateWorkOrder, // POST /v0.2/work-orders/ (looked up by name first when resumed)
        VerifyProgress, // GET /v0.2/work-orders/{id}/ (idempotent)
        ClosureReport, // POST of the closure's JSON report to the site's back office
    };
    enum class State {
        Pending, // waiting for its next attempt (nextAttempt)
        InFlight, // sent, no outcome recorded yet
        Done,
        Failed, // permanently: the server refused it (lastError has its words)
        InDoubt, // sent, outcome unknown and not knowable: a person must decide
    };

    qint64 id = 0;
    Kind kind = Kind::CreateWorkOrder;
    State state = State::Pending;
    QString workOrderKey;
    QJsonObject payload;
    int attempts = 0; // outbox attempts (each may include the client's own quick retries)
    QDateTime created;
    QDateTime nextAttempt;
    QDateTime updated;
    QString lastError;
    // Set at start-up for an entry found in flight: the app died while it was on the wire.
    bool resumed = false;

    bool isOpen() const { return state == State::Pending || state == State::InFlight; }

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    static QString stateDisplayName(State state);
    // What a person reads for the kind ("Create in Deepomatic", ...), translated.
    static QString kindDisplayName(Kind kind);
};
