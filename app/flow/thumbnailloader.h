#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QUrl>

#include <functional>

class DeepomaticClient;

// Loads photo thumbnails for the details pane: over the network once, then from a disk cache
// (so a technician in a basement still sees what was taken), decoded and scaled on a worker
// thread so the list never stutters.
//
// A photo is known by its work order and input ids, not by its URL: Deepomatic's image URLs are
// signed and expire, so the same photo comes back under a new URL on every fetch of the work
// order. A photo never changes once taken, so a cached thumbnail is used without asking the
// network, which also makes it available offline. The cache keeps the scaled thumbnails (PNG),
// at most `maximumBytes` of them; the least recently shown go first.
//
// Photos are fetched by the site's API client, so the rules of every request to the site hold
// for them too: pinned certificate, TLS policy, the hosts photos may come from, and the token
// sent to the API's own host only.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QImage &image, const QString &error)>;
    static constexpr qint64 DefaultCacheBytes = 64 * 1024 * 1024;

    ThumbnailLoader(DeepomaticClient *client, const QString &cacheDirectory,
                    qint64 maximumBytes = DefaultCacheBytes, QObject *parent = nullptr);

    // The thumbnail of input `inputId` of work order `workOrderId`, fetched from `url` when it
    // is not cached. `done` runs on the UI thread, unless `context` was destroyed first.
    void load(const QString &workOrderId, const QString &inputId, const QUrl &url,
              const QSize &size, QObject *context, Done done);

    QString cacheDirectory() const { return m_directory; }
    qint64 maximumBytes() const { return m_maximumBytes; }

private:
    void fetch(const QString &key, const QUrl &url, const QSize &size, QObject *context, Done done);
    void finish(const QString &key, const QImage &image, const QString &error, QObject *context,
                const Done &done);

    DeepomaticClient *m_client;
    QString m_directory;
    qint64 m_maximumBytes;
    QCache<QString, QImage> m_memory;
};
