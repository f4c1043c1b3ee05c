#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One line of a work order's audit trail. `kind` is a stable machine key (status_changed,
// callback_accepted, callback_rejected, progress_verified, verification_failed, closed, ...);
// `reason` is the human explanation; `data` carries the values that justify it.
struct WorkOrderEvent {
    qint64 id = 0;
    QString workOrderKey;
    QDateTime time;
    QString user;
    QString kind;
    QString fromStatus;
    QString toStatus;
    QString reason;
    QJsonObject data;
};
