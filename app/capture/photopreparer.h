#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// Makes a photo ready for the page's upload: no side longer than the site's photo_max_side
// (scaled down with its proportions kept, turned upright as its EXIF orientation says), written
// as a JPEG into `directory`. A file already small enough, upright and in a format every
// browser reads (JPEG, PNG) is handed on as it is: no second compression.
class PhotoPreparer
{
    Q_DECLARE_TR_FUNCTIONS(PhotoPreparer)
public:
    struct Result {
        QString path; // the file to hand to the page; empty on failure
        QSize size; // its pixel size
        QString error; // for the technician, naming the file when there was one
        bool ok() const { return !path.isEmpty(); }
    };

    // JPEG quality of the photos written: the analysis needs detail, the link needs small files.
    static constexpr int kJpegQuality = 90;

    PhotoPreparer(const QString &directory, int maxSide);

    Result fromImage(const QImage &photo);
    Result fromFile(const QString &file);

    // The size `size` becomes under the limit (itself when within it).
    static QSize limited(const QSize &size, int maxSide);

private:
    Result write(const QImage &photo, const QString &name);

    QString m_directory;
    int m_maxSide;
    int m_written = 0;
};
