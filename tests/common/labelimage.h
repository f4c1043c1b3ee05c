#pragma once

#include <QImage>
#include <QString>

// The label printed on a piece of equipment, made with ZXing-C++'s writer: the code, a white
// quiet zone around it and the text in words under it, as label printers make them. Used by the
// suites for labels of their own and by write-scan-labels for the sandbox seed's PNG labels.
class LabelImage
{
public:
    enum class Format { QrCode, Code128 };

    // `module` pixels per dark/light module of the code (0: 10 for a QR code, 4 for bars). Null
    // when the writer refuses the text.
    static QImage make(const QString &text, Format format, int module = 0,
                       const QString &caption = QString());
    // `label` as a camera sees it: on a grey workbench, smaller than the frame, a little
    // off-centre and dimmed, so the decoder has to find it.
    static QImage inFrame(const QImage &label, const QSize &frame = QSize(960, 720));
    // ZXing's name of a format, as BarcodeDecoder reports it ("QRCode", "Code128").
    static QString formatName(Format format);
    static bool parseFormat(const QString &name, Format *format);
};
