#include "workorderstatus.h"

#include <QCoreApplication>

namespace {
struct StatusName {
    WorkOrderStatus status;
    const char *key;
    const char *display;
};

constexpr StatusName kStatuses[] = {
    {WorkOrderStatus::Planned, "planned", QT_TRANSLATE_NOOP("WorkOrderStatus", "Planned")},
    {WorkOrderStatus::Created, "created", QT_TRANSLATE_NOOP("WorkOrderStatus", "Created")},
    {WorkOrderStatus::InProgress, "in_progress",
     QT_TRANSLATE_NOOP("WorkOrderStatus", "In progress")},
    {WorkOrderStatus::ReadyToClose, "ready_to_close",
     QT_TRANSLATE_NOOP("WorkOrderStatus", "Ready to close")},
    {WorkOrderStatus::Blocked, "blocked", QT_TRANSLATE_NOOP("WorkOrderStatus", "Blocked")},
    {WorkOrderStatus::Closed, "closed", QT_TRANSLATE_NOOP("WorkOrderStatus", "Closed")},
    {WorkOrderStatus::ClosedOverride, "closed_override",
     QT_TRANSLATE_NOOP("WorkOrderStatus", "Closed (override)")},
};
} // namespace

QString workOrderStatusKey(WorkOrderStatus status)
{
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<WorkOrderStatus> workOrderStatusFromKey(const QString &key)
{
    for (const auto &s : kStatuses) {
        if (key == QLatin1String(s.key))
            return s.status;
    }
    return std::nullopt;
}

QString workOrderStatusDisplayName(WorkOrderStatus status)
{
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QCoreApplication::translate("WorkOrderStatus", s.display);
    }
    return {};
}

bool isClosedStatus(WorkOrderStatus status)
{
    return status == WorkOrderStatus::Closed || status == WorkOrderStatus::ClosedOverride;
}
