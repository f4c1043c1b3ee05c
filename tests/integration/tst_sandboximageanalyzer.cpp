// The sandbox's image analysis on real generated images: data conformity (resolution, exposure,
// sharpness), job conformity (the red rule, deterministic values) and decoding errors.
#include "sandboximageanalyzer.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QTest>

namespace {
// A sharp, well exposed photo stand-in built here, independent of sampleImage(): 8 px blocks of
// pseudo-random greys from 40 to 220 (mean about 130), with a slight colour so it is not grey.
QImage blocks(int width = 1024, int height = 768, quint32 seed = 1)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            quint32 h = (static_cast<quint32>(x / 8) * 73856093U)
                        ^ (static_cast<quint32>(y / 8) * 19349663U) ^ (seed * 83492791U);
            h ^= h >> 13;
            h *= 0x5bd1e995U;
            h ^= h >> 15;
            const int g = 40 + static_cast<int>(h % 181);
            image.setPixel(x, y, qRgb(g, qMin(255, g + 5), qMin(255, g + 10)));
        }
    }
    return image;
}

// Box blur, `passes` times: three passes approach a Gaussian, like an out-of-focus lens.
QImage boxBlur(const QImage &source, int radius, int passes)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width();
    const int h = image.height();
    for (int pass = 0; pass < passes; ++pass) {
        for (int direction = 0; direction < 2; ++direction) {
            QImage out(w, h, QImage::Format_RGB32);
            for (int y = 0; y < h; ++y) {
                for (int x = 0; x < w; ++x) {
                    int r = 0, g = 0, b = 0, n = 0;
                    for (int k = -radius; k <= radius; ++k) {
                        const int sx = direction == 0 ? qBound(0, x + k, w - 1) : x;
                        const int sy = direction == 1 ? qBound(0, y + k, h - 1) : y;
                        const QRgb p = image.pixel(sx, sy);
                        r += qRed(p);
                        g += qGreen(p);
                        b += qBlue(p);
                        ++n;
                    }
                    out.setPixel(x, y, qRgb(r / n, g / n, b / n));
                }
            }
            image = out;
        }
    }
    return image;
}

// Every channel mapped linearly into [low, high]: an under- or over-exposed shot of the scene.
QImage exposed(const QImage &source, int low, int high)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            auto map = [low, high](int v) { return low + v * (high - low) / 255; };
            line[x] = qRgb(map(qRed(line[x])), map(qGreen(line[x])), map(qBlue(line[x])));
        }
    }
    return image;
}

QImage redTinted(const QImage &source)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int g = qGreen(line[x]);
            line[x] = qRgb(qMin(255, 90 + g), g / 3, g / 3);
        }
    }
    return image;
}

QByteArray encoded(const QImage &image, const char *format = "JPEG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 92);
    return bytes;
}

// `jpeg` with an APP1 segment holding a whole small JPEG, end marker included, as a camera's
// EXIF thumbnail does.
QByteArray withThumbnail(const QByteArray &jpeg)
{
    const QByteArray thumbnail = encoded(blocks(64, 48));
    const int length = int(thumbnail.size()) + 2; // well under the 64 KiB a segment can hold
    return jpeg.left(2) + QByteArray("\xff\xe1", 2) + char(length >> 8) + char(length & 0xff)
           + thumbnail + jpeg.mid(2);
}

bool mentions(const SandboxImageAnalyzer::Result &r, const QString &word)
{
    return r.conformityMessages.join(u' ').contains(word, Qt::CaseInsensitive);
}
} // namespace

class tst_SandboxImageAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void sharpWellExposedPhotoIsConform();
    void sampleImageIsConform_data();
    void sampleImageIsConform();
    void blurredPhotoIsTooBlurry();
    void darkPhotoIsTooDark();
    void overexposedPhotoIsTooBright();
    void smallPhotoIsTooSmall_data();
    void smallPhotoIsTooSmall();
    void portraitOrientationIsAccepted();
    void everyFailedCheckHasItsSentence();
    void redPhotoMakesFirstConformityTaskKo();
    void valuesAreDeterministicForTheSameContent();
    void differentContentGivesDifferentValues();
    void corruptBytesAreADecodeError_data();
    void corruptBytesAreADecodeError();
    void completeFilesDecode_data();
    void completeFilesDecode();
};

void tst_SandboxImageAnalyzer::sharpWellExposedPhotoIsConform()
{
    const auto r = SandboxImageAnalyzer::analyze(encoded(blocks()));
    QVERIFY2(r.decoded, qPrintable(r.decodeError));
    QCOMPARE(r.format, QByteArray("jpeg"));
    QCOMPARE(r.width, 1024);
    QCOMPARE(r.height, 768);
    QVERIFY2(r.isConform(), qPrintable(r.conformityMessages.join(u' ')));
    QVERIFY(r.brightness > 100 && r.brightness < 160);
    QVERIFY2(r.sharpness > 10 * SandboxImageAnalyzer::MinSharpness,
             qPrintable(QString::number(r.sharpness)));
    QVERIFY(!r.strongRed);
    qInfo("sharp blocks: brightness %.1f, sharpness %.1f", r.brightness, r.sharpness);
}

void tst_SandboxImageAnalyzer::sampleImageIsConform_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {0U, 1U, 7U, 12U, 100U, 4096U})
        QTest::addRow("seed %u", seed) << seed;
}

void tst_SandboxImageAnalyzer::sampleImageIsConform()
{
    QFETCH(quint32, seed);
    // markPhotoTaken relies on it, through a JPEG round trip as an upload would be.
    const auto r = SandboxImageAnalyzer::analyze(encoded(SandboxImageAnalyzer::sampleImage(seed)));
    QVERIFY2(r.isConform(), qPrintable(r.conformityMessages.join(u' ')));
    QVERIFY(!r.strongRed);
}

void tst_SandboxImageAnalyzer::blurredPhotoIsTooBlurry()
{
    const QImage sharp = blocks();
    const auto before = SandboxImageAnalyzer::analyze(sharp);
    const auto r = SandboxImageAnalyzer::analyze(encoded(boxBlur(sharp, 3, 3)));
    qInfo("blurred r=3 x3: sharpness %.1f (sharp: %.1f)", r.sharpness, before.sharpness);
    QVERIFY(r.decoded);
    QCOMPARE(r.conformityMessages.size(), 1);
    QVERIFY2(mentions(r, QStringLiteral("blurry")), qPrintable(r.conformityMessages.join(u' ')));
    QVERIFY(r.conformityMessages.first().contains(QLatin1String("minimum 100")));
    QVERIFY(r.sharpness < before.sharpness / 10);
    // A light blur (one pass, radius 1) is still a usable photo.
    const auto light = SandboxImageAnalyzer::analyze(boxBlur(sharp, 1, 1));
    qInfo("blurred r=1 x1: sharpness %.1f", light.sharpness);
    QVERIFY2(light.isConform(), qPrintable(light.conformityMessages.join(u' ')));
}

void tst_SandboxImageAnalyzer::darkPhotoIsTooDark()
{
    const auto r = SandboxImageAnalyzer::analyze(encoded(exposed(blocks(), 0, 30)));
    QVERIFY(r.decoded);
    QVERIFY(r.brightness < SandboxImageAnalyzer::MinBrightness);
    QVERIFY2(mentions(r, QStringLiteral("Image too dark (mean brightness ")),
             qPrintable(r.conformityMessages.join(u' ')));
    QVERIFY(r.conformityMessages.join(u' ').contains(QLatin1String("minimum 40).")));
    QVERIFY(!r.isConform());
}

void tst_SandboxImageAnalyzer::overexposedPhotoIsTooBright()
{
    const auto r = SandboxImageAnalyzer::analyze(encoded(exposed(blocks(), 215, 255)));
    QVERIFY(r.decoded);
    QVERIFY(r.brightness > SandboxImageAnalyzer::MaxBrightness);
    QVERIFY2(mentions(r, QStringLiteral("Image too bright (mean brightness ")),
             qPrintable(r.conformityMessages.join(u' ')));
    QVERIFY(r.conformityMessages.join(u' ').contains(QLatin1String("maximum 215).")));
}

void tst_SandboxImageAnalyzer::smallPhotoIsTooSmall_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("conform");
    QTest::newRow("320x240") << QSize(320, 240) << false;
    QTest::newRow("639x480") << QSize(639, 480) << false;
    QTest::newRow("640x479") << QSize(640, 479) << false;
    QTest::newRow("640x480") << QSize(640, 480) << true;
    QTest::newRow("480x640") << QSize(480, 640) << true;
    QTest::newRow("2000x400") << QSize(2000, 400) << false;
}

void tst_SandboxImageAnalyzer::smallPhotoIsTooSmall()
{
    QFETCH(QSize, size);
    QFETCH(bool, conform);
    const auto r =
        SandboxImageAnalyzer::analyze(encoded(blocks(size.width(), size.height()), "PNG"));
    QVERIFY(r.decoded);
    QCOMPARE(r.isConform(), conform);
    if (!conform) {
        QCOMPARE(r.conformityMessages,
                 QStringList{QStringLiteral("Image too small (%1x%2, minimum 640x480).")
                                 .arg(size.width())
                                 .arg(size.height())});
    }
}

void tst_SandboxImageAnalyzer::portraitOrientationIsAccepted()
{
    const auto r = SandboxImageAnalyzer::analyze(encoded(blocks(768, 1024)));
    QCOMPARE(r.width, 768);
    QCOMPARE(r.height, 1024);
    QVERIFY(r.isConform());
}

void tst_SandboxImageAnalyzer::everyFailedCheckHasItsSentence()
{
    const auto r = SandboxImageAnalyzer::analyze(exposed(boxBlur(blocks(320, 240), 2, 3), 0, 25));
    QCOMPARE(r.conformityMessages.size(), 3);
    QVERIFY(r.conformityMessages.at(0).startsWith(QLatin1String("Image too small")));
    QVERIFY(r.conformityMessages.at(1).startsWith(QLatin1String("Image too dark")));
    QVERIFY(r.conformityMessages.at(2).startsWith(QLatin1String("Image too blurry")));
    for (const QString &sentence : r.conformityMessages)
        QVERIFY(sentence.endsWith(u'.'));
}

void tst_SandboxImageAnalyzer::redPhotoMakesFirstConformityTaskKo()
{
    const auto red = SandboxImageAnalyzer::analyze(encoded(redTinted(blocks())));
    QVERIFY2(red.isConform(), qPrintable(red.conformityMessages.join(u' ')));
    QVERIFY(red.strongRed);
    QVERIFY(red.meanRed > 1.6 * red.meanGreen && red.meanRed > 1.6 * red.meanBlue);
    QCOMPARE(
        SandboxImageAnalyzer::taskValue(red, QStringLiteral("a"), QStringLiteral("Boolean"), true),
        QJsonValue(false));
    QCOMPARE(
        SandboxImageAnalyzer::taskValue(red, QStringLiteral("b"), QStringLiteral("Boolean"), false),
        QJsonValue(true));
    const auto normal = SandboxImageAnalyzer::analyze(encoded(blocks()));
    QCOMPARE(SandboxImageAnalyzer::taskValue(normal, QStringLiteral("a"), QStringLiteral("Boolean"),
                                             true),
             QJsonValue(true));
}

void tst_SandboxImageAnalyzer::valuesAreDeterministicForTheSameContent()
{
    const QImage image = blocks(1024, 768, 5);
    // The same pixels, encoded twice (PNG is lossless), analysed twice.
    const auto a = SandboxImageAnalyzer::analyze(encoded(image, "PNG"));
    const auto b = SandboxImageAnalyzer::analyze(encoded(image, "PNG"));
    const auto c = SandboxImageAnalyzer::analyze(image);
    QCOMPARE(a.contentHash, b.contentHash);
    QCOMPARE(a.contentHash, c.contentHash);
    QCOMPARE(a.sharpness, b.sharpness);
    QCOMPARE(a.brightness, b.brightness);
    QCOMPARE(a.conformityMessages, b.conformityMessages);
    for (const char *type : {"Boolean", "Number", "Text"}) {
        const QJsonValue va =
            SandboxImageAnalyzer::taskValue(a, QStringLiteral("t"), QLatin1String(type), false);
        QCOMPARE(va, SandboxImageAnalyzer::taskValue(b, QStringLiteral("t"), QLatin1String(type),
                                                     false));
        QVERIFY(!va.isNull());
    }
    const QJsonValue number =
        SandboxImageAnalyzer::taskValue(a, QStringLiteral("t"), QStringLiteral("Number"), false);
    QVERIFY(number.toInt() >= 0 && number.toInt() <= 99);
    const QString text =
        SandboxImageAnalyzer::taskValue(a, QStringLiteral("t"), QStringLiteral("Text"), false)
            .toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^REF-[0-9A-F]{6}$")).match(text).hasMatch(),
             qPrintable(text));
}

void tst_SandboxImageAnalyzer::differentContentGivesDifferentValues()
{
    QSet<QString> texts;
    for (quint32 seed = 1; seed <= 5; ++seed) {
        const auto r = SandboxImageAnalyzer::analyze(blocks(640, 480, seed));
        texts << SandboxImageAnalyzer::taskValue(r, QStringLiteral("t"), QStringLiteral("Text"),
                                                 false)
                     .toString();
    }
    QCOMPARE(texts.size(), 5);
}

void tst_SandboxImageAnalyzer::corruptBytesAreADecodeError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions"); // empty: any decode error
    const QByteArray jpeg = encoded(blocks());
    const QByteArray png = encoded(blocks(), "PNG");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("text") << QByteArray("this is not an image at all") << QString();
    QTest::newRow("jpeg header, garbage after")
        << QByteArray(jpeg.left(20) + QByteArray(2000, '\x42')) << QString();
    QTest::newRow("png signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QString();
    // Cut short in transfer: libjpeg would fill the missing rows with grey and only warn.
    QTest::newRow("jpeg, first 3000 bytes") << jpeg.left(3000) << QStringLiteral("truncated");
    QTest::newRow("jpeg, end marker missing") << jpeg.chopped(2) << QStringLiteral("truncated");
    QTest::newRow("jpeg, first half") << jpeg.left(jpeg.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("jpeg with a thumbnail, first half")
        << withThumbnail(jpeg).left(jpeg.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("png, first half") << png.left(png.size() / 2) << QString();
    QTest::newRow("png, IEND missing") << png.chopped(12) << QStringLiteral("truncated");
}

void tst_SandboxImageAnalyzer::corruptBytesAreADecodeError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const auto r = SandboxImageAnalyzer::analyze(bytes);
    QVERIFY2(!r.decoded, qPrintable(r.conformityMessages.join(u' ')));
    QVERIFY(!r.isConform());
    QVERIFY(!r.decodeError.isEmpty());
    QVERIFY(r.decodeError.endsWith(u'.'));
    QVERIFY2(r.decodeError.contains(mentions), qPrintable(r.decodeError));
    QVERIFY(r.conformityMessages.isEmpty());
}

void tst_SandboxImageAnalyzer::completeFilesDecode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("format");
    const QByteArray jpeg = encoded(blocks());
    QByteArray progressive;
    {
        QBuffer buffer(&progressive);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "JPEG");
        writer.setProgressiveScanWrite(true);
        QVERIFY(writer.write(blocks()));
    }
    QTest::newRow("baseline jpeg") << jpeg << QByteArray("jpeg");
    QTest::newRow("progressive jpeg") << progressive << QByteArray("jpeg");
    QTest::newRow("jpeg with bytes after its end marker")
        << QByteArray(jpeg + QByteArray(100, '\0')) << QByteArray("jpeg");
    QTest::newRow("jpeg with a complete jpeg in an APP1 segment")
        << withThumbnail(jpeg) << QByteArray("jpeg");
    QTest::newRow("png") << encoded(blocks(), "PNG") << QByteArray("png");
}

void tst_SandboxImageAnalyzer::completeFilesDecode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, format);
    const auto r = SandboxImageAnalyzer::analyze(bytes);
    QVERIFY2(r.decoded, qPrintable(r.decodeError));
    QCOMPARE(r.format, format);
    QVERIFY2(r.isConform(), qPrintable(r.conformityMessages.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_SandboxImageAnalyzer)
#include "tst_sandboximageanalyzer.moc"
