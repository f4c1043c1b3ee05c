// Importing a planning file into a real SQLite file: one transaction, all or nothing or only the
// good rows as the user chooses, existing references never overwritten, and the sample plans in
// resources/planning/ import cleanly with the sandbox's types and technicians.

#include "planningimport.h"
#include "workorderstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Mode = PlanningImport::Mode;
using Kind = PlanningFile::Issue::Kind;
Q_DECLARE_METATYPE(PlanningImport::Mode)

namespace {
QByteArray readSource(const QString &relative)
{
    QFile file(QStringLiteral(FIELDCONNECT_SOURCE_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// What the sandbox knows: its seed's work order types, users and existing work orders.
struct Seed {
    QSet<QString> types;
    QSet<QString> users;
    QSet<QString> workOrderNames;
};

Seed sandboxSeed()
{
    const QJsonObject seed =
        QJsonDocument::fromJson(readSource(QStringLiteral("resources/sandbox/seed.json"))).object();
    Seed s;
    for (const QJsonValue t : seed.value("work_order_types").toArray())
        s.types << t.toObject().value("name").toString();
    for (const QJsonValue u : seed.value("users").toArray())
        s.users << u.toObject().value("email").toString();
    for (const QJsonValue w : seed.value("work_orders").toArray())
        s.workOrderNames << w.toObject().value("name").toString();
    return s;
}

WorkOrder existing(const QString &key)
{
    WorkOrder wo;
    wo.key = wo.name = key;
    wo.plannedDate = QDate(2026, 4, 1);
    wo.address = QStringLiteral("the original address");
    return wo;
}

const QByteArray kMixed = "reference,planned_date,types\n"
                          "WO-1,2026-05-04,installation\n"
                          "WO-2,04/05/2026,installation\n"
                          "WO-3,2026-05-05,maintenance\n"
                          "WO 4,2026-05-05,\n";
} // namespace

class tst_PlanningImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void goodRowsOnlyImportsTheGoodRowsWithTheirLines();
    void allOrNothingImportsNothingWhenARowIsBad();
    void allOrNothingImportsACleanFile();
    void referencesAddedSinceParsingAreNeverOverwritten_data();
    void referencesAddedSinceParsingAreNeverOverwritten();
    void unreadableFileImportsNothing();
    void samplePlansImportIntoTheSandboxSite_data();
    void samplePlansImportIntoTheSandboxSite();
    void sampleWithMistakesNamesEachLine();

private:
    PlanningFile::Rules rules() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkOrderStore> m_store;
};

void tst_PlanningImport::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<WorkOrderStore>();
    QVERIFY2(m_store->open(m_dir->filePath("fieldconnect.sqlite")),
             qPrintable(m_store->lastError()));
}

PlanningFile::Rules tst_PlanningImport::rules() const
{
    PlanningFile::Rules r;
    r.knownTypes = sandboxSeed().types;
    for (const WorkOrder &wo : m_store->loadAll(WorkOrderStore::Detail::ListOnly))
        r.existingKeys << wo.key;
    r.siteProfile = QStringLiteral("sandbox");
    return r;
}

void tst_PlanningImport::goodRowsOnlyImportsTheGoodRowsWithTheirLines()
{
    const PlanningFile::Parsed parsed =
        PlanningFile::parse(kMixed, PlanningFile::Format::Csv, rules());
    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, Mode::GoodRowsOnly, QStringLiteral("/tmp/plan.csv"),
                            QStringLiteral("disp"));
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.importedKeys, (QStringList{"WO-1", "WO-3"}));
    QCOMPARE(summary.skipped.size(), 2);
    QCOMPARE(summary.skipped.at(0).line, 3);
    QCOMPARE(summary.skipped.at(0).kind, Kind::BadDate);
    QCOMPARE(summary.skipped.at(1).line, 5);
    QCOMPARE(summary.skipped.at(1).kind, Kind::InvalidName);

    QCOMPARE(m_store->count(), 2);
    const auto wo = m_store->find(QStringLiteral("WO-3"));
    QVERIFY(wo);
    QCOMPARE(wo->status, WorkOrderStatus::Planned);
    QCOMPARE(wo->plannedDate, QDate(2026, 5, 5));
    QCOMPARE(wo->types, QStringList{"maintenance"});
    QCOMPARE(wo->siteProfile, QStringLiteral("sandbox"));
    const QList<WorkOrderEvent> events = m_store->events(QStringLiteral("WO-3"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QStringLiteral("planned"));
    QCOMPARE(events.first().user, QStringLiteral("disp"));
    QCOMPARE(events.first().toStatus, QStringLiteral("planned"));
    QVERIFY2(events.first().reason.contains("plan.csv, line 4"), qPrintable(events.first().reason));
    QCOMPARE(events.first().data.value("line").toInt(), 4);
}

void tst_PlanningImport::allOrNothingImportsNothingWhenARowIsBad()
{
    m_store->insert({existing("WO-0")}, WorkOrderEvent{});
    const PlanningFile::Parsed parsed =
        PlanningFile::parse(kMixed, PlanningFile::Format::Csv, rules());
    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, Mode::AllOrNothing, "plan.csv", "disp");
    QVERIFY(summary.error.contains("all or nothing"));
    QCOMPARE(summary.imported(), 0);
    QCOMPARE(summary.skipped.size(), 2);
    QCOMPARE(m_store->count(), 1);
    QVERIFY(!m_store->find("WO-1"));
}

void tst_PlanningImport::allOrNothingImportsACleanFile()
{
    QByteArray bytes = "reference,planned_date\n";
    for (int i = 0; i < 500; ++i)
        bytes += "WO-" + QByteArray::number(i) + ",2026-06-01\n";
    const PlanningFile::Parsed parsed =
        PlanningFile::parse(bytes, PlanningFile::Format::Csv, rules());
    QVERIFY(parsed.ok());
    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, Mode::AllOrNothing, "plan.csv", "disp");
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.imported(), 500);
    QVERIFY(summary.skipped.isEmpty());
    QCOMPARE(m_store->count(), 500);
    // Read back through another connection: the transaction is committed and durable.
    WorkOrderStore other;
    QVERIFY(other.open(m_store->fileName()));
    QCOMPARE(other.count(), 500);
}

void tst_PlanningImport::referencesAddedSinceParsingAreNeverOverwritten_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QStringList>("imported");
    QTest::newRow("good rows only") << Mode::GoodRowsOnly << QStringList{"WO-1"};
    QTest::newRow("all or nothing") << Mode::AllOrNothing << QStringList();
}

void tst_PlanningImport::referencesAddedSinceParsingAreNeverOverwritten()
{
    QFETCH(Mode, mode);
    QFETCH(QStringList, imported);

    const PlanningFile::Parsed parsed =
        PlanningFile::parse("reference,planned_date,address\nWO-1,2026-05-04,new\n"
                            "WO-2,2026-05-04,new\n",
                            PlanningFile::Format::Csv, rules());
    QVERIFY(parsed.ok());
    // Someone else plans WO-2 between the preview and the import.
    QVERIFY(m_store->insert({existing("WO-2")}, WorkOrderEvent{}));

    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, mode, "plan.csv", "disp");
    QCOMPARE(summary.importedKeys, imported);
    QCOMPARE(summary.skipped.size(), 1);
    QCOMPARE(summary.skipped.first().line, 3);
    QCOMPARE(summary.skipped.first().kind, Kind::DuplicateExisting);
    QCOMPARE(summary.error.isEmpty(), mode == Mode::GoodRowsOnly);
    QCOMPARE(m_store->find("WO-2")->address, QStringLiteral("the original address"));
    QCOMPARE(m_store->events("WO-2").size(), 1); // no "planned" event added to it
    QCOMPARE(m_store->count(), 1 + imported.size());
}

void tst_PlanningImport::unreadableFileImportsNothing()
{
    const PlanningFile::Parsed parsed =
        PlanningFile::parse("[{\"reference\": \"WO-1\",", PlanningFile::Format::Json, rules());
    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, Mode::GoodRowsOnly, "plan.json", "disp");
    QVERIFY(!summary.error.isEmpty());
    QCOMPARE(summary.skipped.size(), 1);
    QCOMPARE(summary.skipped.first().kind, Kind::MalformedJson);
    QCOMPARE(m_store->count(), 0);
}

void tst_PlanningImport::samplePlansImportIntoTheSandboxSite_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::newRow("csv") << QStringLiteral("resources/planning/planning-week-19.csv") << 8;
    QTest::newRow("json") << QStringLiteral("resources/planning/planning-week-20.json") << 5;
}

void tst_PlanningImport::samplePlansImportIntoTheSandboxSite()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    const Seed seed = sandboxSeed();
    PlanningFile::Rules r = rules();
    r.existingKeys = seed.workOrderNames; // as after the demo planning was imported
    const PlanningFile::Parsed parsed =
        PlanningFile::parse(readSource(file), *PlanningFile::formatFor(file), r);
    QVERIFY2(parsed.ok(),
             qPrintable(parsed.allIssues().isEmpty() ? QString()
                                                     : parsed.allIssues().first().toString()));
    QCOMPARE(parsed.rows.size(), rows);
    for (const PlanningFile::Row &row : parsed.rows) {
        // What the sandbox will accept on creation: a known technician, known types.
        QVERIFY2(seed.users.contains(row.workOrder.technicianEmail),
                 qPrintable(row.workOrder.technicianEmail));
        QVERIFY(!row.workOrder.types.isEmpty());
        QVERIFY(!seed.workOrderNames.contains(row.workOrder.name));
    }
    const PlanningImport::Summary summary =
        PlanningImport::run(*m_store, parsed, Mode::AllOrNothing, file, "disp");
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.imported(), rows);
    QCOMPARE(m_store->count(), rows);
}

void tst_PlanningImport::sampleWithMistakesNamesEachLine()
{
    PlanningFile::Rules r = rules();
    r.existingKeys = sandboxSeed().workOrderNames;
    const PlanningFile::Parsed parsed = PlanningFile::parse(
        readSource("resources/planning/planning-with-mistakes.csv"), PlanningFile::Format::Csv, r);
    QList<QPair<int, Kind>> got;
    for (const PlanningFile::Issue &issue : parsed.allIssues())
        got << qMakePair(issue.line, issue.kind);
    const QList<QPair<int, Kind>> expected{{3, Kind::InvalidName},     {4, Kind::BadDate},
                                           {5, Kind::UnknownType},     {6, Kind::BadEmail},
                                           {7, Kind::DuplicateInFile}, {8, Kind::DuplicateExisting},
                                           {9, Kind::MissingField}};
    QCOMPARE(got, expected);
    QCOMPARE(parsed.rows.size(), 2);
    const PlanningImport::Summary summary = PlanningImport::run(
        *m_store, parsed, Mode::GoodRowsOnly, "planning-with-mistakes.csv", "d");
    QCOMPARE(summary.importedKeys, (QStringList{"WO-2026-1201", "WO-2026-1209"}));
    QCOMPARE(summary.skipped.size(), 7);
}

QTEST_GUILESS_MAIN(tst_PlanningImport)
#include "tst_planningimport.moc"
