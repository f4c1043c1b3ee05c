#pragma once

#include <QByteArray>
#include <QImage>
#include <QJsonValue>
#include <QSize>
#include <QString>
#include <QStringList>

// The sandbox's "real" image analysis, pure and without I/O so it can be unit-tested
// with generated images. Two levels, as Deepomatic documents them:
//
// 1. Data conformity (is the photo usable?): the image decodes, whole (a JPEG up to its end
//    marker, a PNG up to IEND: a file cut short is refused, not graded); its resolution is at
//    least 640×480 in either orientation; its mean luminance (Rec. 601) is within [40, 215]; its
//    sharpness, the variance of the 3×3 Laplacian (0 1 0 / 1 -4 1 / 0 1 0) on the grayscale
//    image downscaled to at most 640 px wide, is at least 100.
//    Calibration (measured): a sharp 1024×768 pattern of 8 px blocks scores about 5200; box-blurred
//    once with radius 1 about 860, three times with radius 2 about 92, with radius 3 about 31.
//    A real 1600×1060 photo scores 833, then 325 / 113 / 43 / 14 after a Gaussian blur of sigma
//    1.5 / 2.5 / 3.5 / 5 px.
//    So 100 passes a photo whose blur stays under about one pixel at 640 px wide and refuses
//    visibly soft ones; it is also the usual OpenCV cut-off for this measure.
// 2. Job conformity (the business rules), only when data conformity passed: see taskValue().
class SandboxImageAnalyzer
{
public:
    static constexpr int MinLongSide = 640;
    static constexpr int MinShortSide = 480;
    static constexpr int MinBrightness = 40;
    static constexpr int MaxBrightness = 215;
    static constexpr double MinSharpness = 100.0;
    static constexpr int SharpnessWidth = 640;
    // A photo is "strongly red" when its mean red exceeds both other means by this factor.
    static constexpr double RedFactor = 1.6;

    struct Result {
        bool decoded = false;
        QString decodeError; // why the bytes are not an image, when !decoded
        QByteArray format; // "jpeg", "png", ... as Qt's image reader names it
        int width = 0;
        int height = 0;
        double brightness = 0; // mean luminance, 0-255
        double sharpness = 0; // variance of the Laplacian
        double meanRed = 0;
        double meanGreen = 0;
        double meanBlue = 0;
        bool strongRed = false;
        QByteArray contentHash; // SHA-1 of the decoded pixels: same content, same hash
        QStringList conformityMessages; // one sentence per failed data-conformity check

        bool isConform() const { return decoded && conformityMessages.isEmpty(); }
    };

    static Result analyze(const QByteArray &encoded);
    static Result analyze(const QImage &image);

    // The analysed value of one task of a photo that passed data conformity, deterministic for
    // the same image content:
    // - Boolean: true, except that a strongly red photo makes the group's first task that
    //   counts for conformity false ("ko"), so tests and demos can produce a ko on purpose;
    // - Number: 0-99 from the content hash and the task name;
    // - Text: "REF-" and 6 upper-case hex digits from the same hash.
    static QJsonValue taskValue(const Result &result, const QString &taskName,
                                const QString &outcomeType, bool firstConformityTask);

    // A photo that passes every check (sharp, well exposed, grey-blue, 1024×768 by default);
    // `seed` varies its content, so its task values. For markPhotoTaken and for tests.
    static QImage sampleImage(quint32 seed = 0, const QSize &size = QSize(1024, 768));
};
