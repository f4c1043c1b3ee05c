// How a task's state from the API reads for a technician.

#include "taskoutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(TaskOutcome::State)

class tst_TaskOutcome : public QObject
{
    Q_OBJECT
private slots:
    void readsTheState_data();
    void readsTheState();
    void gradesByOutcomeValidation_data();
    void gradesByOutcomeValidation();
};

namespace {
// Shaped like the outcome_validation of the sandbox seed's tasks (resources/sandbox/seed.json)
// and of Deepomatic's sample data. The first rule a value matches names it, so order counts.
const char kNumberRules[] = R"([
  {"color": "green", "schema": {"type": "number", "minimum": 0}, "sentence": "Index read",
   "not_analyzed": false, "is_conformity_validated": true},
  {"color": "red", "schema": {"type": "number", "exclusiveMaximum": 0},
   "sentence": "Negative index", "not_analyzed": false, "is_conformity_validated": false},
  {"color": "grey", "schema": {"type": "null"}, "sentence": "Not analysed",
   "not_analyzed": true, "is_conformity_validated": false}])";
const char kTextRules[] = R"([
  {"color": "green", "schema": {"type": "string", "pattern": "^[A-Z0-9-]{4,}$"},
   "sentence": "Reference read", "not_analyzed": false, "is_conformity_validated": true},
  {"color": "grey", "schema": {"enum": ["", "?"]}, "sentence": "Nothing to read",
   "not_analyzed": true, "is_conformity_validated": false},
  {"color": "orange", "schema": {"type": "string"}, "sentence": "Reference unreadable",
   "not_analyzed": false, "is_conformity_validated": false}])";
// A Boolean whose conform answer is false ("no damage visible?" → no).
const char kFalseIsConform[] = R"([
  {"schema": {"const": false}, "sentence": "No damage", "is_conformity_validated": true},
  {"schema": {"const": true}, "sentence": "Damaged", "is_conformity_validated": false}])";
const char kIntegerBetween[] = R"([
  {"schema": {"type": "integer", "minimum": 1, "maximum": 12}, "is_conformity_validated": true}])";
const char kBoundedText[] = R"([
  {"schema": {"type": "string", "minLength": 2, "maxLength": 4}, "sentence": "Short code",
   "is_conformity_validated": true},
  {"schema": {"type": "string", "exclusiveMinimum": 3}, "sentence": "Any text"}])";
} // namespace

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

void tst_TaskOutcome::gradesByOutcomeValidation_data()
{
    QTest::addColumn<QString>("outcomeType");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<TaskOutcome::State>("expected");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("message");
    using S = TaskOutcome::State;
    const QString number = QStringLiteral("Number");
    const QString text = QStringLiteral("Text");
    const QString boolean = QStringLiteral("Boolean");
    QTest::newRow("number in range is OK, value kept")
        << number << QByteArray(kNumberRules) << QByteArray(R"({"analyzed_value": 42})") << S::Ok
        << "OK: 42"
        << "Index read";
    QTest::newRow("number zero is OK (minimum is inclusive)")
        << number << QByteArray(kNumberRules) << QByteArray(R"({"analyzed_value": 0})") << S::Ok
        << "OK: 0"
        << "Index read";
    QTest::newRow("negative number is Not OK with its sentence")
        << number << QByteArray(kNumberRules) << QByteArray(R"({"analyzed_value": -3.5})") << S::Ko
        << "Not OK: -3.5"
        << "Negative index";
    QTest::newRow("analysis message wins over the rule's sentence")
        << number << QByteArray(kNumberRules)
        << QByteArray(R"({"analyzed_value": -1, "message": "Display cracked"})") << S::Ko
        << "Not OK: -1"
        << "Display cracked";
    QTest::newRow("number null is not analysed")
        << number << QByteArray(kNumberRules) << QByteArray(R"({"analyzed_value": null})")
        << S::NotAnalysed << "Not analysed" << QString();
    QTest::newRow("text matching the pattern is OK")
        << text << QByteArray(kTextRules) << QByteArray(R"({"analyzed_value": "PTO-0412-B"})")
        << S::Ok << "OK: PTO-0412-B"
        << "Reference read";
    QTest::newRow("pattern searches, as JSON Schema does")
        << text
        << QByteArray(R"([{"schema": {"pattern": "REF"}, "is_conformity_validated": true}])")
        << QByteArray(R"({"analyzed_value": "my-REF-1"})") << S::Ok << "OK: my-REF-1" << QString();
    QTest::newRow("text not matching is Not OK")
        << text << QByteArray(kTextRules) << QByteArray(R"({"analyzed_value": "illisible"})")
        << S::Ko << "Not OK: illisible"
        << "Reference unreadable";
    QTest::newRow("text in the not-analysed rule is not analysed")
        << text << QByteArray(kTextRules) << QByteArray(R"({"analyzed_value": "?"})")
        << S::NotAnalysed << "Not analysed"
        << "Nothing to read";
    QTest::newRow("value of the wrong type falls in no rule: Not OK")
        << text << QByteArray(kTextRules) << QByteArray(R"({"analyzed_value": 12})") << S::Ko
        << "Not OK: 12" << QString();
    QTest::newRow("integer rule refuses a fraction")
        << number << QByteArray(kIntegerBetween) << QByteArray(R"({"analyzed_value": 2.5})")
        << S::Ko << "Not OK: 2.5" << QString();
    QTest::newRow("integer rule maximum is inclusive")
        << number << QByteArray(kIntegerBetween) << QByteArray(R"({"analyzed_value": 12})") << S::Ok
        << "OK: 12" << QString();
    QTest::newRow("integer rule above maximum")
        << number << QByteArray(kIntegerBetween) << QByteArray(R"({"analyzed_value": 13})") << S::Ko
        << "Not OK: 13" << QString();
    QTest::newRow("text within minLength and maxLength")
        << text << QByteArray(kBoundedText) << QByteArray(R"({"analyzed_value": "AB"})") << S::Ok
        << "OK: AB"
        << "Short code";
    QTest::newRow("text longer than maxLength")
        << text << QByteArray(kBoundedText) << QByteArray(R"({"analyzed_value": "ABCDE"})") << S::Ko
        << "Not OK: ABCDE"
        << "Any text";
    QTest::newRow("enum of numbers")
        << number
        << QByteArray(R"([{"schema": {"enum": [1, 2, 3]}, "is_conformity_validated": true}])")
        << QByteArray(R"({"analyzed_value": 4})") << S::Ko << "Not OK: 4" << QString();
    QTest::newRow("boolean graded by its rules: false can be conform")
        << boolean << QByteArray(kFalseIsConform) << QByteArray(R"({"analyzed_value": false})")
        << S::Ok << "OK"
        << "No damage";
    QTest::newRow("boolean graded by its rules: true can be Not OK")
        << boolean << QByteArray(kFalseIsConform) << QByteArray(R"({"analyzed_value": true})")
        << S::Ko << "Not OK"
        << "Damaged";
    QTest::newRow("a correction is shown as such")
        << number << QByteArray(kNumberRules)
        << QByteArray(R"({"analyzed_value": -3, "corrected_value": 7})") << S::Corrected
        << "Corrected: 7" << QString();
    QTest::newRow("no state is not analysed")
        << number << QByteArray(kNumberRules) << QByteArray("{}") << S::NotAnalysed
        << "Not analysed" << QString();
    QTest::newRow("without rules a number is a plain value")
        << number << QByteArray("[]") << QByteArray(R"({"analyzed_value": 42})") << S::Value << "42"
        << QString();
}

void tst_TaskOutcome::gradesByOutcomeValidation()
{
    QFETCH(QString, outcomeType);
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, state);
    QFETCH(TaskOutcome::State, expected);
    QFETCH(QString, label);
    QFETCH(QString, message);
    RemoteWorkOrder::Task task;
    task.name = QStringLiteral("t");
    task.outcomeType = outcomeType;
    QString error;
    task.outcomeValidation = OutcomeValidation::fromJson(
        QJsonDocument::fromJson(rules).array(), QStringLiteral("outcome_validation"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    task.state = QJsonDocument::fromJson(state).object();
    const TaskOutcome outcome = TaskOutcome::of(task);
    QCOMPARE(outcome.state, expected);
    QCOMPARE(outcome.label(), label);
    QCOMPARE(outcome.message, message);
}

QTEST_APPLESS_MAIN(tst_TaskOutcome)
#include "tst_taskoutcome.moc"
