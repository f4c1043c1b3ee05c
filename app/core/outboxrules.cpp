#include "outboxrules.h"

bool OutboxRules::isAllowed(State from, State to)
{
    switch (from) {
    case State::Pending:
        return to == State::InFlight;
    case State::InFlight:
        // Pending: back-off after a transient failure, or a resumed entry after a crash.
        return to == State::Done || to == State::Failed || to == State::InDoubt
               || to == State::Pending;
    case State::InDoubt:
    case State::Failed:
        // Only by a person: sent again, or found applied after all (linked to the work order
        // that exists in Deepomatic).
        return to == State::Pending || to == State::Done;
    case State::Done:
        return false;
    }
    return false;
}

OutboxRules::Action OutboxRules::actionFor(const OutboxEntry &entry)
{
    return entry.kind == Kind::CreateWorkOrder && entry.resumed ? Action::LookUpThenSend
                                                                : Action::Send;
}

RetryPolicy OutboxRules::defaultRetryPolicy()
{
    RetryPolicy policy;
    policy.setBaseDelayMs(2000);
    policy.setMaxDelayMs(5 * 60 * 1000);
    policy.setMaxAttempts(std::numeric_limits<int>::max());
    policy.setMaxTotalMs(std::numeric_limits<qint64>::max());
    return policy;
}

OutboxRules::Next OutboxRules::afterFailure(const OutboxEntry &entry, Failure failure,
                                            std::optional<qint64> retryAfterMs,
                                            const QDateTime &now, double random01,
                                            const RetryPolicy &policy)
{
    Next next;
    switch (failure) {
    case Failure::Permanent:
        next.state = State::Failed;
        return next;
    case Failure::Uncertain:
        // A create cannot be sent again blindly: a twin would be made. A read can; a closure
        // report carries its report_id, so a repeat is recognisable by the back office.
        if (entry.kind == Kind::CreateWorkOrder) {
            next.state = State::InDoubt;
            return next;
        }
        break;
    case Failure::Transient:
        break;
    }
    next.state = State::Pending;
    // Full jitter, but never sooner than a tenth of the ceiling: a flapping network must not
    // turn into a busy loop.
    const qint64 delay = qMax(policy.delayFor(qMax(1, entry.attempts), retryAfterMs, random01),
                              policy.baseDelayMs() / 10);
    next.nextAttempt = now.addMSecs(delay);
    return next;
}

OutboxRules::Resume OutboxRules::onStartup(const OutboxEntry &entry, bool lookupByNameSupported)
{
    Resume resume;
    if (entry.kind == Kind::CreateWorkOrder && !lookupByNameSupported) {
        resume.state = State::InDoubt;
        resume.reason = tr("FieldConnect stopped while creating this work order, and this site "
                           "cannot be searched by name: it may or may not exist in Deepomatic. "
                           "Check in Deepomatic, then send it again or leave it.");
        return resume;
    }
    resume.state = State::Pending;
    return resume;
}

int OutboxRules::freeSlots(bool online, bool systemSaysOffline, int maxConcurrent, int inFlight)
{
    if (systemSaysOffline)
        return 0;
    const int limit = online ? qMax(1, maxConcurrent) : 1;
    return qMax(0, limit - inFlight);
}
