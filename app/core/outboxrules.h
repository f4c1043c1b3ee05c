#pragma once

#include "outboxentry.h"
#include "retrypolicy.h"

#include <QCoreApplication>

#include <limits>

#include <optional>

// The outbox's state machine, with no I/O:
//
//   pending ──send──> in_flight ──> done
//      ^                  │   ├───> failed     (the server refused it: permanent)
//      └──── back-off ────┘   └───> in_doubt   (sent, outcome unknowable)
//   in_doubt / failed ──a person retries──> pending
//   in_doubt / failed ──a person links it to what the server has──> done
//
// An entry found in flight at start-up (the app died mid-request) is resumed safely: a create
// is looked up by name before any new POST, and goes in doubt where the site has no lookup.
class OutboxRules
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRules)
public:
    using State = OutboxEntry::State;
    using Kind = OutboxEntry::Kind;

    // How a failed attempt ended, as far as the outbox cares.
    enum class Failure {
        Transient, // not applied, or may succeed later (offline, 5xx, 429, timeout on a read)
        Permanent, // refused by the server (4xx): trying again cannot help
        Uncertain, // sent, and nothing tells whether it was applied
    };
    // What to do before sending an entry.
    enum class Action {
        Send,
        LookUpThenSend, // a resumed create: find what the lost attempt may have made
    };
    struct Next {
        State state = State::Pending;
        QDateTime nextAttempt; // for Pending
    };
    struct Resume {
        State state = State::Pending;
        QString reason; // for InDoubt: why, in words
    };

    static bool isAllowed(State from, State to);
    static Action actionFor(const OutboxEntry &entry);

    // The outbox's own back-off between attempts: slower than the client's quick retries, and
    // never giving up on a transient failure (nothing queued may be lost).
    static RetryPolicy defaultRetryPolicy();
    // After attempt number entry.attempts failed. `random01` is the jitter draw.
    static Next afterFailure(const OutboxEntry &entry, Failure failure,
                             std::optional<qint64> retryAfterMs, const QDateTime &now,
                             double random01, const RetryPolicy &policy);
    // At start-up, for an entry still marked in flight.
    static Resume onStartup(const OutboxEntry &entry, bool lookupByNameSupported);
    // How many more entries may be sent now. Offline, one at a time probes the network (when
    // only request failures said it was down); with the system saying it is down, none.
    static int freeSlots(bool online, bool systemSaysOffline, int maxConcurrent, int inFlight);
};
