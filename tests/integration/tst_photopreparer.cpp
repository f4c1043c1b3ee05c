// Photos handed to the page: scaled to the site's photo_max_side with their proportions, turned
// upright, written as JPEG; a small JPEG or PNG is handed on untouched; a file that is not a
// photo is refused with its name. Real files in a temporary directory.
#include "photopreparer.h"

#include <QImageReader>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_PhotoPreparer : public QObject
{
    Q_OBJECT
private slots:
    void limitKeepsProportions_data();
    void limitKeepsProportions();
    void cameraPhotoIsScaledAndWrittenAsJpeg();
    void smallFileIsHandedOnAsItIs();
    void bigFileIsScaledDown();
    void otherFormatIsConvertedToJpeg();
    void transparentPngBecomesWhiteNotBlack();
    void notAPhotoIsRefusedWithItsName();
    void missingFileIsRefusedWithItsName();
    void emptyCameraPhotoIsRefused();
    void photosInOneSecondKeepTheirOwnFiles();

private:
    static QImage picture(int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(QColor(90, 120, 60));
        QPainter p(&image);
        p.fillRect(w / 4, h / 4, w / 2, h / 2, Qt::white);
        return image;
    }
    QString save(const QImage &image, const QString &name, const char *format)
    {
        const QString file = m_dir.filePath(name);
        if (!image.save(file, format))
            return {};
        return file;
    }
    QTemporaryDir m_dir;
};

void tst_PhotoPreparer::limitKeepsProportions_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("maxSide");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("landscape 12 MP") << QSize(4000, 3000) << 2048 << QSize(2048, 1536);
    QTest::newRow("portrait 12 MP") << QSize(3000, 4000) << 2048 << QSize(1536, 2048);
    QTest::newRow("square") << QSize(5000, 5000) << 1024 << QSize(1024, 1024);
    QTest::newRow("exactly the limit") << QSize(2048, 1000) << 2048 << QSize(2048, 1000);
    QTest::newRow("within") << QSize(640, 480) << 2048 << QSize(640, 480);
    QTest::newRow("panorama") << QSize(8000, 1000) << 2000 << QSize(2000, 250);
}

void tst_PhotoPreparer::limitKeepsProportions()
{
    QFETCH(QSize, size);
    QFETCH(int, maxSide);
    QFETCH(QSize, expected);
    QCOMPARE(PhotoPreparer::limited(size, maxSide), expected);
}

void tst_PhotoPreparer::cameraPhotoIsScaledAndWrittenAsJpeg()
{
    PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 2048);
    const PhotoPreparer::Result result = preparer.fromImage(picture(4000, 3000));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.size, QSize(2048, 1536));
    QImageReader reader(result.path);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    QCOMPARE(reader.size(), QSize(2048, 1536));
    QVERIFY(result.path.startsWith(m_dir.filePath(QStringLiteral("out"))));
    // A second photo never overwrites the first.
    const PhotoPreparer::Result second = preparer.fromImage(picture(800, 600));
    QVERIFY(second.ok());
    QVERIFY(second.path != result.path);
    QVERIFY(QFileInfo::exists(result.path));
    QCOMPARE(QImageReader(second.path).size(), QSize(800, 600));
}

void tst_PhotoPreparer::smallFileIsHandedOnAsItIs()
{
    for (const char *format : {"jpeg", "png"}) {
        const QString file = save(picture(1024, 768), QStringLiteral("small.") + format, format);
        QVERIFY(!file.isEmpty());
        PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 2048);
        const PhotoPreparer::Result result = preparer.fromFile(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.path, file);
        QCOMPARE(result.size, QSize(1024, 768));
    }
}

void tst_PhotoPreparer::bigFileIsScaledDown()
{
    const QString file = save(picture(3000, 4000), QStringLiteral("big.jpg"), "jpeg");
    PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 1000);
    const PhotoPreparer::Result result = preparer.fromFile(file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.path != file);
    QCOMPARE(QImageReader(result.path).size(), QSize(750, 1000));
    QVERIFY(QFileInfo(result.path).fileName().startsWith(QLatin1String("big-")));
    // The original is left as it was.
    QCOMPARE(QImageReader(file).size(), QSize(3000, 4000));
}

void tst_PhotoPreparer::otherFormatIsConvertedToJpeg()
{
    const QString file = save(picture(400, 300), QStringLiteral("scan.bmp"), "bmp");
    PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 2048);
    const PhotoPreparer::Result result = preparer.fromFile(file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QImageReader reader(result.path);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    QCOMPARE(reader.size(), QSize(400, 300));
}

void tst_PhotoPreparer::transparentPngBecomesWhiteNotBlack()
{
    QImage clear(3000, 100, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    const QString file = save(clear, QStringLiteral("clear.png"), "png");
    PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 1500);
    const PhotoPreparer::Result result = preparer.fromFile(file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QImage back(result.path);
    QCOMPARE(back.size(), QSize(1500, 50));
    QVERIFY2(qGray(back.pixel(10, 10)) > 240, "a transparent background must come out white");
}

void tst_PhotoPreparer::notAPhotoIsRefusedWithItsName()
{
    QFile text(m_dir.filePath(QStringLiteral("notes.jpg")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are not pixels");
    text.close();
    PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 2048);
    const PhotoPreparer::Result result = preparer.fromFile(text.fileName());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("notes.jpg")), qPrintable(result.error));
}

void tst_PhotoPreparer::missingFileIsRefusedWithItsName()
{
    PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 2048);
    const PhotoPreparer::Result result =
        preparer.fromFile(m_dir.filePath(QStringLiteral("gone.jpg")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("gone.jpg")), qPrintable(result.error));
}

void tst_PhotoPreparer::emptyCameraPhotoIsRefused()
{
    PhotoPreparer preparer(m_dir.filePath(QStringLiteral("out")), 2048);
    const PhotoPreparer::Result result = preparer.fromImage(QImage());
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
}


void tst_PhotoPreparer::photosInOneSecondKeepTheirOwnFiles()
{
    // Each Take photo prepares with a new preparer in the same folder, often within a second:
    // the second photo must not overwrite the first.
    const QString folder = m_dir.filePath(QStringLiteral("same-second"));
    QStringList written;
    for (int i = 0; i < 3; ++i) {
        PhotoPreparer preparer(folder, 1024);
        const PhotoPreparer::Result photo = preparer.fromImage(picture(200 + i, 100));
        QVERIFY2(photo.ok(), qPrintable(photo.error));
        written << photo.path;
    }
    QCOMPARE(QSet<QString>(written.cbegin(), written.cend()).size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(QImageReader(written.at(i)).size(), QSize(200 + i, 100));
}

QTEST_GUILESS_MAIN(tst_PhotoPreparer)
#include "tst_photopreparer.moc"
