#include "workorderevent.h"

#include <QCoreApplication>

namespace {
struct KindText {
    WorkOrderEvent::Kind kind;
    const char *key;
    const char *label;
};

// Keys are stored: never rename one. Labels are translated in the "WorkOrderEvent" context.
constexpr KindText kKinds[] = {
    {WorkOrderEvent::Kind::Planned, "planned", QT_TRANSLATE_NOOP("WorkOrderEvent", "Planned")},
    {WorkOrderEvent::Kind::CreateQueued, "create_queued",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Waiting to be created in Deepomatic")},
    {WorkOrderEvent::Kind::CreateSentAgain, "create_sent_again",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Creation sent again")},
    {WorkOrderEvent::Kind::CreatedInDeepomatic, "created_in_deepomatic",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Created in Deepomatic")},
    {WorkOrderEvent::Kind::LinkedInDeepomatic, "linked_in_deepomatic",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Linked to a work order in Deepomatic")},
    {WorkOrderEvent::Kind::CreateFailed, "create_failed",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Creation failed")},
    {WorkOrderEvent::Kind::CreateInDoubt, "create_in_doubt",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Creation in doubt")},
    {WorkOrderEvent::Kind::RequestCancelled, "request_cancelled",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Request cancelled")},
    {WorkOrderEvent::Kind::RequestSentAgain, "request_sent_again",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Request sent again")},
    {WorkOrderEvent::Kind::RequestDiscarded, "request_discarded",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Request discarded")},
    {WorkOrderEvent::Kind::ConnectorOpened, "connector_opened",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Opened in Deepomatic")},
    {WorkOrderEvent::Kind::CallbackAccepted, "callback_accepted",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Callback received")},
    {WorkOrderEvent::Kind::CallbackRejected, "callback_rejected",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Callback rejected")},
    {WorkOrderEvent::Kind::ProgressVerified, "progress_verified",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Progress verified")},
    {WorkOrderEvent::Kind::VerificationFailed, "verification_failed",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Verification failed")},
    {WorkOrderEvent::Kind::NeedsReview, "needs_review",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Needs review")},
    {WorkOrderEvent::Kind::ClosureVerified, "closure_verified",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Closure verified")},
    {WorkOrderEvent::Kind::ClosureReportSent, "closure_report_sent",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Closure report sent")},
    {WorkOrderEvent::Kind::ClosureReportFailed, "closure_report_failed",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Closure report refused")},
    {WorkOrderEvent::Kind::Closed, "closed", QT_TRANSLATE_NOOP("WorkOrderEvent", "Closed")},
    {WorkOrderEvent::Kind::ClosedOverride, "closed_override",
     QT_TRANSLATE_NOOP("WorkOrderEvent", "Closed by supervisor override")},
};

const KindText *find(WorkOrderEvent::Kind kind)
{
    for (const KindText &k : kKinds) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}
} // namespace

WorkOrderEvent WorkOrderEvent::of(Kind kind, const QString &workOrderKey, const QString &user,
                                  const QString &reason, const QJsonObject &data)
{
    WorkOrderEvent e;
    e.workOrderKey = workOrderKey;
    e.time = QDateTime::currentDateTimeUtc();
    e.user = user;
    e.kind = key(kind);
    e.reason = reason;
    e.data = data;
    return e;
}

QList<WorkOrderEvent::Kind> WorkOrderEvent::allKinds()
{
    QList<Kind> kinds;
    for (const KindText &k : kKinds)
        kinds << k.kind;
    return kinds;
}

QString WorkOrderEvent::key(Kind kind)
{
    const KindText *k = find(kind);
    return k ? QString::fromLatin1(k->key) : QString();
}

std::optional<WorkOrderEvent::Kind> WorkOrderEvent::kindFromKey(const QString &key)
{
    for (const KindText &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString WorkOrderEvent::label(Kind kind)
{
    const KindText *k = find(kind);
    return k ? QCoreApplication::translate("WorkOrderEvent", k->label) : QString();
}

QString WorkOrderEvent::labelOf(const QString &key)
{
    const std::optional<Kind> kind = kindFromKey(key);
    return kind ? label(*kind) : key;
}
