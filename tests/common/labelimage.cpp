#include "labelimage.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

QImage LabelImage::make(const QString &text, Format format, int module, const QString &caption)
{
    const ZXing::BarcodeFormat zx =
        format == Format::QrCode ? ZXing::BarcodeFormat::QRCode : ZXing::BarcodeFormat::Code128;
    ZXing::BitMatrix bits;
    try {
        // Width and height 0: the smallest matrix, one pixel a module; scaled below.
        ZXing::MultiFormatWriter writer(zx);
        if (format == Format::QrCode)
            writer.setEncoding(ZXing::CharacterSet::UTF8); // else only Latin-1 is written
        bits = writer.setMargin(0).encode(text.toStdString(), 0, 0);
    } catch (const std::exception &) {
        return {}; // the writer throws on text the symbology cannot hold
    }
    if (module <= 0)
        module = format == Format::QrCode ? 10 : 4;
    const int quiet = (format == Format::QrCode ? 4 : 10) * module;
    const int barHeight = format == Format::QrCode ? bits.height() * module : 40 * module;
    const QString words = caption.isNull() ? text : caption;
    // A QR code's modules are bigger than a bar's: its caption is smaller for the same module.
    const int textSize = (format == Format::QrCode ? 4 : 9) * module;
    const int captionHeight = words.isEmpty() ? 0 : textSize * 3 / 2;
    QFont font;
    font.setPixelSize(textSize);
    const int codeWidth = bits.width() * module + 2 * quiet;
    // The words may be wider than a small QR code: the label widens, the code stays centred.
    const int width = qMax(codeWidth, QFontMetrics(font).horizontalAdvance(words) + 8 * module);
    const int left = (width - codeWidth) / 2 + quiet;
    QImage image(width, barHeight + 2 * quiet + captionHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < barHeight / module; ++y) {
        // A 1D code's single row, repeated for the bars' height.
        const int row = format == Format::QrCode ? y : 0;
        for (int x = 0; x < bits.width(); ++x) {
            if (bits.get(x, row))
                p.fillRect(left + x * module, quiet + y * module, module, module, Qt::black);
        }
    }
    if (!words.isEmpty()) {
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QRect(0, quiet + barHeight, image.width(), captionHeight + quiet / 2),
                   Qt::AlignHCenter | Qt::AlignTop, words);
    }
    return image;
}

QImage LabelImage::inFrame(const QImage &label, const QSize &frame)
{
    QImage image(frame, QImage::Format_RGB32);
    image.fill(QColor(92, 96, 104));
    const QImage scaled = label.scaled(frame * 0.6, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter p(&image);
    p.drawImage(QPoint(frame.width() / 2 - scaled.width() / 3, frame.height() / 5), scaled);
    // Dimmer than paper under a lamp: the decoder binarizes, it does not need pure white.
    p.fillRect(image.rect(), QColor(0, 0, 0, 60));
    return image;
}

QString LabelImage::formatName(Format format)
{
    return format == Format::QrCode ? QStringLiteral("QRCode") : QStringLiteral("Code128");
}

bool LabelImage::parseFormat(const QString &name, Format *format)
{
    for (Format f : {Format::QrCode, Format::Code128}) {
        if (name == formatName(f)) {
            *format = f;
            return true;
        }
    }
    return false;
}
