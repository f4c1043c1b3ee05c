#include "thumbnailloader.h"

#include "deepomaticclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Deepomatic takes images up to 5 MB and PDFs up to 8 MB; anything much larger is not a photo.
constexpr qint64 kMaxDownloadBytes = 32 * 1024 * 1024;

// A file name that says nothing about the ids and cannot escape the directory, whatever the
// server sent as ids.
QString cacheKey(const QString &workOrderId, const QString &inputId, const QSize &size)
{
    const QString identity = QStringLiteral("%1\n%2\n%3x%4")
                                 .arg(workOrderId, inputId)
                                 .arg(size.width())
                                 .arg(size.height());
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString cacheFile(const QString &directory, const QString &key)
{
    return QDir(directory).filePath(key + QLatin1String(".png"));
}

struct Decoded {
    QImage image;
    QString error;
};

// A cached thumbnail, or a null image. Touched when read, so that eviction spares it.
QImage readCached(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return {};
    QImage image;
    if (!image.load(&file, "PNG"))
        return {}; // a torn or foreign file: fetched again and overwritten
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return image;
}

// Removes the least recently used thumbnails until the directory holds at most `maximumBytes`.
void evict(const QString &directory, qint64 maximumBytes)
{
    const QFileInfoList files =
        QDir(directory).entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo &file : files) { // newest first
        total += file.size();
        if (total > maximumBytes)
            QFile::remove(file.absoluteFilePath());
    }
}

Decoded decodeAndStore(const QByteArray &bytes, const QSize &size, const QString &path,
                       qint64 maximumBytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {{}, reader.errorString()};
    QSaveFile file(path); // whole or not at all: a killed app leaves no torn thumbnail
    if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
        file.commit();
    evict(QFileInfo(path).absolutePath(), maximumBytes);
    return {image, {}};
}

template<typename T, typename Then>
void whenReady(QObject *owner, QFuture<T> future, Then then)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(future);
}
} // namespace

ThumbnailLoader::ThumbnailLoader(DeepomaticClient *client, const QString &cacheDirectory,
                                 qint64 maximumBytes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(cacheDirectory)
    , m_maximumBytes(maximumBytes)
    , m_memory(200)
{
    QDir().mkpath(m_directory);
}

void ThumbnailLoader::load(const QString &workOrderId, const QString &inputId, const QUrl &url,
                           const QSize &size, QObject *context, Done done)
{
    const QString key = cacheKey(workOrderId, inputId, size);
    if (const QImage *cached = m_memory.object(key)) {
        done(*cached, {});
        return;
    }
    QPointer<QObject> guard(context);
    whenReady(this, QtConcurrent::run(readCached, cacheFile(m_directory, key)),
              [this, key, url, size, guard, done](const QImage &image) {
                  if (!guard)
                      return;
                  if (!image.isNull())
                      finish(key, image, {}, guard, done);
                  else
                      fetch(key, url, size, guard, done);
              });
}

void ThumbnailLoader::fetch(const QString &key, const QUrl &url, const QSize &size,
                            QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    m_client->fetchPhoto(
        url, kMaxDownloadBytes, context,
        [this, key, size, guard, done](const QByteArray &bytes, const ApiError &error) {
            if (!guard)
                return;
            if (error.isError()) {
                done({}, error.message());
                return;
            }
            whenReady(this,
                      QtConcurrent::run(decodeAndStore, bytes, size, cacheFile(m_directory, key),
                                        m_maximumBytes),
                      [this, key, guard, done](const Decoded &decoded) {
                          finish(key, decoded.image, decoded.error, guard, done);
                      });
        });
}

void ThumbnailLoader::finish(const QString &key, const QImage &image, const QString &error,
                             QObject *context, const Done &done)
{
    if (!image.isNull())
        m_memory.insert(key, new QImage(image));
    if (context)
        done(image, error);
}
