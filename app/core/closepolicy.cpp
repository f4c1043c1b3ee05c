#include "closepolicy.h"

ClosePolicy ClosePolicy::forWorkOrder(const SiteProfile &site, const WorkOrder &workOrder)
{
    return ClosePolicy(site.thresholdFor(workOrder.types), site.verificationPolicy,
                       site.closeWithoutLaunch);
}

ClosePolicy::Input ClosePolicy::inputFrom(const WorkOrder &workOrder)
{
    Input input;
    input.status = workOrder.status;
    input.createdInDeepomatic = workOrder.isCreatedInDeepomatic();
    input.openedHere = workOrder.wasOpenedHere();
    if (workOrder.lastProgress.isValid()) {
        if (workOrder.lastProgress.verified)
            input.verified = workOrder.lastProgress;
        else
            input.claimed = workOrder.lastProgress;
    }
    return input;
}

CloseDecision ClosePolicy::decide(const Input &input) const
{
    CloseDecision d;
    if (isClosedStatus(input.status)) {
        d.reason = tr("This intervention is already closed.");
        return d;
    }
    if (!input.createdInDeepomatic) {
        d.reason = tr("This work order does not exist in Deepomatic yet. Create it before the "
                      "intervention.");
        return d;
    }
    if (input.verificationPending) {
        d.reason = tr("Checking the progress with Deepomatic…");
        return d;
    }

    const bool haveVerified = input.verified.isValid() && input.verified.verified;
    const bool claimNewer =
        input.claimed.isValid() && (!haveVerified || input.claimed.time > input.verified.time);

    if (!input.verificationError.isEmpty() && claimNewer) {
        // The API could not confirm the latest callback: the site policy decides.
        if (m_policy == SiteProfile::VerificationPolicy::AllowUnverified
            && input.claimed.value >= m_threshold) {
            d.allowed = true;
            d.unverified = true;
            d.canRefresh = true;
            d.reason = tr("Progress %1 % could not be verified (%2). The closure will be marked "
                          "unverified and checked later.")
                           .arg(input.claimed.value)
                           .arg(input.verificationError);
            return d;
        }
        d.canRefresh = true;
        d.canReopen = true;
        d.reason = tr("Progress %1 % could not be verified with Deepomatic: %2. Refresh the "
                      "progress when the network is back.")
                       .arg(input.claimed.value)
                       .arg(input.verificationError);
        return d;
    }

    if (claimNewer || !haveVerified) {
        d.canReopen = true;
        d.canRefresh = true;
        d.reason =
            input.claimed.isValid()
                ? tr("Progress %1 % has not been verified yet. Refresh the progress.")
                      .arg(input.claimed.value)
                : tr("No progress yet. Open the work order in Deepomatic and take the expected "
                     "photos.");
        return d;
    }

    const int progress = input.verified.value;
    if (progress >= m_threshold && !input.openedHere) {
        // Someone reached it in Deepomatic without this device: the site decides.
        d.canRefresh = true;
        if (!m_closeWithoutLaunch) {
            d.canReopen = true;
            d.reason = tr("Deepomatic reports %1 %, read by a progress refresh, but this work "
                          "order was never opened on this device. This site requires opening "
                          "it in Deepomatic before closing.")
                           .arg(progress);
            return d;
        }
        d.allowed = true;
        d.reason = tr("Progress %1 %, verified by a progress refresh: the photos were taken in "
                      "Deepomatic without this device. The intervention can be closed.")
                       .arg(progress);
        return d;
    }
    if (progress >= m_threshold) {
        d.allowed = true;
        d.canRefresh = true;
        d.reason = tr("Progress %1 %, verified. The intervention can be closed.").arg(progress);
        return d;
    }
    d.canReopen = true;
    d.canRefresh = true;
    d.reason = tr("Progress %1 %. At least %2 % is required. Reopen Deepomatic to take the "
                  "missing photos.")
                   .arg(progress)
                   .arg(m_threshold);
    return d;
}

QString ClosePolicy::overrideProblem(bool overrideEnabled, const QString &reason)
{
    if (!overrideEnabled)
        return tr("Supervisor override is not enabled for this site.");
    if (reason.trimmed().size() < MinimumOverrideReason)
        return tr("Give a reason of at least %1 characters for the override.")
            .arg(MinimumOverrideReason);
    return {};
}
