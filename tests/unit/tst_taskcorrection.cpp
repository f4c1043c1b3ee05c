#include "taskcorrection.h"

#include <QTest>

class tst_TaskCorrection : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void tst_TaskCorrection::parses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QJsonValue>("analysed");
    QTest::addColumn<QJsonValue>("corrected");
    QTest::addColumn<QString>("message");
    QTest::newRow("boolean") << QByteArray(R"({"id": "t1", "state": {"analyzed_value": true,
        "corrected_value": false, "message": "Le PM n'est pas visible."}})")
                             << "t1" << QJsonValue(true) << QJsonValue(false)
                             << "Le PM n'est pas visible.";
    QTest::newRow("numeric id, not analysed")
        << QByteArray(R"({"id": 42, "state": {"corrected_value": "REF-9"}})") << "42"
        << QJsonValue(QJsonValue::Null) << QJsonValue(QStringLiteral("REF-9")) << QString();
    QTest::newRow("number, null message") << QByteArray(
        R"({"id": "t", "state": {"analyzed_value": 3, "corrected_value": 4, "message": null}})")
                                          << "t" << QJsonValue(3) << QJsonValue(4) << QString();
}

void tst_TaskCorrection::parses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, taskId);
    QFETCH(QJsonValue, analysed);
    QFETCH(QJsonValue, corrected);
    QFETCH(QString, message);
    const TaskCorrection::Parsed parsed = TaskCorrection::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.correction.taskId, taskId);
    QCOMPARE(parsed.correction.analyzedValue, analysed);
    QCOMPARE(parsed.correction.correctedValue, corrected);
    QCOMPARE(parsed.correction.message, message);
}

void tst_TaskCorrection::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
    QTest::newRow("array") << QByteArray("[]") << "object";
    QTest::newRow("no id") << QByteArray(R"({"state": {"corrected_value": 1}})") << "\"id\"";
    QTest::newRow("id 1.5") << QByteArray(R"({"id": 1.5, "state": {"corrected_value": 1}})")
                            << "\"id\"";
    QTest::newRow("no state") << QByteArray(R"({"id": "t"})") << "state";
    QTest::newRow("state null") << QByteArray(R"({"id": "t", "state": null})") << "state";
    QTest::newRow("no corrected value")
        << QByteArray(R"({"id": "t", "state": {}})") << "corrected_value";
    QTest::newRow("message number")
        << QByteArray(R"({"id": "t", "state": {"corrected_value": 1, "message": 3}})") << "message";
}

void tst_TaskCorrection::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const TaskCorrection::Parsed parsed = TaskCorrection::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
}

QTEST_APPLESS_MAIN(tst_TaskCorrection)
#include "tst_taskcorrection.moc"
