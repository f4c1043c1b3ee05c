// "Import planning…" in the main window, with the real dialogs: the file is judged off the UI
// thread, every problem is listed with its line before anything is written, the user's mode is
// applied, and a summary follows; the list then shows the new work orders with their
// "Verified" column.

#include "callbackschemehandler.h"
#include "connectorsession.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "planningimportdialog.h"
#include "planningimportflow.h"
#include "webprofiles.h"
#include "workorderstore.h"
#include "workordertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class tst_PlanningImportUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void problemsAreListedByLineBeforeAnythingIsWritten();
    void goodRowsOnlyImportsAndSummarises();
    void cancelWritesNothing();
    void unreadableFileSaysWhy();
    void verifiedColumnSaysWhen();

private:
    PlanningImportDialog *judge(const QByteArray &bytes, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkOrderStore> m_store;
    std::unique_ptr<DeepomaticClient> m_client;
    std::unique_ptr<WebProfiles> m_profiles;
    std::unique_ptr<ConnectorSession> m_session;
    std::unique_ptr<InterventionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void tst_PlanningImportUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkOrderStore>();
    QVERIFY(m_store->open(m_dir->filePath("db.sqlite")));
    WorkOrder existing;
    existing.key = existing.name = QStringLiteral("WO-OLD");
    existing.plannedDate = QDate(2026, 4, 1);
    QVERIFY(m_store->insert({existing}, WorkOrderEvent{}));
    m_client = std::make_unique<DeepomaticClient>();
    m_profiles = std::make_unique<WebProfiles>(m_dir->filePath("web"));
    m_session = std::make_unique<ConnectorSession>(m_profiles.get());
    m_controller =
        std::make_unique<InterventionController>(m_store.get(), m_client.get(), m_session.get());
    SiteProfile site;
    site.id = QStringLiteral("acme");
    m_controller->setSite(site);
    m_window = std::make_unique<MainWindow>(m_store.get(), m_controller.get(), m_session.get());
    m_window->setKnownWorkOrderTypes({"installation", "maintenance"});
    m_window->reload();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_PlanningImportUi::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_session.reset();
    m_profiles.reset();
    m_client.reset();
    m_store.reset();
    m_dir.reset();
}

PlanningImportDialog *tst_PlanningImportUi::judge(const QByteArray &bytes, const QString &name)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return nullptr;
    file.close();
    PlanningImportFlow *flow = m_window->planningImport();
    QSignalSpy judged(flow, &PlanningImportFlow::fileJudged);
    flow->importFile(file.fileName());
    // Judged on a worker thread: the window is busy meanwhile, not frozen.
    if (!flow->isBusy() || m_window->importPlanningAction()->isEnabled())
        return nullptr;
    if (!judged.wait(10000) || !QTest::qWaitForWindowExposed(flow->dialog()))
        return nullptr;
    return flow->dialog();
}

void tst_PlanningImportUi::problemsAreListedByLineBeforeAnythingIsWritten()
{
    PlanningImportDialog *dialog = judge("reference,planned_date,types\n"
                                         "WO-1,2026-05-04,installation\n"
                                         "WO-2,2026-05-32,installation\n"
                                         "WO-OLD,2026-05-05,repair\n",
                                         "plan.csv");
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_store->count(), 1); // nothing written yet
    QTreeWidget *problems = dialog->problemList();
    QCOMPARE(problems->topLevelItemCount(), 3);
    QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("3"));
    QVERIFY(problems->topLevelItem(0)->text(1).contains("2026-05-32"));
    QCOMPARE(problems->topLevelItem(1)->text(0), QStringLiteral("4"));
    QVERIFY(problems->topLevelItem(1)->text(1).contains("repair"));
    QVERIFY(problems->topLevelItem(2)->text(1).contains("already exists"));
    QVERIFY(dialog->summaryLabel()->text().contains("1 good"));
    // All or nothing cannot import a file with problems; the good rows can be.
    QVERIFY(dialog->goodRowsButton()->isChecked());
    QVERIFY(dialog->importButton()->isEnabled());
    // On the indicator: a radio button only takes clicks on its indicator and its text.
    auto clickRadio = [](QRadioButton *b) {
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
    };
    clickRadio(dialog->allOrNothingButton());
    QVERIFY(dialog->allOrNothingButton()->isChecked());
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->reject();
    QCOMPARE(m_store->count(), 1);
}

void tst_PlanningImportUi::goodRowsOnlyImportsAndSummarises()
{
    PlanningImportDialog *dialog = judge("reference,planned_date,types\n"
                                         "WO-1,2026-05-04,installation\n"
                                         "WO 2,2026-05-04,installation\n"
                                         "WO-3,2026-05-05,maintenance\n",
                                         "plan.csv");
    QVERIFY(dialog);
    PlanningImportFlow *flow = m_window->planningImport();
    QSignalSpy finished(flow, &PlanningImportFlow::importFinished);
    QSignalSpy loaded(m_window.get(), &MainWindow::workOrdersLoaded);
    QTest::mouseClick(dialog->goodRowsButton(), Qt::LeftButton, {},
                      QPoint(8, dialog->goodRowsButton()->height() / 2));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_store->count(), 3);
    QMessageBox *summary = flow->summaryBox();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains("2 work order(s) imported from plan.csv"),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains("1 row(s) skipped"));
    QVERIFY(summary->detailedText().contains("line 3: "));
    QVERIFY(!flow->isBusy());
    QVERIFY(m_window->importPlanningAction()->isEnabled());
    // The list is read again and shows the first imported work order.
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->workOrderModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->selectedKey(), QStringLiteral("WO-1"));
    summary->accept();
}

void tst_PlanningImportUi::cancelWritesNothing()
{
    PlanningImportDialog *dialog =
        judge("[{\"reference\": \"WO-9\", \"planned_date\": \"2026-05-04\"}]", "plan.json");
    QVERIFY(dialog);
    QVERIFY(dialog->allOrNothingButton()->isChecked()); // a clean file: the safe mode
    dialog->reject();
    QCOMPARE(m_store->count(), 1);
    QVERIFY(!m_window->planningImport()->isBusy());
}

void tst_PlanningImportUi::unreadableFileSaysWhy()
{
    PlanningImportDialog *dialog = judge("reference;planned_date\nWO-1;2026-05-04\n", "plan.csv");
    QVERIFY(dialog);
    // One unknown column, and the two required ones missing.
    QCOMPARE(dialog->problemList()->topLevelItemCount(), 3);
    QVERIFY(dialog->problemList()->topLevelItem(0)->text(1).contains("reference;planned_date"));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(!dialog->goodRowsButton()->isEnabled());
    dialog->reject();
}

void tst_PlanningImportUi::verifiedColumnSaysWhen()
{
    WorkOrder wo;
    wo.key = wo.name = QStringLiteral("WO-V");
    wo.plannedDate = QDate(2026, 4, 1);
    wo.deepomaticId = QStringLiteral("4f4cb171-bf5e-5df0-a14b-97a2b11dc8a6");
    wo.status = WorkOrderStatus::Created;
    wo.lastProgress = ProgressReading::fromApi(40, QDateTime::currentDateTimeUtc().addSecs(-600));
    QVERIFY(m_store->insert({wo}, WorkOrderEvent{}));
    m_window->reload();
    WorkOrderTableModel *model = m_window->workOrderModel();
    const QModelIndex verified =
        model->index(model->rowOf("WO-V"), WorkOrderTableModel::VerifiedColumn);
    QCOMPARE(verified.data().toString(), QStringLiteral("10 min ago"));
    QVERIFY(verified.data(Qt::ToolTipRole).toString().startsWith("Verified with Deepomatic on"));
    const QModelIndex never =
        model->index(model->rowOf("WO-OLD"), WorkOrderTableModel::VerifiedColumn);
    QCOMPARE(never.data().toString(), QStringLiteral("—"));
    QCOMPARE(model->headerData(WorkOrderTableModel::VerifiedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Verified"));
    // The whole list is refreshed when at most one row is selected: only what is in Deepomatic.
    QCOMPARE(m_window->progressRefreshKeys(), QStringList{"WO-V"});
}

int main(int argc, char *argv[])
{
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_PlanningImportUi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_planningimportui.moc"
