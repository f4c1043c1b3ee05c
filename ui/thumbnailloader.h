#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Loads photo thumbnails for the details pane: over the network once, then from a disk cache
// (so a technician in a basement still sees what was taken), decoded and scaled on a worker
// thread so the list never stutters.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QImage &image, const QString &error)>;

    ThumbnailLoader(const QString &cacheDirectory, QObject *parent = nullptr);

    // `done` runs on the UI thread, unless `context` was destroyed first.
    void load(const QUrl &url, const QSize &size, QObject *context, Done done);

private:
    void decode(const QUrl &url, const QByteArray &bytes, const QSize &size, QObject *context,
                Done done);

    QNetworkAccessManager *m_network;
    QCache<QString, QImage> m_memory;
};
