// RemoteWorkOrder's inputs, lists of work orders (lookup by name) and task-group responses.

#include "remoteworkorder.h"

#include <QTest>

namespace {
QByteArray withInputs(const QByteArray &inputs)
{
    return R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": "n", "inputs": )" + inputs
           + '}';
}
} // namespace

class tst_RemoteWorkOrderInputs : public QObject
{
    Q_OBJECT

private slots:
    void parsesInputs();
    void acceptsEarlierSpellings();
    void rejectsInputs_data();
    void rejectsInputs();
    void recognisesPdfInputs_data();
    void recognisesPdfInputs();
    void listsWorkOrders_data();
    void listsWorkOrders();
    void taskGroups_data();
    void taskGroups();
};

void tst_RemoteWorkOrderInputs::parsesInputs()
{
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(withInputs(R"([
        {"id": "i1", "task_group_name": "pm-ouvert-avant", "date": "2024-03-14T09:30:00Z",
         "conformity_messages": ["Photo trop sombre."],
         "image_url": "https:\/\/cdn.example.com\/i1.jpg?X-Expires=60"},
        {"id": 7, "task_group_name": "pm-ferme", "date": null, "conformity_messages": null,
         "image_url": null}])"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const auto &inputs = parsed.workOrder.inputs;
    QCOMPARE(inputs.size(), 2);
    QCOMPARE(inputs.at(0).id, QStringLiteral("i1"));
    QCOMPARE(inputs.at(0).taskGroupName, QStringLiteral("pm-ouvert-avant"));
    QCOMPARE(inputs.at(0).date, QDateTime(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC));
    QCOMPARE(inputs.at(0).conformityMessages, QStringList{QStringLiteral("Photo trop sombre.")});
    QCOMPARE(inputs.at(0).imageUrl,
             QUrl(QStringLiteral("https://cdn.example.com/i1.jpg?X-Expires=60")));
    QCOMPARE(inputs.at(1).id, QStringLiteral("7"));
    QVERIFY(!inputs.at(1).date.isValid());
    QVERIFY(inputs.at(1).conformityMessages.isEmpty());
    QVERIFY(inputs.at(1).imageUrl.isEmpty());
}

void tst_RemoteWorkOrderInputs::acceptsEarlierSpellings()
{
    // Deepomatic's sample data says create_date; early sandboxes said url.
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(withInputs(R"([
        {"id": "i1", "task_group_name": "g", "create_date": "2024-03-14T09:30:00.5Z",
         "url": "\/media\/i1.jpg"}])"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.workOrder.inputs.first().date.isValid());
    QCOMPARE(parsed.workOrder.inputs.first().imageUrl, QUrl(QStringLiteral("/media/i1.jpg")));
}

void tst_RemoteWorkOrderInputs::rejectsInputs_data()
{
    QTest::addColumn<QByteArray>("inputs");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("not an array") << QByteArray("{}") << "\"inputs\"";
    QTest::newRow("item not object") << QByteArray("[3]") << "inputs[0]";
    QTest::newRow("no id") << QByteArray(R"([{"task_group_name": "g"}])") << "inputs[0]";
    QTest::newRow("no group") << QByteArray(R"([{"id": "i"}])") << "task_group_name";
    QTest::newRow("messages object")
        << QByteArray(R"([{"id": "i", "task_group_name": "g", "conformity_messages": {}}])")
        << "conformity_messages";
    QTest::newRow("media type number")
        << QByteArray(R"([{"id": "i", "task_group_name": "g", "media_type": 5}])")
        << "inputs[0].media_type";
    QTest::newRow("url number") << QByteArray(
        R"([{"id": "i", "task_group_name": "g", "image_url": 5}])")
                                << "image_url";
}

void tst_RemoteWorkOrderInputs::rejectsInputs()
{
    QFETCH(QByteArray, inputs);
    QFETCH(QString, errorContains);
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(withInputs(inputs));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
}

void tst_RemoteWorkOrderInputs::recognisesPdfInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<bool>("pdf");
    QTest::newRow("pdf media type")
        << QByteArray(R"({"media_type": "application/pdf", "image_url": "\/media\/i.bin"})")
        << "application/pdf" << true;
    QTest::newRow("media type with parameters and capitals")
        << QByteArray(R"({"media_type": "Application/PDF; charset=binary"})") << "application/pdf"
        << true;
    QTest::newRow("jpeg media type wins over a .pdf name")
        << QByteArray(R"({"media_type": "image/jpeg", "image_url": "\/media\/scan.pdf"})")
        << "image/jpeg" << false;
    QTest::newRow("no media type, .pdf URL with a signature")
        << QByteArray(R"({"image_url": "https:\/\/cdn.example.com\/i.PDF?X-Expires=60"})")
        << QString() << true;
    QTest::newRow("no media type, photo URL")
        << QByteArray(R"({"image_url": "https:\/\/cdn.example.com\/i.jpg?f=x.pdf"})") << QString()
        << false;
    QTest::newRow("nothing known") << QByteArray("{}") << QString() << false;
}

void tst_RemoteWorkOrderInputs::recognisesPdfInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, mediaType);
    QFETCH(bool, pdf);
    input.insert(1,
                 R"("id": "i", "task_group_name": "g")" + QByteArray(input.size() > 2 ? ", " : ""));
    const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(withInputs("[" + input + "]"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.workOrder.inputs.first().mediaType, mediaType);
    QCOMPARE(parsed.workOrder.inputs.first().isPdf(), pdf);
}

void tst_RemoteWorkOrderInputs::listsWorkOrders_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count"); // -1: refused
    QTest::addColumn<QString>("next");
    const QByteArray wo = R"({"id": "0f6c1f0e-3a1b-4c2d-9e8f-123456789abc", "name": "n"})";
    QTest::newRow("DRF page") << R"({"count": 1, "next": null, "results": [)" + wo + "]}" << 1
                              << QString();
    QTest::newRow("page with next")
        << R"({"count": 9, "next": "https:\/\/api\/v0.2\/work-orders\/?page=2", "results": [)" + wo
               + "]}"
        << 1 << "https://api/v0.2/work-orders/?page=2";
    QTest::newRow("bare array") << "[" + wo + "," + wo + "]" << 2 << QString();
    QTest::newRow("empty page") << QByteArray(R"({"count": 0, "results": []})") << 0 << QString();
    QTest::newRow("no results") << QByteArray(R"({"count": 0})") << -1 << QString();
    QTest::newRow("bad item") << QByteArray(R"({"results": [{"id": "x"}]})") << -1 << QString();
    QTest::newRow("not JSON") << QByteArray("<html>") << -1 << QString();
}

void tst_RemoteWorkOrderInputs::listsWorkOrders()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(QString, next);
    const RemoteWorkOrder::ParsedList list = RemoteWorkOrder::listFromJson(json);
    if (count < 0) {
        QVERIFY(!list.ok());
        QVERIFY(list.workOrders.isEmpty());
        return;
    }
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.workOrders.size(), count);
    QCOMPARE(list.next, next);
}

void tst_RemoteWorkOrderInputs::taskGroups_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("names"); // empty with an error: refused
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("page") << QByteArray(R"({"count": 2, "next": null, "results": [
        {"id": 1, "name": "b", "order": 2, "input_examples": ["https:\/\/x\/1.jpg", 4],
         "tasks": [{"id": 10, "name": "t", "sentence": "S ?", "outcome_type": "Boolean"}]},
        {"id": 2, "name": "a", "order": 1}]})")
                          << QStringList{"b", "a"} << QString();
    QTest::newRow("bare array") << QByteArray(R"([{"name": "x"}])") << QStringList{"x"}
                                << QString();
    QTest::newRow("group without name")
        << QByteArray(R"([{"name": "x"}, {"order": 1}])") << QStringList() << "results[1]";
    QTest::newRow("tasks not an array")
        << QByteArray(R"([{"name": "x", "tasks": {}}])") << QStringList() << "results[0].tasks";
    // Found by fuzz_remoteworkorder: an id beyond 2^53 was cast to qint64 (undefined
    // behaviour); such an id is now simply not taken (ids are optional, names are the key).
    QTest::newRow("numeric id beyond 2^53")
        << QByteArray(R"({"results":[{"id":12345678901234567890,"name":"g"}]})") << QStringList{"g"}
        << QString();
}

void tst_RemoteWorkOrderInputs::taskGroups()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, names);
    QFETCH(QString, errorContains);
    const RemoteWorkOrder::ParsedTaskGroups parsed = RemoteWorkOrder::taskGroupsFromJson(json);
    if (!errorContains.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
        QVERIFY(parsed.taskGroups.isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QStringList got;
    for (const auto &g : parsed.taskGroups)
        got << g.name;
    QCOMPARE(got, names); // the API's order: sorting is for a work order's view
    if (names.first() == QLatin1String("b")) {
        const auto &b = parsed.taskGroups.first();
        QCOMPARE(b.id, QStringLiteral("1"));
        QCOMPARE(b.inputExamples, QStringList{QStringLiteral("https://x/1.jpg")});
        QCOMPARE(b.tasks.first().id, QStringLiteral("10"));
        QCOMPARE(b.tasks.first().outcomeType, QStringLiteral("Boolean"));
    }
}

QTEST_APPLESS_MAIN(tst_RemoteWorkOrderInputs)
#include "tst_remoteworkorderinputs.moc"
