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
    if (image.isNull()) {
        r.decodeError = QStringLiteral("The %1 image cannot be decoded: %2.")
                            .arg(QString::fromLatin1(format).toUpper(), reader.errorString());
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
