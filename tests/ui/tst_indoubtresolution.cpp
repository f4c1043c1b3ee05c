// A create whose outcome is unknown (the answer was lost, the site offers no look-up by name)
// may have made the work order in Deepomatic. Nothing may create it again behind the user's
// back; a person settles it from the details pane: link it to the work order found in
// Deepomatic, or create it again after checking. Real sandbox over loopback, real SQLite.

#include "connectorsession.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "outboxrunner.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "testapp.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"
#include "workordertablemodel.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {
const QString Key = QStringLiteral("WO-NANTES-7");

// Answers the next modal dialog once it is up (QInputDialog or QMessageBox).
void whenDialogShows(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}
} // namespace

class tst_InDoubtResolution : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void inDoubtCreateIsNeverSentAgainByItself();
    void linkRefusesWhatIsNotThisWorkOrder_data();
    void linkRefusesWhatIsNotThisWorkOrder();
    void linkToTheExistingWorkOrderSettlesIt();
    void createAgainAfterCheckingSendsOnce();
    void cancelledCreateAgainSendsNothing();
    void twoWorkOrdersWithTheNameAreLinkedWithOneTap();

private:
    void makeCreateInDoubt();
    QString sandboxIdNamed(const QString &name) const;
    WorkOrder current() const { return *m_controller->workOrder(Key); }

    std::unique_ptr<TestApp> m_app;
    SandboxServer *m_sandbox = nullptr;
    WorkOrderStore *m_store = nullptr;
    DeepomaticClient *m_client = nullptr;
    InterventionController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_InDoubtResolution::init()
{
    m_app = std::make_unique<TestApp>();
    m_sandbox = &m_app->sandbox;
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    // A site that documents no look-up by name, like the real API.
    m_app->site.lookupByName = false;
    {
        WorkOrderStore seed; // what an earlier run left
        QVERIFY(seed.open(m_app->databaseFile()));
        WorkOrder wo;
        wo.key = wo.name = Key;
        wo.plannedDate = QDate(2026, 12, 2);
        wo.technicianEmail = m_sandbox->seededWorkOrders()
                                 .constFirst()
                                 .value(QStringLiteral("field_engineer_email"))
                                 .toString();
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("planned");
        QVERIFY(seed.insert({wo}, planned));
    }
    QVERIFY(m_app->launch(false, QStringLiteral("dispatcher")));
    m_store = m_app->store();
    m_client = m_app->client();
    m_controller = m_app->controller();
    m_window = m_app->window();
    m_window->selectWorkOrder(Key);
    QCOMPARE(m_window->selectedKey(), Key);
    makeCreateInDoubt();
}

void tst_InDoubtResolution::cleanup()
{
    m_app.reset();
}

void tst_InDoubtResolution::makeCreateInDoubt()
{
    // The create is applied, then the connection drops before the answer.
    SandboxFaults faults;
    faults.dropAfter = 1.0;
    m_sandbox->setFaults(faults);
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    QSignalSpy settled(m_controller->outboxRunner(), &OutboxRunner::entrySettled);
    QTest::mouseClick(pane->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 20000);
    m_sandbox->setFaults({});
    QVERIFY(m_controller->outboxRunner()->unresolvedCreate(Key).has_value());
    QCOMPARE(m_controller->outboxRunner()->unresolvedCreate(Key)->state,
             OutboxEntry::State::InDoubt);
    QVERIFY(current().deepomaticId.isEmpty());
    QVERIFY(!sandboxIdNamed(Key).isEmpty()); // it did reach Deepomatic
}

QString tst_InDoubtResolution::sandboxIdNamed(const QString &name) const
{
    for (const QString &id : m_sandbox->workOrderIds()) {
        if (m_sandbox->workOrderJson(id).value(QStringLiteral("name")).toString() == name)
            return id;
    }
    return {};
}

void tst_InDoubtResolution::inDoubtCreateIsNeverSentAgainByItself()
{
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    // The pane says so and offers the two ways out, not a plain Create.
    const QLabel *message = pane->findChild<QLabel *>(QStringLiteral("paneMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("in doubt")), qPrintable(message->text()));
    QVERIFY2(pane->reasonLabel()->text().contains(QLatin1String("may already exist")),
             qPrintable(pane->reasonLabel()->text()));
    QVERIFY(!pane->closeButton()->isEnabled());
    QVERIFY(!pane->createButton()->isVisible());
    QVERIFY(pane->linkButton()->isVisible());
    QVERIFY(pane->createAgainButton()->isVisible());

    // Batch creation ("every planned one") leaves it out, with the reason.
    const int before = m_sandbox->createRequestCount();
    QHash<QString, QString> problems;
    const auto queued = m_controller->outboxRunner()->queueCreates({current()}, &problems);
    QVERIFY(queued.isEmpty());
    QVERIFY2(problems.value(Key).contains(QLatin1String("in doubt")),
             qPrintable(problems.value(Key)));
    // Nor does the controller's create, whatever calls it.
    QSignalSpy finished(m_controller, &InterventionController::creationFinished);
    m_controller->createInDeepomatic(Key);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QTest::qWait(300);
    QCOMPARE(m_sandbox->createRequestCount(), before);

    // Still there after a restart of the window's view of it.
    m_window->reload();
    m_window->selectWorkOrder(Key);
    QVERIFY(pane->linkButton()->isVisible());
}

void tst_InDoubtResolution::linkRefusesWhatIsNotThisWorkOrder_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a UUID") << QStringLiteral("WO-NANTES-7")
                                << QStringLiteral("is not a Deepomatic work order id");
    QTest::newRow("unknown id") << QStringLiteral("0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57")
                                << QStringLiteral("Deepomatic has no work order");
    QTest::newRow("another work order") << QString() // a seeded one, another name
                                        << QStringLiteral("is named");
}

void tst_InDoubtResolution::linkRefusesWhatIsNotThisWorkOrder()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    if (id.isEmpty())
        id = m_sandbox->workOrderIds().constFirst();
    QSignalSpy finished(m_controller->outboxRunner(), &OutboxRunner::linkFinished);
    whenDialogShows([id](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        dialog->setTextValue(id);
        dialog->accept();
    });
    QTest::mouseClick(m_window->detailsPane()->linkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    const QString message = finished.first().at(2).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    // Said in the pane; nothing changed.
    const QLabel *shown =
        m_window->detailsPane()->findChild<QLabel *>(QStringLiteral("paneMessage"));
    QCOMPARE(shown->text(), message);
    QVERIFY(current().deepomaticId.isEmpty());
    QCOMPARE(m_controller->outboxRunner()->unresolvedCreate(Key)->state,
             OutboxEntry::State::InDoubt);
}

void tst_InDoubtResolution::linkToTheExistingWorkOrderSettlesIt()
{
    const QString id = sandboxIdNamed(Key);
    const int before = m_sandbox->createRequestCount();
    QSignalSpy finished(m_controller->outboxRunner(), &OutboxRunner::linkFinished);
    whenDialogShows([id](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("  %1 ").arg(id)); // pasted with spaces
        dialog->accept();
    });
    QTest::mouseClick(m_window->detailsPane()->linkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));

    const WorkOrder wo = current();
    QCOMPARE(wo.deepomaticId, id);
    QCOMPARE(wo.status, WorkOrderStatus::Created);
    const WorkOrderEvent last = m_store->events(Key).constLast();
    QCOMPARE(last.kind, QStringLiteral("linked_in_deepomatic"));
    QCOMPARE(last.user, QStringLiteral("dispatcher"));
    QCOMPARE(last.toStatus, QStringLiteral("created"));
    // The outbox entry is settled, nothing was created twice, and the pane is back to normal.
    QVERIFY(!m_controller->outboxRunner()->unresolvedCreate(Key).has_value());
    QCOMPARE(m_controller->outboxRunner()->counts().inDoubt, 0);
    QCOMPARE(m_sandbox->createRequestCount(), before);
    QVERIFY(!m_window->detailsPane()->linkButton()->isVisible());
    QVERIFY(m_window->detailsPane()->openButton()->isVisible());
}

void tst_InDoubtResolution::createAgainAfterCheckingSendsOnce()
{
    // The person checked in Deepomatic and found nothing (here: it was deleted there).
    const QString first = sandboxIdNamed(Key);
    bool deleted = false;
    m_client->deleteWorkOrder(first, this, [&deleted](const QString &, const ApiError &error) {
        deleted = !error.isError();
    });
    QTRY_VERIFY(deleted);
    const int before = m_sandbox->createRequestCount();
    whenDialogShows([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY2(box->text().contains(Key), qPrintable(box->text()));
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    QTest::mouseClick(m_window->detailsPane()->createAgainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!current().deepomaticId.isEmpty(), 10000);
    QCOMPARE(m_sandbox->createRequestCount(), before + 1);
    QCOMPARE(current().deepomaticId, sandboxIdNamed(Key));
    QStringList kinds;
    for (const WorkOrderEvent &e : m_store->events(Key))
        kinds << e.kind;
    QVERIFY2(kinds.contains(QStringLiteral("create_sent_again")), qPrintable(kinds.join(u',')));
    QCOMPARE(kinds.constLast(), QStringLiteral("created_in_deepomatic"));
    QCOMPARE(m_controller->outboxRunner()->counts().inDoubt, 0);
}

void tst_InDoubtResolution::cancelledCreateAgainSendsNothing()
{
    const int before = m_sandbox->createRequestCount();
    whenDialogShows([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->reject();
    });
    QTest::mouseClick(m_window->detailsPane()->createAgainButton(), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(m_sandbox->createRequestCount(), before);
    QCOMPARE(m_controller->outboxRunner()->unresolvedCreate(Key)->state,
             OutboxEntry::State::InDoubt);
}

void tst_InDoubtResolution::twoWorkOrdersWithTheNameAreLinkedWithOneTap()
{
    // Sent again after the first went in doubt, and that answer lost too: now the site can be
    // searched, and the look-up finds two work orders with this name.
    m_client->setLookupByNameSupported(true);
    SandboxFaults faults;
    faults.dropAfter = 1.0;
    m_sandbox->setFaults(faults);
    QSignalSpy settled(m_controller->outboxRunner(), &OutboxRunner::entrySettled);
    whenDialogShows([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("two")), qPrintable(box->text()));
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    QTest::mouseClick(m_window->detailsPane()->createAgainButton(), Qt::LeftButton);
    // The create's lost answer; the look-up meets the same fault and is retried until the
    // faults are lifted.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->createRequestCount(), 2, 10000);
    m_sandbox->setFaults({});
    OutboxRunner *runner = m_controller->outboxRunner();
    QTRY_VERIFY_WITH_TIMEOUT(runner->inDoubtCandidates(Key).size() == 2, 30000);
    QVERIFY(!settled.isEmpty());
    m_window->selectWorkOrder(Key);

    WorkOrderDetailsPane *pane = m_window->detailsPane();
    QVERIFY(pane->candidatesBox()->isVisible());
    const QList<QPushButton *> links =
        pane->candidatesBox()->findChildren<QPushButton *>(QStringLiteral("linkCandidateButton"));
    QCOMPARE(links.size(), 2);
    QStringList ids;
    for (const QWidget *row :
         pane->candidatesBox()->findChildren<QWidget *>(QStringLiteral("candidate"))) {
        const QLabel *facts = row->findChild<QLabel *>();
        QVERIFY(facts);
        QVERIFY2(facts->text().contains(QLatin1String("progress 0 %")), qPrintable(facts->text()));
        ids << facts->toolTip();
    }
    for (const QPushButton *link : links)
        QTRY_VERIFY(link->height() >= 48); // one tap, gloves included
    QCOMPARE(ids.size(), 2);

    QSignalSpy linked(m_controller->outboxRunner(), &OutboxRunner::linkFinished);
    const int before = m_sandbox->createRequestCount();
    QTest::mouseClick(links.last(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, 10000);
    QVERIFY2(linked.first().at(1).toBool(), qPrintable(linked.first().at(2).toString()));
    QCOMPARE(current().deepomaticId, ids.last());
    QCOMPARE(m_sandbox->createRequestCount(), before);
    QCOMPARE(m_controller->outboxRunner()->counts().inDoubt, 0);
    QTRY_VERIFY(!pane->candidatesBox()->isVisible());
}

QTEST_MAIN(tst_InDoubtResolution)
#include "tst_indoubtresolution.moc"
