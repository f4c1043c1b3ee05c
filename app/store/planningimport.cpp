#include "planningimport.h"

#include "workorderstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

PlanningImport::Judged PlanningImport::judge(const QString &fileName, const QString &databaseFile,
                                             PlanningFile::Rules rules)
{
    Judged judged;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        judged.readError = tr("Cannot read %1: %2").arg(fileName, file.errorString());
        return judged;
    }
    if (file.size() > PlanningFile::MaxBytes) {
        judged.readError = tr("%1 has %2 bytes; a planning file may have at most %3.")
                               .arg(fileName)
                               .arg(file.size())
                               .arg(PlanningFile::MaxBytes);
        return judged;
    }
    const QByteArray bytes = file.readAll();
    // A file named neither .csv nor .json is JSON when it starts like JSON.
    const PlanningFile::Format format = PlanningFile::formatFor(fileName).value_or(
        bytes.trimmed().startsWith('[') || bytes.trimmed().startsWith('{')
            ? PlanningFile::Format::Json
            : PlanningFile::Format::Csv);
    QString error;
    for (const WorkOrder &wo :
         WorkOrderStore::loadAllFrom(databaseFile, WorkOrderStore::Detail::ListOnly, {}, &error))
        rules.existingKeys.insert(wo.key);
    if (!error.isEmpty()) {
        judged.readError = error;
        return judged;
    }
    judged.parsed = PlanningFile::parse(bytes, format, rules);
    return judged;
}

PlanningImport::Summary PlanningImport::run(WorkOrderStore &store,
                                            const PlanningFile::Parsed &parsed, Mode mode,
                                            const QString &fileName, const QString &user)
{
    Summary summary;
    if (!parsed.isReadable()) {
        summary.skipped = parsed.fileErrors;
        summary.error = tr("Nothing was imported: the file cannot be read as a planning.");
        return summary;
    }
    summary.skipped = parsed.rowErrors;
    if (mode == Mode::AllOrNothing && !parsed.rowErrors.isEmpty()) {
        summary.error = tr("Nothing was imported: %n row(s) have problems, and the import is "
                           "all or nothing.",
                           nullptr, parsed.badRowCount);
        return summary;
    }
    if (parsed.rows.isEmpty()) {
        summary.error = tr("Nothing was imported: no row is good.");
        return summary;
    }

    const QString shownName = QFileInfo(fileName).fileName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<WorkOrder> workOrders;
    QList<WorkOrderEvent> events;
    QHash<QString, int> lineOf;
    workOrders.reserve(parsed.rows.size());
    events.reserve(parsed.rows.size());
    for (const PlanningFile::Row &row : parsed.rows) {
        WorkOrder wo = row.workOrder;
        wo.updated = now;
        WorkOrderEvent event = WorkOrderEvent::of(
            WorkOrderEvent::Kind::Planned, {}, user,
            tr("Imported from the planning file %1, line %2.").arg(shownName).arg(row.line),
            {{QStringLiteral("file"), shownName}, {QStringLiteral("line"), row.line}});
        event.time = now; // one import, one time
        lineOf.insert(wo.key, row.line);
        workOrders << wo;
        events << event;
    }

    QStringList existing;
    if (!store.insertNew(workOrders, events, mode == Mode::AllOrNothing, &existing)) {
        summary.error = tr("Nothing was imported: %1").arg(store.lastError());
        return summary;
    }
    // References added since the file was judged (another import, a creation meanwhile).
    for (const QString &key : std::as_const(existing)) {
        summary.skipped << PlanningFile::Issue{
            lineOf.value(key), PlanningFile::Issue::Kind::DuplicateExisting,
            tr("Duplicate reference \"%1\": a work order with this reference already exists "
               "(it is never overwritten).")
                .arg(key),
            QStringLiteral("reference")};
    }
    std::stable_sort(
        summary.skipped.begin(), summary.skipped.end(),
        [](const PlanningFile::Issue &a, const PlanningFile::Issue &b) { return a.line < b.line; });
    if (mode == Mode::AllOrNothing && !existing.isEmpty()) {
        summary.error = tr("Nothing was imported: %n reference(s) already exist, and the import "
                           "is all or nothing.",
                           nullptr, int(existing.size()));
        return summary;
    }
    const QSet<QString> existingKeys(existing.cbegin(), existing.cend());
    for (const WorkOrder &wo : std::as_const(workOrders)) {
        if (!existingKeys.contains(wo.key))
            summary.importedKeys << wo.key;
    }
    return summary;
}
