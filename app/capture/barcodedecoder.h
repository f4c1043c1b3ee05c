#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

// Reads the label on the equipment: a QR code or one of the common 1D barcodes (Code 128,
// Code 39, EAN/UPC, ITF, ...) in a camera frame or an image file, with ZXing-C++ (Debian's
// libzxing-dev). The first code found wins: a label carries one.
class BarcodeDecoder
{
    Q_DECLARE_TR_FUNCTIONS(BarcodeDecoder)
public:
    struct Result {
        QString text; // what the code holds, trimmed; empty when none was read
        QString format; // ZXing's name of the symbology: "QRCode", "Code128", "EAN13", ...
        QString error; // for the technician, when no code was read
        bool ok() const { return !text.isEmpty(); }
    };

    // Frames bigger than this are scaled down first: a label fills a good part of the picture,
    // and a 12 MP still would take the decoder a second on a tablet.
    static constexpr int kMaxSide = 1600;

    static Result decode(const QImage &image);
    static Result decodeFile(const QString &file);
};
