#include "planningimporter.h"

#include "workorderstore.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcPlanning, "fieldconnect.planning")

PlanningImporter::PlanningImporter(WorkOrderStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void PlanningImporter::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void PlanningImporter::judge(const QString &fileName)
{
    if (m_busy)
        return;
    setBusy(true);
    PlanningFile::Rules rules;
    rules.siteProfile = m_siteProfile;
    rules.knownTypes = QSet<QString>(m_knownTypes.cbegin(), m_knownTypes.cend());
    auto *watcher = new QFutureWatcher<PlanningImport::Judged>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName] {
        watcher->deleteLater();
        const PlanningImport::Judged judged = watcher->result();
        if (!judged.readError.isEmpty()) {
            qCWarning(lcPlanning).noquote() << judged.readError;
            setBusy(false);
        } else {
            qCInfo(lcPlanning).noquote()
                << QFileInfo(fileName).fileName() << ":" << judged.parsed.rowCount << "rows,"
                << judged.parsed.rows.size() << "good," << judged.parsed.fileErrors.size()
                << "file errors";
        }
        emit this->judged(fileName, judged);
    });
    watcher->setFuture(
        QtConcurrent::run(&PlanningImport::judge, fileName, m_store->fileName(), rules));
}

PlanningImport::Summary PlanningImporter::import(const QString &fileName,
                                                 const PlanningFile::Parsed &parsed,
                                                 PlanningImport::Mode mode)
{
    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, mode, fileName, m_user);
    setBusy(false);
    qCInfo(lcPlanning).noquote() << QFileInfo(fileName).fileName() << ":" << summary.imported()
                                 << "imported," << summary.skipped.size() << "skipped";
    emit imported(summary);
    return summary;
}
