#include "closepolicy.h"

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
