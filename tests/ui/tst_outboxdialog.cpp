// The outbox dialog over the real outbox (SQLite), the real runner and the in-process sandbox on
// loopback: a create the server refused (failed) and a create whose answer was lost with no way
// to look it up (in doubt) are listed with their state, attempts and error in the table; Retry
// and Discard are confirmed with what they risk, declining changes nothing, and what they do is
// in the work order's trail.

#include "deepomaticclient.h"
#include "outbox.h"
#include "outboxdialog.h"
#include "outboxrig.h"
#include "outboxrunner.h"
#include "sandboxserver.h"
#include "workorderstore.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// The person at the dialog: what they were asked last, and what they answer next.
struct ScriptedAnswer {
    explicit ScriptedAnswer(OutboxDialog &dialog)
    {
        dialog.setConfirm([this](const QString &, const QString &text) {
            asked = text;
            return answer;
        });
    }
    QString asked;
    bool answer = false;
};
} // namespace

class tst_OutboxDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsWhatIsNotDoneWithItsErrorInWords();
    void retryOfACreateInDoubtNamesTheRiskAndSendsOnlyWhenConfirmed();
    void discardIsConfirmedAndKeptInTheTrail();

private:
    int row(OutboxDialog &dialog, const QString &key) const;
    int remoteCount(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<OutboxRig> m_rig;
};

namespace {
const QString kRefused = QStringLiteral("OUTBOX-REFUSED");
const QString kDoubt = QStringLiteral("OUTBOX-DOUBT");
int s_run = 0;
} // namespace

void tst_OutboxDialog::init()
{
    m_rig = std::make_unique<OutboxRig>();
    QVERIFY(m_rig->start(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++s_run))));
    WorkOrder refused; // the server refuses its engineer: failed for good
    refused.key = refused.name = kRefused;
    refused.technicianEmail = QStringLiteral("nobody@nowhere.example");
    WorkOrder doubt;
    doubt.key = doubt.name = kDoubt;
    doubt.technicianEmail = m_rig->knownEngineer();
    QVERIFY(m_rig->store().insert({refused, doubt},
                                  WorkOrderEvent::of(WorkOrderEvent::Kind::Planned, {}, {}, {})));
    // A site whose listing cannot be searched by name: a lost answer cannot be settled.
    m_rig->client().setLookupByNameSupported(false);
    OutboxRunner &runner = m_rig->runner();
    runner.setUserName(QStringLiteral("camille"));

    runner.queueCreates({*m_rig->store().find(kRefused)});
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(runner.counts().failed, 1, 10000);
    SandboxFaults drop;
    drop.dropAfter = 1; // applied, answer lost
    m_rig->sandbox().setFaults(drop);
    runner.queueCreates({*m_rig->store().find(kDoubt)});
    QTRY_COMPARE_WITH_TIMEOUT(runner.counts().inDoubt, 1, 10000);
    m_rig->sandbox().setFaults({});
    QCOMPARE(remoteCount(kDoubt), 1);
}

void tst_OutboxDialog::cleanup()
{
    m_rig.reset();
}

int tst_OutboxDialog::row(OutboxDialog &dialog, const QString &key) const
{
    for (int r = 0; r < dialog.table()->rowCount(); ++r) {
        if (dialog.table()->item(r, 0)->text() == key)
            return r;
    }
    return -1;
}

int tst_OutboxDialog::remoteCount(const QString &name) const
{
    return m_rig->remoteCount([&name](const QString &n) { return n == name; });
}

void tst_OutboxDialog::listsWhatIsNotDoneWithItsErrorInWords()
{
    OutboxDialog dialog(&m_rig->runner());
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 2);
    const int refused = row(dialog, kRefused);
    const int doubt = row(dialog, kDoubt);
    QVERIFY(refused >= 0 && doubt >= 0);
    QCOMPARE(dialog.table()->item(refused, 1)->text(), QStringLiteral("Create in Deepomatic"));
    QCOMPARE(dialog.table()->item(refused, 2)->text(), QStringLiteral("Failed"));
    QCOMPARE(dialog.table()->item(doubt, 2)->text(), QStringLiteral("In doubt"));
    QVERIFY(dialog.table()->item(refused, 3)->text().toInt() >= 1);
    // The error is in the cell, not only in a tooltip.
    QVERIFY2(!dialog.table()->item(refused, 4)->text().isEmpty()
                 && dialog.table()->item(refused, 4)->text() != QLatin1String("none"),
             qPrintable(dialog.table()->item(refused, 4)->text()));
    QVERIFY(!dialog.table()->item(doubt, 4)->text().isEmpty());

    // Nothing selected: nothing to act on.
    QVERIFY(!dialog.retryButton()->isEnabled());
    QVERIFY(!dialog.discardButton()->isEnabled());
    dialog.table()->selectRow(refused);
    QVERIFY(dialog.retryButton()->isEnabled());
    QVERIFY(dialog.discardButton()->isEnabled());
    // For people to look at: FIELDCONNECT_SCREENSHOTS=<dir> keeps a picture of the dialog.
    if (const QString dir = qEnvironmentVariable("FIELDCONNECT_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/outbox-dialog.png")));
}

void tst_OutboxDialog::retryOfACreateInDoubtNamesTheRiskAndSendsOnlyWhenConfirmed()
{
    OutboxDialog dialog(&m_rig->runner());
    dialog.show();
    ScriptedAnswer confirm(dialog);
    QString &asked = confirm.asked;
    bool &answer = confirm.answer;
    dialog.table()->selectRow(row(dialog, kDoubt));
    QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("second work order")), qPrintable(asked));
    QTest::qWait(300);
    QCOMPARE(m_rig->runner().counts().inDoubt, 1); // declined: nothing sent
    QCOMPARE(remoteCount(kDoubt), 1);

    answer = true;
    QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
    // Sent as it is: the first attempt had reached the site, so there are two now - the risk
    // the question named.
    QTRY_COMPARE_WITH_TIMEOUT(remoteCount(kDoubt), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(row(dialog, kDoubt), -1, 10000); // done: leaves the list
    bool recorded = false;
    for (const WorkOrderEvent &e : m_rig->store().events(kDoubt))
        recorded |=
            e.is(WorkOrderEvent::Kind::CreateSentAgain) && e.user == QLatin1String("camille");
    QVERIFY(recorded);
}

void tst_OutboxDialog::discardIsConfirmedAndKeptInTheTrail()
{
    OutboxDialog dialog(&m_rig->runner());
    dialog.show();
    ScriptedAnswer confirm(dialog);
    QString &asked = confirm.asked;
    bool &answer = confirm.answer;
    dialog.table()->selectRow(row(dialog, kRefused));
    QTest::mouseClick(dialog.discardButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(kRefused), qPrintable(asked));
    QCOMPARE(m_rig->runner().counts().failed, 1);

    answer = true;
    dialog.table()->selectRow(row(dialog, kRefused));
    QTest::mouseClick(dialog.discardButton(), Qt::LeftButton);
    QCOMPARE(m_rig->runner().counts().failed, 0);
    QCOMPARE(row(dialog, kRefused), -1);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(m_rig->store().find(kRefused)); // the work order itself stays
    const QList<WorkOrderEvent> events = m_rig->store().events(kRefused);
    QVERIFY(!events.isEmpty());
    QVERIFY(events.last().is(WorkOrderEvent::Kind::RequestDiscarded));
    QCOMPARE(events.last().user, QStringLiteral("camille"));
    QCOMPARE(events.last().data.value(QStringLiteral("request")).toString(),
             QStringLiteral("create_work_order"));

    // The in-doubt create can be discarded too, and its question says where the twin may be.
    dialog.table()->selectRow(row(dialog, kDoubt));
    QTest::mouseClick(dialog.discardButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("link it")), qPrintable(asked));
    QCOMPARE(dialog.table()->rowCount(), 0);
    QCOMPARE(remoteCount(kDoubt), 1); // nothing sent
}

QTEST_MAIN(tst_OutboxDialog)
#include "tst_outboxdialog.moc"
