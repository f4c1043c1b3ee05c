#pragma once

#include <QString>

#include <optional>

// The life of a work order. The stored form (key) never changes; the display
// name is translated.
enum class WorkOrderStatus {
    Planned,
    Created,
    InProgress,
    ReadyToClose,
    Blocked,
    Closed,
    ClosedOverride,
};

QString workOrderStatusKey(WorkOrderStatus status);
std::optional<WorkOrderStatus> workOrderStatusFromKey(const QString &key);
QString workOrderStatusDisplayName(WorkOrderStatus status);
bool isClosedStatus(WorkOrderStatus status);
