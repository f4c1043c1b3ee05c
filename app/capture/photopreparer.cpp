#include "photopreparer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

PhotoPreparer::PhotoPreparer(const QString &directory, int maxSide)
    : m_directory(directory)
    , m_maxSide(maxSide)
{ }

QSize PhotoPreparer::limited(const QSize &size, int maxSide)
{
    if (size.isEmpty() || maxSide <= 0 || (size.width() <= maxSide && size.height() <= maxSide))
        return size;
    // Computed here rather than with QSize::scaled, which rounds the short side down
    // (3000 × 2000 → 999 × 666): the longest side is exactly maxSide, the other rounded.
    const bool wide = size.width() >= size.height();
    const int longest = wide ? size.width() : size.height();
    const int shortest = wide ? size.height() : size.width();
    const int other = qMax(1, int(qRound(qint64(shortest) * maxSide / double(longest))));
    return wide ? QSize(maxSide, other) : QSize(other, maxSide);
}

PhotoPreparer::Result PhotoPreparer::fromImage(const QImage &photo)
{
    if (photo.isNull())
        return {{}, {}, tr("The camera gave an empty photo.")};
    const QSize size = limited(photo.size(), m_maxSide);
    const QImage scaled = size == photo.size()
                              ? photo
                              : photo.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return write(scaled, QStringLiteral("photo"));
}

PhotoPreparer::Result PhotoPreparer::fromFile(const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (!reader.canRead())
        return {
            {},
            {},
            tr("“%1” is not a photo FieldConnect can read (%2).").arg(shown, reader.errorString())};
    const QSize stored = reader.size();
    const bool upright = reader.transformation() == QImageIOHandler::TransformationNone;
    const bool webFormat = format == "jpeg" || format == "png";
    if (webFormat && upright && stored.isValid() && limited(stored, m_maxSide) == stored)
        return {file, stored, {}};
    QImage photo = reader.read();
    if (photo.isNull())
        return {{}, {}, tr("“%1” could not be read: %2").arg(shown, reader.errorString())};
    const QSize size = limited(photo.size(), m_maxSide);
    if (size != photo.size())
        photo = photo.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return write(photo, QFileInfo(file).completeBaseName());
}

PhotoPreparer::Result PhotoPreparer::write(const QImage &photo, const QString &name)
{
    if (!QDir().mkpath(m_directory))
        return {{},
                {},
                tr("The folder “%1” for photos cannot be made.")
                    .arg(QDir::toNativeSeparators(m_directory))};
    // Readable in the page's list of chosen files, and never an earlier photo's name: each
    // Take photo makes its own preparer, and two photos can be taken within a second (the page
    // may not have read the first file yet).
    const QDir folder(m_directory);
    const QString stem = QStringLiteral("%1-%2").arg(
        name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString file;
    do
        file = folder.filePath(QStringLiteral("%1-%2.jpg").arg(stem).arg(++m_written));
    while (QFileInfo::exists(file));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {{},
                {},
                tr("The photo cannot be written to “%1”: %2")
                    .arg(QDir::toNativeSeparators(file), out.errorString())};
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(kJpegQuality);
    // JPEG has no alpha: a transparent PNG's background becomes white, not black.
    QImage opaque = photo;
    if (photo.hasAlphaChannel()) {
        opaque = QImage(photo.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, photo);
    }
    if (!writer.write(opaque) || !out.commit())
        return {{},
                {},
                tr("The photo cannot be written to “%1”: %2")
                    .arg(QDir::toNativeSeparators(file), writer.errorString())};
    return {file, photo.size(), {}};
}
