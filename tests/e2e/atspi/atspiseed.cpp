// Fills a FieldConnect data directory's database for the AT-SPI test (run.sh): work orders of the
// built-in sandbox whose Close intervention is blocked (45 % verified, 80 % wanted) and allowed
// (100 % verified after an intervention on this device), beside the demo planning the app adds
// at its first start.
//   atspi-seed <data-dir>

#include "sandboxserver.h"
#include "workorderstore.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {
WorkOrder make(const QString &key, WorkOrderStatus status, int progress, const QString &remoteId)
{
    WorkOrder wo;
    wo.key = wo.name = key;
    wo.siteProfile = QString::fromLatin1(SandboxServer::ProfileId);
    wo.status = status;
    wo.plannedDate = QDate::currentDate();
    wo.address = QStringLiteral("1 place Bellecour, Lyon");
    wo.technicianName = QStringLiteral("Léa Dubois");
    wo.deepomaticId = remoteId;
    wo.lastProgress = ProgressReading::fromApi(progress, QDateTime::currentDateTimeUtc());
    return wo;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: atspi-seed <data-dir>\n");
        return 2;
    }
    const QString dataDir = args.at(1);
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "cannot make %s\n", qPrintable(dataDir));
        return 1;
    }
    // The sandbox's own work order ids: the app's built-in sandbox knows them.
    const SandboxServer sandbox;
    const QStringList ids = sandbox.workOrderIds();
    if (ids.isEmpty()) {
        std::fprintf(stderr, "the sandbox seed has no work order\n");
        return 1;
    }
    WorkOrderStore store;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite")))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    WorkOrderEvent planned;
    planned.kind = QStringLiteral("planned");
    planned.reason = QStringLiteral("Planned by the AT-SPI test.");
    if (!store.insert({make(QStringLiteral("WO-A11Y-BLOCKED"), WorkOrderStatus::Blocked, 45,
                            ids.constFirst()),
                       make(QStringLiteral("WO-A11Y-READY"), WorkOrderStatus::ReadyToClose, 100,
                            ids.constFirst())},
                      planned)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    return 0;
}
