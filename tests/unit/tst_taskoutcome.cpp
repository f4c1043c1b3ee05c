// How a task's state from the API reads for a technician.

#include "taskoutcome.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(TaskOutcome::State)

class tst_TaskOutcome : public QObject
{
    Q_OBJECT
private slots:
    void readsTheState_data();
    void readsTheState();
};

void tst_TaskOutcome::readsTheState_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<TaskOutcome::State>("expected");
    QTest::addColumn<QString>("label");
    using S = TaskOutcome::State;
    QTest::newRow("null state") << QByteArray("{}") << S::NotAnalysed
                                << QStringLiteral("Not analysed");
    QTest::newRow("analysed true")
        << QByteArray(R"({"analyzed_value": true})") << S::Ok << QStringLiteral("OK");
    QTest::newRow("analysed false")
        << QByteArray(R"({"analyzed_value": false, "message": "No label"})") << S::Ko
        << QStringLiteral("Not OK");
    QTest::newRow("analysed null") << QByteArray(R"({"analyzed_value": null})") << S::NotAnalysed
                                   << QStringLiteral("Not analysed");
    QTest::newRow("number") << QByteArray(R"({"analyzed_value": 42})") << S::Value
                            << QStringLiteral("42");
    QTest::newRow("text") << QByteArray(R"({"analyzed_value": "ABC-12"})") << S::Value
                          << QStringLiteral("ABC-12");
    QTest::newRow("corrected wins")
        << QByteArray(R"({"analyzed_value": false, "corrected_value": true})") << S::Corrected
        << QStringLiteral("Corrected: yes");
    QTest::newRow("corrected null is no correction")
        << QByteArray(R"({"analyzed_value": true, "corrected_value": null})") << S::Ok
        << QStringLiteral("OK");
}

void tst_TaskOutcome::readsTheState()
{
    QFETCH(QByteArray, state);
    QFETCH(TaskOutcome::State, expected);
    QFETCH(QString, label);
    RemoteWorkOrder::Task task;
    task.name = QStringLiteral("t");
    task.state = QJsonDocument::fromJson(state).object();
    const TaskOutcome outcome = TaskOutcome::of(task);
    QCOMPARE(outcome.state, expected);
    QCOMPARE(outcome.label(), label);
    if (state.contains("message"))
        QCOMPARE(outcome.message, QStringLiteral("No label"));
}

QTEST_APPLESS_MAIN(tst_TaskOutcome)
#include "tst_taskoutcome.moc"
