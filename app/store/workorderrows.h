#pragma once

#include "workorder.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The work order list as read for the table: the rows and, for each, the text the filter
// matches against (built where the rows are read, off the UI thread). The text is case-folded
// UTF-8: half the memory of UTF-16, and a byte search over it (memchr-driven) is about twice as
// fast as QString::contains; UTF-8 matches a substring exactly where the code points do.
struct WorkOrderRows {
    QList<WorkOrder> workOrders;
    QList<QByteArray> searchTexts;
};
