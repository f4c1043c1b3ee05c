#include "demoplanning.h"

#include "systemuser.h"
#include "workorderstore.h"

#include <QJsonArray>

QList<WorkOrder> DemoPlanning::fromSeed(const QList<QJsonObject> &seeded,
                                        const QString &siteProfile, const QDate &firstDay)
{
    QList<WorkOrder> planning;
    int i = 0;
    for (const QJsonObject &remote : seeded) {
        WorkOrder wo;
        wo.name = remote.value(QLatin1String("name")).toString();
        wo.key = wo.name;
        wo.siteProfile = siteProfile;
        // Spread over the coming days, three interventions a day.
        wo.plannedDate = firstDay.addDays(i / 3);
        wo.metadata = remote.value(QLatin1String("metadata")).toObject();
        const QString street = wo.metadata.value(QLatin1String("address")).toString();
        const QString city = wo.metadata.value(QLatin1String("city")).toString();
        wo.address = city.isEmpty() ? street : QStringLiteral("%1, %2").arg(street, city);
        wo.technicianEmail = remote.value(QLatin1String("field_engineer_email")).toString();
        wo.technicianName = remote.value(QLatin1String("field_engineer_name")).toString();
        for (const QJsonValue t : remote.value(QLatin1String("types")).toArray())
            wo.types << t.toString();
        for (const QJsonValue t : remote.value(QLatin1String("tags")).toArray())
            wo.tags << t.toString();
        // The first few stay local only, to show creation in Deepomatic.
        if (i >= 4) {
            wo.deepomaticId = remote.value(QLatin1String("id")).toString();
            wo.status = WorkOrderStatus::Created;
        } else {
            wo.key = wo.name = QStringLiteral("%1-NEW").arg(wo.name);
            wo.status = WorkOrderStatus::Planned;
        }
        if (!wo.key.isEmpty())
            planning << wo;
        ++i;
    }
    return planning;
}

bool DemoPlanning::ensureImported(WorkOrderStore &store, const QList<QJsonObject> &seeded,
                                  const QString &siteProfile, QString *error)
{
    const QList<WorkOrder> planning = fromSeed(seeded, siteProfile, QDate::currentDate());
    QList<WorkOrder> missing;
    for (const WorkOrder &wo : planning) {
        if (!store.find(wo.key))
            missing << wo;
    }
    if (missing.size() < planning.size())
        return true; // imported before: never re-add what the user may have changed
    // Imported on this user's behalf, at their first start.
    const WorkOrderEvent event =
        WorkOrderEvent::of(WorkOrderEvent::Kind::Planned, {}, SystemUser::name(),
                           tr("Imported from the sandbox's demo planning."));
    if (!store.insert(missing, event)) {
        if (error)
            *error = store.lastError();
        return false;
    }
    return true;
}
