#pragma once

#include "progressreading.h"
#include "workorderstatus.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A local work order. `key` is the stable local identity; `name` is what Deepomatic
// sees (by default the local reference).
struct WorkOrder {
    QString key;
    QString name;
    QString siteProfile;
    QDate plannedDate;
    QString address;
    QString technicianName;
    QString technicianEmail;
    QStringList types;
    QJsonObject metadata;
    QStringList tags;
    QString deepomaticId;
    ProgressReading lastProgress;
    WorkOrderStatus status = WorkOrderStatus::Planned;
    QString launchId; // the callback launch currently expected, empty when none
    // Closed with unverified progress, and Deepomatic later reported less than the threshold.
    bool needsReview = false;
    QDateTime updated;

    bool isCreatedInDeepomatic() const { return !deepomaticId.isEmpty(); }
    // Opened in Deepomatic from this device: only the intervention flow moves a work order to
    // these statuses (the launch id itself is single-use, cleared by the return).
    bool wasOpenedHere() const
    {
        return status == WorkOrderStatus::InProgress || status == WorkOrderStatus::ReadyToClose
               || status == WorkOrderStatus::Blocked;
    }
    // What the list's search field matches against: the names, address, technician, types and
    // tags, case-folded.
    QString searchText() const;

    // The JSON body of `POST /v0.2/work-orders/`. Keys without a value are omitted, as the API
    // documentation asks.
    QJsonObject toCreateRequest() const;
};
