#include "analyzerequest.h"

#include <QJsonObject>
#include <QTest>

class tst_AnalyzeRequest : public QObject
{
    Q_OBJECT

private slots:
    void sniffsTheMediaType_data();
    void sniffsTheMediaType();
    void buildsADataUri();
    void limits_data();
    void limits();
    void url_data();
    void url();
};

void tst_AnalyzeRequest::sniffsTheMediaType_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("type");
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0rest") << "image/jpeg";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\nrest") << "image/png";
    QTest::newRow("gif") << QByteArray("GIF89a...") << "image/gif";
    QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << "image/webp";
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << "application/pdf";
    QTest::newRow("tiff") << QByteArray("II*\0rest", 8) << "image/tiff";
    QTest::newRow("text") << QByteArray("hello") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_AnalyzeRequest::sniffsTheMediaType()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, type);
    QCOMPARE(AnalyzeRequest::sniffMediaType(head), type);
}

void tst_AnalyzeRequest::buildsADataUri()
{
    const QByteArray jpeg("\xFF\xD8\xFF\xE0JFIF");
    const AnalyzeRequest r = AnalyzeRequest::fromContent(QStringLiteral("pm-ouvert"), jpeg);
    QVERIFY2(r.isValid(), qPrintable(r.error()));
    QCOMPARE(r.size(), jpeg.size());
    const QJsonObject body = r.toJson();
    QCOMPARE(body.value(QStringLiteral("task_group_name")).toString(), QStringLiteral("pm-ouvert"));
    QCOMPARE(
        body.value(QStringLiteral("image")).toObject().value(QStringLiteral("base64")).toString(),
        QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64()));

    // A given media type wins over sniffing.
    const AnalyzeRequest png =
        AnalyzeRequest::fromContent(QStringLiteral("g"), jpeg, QStringLiteral("IMAGE/PNG"));
    QCOMPARE(png.mediaType(), QStringLiteral("image/png"));
}

void tst_AnalyzeRequest::limits_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("errorContains"); // empty: valid

    const QByteArray jpegHead("\xFF\xD8\xFF\xE0");
    const QByteArray pdfHead("%PDF-1.4\n");
    auto padded = [](QByteArray head, qint64 size) {
        head.append(QByteArray(size - head.size(), 'x'));
        return head;
    };
    QTest::newRow("image at 5 MB")
        << padded(jpegHead, AnalyzeRequest::MaxImageBytes) << "g" << QString();
    QTest::newRow("image over 5 MB") << padded(jpegHead, AnalyzeRequest::MaxImageBytes + 1) << "g"
                                     << "at most 5.0 MB";
    QTest::newRow("PDF at 8 MB") << padded(pdfHead, AnalyzeRequest::MaxPdfBytes) << "g"
                                 << QString();
    QTest::newRow("PDF over 8 MB") << padded(pdfHead, AnalyzeRequest::MaxPdfBytes + 1) << "g"
                                   << "at most 8.0 MB";
    QTest::newRow("image of 6 MB under the PDF limit") << padded(jpegHead, 6 * 1024 * 1024) << "g"
                                                       << "The image is 6.0 MB";
    QTest::newRow("empty") << QByteArray() << "g"
                           << "empty";
    QTest::newRow("not an image") << QByteArray("plain text") << "g"
                                  << "image or a PDF";
    QTest::newRow("no task group") << jpegHead << ""
                                   << "task group";
}

void tst_AnalyzeRequest::limits()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, group);
    QFETCH(QString, errorContains);
    const AnalyzeRequest r = AnalyzeRequest::fromContent(group, content);
    if (errorContains.isEmpty()) {
        QVERIFY2(r.isValid(), qPrintable(r.error()));
        QVERIFY(!r.toJson().isEmpty());
    } else {
        QVERIFY(!r.isValid());
        QVERIFY2(r.error().contains(errorContains), qPrintable(r.error()));
        QVERIFY(r.toJson().isEmpty());
    }
}

void tst_AnalyzeRequest::url_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << "https://cdn.example.com/a.jpg?sig=1" << true;
    QTest::newRow("http") << "http://127.0.0.1:8080/media/a.jpg" << true;
    QTest::newRow("relative") << "/media/a.jpg" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_AnalyzeRequest::url()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const AnalyzeRequest r = AnalyzeRequest::fromUrl(QStringLiteral("g"), QUrl(url));
    QCOMPARE(r.isValid(), valid);
    if (valid)
        QCOMPARE(r.toJson().value(QStringLiteral("image")).toObject().value(QStringLiteral("url")),
                 QJsonValue(QUrl(url).toString(QUrl::FullyEncoded)));
}

QTEST_APPLESS_MAIN(tst_AnalyzeRequest)
#include "tst_analyzerequest.moc"
