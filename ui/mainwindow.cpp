#include "mainwindow.h"

#include "appearance.h"
#include "batchcreation.h"
#include "batchcreationdialog.h"
#include "closeconfirmationdialog.h"
#include "connectivity.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "environmentbadge.h"
#include "interventioncontroller.h"
#include "kiosklock.h"
#include "outboxdialog.h"
#include "outboxrunner.h"
#include "photochooser.h"
#include "pinpaddialog.h"
#include "planningimportdialog.h"
#include "planningimporter.h"
#include "progressbardelegate.h"
#include "progressrefresher.h"
#include "progressrefreshpanel.h"
#include "webprofiles.h"
#include "workorderdetailspane.h"
#include "workorderfiltermodel.h"
#include "workorderlistloader.h"
#include "workorderresultsview.h"
#include "workorderscanner.h"
#include "workorderstore.h"
#include "workordertablemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(const Flows &flows, QWidget *parent)
    : QMainWindow(parent)
    , m_store(flows.store)
    , m_controller(flows.intervention)
    , m_session(flows.session)
    , m_runner(flows.outbox)
    , m_connectivity(flows.connectivity)
    , m_planning(flows.planning)
    , m_refresher(flows.refresher)
    , m_model(new WorkOrderTableModel(this))
    , m_filter(new WorkOrderFilterModel(this))
{
    setWindowTitle(tr("FieldConnect"));
    m_filter->setWorkOrderModel(m_model);

    m_pages = new QStackedWidget(this);
    setCentralWidget(m_pages);

    // Work order list and details.
    auto *splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("listDetailsSplitter"));
    // Explicit minimum widths: the splitter then ignores what the panes' contents would like,
    // so the buttons do not move under the finger when another work order is selected.
    splitter->setChildrenCollapsible(false);
    auto *listPanel = new QWidget(splitter);
    listPanel->setMinimumWidth(360);
    auto *listLayout = new QVBoxLayout(listPanel);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(listPanel);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search work orders, addresses, technicians…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(48);
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);
    // The placeholder is gone once something is typed: a screen reader keeps the field's name.
    m_search->setAccessibleName(tr("Search work orders"));
    m_search->setAccessibleDescription(
        tr("Filters the list by name, address, technician or type as you type."));
    // The clear button is Qt's own icon button, with no text: its only tool button.
    for (QToolButton *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the search"));
    m_statusFilter = new QComboBox(listPanel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setMinimumHeight(48);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setAccessibleDescription(tr("Shows only the work orders with this status."));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (auto status :
         {WorkOrderStatus::Planned, WorkOrderStatus::Created, WorkOrderStatus::InProgress,
          WorkOrderStatus::ReadyToClose, WorkOrderStatus::Blocked, WorkOrderStatus::Closed,
          WorkOrderStatus::ClosedOverride})
        m_statusFilter->addItem(workOrderStatusDisplayName(status), workOrderStatusKey(status));
    filters->addWidget(m_search, 1);
    m_scan = new QPushButton(tr("Scan"), listPanel);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setMinimumSize(48, 48);
    m_scan->setAccessibleName(tr("Scan a label"));
    m_scan->setToolTip(tr("Open a work order by scanning the QR code or barcode on the equipment"));
    filters->addWidget(m_scan);
    filters->addWidget(m_statusFilter);
    m_batchCreate = new QPushButton(tr("Create in Deepomatic…"), listPanel);
    m_batchCreate->setObjectName(QStringLiteral("batchCreateButton"));
    m_batchCreate->setMinimumHeight(48);
    m_batchCreate->setToolTip(tr("Create the selected work orders in Deepomatic, or every "
                                 "planned one when none is selected."));
    filters->addWidget(m_batchCreate);
    // Offline: said once, at the top, while work goes on and waits in the outbox.
    m_offlineBanner = new QLabel(tr("Offline. Your work is kept on this device and sent when "
                                    "the network is back."),
                                 listPanel);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setMinimumHeight(48);
    m_offlineBanner->setStyleSheet(QStringLiteral("padding:8px;font-weight:bold"));
    Appearance::setTone(m_offlineBanner, Appearance::Tone::Warning);
    m_offlineBanner->hide();
    listLayout->addWidget(m_offlineBanner);
    // Whose work orders these are: the list shows the site profile in use, and only it.
    m_listTitle = new QLabel(listPanel);
    m_listTitle->setObjectName(QStringLiteral("listTitle"));
    Appearance::setTextRole(m_listTitle, Appearance::TextRole::Heading);
    listLayout->addWidget(m_listTitle);
    listLayout->addLayout(filters);

    m_table = new QTableView(listPanel);
    m_table->setObjectName(QStringLiteral("workOrderTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkOrderTableModel::PlannedColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows: batch creation and a progress refresh; the details follow the current one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row height: no per-row size computation, so 100,000 rows scroll without a stall.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    sizeTable();
    m_table->setItemDelegateForColumn(WorkOrderTableModel::ProgressColumn,
                                      new ProgressBarDelegate(m_table));
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Tab leaves the list (the arrows move in it): cell by cell, a keyboard would be stuck in
    // thousands of cells.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Work orders"));
    m_table->setAccessibleDescription(
        tr("Press Enter to open the selected work order in Deepomatic, or to reach its actions."));
    // Enter, not a double tap: a gloved finger taps twice by accident.
    m_table->installEventFilter(this);
    listLayout->addWidget(m_table, 1);

    // The pane scrolls inside when large text makes it taller than the screen, so that the
    // window never grows past a small tablet's screen.
    auto *detailsScroll = new QScrollArea(splitter);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setMinimumWidth(360);
    m_details = new WorkOrderDetailsPane(detailsScroll);
    detailsScroll->setWidget(m_details);
    splitter->addWidget(listPanel);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_pages->addWidget(splitter);

    m_connector = new ConnectorView(m_pages);
    m_pages->addWidget(m_connector);
    // Whatever switched the page (opening, a callback, Return, a cancelled wait): one signal.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        const bool shown = isConnectorShown();
        if (shown != m_connectorWasShown) {
            m_connectorWasShown = shown;
            emit connectorShownChanged(shown);
        }
    });

    // Which site this window works on, always in sight, and the way to change it.
    auto *siteBar = new QToolBar(tr("Site"), this);
    siteBar->setObjectName(QStringLiteral("siteBar"));
    siteBar->setMovable(false);
    // Every menu of the menu bar, one finger-sized button away: a menu bar is too small to hit
    // with a glove, and kiosk or full-screen tablets may not show it at all.
    m_menuButton = new QToolButton(siteBar);
    m_menuButton->setObjectName(QStringLiteral("appMenuButton"));
    m_menuButton->setText(tr("☰ Menu"));
    m_menuButton->setAccessibleName(tr("Application menu"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menuButton->setMinimumSize(96, 48);
    auto *appMenu = new QMenu(m_menuButton);
    appMenu->setObjectName(QStringLiteral("appMenu"));
    // Built when opened, so menus added later (Help) are in it too.
    connect(appMenu, &QMenu::aboutToShow, this, [this, appMenu] {
        appMenu->clear();
        for (QAction *menu : menuBar()->actions())
            appMenu->addAction(menu);
        if (m_kioskLock && !m_kioskLock->isUnlocked()) {
            appMenu->addSeparator();
            appMenu->addAction(m_leaveKioskAction);
        }
    });
    // In kiosk mode only (enterKiosk()): the one way out of the window.
    m_leaveKioskAction = new QAction(tr("Leave kiosk…"), this);
    m_leaveKioskAction->setObjectName(QStringLiteral("leaveKioskAction"));
    connect(m_leaveKioskAction, &QAction::triggered, this, &MainWindow::askToLeaveKiosk);
    m_menuButton->setMenu(appMenu);
    siteBar->addWidget(m_menuButton);
    m_settingsAction = siteBar->addAction(tr("Settings…"));
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setToolTip(tr("Site profiles and API token"));
    if (QWidget *button = siteBar->widgetForAction(m_settingsAction)) {
        button->setMinimumSize(96, 48); // a finger-sized target like every other button
        // A tool bar's buttons take no focus by default: reached with Tab like the others.
        button->setFocusPolicy(Qt::TabFocus);
    }
    m_displayAction = siteBar->addAction(tr("Display…"));
    m_displayAction->setObjectName(QStringLiteral("displayAction"));
    m_displayAction->setToolTip(tr("Theme, text size and language"));
    if (QWidget *button = siteBar->widgetForAction(m_displayAction)) {
        button->setMinimumSize(96, 48);
        button->setFocusPolicy(Qt::TabFocus);
    }
    connect(m_displayAction, &QAction::triggered, this, &MainWindow::displaySettingsRequested);
    m_badge = new EnvironmentBadge(siteBar);
    m_badge->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    siteBar->addWidget(m_badge);
    addToolBar(Qt::TopToolBarArea, siteBar);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_controller, &InterventionController::siteChanged, this, &MainWindow::onSiteChanged);

    m_siteLabel = new QLabel(this);
    m_siteLabel->setObjectName(QStringLiteral("siteLabel"));
    m_countLabel = new QLabel(this);
    m_pendingBadge = new QToolButton(this);
    m_pendingBadge->setAutoRaise(true);
    connect(m_pendingBadge, &QToolButton::clicked, this, &MainWindow::showOutbox);
    m_pendingBadge->setObjectName(QStringLiteral("pendingBadge"));
    m_pendingBadge->setStyleSheet(
        QStringLiteral("border-radius:8px;padding:2px 8px;font-weight:bold"));
    Appearance::setTone(m_pendingBadge, Appearance::Tone::Badge);
    m_pendingBadge->hide();
    statusBar()->addPermanentWidget(m_pendingBadge);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_siteLabel);

    connect(m_search, &QLineEdit::textChanged, m_filter, &WorkOrderFilterModel::setSearchText);
    m_scanner = new WorkOrderScanner(this, m_store);
    connect(m_scan, &QPushButton::clicked, this, [this] {
        const QString key = m_scanner->scan(m_controller->site());
        if (key.isEmpty())
            return; // the scanner said why
        // The work order the label names, in sight whatever the list was filtered by; then
        // opened as its Open button does.
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        selectWorkOrder(key);
        openSelected(key);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusKey(m_statusFilter->currentData().toString()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSiteLabel);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSiteLabel);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateSiteLabel);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateSiteLabel);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // The row the filter's reset took away and gave back: its details are shown.
        if (!m_restoringCurrent || selectedKey() != m_details->currentKey())
            refreshDetails();
    });
    // A screen reader selects a row without moving the current one (AT-SPI's Table selection):
    // the single row it selected becomes current, so the pane shows its details.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.size() == 1 && rows.constFirst().row() != m_table->currentIndex().row())
            m_table->selectionModel()->setCurrentIndex(rows.constFirst(),
                                                       QItemSelectionModel::NoUpdate);
    });
    // A new filter resets the list, which forgets its current row: kept by key.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptKey = selectedKey(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        const QString key = std::exchange(m_keptKey, QString());
        if (key.isEmpty() || !m_listLoaded)
            return;
        const int sourceRow = m_model->rowOf(key);
        const QModelIndex index =
            sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (!index.isValid()) {
            refreshDetails(); // filtered out: no work order is selected
            return;
        }
        m_restoringCurrent = true;
        m_table->setCurrentIndex(index);
        m_restoringCurrent = false;
    });

    connect(m_details, &WorkOrderDetailsPane::openRequested, this, &MainWindow::openSelected);
    connect(m_details, &WorkOrderDetailsPane::closeRequested, this, &MainWindow::closeSelected);
    connect(m_details, &WorkOrderDetailsPane::overrideRequested, this,
            &MainWindow::overrideSelected);
    connect(m_details, &WorkOrderDetailsPane::refreshRequested, m_controller,
            &InterventionController::refreshProgress);
    connect(m_details, &WorkOrderDetailsPane::createRequested, m_controller,
            &InterventionController::createInDeepomatic);
    connect(m_details, &WorkOrderDetailsPane::linkRequested, this, &MainWindow::linkSelected);
    connect(m_details, &WorkOrderDetailsPane::createAgainRequested, this,
            &MainWindow::createAgainSelected);
    connect(m_details, &WorkOrderDetailsPane::linkCandidateRequested, this,
            [this](const QString &key, const QString &id) {
                m_details->setMessage(tr("Checking %1 in Deepomatic…").arg(id), false);
                m_runner->linkExisting(key, id);
            });
    connect(m_runner, &OutboxRunner::linkFinished, this,
            [this](const QString &key, bool linked, const QString &message) {
                statusBar()->showMessage(message, 8000);
                if (key == selectedKey())
                    m_details->setMessage(message, !linked);
            });
    connect(m_connector, &ConnectorView::returnRequested, this, &MainWindow::showWorkOrders);
    connect(m_connector, &ConnectorView::browserWaitCancelled, this, [this] {
        m_session->endLaunch();
        showWorkOrders();
        statusBar()->showMessage(
            tr("Cancelled: a return from the browser for this launch is now refused."), 8000);
    });

    connect(m_controller, &InterventionController::workOrderChanged, this,
            &MainWindow::onWorkOrderChanged);
    connect(m_controller, &InterventionController::callbackAccepted, this,
            [this](const QString &key, int progress) {
                // The technician is done in Deepomatic: come back to the work order.
                m_pages->setCurrentIndex(0);
                if (key != selectedKey()) // the selected one is shown as announced already
                    selectWorkOrder(key);
                else if (m_table->currentIndex().isValid())
                    m_table->scrollTo(m_table->currentIndex()); // in sight, whatever scrolled
                statusBar()->showMessage(
                    tr("Deepomatic reported %1 %. Checking with the API…").arg(progress), 5000);
            });
    connect(m_controller, &InterventionController::callbackRejected, this,
            [this](const QString &, const QString &reason) {
                const QString text = tr("A return from Deepomatic was ignored: %1").arg(reason);
                m_connector->showNotice(text);
                statusBar()->showMessage(text, 8000);
            });
    connect(m_controller, &InterventionController::verificationFinished, this,
            [this](const QString &key, bool verified, int, const QString &error) {
                if (key == m_details->currentKey())
                    m_details->setMessage(
                        verified ? QString() : tr("Verification failed: %1").arg(error), !verified);
            });
    connect(m_controller, &InterventionController::creationFinished, this,
            [this](const QString &key, bool ok, const QString &message) {
                if (key == m_details->currentKey()) {
                    m_details->setMessage(ok ? QString() : message, !ok);
                    if (!ok) // in doubt or failed: said with the ways out
                        refreshDetails();
                }
                if (ok && key == m_resultsKey)
                    if (const auto wo = m_controller->workOrder(key))
                        loadResults(*wo);
                statusBar()->showMessage(message, 5000);
            });
    connect(m_controller, &InterventionController::errorOccurred, this,
            [this](const QString &message) { m_details->setMessage(message, true); });
    connect(m_session, &ConnectorSession::pageCreated, m_connector, &ConnectorView::attachPage);
    m_photos = new PhotoChooser(this);
    connect(m_session, &ConnectorSession::pageCreated, this, [this](ConnectorPage *page) {
        // The "open" external-link policy: the site's outside links belong in the system
        // browser, never in the connector view.
        connect(page, &ConnectorPage::externalNavigationRequested, page,
                [](const QUrl &url) { QDesktopServices::openUrl(url); });
        // Take photo: the camera, scaled to what the page's site takes.
        page->setFileChooser(
            [this, page](QWebEnginePage::FileSelectionMode mode, const QStringList &accepted) {
                return m_photos->choose(mode, accepted, page->site().photoMaxSide);
            });
    });

    WorkOrderResultsView *results = m_details->resultsView();
    connect(results, &WorkOrderResultsView::refreshRequested, this, [this] {
        if (const auto wo = m_controller->workOrder(m_resultsKey))
            loadResults(*wo);
    });
    connect(m_controller, &InterventionController::resultsFetched, this,
            [this, results](const QString &key, const RemoteWorkOrder &remote,
                            const ApiError &error, const QDateTime &storedAt) {
                if (key != m_resultsKey)
                    return; // the user moved on
                const bool unreachable = error.kind == ApiError::Kind::Network
                                         || error.kind == ApiError::Kind::Timeout
                                         || (m_connectivity && !m_connectivity->isOnline());
                if (storedAt.isValid())
                    results->showLastKnown(remote, storedAt,
                                           unreachable ? QString() : error.message());
                else if (error.isError())
                    results->showError(error.message());
                else
                    results->showResults(remote);
            });
    connect(m_controller, &InterventionController::verificationFinished, this,
            [this](const QString &key, bool verified) {
                // A good verification brought the results with it; a failed one did not, and
                // the kept ones are shown with why.
                if (!verified && key == m_resultsKey)
                    if (const auto wo = m_controller->workOrder(key))
                        loadResults(*wo);
            });

    setUpDispatcherTools();

    QMenu *deepomaticMenu = menuBar()->addMenu(tr("&Deepomatic"));
    m_signOutAction = deepomaticMenu->addAction(tr("Sign out of Deepomatic…"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(m_session->profiles() != nullptr);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutOfDeepomatic);
    if (WebProfiles *profiles = m_session->profiles()) {
        connect(profiles, &WebProfiles::signedOut, this,
                [this](const QString &, const QString &problem) {
                    statusBar()->showMessage(
                        problem.isEmpty()
                            ? tr("Signed out of Deepomatic. The next work order you open asks "
                                 "you to sign in.")
                            : tr("Sign-out incomplete: %1").arg(problem),
                        8000);
                });
    }

    // Coalesced: a batch settles hundreds of entries a second, the badge needs a few frames.
    auto *outboxRefresh = new QTimer(this);
    outboxRefresh->setSingleShot(true);
    outboxRefresh->setInterval(100);
    connect(outboxRefresh, &QTimer::timeout, this, &MainWindow::updateOutboxState);
    connect(m_runner, &OutboxRunner::countsChanged, outboxRefresh, [outboxRefresh] {
        if (!outboxRefresh->isActive())
            outboxRefresh->start();
    });
    connect(m_batchCreate, &QPushButton::clicked, this, [this] { createSelectedInDeepomatic(); });
    if (m_connectivity)
        connect(m_connectivity, &Connectivity::onlineChanged, this,
                &MainWindow::updateConnectivity);
    updateConnectivity();
    updateOutboxState();

    onSiteChanged(m_controller->site());
    resize(1280, 800);
}

void MainWindow::restoreLayout(QSettings *settings)
{
    m_layoutSettings = settings;
    if (!settings)
        return;
    const QByteArray split = settings->value(QStringLiteral("window/split")).toByteArray();
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    const QByteArray columns = settings->value(QStringLiteral("window/columns")).toByteArray();
    if (!columns.isEmpty())
        m_table->horizontalHeader()->restoreState(columns);
    // Kept as the technician leaves them, for the next start.
    if (std::exchange(m_savingLayout, true))
        return;
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (m_layoutSettings)
            m_layoutSettings->setValue(QStringLiteral("window/split"), m_splitter->saveState());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_layoutSettings)
            m_layoutSettings->setValue(QStringLiteral("window/columns"),
                                       m_table->horizontalHeader()->saveState());
    });
}

void MainWindow::sizeTable()
{
    // Row height and column widths follow the text size.
    m_table->verticalHeader()->setDefaultSectionSize(Appearance::scaled(48));
    m_table->setColumnWidth(WorkOrderTableModel::NameColumn, Appearance::scaled(180));
    m_table->setColumnWidth(WorkOrderTableModel::StatusColumn, Appearance::scaled(120));
    m_table->setColumnWidth(WorkOrderTableModel::ProgressColumn, Appearance::scaled(170));
    m_table->setColumnWidth(WorkOrderTableModel::PlannedColumn, Appearance::scaled(100));
    m_table->setColumnWidth(WorkOrderTableModel::TechnicianColumn, Appearance::scaled(150));
}

void MainWindow::enterKiosk(KioskLock *lock)
{
    m_kioskLock = lock;
    // No title bar, no frame, nothing to drag, minimise or close; the whole screen.
    setWindowFlag(Qt::FramelessWindowHint, true);
    menuBar()->hide(); // its menus are all in the Menu button
    if (isVisible())
        showFullScreen();
}

bool MainWindow::isKiosk() const
{
    return m_kioskLock && !m_kioskLock->isUnlocked();
}

PinPadDialog *MainWindow::pinPadDialog() const
{
    return m_pinPad;
}

void MainWindow::askToLeaveKiosk()
{
    if (!isKiosk())
        return;
    PinPadDialog dialog(m_kioskLock, this);
    m_pinPad = &dialog;
    const bool left = dialog.exec() == QDialog::Accepted && m_kioskLock->isUnlocked();
    m_pinPad = nullptr;
    if (!left)
        return;
    // Back to an ordinary window: the supervisor may now close it or change what they came for.
    setWindowFlag(Qt::FramelessWindowHint, false);
    menuBar()->show();
    showMaximized();
    statusBar()->showMessage(tr("Kiosk mode left."), 5000);
    emit kioskLeft();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_kioskLock && !m_kioskLock->closeAllowed()) {
        // Alt+F4, the window manager, a stray shortcut: refused while a kiosk.
        event->ignore();
        statusBar()->showMessage(
            tr("Kiosk mode: FieldConnect stays open. A supervisor can leave it with ☰ Menu → "
               "Leave kiosk…"),
            8000);
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & ~Qt::KeypadModifier) && m_table->currentIndex().isValid()) {
            activateSelected();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::activateSelected()
{
    if (selectedKey().isEmpty() || m_details->currentKey() != selectedKey())
        return;
    // The work order's own action: into Deepomatic when it can be opened, else its first action
    // that can be taken (Create, Refresh…), where Space takes it.
    QPushButton *open = m_details->openButton();
    if (open->isVisibleTo(m_details) && open->isEnabled()) {
        open->click();
        return;
    }
    m_details->focusFirstAction();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        sizeTable();
    QMainWindow::changeEvent(event);
}

void MainWindow::signOutOfDeepomatic()
{
    const SiteProfile &site = m_controller->site();
    QMessageBox box(QMessageBox::Question, tr("Sign out of Deepomatic"),
                    tr("Sign out of Deepomatic on this device for %1?\n\nThe next work order you "
                       "open will ask you to sign in again. The work orders and their progress "
                       "in FieldConnect are kept.")
                        .arg(site.displayName),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("signOutQuestion"));
    QPushButton *signOut = box.addButton(tr("Sign out"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == signOut)
        signOutNow();
}

void MainWindow::signOutNow()
{
    WebProfiles *profiles = m_session->profiles();
    if (!profiles)
        return;
    // The page still shows what the session showed: leave it blank and go back to the list.
    if (QWebEnginePage *page = m_session->page())
        page->setUrl(QUrl(QStringLiteral("about:blank")));
    showWorkOrders();
    profiles->signOut(m_controller->site());
}

void MainWindow::setUpDispatcherTools()
{
    statusBar()->addWidget(new ProgressRefreshPanel(m_refresher, this));

    QMenu *planning = menuBar()->addMenu(tr("&Planning"));
    m_importPlanningAction = planning->addAction(tr("Import planning…"));
    m_importPlanningAction->setObjectName(QStringLiteral("importPlanningAction"));
    m_refreshProgressAction = planning->addAction(tr("Refresh progress"));
    m_refreshProgressAction->setObjectName(QStringLiteral("refreshProgressAction"));
    m_refreshProgressAction->setToolTip(
        tr("Verify the progress of the selected work orders (of every one created in Deepomatic "
           "when at most one is selected) with the API."));
    connect(m_importPlanningAction, &QAction::triggered, this, &MainWindow::choosePlanningFile);
    connect(m_planning, &PlanningImporter::busyChanged, m_importPlanningAction,
            &QAction::setDisabled);
    connect(m_planning, &PlanningImporter::judged, this, &MainWindow::showPlanningJudged);
    connect(m_refreshProgressAction, &QAction::triggered, this, [this] {
        if (m_refresher->start(ProgressRefresher::chooseWorkOrders(
                *m_store, m_controller->site().id, selectedKeys()))
            == 0)
            statusBar()->showMessage(tr("No work order created in Deepomatic to refresh."), 5000);
    });
    connect(m_refresher, &ProgressRefresher::progressed, this,
            [this](int done, int total) { m_refreshProgressAction->setEnabled(done >= total); });
    connect(m_refresher, &ProgressRefresher::finished, m_refreshProgressAction,
            [this] { m_refreshProgressAction->setEnabled(true); });
    connect(m_details, &WorkOrderDetailsPane::previewRequested, this, &MainWindow::previewSelected);
}

void MainWindow::choosePlanningFile()
{
    if (m_planning->isBusy())
        return;
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import planning"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Planning files (*.csv *.json);;CSV (*.csv);;JSON (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        importPlanningFile(fileName);
}

void MainWindow::importPlanningFile(const QString &fileName)
{
    m_planning->judge(fileName);
}

PlanningImportDialog *MainWindow::planningImportDialog() const
{
    return m_importDialog;
}

QMessageBox *MainWindow::importSummaryBox() const
{
    return m_summaryBox;
}

void MainWindow::showPlanningJudged(const QString &fileName, const PlanningImport::Judged &judged)
{
    if (!judged.readError.isEmpty()) {
        m_summaryBox = new QMessageBox(QMessageBox::Warning, tr("Import planning"),
                                       judged.readError, QMessageBox::Ok, this);
        m_summaryBox->setAttribute(Qt::WA_DeleteOnClose);
        m_summaryBox->open();
        return;
    }
    m_importDialog = new PlanningImportDialog(fileName, judged.parsed, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    const PlanningFile::Parsed parsed = judged.parsed;
    PlanningImportDialog *dialog = m_importDialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, fileName, parsed](int result) {
        if (result != QDialog::Accepted) {
            m_planning->cancel();
            return;
        }
        showPlanningImported(fileName, m_planning->import(fileName, parsed, dialog->mode()));
    });
    m_importDialog->open();
    emit planningFileJudged(m_importDialog);
}

void MainWindow::showPlanningImported(const QString &fileName,
                                      const PlanningImport::Summary &summary)
{
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
    m_summaryBox = new QMessageBox(
        summary.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
        summary.error.isEmpty() ? tr("Planning imported") : tr("Planning not imported"), text,
        QMessageBox::Ok, this);
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
    if (summary.importedKeys.isEmpty())
        return;
    const QString first = summary.importedKeys.constFirst();
    connect(
        this, &MainWindow::workOrdersLoaded, this, [this, first] { selectWorkOrder(first); },
        Qt::SingleShotConnection);
    reloadInBackground();
}

QStringList MainWindow::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        keys << row.data(WorkOrderTableModel::KeyRole).toString();
    return keys;
}

void MainWindow::previewSelected(const QString &key)
{
    const ConnectorLink::Result result = m_controller->openPreview(key);
    if (!result.ok()) {
        m_details->setMessage(result.error, true);
        return;
    }
    m_connector->setPreview(true);
    showConnector();
}

void MainWindow::onSiteChanged(const SiteProfile &site)
{
    m_badge->setSite(site);
    m_connector->setSite(site);
    m_listTitle->setText(tr("Work orders of %1").arg(site.displayName));
    updateSiteLabel();
    // Another site's work orders: read the list of this one.
    if (m_listLoaded && site.id != m_listSite)
        reloadInBackground();
    // The page open belongs to the previous site: back to the list, which now judges
    // thresholds and opens the connector for this one.
    if (isConnectorShown())
        showWorkOrders();
    else
        refreshDetails();
}

void MainWindow::updateConnectivity()
{
    // The banner and the status bar read the same state: never "Connected" under "Offline".
    const bool online = !m_connectivity || m_connectivity->isOnline();
    m_offlineBanner->setVisible(!online);
    updateSiteLabel();
    // Back online: the kept results give way to fresh ones.
    if (online && m_details->resultsView()->isShowingLastKnown())
        if (const auto wo = m_controller->workOrder(m_resultsKey))
            loadResults(*wo);
}

void MainWindow::showOutbox()
{
    OutboxDialog dialog(m_runner, this);
    dialog.exec();
}

void MainWindow::updateOutboxState()
{
    const Outbox::Counts c = m_runner->counts();
    QStringList parts;
    if (c.open() > 0)
        parts << tr("%n pending", nullptr, c.open());
    if (c.inDoubt > 0)
        parts << tr("%n in doubt", nullptr, c.inDoubt);
    if (c.failed > 0)
        parts << tr("%n failed", nullptr, c.failed);
    m_pendingBadge->setText(parts.join(QStringLiteral(" · ")));
    m_pendingBadge->setAccessibleName(tr("Outbox: %1").arg(parts.join(QStringLiteral(", "))));
    m_pendingBadge->setToolTip(tr("Requests waiting in the outbox to reach Deepomatic or the "
                                  "back office. Open the outbox to see them."));
    m_pendingBadge->setVisible(!parts.isEmpty());
    m_model->setPendingKeys(m_runner->outbox()->workOrdersWithOpenEntries());
}

QDialog *MainWindow::createSelectedInDeepomatic()
{
    auto *dialog = new BatchCreationDialog(
        m_runner,
        BatchCreation::chooseWorkOrders(*m_store, m_controller->site().id, selectedKeys()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::reload()
{
    m_listSite = m_controller->site().id;
    WorkOrderRows rows;
    rows.workOrders = m_store->loadAll(WorkOrderStore::Detail::ListOnly, m_controller->site().id);
    showWorkOrdersLoaded(std::move(rows), SelectFirst::Now);
}

void MainWindow::reloadInBackground()
{
    m_listSite = m_controller->site().id;
    showWhenLoaded(WorkOrderListLoader::load(m_store->fileName(), m_controller->site().id));
}

void MainWindow::showWhenLoaded(QFuture<WorkOrderRows> workOrders)
{
    if (m_listSite.isEmpty()) // read at start-up, for the profile in use
        m_listSite = m_controller->site().id;
    statusBar()->showMessage(tr("Loading work orders…"));
    auto *watcher = new QFutureWatcher<WorkOrderRows>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        statusBar()->clearMessage();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        showWorkOrdersLoaded(watcher->result(), SelectFirst::AfterPaint);
    });
    watcher->setFuture(workOrders);
}

void MainWindow::showWorkOrdersLoaded(WorkOrderRows rows, SelectFirst select)
{
    m_listLoaded = true;
    m_model->setWorkOrders(std::move(rows));
    auto selectFirst = [this] {
        if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    };
    if (select == SelectFirst::Now)
        selectFirst();
    else // the list first: the details of its first row follow in the next turn
        QTimer::singleShot(0, this, selectFirst);
    updateSiteLabel();
    emit workOrdersLoaded(m_model->rowCount());
}

void MainWindow::updateSiteLabel()
{
    const SiteProfile &site = m_controller->site();
    QString where;
    if (m_connectivity && !m_connectivity->isOnline()) {
        where = site.environment == SiteProfile::Environment::Sandbox
                    ? tr("Offline: the sandbox (%1) cannot be reached")
                          .arg(site.studioUrl.toDisplayString())
                    : tr("Offline: %1 cannot be reached").arg(site.displayName);
        m_siteLabel->setText(where);
        m_countLabel->setText(tr("%n work order(s) shown", nullptr, m_filter->rowCount()));
        return;
    }
    switch (site.environment) {
    case SiteProfile::Environment::Sandbox:
        where = tr("Connected to the sandbox (%1)").arg(site.studioUrl.toDisplayString());
        break;
    case SiteProfile::Environment::Testing:
        where = tr("Connected to %1 (testing)").arg(site.displayName);
        break;
    case SiteProfile::Environment::Production:
        where = tr("Connected to %1 (production)").arg(site.displayName);
        break;
    }
    m_siteLabel->setText(where);
    m_countLabel->setText(tr("%n work order(s) shown", nullptr, m_filter->rowCount()));
}

QString MainWindow::selectedKey() const
{
    return m_table->currentIndex().data(WorkOrderTableModel::KeyRole).toString();
}

void MainWindow::selectWorkOrder(const QString &key)
{
    const int sourceRow = m_model->rowOf(key);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->scrollTo(index);
    if (index.row() == m_table->currentIndex().row())
        refreshDetails();
    else
        m_table->setCurrentIndex(index); // refreshes through currentRowChanged
}

void MainWindow::setThumbnailLoader(ThumbnailLoader *loader)
{
    m_details->resultsView()->setThumbnailLoader(loader);
}

void MainWindow::loadResults(const WorkOrder &workOrder)
{
    m_resultsKey = workOrder.key;
    WorkOrderResultsView *results = m_details->resultsView();
    results->setBaseUrl(m_controller->site().effectiveApiUrl());
    if (!workOrder.isCreatedInDeepomatic()) {
        results->showNotCreated();
        return;
    }
    results->showLoading();
    m_controller->fetchResults(workOrder.key);
}

void MainWindow::refreshDetails()
{
    const QString key = selectedKey();
    const auto wo = key.isEmpty() ? std::nullopt : m_controller->workOrder(key);
    if (!wo) {
        m_details->clear();
        m_resultsKey.clear();
        return;
    }
    showDetails(*wo);
}

void MainWindow::showDetails(const WorkOrder &workOrder)
{
    const QString &key = workOrder.key;
    if (workOrder.key != m_resultsKey)
        loadResults(workOrder);
    m_details->setOverrideAvailable(m_controller->site().supervisorOverride);
    m_details->showWorkOrder(workOrder, m_controller->decision(workOrder),
                             m_controller->openBlocker(workOrder), m_store->events(key));
    QString note;
    if (workOrder.needsReview)
        note = tr("Needs review: closed with unverified progress, which Deepomatic later "
                  "contradicted.");
    else if (m_controller->hasPendingRequests(key))
        note = tr("Pending: waiting to be sent to Deepomatic or the back office.");
    m_details->setOutboxNote(note);
    const auto unresolved =
        workOrder.isCreatedInDeepomatic() ? std::nullopt : m_runner->unresolvedCreate(key);
    if (!unresolved)
        m_details->setCreationProblem(WorkOrderDetailsPane::CreationProblem::None, {});
    else
        m_details->setCreationProblem(unresolved->state == OutboxEntry::State::InDoubt
                                          ? WorkOrderDetailsPane::CreationProblem::InDoubt
                                          : WorkOrderDetailsPane::CreationProblem::Failed,
                                      unresolved->lastError);
    m_details->setCandidates(unresolved ? m_runner->inDoubtCandidates(key)
                                        : QList<RemoteWorkOrder>());
}

void MainWindow::onWorkOrderChanged(const WorkOrder &workOrder)
{
    if (!workOrder.siteProfile.isEmpty() && workOrder.siteProfile != m_listSite)
        return; // another site's: not in this list
    m_model->upsert(workOrder);
    if (workOrder.key == selectedKey())
        showDetails(workOrder);
}

void MainWindow::openSelected(const QString &key)
{
    const ConnectorLink::Result result = m_controller->openConnector(key);
    if (!result.ok()) {
        m_details->setMessage(result.error, true);
        return;
    }
    m_connector->setPreview(false);
    if (const auto launch = m_session->currentLaunch(); launch && launch->external)
        m_connector->showWaitingForBrowser();
    showConnector();
}

void MainWindow::overrideSelected(const QString &key)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Supervisor override"),
        tr("Close this intervention although it is blocked. The reason is kept in the audit "
           "trail (at least %1 characters):")
            .arg(ClosePolicy::MinimumOverrideReason),
        {}, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_controller->overrideClose(key, reason, &error)) {
        m_details->setMessage(error, true);
        return;
    }
    statusBar()->showMessage(tr("Intervention closed by supervisor override."), 5000);
}

void MainWindow::linkSelected(const QString &key)
{
    const auto wo = m_controller->workOrder(key);
    if (!wo)
        return;
    bool ok = false;
    const QString id = QInputDialog::getText(
        this, tr("Link to the work order in Deepomatic"),
        tr("Find the work order named %1 in Deepomatic and enter its id (the last part of its "
           "address there). FieldConnect checks the name before linking.")
            .arg(wo->name),
        QLineEdit::Normal, {}, &ok);
    if (!ok || id.trimmed().isEmpty())
        return;
    m_details->setMessage(tr("Checking %1 in Deepomatic…").arg(id.trimmed()), false);
    m_runner->linkExisting(key, id);
}

void MainWindow::createAgainSelected(const QString &key)
{
    const auto wo = m_controller->workOrder(key);
    if (!wo)
        return;
    QMessageBox question(QMessageBox::Warning, tr("Create again"),
                         tr("The first creation of %1 may have reached Deepomatic. Create it "
                            "again only if you checked that Deepomatic has no work order named "
                            "%1: otherwise there will be two.")
                             .arg(wo->name),
                         QMessageBox::Cancel, this);
    QPushButton *create = question.addButton(tr("Create again"), QMessageBox::AcceptRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != create)
        return;
    QString error;
    if (!m_runner->createAgain(key, &error)) {
        m_details->setMessage(error, true);
        return;
    }
    m_details->setMessage(tr("Sent again to Deepomatic."), false);
}

void MainWindow::closeSelected(const QString &key)
{
    const auto wo = m_controller->workOrder(key);
    if (!wo)
        return;
    // Asked first: a close cannot be undone, and a tablet is tapped by accident. What the
    // controller decides when the answer comes is what counts, not what was shown.
    CloseConfirmationDialog confirm(*wo, m_controller->decision(*wo), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_controller->closeIntervention(key, &error)) {
        m_details->setMessage(error, true);
        return;
    }
    statusBar()->showMessage(tr("Intervention closed."), 5000);
}

bool MainWindow::isConnectorShown() const
{
    return m_pages->currentWidget() == m_connector;
}

void MainWindow::showConnector()
{
    m_pages->setCurrentWidget(m_connector);
}

void MainWindow::showWorkOrders()
{
    m_pages->setCurrentIndex(0);
    refreshDetails();
}
