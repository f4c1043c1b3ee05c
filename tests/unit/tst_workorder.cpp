#include "workorder.h"

#include <QJsonArray>
#include <QTest>

class tst_WorkOrder : public QObject
{
    Q_OBJECT

private slots:
    void createRequestWithEverything();
    void createRequestOmitsEmptyValues_data();
    void createRequestOmitsEmptyValues();
    void isCreatedInDeepomatic();
};

void tst_WorkOrder::createRequestWithEverything()
{
    WorkOrder wo;
    wo.key = QStringLiteral("local-1");
    wo.name = QStringLiteral("WO-2024_00042");
    wo.technicianName = QStringLiteral("Camille Martin"); // not part of the API body
    wo.technicianEmail = QStringLiteral("camille@example.com");
    wo.types = {QStringLiteral("maintenance"), QStringLiteral("installation")};
    wo.tags = {QStringLiteral("north"), QStringLiteral("fibre")};
    wo.metadata = QJsonObject{{QStringLiteral("site_code"), QStringLiteral("PAR-12")},
                              {QStringLiteral("floor"), 3}};

    const QJsonObject body = wo.toCreateRequest();
    QCOMPARE(body.keys(),
             (QStringList{"field_engineer_email", "metadata", "name", "tags", "work_order_types"}));
    QCOMPARE(body.value(QStringLiteral("name")).toString(), wo.name);
    QCOMPARE(body.value(QStringLiteral("field_engineer_email")).toString(), wo.technicianEmail);
    QCOMPARE(body.value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("north"), QStringLiteral("fibre")}));
    QCOMPARE(body.value(QStringLiteral("work_order_types")).toArray(),
             QJsonArray({QStringLiteral("maintenance"), QStringLiteral("installation")}));
    QCOMPARE(body.value(QStringLiteral("metadata")).toObject(), wo.metadata);
}

void tst_WorkOrder::createRequestOmitsEmptyValues_data()
{
    QTest::addColumn<QJsonObject>("metadata");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject none;
    const QJsonObject name{{QStringLiteral("name"), QStringLiteral("WO-1")}};

    QTest::newRow("only a name") << none << QStringList() << QStringList() << QString() << name;
    QTest::newRow("metadata all empty")
        << QJsonObject{{QStringLiteral("a"), QString()},
                       {QStringLiteral("b"), QJsonValue(QJsonValue::Null)}}
        << QStringList() << QStringList() << QString() << name;
    QTest::newRow("metadata partly empty")
        << QJsonObject{{QStringLiteral("a"), QString()},
                       {QStringLiteral("b"), QStringLiteral("x")},
                       {QStringLiteral("c"), QJsonValue(QJsonValue::Null)}}
        << QStringList() << QStringList() << QString()
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("WO-1")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("b"), "x"}}}};
    QTest::newRow("falsy values are values")
        << QJsonObject{{QStringLiteral("zero"), 0},
                       {QStringLiteral("no"), false},
                       {QStringLiteral("blank"), QStringLiteral(" ")}}
        << QStringList() << QStringList() << QString()
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("WO-1")},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("zero"), 0},
                                    {QStringLiteral("no"), false},
                                    {QStringLiteral("blank"), QStringLiteral(" ")}}}};
    QTest::newRow("tags only") << none << QStringList{QStringLiteral("t")} << QStringList()
                               << QString()
                               << QJsonObject{{QStringLiteral("name"), QStringLiteral("WO-1")},
                                              {QStringLiteral("tags"), QJsonArray{"t"}}};
    QTest::newRow("types only") << none << QStringList() << QStringList{QStringLiteral("m")}
                                << QString()
                                << QJsonObject{
                                       {QStringLiteral("name"), QStringLiteral("WO-1")},
                                       {QStringLiteral("work_order_types"), QJsonArray{"m"}}};
    QTest::newRow("email only") << none << QStringList() << QStringList() << "t@example.com"
                                << QJsonObject{{QStringLiteral("name"), QStringLiteral("WO-1")},
                                               {QStringLiteral("field_engineer_email"),
                                                QStringLiteral("t@example.com")}};
}

void tst_WorkOrder::createRequestOmitsEmptyValues()
{
    QFETCH(QJsonObject, metadata);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, types);
    QFETCH(QString, email);
    QFETCH(QJsonObject, expected);

    WorkOrder wo;
    wo.name = QStringLiteral("WO-1");
    wo.metadata = metadata;
    wo.tags = tags;
    wo.types = types;
    wo.technicianEmail = email;
    QCOMPARE(wo.toCreateRequest(), expected);
}

void tst_WorkOrder::isCreatedInDeepomatic()
{
    WorkOrder wo;
    QVERIFY(!wo.isCreatedInDeepomatic());
    QCOMPARE(wo.status, WorkOrderStatus::Planned);
    wo.deepomaticId = QStringLiteral("0f6c1f0e-3a1b-4c2d-9e8f-123456789abc");
    QVERIFY(wo.isCreatedInDeepomatic());
}

QTEST_APPLESS_MAIN(tst_WorkOrder)
#include "tst_workorder.moc"
