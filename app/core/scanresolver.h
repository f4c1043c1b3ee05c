#pragma once

#include "workorder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Which work order a scanned label names. The label holds the work order's reference (its
// local key), its Deepomatic name, or the value of a metadata field the site chose with
// `scan_key` (an equipment or customer number printed on the equipment). Looked up in that
// order: an exact match first, then ignoring case (labels are often printed in capitals).
class ScanResolver
{
    Q_DECLARE_TR_FUNCTIONS(ScanResolver)
public:
    enum class MatchedBy { None, Reference, Name, ScanKey };
    struct Result {
        QString key; // the work order found; empty when none or several
        MatchedBy matchedBy = MatchedBy::None;
        QString error; // for the technician, naming the text that was read
        bool ok() const { return !key.isEmpty(); }
    };

    // `workOrders` need their metadata (WorkOrderStore::Detail::Full) when `scanKey` is set.
    static Result resolve(const QString &scanned, const QList<WorkOrder> &workOrders,
                          const QString &scanKey);
};
