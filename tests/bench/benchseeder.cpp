#include "benchseeder.h"

#include "workorder.h"
#include "workorderevent.h"
#include "workorderstore.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace {
const char *const kFirstNames[] = {"Camille", "Léa",   "Hugo",   "Nora",  "Louis", "Inès",
                                   "Jules",   "Sofia", "Mathis", "Chloé", "Yanis", "Manon",
                                   "Karim",   "Zoé",   "Théo",   "Aïcha", "Lucas", "Emma"};
const char *const kLastNames[] = {"Martin",  "Bernard", "Dubois",  "Thomas", "Robert",
                                  "Richard", "Petit",   "Durand",  "Leroy",  "Moreau",
                                  "Simon",   "Laurent", "Lefèvre", "Michel", "Garcia"};
const char *const kStreets[] = {
    "rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue du Moulin",
    "chemin des Vignes",    "place de la Gare",   "allée des Tilleuls",    "rue Pasteur",
    "route de Lyon",        "impasse des Lilas"};
const char *const kCities[] = {"Lyon",    "Villeurbanne", "Grenoble", "Saint-Étienne",   "Annecy",
                               "Valence", "Chambéry",     "Mâcon",    "Bourg-en-Bresse", "Vienne"};
const char *const kTypes[] = {"fiber-installation", "pm-maintenance", "meter-reading",
                              "cabinet-inspection", "cable-labelling"};
const char *const kTags[] = {"urgent", "b2b", "night", "reschedule", "key-required", "ladder"};

template<std::size_t N>
QString pick(QRandomGenerator &random, const char *const (&values)[N])
{
    return QString::fromUtf8(values[random.bounded(int(N))]);
}

WorkOrderStatus pickStatus(QRandomGenerator &random)
{
    // Most of a planning is still ahead; a third is done or under way.
    const int roll = random.bounded(100);
    if (roll < 40)
        return WorkOrderStatus::Planned;
    if (roll < 62)
        return WorkOrderStatus::Created;
    if (roll < 70)
        return WorkOrderStatus::InProgress;
    if (roll < 78)
        return WorkOrderStatus::ReadyToClose;
    if (roll < 83)
        return WorkOrderStatus::Blocked;
    if (roll < 98)
        return WorkOrderStatus::Closed;
    return WorkOrderStatus::ClosedOverride;
}
} // namespace

bool BenchSeeder::seed(const QString &databaseFile, int count, QString *error)
{
    WorkOrderStore store;
    if (!store.open(databaseFile)) {
        *error = store.lastError();
        return false;
    }
    QRandomGenerator random(20240611);
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<WorkOrder> workOrders;
    workOrders.reserve(count);
    for (int i = 0; i < count; ++i) {
        WorkOrder wo;
        wo.key = wo.name =
            QStringLiteral("FC-%1-%2").arg(today.year()).arg(i + 1, 6, 10, QLatin1Char('0'));
        wo.siteProfile = QStringLiteral("sandbox");
        wo.plannedDate = today.addDays(random.bounded(-120, 120));
        const QString first = pick(random, kFirstNames);
        const QString last = pick(random, kLastNames);
        wo.technicianName = first + u' ' + last;
        wo.technicianEmail =
            QStringLiteral("%1.%2@fieldconnect.example").arg(first.toLower(), last.toLower());
        wo.address = QStringLiteral("%1 %2, %3")
                         .arg(random.bounded(1, 240))
                         .arg(pick(random, kStreets), pick(random, kCities));
        wo.types << pick(random, kTypes);
        if (random.bounded(4) == 0)
            wo.types << pick(random, kTypes);
        if (random.bounded(3) == 0)
            wo.tags << pick(random, kTags);
        wo.metadata = QJsonObject{
            {QStringLiteral("contract"), QStringLiteral("CT-%1").arg(random.bounded(10000, 99999))},
            {QStringLiteral("priority"), random.bounded(1, 4)},
            {QStringLiteral("building"),
             QStringLiteral("Bât. %1").arg(QChar(u'A' + random.bounded(6)))}};
        wo.status = pickStatus(random);
        if (wo.status != WorkOrderStatus::Planned)
            wo.deepomaticId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (wo.status != WorkOrderStatus::Planned && wo.status != WorkOrderStatus::Created) {
            const int value =
                wo.status == WorkOrderStatus::ReadyToClose || wo.status == WorkOrderStatus::Closed
                    ? 100
                    : random.bounded(0, 100);
            const QDateTime when = now.addSecs(-random.bounded(1, 90 * 24 * 3600));
            wo.lastProgress = random.bounded(5) == 0 ? ProgressReading::fromCallback(value, when)
                                                     : ProgressReading::fromApi(value, when);
        }
        wo.updated = now.addSecs(-random.bounded(1, 90 * 24 * 3600));
        workOrders << wo;
    }
    WorkOrderEvent event;
    event.time = now;
    event.user = QStringLiteral("bench");
    event.kind = QStringLiteral("planned");
    event.reason = QStringLiteral("Seeded by fieldconnect-bench.");
    if (!store.insert(workOrders, event)) {
        *error = store.lastError();
        return false;
    }
    return true;
}
