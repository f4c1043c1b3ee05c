#pragma once

#include "planningfile.h"
#include "planningimport.h"

#include <QObject>
#include <QStringList>

class WorkOrderStore;

// Imports a planning file for the site in use: judges it on a worker thread (a large file never
// freezes the window), then, once someone chose how, writes it in one transaction. The window's
// "Import planning…" and the headless --import drive the same object.
class PlanningImporter : public QObject
{
    Q_OBJECT
public:
    explicit PlanningImporter(WorkOrderStore *store, QObject *parent = nullptr);

    void setSiteProfile(const QString &siteProfile) { m_siteProfile = siteProfile; }
    // The site's work order types; none means the site does not say and types are not checked.
    void setKnownTypes(const QStringList &types) { m_knownTypes = types; }
    void setUserName(const QString &user) { m_user = user; }

    // Reads and checks `fileName`; judged() follows. Ignored while an import is under way.
    void judge(const QString &fileName);
    // Writes what judge() found, in `mode`; imported() follows. Ends the import.
    PlanningImport::Summary import(const QString &fileName, const PlanningFile::Parsed &parsed,
                                   PlanningImport::Mode mode);
    // The person chose not to import what judge() found.
    void cancel() { setBusy(false); }
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    void judged(const QString &fileName, const PlanningImport::Judged &judged);
    void imported(const PlanningImport::Summary &summary);

private:
    void setBusy(bool busy);

    WorkOrderStore *m_store;
    QString m_siteProfile;
    QStringList m_knownTypes;
    QString m_user;
    bool m_busy = false;
};
