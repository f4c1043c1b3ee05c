#include "workorderstatus.h"

#include <QSet>
#include <QTest>

class tst_WorkOrderStatus : public QObject
{
    Q_OBJECT

private slots:
    void keyRoundTrip_data();
    void keyRoundTrip();
    void unknownKey_data();
    void unknownKey();
    void keysAndDisplayNamesAreDistinct();
};

void tst_WorkOrderStatus::keyRoundTrip_data()
{
    QTest::addColumn<WorkOrderStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("closed");

    // The stored keys are a file format: they must never change.
    QTest::newRow("planned") << WorkOrderStatus::Planned << "planned" << false;
    QTest::newRow("created") << WorkOrderStatus::Created << "created" << false;
    QTest::newRow("in_progress") << WorkOrderStatus::InProgress << "in_progress" << false;
    QTest::newRow("ready_to_close") << WorkOrderStatus::ReadyToClose << "ready_to_close" << false;
    QTest::newRow("blocked") << WorkOrderStatus::Blocked << "blocked" << false;
    QTest::newRow("closed") << WorkOrderStatus::Closed << "closed" << true;
    QTest::newRow("closed_override")
        << WorkOrderStatus::ClosedOverride << "closed_override" << true;
}

void tst_WorkOrderStatus::keyRoundTrip()
{
    QFETCH(WorkOrderStatus, status);
    QFETCH(QString, key);
    QFETCH(bool, closed);

    QCOMPARE(workOrderStatusKey(status), key);
    const std::optional<WorkOrderStatus> parsed = workOrderStatusFromKey(key);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, status);
    QCOMPARE(isClosedStatus(status), closed);
    QVERIFY(!workOrderStatusDisplayName(status).isEmpty());
}

void tst_WorkOrderStatus::unknownKey_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << QStringLiteral("archived");
    QTest::newRow("upper-case") << QStringLiteral("PLANNED");
    QTest::newRow("display name") << QStringLiteral("Planned");
    QTest::newRow("display name with space") << QStringLiteral("In progress");
    QTest::newRow("leading space") << QStringLiteral(" planned");
    QTest::newRow("trailing space") << QStringLiteral("closed ");
    QTest::newRow("hyphen instead of underscore") << QStringLiteral("closed-override");
    QTest::newRow("prefix of a key") << QStringLiteral("close");
    QTest::newRow("enum number") << QStringLiteral("5");
}

void tst_WorkOrderStatus::unknownKey()
{
    QFETCH(QString, key);
    QVERIFY(!workOrderStatusFromKey(key).has_value());
}

void tst_WorkOrderStatus::keysAndDisplayNamesAreDistinct()
{
    const WorkOrderStatus all[] = {
        WorkOrderStatus::Planned,        WorkOrderStatus::Created, WorkOrderStatus::InProgress,
        WorkOrderStatus::ReadyToClose,   WorkOrderStatus::Blocked, WorkOrderStatus::Closed,
        WorkOrderStatus::ClosedOverride,
    };
    QSet<QString> keys;
    QSet<QString> names;
    for (WorkOrderStatus s : all) {
        keys.insert(workOrderStatusKey(s));
        names.insert(workOrderStatusDisplayName(s));
    }
    QCOMPARE(keys.size(), 7);
    QCOMPARE(names.size(), 7);
}

QTEST_APPLESS_MAIN(tst_WorkOrderStatus)
#include "tst_workorderstatus.moc"
