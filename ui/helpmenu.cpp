#include "helpmenu.h"

#include "aboutdialog.h"
#include "diagnosticsexport.h"
#include "profileregistry.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

HelpMenu::HelpMenu(DiagnosticsExport *diagnostics, QMainWindow *window)
    : QMenu(tr("&Help"), window)
    , m_diagnostics(diagnostics)
    , m_window(window)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_chooseFile([](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Export diagnostics"), suggested,
                                            tr("Tar archives (*.tar)"));
    })
{
    setObjectName(QStringLiteral("helpMenu"));
    m_about = addAction(tr("About FieldConnect"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    m_openLogs = addAction(tr("Open log folder"));
    m_openLogs->setObjectName(QStringLiteral("openLogFolderAction"));
    m_export = addAction(tr("Export diagnostics…"));
    m_export->setObjectName(QStringLiteral("exportDiagnosticsAction"));
    m_export->setToolTip(tr("One archive of the logs, versions and settings for support, with "
                            "every token, password and cookie removed."));
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    connect(m_openLogs, &QAction::triggered, this, &HelpMenu::openLogFolder);
    connect(m_export, &QAction::triggered, this, &HelpMenu::exportDiagnostics);
    window->menuBar()->addMenu(this);

    connect(m_diagnostics, &DiagnosticsExport::finished, this,
            [this](const DiagnosticsExport::Result &result) {
                if (!m_exporting)
                    return;
                m_exporting = false;
                m_export->setEnabled(true);
                const QString file = QDir::toNativeSeparators(result.fileName);
                if (m_resultBox)
                    m_resultBox->deleteLater();
                if (result.ok) {
                    showStatus(tr("Diagnostics saved to %1.").arg(file));
                    m_resultBox = new QMessageBox(
                        QMessageBox::Information, tr("Export diagnostics"),
                        tr("The diagnostics were saved to %1 (%2 files). Tokens, passwords and "
                           "cookies were removed: you can send this file to support.")
                            .arg(file)
                            .arg(result.files.size()),
                        QMessageBox::Ok, m_window);
                } else {
                    showStatus(tr("Diagnostics not saved."));
                    m_resultBox =
                        new QMessageBox(QMessageBox::Warning, tr("Export diagnostics"),
                                        tr("The diagnostics were not saved: %1").arg(result.error),
                                        QMessageBox::Ok, m_window);
                }
                m_resultBox->setObjectName(QStringLiteral("exportResultBox"));
                m_resultBox->setAttribute(Qt::WA_DeleteOnClose);
                m_resultBox->open();
            });
}

AboutDialog *HelpMenu::aboutDialog() const
{
    return m_aboutDialog;
}

QMessageBox *HelpMenu::exportResultBox() const
{
    return m_resultBox;
}

void HelpMenu::showAbout()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        return;
    }
    // Gathered now, not at start-up: the window opens no faster for an About nobody reads.
    AboutDialog::Facts facts;
    facts.versions = SoftwareVersions::collect();
    const DiagnosticsExport::Sources &sources = m_diagnostics->sources();
    facts.dataDir = sources.dataDir;
    facts.logDir = sources.logDir;
    if (sources.registry)
        facts.activeProfile = sources.registry->active().displayName;
    m_aboutDialog = new AboutDialog(facts, m_window);
    m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog->open();
}

void HelpMenu::openLogFolder()
{
    const QString dir = m_diagnostics->sources().logDir;
    QDir().mkpath(dir);
    if (!m_openUrl(QUrl::fromLocalFile(dir)))
        showStatus(
            tr("The log folder could not be opened; it is %1.").arg(QDir::toNativeSeparators(dir)));
}

void HelpMenu::exportDiagnostics()
{
    if (m_exporting)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(DiagnosticsExport::defaultFileName(QDate::currentDate()));
    const QString fileName = m_chooseFile(m_window, suggested);
    if (fileName.isEmpty())
        return;
    if (!m_diagnostics->start(fileName))
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    showStatus(tr("Exporting diagnostics to %1…").arg(QDir::toNativeSeparators(fileName)));
}

void HelpMenu::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, 10000);
}
