#include "sandboximageanalyzer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QtEndian>

#include <vector>

namespace {
quint32 hashNumber(const QByteArray &contentHash, const QString &taskName)
{
    // Salted with the task name so two Number tasks of one photo do not read the same value.
    const QByteArray digest =
        QCryptographicHash::hash(contentHash + taskName.toUtf8(), QCryptographicHash::Sha1);
    return qFromBigEndian<quint32>(digest.constData());
}

// How an encoded image ends, read from its own structure. libjpeg "decodes" a JPEG cut short
// by filling the missing rows with grey and only warns, so a truncated upload would otherwise be
// graded as a (blurry) photo.
enum class Ending { Complete, Truncated, Malformed };

// A JPEG's markers from SOI to the EOI (FFD9) that ends its last scan. The walk follows segment
// lengths, so an EOI inside an embedded EXIF thumbnail does not count, and entropy-coded data is
// scanned for its only possible marker bytes (FF00 is a stuffed FF, FFD0-FFD7 restarts).
// Bytes after the EOI (some phones append data) do not matter.
Ending jpegEnding(const QByteArray &data)
{
    const auto byte = [&data](qsizetype i) { return static_cast<quint8>(data.at(i)); };
    const qsizetype size = data.size();
    if (size < 2 || byte(0) != 0xFF || byte(1) != 0xD8)
        return Ending::Malformed;
    qsizetype i = 2;
    bool inScan = false;
    while (i < size) {
        if (inScan) {
            if (byte(i) != 0xFF) {
                ++i;
                continue;
            }
            if (i + 1 >= size)
                return Ending::Truncated;
            const quint8 next = byte(i + 1);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                i += 2;
                continue;
            }
            if (next == 0xFF) { // fill byte before a marker
                ++i;
                continue;
            }
            inScan = false; // a marker: EOI, or a table / next scan of a progressive JPEG
        }
        if (byte(i) != 0xFF)
            return Ending::Malformed;
        while (i < size && byte(i) == 0xFF) // fill bytes
            ++i;
        if (i >= size)
            return Ending::Truncated;
        const quint8 marker = byte(i++);
        if (marker == 0xD9)
            return Ending::Complete;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // markers without a length
        if (i + 2 > size)
            return Ending::Truncated;
        const qsizetype length = (qsizetype(byte(i)) << 8) | byte(i + 1);
        if (length < 2)
            return Ending::Malformed;
        if (i + length > size)
            return Ending::Truncated;
        i += length;
        inScan = marker == 0xDA; // SOS: entropy-coded data follows its header
    }
    return Ending::Truncated;
}

// A PNG's chunks, followed by their lengths up to IEND.
Ending pngEnding(const QByteArray &data)
{
    qsizetype i = 8; // the signature
    while (i + 12 <= data.size()) {
        const quint32 length = qFromBigEndian<quint32>(data.constData() + i);
        if (length > 0x7fffffffU)
            return Ending::Malformed;
        if (data.mid(i + 4, 4) == "IEND")
            return Ending::Complete;
        if (qsizetype(length) > data.size() - i - 12)
            return Ending::Truncated;
        i += 12 + qsizetype(length);
    }
    return Ending::Truncated;
}
} // namespace

SandboxImageAnalyzer::Result SandboxImageAnalyzer::analyze(const QByteArray &encoded)
{
    Result r;
    if (encoded.isEmpty()) {
        r.decodeError = QStringLiteral("The image is empty.");
        return r;
    }
    QBuffer buffer;
    buffer.setData(encoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Phones store portrait photos as rotated landscape plus an EXIF tag: honour it, so the
    // size checked is the size a person sees.
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format.isEmpty()) {
        r.decodeError = QStringLiteral("The data is not an image in a supported format (JPEG, "
                                       "PNG, BMP, GIF, ...).");
        return r;
    }
    const QImage image = reader.read();
    const Ending ending = format == "jpeg" || format == "jpg" ? jpegEnding(encoded)
                          : format == "png"                   ? pngEnding(encoded)
                                                              : Ending::Complete;
    const QString formatName = QString::fromLatin1(format).toUpper();
    const QString truncated = QStringLiteral("the file ends before its end-of-image marker (%1 "
                                             "bytes received)")
                                  .arg(encoded.size());
    if (image.isNull()) {
        r.decodeError = QStringLiteral("The %1 image cannot be decoded: %2.")
                            .arg(formatName, reader.errorString());
        if (ending == Ending::Truncated)
            r.decodeError += QStringLiteral(" It is truncated or corrupt: %1.").arg(truncated);
        return r;
    }
    if (ending == Ending::Truncated) {
        r.decodeError = QStringLiteral("The %1 image is truncated or corrupt: %2. Upload the "
                                       "whole file again.")
                            .arg(formatName, truncated);
        return r;
    }
    if (ending == Ending::Malformed) {
        r.decodeError = QStringLiteral("The %1 image is corrupt: its structure is damaged, so "
                                       "part of the picture is missing. Take the photo again.")
                            .arg(formatName);
        return r;
    }
    r = analyze(image);
    r.format = format;
    return r;
}

SandboxImageAnalyzer::Result SandboxImageAnalyzer::analyze(const QImage &image)
{
    Result r;
    if (image.isNull()) {
        r.decodeError = QStringLiteral("The image is empty.");
        return r;
    }
    r.decoded = true;
    r.width = image.width();
    r.height = image.height();
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);

    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(rgb.width()) + 'x' + QByteArray::number(rgb.height()));
    for (int y = 0; y < rgb.height(); ++y) // scan lines may be padded: hash the pixels only
        hash.addData(QByteArrayView(rgb.constScanLine(y), rgb.width() * 4));
    r.contentHash = hash.result();

    // Exposure, colour and sharpness on at most 640 px wide: the measures then do not depend on
    // the camera's megapixels, and a 12 MP photo is analysed in milliseconds.
    const QImage small = rgb.width() > SharpnessWidth
                             ? rgb.scaledToWidth(SharpnessWidth, Qt::SmoothTransformation)
                             : rgb;
    const int w = small.width();
    const int h = small.height();
    std::vector<double> gray(static_cast<size_t>(w) * static_cast<size_t>(h));
    double sumR = 0, sumG = 0, sumB = 0, sumY = 0;
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const int red = qRed(line[x]), green = qGreen(line[x]), blue = qBlue(line[x]);
            const double luma = 0.299 * red + 0.587 * green + 0.114 * blue; // Rec. 601
            gray[static_cast<size_t>(y) * w + x] = luma;
            sumR += red;
            sumG += green;
            sumB += blue;
            sumY += luma;
        }
    }
    const double count = static_cast<double>(w) * h;
    r.meanRed = sumR / count;
    r.meanGreen = sumG / count;
    r.meanBlue = sumB / count;
    r.brightness = sumY / count;
    r.strongRed = r.meanRed > RedFactor * r.meanGreen && r.meanRed > RedFactor * r.meanBlue;

    double sum = 0, sumSquares = 0;
    qint64 n = 0;
    for (int y = 1; y + 1 < h; ++y) {
        for (int x = 1; x + 1 < w; ++x) {
            const size_t i = static_cast<size_t>(y) * w + x;
            const double lap = gray[i - w] + gray[i + w] + gray[i - 1] + gray[i + 1] - 4 * gray[i];
            sum += lap;
            sumSquares += lap * lap;
            ++n;
        }
    }
    if (n > 0) {
        const double mean = sum / n;
        r.sharpness = sumSquares / n - mean * mean;
    }

    const int longSide = qMax(r.width, r.height);
    const int shortSide = qMin(r.width, r.height);
    if (longSide < MinLongSide || shortSide < MinShortSide)
        r.conformityMessages << QStringLiteral("Image too small (%1x%2, minimum %3x%4).")
                                    .arg(r.width)
                                    .arg(r.height)
                                    .arg(MinLongSide)
                                    .arg(MinShortSide);
    const int brightness = qRound(r.brightness);
    if (r.brightness < MinBrightness)
        r.conformityMessages << QStringLiteral("Image too dark (mean brightness %1, minimum %2).")
                                    .arg(brightness)
                                    .arg(MinBrightness);
    else if (r.brightness > MaxBrightness)
        r.conformityMessages << QStringLiteral("Image too bright (mean brightness %1, maximum %2).")
                                    .arg(brightness)
                                    .arg(MaxBrightness);
    if (r.sharpness < MinSharpness)
        r.conformityMessages << QStringLiteral("Image too blurry (sharpness %1, minimum %2).")
                                    .arg(qRound(r.sharpness))
                                    .arg(MinSharpness);
    return r;
}

QJsonValue SandboxImageAnalyzer::taskValue(const Result &result, const QString &taskName,
                                           const QString &outcomeType, bool firstConformityTask)
{
    if (outcomeType == QLatin1String("Boolean"))
        return !(firstConformityTask && result.strongRed);
    const quint32 number = hashNumber(result.contentHash, taskName);
    if (outcomeType == QLatin1String("Number"))
        return static_cast<int>(number % 100);
    if (outcomeType == QLatin1String("Text"))
        return QStringLiteral("REF-%1").arg(number & 0xffffff, 6, 16, QLatin1Char('0')).toUpper();
    return QJsonValue(QJsonValue::Null); // an outcome type the sandbox does not know
}

QImage SandboxImageAnalyzer::sampleImage(quint32 seed, const QSize &size)
{
    // A checkerboard of two mid greys (mean about 130) with a slight blue tint: hard edges for
    // sharpness, nothing red. The seed moves the cells and the tint, so the hash changes.
    QImage image(size, QImage::Format_RGB32);
    const int cell = 16 + static_cast<int>(seed % 13);
    const int offset = static_cast<int>((seed / 13) % 17);
    const int tint = static_cast<int>(seed % 9);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const bool light = (((x + offset) / cell) + ((y + offset) / cell)) % 2 == 0;
            const int g = light ? 190 : 70;
            line[x] = qRgb(g - 6 + tint, g, g + 12);
        }
    }
    return image;
}
