#include "barcodedecoder.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>

#include <ZXing/ReadBarcode.h>

Q_LOGGING_CATEGORY(lcScan, "fieldconnect.scan")

BarcodeDecoder::Result BarcodeDecoder::decode(const QImage &image)
{
    Result result;
    if (image.isNull()) {
        result.error = tr("No QR code or barcode was found: the picture is empty.");
        return result;
    }
    QImage grey = image;
    if (qMax(grey.width(), grey.height()) > kMaxSide)
        grey = grey.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // The decoder works on luminance; one byte a pixel is also the cheapest view to hand it.
    grey = grey.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Any);
    hints.setTryHarder(true);
    hints.setTryRotate(true); // a label photographed sideways
    const ZXing::Result read = ZXing::ReadBarcode(view, hints);
    const QString text = read.isValid() ? QString::fromStdString(read.text()).trimmed() : QString();
    if (text.isEmpty()) {
        result.error = tr("No QR code or barcode was found in the picture. Hold the label flat, "
                          "well lit and filling the frame.");
        return result;
    }
    result.text = text;
    result.format = QString::fromLatin1(ZXing::ToString(read.format()));
    qCDebug(lcScan) << "read a" << result.format << "code of" << text.size() << "characters";
    return result;
}

BarcodeDecoder::Result BarcodeDecoder::decodeFile(const QString &file)
{
    QImageReader reader(file);
    reader.setAutoTransform(true); // a phone's photo of a label, upright as its EXIF says
    const QImage image = reader.read();
    if (image.isNull()) {
        Result result;
        result.error = tr("The image “%1” could not be read: %2")
                           .arg(QFileInfo(file).fileName(), reader.errorString());
        return result;
    }
    return decode(image);
}
