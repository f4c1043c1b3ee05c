#include "remoteworkorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
const QString kId = QStringLiteral("0f6c1f0e-3a1b-4c2d-9e8f-123456789abc");

// Shaped like Deepomatic's own sample data (URLs with escaped slashes: moc 6.4 reads "//" in a
// raw string as a comment start): task groups not sorted by "order", French names,
// dates with microseconds, a task state that is null until analysed.
const char kRealistic[] = R"json({
  "id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc",
  "name": "WO-2024_00042",
  "progress_score": 67,
  "create_date": "2024-03-14T09:30:00.123456Z",
  "update_date": "2024-03-14T10:45:12.000001Z",
  "review_date": null,
  "metadata": {"site_code": "PAR-12", "floor": 3},
  "app_version_id": 12,
  "site_id": "000f0174-bdf0-47b3-bb3e-0123456789ab",
  "types": ["maintenance", "installation"],
  "field_engineer_email": "camille@example.com",
  "field_engineer_name": "Camille Martin",
  "task_groups": [
    {
      "id": 303,
      "name": "pm-ferme-apres",
      "description": "PM fermé après intervention",
      "order": 3,
      "input_examples": ["https:\/\/storage.example.com\/signed?X-Expires=60"],
      "tasks": [
        {"id": "t3", "name": "pm-ferme", "sentence": "Le PM est-il fermé ?", "mandatory": true,
         "only_for_dashboard": false, "conformity_status": true, "outcome_type": "Boolean",
         "state": null}
      ]
    },
    {
      "id": 101,
      "name": "pm-ouvert-avant",
      "display_name": "PM ouvert (avant)",
      "description": "Photo du PM ouvert avant l’intervention",
      "order": 1,
      "tasks": [
        {"id": "t1", "name": "etiquette-lisible", "sentence": "L’étiquette est-elle lisible ?",
         "mandatory": true, "only_for_dashboard": false, "conformity_status": true,
         "outcome_type": "Boolean",
         "state": {"analyzed_value": true, "corrected_value": null}},
        {"id": "t1b", "name": "tiroir-present", "sentence": "Tiroir présent", "mandatory": false,
         "only_for_dashboard": true, "conformity_status": false, "outcome_type": "Text",
         "state": null}
      ]
    },
    {
      "id": 202,
      "name": "pm-ouvert-apres",
      "order": 2,
      "tasks": []
    }
  ]
})json";
} // namespace

class tst_RemoteWorkOrder : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealisticWorkOrder();
    void taskGroupsWithEqualOrderKeepApiOrder();
    void workOrderTypesAsObjects();
    void idIsNormalised_data();
    void idIsNormalised();
    void progressScore_data();
    void progressScore();
    void rejects_data();
    void rejects();
    void readsOutcomeValidation();
    void malformedOutcomeValidationIsIgnoredWithAReason_data();
    void malformedOutcomeValidationIsIgnoredWithAReason();
};

namespace {
// A work order with one task whose outcome_validation is `rules` (JSON text).
QByteArray withValidation(const QByteArray &rules)
{
    return R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": "n", "task_groups": [
        {"name": "releve", "tasks": [{"name": "index", "outcome_type": "Number",
          "state": {"analyzed_value": 42}, "outcome_validation": )"
           + rules + "}]}]}";
}
} // namespace

void tst_RemoteWorkOrder::parsesRealisticWorkOrder()
{
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(QByteArray(kRealistic));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const RemoteWorkOrder &wo = parsed.workOrder;

    QCOMPARE(wo.id, kId);
    QCOMPARE(wo.name, QStringLiteral("WO-2024_00042"));
    QCOMPARE(wo.progressScore, 67);
    QCOMPARE(wo.createDate, QDateTime(QDate(2024, 3, 14), QTime(9, 30, 0, 123), Qt::UTC));
    QCOMPARE(wo.updateDate, QDateTime(QDate(2024, 3, 14), QTime(10, 45, 12, 0), Qt::UTC));
    QVERIFY(!wo.reviewDate.isValid());
    QCOMPARE(wo.metadata.value(QStringLiteral("site_code")).toString(), QStringLiteral("PAR-12"));
    QCOMPARE(wo.metadata.value(QStringLiteral("floor")).toInt(), 3);
    QCOMPARE(wo.types,
             (QStringList{QStringLiteral("maintenance"), QStringLiteral("installation")}));
    QCOMPARE(wo.fieldEngineerEmail, QStringLiteral("camille@example.com"));

    // Sorted by "order", not by position in the response.
    QCOMPARE(wo.taskGroups.size(), 3);
    QCOMPARE(wo.taskGroups.at(0).name, QStringLiteral("pm-ouvert-avant"));
    QCOMPARE(wo.taskGroups.at(1).name, QStringLiteral("pm-ouvert-apres"));
    QCOMPARE(wo.taskGroups.at(2).name, QStringLiteral("pm-ferme-apres"));
    QCOMPARE(wo.taskGroups.at(0).order, 1);
    QCOMPARE(wo.taskGroups.at(1).order, 2);
    QCOMPARE(wo.taskGroups.at(2).order, 3);

    const RemoteWorkOrder::TaskGroup &first = wo.taskGroups.at(0);
    QCOMPARE(first.id, QStringLiteral("101"));
    QCOMPARE(first.displayName, QStringLiteral("PM ouvert (avant)"));
    QCOMPARE(first.description, QStringLiteral("Photo du PM ouvert avant l\u2019intervention"));
    QCOMPARE(first.tasks.size(), 2);
    QCOMPARE(first.tasks.at(0).id, QStringLiteral("t1"));
    QCOMPARE(first.tasks.at(0).name, QStringLiteral("etiquette-lisible"));
    QCOMPARE(first.tasks.at(0).sentence,
             QStringLiteral("L\u2019\u00e9tiquette est-elle lisible ?"));
    QVERIFY(first.tasks.at(0).mandatory);
    QVERIFY(!first.tasks.at(0).onlyForDashboard);
    QVERIFY(first.tasks.at(0).conformityStatus);
    QCOMPARE(first.tasks.at(0).outcomeType, QStringLiteral("Boolean"));
    QVERIFY(first.tasks.at(0).isAnalysed());
    QCOMPARE(first.tasks.at(0).state.value(QStringLiteral("analyzed_value")).toBool(), true);
    QVERIFY(!first.tasks.at(1).mandatory);
    QVERIFY(first.tasks.at(1).onlyForDashboard);
    QVERIFY(!first.tasks.at(1).conformityStatus);
    QCOMPARE(first.tasks.at(1).outcomeType, QStringLiteral("Text"));
    QVERIFY(!first.tasks.at(1).isAnalysed());

    // display_name falls back to the name.
    QCOMPARE(wo.taskGroups.at(1).displayName, QStringLiteral("pm-ouvert-apres"));
    QVERIFY(wo.taskGroups.at(1).tasks.isEmpty());
    QCOMPARE(wo.taskGroups.at(2).description,
             QStringLiteral("PM ferm\u00e9 apr\u00e8s intervention"));
    QCOMPARE(wo.taskGroups.at(2).tasks.at(0).state, QJsonObject());
}

void tst_RemoteWorkOrder::taskGroupsWithEqualOrderKeepApiOrder()
{
    QJsonArray groups;
    const char *names[] = {"c", "a", "b", "d"};
    const int orders[] = {2, 1, 1, 0};
    for (int i = 0; i < 4; ++i)
        groups.append(QJsonObject{{QStringLiteral("name"), QLatin1String(names[i])},
                                  {QStringLiteral("order"), orders[i]}});
    const QJsonObject o{{QStringLiteral("id"), kId},
                        {QStringLiteral("name"), QStringLiteral("n")},
                        {QStringLiteral("task_groups"), groups}};
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJsonObject(o);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QStringList sorted;
    for (const auto &g : parsed.workOrder.taskGroups)
        sorted << g.name;
    QCOMPARE(sorted, (QStringList{"d", "a", "b", "c"}));
}

void tst_RemoteWorkOrder::workOrderTypesAsObjects()
{
    const QByteArray json = R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": "n",
        "work_order_types": [{"name": "maintenance"}, "installation"]})";
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.workOrder.types,
             (QStringList{QStringLiteral("maintenance"), QStringLiteral("installation")}));
    QVERIFY(parsed.workOrder.taskGroups.isEmpty());
    QCOMPARE(parsed.workOrder.progressScore, 0);
}

void tst_RemoteWorkOrder::idIsNormalised_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("lower-case") << kId;
    QTest::newRow("upper-case") << kId.toUpper();
    QTest::newRow("braces") << QLatin1Char('{') + kId + QLatin1Char('}');
}

void tst_RemoteWorkOrder::idIsNormalised()
{
    QFETCH(QString, id);
    const QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("n")}};
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJsonObject(o);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.workOrder.id, kId);
}

void tst_RemoteWorkOrder::progressScore_data()
{
    QTest::addColumn<QByteArray>("score"); // the JSON text of the value; empty: key absent
    QTest::addColumn<int>("expected");

    QTest::newRow("absent") << QByteArray() << 0;
    QTest::newRow("null") << QByteArray("null") << 0;
    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("1") << QByteArray("1") << 1;
    QTest::newRow("50") << QByteArray("50") << 50;
    QTest::newRow("100") << QByteArray("100") << 100;
    QTest::newRow("50.0") << QByteArray("50.0") << 50;
    QTest::newRow("5e1") << QByteArray("5e1") << 50;
}

void tst_RemoteWorkOrder::progressScore()
{
    QFETCH(QByteArray, score);
    QFETCH(int, expected);
    QByteArray json = R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": "n")";
    if (!score.isEmpty())
        json += R"(, "progress_score": )" + score;
    json += '}';
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.workOrder.progressScore, expected);
}

void tst_RemoteWorkOrder::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");

    auto withScore = [](const char *score) {
        return QByteArray(R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": "n", )"
                          R"("progress_score": )")
               + score + '}';
    };
    auto withGroups = [](const char *groups) {
        return QByteArray(R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": "n", )"
                          R"("task_groups": )")
               + groups + '}';
    };

    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << "not JSON";
    QTest::newRow("empty body") << QByteArray() << "not JSON";
    QTest::newRow("truncated") << QByteArray(kRealistic).left(200) << "not JSON";
    QTest::newRow("array root") << QByteArray("[{\"id\": \"x\"}]") << "not a JSON object";
    // Qt 6.4 refuses a scalar root as a parse error; either message names JSON.
    QTest::newRow("string root") << QByteArray("\"hello\"") << "JSON";
    QTest::newRow("missing id") << QByteArray(R"({"name": "n"})") << "\"id\"";
    QTest::newRow("null id") << QByteArray(R"({"id": null, "name": "n"})") << "\"id\"";
    QTest::newRow("numeric id") << QByteArray(R"({"id": 42, "name": "n"})") << "\"id\"";
    QTest::newRow("non-UUID id") << QByteArray(R"({"id": "WO-42", "name": "n"})") << "\"id\"";
    QTest::newRow("nil UUID id") << QByteArray(
        R"({"id": "00000000-0000-0000-0000-000000000000", "name": "n"})")
                                 << "\"id\"";
    QTest::newRow("missing name") << QByteArray(R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc"})")
                                  << "\"name\"";
    QTest::newRow("numeric name") << QByteArray(
        R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": 7})")
                                  << "\"name\"";
    QTest::newRow("score 101") << withScore("101") << "progress_score";
    QTest::newRow("score -1") << withScore("-1") << "progress_score";
    QTest::newRow("score 50.5") << withScore("50.5") << "progress_score";
    QTest::newRow("score string") << withScore("\"50\"") << "progress_score";
    QTest::newRow("score true") << withScore("true") << "progress_score";
    QTest::newRow("score object") << withScore("{}") << "progress_score";
    QTest::newRow("score huge") << withScore("1e300") << "progress_score";
    QTest::newRow("task_groups object") << withGroups("{}") << "task_groups";
    QTest::newRow("task_groups string") << withGroups("\"a\"") << "task_groups";
    QTest::newRow("task group not an object") << withGroups("[42]") << "task_groups[0]";
    QTest::newRow("task group without name")
        << withGroups(R"([{"name": "ok", "order": 1}, {"order": 2}])") << "task_groups[1]";
    QTest::newRow("task without name")
        << withGroups(R"([{"name": "g", "tasks": [{"name": "t"}, {"sentence": "s"}]}])")
        << "task_groups[0].tasks[1]";
    QTest::newRow("task not an object")
        << withGroups(R"([{"name": "g", "tasks": ["t"]}])") << "task_groups[0].tasks[0]";
}

void tst_RemoteWorkOrder::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
    QVERIFY(parsed.workOrder.id.isEmpty());
}

void tst_RemoteWorkOrder::readsOutcomeValidation()
{
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(withValidation(R"([
        {"color": "green", "schema": {"type": "number", "minimum": 0, "title": "Index"},
         "sentence": "Index lu", "not_analyzed": false, "is_conformity_validated": true},
        {"color": "grey", "schema": {"type": "null"}, "sentence": "Non analysé",
         "not_analyzed": true, "is_conformity_validated": false},
        {"schema": {}, "sentence": null, "color": null}])"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
    const RemoteWorkOrder::Task &task = parsed.workOrder.taskGroups.first().tasks.first();
    const QList<OutcomeValidation::Rule> &rules = task.outcomeValidation.rules;
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules.at(0).color, QStringLiteral("green"));
    QCOMPARE(rules.at(0).sentence, QStringLiteral("Index lu"));
    QVERIFY(rules.at(0).conformityValidated);
    QVERIFY(!rules.at(0).notAnalyzed);
    QCOMPARE(rules.at(0).schema.value(QLatin1String("minimum")).toInt(), 0);
    QVERIFY(rules.at(1).notAnalyzed);
    QVERIFY(!rules.at(2).conformityValidated); // absent flags are false
    QVERIFY(task.outcomeValidation.isConform(42));
    QVERIFY(!task.outcomeValidation.isConform(-1));
    QVERIFY(!task.outcomeValidation.isConform(QJsonValue::Null)); // the "not analysed" rule

    // Absent or null: no rules, nothing to say.
    for (const QByteArray &none : {QByteArray("null"), QByteArray("[]")}) {
        const RemoteWorkOrder::Parsed empty = RemoteWorkOrder::fromJson(withValidation(none));
        QVERIFY(empty.ok());
        QVERIFY(empty.warnings.isEmpty());
        QVERIFY(empty.workOrder.taskGroups.first().tasks.first().outcomeValidation.isEmpty());
    }
}

void tst_RemoteWorkOrder::malformedOutcomeValidationIsIgnoredWithAReason_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("reason"); // part of the warning: what and where
    const QString where = QStringLiteral("task_groups[0].tasks[0].outcome_validation");
    QTest::newRow("not an array") << QByteArray(R"({"schema": {}})") << where + " is not an array";
    QTest::newRow("entry not an object")
        << QByteArray(R"([{"schema": {}}, "green"])") << where + "[1] is not an object";
    QTest::newRow("no schema") << QByteArray(R"([{"sentence": "OK"}])")
                               << where + "[0].schema is missing";
    QTest::newRow("schema a string") << QByteArray(R"([{"schema": "number"}])")
                                     << where + "[0].schema is missing or is not an object";
    QTest::newRow("unknown keyword")
        << QByteArray(R"([{"schema": {"anyOf": [{"type": "number"}]}}])")
        << where + "[0].schema: the keyword \"anyOf\" is not understood";
    QTest::newRow("unknown type") << QByteArray(R"([{"schema": {"type": "float"}}])")
                                  << where + "[0].schema: \"type\" is not one of";
    QTest::newRow("type list") << QByteArray(R"([{"schema": {"type": ["number", "null"]}}])")
                               << where + "[0].schema: \"type\"";
    QTest::newRow("minimum a string") << QByteArray(R"([{"schema": {"minimum": "0"}}])")
                                      << where + "[0].schema: \"minimum\" is not a number";
    QTest::newRow("negative maxLength") << QByteArray(R"([{"schema": {"maxLength": -1}}])")
                                        << "\"maxLength\" is not a non-negative integer";
    QTest::newRow("enum not a list")
        << QByteArray(R"([{"schema": {"enum": 3}}])") << "\"enum\" is not an array";
    QTest::newRow("broken pattern") << QByteArray(R"([{"schema": {"pattern": "(["}}])")
                                    << where + "[0].schema: \"pattern\" is not a regular";
    QTest::newRow("pattern too long")
        << (R"([{"schema": {"pattern": ")" + QByteArray(513, 'a') + R"("}}])")
        << "\"pattern\" is longer than 512 characters";
    QTest::newRow("pattern a number") << QByteArray(R"([{"schema": {"pattern": 5}}])")
                                      << "\"pattern\" is not a regular expression (not a string)";
    QTest::newRow("flag as text") << QByteArray(
        R"([{"schema": {}, "is_conformity_validated": "yes"}])")
                                  << where + "[0].is_conformity_validated is not true or false";
    QTest::newRow("not_analyzed as number") << QByteArray(R"([{"schema": {}, "not_analyzed": 1}])")
                                            << where + "[0].not_analyzed is not true or false";
    QTest::newRow("sentence as object") << QByteArray(R"([{"schema": {}, "sentence": {}}])")
                                        << where + "[0].sentence is not a string";
    QTest::newRow("color as number")
        << QByteArray(R"([{"schema": {}, "color": 3}])") << where + "[0].color is not a string";
}

void tst_RemoteWorkOrder::malformedOutcomeValidationIsIgnoredWithAReason()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, reason);
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(withValidation(rules));
    // The work order is still read; only the verdict is lost, with the reason to log.
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const RemoteWorkOrder::Task &task = parsed.workOrder.taskGroups.first().tasks.first();
    QVERIFY(task.outcomeValidation.isEmpty());
    QCOMPARE(task.state.value(QLatin1String("analyzed_value")).toInt(), 42);
    QCOMPARE(parsed.warnings.size(), 1);
    QVERIFY2(parsed.warnings.first().contains(reason), qPrintable(parsed.warnings.first()));

    // The same in a GET /v0.2/task-groups/ answer, and in a list of work orders.
    const QByteArray group = R"([{"name": "releve", "tasks": [{"name": "index",
        "outcome_validation": )"
                             + rules + "}]}]";
    const RemoteWorkOrder::ParsedTaskGroups groups = RemoteWorkOrder::taskGroupsFromJson(group);
    QVERIFY2(groups.ok(), qPrintable(groups.error));
    QCOMPARE(groups.warnings.size(), 1);
    QVERIFY2(groups.warnings.first().contains(QLatin1String("results[0].tasks[0]")),
             qPrintable(groups.warnings.first()));
    const RemoteWorkOrder::ParsedList list =
        RemoteWorkOrder::listFromJson("[" + withValidation(rules) + "]");
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.warnings.size(), 1);
    QVERIFY2(list.warnings.first().startsWith(QLatin1String("results[0].task_groups[0]")),
             qPrintable(list.warnings.first()));
}

QTEST_APPLESS_MAIN(tst_RemoteWorkOrder)
#include "tst_remoteworkorder.moc"
