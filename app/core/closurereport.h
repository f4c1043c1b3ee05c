#pragma once

#include "workorder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The JSON report a closure sends to the site's back office, built with no I/O.
// `report_id` is fixed when the closure is recorded: a report sent again after a lost answer
// carries the same id, so the back office can recognise the repeat.
struct ClosureReport {
    enum class Kind { Verified, Unverified, Override };

    QString reportId;
    Kind kind = Kind::Verified;
    WorkOrder workOrder; // as closed
    QDateTime closedAt;
    QString user;
    int threshold = 100;
    QString overrideReason; // Kind::Override
    QDateTime openedAt; // first connector launch, when known

    QJsonObject toJson() const;
    static QString kindKey(Kind kind);
};
