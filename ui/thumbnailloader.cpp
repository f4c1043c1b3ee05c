#include "thumbnailloader.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr qint64 kDiskCacheBytes = 64 * 1024 * 1024;

QString cacheKey(const QUrl &url, const QSize &size)
{
    return QStringLiteral("%1@%2x%3").arg(url.toString()).arg(size.width()).arg(size.height());
}

struct Decoded {
    QImage image;
    QString error;
};

Decoded decodeScaled(const QByteArray &bytes, const QSize &size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {{}, reader.errorString()};
    return {image, {}};
}
} // namespace

ThumbnailLoader::ThumbnailLoader(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_memory(200)
{
    auto *disk = new QNetworkDiskCache(m_network);
    disk->setCacheDirectory(cacheDirectory);
    disk->setMaximumCacheSize(kDiskCacheBytes);
    m_network->setCache(disk);
}

void ThumbnailLoader::load(const QUrl &url, const QSize &size, QObject *context, Done done)
{
    if (const QImage *cached = m_memory.object(cacheKey(url, size))) {
        done(*cached, {});
        return;
    }
    QNetworkRequest request(url);
    // Photos never change once taken: the cached copy is as good as the network's.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->get(request);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, size, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        if (reply->error() != QNetworkReply::NoError) {
            done({}, reply->errorString());
            return;
        }
        decode(url, reply->readAll(), size, guard, done);
    });
}

void ThumbnailLoader::decode(const QUrl &url, const QByteArray &bytes, const QSize &size,
                             QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<Decoded>(this);
    QPointer<QObject> guard(context);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url, size, guard, done] {
        watcher->deleteLater();
        const Decoded decoded = watcher->result();
        if (!decoded.image.isNull())
            m_memory.insert(cacheKey(url, size), new QImage(decoded.image));
        if (guard)
            done(decoded.image, decoded.error);
    });
    watcher->setFuture(QtConcurrent::run(decodeScaled, bytes, size));
}
