// Scan to open on the sandbox seed's PNG labels (QR and Code 128): each is read by the decoder,
// from its file and as a camera frame, and names the right work order of the demo planning (by
// reference, or by the sandbox site's scan_key, customer_ref); a label of an unknown reference
// gives a message naming the text read; a picture without a code says so.
#include "barcodedecoder.h"
#include "demoplanning.h"
#include "labelimage.h"
#include "sandboxserver.h"
#include "scanresolver.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

class tst_ScanLabels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seedHasQrAndCode128Labels();
    void seededLabelOpensItsWorkOrder_data();
    void seededLabelOpensItsWorkOrder();
    void unknownLabelNamesTheTextRead_data();
    void unknownLabelNamesTheTextRead();
    void pictureWithoutACodeSaysSo();
    void unreadableFileIsNamed();
    void madeLabelsReadBack_data();
    void madeLabelsReadBack();

private:
    static QList<QJsonObject> labels(bool known);
    QJsonObject m_seed;
    QList<WorkOrder> m_planning;
    QString m_scanKey;
};

void tst_ScanLabels::initTestCase()
{
    QFile file(QStringLiteral(":/sandbox/seed.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_seed = QJsonDocument::fromJson(file.readAll()).object();
    QList<QJsonObject> seeded;
    for (const QJsonValue v : m_seed.value(QLatin1String("work_orders")).toArray())
        seeded << v.toObject();
    // The local work orders the demo makes of the seed, metadata included.
    m_planning = DemoPlanning::fromSeed(seeded, QStringLiteral("sandbox"), QDate(2026, 12, 1));
    QVERIFY(m_planning.size() > 10);
    SandboxServer sandbox;
    m_scanKey = sandbox.siteProfile().scanKey;
    QCOMPARE(m_scanKey, QStringLiteral("customer_ref"));
}

QList<QJsonObject> tst_ScanLabels::labels(bool known)
{
    QFile file(QStringLiteral(":/sandbox/seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> result;
    const QJsonObject seed = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue v : seed.value(QLatin1String("labels")).toArray()) {
        const QJsonObject label = v.toObject();
        if (label.value(QLatin1String("work_order")).isString() == known)
            result << label;
    }
    return result;
}

void tst_ScanLabels::seedHasQrAndCode128Labels()
{
    QSet<QString> formats;
    for (const QJsonObject &label : labels(true)) {
        formats << label.value(QLatin1String("format")).toString();
        QVERIFY2(QFile::exists(QStringLiteral(":/sandbox/")
                               + label.value(QLatin1String("file")).toString()),
                 qPrintable(label.value(QLatin1String("file")).toString()));
    }
    QCOMPARE(formats, (QSet<QString>{QStringLiteral("QRCode"), QStringLiteral("Code128")}));
    QVERIFY(labels(false).size() >= 1);
}

void tst_ScanLabels::seededLabelOpensItsWorkOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("workOrder");
    QTest::addColumn<bool>("asFrame");
    for (const QJsonObject &label : labels(true)) {
        for (bool frame : {false, true}) {
            const QString file = label.value(QLatin1String("file")).toString();
            QTest::addRow("%s%s", qPrintable(file), frame ? " in a camera frame" : "")
                << QStringLiteral(":/sandbox/") + file
                << label.value(QLatin1String("format")).toString()
                << label.value(QLatin1String("text")).toString()
                << label.value(QLatin1String("work_order")).toString() << frame;
        }
    }
}

void tst_ScanLabels::seededLabelOpensItsWorkOrder()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QString, workOrder);
    QFETCH(bool, asFrame);
    const BarcodeDecoder::Result read =
        asFrame ? BarcodeDecoder::decode(LabelImage::inFrame(QImage(file)))
                : BarcodeDecoder::decodeFile(file);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.text, text);
    QCOMPARE(read.format, format);
    const ScanResolver::Result found = ScanResolver::resolve(read.text, m_planning, m_scanKey);
    QVERIFY2(found.ok(), qPrintable(found.error));
    QCOMPARE(found.key, workOrder);
    // A label carrying a customer number is found through scan_key, the others directly.
    QCOMPARE(found.matchedBy, text.startsWith(QLatin1String("CUST-"))
                                  ? ScanResolver::MatchedBy::ScanKey
                                  : ScanResolver::MatchedBy::Reference);
}

void tst_ScanLabels::unknownLabelNamesTheTextRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    for (const QJsonObject &label : labels(false)) {
        const QString file = label.value(QLatin1String("file")).toString();
        QTest::addRow("%s", qPrintable(file))
            << QStringLiteral(":/sandbox/") + file << label.value(QLatin1String("text")).toString();
    }
}

void tst_ScanLabels::unknownLabelNamesTheTextRead()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    const BarcodeDecoder::Result read = BarcodeDecoder::decodeFile(file);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.text, text);
    const ScanResolver::Result found = ScanResolver::resolve(read.text, m_planning, m_scanKey);
    QVERIFY(!found.ok());
    QCOMPARE(found.error, QStringLiteral("No work order matches the code “%1”. Check that it is "
                                         "the label of a work order of this site, or search the "
                                         "list.")
                              .arg(text));
}

void tst_ScanLabels::pictureWithoutACodeSaysSo()
{
    // A photo of the equipment, not of its label.
    QImage photo(800, 600, QImage::Format_RGB32);
    photo.fill(QColor(60, 110, 160));
    QPainter(&photo).fillRect(200, 150, 400, 300, Qt::yellow);
    for (const QImage &image : {photo, QImage()}) {
        const BarcodeDecoder::Result read = BarcodeDecoder::decode(image);
        QVERIFY(!read.ok());
        QVERIFY(read.text.isEmpty());
        QVERIFY2(read.error.startsWith(QLatin1String("No QR code or barcode was found")),
                 qPrintable(read.error));
    }
}

void tst_ScanLabels::unreadableFileIsNamed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("label.png"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a PNG at all");
    f.close();
    const BarcodeDecoder::Result read = BarcodeDecoder::decodeFile(file);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QStringLiteral("“label.png”")), qPrintable(read.error));
}

void tst_ScanLabels::madeLabelsReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    const int qr = int(LabelImage::Format::QrCode);
    const int bars = int(LabelImage::Format::Code128);
    QTest::newRow("QR, accents") << QStringLiteral("Compteur n°42 — Lyon") << qr;
    QTest::newRow("QR, long") << QStringLiteral("INTERV_TOULOUSE_0208/equipment/PM-31-0042") << qr;
    QTest::newRow("Code 128, lower case") << QStringLiteral("wo-2026-0451") << bars;
    QTest::newRow("Code 128, digits") << QStringLiteral("0031415926") << bars;
}

void tst_ScanLabels::madeLabelsReadBack()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    const auto f = LabelImage::Format(format);
    const QImage label = LabelImage::make(text, f);
    QVERIFY(!label.isNull());
    for (const QImage &image : {label, LabelImage::inFrame(label),
                                LabelImage::inFrame(label).transformed(QTransform().rotate(90))}) {
        const BarcodeDecoder::Result read = BarcodeDecoder::decode(image);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.text, text);
        QCOMPARE(read.format, LabelImage::formatName(f));
    }
}

QTEST_MAIN(tst_ScanLabels)
#include "tst_scanlabels.moc"
