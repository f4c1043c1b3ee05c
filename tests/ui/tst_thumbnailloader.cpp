// ThumbnailLoader against the sandbox's media URLs: the disk cache is keyed by work order and
// input, so a photo cached once is shown again under a new signature and with the server gone.

#include "sandboxserver.h"
#include "thumbnailloader.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {
struct Photo {
    QString workOrderId;
    QString inputId;
    QUrl url;
};

struct Loaded {
    bool done = false;
    QImage image;
    QString error;
};

// Loads one thumbnail and waits for its answer.
Loaded loadNow(ThumbnailLoader &loader, const Photo &photo, const QUrl &url)
{
    Loaded loaded;
    QObject context;
    loader.load(photo.workOrderId, photo.inputId, url, QSize(128, 96), &context,
                [&loaded](const QImage &image, const QString &error) {
                    loaded.image = image;
                    loaded.error = error;
                    loaded.done = true;
                });
    if (!QTest::qWaitFor([&loaded] { return loaded.done; }, 15000))
        qWarning() << "no answer for" << url;
    return loaded;
}

qint64 directoryBytes(const QString &path)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files))
        total += file.size();
    return total;
}
} // namespace

class tst_ThumbnailLoader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cachedPhotoIsShownWithoutTheServer_data();
    void cachedPhotoIsShownWithoutTheServer();
    void anotherInputIsNotTakenForACachedOne();
    void cacheStaysWithinItsBound();
    void notAnImageSaysSo();

private:
    // A photo taken for each of `count` task groups of the first seeded work order.
    QList<Photo> takePhotos(int count);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_cache;
};

void tst_ThumbnailLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
    static int run = 0;
    m_cache = m_dir.filePath(QStringLiteral("cache-%1/thumbnails").arg(++run));
}

void tst_ThumbnailLoader::cleanup()
{
    m_sandbox.reset();
}

QList<Photo> tst_ThumbnailLoader::takePhotos(int count)
{
    const QString id = m_sandbox->workOrderIds().constFirst();
    const QJsonArray groups =
        m_sandbox->workOrderJson(id).value(QStringLiteral("task_groups")).toArray();
    for (int i = 0; i < count && i < groups.size(); ++i)
        m_sandbox->markPhotoTaken(id,
                                  groups.at(i).toObject().value(QStringLiteral("name")).toString());
    QList<Photo> photos;
    for (const QJsonValue v :
         m_sandbox->workOrderJson(id).value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject input = v.toObject();
        photos << Photo{id, input.value(QStringLiteral("id")).toString(),
                        QUrl(input.value(QStringLiteral("image_url")).toString())};
    }
    return photos;
}

void tst_ThumbnailLoader::cachedPhotoIsShownWithoutTheServer_data()
{
    QTest::addColumn<QString>("query"); // the URL's query when asked again, the server gone
    QTest::newRow("same URL") << QString();
    QTest::newRow("new signature") << QStringLiteral("X-Amz-Signature=0f3c9&X-Amz-Expires=60");
    QTest::newRow("another new signature")
        << QStringLiteral("X-Amz-Signature=77aa1&X-Amz-Expires=3600");
}

void tst_ThumbnailLoader::cachedPhotoIsShownWithoutTheServer()
{
    QFETCH(QString, query);
    const QList<Photo> photos = takePhotos(1);
    QVERIFY(!photos.isEmpty());
    const Photo photo = photos.constLast();
    // As Deepomatic hands it out: a signed URL.
    QUrl signedUrl = photo.url;
    signedUrl.setQuery(QStringLiteral("X-Amz-Signature=aa11&X-Amz-Expires=60"));
    QImage first;
    {
        ThumbnailLoader loader(m_cache);
        const Loaded loaded = loadNow(loader, photo, signedUrl);
        QVERIFY2(!loaded.image.isNull(), qPrintable(loaded.error));
        QVERIFY(loaded.image.width() <= 128 && loaded.image.height() <= 96);
        first = loaded.image;
    }
    QVERIFY(directoryBytes(m_cache) > 0);

    m_sandbox.reset(); // offline: nothing answers on that port any more
    QUrl again = photo.url;
    again.setQuery(query.isEmpty() ? signedUrl.query() : query);
    ThumbnailLoader fresh(m_cache); // as after a restart of the app
    const Loaded loaded = loadNow(fresh, photo, again);
    QVERIFY2(!loaded.image.isNull(), qPrintable(loaded.error));
    QCOMPARE(loaded.image.size(), first.size());
    QCOMPARE(loaded.image.convertToFormat(QImage::Format_RGB32),
             first.convertToFormat(QImage::Format_RGB32));
}

void tst_ThumbnailLoader::anotherInputIsNotTakenForACachedOne()
{
    const QList<Photo> photos = takePhotos(1);
    QVERIFY(!photos.isEmpty());
    const Photo photo = photos.constLast();
    ThumbnailLoader loader(m_cache);
    QVERIFY(!loadNow(loader, photo, photo.url).image.isNull());
    m_sandbox.reset();
    // Same URL, another input (or another work order): not in the cache, and the server is gone.
    Photo other = photo;
    other.inputId += QLatin1String("-other");
    const Loaded loaded = loadNow(loader, other, photo.url);
    QVERIFY(loaded.image.isNull());
    QVERIFY(!loaded.error.isEmpty());
    Photo otherWorkOrder = photo;
    otherWorkOrder.workOrderId = QStringLiteral("9b0c7d4e-0000-4000-8000-000000000001");
    QVERIFY(loadNow(loader, otherWorkOrder, photo.url).image.isNull());
}

void tst_ThumbnailLoader::cacheStaysWithinItsBound()
{
    const QList<Photo> photos = takePhotos(4);
    QCOMPARE(photos.size(), 4);
    // Measure one thumbnail, then allow about two and a half.
    qint64 one = 0;
    {
        QTemporaryDir probe;
        ThumbnailLoader loader(probe.path());
        QVERIFY(!loadNow(loader, photos.first(), photos.first().url).image.isNull());
        one = directoryBytes(probe.path());
    }
    QVERIFY(one > 0);
    const qint64 bound = one * 5 / 2;
    ThumbnailLoader loader(m_cache, bound);
    QCOMPARE(loader.maximumBytes(), bound);
    for (const Photo &photo : photos) {
        QVERIFY(!loadNow(loader, photo, photo.url).image.isNull());
        QVERIFY2(directoryBytes(m_cache) <= bound,
                 qPrintable(QStringLiteral("%1 > %2").arg(directoryBytes(m_cache)).arg(bound)));
    }
    QVERIFY(QDir(m_cache).entryList(QDir::Files).size() < photos.size());
    // The newest is kept: shown again with the server gone.
    m_sandbox.reset();
    ThumbnailLoader fresh(m_cache, bound);
    QVERIFY(!loadNow(fresh, photos.last(), photos.last().url).image.isNull());
}

void tst_ThumbnailLoader::notAnImageSaysSo()
{
    // The sandbox's index page is HTML: an answer, but not a photo.
    ThumbnailLoader loader(m_cache);
    const Photo page{QStringLiteral("wo"), QStringLiteral("page"), m_sandbox->baseUrl()};
    const Loaded loaded = loadNow(loader, page, page.url);
    QVERIFY(loaded.image.isNull());
    QVERIFY(!loaded.error.isEmpty());
    QVERIFY(QDir(m_cache).entryList(QDir::Files).isEmpty()); // nothing cached
}

QTEST_MAIN(tst_ThumbnailLoader)
#include "tst_thumbnailloader.moc"
