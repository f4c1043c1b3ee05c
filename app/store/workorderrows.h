#pragma once

#include "workorder.h"

#include <QList>
#include <QString>

// The work order list as read for the table: the rows and, for each, the text the filter
// matches against (built where the rows are read, off the UI thread).
struct WorkOrderRows {
    QList<WorkOrder> workOrders;
    QList<QString> searchTexts;
};
