#pragma once

#include "closedecision.h"
#include "siteprofile.h"
#include "workorder.h"

#include <QCoreApplication>

// The closing rule, in one place: the button is enabled only when the progress verified with
// Deepomatic reaches the threshold, and when it is not, the decision says why in words.
class ClosePolicy
{
    Q_DECLARE_TR_FUNCTIONS(ClosePolicy)
public:
    struct Input {
        WorkOrderStatus status = WorkOrderStatus::Planned;
        bool createdInDeepomatic = false;
        ProgressReading claimed; // last value from a callback, if any
        ProgressReading verified; // last value read from the API, if any
        bool verificationPending = false; // a GET is under way
        QString verificationError; // last verification failure, empty when none
        // Opened in Deepomatic from this device (a launch of the intervention flow); a
        // verified progress of a work order never opened here came from a refresh.
        bool openedHere = false;
    };

    ClosePolicy() = default;
    ClosePolicy(int threshold, SiteProfile::VerificationPolicy policy,
                bool closeWithoutLaunch = true)
        : m_threshold(threshold)
        , m_policy(policy)
        , m_closeWithoutLaunch(closeWithoutLaunch)
    { }
    // The site's rule for this work order: its types' threshold, the site's policies.
    static ClosePolicy forWorkOrder(const SiteProfile &site, const WorkOrder &workOrder);
    // What decide() needs from a stored work order; what is under way (a pending GET, the
    // last failure) is the caller's to add.
    static Input inputFrom(const WorkOrder &workOrder);

    int threshold() const { return m_threshold; }
    SiteProfile::VerificationPolicy verificationPolicy() const { return m_policy; }

    CloseDecision decide(const Input &input) const;

    static constexpr int MinimumOverrideReason = 10;
    // Why a supervisor override may not be recorded, or empty when it may.
    static QString overrideProblem(bool overrideEnabled, const QString &reason);

private:
    int m_threshold = 100;
    SiteProfile::VerificationPolicy m_policy = SiteProfile::VerificationPolicy::Block;
    bool m_closeWithoutLaunch = true;
};
