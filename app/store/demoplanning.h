#pragma once

#include "workorder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class WorkOrderStore;

// The demo's planning: local work orders for the sandbox's seeded Deepomatic work orders, plus
// a few planned ones not yet created there, so every step of the flow can be tried.
class DemoPlanning
{
    Q_DECLARE_TR_FUNCTIONS(DemoPlanning)
public:
    static QList<WorkOrder> fromSeed(const QList<QJsonObject> &seeded, const QString &siteProfile,
                                     const QDate &firstDay);
    // Imports the demo planning once (when none of it is in the store yet).
    static bool ensureImported(WorkOrderStore &store, const QList<QJsonObject> &seeded,
                               const QString &siteProfile, QString *error);
};
