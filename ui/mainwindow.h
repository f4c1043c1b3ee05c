#pragma once

#include "workorderrows.h"

#include "siteprofile.h"
#include "workorder.h"

#include <QFuture>
#include <QMainWindow>

class ConnectorSession;
class QDialog;
class ConnectorView;
class EnvironmentBadge;
class QAction;
class InterventionController;
class PlanningImportFlow;
class ProgressRefresher;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class ThumbnailLoader;
class WorkOrderDetailsPane;
class WorkOrderFilterModel;
class WorkOrderStore;
class WorkOrderTableModel;

// The work order list with its details pane, and the embedded Deepomatic page in place of
// both while it is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(WorkOrderStore *store, InterventionController *controller, ConnectorSession *session,
               QWidget *parent = nullptr);

    // Reads the work orders from the store into the list.
    void reload();
    // Where the details pane loads photo thumbnails from (none: no thumbnails).
    void setThumbnailLoader(ThumbnailLoader *loader);
    // The same, with the database read on a worker thread: the window is usable (and says it
    // is loading) while thousands of rows are read. workOrdersLoaded() follows.
    void reloadInBackground();
    // Shows the rows of a load already under way (started before the window, at start-up;
    // see WorkOrderListLoader).
    void showWhenLoaded(QFuture<WorkOrderRows> workOrders);
    void selectWorkOrder(const QString &key);
    QString selectedKey() const;

    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    WorkOrderDetailsPane *detailsPane() const { return m_details; }
    ConnectorView *connectorView() const { return m_connector; }
    WorkOrderTableModel *workOrderModel() const { return m_model; }
    WorkOrderFilterModel *filterModel() const { return m_filter; }
    // Dispatcher tools: "Import planning…" and "Refresh progress" for many work orders.
    PlanningImportFlow *planningImport() const { return m_planningImport; }
    ProgressRefresher *progressRefresher() const { return m_refresher; }
    QAction *importPlanningAction() const { return m_importPlanningAction; }
    QAction *refreshProgressAction() const { return m_refreshProgressAction; }
    // The site's work order types, against which planning files are judged.
    void setKnownWorkOrderTypes(const QStringList &types);
    // The selected work orders when several are, otherwise every one created in Deepomatic.
    QStringList progressRefreshKeys() const;
    EnvironmentBadge *environmentBadge() const { return m_badge; }
    QAction *settingsAction() const { return m_settingsAction; }
    QLabel *offlineBanner() const { return m_offlineBanner; }
    QLabel *pendingBadge() const { return m_pendingBadge; }
    QPushButton *batchCreateButton() const { return m_batchCreate; }
    // "Create in Deepomatic" for the selected work orders, or every planned one when none is
    // selected: opens the batch progress dialog (non-modal) and returns it.
    QDialog *createSelectedInDeepomatic();
    bool isConnectorShown() const;
    void showConnector();
    void showWorkOrders();
    // Asks, in words, whether to sign out of Deepomatic on this device, then does it.
    void signOutOfDeepomatic();
    // Signs out at once (no question): the site's web profile forgets its sign-in, and the
    // connector page no longer shows anything of the signed-in session.
    void signOutNow();
    QAction *signOutAction() const { return m_signOutAction; }

signals:
    void workOrdersLoaded(int count);
    // The user asked for the site profiles and token settings.
    void settingsRequested();

private:
    // At start-up the rows are painted before the first one's details are filled in.
    enum class SelectFirst { Now, AfterPaint };
    void showWorkOrdersLoaded(WorkOrderRows rows, SelectFirst select);
    void refreshDetails();
    void onWorkOrderChanged(const WorkOrder &workOrder);
    void openSelected(const QString &key);
    void closeSelected(const QString &key);
    void overrideSelected(const QString &key);
    void linkSelected(const QString &key);
    void createAgainSelected(const QString &key);
    void previewSelected(const QString &key);
    void setUpDispatcherTools();
    void updateSiteLabel();
    void onSiteChanged(const SiteProfile &site);
    void loadResults(const WorkOrder &workOrder);
    void updateOutboxState();
    void updateConnectivity();

    WorkOrderStore *m_store;
    InterventionController *m_controller;
    ConnectorSession *m_session;
    WorkOrderTableModel *m_model;
    WorkOrderFilterModel *m_filter;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    WorkOrderDetailsPane *m_details;
    ConnectorView *m_connector;
    QLabel *m_siteLabel;
    EnvironmentBadge *m_badge;
    QAction *m_settingsAction;
    QLabel *m_countLabel;
    QString m_resultsKey; // the work order whose results the pane shows
    QAction *m_signOutAction = nullptr;
    PlanningImportFlow *m_planningImport = nullptr;
    ProgressRefresher *m_refresher = nullptr;
    QAction *m_importPlanningAction = nullptr;
    QAction *m_refreshProgressAction = nullptr;
    QLabel *m_offlineBanner;
    QLabel *m_pendingBadge;
    QPushButton *m_batchCreate;
};
