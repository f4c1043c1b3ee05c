#pragma once

#include "planningfile.h"
#include "planningimport.h"
#include "planningimportdialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;
class WorkOrderStore;

// "Import planning…": choose a file, read and judge it on a worker thread (a large file never
// freezes the window), show every problem in PlanningImportDialog, import in the mode the user
// chose, in one transaction, then show what was imported and what was skipped.
class PlanningImportFlow : public QObject
{
    Q_OBJECT
public:
    PlanningImportFlow(WorkOrderStore *store, QWidget *window);

    void setSiteProfile(const QString &siteProfile) { m_siteProfile = siteProfile; }
    // The site's work order types; none means the site does not say and types are not checked.
    void setKnownTypes(const QStringList &types) { m_knownTypes = types; }
    void setUserName(const QString &user) { m_user = user; }

    void chooseFile();
    void importFile(const QString &fileName);
    bool isBusy() const { return m_busy; }
    PlanningImportDialog *dialog() const { return m_dialog; }
    QMessageBox *summaryBox() const { return m_summaryBox; }

signals:
    void busyChanged(bool busy);
    void fileJudged(PlanningImportDialog *dialog); // the dialog is open
    void importFinished(const PlanningImport::Summary &summary);
    void workOrdersImported(const QStringList &keys);

private:
    struct Judged {
        QString readError;
        PlanningFile::Parsed parsed;
    };
    static Judged judge(const QString &fileName, const QString &databaseFile,
                        PlanningFile::Rules rules);
    void showJudged(const QString &fileName, const Judged &judged);
    void runImport(const QString &fileName, const PlanningFile::Parsed &parsed,
                   PlanningImport::Mode mode);
    void setBusy(bool busy);

    WorkOrderStore *m_store;
    QWidget *m_window;
    QString m_siteProfile;
    QStringList m_knownTypes;
    QString m_user;
    bool m_busy = false;
    QPointer<PlanningImportDialog> m_dialog;
    QPointer<QMessageBox> m_summaryBox;
};
