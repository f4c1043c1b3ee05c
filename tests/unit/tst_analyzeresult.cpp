#include "analyzeresult.h"

#include <QTest>

namespace {
const char kAnswer[] = R"json({
  "input": {"id": "5b7e0d2a-1c1f-4f7e-9a55-0c8f3f5d1a11", "task_group_name": "pm-ouvert-avant",
            "date": "2024-03-14T09:30:00.123456Z", "conformity_messages": [],
            "width": 1024, "height": 768, "image_url": "/media/inputs/5b7e.jpg"},
  "task_group": {"name": "pm-ouvert-avant", "order": 1, "tasks": [
      {"id": "t1", "name": "pm-visible", "state": {"analyzed_value": true,
                                                   "corrected_value": null}}]},
  "progress_score": 33
})json";
} // namespace

class tst_AnalyzeResult : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedShape();
    void conformityMessagesMeanNotConform();
    void rejects_data();
    void rejects();
};

void tst_AnalyzeResult::parsesTheDocumentedShape()
{
    const AnalyzeResult::Parsed parsed = AnalyzeResult::fromJson(kAnswer);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const AnalyzeResult &r = parsed.result;
    QCOMPARE(r.input.id, QStringLiteral("5b7e0d2a-1c1f-4f7e-9a55-0c8f3f5d1a11"));
    QCOMPARE(r.input.taskGroupName, QStringLiteral("pm-ouvert-avant"));
    QCOMPARE(r.input.date, QDateTime(QDate(2024, 3, 14), QTime(9, 30, 0, 123), Qt::UTC));
    QCOMPARE(r.input.width, 1024);
    QCOMPARE(r.input.height, 768);
    QCOMPARE(r.input.imageUrl, QUrl(QStringLiteral("/media/inputs/5b7e.jpg")));
    QVERIFY(r.isConform());
    QCOMPARE(r.taskGroup.name, QStringLiteral("pm-ouvert-avant"));
    QCOMPARE(r.taskGroup.tasks.size(), 1);
    QVERIFY(r.taskGroup.tasks.first().isAnalysed());
    QCOMPARE(r.progressScore, 33);
}

void tst_AnalyzeResult::conformityMessagesMeanNotConform()
{
    QByteArray json(kAnswer);
    json.replace(R"("conformity_messages": [])",
                 R"("conformity_messages": ["Too dark.", {"message": "Too blurry."}])");
    const AnalyzeResult::Parsed parsed = AnalyzeResult::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(!parsed.result.isConform());
    QCOMPARE(parsed.result.input.conformityMessages,
             (QStringList{QStringLiteral("Too dark."), QStringLiteral("Too blurry.")}));
}

void tst_AnalyzeResult::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");
    auto with = [](const char *from, const char *to) {
        QByteArray json(kAnswer);
        json.replace(from, to);
        return json;
    };
    QTest::newRow("not JSON") << QByteArray("<html>") << "not JSON";
    QTest::newRow("truncated") << QByteArray(kAnswer).left(120) << "not JSON";
    QTest::newRow("no input") << with(R"("input")", R"("inpot")") << "\"input\"";
    QTest::newRow("input without id") << with(R"("id": "5b7e)", R"("idx": "5b7e)") << "input";
    QTest::newRow("no task group") << with(R"("task_group")", R"("task_grp")") << "task_group";
    QTest::newRow("other group") << with(R"("name": "pm-ouvert-avant")", R"("name": "autre")")
                                 << "autre";
    QTest::newRow("score 120") << with(R"("progress_score": 33)", R"("progress_score": 120)")
                               << "progress_score";
    QTest::newRow("messages not array")
        << with(R"("conformity_messages": [])", R"("conformity_messages": "x")")
        << "conformity_messages";
    QTest::newRow("negative width") << with(R"("width": 1024)", R"("width": -3)") << "width";
    QTest::newRow("state a string")
        << with(R"("state": {"analyzed_value": true,)", R"("state": "ok", "x": {"a": true,)")
        << "state";
}

void tst_AnalyzeResult::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const AnalyzeResult::Parsed parsed = AnalyzeResult::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
}

QTEST_APPLESS_MAIN(tst_AnalyzeResult)
#include "tst_analyzeresult.moc"
