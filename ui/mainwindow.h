#pragma once

#include "workorderrows.h"

#include "planningimport.h"
#include "siteprofile.h"
#include "workorder.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>

class Connectivity;
class ConnectorSession;
class ConnectorView;
class EnvironmentBadge;
class InterventionController;
class KioskLock;
class OutboxRunner;
class PhotoChooser;
class PlanningImportDialog;
class PlanningImporter;
class PinPadDialog;
class ProgressRefresher;
class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QToolButton;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class ThumbnailLoader;
class WorkOrderDetailsPane;
class WorkOrderFilterModel;
class WorkOrderStore;
class WorkOrderScanner;
class WorkOrderTableModel;

// The work order list with its details pane, and the embedded Deepomatic page in place of
// both while it is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the window shows and drives; none is owned, all outlive the window.
    struct Flows {
        WorkOrderStore *store = nullptr;
        InterventionController *intervention = nullptr;
        ConnectorSession *session = nullptr;
        OutboxRunner *outbox = nullptr;
        Connectivity *connectivity = nullptr; // null: always online
        PlanningImporter *planning = nullptr;
        ProgressRefresher *refresher = nullptr;
    };

    explicit MainWindow(const Flows &flows, QWidget *parent = nullptr);

    // Reads the work orders from the store into the list.
    void reload();
    // Where the details pane loads photo thumbnails from (none: no thumbnails).
    void setThumbnailLoader(ThumbnailLoader *loader);
    // Where the list/details split and the column widths are kept across starts (not owned;
    // outlives the window): restores them, then saves every change the user makes.
    void restoreLayout(QSettings *settings);
    QSplitter *splitter() const { return m_splitter; }
    // The application menu: every menu of the menu bar, finger-sized.
    QToolButton *menuButton() const { return m_menuButton; }
    // The same, with the database read on a worker thread: the window is usable (and says it
    // is loading) while thousands of rows are read. workOrdersLoaded() follows.
    void reloadInBackground();
    // Shows the rows of a load already under way (started before the window, at start-up;
    // see WorkOrderListLoader).
    void showWhenLoaded(QFuture<WorkOrderRows> workOrders);
    void selectWorkOrder(const QString &key);
    QString selectedKey() const;
    // What Enter on a row of the list does: opens the selected work order in Deepomatic when it
    // can be opened, else puts the focus on its first action in the details pane.
    void activateSelected();

    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // Scan, beside the search field: a label's code opens its work order.
    QPushButton *scanButton() const { return m_scan; }
    WorkOrderScanner *scanner() const { return m_scanner; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    WorkOrderDetailsPane *detailsPane() const { return m_details; }
    ConnectorView *connectorView() const { return m_connector; }
    // What the page's "Take photo" opens: the camera, else the file dialog.
    PhotoChooser *photoChooser() const { return m_photos; }
    WorkOrderTableModel *workOrderModel() const { return m_model; }
    WorkOrderFilterModel *filterModel() const { return m_filter; }
    // Dispatcher tools: "Import planning…" and "Refresh progress" for many work orders.
    PlanningImporter *planningImporter() const { return m_planning; }
    ProgressRefresher *progressRefresher() const { return m_refresher; }
    // Judges the planning file, then shows its problems and asks how to import it.
    void importPlanningFile(const QString &fileName);
    // The open "Import planning" dialog, and the message that says what was imported.
    PlanningImportDialog *planningImportDialog() const;
    QMessageBox *importSummaryBox() const;
    QAction *importPlanningAction() const { return m_importPlanningAction; }
    QAction *refreshProgressAction() const { return m_refreshProgressAction; }
    // The keys of the selected work orders.
    QStringList selectedKeys() const;
    EnvironmentBadge *environmentBadge() const { return m_badge; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *displayAction() const { return m_displayAction; }
    QLabel *offlineBanner() const { return m_offlineBanner; }
    QLabel *listTitle() const { return m_listTitle; }
    // The outbox counts; a tap opens the outbox.
    QToolButton *pendingBadge() const { return m_pendingBadge; }
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

    // Kiosk mode (not owned; outlives the window): frameless and, once shown, full screen; the
    // window refuses to close until `lock` is unlocked with the supervisor PIN from "Leave
    // kiosk…" in the Menu button, which then makes it an ordinary window.
    void enterKiosk(KioskLock *lock);
    bool isKiosk() const;
    QAction *leaveKioskAction() const { return m_leaveKioskAction; }
    // The keypad "Leave kiosk…" opened, while it is open.
    PinPadDialog *pinPadDialog() const;

signals:
    void workOrdersLoaded(int count);
    // A planning file was judged and its dialog is open.
    void planningFileJudged(PlanningImportDialog *dialog);
    // The user asked for the site profiles and token settings.
    void settingsRequested();
    // The user asked for the display settings (theme, text size, language).
    void displaySettingsRequested();
    // The Deepomatic page came into view (true) or went out of it (false).
    void connectorShownChanged(bool shown);
    // The supervisor's PIN unlocked the kiosk: the window is an ordinary one again.
    void kioskLeft();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeTable();
    void askToLeaveKiosk();
    // At start-up the rows are painted before the first one's details are filled in.
    enum class SelectFirst { Now, AfterPaint };
    void showWorkOrdersLoaded(WorkOrderRows rows, SelectFirst select);
    void refreshDetails();
    // The details pane for `workOrder`, as announced (not read again).
    void showDetails(const WorkOrder &workOrder);
    void onWorkOrderChanged(const WorkOrder &workOrder);
    void openSelected(const QString &key);
    void closeSelected(const QString &key);
    void overrideSelected(const QString &key);
    void linkSelected(const QString &key);
    void createAgainSelected(const QString &key);
    void previewSelected(const QString &key);
    void setUpDispatcherTools();
    void choosePlanningFile();
    void showPlanningJudged(const QString &fileName, const PlanningImport::Judged &judged);
    void showPlanningImported(const QString &fileName, const PlanningImport::Summary &summary);
    void updateSiteLabel();
    void onSiteChanged(const SiteProfile &site);
    void loadResults(const WorkOrder &workOrder);
    void updateOutboxState();
    void showOutbox();
    void updateConnectivity();

    WorkOrderStore *m_store;
    InterventionController *m_controller;
    ConnectorSession *m_session;
    OutboxRunner *m_runner;
    Connectivity *m_connectivity;
    PlanningImporter *m_planning;
    ProgressRefresher *m_refresher;
    WorkOrderTableModel *m_model;
    WorkOrderFilterModel *m_filter;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLineEdit *m_search;
    QPushButton *m_scan;
    WorkOrderScanner *m_scanner;
    QComboBox *m_statusFilter;
    WorkOrderDetailsPane *m_details;
    ConnectorView *m_connector;
    PhotoChooser *m_photos;
    QLabel *m_siteLabel;
    QLabel *m_listTitle;
    QString m_listSite; // the site profile whose work orders the list shows
    QString m_keptKey; // the current row's, across a reset of the filter
    bool m_restoringCurrent = false;
    bool m_listLoaded = false;
    EnvironmentBadge *m_badge;
    QAction *m_settingsAction;
    QAction *m_displayAction;
    QLabel *m_countLabel;
    QString m_resultsKey; // the work order whose results the pane shows
    QAction *m_signOutAction = nullptr;
    QPointer<PlanningImportDialog> m_importDialog;
    QPointer<QMessageBox> m_summaryBox;
    QAction *m_importPlanningAction = nullptr;
    QAction *m_refreshProgressAction = nullptr;
    QLabel *m_offlineBanner;
    QToolButton *m_pendingBadge;
    QToolButton *m_menuButton;
    QSplitter *m_splitter;
    QSettings *m_layoutSettings = nullptr;
    bool m_savingLayout = false; // the layout's changes are being saved
    QPushButton *m_batchCreate;
    bool m_connectorWasShown = false;
    KioskLock *m_kioskLock = nullptr;
    QAction *m_leaveKioskAction = nullptr;
    PinPadDialog *m_pinPad = nullptr;
};
