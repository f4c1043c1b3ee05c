// The sandbox's connector pages (the studio side) over real loopback HTTP, read as raw HTML:
// parameter validation, the DOM contract, "Take photo", Finish by 302 or by script, escaping.
#include "callbackparser.h"
#include "connectorlink.h"
#include "httpexchange.h"
#include "sandboxhtml.h"
#include "sandboximageanalyzer.h"
#include "sandboxpages.h"
#include "sandboxserver.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace {

// The test's own escaping oracle, independent of SandboxHtml.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QLatin1String("&#39;"));
}

QString unescaped(QString html)
{
    return html.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// The value of `attribute` on the first element that carries `marker`.
QString attribute(const QString &html, const QString &marker, const QString &attribute)
{
    const qsizetype at = html.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = html.lastIndexOf(u'<', at);
    const qsizetype end = html.indexOf(u'>', at);
    const QString tag = html.mid(start, end - start + 1);
    const QRegularExpression re(QRegularExpression::escape(attribute)
                                + QStringLiteral("=\"([^\"]*)\""));
    const QRegularExpressionMatch m = re.match(tag);
    return m.hasMatch() ? unescaped(m.captured(1)) : QString();
}

// What the page's script posts for a chosen file: {"image": {"base64": "<data URI>"}}.
QByteArray photoBody(const QImage &image)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    const QString uri =
        QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("image"), QJsonObject{{QStringLiteral("base64"), uri}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray goodPhoto(quint32 seed = 1)
{
    return photoBody(SandboxImageAnalyzer::sampleImage(seed));
}

QImage tinted(int red, int green, int blue, double scale)
{
    QImage image = SandboxImageAnalyzer::sampleImage(2);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int g = qGreen(line[x]);
            line[x] =
                qRgb(qBound(0, int(red + g * scale), 255), qBound(0, int(green + g * scale), 255),
                     qBound(0, int(blue + g * scale), 255));
        }
    }
    return image;
}

const QString DefaultCallback =
    QStringLiteral("fieldconnect://callback/0123456789abcdef0123456789abcdef");
} // namespace

class tst_SandboxPages : public QObject
{
    Q_OBJECT

private:
    HttpReply fetch(const QByteArray &verb, const QUrl &url, const QByteArray &body = {});
    HttpReply fetch(const QUrl &url) { return fetch("GET", url); }
    // The connector URL as the app builds it (ConnectorLink), optionally with a suffix path.
    QUrl connectorUrl(const QString &id, const QString &callback = DefaultCallback,
                      bool useFragment = false, const QString &suffix = {}) const;
    // A connector URL with a hand-written query: SITE, ORG and CB stand for valid values.
    QUrl rawConnectorUrl(const QString &id, QString rawQuery, const QString &suffix = {}) const;
    QString seededId(int index) const { return m_server->workOrderIds().at(index); }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

private slots:
    void init();
    void cleanup();

    void connectorPageListsTaskGroups_data();
    void connectorPageListsTaskGroups();
    void connectorPageUsesOnlySandboxResources();
    void parameterErrorsNameTheParameter_data();
    void parameterErrorsNameTheParameter();
    void unknownWorkOrderIs404_data();
    void unknownWorkOrderIs404();
    void cardsHaveAFileInputForTheCamera();
    void takePhotoUpdatesProgress();
    void takePhotoRejectsBadRequests();
    void takePhotoNeedsAnImage_data();
    void takePhotoNeedsAnImage();
    void takePhotoShowsConformityMessages();
    void takePhotoShowsKoForARedPhoto();
    void finishRedirectsToCallback_data();
    void finishRedirectsToCallback();
    void redirectModeFormSubmitsSameParameters();
    void scriptModeNavigatesFromThePage();
    void htmlHelperEscapes();
    void pagesEscapeHostileValues();
    void indexPageListsWorkOrders();
    void staticFiles_data();
    void staticFiles();
};

HttpReply tst_SandboxPages::fetch(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    HttpExchange::Request r;
    r.verb = verb;
    r.url = url;
    r.body = body;
    if (!body.isEmpty())
        r.setHeader("Content-Type", "application/json");
    return HttpExchange::send(m_nam, r);
}

QUrl tst_SandboxPages::connectorUrl(const QString &id, const QString &callback, bool useFragment,
                                    const QString &suffix) const
{
    SiteProfile profile = m_server->siteProfile();
    profile.useFragment = useFragment;
    const ConnectorLink::Result link =
        ConnectorLink::build(profile, id, QUrl(callback, QUrl::StrictMode));
    if (!link.ok())
        qWarning("ConnectorLink: %s", qPrintable(link.error));
    QUrl url = link.url;
    url.setPath(url.path() + suffix);
    return url;
}

QUrl tst_SandboxPages::rawConnectorUrl(const QString &id, QString rawQuery,
                                       const QString &suffix) const
{
    rawQuery.replace(QLatin1String("SITE"), m_server->siteId().toString(QUuid::WithoutBraces));
    rawQuery.replace(QLatin1String("ORG"), m_server->orgSlug());
    rawQuery.replace(QLatin1String("CB"),
                     QString::fromLatin1(QUrl::toPercentEncoding(DefaultCallback)));
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/field/connector/work_order/") + id + suffix);
    url.setQuery(rawQuery, QUrl::StrictMode);
    return url;
}

void tst_SandboxPages::init()
{
    m_nam.clearConnectionCache();
    m_server = std::make_unique<SandboxServer>();
    // These tests are about the pages themselves; sign-in has its own suite (tst_sandboxsignin).
    m_server->setSignInMode(SandboxSignIn::Mode::Off);
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
}

void tst_SandboxPages::cleanup()
{
    m_server.reset();
}

// ---- the page ----------------------------------------------------------------------------------

void tst_SandboxPages::connectorPageListsTaskGroups_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("installation, untouched") << 0 << "";
    QTest::newRow("raccordement, partly analysed") << 1 << "";
    QTest::newRow("maintenance, complete") << 2 << "";
    QTest::newRow("two types") << 6 << "";
    QTest::newRow("trailing slash") << 3 << "/";
}

void tst_SandboxPages::connectorPageListsTaskGroups()
{
    QFETCH(int, index);
    QFETCH(QString, suffix);
    const QString id = seededId(index);
    const QJsonObject wo = m_server->workOrderJson(id);
    const HttpReply r = fetch(connectorUrl(id, DefaultCallback, false, suffix));
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    const QString html = r.text();
    QVERIFY(html.contains(QLatin1String("Deepomatic sandbox")));
    QVERIFY(html.contains(escaped(wo.value(QLatin1String("name")).toString())));
    const int score = wo.value(QLatin1String("progress_score")).toInt();
    QVERIFY(html.contains(QStringLiteral("id=\"progress\" data-value=\"%1\"").arg(score)));
    QCOMPARE(attribute(html, QStringLiteral("id=\"progress\""), QStringLiteral("data-value")),
             QString::number(score));
    QCOMPARE(html.count(QLatin1String("id=\"finish\"")), 1);

    // One card and one take-photo button per task group, sorted by `order`.
    QList<QJsonObject> groups;
    for (const QJsonValue g : wo.value(QLatin1String("task_groups")).toArray())
        groups << g.toObject();
    std::stable_sort(groups.begin(), groups.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("order")).toInt() < b.value(QLatin1String("order")).toInt();
    });
    QCOMPARE(html.count(QLatin1String("class=\"take-photo\"")), groups.size());
    qsizetype previous = -1;
    for (const QJsonObject &g : groups) {
        const QString name = g.value(QLatin1String("name")).toString();
        const QString card =
            QStringLiteral("class=\"task-group card\" data-task-group=\"%1\"").arg(name);
        const qsizetype at = html.indexOf(card);
        QVERIFY2(at > previous, qPrintable(name));
        previous = at;
        QVERIFY(html.contains(
            QStringLiteral("<button type=\"button\" class=\"take-photo\" data-task-group=\"%1\"")
                .arg(name)));
        QVERIFY(html.contains(escaped(g.value(QLatin1String("display_name")).toString())));
        QVERIFY(html.contains(escaped(g.value(QLatin1String("description")).toString())));
        // The field workers' tasks are listed with their state; dashboard-only ones are not.
        for (const QJsonValue tv : g.value(QLatin1String("tasks")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QString sentence = escaped(t.value(QLatin1String("sentence")).toString());
            QCOMPARE(html.contains(sentence),
                     !t.value(QLatin1String("only_for_dashboard")).toBool());
        }
    }
    QCOMPARE(html.count(QLatin1String("class=\"task-group card\"")), groups.size());
}

void tst_SandboxPages::connectorPageUsesOnlySandboxResources()
{
    const HttpReply r = fetch(connectorUrl(seededId(1)));
    QCOMPARE(r.status, 200);
    const QString html = r.text();
    static const QRegularExpression external(QStringLiteral("(src|href)=\"(https?:)?//"));
    QVERIFY(!external.match(html).hasMatch());
    QVERIFY(!html.contains(QLatin1String("<script>"))); // no inline script, only the file
    QVERIFY(r.headers.value("content-security-policy").contains("default-src 'self'"));
    static const QRegularExpression resource(QStringLiteral("(?:src|href)=\"(/static/[^\"]+)\""));
    auto it = resource.globalMatch(html);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next().captured(1);
        QCOMPARE(fetch(m_server->baseUrl().resolved(QUrl(path))).status, 200);
        ++count;
    }
    QVERIFY(count >= 4); // stylesheet, script, example images
}

void tst_SandboxPages::parameterErrorsNameTheParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    const QString random = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QTest::newRow("site_id missing") << "org_slug=ORG&callback_uri=CB"
                                     << "site_id";
    QTest::newRow("site_id empty") << "site_id=&org_slug=ORG&callback_uri=CB"
                                   << "site_id";
    QTest::newRow("site_id not a uuid") << "site_id=fieldconnect-demo&org_slug=ORG&callback_uri=CB"
                                        << "site_id";
    QTest::newRow("site_id braced") << "site_id=%7BSITE%7D&org_slug=ORG&callback_uri=CB"
                                    << "site_id";
    QTest::newRow("site_id of another site")
        << "site_id=" + random + "&org_slug=ORG&callback_uri=CB"
        << "site_id";
    QTest::newRow("site_id twice") << "site_id=SITE&site_id=SITE&org_slug=ORG&callback_uri=CB"
                                   << "site_id";
    QTest::newRow("site_id markup")
        << "site_id=%3Cscript%3Ealert(1)%3C%2Fscript%3E&org_slug=ORG&callback_uri=CB"
        << "site_id";
    QTest::newRow("org_slug missing") << "site_id=SITE&callback_uri=CB"
                                      << "org_slug";
    QTest::newRow("org_slug not a slug") << "site_id=SITE&org_slug=Not%20A%20Slug&callback_uri=CB"
                                         << "org_slug";
    QTest::newRow("org_slug upper case")
        << "site_id=SITE&org_slug=FieldConnect-Demo&callback_uri=CB"
        << "org_slug";
    QTest::newRow("org_slug of another org") << "site_id=SITE&org_slug=other-org&callback_uri=CB"
                                             << "org_slug";
    QTest::newRow("callback_uri missing") << "site_id=SITE&org_slug=ORG"
                                          << "callback_uri";
    QTest::newRow("callback_uri empty") << "site_id=SITE&org_slug=ORG&callback_uri="
                                        << "callback_uri";
    QTest::newRow("callback_uri relative path")
        << "site_id=SITE&org_slug=ORG&callback_uri=%2Frelative%2Fpath"
        << "callback_uri";
    QTest::newRow("callback_uri without scheme")
        << "site_id=SITE&org_slug=ORG&callback_uri=callback"
        << "callback_uri";
    QTest::newRow("callback_uri encoded twice")
        << "site_id=SITE&org_slug=ORG&callback_uri=fieldconnect%253A%252F%252Fcallback%252Fabc"
        << "callback_uri";
    QTest::newRow("callback_uri with credentials")
        << "site_id=SITE&org_slug=ORG&callback_uri=https%3A%2F%2Fuser%3Apw%40example.com%2Fcb"
        << "callback_uri";
    QTest::newRow("callback_uri javascript")
        << "site_id=SITE&org_slug=ORG&callback_uri=javascript%3Aalert(1)"
        << "callback_uri";
    QTest::newRow("callback_uri data") << "site_id=SITE&org_slug=ORG&callback_uri=data%3Atext%"
                                          "2Fhtml%2C%3Cscript%3Ealert(1)%3C%2Fscript%3E"
                                       << "callback_uri";
    QTest::newRow("use_fragment not a boolean")
        << "site_id=SITE&org_slug=ORG&callback_uri=CB&use_fragment=maybe"
        << "use_fragment";
}

void tst_SandboxPages::parameterErrorsNameTheParameter()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    // The page and /finish check the same way.
    for (const QString &suffix : {QString(), QStringLiteral("/finish")}) {
        const HttpReply r = fetch(rawConnectorUrl(seededId(0), query, suffix));
        QCOMPARE(r.status, 400);
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        QVERIFY(!r.headers.contains("location"));
        const QString html = r.text();
        QVERIFY2(html.contains(QStringLiteral("data-parameter=\"%1\"").arg(parameter)),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<code>%1</code>").arg(parameter)));
        // The sentence itself names the parameter and says what is wrong.
        static const QRegularExpression sentence(
            QStringLiteral("<p class=\"problem\">([^<]*)</p>"));
        const QString message = sentence.match(html).captured(1);
        QVERIFY2(message.contains(QStringLiteral("The %1 parameter").arg(parameter)),
                 qPrintable(message));
        QVERIFY(!html.contains(QLatin1String("<script>alert")));
    }
    // And the photo endpoint answers JSON with the same parameter.
    const HttpReply photo =
        fetch("POST", rawConnectorUrl(seededId(0), query, QStringLiteral("/photos/site-overview")));
    QCOMPARE(photo.status, 400);
    QCOMPARE(photo.json().value(QLatin1String("parameter")).toString(), parameter);
    QCOMPARE(m_server->workOrderJson(seededId(0)).value(QLatin1String("progress_score")).toInt(),
             0);
}

void tst_SandboxPages::unknownWorkOrderIs404_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown uuid") << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("a name, not an id") << "WO-2026-0412";
}

void tst_SandboxPages::unknownWorkOrderIs404()
{
    QFETCH(QString, id);
    for (const QString &suffix : {QString(), QStringLiteral("/finish")}) {
        const HttpReply r = fetch(connectorUrl(id, DefaultCallback, false, suffix));
        QCOMPARE(r.status, 404);
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        QVERIFY(r.text().contains(QLatin1String("Work order not found")));
        QVERIFY(r.text().contains(escaped(id)));
    }
    QCOMPARE(fetch("POST", connectorUrl(id, DefaultCallback, false,
                                        QStringLiteral("/photos/site-overview")))
                 .status,
             404);
}

// ---- take photo --------------------------------------------------------------------------------

void tst_SandboxPages::takePhotoUpdatesProgress()
{
    const QString id = seededId(0); // installation, nothing analysed yet
    QSignalSpy changed(m_server.get(), &SandboxServer::workOrderChanged);
    const QString html = fetch(connectorUrl(id)).text();
    static const QRegularExpression button(
        QStringLiteral("<button type=\"button\" class=\"take-photo\" data-task-group=\"([^\"]+)\" "
                       "data-photo-url=\"([^\"]+)\""));
    auto it = button.globalMatch(html);
    int previous = 0;
    int photos = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString group = m.captured(1);
        // The page's own photo URL, as its script would fetch it.
        const QUrl photoUrl = m_server->baseUrl().resolved(QUrl(unescaped(m.captured(2))));
        QVERIFY2(photoUrl.path().endsWith(QStringLiteral("/photos/") + group),
                 qPrintable(photoUrl.toString()));
        const HttpReply r = fetch("POST", photoUrl, goodPhoto(photos + 1));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = r.json();
        const int score = body.value(QLatin1String("progress_score")).toInt(-1);
        QCOMPARE(score, m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt());
        QVERIFY(score >= previous);
        previous = score;
        const QJsonObject state = body.value(QLatin1String("task_group")).toObject();
        QCOMPARE(state.value(QLatin1String("name")).toString(), group);
        QVERIFY(state.value(QLatin1String("taken")).toBool());
        for (const QJsonValue t : state.value(QLatin1String("tasks")).toArray())
            QCOMPARE(t.toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const QUrl finish(body.value(QLatin1String("finish_url")).toString());
        QCOMPARE(QUrlQuery(finish).queryItemValue(QStringLiteral("work_order_progress")),
                 QString::number(score));

        // Reloading shows the same thing the script put in the DOM.
        const QString reloaded = fetch(connectorUrl(id)).text();
        QCOMPARE(attribute(reloaded, QStringLiteral("data-task-group=\"%1\" data-taken").arg(group),
                           QStringLiteral("data-taken")),
                 QStringLiteral("true"));
        QCOMPARE(
            attribute(reloaded, QStringLiteral("id=\"progress\""), QStringLiteral("data-value")),
            QString::number(score));
        ++photos;
    }
    QCOMPARE(photos, 4);
    QCOMPARE(previous, 100);
    QCOMPARE(changed.size(), 4);
}

void tst_SandboxPages::takePhotoRejectsBadRequests()
{
    const QString id = seededId(7); // releve-compteur: meter-reading only
    const HttpReply other = fetch(
        "POST", connectorUrl(id, DefaultCallback, false, QStringLiteral("/photos/boitier-ferme")));
    QCOMPARE(other.status, 404);
    QVERIFY(other.json()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QLatin1String("boitier-ferme")));
    QCOMPARE(fetch("GET", connectorUrl(id, DefaultCallback, false,
                                       QStringLiteral("/photos/meter-reading")))
                 .status,
             405);
    QCOMPARE(fetch("POST", connectorUrl(id)).status, 405); // the page itself is GET only
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 0);
}

void tst_SandboxPages::cardsHaveAFileInputForTheCamera()
{
    const QString id = seededId(0);
    const QString html = fetch(connectorUrl(id)).text();
    const QJsonArray groups =
        m_server->workOrderJson(id).value(QLatin1String("task_groups")).toArray();
    QCOMPARE(html.count(QLatin1String("<input type=\"file\" class=\"photo-input\"")),
             groups.size());
    for (const QJsonValue g : groups) {
        const QString name = g.toObject().value(QLatin1String("name")).toString();
        QVERIFY2(html.contains(QStringLiteral("<input type=\"file\" class=\"photo-input\" "
                                              "accept=\"image/*\" capture=\"environment\" "
                                              "data-task-group=\"%1\" hidden>")
                                   .arg(name)),
                 qPrintable(name));
    }
    // Nothing taken yet: no last photo to show.
    QVERIFY(html.contains(QLatin1String("<figure class=\"last-photo\" hidden>")));
}

void tst_SandboxPages::takePhotoNeedsAnImage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no body") << QByteArray() << 400;
    QTest::newRow("no image") << QByteArray(R"({"photo": 1})") << 400;
    QTest::newRow("not a data URI") << QByteArray(R"({"image": {"base64": "abc"}})") << 400;
    QTest::newRow("corrupt image")
        << QByteArray(R"({"image": {"base64": "data:image/jpeg;base64,/9j/4AAQSkZJRgAB"}})") << 400;
}

void tst_SandboxPages::takePhotoNeedsAnImage()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QString id = seededId(0);
    const HttpReply r = fetch(
        "POST", connectorUrl(id, DefaultCallback, false, QStringLiteral("/photos/site-overview")),
        body);
    QCOMPARE(r.status, status);
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    QVERIFY(!r.json().value(QLatin1String("detail")).toString().isEmpty()); // the page shows it
    QVERIFY(m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray().isEmpty());
    const QString html = fetch(connectorUrl(id)).text();
    QCOMPARE(attribute(html, QStringLiteral("data-task-group=\"site-overview\" data-taken"),
                       QStringLiteral("data-taken")),
             QStringLiteral("false"));
}

void tst_SandboxPages::takePhotoShowsConformityMessages()
{
    const QString id = seededId(0);
    const QUrl url =
        connectorUrl(id, DefaultCallback, false, QStringLiteral("/photos/site-overview"));
    const HttpReply r = fetch("POST", url, photoBody(tinted(0, 0, 0, 0.1))); // very dark
    QCOMPARE(r.status, 200);
    const QJsonObject group = r.json().value(QLatin1String("task_group")).toObject();
    QVERIFY(group.value(QLatin1String("taken")).toBool());
    const QJsonArray messages = group.value(QLatin1String("conformity_messages")).toArray();
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.first().toString().startsWith(QLatin1String("Image too dark")));
    for (const QJsonValue t : group.value(QLatin1String("tasks")).toArray())
        QCOMPARE(t.toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("not_analysed"));
    QCOMPARE(r.json().value(QLatin1String("progress_score")).toInt(), 0);
    // The reloaded page shows the messages and the photo sent, from the sandbox itself.
    const QString html = fetch(connectorUrl(id)).text();
    QVERIFY(html.contains(QStringLiteral("<li class=\"conformity-message\">%1</li>")
                              .arg(escaped(messages.first().toString()))));
    const QString image = group.value(QLatin1String("image_url")).toString();
    QVERIFY2(image.startsWith(QLatin1String("/media/inputs/")), qPrintable(image));
    QVERIFY(html.contains(QStringLiteral("src=\"%1\"").arg(image)));
    const HttpReply served = fetch(m_server->baseUrl().resolved(QUrl(image)));
    QCOMPARE(served.status, 200);
    QCOMPARE(served.headers.value("content-type"), QByteArray("image/jpeg"));

    // A good photo then clears them.
    const HttpReply good = fetch("POST", url, goodPhoto());
    QVERIFY(good.json()
                .value(QLatin1String("task_group"))
                .toObject()
                .value(QLatin1String("conformity_messages"))
                .toArray()
                .isEmpty());
    QVERIFY(good.json().value(QLatin1String("progress_score")).toInt() > 0);
}

void tst_SandboxPages::takePhotoShowsKoForARedPhoto()
{
    const QString id = seededId(7); // meter-reading only
    const HttpReply r = fetch(
        "POST", connectorUrl(id, DefaultCallback, false, QStringLiteral("/photos/meter-reading")),
        photoBody(tinted(110, 0, 0, 0.5)));
    QCOMPARE(r.status, 200);
    QStringList states;
    for (const QJsonValue t : r.json()
                                  .value(QLatin1String("task_group"))
                                  .toObject()
                                  .value(QLatin1String("tasks"))
                                  .toArray())
        states << t.toObject().value(QLatin1String("status")).toString();
    QCOMPARE(states, (QStringList{QStringLiteral("ko"), QStringLiteral("ok")}));
    QCOMPARE(r.json().value(QLatin1String("progress_score")).toInt(), 50);
    const QString html = fetch(connectorUrl(id)).text();
    QVERIFY(html.contains(QLatin1String("data-state=\"ko\"")));
}

// ---- finish ------------------------------------------------------------------------------------

void tst_SandboxPages::finishRedirectsToCallback_data()
{
    QTest::addColumn<QString>("callback");
    QTest::addColumn<bool>("useFragment");
    QTest::addColumn<QStringList>("kept"); // key=value items of the callback's own query

    QTest::newRow("custom scheme, query") << DefaultCallback << false << QStringList();
    QTest::newRow("custom scheme, fragment") << DefaultCallback << true << QStringList();
    QTest::newRow("https, own query kept")
        << "https://field.example.com/cb/42?state=xyz&lang=fr" << false
        << QStringList{QStringLiteral("state=xyz"), QStringLiteral("lang=fr")};
    QTest::newRow("https, own query kept, fragment")
        << "https://field.example.com/cb/42?state=xyz" << true
        << QStringList{QStringLiteral("state=xyz")};
    QTest::newRow("encoded characters kept") << "https://field.example.com/cb?ref=a%26b%3Dc"
                                             << false << QStringList{QStringLiteral("ref=a&b=c")};
    QTest::newRow("stale progress replaced")
        << DefaultCallback + "?work_order_progress=7&work_order_id=x" << false << QStringList();
}

void tst_SandboxPages::finishRedirectsToCallback()
{
    QFETCH(QString, callback);
    QFETCH(bool, useFragment);
    QFETCH(QStringList, kept);
    const QString id = seededId(0);
    QVERIFY(m_server->markPhotoTaken(id, QStringLiteral("pm-ouvert-avant")));
    const int score = m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt();
    QVERIFY(score > 0 && score < 100);

    const HttpReply r = fetch(connectorUrl(id, callback, useFragment, QStringLiteral("/finish")));
    QCOMPARE(r.status, 302);
    const QUrl location = QUrl::fromEncoded(r.headers.value("location"), QUrl::StrictMode);
    QVERIFY2(location.isValid(), r.headers.value("location").constData());
    const QUrl expected(callback, QUrl::StrictMode);
    QCOMPARE(location.scheme(), expected.scheme());
    QCOMPARE(location.host(), expected.host());
    QCOMPARE(location.path(), expected.path());

    const QUrlQuery query(location.query(QUrl::FullyEncoded));
    const QUrlQuery results(useFragment ? location.fragment(QUrl::FullyEncoded)
                                        : location.query(QUrl::FullyEncoded));
    QCOMPARE(results.allQueryItemValues(QStringLiteral("work_order_progress")),
             QStringList{QString::number(score)});
    QCOMPARE(results.allQueryItemValues(QStringLiteral("work_order_id")), QStringList{id});
    if (useFragment) {
        QVERIFY(!query.hasQueryItem(QStringLiteral("work_order_progress")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("work_order_id")));
    }
    for (const QString &item : kept) {
        const QString key = item.section(u'=', 0, 0);
        QCOMPARE(query.queryItemValue(key, QUrl::FullyDecoded), item.section(u'=', 1));
    }

    // FieldConnect's own callback parser accepts it, with the same progress.
    const CallbackParser::Verdict verdict =
        CallbackParser::parse(location, {QUrl(callback, QUrl::StrictMode), id});
    QVERIFY2(verdict.accepted, qPrintable(verdict.reason));
    QCOMPARE(verdict.progress, score);
    QCOMPARE(verdict.fromFragment, useFragment);
}

void tst_SandboxPages::redirectModeFormSubmitsSameParameters()
{
    const QString id = seededId(1);
    const QString callback = QStringLiteral("https://field.example.com/cb?state=a&b=1");
    const QString html = fetch(connectorUrl(id, callback, true)).text();
    QVERIFY(html.contains(QLatin1String("data-finish-mode=\"redirect\"")));
    QVERIFY(html.contains(QLatin1String("<button type=\"submit\" id=\"finish\"")));
    static const QRegularExpression form(
        QStringLiteral("<form class=\"finish-form\" method=\"get\" action=\"([^\"]+)\""));
    const QString action = unescaped(form.match(html).captured(1));
    QCOMPARE(action, QStringLiteral("/field/connector/work_order/%1/finish").arg(id));

    // Submit the form as a browser would: its hidden inputs, form-encoded.
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    QUrlQuery submitted;
    auto it = hidden.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        submitted.addQueryItem(
            unescaped(m.captured(1)),
            QString::fromLatin1(QUrl::toPercentEncoding(unescaped(m.captured(2)))));
    }
    QCOMPARE(submitted.queryItems().size(), 4); // site_id, org_slug, callback_uri, use_fragment
    QUrl url = m_server->baseUrl().resolved(QUrl(action));
    url.setQuery(submitted);
    const HttpReply r = fetch(url);
    QCOMPARE(r.status, 302);
    const QUrl location = QUrl::fromEncoded(r.headers.value("location"));
    QCOMPARE(QUrlQuery(location.fragment(QUrl::FullyEncoded))
                 .queryItemValue(QStringLiteral("work_order_id")),
             id);
    QCOMPARE(QUrlQuery(location.query(QUrl::FullyEncoded)).queryItemValue(QStringLiteral("state")),
             QStringLiteral("a"));
}

void tst_SandboxPages::scriptModeNavigatesFromThePage()
{
    m_server->setFinishMode(SandboxServer::FinishMode::Script);
    const QString id = seededId(1);
    const QString callback = QStringLiteral("https://field.example.com/cb?state=a&b=1");
    const HttpReply r = fetch(connectorUrl(id, callback));
    QCOMPARE(r.status, 200); // no 302: the page itself navigates
    QVERIFY(!r.headers.contains("location"));
    const QString html = r.text();
    QVERIFY(html.contains(QLatin1String("data-finish-mode=\"script\"")));
    QVERIFY(!html.contains(QLatin1String("<form")));
    QVERIFY(html.contains(QLatin1String("<script src=\"/static/connector.js\"></script>")));

    const int score = m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt();
    QUrl expected(callback);
    QUrlQuery query(expected);
    query.addQueryItem(QStringLiteral("work_order_progress"), QString::number(score));
    query.addQueryItem(QStringLiteral("work_order_id"), id);
    expected.setQuery(query);
    const QString raw = expected.toString(QUrl::FullyEncoded);
    QVERIFY(raw.contains(u'&'));
    // Escaped in the attribute: '&' appears as &amp;, never raw.
    QVERIFY2(html.contains(QStringLiteral("<button type=\"button\" id=\"finish\" class=\"finish\" "
                                          "data-finish-url=\"%1\">")
                               .arg(escaped(raw))),
             qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("data-finish-url=\"%1\"").arg(raw)));

    // The script's fetch gets the finish URL with the new progress.
    const QString photo =
        attribute(html, QStringLiteral("data-task-group=\"etiquetage-cables\" data-photo-url"),
                  QStringLiteral("data-photo-url"));
    const HttpReply after = fetch("POST", m_server->baseUrl().resolved(QUrl(photo)), goodPhoto());
    QCOMPARE(after.status, 200);
    const int newScore = after.json().value(QLatin1String("progress_score")).toInt();
    QVERIFY(newScore > score);
    const QUrl finish(after.json().value(QLatin1String("finish_url")).toString());
    QCOMPARE(QUrlQuery(finish).queryItemValue(QStringLiteral("work_order_progress")),
             QString::number(newScore));
}

// ---- escaping ----------------------------------------------------------------------------------

void tst_SandboxPages::htmlHelperEscapes()
{
    QCOMPARE(SandboxHtml::escape(QStringLiteral("<script>alert('x' & \"y\")</script>")),
             QStringLiteral("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;"));
    QCOMPARE(SandboxHtml::escape(QStringLiteral("Boîtier fermé")), QStringLiteral("Boîtier fermé"));
    // One pass: a value that looks like a placeholder is not expanded.
    QCOMPARE(SandboxHtml::fill(QStringLiteral("<p>{{a}}|{{b}}</p>"),
                               {{QStringLiteral("a"), QStringLiteral("{{b}}<i>")}},
                               {{QStringLiteral("b"), QStringLiteral("<b>ok</b>")}}),
             QStringLiteral("<p>{{b}}&lt;i&gt;|<b>ok</b></p>"));
}

void tst_SandboxPages::pagesEscapeHostileValues()
{
    const QString hostile = QStringLiteral("<script>alert(\"x\")</script>' onmouseover='x");
    // The renderer, fed hostile names and descriptions directly (the API never lets such a name
    // through, but a real application's display names and descriptions are free text).
    SandboxPages pages;
    SandboxPages::Connector page;
    page.pagePath = QStringLiteral("/field/connector/work_order/x");
    page.view = QJsonObject{
        {QStringLiteral("id"), hostile},
        {QStringLiteral("name"), hostile},
        {QStringLiteral("progress_score"), 40},
        {QStringLiteral("task_groups"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), hostile},
                         {QStringLiteral("display_name"), hostile},
                         {QStringLiteral("description"), hostile},
                         {QStringLiteral("example_url"), QStringLiteral("javascript:\"><script>")},
                         {QStringLiteral("taken"), false},
                         {QStringLiteral("tasks"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), hostile},
                                                 {QStringLiteral("sentence"), hostile},
                                                 {QStringLiteral("status"), hostile},
                                                 {QStringLiteral("message"), hostile}}}}}}},
    };
    for (bool script : {false, true}) {
        page.scriptMode = script;
        page.finishUrl =
            QUrl(QStringLiteral("https://x.example/cb?a=\"><script>alert(1)</script>"));
        const QString html = QString::fromUtf8(pages.connectorPage(page));
        QVERIFY(!html.contains(QLatin1String("<script>alert")));
        QVERIFY(!html.contains(QLatin1String("' onmouseover='")));
        QVERIFY(!html.contains(QLatin1String("\"><script>")));
        QVERIFY(html.contains(escaped(hostile)));
    }
    const QString error = QString::fromUtf8(pages.errorPage(400, hostile, hostile, hostile));
    QVERIFY(!error.contains(QLatin1String("<script>alert")));
    QVERIFY(error.contains(escaped(hostile)));

    // Over HTTP: metadata shown on the index page, and a callback full of markup characters.
    QNetworkRequest create(
        m_server->baseUrl().resolved(QUrl(QStringLiteral("/v0.2/work-orders/"))));
    create.setRawHeader("Authorization", "Token " + m_server->apiToken().toUtf8());
    create.setRawHeader("Content-Type", "application/json");
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("WO-XSS")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("city"), hostile}}}};
    std::unique_ptr<QNetworkReply> reply(m_nam.post(create, QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QString index = fetch(m_server->baseUrl()).text();
    QVERIFY(index.contains(QLatin1String("WO-XSS")));
    QVERIFY(index.contains(escaped(hostile)));
    QVERIFY(!index.contains(QLatin1String("<script>alert")));

    const HttpReply r = fetch(connectorUrl(
        seededId(0),
        QStringLiteral("https://x.example/cb?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.text().contains(QLatin1String("<script>alert")));
    QVERIFY(!r.text().contains(QLatin1String("\"><script")));
}

// ---- index and static files
// ----------------------------------------------------------------------

void tst_SandboxPages::indexPageListsWorkOrders()
{
    const HttpReply r = fetch(m_server->baseUrl());
    QCOMPARE(r.status, 200);
    const QString html = r.text();
    for (const QJsonObject &wo : m_server->seededWorkOrders())
        QVERIFY(html.contains(escaped(wo.value(QLatin1String("name")).toString())));
    QVERIFY(html.contains(m_server->siteId().toString(QUuid::WithoutBraces)));
    const QString link = attribute(html, QStringLiteral("class=\"open\""), QStringLiteral("href"));
    const QUrl url(link);
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("callback_uri"), QUrl::FullyDecoded),
             QStringLiteral("fieldconnect://callback/manual"));
    QCOMPARE(fetch(url).status, 200);
    QCOMPARE(fetch("POST", m_server->baseUrl()).status, 405);
}

void tst_SandboxPages::staticFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("css") << "/static/sandbox.css" << 200 << QByteArray("text/css");
    QTest::newRow("js") << "/static/connector.js" << 200 << QByteArray("text/javascript");
    QTest::newRow("svg") << "/static/examples/meter-reading.svg" << 200
                         << QByteArray("image/svg+xml");
    QTest::newRow("missing") << "/static/nope.css" << 404 << QByteArray("text/html");
    QTest::newRow("dot segment") << "/static/%2E%2E/seed.json" << 404 << QByteArray("text/html");
    QTest::newRow("seed is not served") << "/seed.json" << 404 << QByteArray("text/html");
    QTest::newRow("templates are not served")
        << "/static/../templates/layout.html" << 404 << QByteArray("text/html");
}

void tst_SandboxPages::staticFiles()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QUrl url = m_server->baseUrl();
    url.setPath(path, QUrl::StrictMode);
    const HttpReply r = fetch(url);
    QCOMPARE(r.status, status);
    QVERIFY2(r.headers.value("content-type").startsWith(type),
             r.headers.value("content-type").constData());
}

QTEST_GUILESS_MAIN(tst_SandboxPages)
#include "tst_sandboxpages.moc"
