#include "planningimportflow.h"

#include "planningimportdialog.h"
#include "workorderstore.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcPlanning, "fieldconnect.planning")

PlanningImportFlow::PlanningImportFlow(WorkOrderStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{ }

void PlanningImportFlow::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void PlanningImportFlow::chooseFile()
{
    if (m_busy)
        return;
    const QString fileName = QFileDialog::getOpenFileName(
        m_window, tr("Import planning"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Planning files (*.csv *.json);;CSV (*.csv);;JSON (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        importFile(fileName);
}

PlanningImportFlow::Judged PlanningImportFlow::judge(const QString &fileName,
                                                     const QString &databaseFile,
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
    // Every existing reference, read on this thread through its own connection.
    QString error;
    for (const WorkOrder &wo :
         WorkOrderStore::loadAllFrom(databaseFile, WorkOrderStore::Detail::ListOnly, &error))
        rules.existingKeys.insert(wo.key);
    if (!error.isEmpty()) {
        judged.readError = error;
        return judged;
    }
    judged.parsed = PlanningFile::parse(bytes, format, rules);
    return judged;
}

void PlanningImportFlow::importFile(const QString &fileName)
{
    if (m_busy)
        return;
    setBusy(true);
    PlanningFile::Rules rules;
    rules.siteProfile = m_siteProfile;
    rules.knownTypes = QSet<QString>(m_knownTypes.cbegin(), m_knownTypes.cend());
    auto *watcher = new QFutureWatcher<Judged>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName] {
        watcher->deleteLater();
        showJudged(fileName, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&PlanningImportFlow::judge, fileName, m_store->fileName(), rules));
}

void PlanningImportFlow::showJudged(const QString &fileName, const Judged &judged)
{
    if (!judged.readError.isEmpty()) {
        setBusy(false);
        qCWarning(lcPlanning).noquote() << judged.readError;
        m_summaryBox = new QMessageBox(QMessageBox::Warning, tr("Import planning"),
                                       judged.readError, QMessageBox::Ok, m_window);
        m_summaryBox->setAttribute(Qt::WA_DeleteOnClose);
        m_summaryBox->open();
        return;
    }
    qCInfo(lcPlanning).noquote() << QFileInfo(fileName).fileName() << ":" << judged.parsed.rowCount
                                 << "rows," << judged.parsed.rows.size() << "good,"
                                 << judged.parsed.fileErrors.size() << "file errors";
    m_dialog = new PlanningImportDialog(fileName, judged.parsed, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const PlanningFile::Parsed parsed = judged.parsed;
    PlanningImportDialog *dialog = m_dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, fileName, parsed](int result) {
        if (result == QDialog::Accepted)
            runImport(fileName, parsed, dialog->mode());
        else
            setBusy(false);
    });
    m_dialog->open();
    emit fileJudged(m_dialog);
}

void PlanningImportFlow::runImport(const QString &fileName, const PlanningFile::Parsed &parsed,
                                   PlanningImport::Mode mode)
{
    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, mode, fileName, m_user);
    setBusy(false);
    const QString shown = QFileInfo(fileName).fileName();
    QString text;
    if (!summary.error.isEmpty())
        text = summary.error;
    else if (summary.skipped.isEmpty())
        text = tr("%n work order(s) imported from %1.", nullptr, summary.imported()).arg(shown);
    else
        text = tr("%n work order(s) imported from %1.", nullptr, summary.imported()).arg(shown)
               + u'\n'
               + tr("%n row(s) skipped; see the details.", nullptr, int(summary.skipped.size()));
    qCInfo(lcPlanning).noquote() << shown << ":" << summary.imported() << "imported,"
                                 << summary.skipped.size() << "skipped";
    m_summaryBox = new QMessageBox(
        summary.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
        summary.error.isEmpty() ? tr("Planning imported") : tr("Planning not imported"), text,
        QMessageBox::Ok, m_window);
    m_summaryBox->setObjectName(QStringLiteral("importSummaryBox"));
    m_summaryBox->setAttribute(Qt::WA_DeleteOnClose);
    QStringList details;
    for (const PlanningFile::Issue &issue : summary.skipped)
        details << issue.toString();
    if (!summary.importedKeys.isEmpty() && summary.importedKeys.size() <= 100)
        details << QString()
                << tr("Imported: %1").arg(summary.importedKeys.join(QStringLiteral(", ")));
    m_summaryBox->setDetailedText(details.join(u'\n').trimmed());
    m_summaryBox->open();
    emit importFinished(summary);
    if (!summary.importedKeys.isEmpty())
        emit workOrdersImported(summary.importedKeys);
}
