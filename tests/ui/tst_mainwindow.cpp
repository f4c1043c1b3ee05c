// The main window with QTest clicks and keys: list, filters, details pane and the gating of
// Close intervention. The web view is never opened here (see tests/e2e).

#include "batchcreation.h"
#include "batchcreationdialog.h"
#include "callbackschemehandler.h"
#include "closeconfirmationdialog.h"
#include "connectorsession.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "profileregistry.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "testapp.h"
#include "workorderdetailspane.h"
#include "workorderfiltermodel.h"
#include "workorderresultsview.h"
#include "workorderstore.h"
#include "workordertablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {
QString s_engineerEmail;

WorkOrder make(const QString &key, WorkOrderStatus status, int progress, bool verified,
               const QString &city, const QString &deepomaticId = {})
{
    WorkOrder wo;
    wo.key = wo.name = key;
    wo.status = status;
    wo.plannedDate = QDate(2026, 12, 1);
    wo.address = QStringLiteral("1 place Bellecour, %1").arg(city);
    wo.technicianName = QStringLiteral("Léa Dubois");
    wo.technicianEmail = s_engineerEmail; // a user the sandbox knows
    wo.deepomaticId = deepomaticId;
    if (progress >= 0)
        wo.lastProgress =
            verified ? ProgressReading::fromApi(progress, QDateTime::currentDateTimeUtc())
                     : ProgressReading::fromCallback(progress, QDateTime::currentDateTimeUtc());
    return wo;
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsEveryWorkOrder();
    void searchFiltersAsYouType_data();
    void searchFiltersAsYouType();
    void statusFilterKeepsOneStatus();
    void searchKeepsTheSelectedWorkOrder();
    void sortsByProgress();
    void blockedWorkOrderSaysWhyInWords();
    void readyWorkOrderClosesOnClick();
    void cancelledCloseKeepsTheInterventionOpen();
    void splitStaysWhereItIsWhenTheSelectionChanges();
    void splitAndColumnsAreKeptForTheNextStart();
    void menuButtonReachesEveryMenu();
    void closeConfirmationIsTouchSized();
    void unverifiedProgressDoesNotEnableClose();
    void createInDeepomaticFromThePane();
    void statusBarNamesTheSite();
    void touchTargetsAreFingerSized();
    void resultsShowTaskStatesAndThumbnails();
    void resultsFailureShowsTheServersWords();
    void resultsShowPdfInputsAsDocuments();
    void createWithUnknownOutcomeIsShownInDoubtNotTwinned();
    void supervisorOverrideIsOffByDefault();
    void supervisorOverrideNeedsAReasonAndIsRecorded();
    void thresholdPerWorkOrderType();
    void batchCreateButtonCreatesWhatIsPlanned();
    void listShowsTheActiveProfilesWorkOrdersOnly();

private:
    void selectKey(const QString &key);

    std::unique_ptr<TestApp> m_app;
    SandboxServer *m_sandbox = nullptr;
    WorkOrderStore *m_store = nullptr;
    DeepomaticClient *m_client = nullptr;
    InterventionController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    QString m_remoteId;
};

void tst_MainWindow::init()
{
    m_app = std::make_unique<TestApp>();
    m_sandbox = &m_app->sandbox;
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    m_remoteId = m_sandbox->workOrderIds().constFirst();
    s_engineerEmail = m_sandbox->seededWorkOrders()
                          .constFirst()
                          .value(QStringLiteral("field_engineer_email"))
                          .toString();
    m_app->site.threshold = 80;
    {
        WorkOrderStore seed; // what an earlier run left
        QVERIFY(seed.open(m_app->databaseFile()));
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("planned");
        QVERIFY(seed.insert({make(QStringLiteral("WO-LYON-1"), WorkOrderStatus::Blocked, 45, true,
                                  QStringLiteral("Lyon"), m_remoteId),
                             make(QStringLiteral("WO-LYON-2"), WorkOrderStatus::ReadyToClose, 100,
                                  true, QStringLiteral("Lyon"), m_remoteId),
                             make(QStringLiteral("WO-PARIS-1"), WorkOrderStatus::InProgress, 100,
                                  false, QStringLiteral("Paris"), m_remoteId),
                             make(QStringLiteral("WO-NANTES-1"), WorkOrderStatus::Planned, -1,
                                  false, QStringLiteral("Nantes")),
                             make(QStringLiteral("WO-BREST-1"), WorkOrderStatus::Closed, 90, true,
                                  QStringLiteral("Brest"), m_remoteId)},
                            planned));
    }
    QVERIFY(m_app->launch());
    m_store = m_app->store();
    m_client = m_app->client();
    m_controller = m_app->controller();
    m_window = m_app->window();
}

void tst_MainWindow::cleanup()
{
    m_app.reset();
}

void tst_MainWindow::selectKey(const QString &key)
{
    QTableView *table = m_window->tableView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(WorkOrderTableModel::KeyRole).toString() == key) {
            table->scrollTo(index);
            const QRect rect = table->visualRect(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(m_window->selectedKey(), key);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(key)));
}

void tst_MainWindow::listsEveryWorkOrder()
{
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
    QCOMPARE(m_window->tableView()->model()->columnCount(), int(WorkOrderTableModel::ColumnCount));
}

void tst_MainWindow::searchFiltersAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::newRow("name") << QStringLiteral("wo-lyon") << 2;
    QTest::newRow("city in address") << QStringLiteral("Paris") << 1;
    QTest::newRow("case folded") << QStringLiteral("LÉA") << 5;
    QTest::newRow("technician") << QStringLiteral("dubois") << 5;
    QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
    QTest::newRow("spaces trimmed") << QStringLiteral("  nantes ") << 1;
}

void tst_MainWindow::searchFiltersAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    QLineEdit *search = m_window->searchField();
    search->setFocus();
    QTest::keyClicks(search, typed);
    QCOMPARE(m_window->tableView()->model()->rowCount(), rows);
    search->clear();
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
}

void tst_MainWindow::searchKeepsTheSelectedWorkOrder()
{
    const QString key = QStringLiteral("WO-LYON-1");
    selectKey(key);
    QCOMPARE(m_window->detailsPane()->currentKey(), key);
    QLineEdit *search = m_window->searchField();
    search->setFocus();
    // Still listed: still selected, its details still shown, letter after letter.
    for (const QChar c : QStringLiteral("lyon")) {
        QTest::keyClick(search, c.toLatin1());
        QCOMPARE(m_window->selectedKey(), key);
        QCOMPARE(m_window->detailsPane()->currentKey(), key);
    }
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(m_window->selectedKey(), key);
    // Filtered out: nothing is selected, and the pane does not show a hidden work order.
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QCOMPARE(m_window->tableView()->model()->rowCount(), 0);
    QVERIFY(m_window->selectedKey().isEmpty());
    QVERIFY(m_window->detailsPane()->currentKey().isEmpty());
    search->clear();
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
}

void tst_MainWindow::statusFilterKeepsOneStatus()
{
    QComboBox *status = m_window->statusFilter();
    status->setCurrentIndex(status->findData(QStringLiteral("blocked")));
    QCOMPARE(m_window->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_window->tableView()->model()->index(0, 0).data().toString(),
             QStringLiteral("WO-LYON-1"));
    status->setCurrentIndex(0);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
}

void tst_MainWindow::sortsByProgress()
{
    QTableView *table = m_window->tableView();
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(WorkOrderTableModel::ProgressColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QList<int> values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()
                      ->index(row, WorkOrderTableModel::ProgressColumn)
                      .data(WorkOrderTableModel::ProgressValueRole)
                      .toInt();
    QList<int> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(values, sorted);
    QCOMPARE(header->sortIndicatorSection(), int(WorkOrderTableModel::ProgressColumn));
}

void tst_MainWindow::blockedWorkOrderSaysWhyInWords()
{
    selectKey(QStringLiteral("WO-LYON-1"));
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    QVERIFY(!pane->closeButton()->isEnabled());
    QCOMPARE(pane->reasonLabel()->text(),
             QStringLiteral("Progress 45 %. At least 80 % is required. Reopen Deepomatic to take "
                            "the missing photos."));
    QVERIFY(pane->openButton()->isEnabled());
    QCOMPARE(pane->openButton()->text(), QStringLiteral("Reopen in Deepomatic"));
    QVERIFY(pane->refreshButton()->isEnabled());
    QTest::mouseClick(pane->closeButton(), Qt::LeftButton); // disabled: nothing happens
    QCOMPARE(m_controller->workOrder(QStringLiteral("WO-LYON-1"))->status,
             WorkOrderStatus::Blocked);
    // A screen reader says the progress in words, in the pane and in the list.
    auto *bar = pane->findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->accessibleName(), QStringLiteral("Progress 45 percent, verified"));
    QCOMPARE(m_window->tableView()
                 ->currentIndex()
                 .siblingAtColumn(WorkOrderTableModel::ProgressColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("Progress 45 percent, verified"));
}

void tst_MainWindow::readyWorkOrderClosesOnClick()
{
    selectKey(QStringLiteral("WO-LYON-2"));
    QPushButton *close = m_window->detailsPane()->closeButton();
    QVERIFY(close->isEnabled());
    const ModalAnswer confirm(QStringLiteral("confirmCloseButton"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(confirm.answered()); // asked first, with what is being closed
    QVERIFY2(confirm.text().contains(QLatin1String("100 %, verified")), qPrintable(confirm.text()));
    const WorkOrder wo = *m_controller->workOrder(QStringLiteral("WO-LYON-2"));
    QCOMPARE(wo.status, WorkOrderStatus::Closed);
    const WorkOrderEvent last = m_store->events(wo.key).constLast();
    QCOMPARE(last.kind, QStringLiteral("closed"));
    QCOMPARE(last.fromStatus, QStringLiteral("ready_to_close"));
    QCOMPARE(last.toStatus, QStringLiteral("closed"));
    QVERIFY(last.reason.contains(QLatin1String("100 %")));
    // The list follows, and the button is off for good.
    QVERIFY(!close->isEnabled());
    QCOMPARE(m_window->tableView()
                 ->currentIndex()
                 .siblingAtColumn(WorkOrderTableModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Closed"));
}

void tst_MainWindow::cancelledCloseKeepsTheInterventionOpen()
{
    selectKey(QStringLiteral("WO-LYON-2"));
    QPushButton *close = m_window->detailsPane()->closeButton();
    const int events = m_store->events(QStringLiteral("WO-LYON-2")).size();
    const ModalAnswer cancel(QStringLiteral("cancelCloseButton"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(cancel.answered());
    QCOMPARE(m_controller->workOrder(QStringLiteral("WO-LYON-2"))->status,
             WorkOrderStatus::ReadyToClose);
    QCOMPARE(m_store->events(QStringLiteral("WO-LYON-2")).size(), events); // nothing recorded
    QVERIFY(close->isEnabled());
}

void tst_MainWindow::splitStaysWhereItIsWhenTheSelectionChanges()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QList<int> sizes = m_window->splitter()->sizes();
    QVERIFY(sizes.size() == 2 && sizes.at(0) > 0 && sizes.at(1) > 0);
    // Work orders with different facts, buttons and reasons.
    for (const char *key : {"WO-LYON-1", "WO-PARIS-1", "WO-NANTES-1", "WO-BREST-1", "WO-LYON-2"}) {
        selectKey(QLatin1String(key));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->splitter()->sizes(), sizes);
    }
}

void tst_MainWindow::splitAndColumnsAreKeptForTheNextStart()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->restoreLayout(&settings);
    // The technician drags the handle to the left, and widens a column.
    QSplitterHandle *handle = m_window->splitter()->handle(1);
    const int before = m_window->splitter()->sizes().at(0);
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QMouseEvent move(QEvent::MouseMove, middle - QPoint(120, 0),
                     handle->mapToGlobal(middle - QPoint(120, 0)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(120, 0));
    const QList<int> dragged = m_window->splitter()->sizes();
    QVERIFY2(dragged.at(0) < before - 60, qPrintable(QString::number(dragged.at(0))));
    m_window->tableView()->horizontalHeader()->resizeSection(WorkOrderTableModel::NameColumn, 260);
    settings.sync();
    // What the next start finds on disk.
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("settings.ini")),
                        dir.filePath(QStringLiteral("next.ini"))));

    // The next start: another layout until the saved one is restored.
    m_window->splitter()->setSizes({before, before});
    m_window->tableView()->horizontalHeader()->resizeSection(WorkOrderTableModel::NameColumn, 90);
    QSettings next(dir.filePath(QStringLiteral("next.ini")), QSettings::IniFormat);
    m_window->restoreLayout(&next);
    QCOMPARE(m_window->splitter()->sizes(), dragged);
    QCOMPARE(
        m_window->tableView()->horizontalHeader()->sectionSize(WorkOrderTableModel::NameColumn),
        260);
}

void tst_MainWindow::menuButtonReachesEveryMenu()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QToolButton *button = m_window->menuButton();
    QVERIFY(button->isVisible());
    QVERIFY(button->width() >= 48 && button->height() >= 48);
    QMenu *menu = button->menu();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QTRY_VERIFY(menu->isVisible());
    QStringList reachable;
    for (QAction *entry : menu->actions()) {
        QVERIFY2(entry->menu(), qPrintable(entry->text()));
        for (QAction *a : entry->menu()->actions())
            reachable << a->objectName();
    }
    menu->hide();
    // Every menu of the menu bar, so every action it holds.
    QCOMPARE(menu->actions(), m_window->menuBar()->actions());
    for (const char *name : {"signOutAction", "importPlanningAction", "refreshProgressAction"})
        QVERIFY2(reachable.contains(QLatin1String(name)), name);
}

void tst_MainWindow::closeConfirmationIsTouchSized()
{
    WorkOrder wo;
    wo.name = QStringLiteral("WO-LYON-2");
    wo.lastProgress = ProgressReading::fromApi(100, QDateTime::currentDateTime());
    CloseConfirmationDialog dialog(wo, CloseDecision{true, false, false, false, QString()},
                                   m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QPushButton *b : {dialog.confirmButton(), dialog.cancelButton()}) {
        QVERIFY2(b->width() >= 48 && b->height() >= 48, qPrintable(b->text()));
        QVERIFY(!b->geometry().intersects(
            (b == dialog.confirmButton() ? dialog.cancelButton() : dialog.confirmButton())
                ->geometry()
                .adjusted(-16, 0, 16, 0))); // apart
    }
    // Return answers "Cancel": a stray key press closes nothing.
    QVERIFY(dialog.cancelButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_MainWindow::unverifiedProgressDoesNotEnableClose()
{
    selectKey(QStringLiteral("WO-PARIS-1"));
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    QVERIFY(!pane->closeButton()->isEnabled());
    QVERIFY(pane->reasonLabel()->text().contains(QLatin1String("not been verified")));
    // Refresh asks the API: the sandbox's real score decides, not the claimed 100 %.
    const int real =
        m_sandbox->workOrderJson(m_remoteId).value(QStringLiteral("progress_score")).toInt();
    QSignalSpy verified(m_controller, &InterventionController::verificationFinished);
    QTest::mouseClick(pane->refreshButton(), Qt::LeftButton);
    QVERIFY(verified.wait(10000));
    const WorkOrder wo = *m_controller->workOrder(QStringLiteral("WO-PARIS-1"));
    QCOMPARE(wo.lastProgress.value, real);
    QVERIFY(wo.lastProgress.verified);
    QCOMPARE(pane->closeButton()->isEnabled(), real >= 80);
}

void tst_MainWindow::createInDeepomaticFromThePane()
{
    selectKey(QStringLiteral("WO-NANTES-1"));
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    QVERIFY(pane->createButton()->isVisible());
    QVERIFY(!pane->openButton()->isVisible());
    const int before = m_sandbox->createRequestCount();
    QSignalSpy created(m_controller, &InterventionController::creationFinished);
    QTest::mouseClick(pane->createButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    QVERIFY2(created.first().at(1).toBool(), qPrintable(created.first().at(2).toString()));
    QCOMPARE(m_sandbox->createRequestCount(), before + 1);
    const WorkOrder wo = *m_controller->workOrder(QStringLiteral("WO-NANTES-1"));
    QCOMPARE(wo.status, WorkOrderStatus::Created);
    QVERIFY(m_sandbox->workOrderIds().contains(wo.deepomaticId));
    QVERIFY(!pane->createButton()->isVisible());
    QVERIFY(pane->openButton()->isVisible());
    QVERIFY(pane->openButton()->isEnabled());
}

void tst_MainWindow::statusBarNamesTheSite()
{
    const QLabel *site = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("siteLabel"));
    QVERIFY(site);
    QVERIFY2(site->text().contains(QLatin1String("sandbox")), qPrintable(site->text()));
    QVERIFY(site->text().contains(m_sandbox->baseUrl().host()));
}

void tst_MainWindow::touchTargetsAreFingerSized()
{
    selectKey(QStringLiteral("WO-LYON-1"));
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    for (QPushButton *b : {pane->openButton(), pane->closeButton(), pane->refreshButton()})
        QVERIFY2(b->height() >= 48, qPrintable(b->text()));
    QVERIFY(m_window->searchField()->height() >= 48);
    QVERIFY(m_window->tableView()->verticalHeader()->defaultSectionSize() >= 48);
}

void tst_MainWindow::resultsShowTaskStatesAndThumbnails()
{
    // Deepomatic has analysed a photo for every group of the work order.
    const QJsonArray groups =
        m_sandbox->workOrderJson(m_remoteId).value(QStringLiteral("task_groups")).toArray();
    QVERIFY(!groups.isEmpty());
    for (const QJsonValue g : groups)
        QVERIFY(m_sandbox->markPhotoTaken(m_remoteId,
                                          g.toObject().value(QStringLiteral("name")).toString()));
    selectKey(QStringLiteral("WO-LYON-2"));
    WorkOrderResultsView *results = m_window->detailsPane()->resultsView();
    QTRY_VERIFY_WITH_TIMEOUT(results->findChildren<QFrame *>(QStringLiteral("taskGroupCard")).size()
                                 == groups.size(),
                             10000);
    const QList<QLabel *> states = results->findChildren<QLabel *>(QStringLiteral("taskState"));
    QVERIFY(!states.isEmpty());
    int ok = 0;
    for (const QLabel *state : states)
        ok += state->text() == QLatin1String("OK");
    QVERIFY2(ok > 0, "no task shown as OK");
    // The photos arrive asynchronously, one thumbnail per analysed photo.
    QTRY_COMPARE_WITH_TIMEOUT(results->thumbnailCount(), int(groups.size()), 10000);
    const QLabel *summary = results->findChild<QLabel *>(QStringLiteral("resultsSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("last analysis")), qPrintable(summary->text()));
}

void tst_MainWindow::resultsFailureShowsTheServersWords()
{
    selectKey(QStringLiteral("WO-LYON-1"));
    WorkOrderResultsView *results = m_window->detailsPane()->resultsView();
    QTRY_VERIFY_WITH_TIMEOUT(results->refreshButton()->isEnabled(), 10000);
    m_sandbox->setNextStatus(403);
    QTest::mouseClick(results->refreshButton(), Qt::LeftButton);
    const QLabel *summary = results->findChild<QLabel *>(QStringLiteral("resultsSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("403")), 10000);
    QVERIFY(results->refreshButton()->isEnabled()); // it can be tried again
    // No dialog: the main window is still the active window, nothing modal opened.
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_MainWindow::resultsShowPdfInputsAsDocuments()
{
    // A PDF sent for analysis (Deepomatic takes them up to 8 MB) beside a photo.
    const QString group = m_sandbox->workOrderJson(m_remoteId)
                              .value(QStringLiteral("task_groups"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
    bool sent = false;
    m_client->analyze(m_remoteId, AnalyzeRequest::fromContent(group, pdf), this,
                      [&sent](const AnalyzeResult &result, const ApiError &error) {
                          QVERIFY2(!error.isError(), qPrintable(error.message()));
                          QVERIFY(result.input.isPdf());
                          sent = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
    QVERIFY(m_sandbox->markPhotoTaken(m_remoteId, group));

    selectKey(QStringLiteral("WO-LYON-2"));
    WorkOrderResultsView *results = m_window->detailsPane()->resultsView();
    QTRY_COMPARE_WITH_TIMEOUT(results->thumbnailCount(), 1, 10000); // the photo
    const QList<QLabel *> pdfTiles = results->findChildren<QLabel *>(QStringLiteral("pdfTile"));
    QCOMPARE(pdfTiles.size(), 1);
    QCOMPARE(pdfTiles.first()->text(), QStringLiteral("PDF document"));
    QVERIFY(pdfTiles.first()->pixmap().isNull());
    QCOMPARE(pdfTiles.first()->parentWidget()->property("taskGroup").toString(), group);
    // Nothing tried to decode the PDF as a photo.
    for (const QLabel *label : results->findChildren<QLabel *>())
        QVERIFY2(label->text() != QLatin1String("Photo unavailable"), "a PDF shown as a photo");
}

void tst_MainWindow::createWithUnknownOutcomeIsShownInDoubtNotTwinned()
{
    // A site that offers no lookup by name, and an answer lost after the create was saved.
    m_client->setLookupByNameSupported(false);
    SandboxFaults faults;
    faults.dropAfter = 1.0;
    m_sandbox->setFaults(faults);
    selectKey(QStringLiteral("WO-NANTES-1"));
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    const int before = m_sandbox->createRequestCount();
    QSignalSpy created(m_controller, &InterventionController::creationFinished);
    QTest::mouseClick(pane->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 20000);
    m_sandbox->setFaults({});
    QCOMPARE(created.first().at(1).toBool(), false);
    QCOMPARE(m_sandbox->createRequestCount(), before + 1); // sent once, never twice
    const WorkOrder wo = *m_controller->workOrder(QStringLiteral("WO-NANTES-1"));
    QVERIFY(wo.deepomaticId.isEmpty());
    QCOMPARE(m_store->events(wo.key).constLast().kind, QStringLiteral("create_in_doubt"));
    // Shown in the pane, and still shown when the work order is selected again.
    selectKey(QStringLiteral("WO-LYON-1"));
    selectKey(QStringLiteral("WO-NANTES-1"));
    const QLabel *message = pane->findChild<QLabel *>(QStringLiteral("paneMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("in doubt")), qPrintable(message->text()));
}

void tst_MainWindow::supervisorOverrideIsOffByDefault()
{
    selectKey(QStringLiteral("WO-LYON-1")); // blocked at 45 %
    QVERIFY(!m_window->detailsPane()->overrideButton()->isVisible());
    QString error;
    QVERIFY(!m_controller->overrideClose(
        QStringLiteral("WO-LYON-1"), QStringLiteral("Customer signed the paper report"), &error));
    QVERIFY(error.contains(QLatin1String("not enabled")));
    QCOMPARE(m_controller->workOrder(QStringLiteral("WO-LYON-1"))->status,
             WorkOrderStatus::Blocked);
}

void tst_MainWindow::supervisorOverrideNeedsAReasonAndIsRecorded()
{
    SiteProfile site = m_controller->site();
    site.supervisorOverride = true;
    m_controller->setSite(site);
    selectKey(QStringLiteral("WO-LYON-2"));
    QVERIFY(!m_window->detailsPane()->overrideButton()->isVisible()); // allowed: no override
    selectKey(QStringLiteral("WO-LYON-1"));
    QVERIFY(m_window->detailsPane()->overrideButton()->isVisible());

    QString error;
    QVERIFY(
        !m_controller->overrideClose(QStringLiteral("WO-LYON-1"), QStringLiteral("short"), &error));
    QVERIFY(error.contains(QLatin1String("10")));
    const QString reason = QStringLiteral("Camera broken; photos sent to the office by e-mail");
    QVERIFY2(m_controller->overrideClose(QStringLiteral("WO-LYON-1"), reason, &error),
             qPrintable(error));
    const WorkOrder wo = *m_controller->workOrder(QStringLiteral("WO-LYON-1"));
    QCOMPARE(wo.status, WorkOrderStatus::ClosedOverride);
    const WorkOrderEvent last = m_store->events(wo.key).constLast();
    QCOMPARE(last.kind, QStringLiteral("closed_override"));
    QCOMPARE(last.toStatus, QStringLiteral("closed_override"));
    QCOMPARE(last.data.value(QStringLiteral("override_reason")).toString(), reason);
    QVERIFY(last.reason.contains(reason));
    // Shown as such in the list and the pane, and not closable twice.
    QCOMPARE(m_window->tableView()
                 ->currentIndex()
                 .siblingAtColumn(WorkOrderTableModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Closed (override)"));
    QVERIFY(!m_window->detailsPane()->overrideButton()->isVisible());
    QVERIFY(!m_controller->overrideClose(wo.key, reason, &error));
}

void tst_MainWindow::thresholdPerWorkOrderType()
{
    // WO-LYON-1 is verified at 45 %: blocked at 80 %, closable where its type needs 40 %.
    WorkOrder wo = *m_controller->workOrder(QStringLiteral("WO-LYON-1"));
    wo.types = {QStringLiteral("maintenance")};
    WorkOrderEvent e;
    e.workOrderKey = wo.key;
    e.kind = QStringLiteral("planned");
    QVERIFY(m_store->update(wo, e));
    QVERIFY(!m_controller->decision(wo.key).allowed);
    SiteProfile site = m_controller->site();
    site.typeThresholds.insert(QStringLiteral("maintenance"), 40);
    m_controller->setSite(site);
    const CloseDecision d = m_controller->decision(wo.key);
    QVERIFY2(d.allowed, qPrintable(d.reason));
    site.typeThresholds.insert(QStringLiteral("maintenance"), 50);
    m_controller->setSite(site);
    QVERIFY(m_controller->decision(wo.key).reason.contains(QLatin1String("At least 50 %")));
}

void tst_MainWindow::batchCreateButtonCreatesWhatIsPlanned()
{
    // Nothing new selected: every planned work order, here WO-NANTES-1 only.
    selectKey(QStringLiteral("WO-LYON-1"));
    QVERIFY(m_window->batchCreateButton()->isVisible());
    const int before = m_sandbox->createRequestCount();
    QTest::mouseClick(m_window->batchCreateButton(), Qt::LeftButton);
    auto *dialog = m_window->findChild<BatchCreationDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->batch()->isFinished(), 10000);
    QCOMPARE(dialog->batch()->progress().created, 1);
    QCOMPARE(m_sandbox->createRequestCount(), before + 1);
    QVERIFY(m_controller->workOrder(QStringLiteral("WO-NANTES-1"))->isCreatedInDeepomatic());
    // Nothing was pending at the end: the badge is gone.
    QTRY_VERIFY(!m_window->pendingBadge()->isVisible());
    dialog->close();
}

void tst_MainWindow::listShowsTheActiveProfilesWorkOrdersOnly()
{
    // A second site, with its token, and one work order of each site planned since the start
    // (the five seeded ones predate site profiles: they belong to whichever site is in use).
    auto keysShown = [this] {
        QStringList keys;
        QAbstractItemModel *model = m_window->tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->index(row, 0).data(WorkOrderTableModel::KeyRole).toString();
        return keys;
    };
    QVERIFY2(m_window->listTitle()->text().contains(QLatin1String("Sandbox")),
             qPrintable(m_window->listTitle()->text()));
    SiteProfile north = m_app->site;
    north.id = QStringLiteral("north");
    north.displayName = QStringLiteral("North depot");
    ProfileRegistry *registry = m_app->app()->registry();
    registry->setDeploymentProfiles({north});
    bool written = false;
    m_app->keychain.write(QStringLiteral("api-token/north"), m_sandbox->apiToken(), nullptr,
                          [&written](const CredentialStore::Result &) { written = true; });
    QTRY_VERIFY(written);
    WorkOrder ofNorth = make(QStringLiteral("WO-NORTH-1"), WorkOrderStatus::Planned, -1, false,
                             QStringLiteral("Lille"));
    ofNorth.siteProfile = north.id;
    WorkOrder ofSandbox = make(QStringLiteral("WO-SANDBOX-1"), WorkOrderStatus::Planned, -1, false,
                               QStringLiteral("Nancy"));
    ofSandbox.siteProfile = m_app->site.id;
    WorkOrderEvent planned;
    planned.kind = QStringLiteral("planned");
    QVERIFY(m_store->insert({ofNorth, ofSandbox}, planned));
    m_window->reload();
    QTRY_VERIFY(keysShown().contains(QStringLiteral("WO-SANDBOX-1")));
    QVERIFY(!keysShown().contains(QStringLiteral("WO-NORTH-1")));
    QCOMPARE(keysShown().size(), 6);

    QString error;
    QVERIFY2(registry->setActive(north.id, &error), qPrintable(error));
    QTRY_VERIFY(keysShown().contains(QStringLiteral("WO-NORTH-1")));
    QVERIFY(!keysShown().contains(QStringLiteral("WO-SANDBOX-1")));
    QCOMPARE(keysShown().size(), 6);
    QVERIFY2(m_window->listTitle()->text().contains(QLatin1String("North depot")),
             qPrintable(m_window->listTitle()->text()));
    // What "Create in Deepomatic…" would create with nothing selected: this site's only.
    QStringList chosen;
    for (const WorkOrder &wo : BatchCreation::chooseWorkOrders(*m_store, north.id, {}))
        chosen << wo.key;
    QVERIFY2(chosen.contains(QStringLiteral("WO-NORTH-1")), qPrintable(chosen.join(u',')));
    QVERIFY2(!chosen.contains(QStringLiteral("WO-SANDBOX-1")), qPrintable(chosen.join(u',')));

    // The user's choice is what the next run starts with, the sandbox's included.
    const QString settingsFile =
        QDir(m_app->app()->dataDir()).filePath(QStringLiteral("settings.ini"));
    QCOMPARE(QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("active_profile")),
             QVariant(north.id));

    QVERIFY2(registry->setActive(m_app->site.id, &error), qPrintable(error));
    QTRY_VERIFY(keysShown().contains(QStringLiteral("WO-SANDBOX-1")));
    QVERIFY(!keysShown().contains(QStringLiteral("WO-NORTH-1")));
    QCOMPARE(QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("active_profile")),
             QVariant(m_app->site.id));
}

int main(int argc, char *argv[])
{
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_MainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
