// fieldconnect --import as a dispatcher's script runs it: the real executable with no display,
// the repository's sample planning files, the JSON lines it prints, its exit codes, and what
// the data directory's database holds afterwards.

#include "workorderstore.h"

#include "processrun.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> problems; // the lines before the summary
    QJsonObject summary;
    bool everyLineIsJson = true;
};

QString sample(const char *name)
{
    return QStringLiteral(FIELDCONNECT_SOURCE_DIR "/resources/planning/") + QLatin1String(name);
}

QSet<QString> keysIn(const QString &dataDir)
{
    WorkOrderStore store;
    QSet<QString> keys;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"))))
        return keys;
    for (const WorkOrder &wo : store.loadAll(WorkOrderStore::Detail::ListOnly))
        keys.insert(wo.key);
    return keys;
}
} // namespace

class tst_ImportCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sampleFilesImportWholly_data();
    void sampleFilesImportWholly();
    void badRowUnderAllOrNothingImportsNothing_data();
    void badRowUnderAllOrNothingImportsNothing();
    void goodRowsImportsTheGoodAndReportsTheRest();
    void unreadableFileIsInvalidInput();
    void notAPlanningIsInvalidInput();
    void importingTheSameFileTwiceAddsNothing();
    void importOptionsAreChecked_data();
    void importOptionsAreChecked();
    void helpSaysAllOrNothingIsTheDefault();

private:
    // As a script on a server runs it: no X11, no Wayland, no platform chosen.
    Run run(const QStringList &arguments);
    // A data directory with the sandbox's demo planning in it, and the keys it holds.
    QString freshDataDir(QSet<QString> *keys);

    QTemporaryDir m_dir;
    int m_dirs = 0;
};

void tst_ImportCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FIELDCONNECT_EXECUTABLE)));
    QVERIFY(m_dir.isValid());
}

Run tst_ImportCommand::run(const QStringList &arguments)
{
    ProcessRun::Options options;
    options.unset = QStringList{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")};
    const ProcessRun p =
        ProcessRun::run(QStringLiteral(FIELDCONNECT_EXECUTABLE), arguments, options);
    Run result;
    if (!p.finished())
        return result;
    result.exitCode = p.exitCode();
    result.out = p.out();
    result.err = p.err();
    result.everyLineIsJson = p.everyLineIsJson();
    for (const QJsonObject &line : p.jsonLines()) {
        if (line.contains(QStringLiteral("summary")))
            result.summary = line.value(QStringLiteral("summary")).toObject();
        else
            result.problems << line;
    }
    return result;
}

QString tst_ImportCommand::freshDataDir(QSet<QString> *keys)
{
    const QString dataDir = m_dir.filePath(QStringLiteral("data-%1").arg(++m_dirs));
    // A first run creates the database and imports the sandbox's demo planning; its file does
    // not exist, so it imports nothing itself.
    const Run first = run({QStringLiteral("--import"), m_dir.filePath(QStringLiteral("none.csv")),
                           QStringLiteral("--data-dir"), dataDir});
    if (first.exitCode != 2)
        qWarning() << "first run:" << first.exitCode << first.err;
    *keys = keysIn(dataDir);
    return dataDir;
}

void tst_ImportCommand::sampleFilesImportWholly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("csv") << sample("planning-week-19.csv")
                         << QStringList{"WO-2026-1001", "WO-2026-1002", "WO-2026-1003",
                                        "WO-2026-1004", "WO-2026-1005", "WO-2026-1006",
                                        "WO-2026-1007", "WO-2026-1008"};
    QTest::newRow("json") << sample("planning-week-20.json")
                          << QStringList{"WO-2026-1101", "WO-2026-1102", "WO-2026-1103",
                                         "WO-2026-1104", "WO-2026-1105"};
}

void tst_ImportCommand::sampleFilesImportWholly()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QSet<QString> before;
    const QString dataDir = freshDataDir(&before);
    QVERIFY(!before.isEmpty());
    const Run r = run({QStringLiteral("--import"), file, QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(r.everyLineIsJson, r.out.constData());
    QVERIFY2(r.problems.isEmpty(), r.out.constData());
    QCOMPARE(r.summary.value(QStringLiteral("imported")).toInt(-1), int(expected.size()));
    QCOMPARE(r.summary.value(QStringLiteral("rejected")).toInt(-1), 0);
    QCOMPARE(r.summary.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(r.summary.value(QStringLiteral("mode")).toString(), QStringLiteral("all_or_nothing"));

    // Exactly the file's rows were added, planned, for the site in use (the sandbox here).
    const QSet<QString> after = keysIn(dataDir);
    QCOMPARE(after - before, QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(after.size(), before.size() + expected.size());
    WorkOrderStore store;
    QVERIFY(store.open(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"))));
    for (const QString &key : expected) {
        const std::optional<WorkOrder> wo = store.find(key);
        QVERIFY(wo);
        QCOMPARE(wo->status, WorkOrderStatus::Planned);
        QCOMPARE(wo->siteProfile, QStringLiteral("sandbox"));
        QVERIFY(!store.events(key).isEmpty());
        QCOMPARE(store.events(key).constFirst().kind, QStringLiteral("planned"));
    }
}

void tst_ImportCommand::badRowUnderAllOrNothingImportsNothing_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::newRow("default") << QStringList();
    QTest::newRow("--all-or-nothing") << QStringList{QStringLiteral("--all-or-nothing")};
}

void tst_ImportCommand::badRowUnderAllOrNothingImportsNothing()
{
    QFETCH(QStringList, mode);
    QSet<QString> before;
    const QString dataDir = freshDataDir(&before);
    const QString file = sample("planning-with-mistakes.csv");
    const Run r =
        run(QStringList{QStringLiteral("--import"), file, QStringLiteral("--data-dir"), dataDir}
            + mode);
    QVERIFY2(r.exitCode == 2, r.out + r.err);
    QVERIFY2(r.everyLineIsJson, r.out.constData());
    // One line per problem, with its line, field and a stable code.
    QList<QPair<int, QString>> got;
    QStringList fields;
    for (const QJsonObject &p : r.problems) {
        got << qMakePair(p.value(QStringLiteral("line")).toInt(),
                         p.value(QStringLiteral("code")).toString());
        fields << p.value(QStringLiteral("field")).toString();
        QVERIFY(!p.value(QStringLiteral("reason")).toString().isEmpty());
    }
    // The sample's mistakes, one a line; its line 8 is good here (that reference is not in the
    // sandbox's demo planning).
    const QList<QPair<int, QString>> expected{{3, "invalid_name"},      {4, "bad_date"},
                                              {5, "unknown_type"},      {6, "bad_email"},
                                              {7, "duplicate_in_file"}, {9, "missing_field"}};
    QCOMPARE(got, expected);
    QCOMPARE(fields, (QStringList{"reference", "planned_date", "types", "technician_email",
                                  "reference", "reference"}));
    QCOMPARE(r.summary.value(QStringLiteral("imported")).toInt(-1), 0);
    QCOMPARE(r.summary.value(QStringLiteral("rejected")).toInt(-1), 6);
    QCOMPARE(r.summary.value(QStringLiteral("rows")).toInt(-1), 9);
    QCOMPARE(keysIn(dataDir), before); // not even the good rows
}

void tst_ImportCommand::goodRowsImportsTheGoodAndReportsTheRest()
{
    QSet<QString> before;
    const QString dataDir = freshDataDir(&before);
    const Run r = run({QStringLiteral("--import"), sample("planning-with-mistakes.csv"),
                       QStringLiteral("--good-rows"), QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(r.exitCode == 4, r.out + r.err);
    QVERIFY2(r.everyLineIsJson, r.out.constData());
    QCOMPARE(r.problems.size(), 6);
    QCOMPARE(r.summary.value(QStringLiteral("imported")).toInt(-1), 3);
    QCOMPARE(r.summary.value(QStringLiteral("rejected")).toInt(-1), 6);
    QCOMPARE(r.summary.value(QStringLiteral("mode")).toString(), QStringLiteral("good_rows"));
    QCOMPARE(keysIn(dataDir) - before,
             (QSet<QString>{"WO-2026-1201", "WO-2026-0412", "WO-2026-1209"}));
    QCOMPARE(keysIn(dataDir).size(), before.size() + 3);
}

void tst_ImportCommand::unreadableFileIsInvalidInput()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("unreadable"));
    const QString file = m_dir.filePath(QStringLiteral("no-such-planning.csv"));
    const Run r = run({QStringLiteral("--import"), file, QStringLiteral("--data-dir"), dataDir});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.everyLineIsJson, r.out.constData());
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.constFirst().value(QStringLiteral("code")).toString(),
             QStringLiteral("unreadable_file"));
    QVERIFY(r.problems.constFirst().value(QStringLiteral("reason")).toString().contains(file));
    QCOMPARE(r.summary.value(QStringLiteral("imported")).toInt(-1), 0);
}

void tst_ImportCommand::notAPlanningIsInvalidInput()
{
    QSet<QString> before;
    const QString dataDir = freshDataDir(&before);
    const QString file = m_dir.filePath(QStringLiteral("columns.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("reference,colour\nWO-1,blue\n");
    }
    const Run r = run({QStringLiteral("--import"), file, QStringLiteral("--good-rows"),
                       QStringLiteral("--data-dir"), dataDir});
    QCOMPARE(r.exitCode, 2);
    QStringList codes;
    for (const QJsonObject &p : r.problems)
        codes << p.value(QStringLiteral("code")).toString();
    QVERIFY2(codes.contains(QStringLiteral("unknown_column")), r.out.constData());
    QVERIFY2(codes.contains(QStringLiteral("missing_column")), r.out.constData());
    for (const QJsonObject &p : r.problems) {
        if (p.value(QStringLiteral("code")) == QLatin1String("unknown_column"))
            QCOMPARE(p.value(QStringLiteral("field")).toString(), QStringLiteral("colour"));
    }
    QCOMPARE(r.summary.value(QStringLiteral("imported")).toInt(-1), 0);
    QCOMPARE(keysIn(dataDir), before);
}

void tst_ImportCommand::importingTheSameFileTwiceAddsNothing()
{
    QSet<QString> before;
    const QString dataDir = freshDataDir(&before);
    const QStringList arguments{QStringLiteral("--import"), sample("planning-week-20.json"),
                                QStringLiteral("--good-rows"), QStringLiteral("--data-dir"),
                                dataDir};
    QCOMPARE(run(arguments).exitCode, 0);
    const QSet<QString> once = keysIn(dataDir);
    QCOMPARE(once.size(), before.size() + 5);
    // Every reference is taken now: nothing is good, nothing is overwritten.
    const Run again = run(arguments);
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(again.problems.size(), 5);
    for (const QJsonObject &p : again.problems)
        QCOMPARE(p.value(QStringLiteral("code")).toString(), QStringLiteral("duplicate_existing"));
    QCOMPARE(again.summary.value(QStringLiteral("imported")).toInt(-1), 0);
    QCOMPARE(again.summary.value(QStringLiteral("rejected")).toInt(-1), 5);
    QCOMPARE(keysIn(dataDir), once);
}

void tst_ImportCommand::importOptionsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("both modes") << QStringList{QStringLiteral("--import"),
                                               sample("planning-week-19.csv"),
                                               QStringLiteral("--good-rows"),
                                               QStringLiteral("--all-or-nothing")}
                                << QStringLiteral("--good-rows");
    QTest::newRow("mode without --import")
        << QStringList{QStringLiteral("--good-rows")} << QStringLiteral("--import");
    QTest::newRow("with --create-all")
        << QStringList{QStringLiteral("--import"), sample("planning-week-19.csv"),
                       QStringLiteral("--create-all")}
        << QStringLiteral("--create-all");
    QTest::newRow("no file") << QStringList{QStringLiteral("--import")} << QStringLiteral("import");
}

void tst_ImportCommand::importOptionsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QString dataDir = m_dir.filePath(QStringLiteral("options"));
    const Run r = run(arguments << QStringLiteral("--data-dir") << dataDir);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(!QFile::exists(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"))));
}

void tst_ImportCommand::helpSaysAllOrNothingIsTheDefault()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.contains(QLatin1String("--import <file>")), r.out.constData());
    QVERIFY2(help.contains(QLatin1String("--good-rows")), r.out.constData());
    const qsizetype option = help.indexOf(QLatin1String("--all-or-nothing"));
    QVERIFY(option >= 0);
    QVERIFY2(help.indexOf(QLatin1String("default"), option) > option, r.out.constData());
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
