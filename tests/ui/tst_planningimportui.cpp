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
#include "planningimporter.h"
#include "progressrefresher.h"
#include "testapp.h"
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

    std::unique_ptr<TestApp> m_app;
    WorkOrderStore *m_store = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_PlanningImportUi::init()
{
    m_app = std::make_unique<TestApp>();
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    {
        WorkOrderStore seed; // what an earlier run left
        QVERIFY(seed.open(m_app->databaseFile()));
        WorkOrder existing;
        existing.key = existing.name = QStringLiteral("WO-OLD");
        existing.plannedDate = QDate(2026, 4, 1);
        QVERIFY(seed.insert({existing}, WorkOrderEvent{}));
    }
    QVERIFY(m_app->launch());
    m_store = m_app->store();
    m_window = m_app->window();
    m_app->app()->planningImporter()->setKnownTypes({"installation", "maintenance"});
}

void tst_PlanningImportUi::cleanup()
{
    m_app.reset();
}

PlanningImportDialog *tst_PlanningImportUi::judge(const QByteArray &bytes, const QString &name)
{
    QFile file(m_app->dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return nullptr;
    file.close();
    QSignalSpy judged(m_window, &MainWindow::planningFileJudged);
    m_window->importPlanningFile(file.fileName());
    // Judged on a worker thread: the window is busy meanwhile, not frozen.
    if (!m_window->planningImporter()->isBusy() || m_window->importPlanningAction()->isEnabled())
        return nullptr;
    if (!judged.wait(10000) || !QTest::qWaitForWindowExposed(m_window->planningImportDialog()))
        return nullptr;
    return m_window->planningImportDialog();
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
    PlanningImporter *importer = m_window->planningImporter();
    QSignalSpy finished(importer, &PlanningImporter::imported);
    QSignalSpy loaded(m_window, &MainWindow::workOrdersLoaded);
    QTest::mouseClick(dialog->goodRowsButton(), Qt::LeftButton, {},
                      QPoint(8, dialog->goodRowsButton()->height() / 2));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_store->count(), 3);
    QMessageBox *summary = m_window->importSummaryBox();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains("2 work order(s) imported from plan.csv"),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains("1 row(s) skipped"));
    QVERIFY(summary->detailedText().contains("line 3: "));
    QVERIFY(!importer->isBusy());
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
    QVERIFY(!m_window->planningImporter()->isBusy());
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
    QCOMPARE(ProgressRefresher::chooseWorkOrders(*m_store, QStringLiteral("sandbox"),
                                                 m_window->selectedKeys()),
             QStringList{"WO-V"});
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
