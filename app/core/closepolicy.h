#pragma once

#include "closedecision.h"
#include "siteprofile.h"
#include "workorder.h"

#include <QCoreApplication>

// The closing rule of SPEC §5, in one place: the button is enabled only when the verified
// progress reaches the threshold, and when it is not, the decision says why in words.
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
    };

    ClosePolicy() = default;
    ClosePolicy(int threshold, SiteProfile::VerificationPolicy policy)
        : m_threshold(threshold)
        , m_policy(policy)
    { }

    int threshold() const { return m_threshold; }
    SiteProfile::VerificationPolicy verificationPolicy() const { return m_policy; }

    CloseDecision decide(const Input &input) const;

    static constexpr int MinimumOverrideReason = 10;
    // Why a supervisor override may not be recorded, or empty when it may.
    static QString overrideProblem(bool overrideEnabled, const QString &reason);

private:
    int m_threshold = 100;
    SiteProfile::VerificationPolicy m_policy = SiteProfile::VerificationPolicy::Block;
};
