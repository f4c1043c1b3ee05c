// Planning files (CSV and JSON): every malformed file is reported with the line and the reason
// in words; good files give the same work orders in either format.

#include "planningfile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Kind = PlanningFile::Issue::Kind;
using Format = PlanningFile::Format;

namespace {
struct Expected {
    int line;
    Kind kind;
    QString contains; // a piece of the message: the value or the field it names
};
} // namespace

Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(QList<Expected>)
Q_DECLARE_METATYPE(PlanningFile::Format)

namespace {
PlanningFile::Rules sandboxRules()
{
    PlanningFile::Rules rules;
    // The sandbox seed's work order types.
    rules.knownTypes = {QStringLiteral("installation"), QStringLiteral("maintenance"),
                        QStringLiteral("raccordement"), QStringLiteral("releve-compteur")};
    rules.existingKeys = {QStringLiteral("WO-2026-0412")};
    rules.siteProfile = QStringLiteral("sandbox");
    return rules;
}

const QByteArray kHeader = "reference,planned_date,technician_email,types\n";

QByteArray csv(const QByteArray &rows)
{
    return kHeader + rows;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return "Empty";
    case Kind::TooLarge:
        return "TooLarge";
    case Kind::NotUtf8:
        return "NotUtf8";
    case Kind::MalformedCsv:
        return "MalformedCsv";
    case Kind::MalformedJson:
        return "MalformedJson";
    case Kind::WrongShape:
        return "WrongShape";
    case Kind::UnknownColumn:
        return "UnknownColumn";
    case Kind::DuplicateColumn:
        return "DuplicateColumn";
    case Kind::MissingColumn:
        return "MissingColumn";
    case Kind::NoRows:
        return "NoRows";
    case Kind::TooManyRows:
        return "TooManyRows";
    case Kind::WrongFieldCount:
        return "WrongFieldCount";
    case Kind::UnclosedQuote:
        return "UnclosedQuote";
    case Kind::StrayQuote:
        return "StrayQuote";
    case Kind::NotAnObject:
        return "NotAnObject";
    case Kind::UnknownField:
        return "UnknownField";
    case Kind::WrongValueType:
        return "WrongValueType";
    case Kind::FieldTooLong:
        return "FieldTooLong";
    case Kind::MissingField:
        return "MissingField";
    case Kind::InvalidName:
        return "InvalidName";
    case Kind::BadDate:
        return "BadDate";
    case Kind::UnknownType:
        return "UnknownType";
    case Kind::BadEmail:
        return "BadEmail";
    case Kind::DuplicateInFile:
        return "DuplicateInFile";
    case Kind::DuplicateExisting:
        return "DuplicateExisting";
    }
    return "?";
}

QString describe(const QList<PlanningFile::Issue> &issues)
{
    QStringList lines;
    for (const PlanningFile::Issue &i : issues)
        lines << QStringLiteral("%1 %2 %3")
                     .arg(i.line)
                     .arg(QLatin1String(kindName(i.kind)), i.message);
    return lines.join(u'\n');
}
} // namespace

class tst_PlanningFile : public QObject
{
    Q_OBJECT
private slots:
    void malformedFilesAreReportedByLine_data();
    void malformedFilesAreReportedByLine();
    void goodFilesRoundTrip_data();
    void goodFilesRoundTrip();
    void csvQuotingFollowsRfc4180();
    void jsonLinesAreTheObjectsLines();
    void unknownTypesAreTakenWhenTheSiteListsNone();
    void fileLevelErrorsKeepNoRows();
    void formatFollowsTheSuffix();
    void issuesNameTheirFieldAndAStableCode_data();
    void issuesNameTheirFieldAndAStableCode();
    void everyKindHasItsOwnCode();
};

void tst_PlanningFile::malformedFilesAreReportedByLine_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("goodRows");
    QTest::addColumn<QList<Expected>>("expected");

    const QByteArray good = "WO-1,2026-04-01,lea.dubois@fieldconnect-demo.example,installation\n";

    // ---- CSV: the file as a whole ----
    QTest::newRow("csv empty") << Format::Csv << QByteArray() << 0
                               << QList<Expected>{{0, Kind::Empty, "empty"}};
    QTest::newRow("csv only blank lines") << Format::Csv << QByteArray("\n\r\n  \n") << 0
                                          << QList<Expected>{{0, Kind::Empty, "empty"}};
    QTest::newRow("csv bom only") << Format::Csv << QByteArray("\xEF\xBB\xBF") << 0
                                  << QList<Expected>{{0, Kind::Empty, "empty"}};
    QTest::newRow("csv header only")
        << Format::Csv << kHeader << 0 << QList<Expected>{{1, Kind::NoRows, "no work orders"}};
    QTest::newRow("csv latin-1") << Format::Csv
                                 << csv(good
                                        + "WO-2,2026-04-02,,installation\nWO-3,2026-04-03,L\xe9"
                                          "a,installation\n")
                                 << 0 << QList<Expected>{{4, Kind::NotUtf8, "UTF-8"}};
    QTest::newRow("csv unknown column")
        << Format::Csv << QByteArray("reference,planned_date,colour\nWO-1,2026-04-01,red\n") << 0
        << QList<Expected>{{1, Kind::UnknownColumn, "colour"}};
    QTest::newRow("csv metadata column without a key")
        << Format::Csv << QByteArray("reference,planned_date,meta.\nWO-1,2026-04-01,x\n") << 0
        << QList<Expected>{{1, Kind::UnknownColumn, "meta."}};
    QTest::newRow("csv duplicate column")
        << Format::Csv << QByteArray("reference,planned_date,Reference\nWO-1,2026-04-01,WO-2\n")
        << 0 << QList<Expected>{{1, Kind::DuplicateColumn, "reference"}};
    QTest::newRow("csv missing required column")
        << Format::Csv << QByteArray("reference,address\nWO-1,Lyon\n") << 0
        << QList<Expected>{{1, Kind::MissingColumn, "planned_date"}};
    QTest::newRow("csv header after blank lines, bad")
        << Format::Csv << QByteArray("\n\nref,planned_date\nWO-1,2026-04-01\n") << 0
        << QList<Expected>{{3, Kind::UnknownColumn, "\"ref\""},
                           {3, Kind::MissingColumn, "reference"}};
    QTest::newRow("csv malformed header")
        << Format::Csv << QByteArray("reference,planned\"date\nWO-1,2026-04-01\n") << 0
        << QList<Expected>{{1, Kind::MalformedCsv, "quote"}};

    // ---- CSV: one row ----
    QTest::newRow("csv invalid name") << Format::Csv << csv(good + "WO 2,2026-04-02,,\n") << 1
                                      << QList<Expected>{{3, Kind::InvalidName, "\"WO 2\""}};
    QTest::newRow("csv invalid explicit name")
        << Format::Csv
        << QByteArray("reference,name,planned_date\nWO-1,Réseau,2026-04-01\nWO-2,ok,2026-04-01\n")
        << 1 << QList<Expected>{{2, Kind::InvalidName, "Réseau"}};
    QTest::newRow("csv name too long")
        << Format::Csv << csv(QByteArray(129, 'x') + ",2026-04-02,,\n") << 0
        << QList<Expected>{{2, Kind::InvalidName, "129"}};
    QTest::newRow("csv missing reference") << Format::Csv << csv(good + ",2026-04-02,,\n") << 1
                                           << QList<Expected>{{3, Kind::MissingField, "reference"}};
    QTest::newRow("csv missing date") << Format::Csv << csv(good + "WO-2,  ,,\n") << 1
                                      << QList<Expected>{{3, Kind::MissingField, "planned_date"}};
    QTest::newRow("csv french date") << Format::Csv << csv(good + "WO-2,01/04/2026,,\n") << 1
                                     << QList<Expected>{{3, Kind::BadDate, "01/04/2026"}};
    QTest::newRow("csv month 13") << Format::Csv << csv("WO-2,2026-13-01,,\n") << 0
                                  << QList<Expected>{{2, Kind::BadDate, "2026-13-01"}};
    QTest::newRow("csv february 30") << Format::Csv << csv("WO-2,2026-02-30,,\n") << 0
                                     << QList<Expected>{{2, Kind::BadDate, "2026-02-30"}};
    QTest::newRow("csv date with time") << Format::Csv << csv("WO-2,2026-04-01T08:00:00,,\n") << 0
                                        << QList<Expected>{{2, Kind::BadDate, "T08"}};
    QTest::newRow("csv unknown type")
        << Format::Csv << csv(good + "WO-2,2026-04-02,,installation;repair\n") << 1
        << QList<Expected>{{3, Kind::UnknownType, "\"repair\""}};
    QTest::newRow("csv type in the wrong case")
        << Format::Csv << csv("WO-2,2026-04-02,,Installation\n") << 0
        << QList<Expected>{{2, Kind::UnknownType, "Installation"}};
    QTest::newRow("csv bad e-mail")
        << Format::Csv << csv(good + "WO-2,2026-04-02,lea.dubois@,installation\n") << 1
        << QList<Expected>{{3, Kind::BadEmail, "lea.dubois@"}};
    QTest::newRow("csv e-mail with a space")
        << Format::Csv << csv("WO-2,2026-04-02,lea dubois@example.com,\n") << 0
        << QList<Expected>{{2, Kind::BadEmail, "lea dubois"}};
    QTest::newRow("csv duplicate in the file")
        << Format::Csv << csv(good + "WO-2,2026-04-02,,\n" + good) << 2
        << QList<Expected>{{4, Kind::DuplicateInFile, "line 2"}};
    QTest::newRow("csv duplicate of an existing work order")
        << Format::Csv << csv(good + "WO-2026-0412,2026-04-02,,\n") << 1
        << QList<Expected>{{3, Kind::DuplicateExisting, "already exists"}};
    QTest::newRow("csv too few fields") << Format::Csv << csv(good + "WO-2,2026-04-02\n") << 1
                                        << QList<Expected>{{3, Kind::WrongFieldCount, "2 fields"}};
    QTest::newRow("csv too many fields")
        << Format::Csv << csv("WO-2,2026-04-02,,installation,extra\n" + good) << 1
        << QList<Expected>{{2, Kind::WrongFieldCount, "5 fields"}};
    QTest::newRow("csv stray quote") << Format::Csv << csv("WO-\"2\",2026-04-02,,\n" + good) << 1
                                     << QList<Expected>{{2, Kind::StrayQuote, "Field 1"}};
    QTest::newRow("csv text after the closing quote")
        << Format::Csv << csv(good + "\"WO-2\"x,2026-04-02,,\n") << 1
        << QList<Expected>{{3, Kind::StrayQuote, "closing quote"}};
    QTest::newRow("csv unclosed quote swallows the rest")
        << Format::Csv << csv(good + "WO-2,\"2026-04-02,,\nWO-3,2026-04-03,,\n") << 1
        << QList<Expected>{{3, Kind::UnclosedQuote, "Field 2"},
                           {3, Kind::WrongFieldCount, "2 fields"}};
    QTest::newRow("csv field too long")
        << Format::Csv
        << QByteArray("reference,planned_date,address\nWO-1,2026-04-01,"
                      + QByteArray(PlanningFile::MaxFieldLength + 1, 'a') + "\n")
        << 0 << QList<Expected>{{2, Kind::FieldTooLong, "address"}};
    QTest::newRow("csv several problems on one row")
        << Format::Csv << csv("WO 2,2026-02-30,nobody,repair\n") << 0
        << QList<Expected>{{2, Kind::InvalidName, "WO 2"},
                           {2, Kind::BadDate, "2026-02-30"},
                           {2, Kind::BadEmail, "nobody"},
                           {2, Kind::UnknownType, "repair"}};
    QTest::newRow("csv line numbers count quoted line breaks")
        << Format::Csv
        << QByteArray("reference,planned_date,address\r\nWO-1,2026-04-01,\"12 rue Garibaldi\r\n"
                      "69003 Lyon\"\r\nWO-2,2026-04-31,x\r\n")
        << 1 << QList<Expected>{{4, Kind::BadDate, "2026-04-31"}};
    QTest::newRow("csv blank lines are skipped but counted")
        << Format::Csv << csv("\n\n" + good + "\nWO-2,tomorrow,,\n") << 1
        << QList<Expected>{{6, Kind::BadDate, "tomorrow"}};

    // ---- JSON: the file as a whole ----
    QTest::newRow("json empty") << Format::Json << QByteArray("  \n") << 0
                                << QList<Expected>{{0, Kind::Empty, "empty"}};
    QTest::newRow("json truncated")
        << Format::Json << QByteArray("[\n  {\"reference\": \"WO-1\",\n   \"planned_date\": ") << 0
        << QList<Expected>{{3, Kind::MalformedJson, "line 3"}};
    QTest::newRow("json trailing comma")
        << Format::Json
        << QByteArray("[\n {\"reference\": \"WO-1\", \"planned_date\": \"2026-04-01\"},\n]\n") << 0
        << QList<Expected>{{3, Kind::MalformedJson, "line 3"}};
    QTest::newRow("json not utf-8")
        << Format::Json << QByteArray("[{\"reference\": \"R\xe9seau\"}]") << 0
        << QList<Expected>{{1, Kind::NotUtf8, "UTF-8"}};
    QTest::newRow("json object without work_orders")
        << Format::Json << QByteArray("{\"orders\": []}") << 0
        << QList<Expected>{{1, Kind::WrongShape, "\"orders\""},
                           {1, Kind::WrongShape, "work_orders"}};
    QTest::newRow("json work_orders not an array")
        << Format::Json << QByteArray("{\"work_orders\": {}}") << 0
        << QList<Expected>{{1, Kind::WrongShape, "work_orders"}};
    QTest::newRow("json empty array") << Format::Json << QByteArray("[]") << 0
                                      << QList<Expected>{{1, Kind::NoRows, "no work orders"}};

    // ---- JSON: one work order ----
    const QByteArray goodObject =
        "  {\"reference\": \"WO-1\", \"planned_date\": \"2026-04-01\", \"types\": "
        "[\"installation\"]}";
    auto array = [&](const QByteArray &second) {
        return QByteArray("[\n" + goodObject + ",\n" + second + "\n]\n");
    };
    QTest::newRow("json item not an object")
        << Format::Json << array("  \"WO-2\"") << 1
        << QList<Expected>{{3, Kind::NotAnObject, "Work order 2"}};
    QTest::newRow("json unknown field")
        << Format::Json
        << array("  {\"reference\": \"WO-2\", \"planned_date\": \"2026-04-02\", "
                 "\"colour\": \"red\"}")
        << 1 << QList<Expected>{{3, Kind::UnknownField, "colour"}};
    QTest::newRow("json number reference")
        << Format::Json << array("  {\"reference\": 42, \"planned_date\": \"2026-04-02\"}") << 1
        << QList<Expected>{{3, Kind::WrongValueType, "a number"},
                           {3, Kind::MissingField, "reference"}};
    QTest::newRow("json types as text")
        << Format::Json
        << array("  {\"reference\": \"WO-2\", \"planned_date\": \"2026-04-02\", \"types\": "
                 "\"installation\"}")
        << 1 << QList<Expected>{{3, Kind::WrongValueType, "types"}};
    QTest::newRow("json nested metadata")
        << Format::Json
        << array("  {\"reference\": \"WO-2\", \"planned_date\": \"2026-04-02\", \"metadata\": "
                 "{\"site\": {\"floor\": 2}}}")
        << 1 << QList<Expected>{{3, Kind::WrongValueType, "metadata.site"}};
    QTest::newRow("json bad date on a later line")
        << Format::Json
        << QByteArray("{\"work_orders\": [\n" + goodObject
                      + ",\n  {\n    \"reference\": \"WO-2\",\n    \"planned_date\": "
                        "\"2026-4-2\"\n  }\n]}\n")
        << 1 << QList<Expected>{{3, Kind::BadDate, "2026-4-2"}};
    QTest::newRow("json duplicate reference")
        << Format::Json << array(goodObject) << 1
        << QList<Expected>{{3, Kind::DuplicateInFile, "line 2"}};
    QTest::newRow("json existing reference")
        << Format::Json
        << array("  {\"reference\": \"WO-2026-0412\", \"planned_date\": \"2026-04-02\"}") << 1
        << QList<Expected>{{3, Kind::DuplicateExisting, "WO-2026-0412"}};
    QTest::newRow("json unknown type and bad e-mail")
        << Format::Json
        << array("  {\"reference\": \"WO-2\", \"planned_date\": \"2026-04-02\", "
                 "\"technician_email\": \"@example.com\", \"types\": [\"survey\"]}")
        << 1
        << QList<Expected>{{3, Kind::BadEmail, "@example.com"}, {3, Kind::UnknownType, "survey"}};
    QTest::newRow("json braces inside strings do not move lines")
        << Format::Json
        << QByteArray("[\n  {\"reference\": \"WO-1\", \"planned_date\": \"2026-04-01\", "
                      "\"address\": \"[{,\\\"}]\\n\"},\n\n  {\"reference\": \"WO 2\", "
                      "\"planned_date\": \"2026-04-02\"}\n]")
        << 1 << QList<Expected>{{4, Kind::InvalidName, "WO 2"}};
}

void tst_PlanningFile::malformedFilesAreReportedByLine()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, bytes);
    QFETCH(int, goodRows);
    QFETCH(QList<Expected>, expected);

    const PlanningFile::Parsed parsed = PlanningFile::parse(bytes, format, sandboxRules());
    const QList<PlanningFile::Issue> issues = parsed.allIssues();
    const QString got = describe(issues);
    QCOMPARE(parsed.rows.size(), goodRows);
    QVERIFY2(issues.size() == expected.size(), qPrintable(got));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const PlanningFile::Issue &issue = issues.at(i);
        QVERIFY2(issue.line == expected.at(i).line, qPrintable(got));
        QVERIFY2(issue.kind == expected.at(i).kind, qPrintable(got));
        QVERIFY2(issue.message.contains(expected.at(i).contains), qPrintable(got));
        QCOMPARE(issue.isFileLevel(), !parsed.isReadable());
        if (issue.line > 0)
            QVERIFY(issue.toString().startsWith(QStringLiteral("line %1: ").arg(issue.line)));
    }
}

void tst_PlanningFile::goodFilesRoundTrip_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("csv with BOM and CRLF")
        << Format::Csv
        << QByteArray("\xEF\xBB\xBFReference , planned_date,name,address,technician_name,"
                      "technician_email,types,tags,meta.customer_ref,meta.postcode\r\n"
                      "WO-2026-0501,2026-05-04,,\"12 rue Garibaldi, Lyon\",L\xC3\xA9"
                      "a Dubois,lea.dubois@fieldconnect-demo.example,installation;maintenance,"
                      "lyon; urgent ,CUST-1,69003\r\n"
                      "WO-2026-0502,2026-05-05,Compteur_B,\"Quai \"\"Est\"\"\",,,,,,\r\n");
    QTest::newRow("json array") << Format::Json << QByteArray(R"([
  {"reference": "WO-2026-0501", "planned_date": "2026-05-04",
   "address": "12 rue Garibaldi, Lyon", "technician_name": "Léa Dubois",
   "technician_email": "lea.dubois@fieldconnect-demo.example",
   "types": ["installation", "maintenance"], "tags": ["lyon", "urgent"],
   "metadata": {"customer_ref": "CUST-1", "postcode": "69003"}},
  {"reference": "WO-2026-0502", "name": "Compteur_B", "planned_date": "2026-05-05",
   "address": "Quai \"Est\"", "technician_email": null, "types": [], "metadata": {}}
])");
    QTest::newRow("json object") << Format::Json << QByteArray(R"({"work_orders": [
  {"reference": "WO-2026-0501", "planned_date": "2026-05-04",
   "address": "12 rue Garibaldi, Lyon", "technician_name": "Léa Dubois",
   "technician_email": "lea.dubois@fieldconnect-demo.example",
   "types": ["installation", "maintenance"], "tags": ["lyon", "urgent"],
   "metadata": {"customer_ref": "CUST-1", "postcode": "69003"}},
  {"reference": "WO-2026-0502", "name": "Compteur_B", "planned_date": "2026-05-05",
   "address": "Quai \"Est\""}
]})");
}

void tst_PlanningFile::goodFilesRoundTrip()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, bytes);

    const PlanningFile::Parsed parsed = PlanningFile::parse(bytes, format, sandboxRules());
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.allIssues())));
    QCOMPARE(parsed.rowCount, 2);
    QCOMPARE(parsed.rows.size(), 2);
    QCOMPARE(parsed.rows.at(0).line, 2);

    const WorkOrder &a = parsed.rows.at(0).workOrder;
    QCOMPARE(a.key, QStringLiteral("WO-2026-0501"));
    QCOMPARE(a.name, a.key); // the reference is the name when none is given
    QCOMPARE(a.plannedDate, QDate(2026, 5, 4));
    QCOMPARE(a.address, QStringLiteral("12 rue Garibaldi, Lyon"));
    QCOMPARE(a.technicianName, QStringLiteral("Léa Dubois"));
    QCOMPARE(a.technicianEmail, QStringLiteral("lea.dubois@fieldconnect-demo.example"));
    QCOMPARE(a.types, (QStringList{"installation", "maintenance"}));
    QCOMPARE(a.tags, (QStringList{"lyon", "urgent"}));
    QCOMPARE(a.metadata, (QJsonObject{{"customer_ref", "CUST-1"}, {"postcode", "69003"}}));
    QCOMPARE(a.siteProfile, QStringLiteral("sandbox"));
    QCOMPARE(a.status, WorkOrderStatus::Planned);
    QVERIFY(a.deepomaticId.isEmpty());

    const WorkOrder &b = parsed.rows.at(1).workOrder;
    QCOMPARE(b.key, QStringLiteral("WO-2026-0502"));
    QCOMPARE(b.name, QStringLiteral("Compteur_B"));
    QCOMPARE(b.address, QStringLiteral("Quai \"Est\""));
    QVERIFY(b.technicianEmail.isEmpty());
    QVERIFY(b.types.isEmpty());
    QVERIFY(b.metadata.isEmpty());
    // What Deepomatic will be sent.
    QCOMPARE(a.toCreateRequest().value("work_order_types").toArray().size(), 2);
}

void tst_PlanningFile::csvQuotingFollowsRfc4180()
{
    const QByteArray bytes = "reference,planned_date,address,meta.note\n"
                             "WO-1,2026-04-01,\"a, b\",\"line one\r\nline two\"\n"
                             "WO-2,2026-04-01,\"say \"\"hi\"\"\",\"\"\n"
                             "WO-3,2026-04-01,  spaced  ,  \"  kept  \"  \n"
                             "WO-4,2026-04-01,,last\rWO-5,2026-04-01,,no newline at the end";
    const PlanningFile::Parsed parsed =
        PlanningFile::parse(bytes, Format::Csv, PlanningFile::Rules());
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.allIssues())));
    QCOMPARE(parsed.rows.size(), 5);
    QCOMPARE(parsed.rows.at(0).workOrder.address, QStringLiteral("a, b"));
    QCOMPARE(parsed.rows.at(0).workOrder.metadata.value("note").toString(),
             QStringLiteral("line one\nline two"));
    QCOMPARE(parsed.rows.at(1).line, 4); // the quoted line break is a physical line
    QCOMPARE(parsed.rows.at(1).workOrder.address, QStringLiteral("say \"hi\""));
    QVERIFY(!parsed.rows.at(1).workOrder.metadata.contains("note")); // empty: omitted
    QCOMPARE(parsed.rows.at(2).workOrder.address, QStringLiteral("spaced"));
    QCOMPARE(parsed.rows.at(2).workOrder.metadata.value("note").toString(),
             QStringLiteral("  kept  "));
    QCOMPARE(parsed.rows.at(3).line, 6);
    QCOMPARE(parsed.rows.at(4).line, 7); // a lone CR ends a line too
    QCOMPARE(parsed.rows.at(4).workOrder.metadata.value("note").toString(),
             QStringLiteral("no newline at the end"));
}

void tst_PlanningFile::jsonLinesAreTheObjectsLines()
{
    const QByteArray bytes = "[\n"
                             "  {\"reference\": \"WO-1\", \"planned_date\": \"2026-04-01\"},\n"
                             "  {\n"
                             "    \"reference\": \"WO-2\",\n"
                             "    \"planned_date\": \"2026-04-02\",\n"
                             "    \"tags\": [\"a\", \"b\"]\n"
                             "  }, {\"reference\": \"WO-3\", \"planned_date\": \"2026-04-03\"}\n"
                             "]";
    const PlanningFile::Parsed parsed =
        PlanningFile::parse(bytes, Format::Json, PlanningFile::Rules());
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.allIssues())));
    QCOMPARE(parsed.rows.size(), 3);
    QCOMPARE(parsed.rows.at(0).line, 2);
    QCOMPARE(parsed.rows.at(1).line, 3);
    QCOMPARE(parsed.rows.at(2).line, 7);
}

void tst_PlanningFile::unknownTypesAreTakenWhenTheSiteListsNone()
{
    PlanningFile::Rules rules; // a real site whose types FieldConnect cannot list
    const PlanningFile::Parsed parsed = PlanningFile::parse(
        "reference,planned_date,types\nWO-1,2026-04-01,survey;repair\n", Format::Csv, rules);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.allIssues())));
    QCOMPARE(parsed.rows.at(0).workOrder.types, (QStringList{"survey", "repair"}));
}

void tst_PlanningFile::fileLevelErrorsKeepNoRows()
{
    QByteArray bytes = "reference,planned_date\n";
    for (int i = 0; i <= PlanningFile::MaxRows; ++i)
        bytes += "WO-" + QByteArray::number(i) + ",2026-04-01\n";
    const PlanningFile::Parsed parsed =
        PlanningFile::parse(bytes, Format::Csv, PlanningFile::Rules());
    QCOMPARE(parsed.fileErrors.size(), 1);
    QCOMPARE(parsed.fileErrors.first().kind, Kind::TooManyRows);
    QCOMPARE(parsed.fileErrors.first().line, PlanningFile::MaxRows + 2);
    QVERIFY(parsed.rows.isEmpty());
    QVERIFY(parsed.rowErrors.isEmpty());

    const PlanningFile::Parsed tooLarge = PlanningFile::parse(
        QByteArray(PlanningFile::MaxBytes + 1, ' '), Format::Json, PlanningFile::Rules());
    QCOMPARE(tooLarge.fileErrors.size(), 1);
    QCOMPARE(tooLarge.fileErrors.first().kind, Kind::TooLarge);
}

void tst_PlanningFile::formatFollowsTheSuffix()
{
    QVERIFY(PlanningFile::formatFor("plan.CSV") == Format::Csv);
    QVERIFY(PlanningFile::formatFor("/tmp/a.b/plan.json") == Format::Json);
    QVERIFY(!PlanningFile::formatFor("plan.xlsx"));
    QVERIFY(!PlanningFile::formatFor("csv"));
}

void tst_PlanningFile::issuesNameTheirFieldAndAStableCode_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("csv bad date") << Format::Csv << csv("WO-1,01/04/2026,,installation\n")
                                  << QStringLiteral("planned_date") << QStringLiteral("bad_date");
    QTest::newRow("csv bad e-mail")
        << Format::Csv << csv("WO-1,2026-04-01,nobody,installation\n")
        << QStringLiteral("technician_email") << QStringLiteral("bad_email");
    QTest::newRow("csv unknown type") << Format::Csv << csv("WO-1,2026-04-01,,painting\n")
                                      << QStringLiteral("types") << QStringLiteral("unknown_type");
    QTest::newRow("csv missing reference")
        << Format::Csv << csv(",2026-04-01,,installation\n") << QStringLiteral("reference")
        << QStringLiteral("missing_field");
    QTest::newRow("csv unknown column")
        << Format::Csv << QByteArray("reference,planned_date,colour\nWO-1,2026-04-01,red\n")
        << QStringLiteral("colour") << QStringLiteral("unknown_column");
    QTest::newRow("csv field count") << Format::Csv << csv("WO-1,2026-04-01\n") << QString()
                                     << QStringLiteral("wrong_field_count");
    QTest::newRow("json metadata value")
        << Format::Json
        << QByteArray("[{\"reference\":\"WO-1\",\"planned_date\":\"2026-04-01\","
                      "\"metadata\":{\"zone\":[1]}}]")
        << QStringLiteral("metadata.zone") << QStringLiteral("wrong_value_type");
    QTest::newRow("json unknown field")
        << Format::Json
        << QByteArray("[{\"reference\":\"WO-1\",\"planned_date\":\"2026-04-01\","
                      "\"colour\":\"red\"}]")
        << QStringLiteral("colour") << QStringLiteral("unknown_field");
    QTest::newRow("json malformed")
        << Format::Json << QByteArray("[{") << QString() << QStringLiteral("malformed_json");
}

void tst_PlanningFile::issuesNameTheirFieldAndAStableCode()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const PlanningFile::Parsed parsed = PlanningFile::parse(bytes, format, sandboxRules());
    const QList<PlanningFile::Issue> issues = parsed.allIssues();
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    QCOMPARE(issues.constFirst().field, field);
    QCOMPARE(PlanningFile::Issue::kindKey(issues.constFirst().kind), code);
}

void tst_PlanningFile::everyKindHasItsOwnCode()
{
    // Scripts test these names: each kind has one, none shared, all lower-case words.
    QSet<QString> codes;
    for (int k = int(Kind::Empty); k <= int(Kind::DuplicateExisting); ++k) {
        const QString code = PlanningFile::Issue::kindKey(Kind(k));
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9_]+$")).match(code).hasMatch(),
                 qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), int(Kind::DuplicateExisting) + 1);
}

QTEST_APPLESS_MAIN(tst_PlanningFile)
#include "tst_planningfile.moc"
