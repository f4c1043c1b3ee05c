// Which work order a scanned label names: its reference, its Deepomatic name or the site's
// scan_key metadata field, exact before ignoring case; none or several is said with the text read.
#include "scanresolver.h"

#include <QTest>

Q_DECLARE_METATYPE(ScanResolver::MatchedBy)

namespace {
WorkOrder make(const QString &key, const QString &name, const QJsonObject &metadata = {})
{
    WorkOrder wo;
    wo.key = key;
    wo.name = name;
    wo.metadata = metadata;
    return wo;
}

QList<WorkOrder> planning()
{
    return {
        make(QStringLiteral("WO-2026-0412"), QStringLiteral("WO-2026-0412"),
             {{QStringLiteral("customer_ref"), QStringLiteral("CUST-31000")},
              {QStringLiteral("meter"), 4711}}),
        make(QStringLiteral("local-17"), QStringLiteral("INTERV_LYON_0031"),
             {{QStringLiteral("customer_ref"), QStringLiteral("CUST-31017")}}),
        make(QStringLiteral("local-18"), QStringLiteral("INTERV_LYON_0032"),
             {{QStringLiteral("customer_ref"), QStringLiteral("CUST-SHARED")},
              {QStringLiteral("equipment"), QJsonObject{{QStringLiteral("id"), 1}}}}),
        make(QStringLiteral("local-19"), QStringLiteral("wo-2026-0412-b"),
             {{QStringLiteral("customer_ref"), QStringLiteral("CUST-SHARED")}}),
    };
}
} // namespace

class tst_ScanResolver : public QObject
{
    Q_OBJECT
private slots:
    void findsTheWorkOrder_data();
    void findsTheWorkOrder();
    void unknownCodeNamesTheTextRead_data();
    void unknownCodeNamesTheTextRead();
    void severalMatchesOpenNone();
    void emptyCodeIsRefused();
};

void tst_ScanResolver::findsTheWorkOrder_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("scanKey");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ScanResolver::MatchedBy>("by");
    using By = ScanResolver::MatchedBy;
    QTest::newRow("reference") << "WO-2026-0412"
                               << ""
                               << "WO-2026-0412" << By::Reference;
    QTest::newRow("reference, spaces around") << "  WO-2026-0412\n"
                                              << ""
                                              << "WO-2026-0412" << By::Reference;
    QTest::newRow("local reference") << "local-17"
                                     << ""
                                     << "local-17" << By::Reference;
    QTest::newRow("Deepomatic name") << "INTERV_LYON_0031"
                                     << ""
                                     << "local-17" << By::Name;
    QTest::newRow("name in capitals") << "WO-2026-0412-B"
                                      << ""
                                      << "local-19" << By::Name;
    QTest::newRow("reference in lower case") << "wo-2026-0412"
                                             << ""
                                             << "WO-2026-0412" << By::Reference;
    QTest::newRow("scan_key") << "CUST-31017"
                              << "customer_ref"
                              << "local-17" << By::ScanKey;
    QTest::newRow("scan_key, lower case") << "cust-31000"
                                          << "customer_ref"
                                          << "WO-2026-0412" << By::ScanKey;
    QTest::newRow("scan_key holding a number") << "4711"
                                               << "meter"
                                               << "WO-2026-0412" << By::ScanKey;
    QTest::newRow("reference wins over scan_key") << "local-18"
                                                  << "customer_ref"
                                                  << "local-18" << By::Reference;
}

void tst_ScanResolver::findsTheWorkOrder()
{
    QFETCH(QString, scanned);
    QFETCH(QString, scanKey);
    QFETCH(QString, key);
    QFETCH(ScanResolver::MatchedBy, by);
    const ScanResolver::Result r = ScanResolver::resolve(scanned, planning(), scanKey);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.key, key);
    QCOMPARE(r.matchedBy, by);
    QVERIFY(r.error.isEmpty());
}

void tst_ScanResolver::unknownCodeNamesTheTextRead_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("scanKey");
    QTest::newRow("unknown reference") << "WO-1999-0001"
                                       << "customer_ref";
    // Without scan_key the site's metadata is not searched: a customer number opens nothing.
    QTest::newRow("metadata without scan_key") << "CUST-31017"
                                               << "";
    QTest::newRow("another metadata field") << "CUST-31017"
                                            << "meter";
    QTest::newRow("an object is no label") << "{\"id\":1}"
                                           << "equipment";
    QTest::newRow("part of a reference") << "WO-2026"
                                         << "";
}

void tst_ScanResolver::unknownCodeNamesTheTextRead()
{
    QFETCH(QString, scanned);
    QFETCH(QString, scanKey);
    const ScanResolver::Result r = ScanResolver::resolve(scanned, planning(), scanKey);
    QVERIFY(!r.ok());
    QCOMPARE(r.matchedBy, ScanResolver::MatchedBy::None);
    QVERIFY2(r.error.contains(u'“' + scanned + u'”'), qPrintable(r.error));
    QVERIFY2(r.error.startsWith(QLatin1String("No work order matches")), qPrintable(r.error));
}

void tst_ScanResolver::severalMatchesOpenNone()
{
    const ScanResolver::Result r = ScanResolver::resolve(QStringLiteral("CUST-SHARED"), planning(),
                                                         QStringLiteral("customer_ref"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("“CUST-SHARED”")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("local-18, local-19")), qPrintable(r.error));
}

void tst_ScanResolver::emptyCodeIsRefused()
{
    const ScanResolver::Result r = ScanResolver::resolve(QStringLiteral("  "), planning(), {});
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

QTEST_APPLESS_MAIN(tst_ScanResolver)
#include "tst_scanresolver.moc"
