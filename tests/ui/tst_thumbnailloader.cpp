// ThumbnailLoader against the sandbox's media URLs: the disk cache is keyed by work order and
// input, so a photo cached once is shown again under a new signature and with the server gone.
// Photos go through the site's API client: a host outside the site's photo hosts is refused
// before anything is sent, the token goes to the API's own host only, and a self-signed photo
// server is refused unless the site pins its certificate.

#include "../common/selfsignedcertificate.h"
#include "deepomaticclient.h"
#include "sandboxserver.h"
#include "thumbnailloader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSslSocket>
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

// A storage host for photos on loopback: answers every path with a small PNG and keeps, per
// request, the host asked for and the Authorization header received.
class PhotoHost
{
public:
    struct Seen {
        QString host;
        QByteArray authorization;
    };
    QList<Seen> seen;

    quint16 start()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_http.route(QStringLiteral("/<arg>"),
                     [this](const QString &, const QHttpServerRequest &r) {
                         seen << Seen{r.url().host(), r.value(QByteArrayLiteral("authorization"))};
                         return QHttpServerResponse(QByteArrayLiteral("image/png"), m_png);
                     });
        return m_http.listen(QHostAddress::LocalHost, 0);
    }

private:
    QHttpServer m_http;
    QByteArray m_png;
};

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
    void photoFromAHostOutsideTheSiteIsRefused();
    void tokenGoesToTheApiHostOnly();
    void photoServerMustPresentThePinnedCertificate();

private:
    // A photo taken for each of `count` task groups of the first seeded work order.
    QList<Photo> takePhotos(int count);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<DeepomaticClient> m_client;
    QString m_cache;
};

void tst_ThumbnailLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
    // The app's client for the sandbox's site, quick to give up on a server that is gone.
    m_client = std::make_unique<DeepomaticClient>();
    m_client->setBaseUrl(m_sandbox->siteProfile().effectiveApiUrl());
    m_client->setToken(m_sandbox->apiToken());
    m_client->setTimeout(5000);
    RetryPolicy fast;
    fast.setBaseDelayMs(10);
    fast.setMaxDelayMs(50);
    m_client->setRetryPolicy(fast);
    static int run = 0;
    m_cache = m_dir.filePath(QStringLiteral("cache-%1/thumbnails").arg(++run));
}

void tst_ThumbnailLoader::cleanup()
{
    m_client.reset();
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
        ThumbnailLoader loader(m_client.get(), m_cache);
        const Loaded loaded = loadNow(loader, photo, signedUrl);
        QVERIFY2(!loaded.image.isNull(), qPrintable(loaded.error));
        QVERIFY(loaded.image.width() <= 128 && loaded.image.height() <= 96);
        first = loaded.image;
    }
    QVERIFY(directoryBytes(m_cache) > 0);

    m_sandbox.reset(); // offline: nothing answers on that port any more
    QUrl again = photo.url;
    again.setQuery(query.isEmpty() ? signedUrl.query() : query);
    ThumbnailLoader fresh(m_client.get(), m_cache); // as after a restart of the app
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
    ThumbnailLoader loader(m_client.get(), m_cache);
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
        ThumbnailLoader loader(m_client.get(), probe.path());
        QVERIFY(!loadNow(loader, photos.first(), photos.first().url).image.isNull());
        one = directoryBytes(probe.path());
    }
    QVERIFY(one > 0);
    const qint64 bound = one * 5 / 2;
    ThumbnailLoader loader(m_client.get(), m_cache, bound);
    QCOMPARE(loader.maximumBytes(), bound);
    for (const Photo &photo : photos) {
        QVERIFY(!loadNow(loader, photo, photo.url).image.isNull());
        QVERIFY2(directoryBytes(m_cache) <= bound,
                 qPrintable(QStringLiteral("%1 > %2").arg(directoryBytes(m_cache)).arg(bound)));
    }
    QVERIFY(QDir(m_cache).entryList(QDir::Files).size() < photos.size());
    // The newest is kept: shown again with the server gone.
    m_sandbox.reset();
    ThumbnailLoader fresh(m_client.get(), m_cache, bound);
    QVERIFY(!loadNow(fresh, photos.last(), photos.last().url).image.isNull());
}

void tst_ThumbnailLoader::notAnImageSaysSo()
{
    // The sandbox's index page is HTML: an answer, but not a photo.
    ThumbnailLoader loader(m_client.get(), m_cache);
    const Photo page{QStringLiteral("wo"), QStringLiteral("page"), m_sandbox->baseUrl()};
    const Loaded loaded = loadNow(loader, page, page.url);
    QVERIFY(loaded.image.isNull());
    QVERIFY(!loaded.error.isEmpty());
    QVERIFY(QDir(m_cache).entryList(QDir::Files).isEmpty()); // nothing cached
}

void tst_ThumbnailLoader::photoFromAHostOutsideTheSiteIsRefused()
{
    PhotoHost storage;
    const quint16 port = storage.start();
    QVERIFY(port != 0);
    // The API is on 127.0.0.1; "localhost" is another host name, not one of the site's.
    QCOMPARE(m_client->baseUrl().host(), QStringLiteral("127.0.0.1"));
    ThumbnailLoader loader(m_client.get(), m_cache);
    const QUrl elsewhere(QStringLiteral("http://localhost:%1/photo.png").arg(port));
    const Loaded loaded =
        loadNow(loader, {QStringLiteral("wo"), QStringLiteral("input"), elsewhere}, elsewhere);
    QVERIFY(loaded.image.isNull());
    QVERIFY2(loaded.error.contains(QLatin1String("localhost")), qPrintable(loaded.error));
    QTest::qWait(200); // nothing on its way either
    QVERIFY(storage.seen.isEmpty());

    // Named by the site as a photo host, the same URL is fetched.
    m_client->setPhotoHosts({QStringLiteral("LocalHost")});
    const Loaded allowed =
        loadNow(loader, {QStringLiteral("wo"), QStringLiteral("input"), elsewhere}, elsewhere);
    QVERIFY2(!allowed.image.isNull(), qPrintable(allowed.error));
    QCOMPARE(storage.seen.size(), 1);
}

void tst_ThumbnailLoader::tokenGoesToTheApiHostOnly()
{
    PhotoHost server;
    const quint16 port = server.start();
    QVERIFY(port != 0);
    // That server is the API (on 127.0.0.1) and, as "localhost", the site's storage host.
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v0.2/").arg(port)));
    m_client->setToken(QStringLiteral("site-secret"));
    m_client->setPhotoHosts({QStringLiteral("localhost")});
    ThumbnailLoader loader(m_client.get(), m_cache);

    const QUrl storage(
        QStringLiteral("http://localhost:%1/signed.png?X-Amz-Signature=1").arg(port));
    const Loaded fromStorage =
        loadNow(loader, {QStringLiteral("wo"), QStringLiteral("on-storage"), storage}, storage);
    QVERIFY2(!fromStorage.image.isNull(), qPrintable(fromStorage.error));
    QCOMPARE(server.seen.size(), 1);
    QCOMPARE(server.seen.at(0).host, QStringLiteral("localhost"));
    QVERIFY2(server.seen.at(0).authorization.isEmpty(),
             server.seen.at(0).authorization.constData());

    // The API's own host is the one place the token is meant for.
    const QUrl api(QStringLiteral("http://127.0.0.1:%1/a.png").arg(port));
    const Loaded fromApi =
        loadNow(loader, {QStringLiteral("wo"), QStringLiteral("on-api"), api}, api);
    QVERIFY2(!fromApi.image.isNull(), qPrintable(fromApi.error));
    QCOMPARE(server.seen.size(), 2);
    QCOMPARE(server.seen.at(1).host, QStringLiteral("127.0.0.1"));
    QCOMPARE(server.seen.at(1).authorization, QByteArrayLiteral("Token site-secret"));
}

void tst_ThumbnailLoader::photoServerMustPresentThePinnedCertificate()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend in Qt Network");
    QSslCertificate certificate;
    QSslKey key;
    QString why;
    if (!makeSelfSigned(m_dir.path(), &certificate, &key, &why))
        QSKIP(qPrintable(QStringLiteral("Cannot make a test certificate: %1").arg(why)));
    // The site over HTTPS with a certificate nobody trusts.
    m_client.reset();
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setTls(certificate, key);
    QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    m_client = std::make_unique<DeepomaticClient>();
    m_client->setBaseUrl(m_sandbox->siteProfile().effectiveApiUrl());
    m_client->setToken(m_sandbox->apiToken());
    const QList<Photo> photos = takePhotos(1);
    QVERIFY(!photos.isEmpty());
    const Photo photo = photos.constLast();
    QCOMPARE(photo.url.scheme(), QStringLiteral("https"));

    ThumbnailLoader loader(m_client.get(), m_cache);
    const Loaded refused = loadNow(loader, photo, photo.url);
    QVERIFY(refused.image.isNull());
    QVERIFY2(refused.error.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(refused.error));
    QVERIFY(QDir(m_cache).entryList(QDir::Files).isEmpty());

    // Pinned for another host: still refused.
    const QByteArray sha256 = certificate.digest(QCryptographicHash::Sha256);
    m_client->setTlsOverrides({{QStringLiteral("localhost"), sha256}});
    QVERIFY(loadNow(loader, photo, photo.url).image.isNull());

    // Pinned for this host, exactly this certificate: the photo is shown.
    m_client->setTlsOverrides({{QStringLiteral("127.0.0.1"), sha256}});
    const Loaded pinned = loadNow(loader, photo, photo.url);
    QVERIFY2(!pinned.image.isNull(), qPrintable(pinned.error));
}

QTEST_MAIN(tst_ThumbnailLoader)
#include "tst_thumbnailloader.moc"
