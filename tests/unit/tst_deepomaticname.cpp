#include "deepomaticname.h"

#include <QTest>

class tst_DeepomaticName : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_DeepomaticName::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    // Pieces of text the error must contain (empty when valid).
    QTest::addColumn<QStringList>("errorContains");

    QTest::newRow("reference") << QStringLiteral("WO-2024_00042") << true << QStringList();
    QTest::newRow("one letter") << QStringLiteral("a") << true << QStringList();
    QTest::newRow("one digit") << QStringLiteral("7") << true << QStringList();
    QTest::newRow("underscore only") << QStringLiteral("_") << true << QStringList();
    QTest::newRow("hyphen only") << QStringLiteral("-") << true << QStringList();
    QTest::newRow("all allowed classes") << QStringLiteral("azAZ09_-") << true << QStringList();
    QTest::newRow("128 characters") << QString(128, u'x') << true << QStringList();
    QTest::newRow("129 characters") << QString(129, u'x') << false << QStringList{"129", "128"};
    QTest::newRow("1000 characters") << QString(1000, u'x') << false << QStringList{"1000", "128"};
    QTest::newRow("empty") << QString() << false << QStringList{"empty"};
    QTest::newRow("space") << QStringLiteral("WO 42") << false << QStringList{"\" \"", "3"};
    QTest::newRow("leading space") << QStringLiteral(" WO42") << false << QStringList{"1"};
    QTest::newRow("only a space") << QStringLiteral(" ") << false << QStringList{"1"};
    QTest::newRow("tab") << QStringLiteral("WO\t42") << false << QStringList{"3"};
    QTest::newRow("dot") << QStringLiteral("WO.42") << false << QStringList{"\".\"", "3"};
    QTest::newRow("slash") << QStringLiteral("WO/42") << false << QStringList{"\"/\"", "3"};
    QTest::newRow("plus") << QStringLiteral("WO+42") << false << QStringList{"\"+\""};
    QTest::newRow("accented letter")
        << QStringLiteral("r\u00e9seau") << false << QStringList{QStringLiteral("\u00e9"), "2"};
    QTest::newRow("German sharp s") << QStringLiteral("Stra\u00dfe") << false << QStringList{"5"};
    QTest::newRow("Cyrillic a") << QStringLiteral("\u0430bc") << false << QStringList{"1"};
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("WO\u0665\u0660") << false << QStringList{"3"};
    QTest::newRow("fullwidth digit") << QStringLiteral("WO\uFF11") << false << QStringList{"3"};
    QTest::newRow("superscript two") << QStringLiteral("m\u00B2") << false << QStringList{"2"};
    QTest::newRow("emoji") << QStringLiteral("WO\U0001F600") << false << QStringList{"3"};
    QTest::newRow("128 letters then emoji")
        << QString(127, u'x') + QStringLiteral("\U0001F600") << false << QStringList();
    QTest::newRow("NUL") << QString::fromUtf16(u"WO\u000042", 4) << false << QStringList{"3"};
}

void tst_DeepomaticName::validate()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QStringList, errorContains);

    const QString error = DeepomaticName::validate(name);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(DeepomaticName::isValid(name), valid);
    for (const QString &part : errorContains)
        QVERIFY2(error.contains(part), qPrintable(error + " / " + part));
}

QTEST_APPLESS_MAIN(tst_DeepomaticName)
#include "tst_deepomaticname.moc"
