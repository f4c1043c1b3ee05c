// The sandbox's analyze and correction endpoints and its media URLs over real loopback HTTP:
// real uploads (generated JPEG/PNG/PDF), every documented refusal, progress recomputed.
#include "httpexchange.h"
#include "sandboximageanalyzer.h"
#include "sandboxserver.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QByteArray encoded(const QImage &image, const char *format = "JPEG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

QString dataUri(const QByteArray &bytes, const QString &type = QStringLiteral("image/jpeg"))
{
    return QStringLiteral("data:%1;base64,").arg(type) + QString::fromLatin1(bytes.toBase64());
}

// Noise that JPEG cannot squeeze: a big file from a modest image.
QImage noise(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = 12345;
    for (int y = 0; y < height; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            state = state * 1664525U + 1013904223U;
            line[x] = qRgb(static_cast<int>(state >> 24), static_cast<int>((state >> 16) & 0xff),
                           static_cast<int>((state >> 8) & 0xff));
        }
    }
    return image;
}

QImage darkImage()
{
    QImage image = SandboxImageAnalyzer::sampleImage(3);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(qRed(line[x]) / 10, qGreen(line[x]) / 10, qBlue(line[x]) / 10);
    }
    return image;
}

QImage redImage()
{
    QImage image = SandboxImageAnalyzer::sampleImage(4);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] =
                qRgb(qMin(255, qGreen(line[x]) + 60), qGreen(line[x]) / 3, qGreen(line[x]) / 3);
    }
    return image;
}

QJsonObject taskNamed(const QJsonObject &group, const QString &name)
{
    for (const QJsonValue t : group.value(QLatin1String("tasks")).toArray()) {
        if (t.toObject().value(QLatin1String("name")).toString() == name)
            return t.toObject();
    }
    return {};
}

QJsonObject groupNamed(const QJsonObject &workOrder, const QString &name)
{
    for (const QJsonValue g : workOrder.value(QLatin1String("task_groups")).toArray()) {
        if (g.toObject().value(QLatin1String("name")).toString() == name)
            return g.toObject();
    }
    return {};
}
} // namespace

class tst_SandboxAnalyze : public QObject
{
    Q_OBJECT

private:
    HttpReply send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body = {},
                   const QByteArray &authorization = QByteArray());
    HttpReply analyze(const QString &id, const QJsonObject &body)
    {
        return send("POST", QStringLiteral("/v0.2/work-orders/%1/analyze/").arg(id),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpReply analyzeImage(const QString &id, const QString &group, const QString &uri)
    {
        return analyze(id,
                       {{QStringLiteral("task_group_name"), group},
                        {QStringLiteral("image"), QJsonObject{{QStringLiteral("base64"), uri}}}});
    }
    HttpReply correct(const QString &id, const QString &taskId, const QByteArray &body)
    {
        return send("PATCH",
                    QStringLiteral("/v0.2/work-orders/%1/tasks/%2/correction/").arg(id, taskId),
                    body);
    }
    QString create(const QString &name, const QString &type);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

private slots:
    void init();
    void cleanup();

    void analyzeGoodPhotoUpdatesProgress();
    void analyzeAcceptsPngAndImageJpgSpelling();
    void analyzeRedPhotoMakesFirstTaskKo();
    void analyzeDarkPhotoRecordsConformityMessages();
    void analyzeRefusesBadRequests_data();
    void analyzeRefusesBadRequests();
    void analyzeRefusesOversizedImage();
    void analyzeAcceptsPdfWithoutAnalysis();
    void analyzeRefusesOversizedPdf();
    void analyzeByUrl();
    void analyzeNeedsTokenAndKnownWorkOrder();
    void analyzeIsDeterministic();
    void inputsAreListedWithServedImages();
    void mediaNeedsNoTokenAndUnknownIs404();
    void markPhotoTakenStoresARealImage();
    void uploadsSurviveARestartWithAStateFile();

    void correctionSucceedsAndIsFinal();
    void correctionIsTypeChecked_data();
    void correctionIsTypeChecked();
    void correctionRaisesProgress();
    void correctionOfUnknownTaskIs404();
};

HttpReply tst_SandboxAnalyze::send(const QByteArray &verb, const QString &pathOrUrl,
                                   const QByteArray &body, const QByteArray &authorization)
{
    HttpExchange::Request r;
    r.verb = verb;
    r.url = m_server->baseUrl().resolved(QUrl(pathOrUrl));
    r.body = body;
    r.followRedirects = true;
    r.timeoutMs = 20000;
    const QByteArray auth =
        authorization.isNull() ? "Token " + m_server->apiToken().toUtf8() : authorization;
    if (!auth.isEmpty())
        r.setHeader("Authorization", auth);
    if (!body.isEmpty())
        r.setHeader("Content-Type", "application/json");
    return HttpExchange::send(m_nam, r);
}

QString tst_SandboxAnalyze::create(const QString &name, const QString &type)
{
    const HttpReply r =
        send("POST", QStringLiteral("/v0.2/work-orders/"),
             QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                       {QStringLiteral("work_order_types"), QJsonArray{type}}})
                 .toJson());
    if (r.status != 201)
        qWarning("create answered %d: %s", r.status, r.body.constData());
    return r.json().value(QLatin1String("id")).toString();
}

void tst_SandboxAnalyze::init()
{
    m_nam.clearConnectionCache();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(0), qPrintable(m_server->errorString()));
}

void tst_SandboxAnalyze::cleanup()
{
    m_server.reset();
}

// ---- analyze -----------------------------------------------------------------------------------

void tst_SandboxAnalyze::analyzeGoodPhotoUpdatesProgress()
{
    const QString id = create(QStringLiteral("WO-AN-1"), QStringLiteral("maintenance"));
    QSignalSpy changed(m_server.get(), &SandboxServer::workOrderChanged);
    const HttpReply r = analyzeImage(id, QStringLiteral("meter-reading"),
                                     dataUri(encoded(SandboxImageAnalyzer::sampleImage(9))));
    QCOMPARE(r.status, 201);
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    const QJsonObject input = r.json().value(QLatin1String("input")).toObject();
    QVERIFY(!QUuid::fromString(input.value(QLatin1String("id")).toString()).isNull());
    QCOMPARE(input.value(QLatin1String("task_group_name")).toString(),
             QStringLiteral("meter-reading"));
    QVERIFY(!input.value(QLatin1String("date")).toString().isEmpty());
    QCOMPARE(input.value(QLatin1String("conformity_messages")).toArray(), QJsonArray());
    QCOMPARE(input.value(QLatin1String("width")).toInt(), 1024);
    QCOMPARE(input.value(QLatin1String("height")).toInt(), 768);
    const QJsonObject group = r.json().value(QLatin1String("task_group")).toObject();
    QCOMPARE(group.value(QLatin1String("name")).toString(), QStringLiteral("meter-reading"));
    const QJsonObject display = taskNamed(group, QStringLiteral("display-readable"))
                                    .value(QLatin1String("state"))
                                    .toObject();
    QCOMPARE(display.value(QLatin1String("analyzed_value")), QJsonValue(true));
    QVERIFY(display.value(QLatin1String("corrected_value")).isNull());
    const QJsonValue index = taskNamed(group, QStringLiteral("index-value"))
                                 .value(QLatin1String("state"))
                                 .toObject()
                                 .value(QLatin1String("analyzed_value"));
    QVERIFY(index.isDouble() && index.toInt() >= 0 && index.toInt() <= 99);
    // maintenance = site-overview (1 task counted), meter-reading (2), boitier-ferme (2): 2 of 5.
    QCOMPARE(r.json().value(QLatin1String("progress_score")).toInt(), 40);
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 40);
    QCOMPARE(changed.size(), 1);
}

void tst_SandboxAnalyze::analyzeAcceptsPngAndImageJpgSpelling()
{
    const QString id = create(QStringLiteral("WO-AN-PNG"), QStringLiteral("releve-compteur"));
    HttpReply r = analyzeImage(
        id, QStringLiteral("meter-reading"),
        dataUri(encoded(SandboxImageAnalyzer::sampleImage(1), "PNG"), QStringLiteral("image/png")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QLatin1String("input")).toObject().value(QLatin1String("media_type")),
             QJsonValue(QStringLiteral("image/png")));
    // The vendor's documentation writes "data:image/jpg;base64,".
    r = analyzeImage(
        id, QStringLiteral("meter-reading"),
        dataUri(encoded(SandboxImageAnalyzer::sampleImage(2)), QStringLiteral("image/jpg")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QLatin1String("progress_score")).toInt(), 100);
}

void tst_SandboxAnalyze::analyzeRedPhotoMakesFirstTaskKo()
{
    const QString id = create(QStringLiteral("WO-AN-RED"), QStringLiteral("releve-compteur"));
    const HttpReply r =
        analyzeImage(id, QStringLiteral("meter-reading"), dataUri(encoded(redImage())));
    QCOMPARE(r.status, 201);
    const QJsonObject group = r.json().value(QLatin1String("task_group")).toObject();
    // The first task that counts for conformity is display-readable.
    QCOMPARE(taskNamed(group, QStringLiteral("display-readable"))
                 .value(QLatin1String("state"))
                 .toObject()
                 .value(QLatin1String("analyzed_value")),
             QJsonValue(false));
    QCOMPARE(r.json().value(QLatin1String("progress_score")).toInt(), 50);
}

void tst_SandboxAnalyze::analyzeDarkPhotoRecordsConformityMessages()
{
    const QString id = create(QStringLiteral("WO-AN-DARK"), QStringLiteral("releve-compteur"));
    const HttpReply r =
        analyzeImage(id, QStringLiteral("meter-reading"), dataUri(encoded(darkImage())));
    QCOMPARE(r.status, 201); // the upload was fine; the photo is not usable
    const QJsonArray messages = r.json()
                                    .value(QLatin1String("input"))
                                    .toObject()
                                    .value(QLatin1String("conformity_messages"))
                                    .toArray();
    QVERIFY(!messages.isEmpty()); // dimmed tenfold, it is also too blurry
    QVERIFY2(messages.first().toString().startsWith(QLatin1String("Image too dark")),
             qPrintable(messages.first().toString()));
    // Not analysed: every task keeps a null state, and progress stays at 0.
    for (const QJsonValue t : r.json()
                                  .value(QLatin1String("task_group"))
                                  .toObject()
                                  .value(QLatin1String("tasks"))
                                  .toArray())
        QVERIFY(t.toObject().value(QLatin1String("state")).isNull());
    QCOMPARE(r.json().value(QLatin1String("progress_score")).toInt(), 0);
    const QJsonArray inputs = m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray();
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs.first().toObject().value(QLatin1String("conformity_messages")).toArray(),
             messages);
}

void tst_SandboxAnalyze::analyzeRefusesBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("contains");
    const QString good = dataUri(encoded(SandboxImageAnalyzer::sampleImage(1)));
    auto body = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };
    auto image = [](const QString &uri) { return QJsonObject{{QStringLiteral("base64"), uri}}; };
    const QString group = QStringLiteral("task_group_name");
    const QString meter = QStringLiteral("meter-reading");

    QTest::newRow("missing task_group_name")
        << body({{QStringLiteral("image"), image(good)}}) << group << "This field is required.";
    QTest::newRow("task_group_name not a string")
        << body({{group, 3}, {QStringLiteral("image"), image(good)}}) << group
        << "Not a valid string.";
    QTest::newRow("unknown group")
        << body({{group, QStringLiteral("no-such-group")}, {QStringLiteral("image"), image(good)}})
        << group << "Object with name=no-such-group does not exist.";
    QTest::newRow("group not in the work order's types")
        << body({{group, QStringLiteral("boitier-ferme")}, {QStringLiteral("image"), image(good)}})
        << group << "not part of this work order";
    QTest::newRow("missing image") << body({{group, meter}}) << "image"
                                   << "This field is required.";
    QTest::newRow("image is a string")
        << body({{group, meter}, {QStringLiteral("image"), good}}) << "image"
        << "Expected an object";
    QTest::newRow("neither base64 nor url")
        << body({{group, meter}, {QStringLiteral("image"), QJsonObject()}}) << "image"
        << "exactly one of";
    QTest::newRow("not a data URI") << body(
        {{group, meter},
         {QStringLiteral("image"),
          image(QString::fromLatin1(encoded(SandboxImageAnalyzer::sampleImage(1)).toBase64()))}})
                                    << "image"
                                    << "Expected a data URI";
    QTest::newRow("bad base64") << body(
        {{group, meter},
         {QStringLiteral("image"), image(QStringLiteral("data:image/jpeg;base64,@@@!!"))}})
                                << "image"
                                << "not valid base64";
    QTest::newRow("not base64 encoded") << body(
        {{group, meter}, {QStringLiteral("image"), image(QStringLiteral("data:image/jpeg,abc"))}})
                                        << "image"
                                        << "must be base64";
    QTest::newRow("undecodable image") << body(
        {{group, meter},
         {QStringLiteral("image"), image(dataUri(QByteArray("\xff\xd8\xff\xe0 this is no jpeg")))}})
                                       << "image"
                                       << "cannot be decoded";
    // A photo cut short in transfer decodes partly (grey rows): refused, never graded.
    QTest::newRow("truncated jpeg")
        << body({{group, meter},
                 {QStringLiteral("image"),
                  image(dataUri(encoded(SandboxImageAnalyzer::sampleImage(1)).left(3000)))}})
        << "image"
        << "truncated or corrupt";
    QTest::newRow("truncated png")
        << body({{group, meter},
                 {QStringLiteral("image"),
                  image(dataUri(encoded(SandboxImageAnalyzer::sampleImage(1), "PNG").chopped(12),
                                QStringLiteral("image/png")))}})
        << "image"
        << "truncated or corrupt";
    QTest::newRow("not an image type")
        << body({{group, meter},
                 {QStringLiteral("image"), image(dataUri("hello", QStringLiteral("text/plain")))}})
        << "image"
        << "Unsupported media type";
    QTest::newRow("url elsewhere") << body(
        {{group, meter},
         {QStringLiteral("image"),
          QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.com/a.jpg")}}}})
                                   << "image"
                                   << "not reachable from the sandbox";
}

void tst_SandboxAnalyze::analyzeRefusesBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, contains);
    const QString id = m_server->workOrderIds().at(7); // releve-compteur: meter-reading only
    const QJsonObject before = m_server->workOrderJson(id);
    QSignalSpy changed(m_server.get(), &SandboxServer::workOrderChanged);
    const HttpReply r = send("POST", QStringLiteral("/v0.2/work-orders/%1/analyze/").arg(id), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.fieldError(field.toLatin1().constData()).contains(contains), r.body.constData());
    QCOMPARE(m_server->workOrderJson(id), before);
    QCOMPARE(changed.size(), 0);
}

void tst_SandboxAnalyze::analyzeRefusesOversizedImage()
{
    const QByteArray big = encoded(noise(1600, 1250), "PNG");
    QVERIFY2(big.size() > 5 * 1024 * 1024 && big.size() < 8 * 1024 * 1024,
             qPrintable(QString::number(big.size())));
    const QString id = m_server->workOrderIds().at(7);
    const HttpReply r = analyzeImage(id, QStringLiteral("meter-reading"),
                                     dataUri(big, QStringLiteral("image/png")));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.fieldError("image").contains(QLatin1String("the limit is 5 MB")),
             r.body.constData());
    QVERIFY(m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray().isEmpty());
}

void tst_SandboxAnalyze::analyzeAcceptsPdfWithoutAnalysis()
{
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
    const QString id = create(QStringLiteral("WO-AN-PDF"), QStringLiteral("releve-compteur"));
    const HttpReply r = analyzeImage(id, QStringLiteral("meter-reading"),
                                     dataUri(pdf, QStringLiteral("application/pdf")));
    QCOMPARE(r.status, 201);
    const QJsonObject input = r.json().value(QLatin1String("input")).toObject();
    QCOMPARE(input.value(QLatin1String("media_type")).toString(),
             QStringLiteral("application/pdf"));
    QVERIFY(input.value(QLatin1String("width")).isNull());
    QCOMPARE(r.json().value(QLatin1String("progress_score")).toInt(), 0);
    const HttpReply served =
        send("GET", input.value(QLatin1String("image_url")).toString(), {}, "");
    QCOMPARE(served.status, 200);
    QCOMPARE(served.headers.value("content-type"), QByteArray("application/pdf"));
    QCOMPARE(served.body, pdf);
    // A "PDF" that is not one is refused.
    const HttpReply fake = analyzeImage(id, QStringLiteral("meter-reading"),
                                        dataUri("hello", QStringLiteral("application/pdf")));
    QCOMPARE(fake.status, 400);
}

void tst_SandboxAnalyze::analyzeRefusesOversizedPdf()
{
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(8 * 1024 * 1024, 'x');
    const QString id = m_server->workOrderIds().at(7);
    const HttpReply r = analyzeImage(id, QStringLiteral("meter-reading"),
                                     dataUri(pdf, QStringLiteral("application/pdf")));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.fieldError("image").contains(QLatin1String("the limit is 8 MB")),
             r.body.constData());
}

void tst_SandboxAnalyze::analyzeByUrl()
{
    const QString id = create(QStringLiteral("WO-AN-URL"), QStringLiteral("releve-compteur"));
    // A data: URI given as the url.
    HttpReply r =
        analyze(id, {{QStringLiteral("task_group_name"), QStringLiteral("meter-reading")},
                     {QStringLiteral("image"),
                      QJsonObject{{QStringLiteral("url"),
                                   dataUri(encoded(SandboxImageAnalyzer::sampleImage(5)))}}}});
    QCOMPARE(r.status, 201);
    // A URL on the sandbox itself: the image just stored.
    const QString url = r.json()
                            .value(QLatin1String("input"))
                            .toObject()
                            .value(QLatin1String("image_url"))
                            .toString();
    r = analyze(id, {{QStringLiteral("task_group_name"), QStringLiteral("meter-reading")},
                     {QStringLiteral("image"), QJsonObject{{QStringLiteral("url"), url}}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray().size(), 2);
    // A sandbox URL with nothing behind it, and an SVG example (not decodable as a photo here
    // unless the svg plugin is present: either way, never a 5xx).
    r = analyze(id, {{QStringLiteral("task_group_name"), QStringLiteral("meter-reading")},
                     {QStringLiteral("image"),
                      QJsonObject{{QStringLiteral("url"), m_server->baseUrl().toString()
                                                              + "/media/inputs/nothing.jpg"}}}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.fieldError("image").contains(QLatin1String("404")));
}

void tst_SandboxAnalyze::analyzeNeedsTokenAndKnownWorkOrder()
{
    const QString uri = dataUri(encoded(SandboxImageAnalyzer::sampleImage(1)));
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("task_group_name"), QStringLiteral("meter-reading")},
                        {QStringLiteral("image"), QJsonObject{{QStringLiteral("base64"), uri}}}})
            .toJson();
    const QString id = m_server->workOrderIds().at(7);
    QCOMPARE(send("POST", QStringLiteral("/v0.2/work-orders/%1/analyze/").arg(id), body, "").status,
             401);
    QCOMPARE(send("POST",
                  QStringLiteral("/v0.2/work-orders/%1/analyze/")
                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                  body)
                 .status,
             404);
    QCOMPARE(send("GET", QStringLiteral("/v0.2/work-orders/%1/analyze/").arg(id)).status, 405);
    QCOMPARE(send("POST", QStringLiteral("/v0.2/work-orders/%1/analyze").arg(id), body).status,
             404); // writes need the trailing slash
    QVERIFY(m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray().isEmpty());
}

void tst_SandboxAnalyze::analyzeIsDeterministic()
{
    const QString uri =
        dataUri(encoded(SandboxImageAnalyzer::sampleImage(77), "PNG"), QStringLiteral("image/png"));
    QList<QJsonArray> tasks;
    for (const QString &name : {QStringLiteral("WO-DET-1"), QStringLiteral("WO-DET-2")}) {
        const QString id = create(name, QStringLiteral("installation"));
        const HttpReply r = analyzeImage(id, QStringLiteral("etiquetage-cables"), uri);
        QCOMPARE(r.status, 201);
        tasks << r.json()
                     .value(QLatin1String("task_group"))
                     .toObject()
                     .value(QLatin1String("tasks"))
                     .toArray();
    }
    QCOMPARE(tasks.at(0), tasks.at(1));
    const QString reference = taskNamed(QJsonObject{{QStringLiteral("tasks"), tasks.at(0)}},
                                        QStringLiteral("reference-cable"))
                                  .value(QLatin1String("state"))
                                  .toObject()
                                  .value(QLatin1String("analyzed_value"))
                                  .toString();
    QVERIFY2(reference.startsWith(QLatin1String("REF-")), qPrintable(reference));
}

void tst_SandboxAnalyze::inputsAreListedWithServedImages()
{
    const QString id = create(QStringLiteral("WO-AN-LIST"), QStringLiteral("maintenance"));
    const QByteArray jpeg = encoded(SandboxImageAnalyzer::sampleImage(11));
    QCOMPARE(analyzeImage(id, QStringLiteral("site-overview"), dataUri(jpeg)).status, 201);
    QCOMPARE(
        analyzeImage(id, QStringLiteral("boitier-ferme"), dataUri(encoded(darkImage()))).status,
        201);
    HttpReply r = send("GET", QStringLiteral("/v0.2/work-orders/%1/?include_inputs=true").arg(id));
    QCOMPARE(r.status, 200);
    const QJsonArray inputs = r.json().value(QLatin1String("inputs")).toArray();
    QCOMPARE(inputs.size(), 2);
    const QJsonObject first = inputs.at(0).toObject();
    for (const char *key : {"id", "task_group_name", "date", "conformity_messages", "image_url"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QLatin1String("task_group_name")).toString(),
             QStringLiteral("site-overview"));
    QVERIFY(
        !inputs.at(1).toObject().value(QLatin1String("conformity_messages")).toArray().isEmpty());
    const QUrl imageUrl(first.value(QLatin1String("image_url")).toString());
    QCOMPARE(imageUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(imageUrl.port(), int(m_server->port()));
    // Served without a token, byte for byte, with the right type.
    const HttpReply image = send("GET", imageUrl.toString(), {}, "");
    QCOMPARE(image.status, 200);
    QCOMPARE(image.headers.value("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(image.body, jpeg);
    QVERIFY(!QImage::fromData(image.body).isNull());
    // include_inputs=false leaves them out.
    r = send("GET", QStringLiteral("/v0.2/work-orders/%1/?include_inputs=false").arg(id));
    QVERIFY(!r.json().contains(QLatin1String("inputs")));
}

void tst_SandboxAnalyze::mediaNeedsNoTokenAndUnknownIs404()
{
    // Seeded inputs have no uploaded bytes: a generated photo stands in.
    const QString seeded = m_server->workOrderIds().at(2);
    const QJsonArray inputs =
        m_server->workOrderJson(seeded).value(QLatin1String("inputs")).toArray();
    QVERIFY(!inputs.isEmpty());
    const HttpReply r =
        send("GET", inputs.first().toObject().value(QLatin1String("image_url")).toString(), {}, "");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), QByteArray("image/jpeg"));
    QVERIFY(!QImage::fromData(r.body).isNull());
    QCOMPARE(send("GET",
                  QStringLiteral("/media/inputs/%1.jpg")
                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                  {}, "")
                 .status,
             404);
    QCOMPARE(send("GET", QStringLiteral("/media/inputs/"), {}, "").status, 404);
    QCOMPARE(send("GET", QStringLiteral("/media/../seed.json"), {}, "").status, 404);
}

void tst_SandboxAnalyze::markPhotoTakenStoresARealImage()
{
    const QString id = create(QStringLiteral("WO-AN-MARK"), QStringLiteral("releve-compteur"));
    QVERIFY(m_server->markPhotoTaken(id, QStringLiteral("meter-reading")));
    const QJsonObject wo = m_server->workOrderJson(id);
    QCOMPARE(wo.value(QLatin1String("progress_score")).toInt(), 100);
    const QJsonObject input = wo.value(QLatin1String("inputs")).toArray().first().toObject();
    QCOMPARE(input.value(QLatin1String("width")).toInt(), 1024);
    const HttpReply image = send("GET", input.value(QLatin1String("image_url")).toString(), {}, "");
    QCOMPARE(image.status, 200);
    QCOMPARE(QImage::fromData(image.body).size(), QSize(1024, 768));
}

void tst_SandboxAnalyze::uploadsSurviveARestartWithAStateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    m_server = std::make_unique<SandboxServer>();
    m_server->setStatePath(path);
    QVERIFY(m_server->start(0));
    const QString id = create(QStringLiteral("WO-AN-PERSIST"), QStringLiteral("releve-compteur"));
    const QByteArray jpeg = encoded(SandboxImageAnalyzer::sampleImage(31));
    const HttpReply r = analyzeImage(id, QStringLiteral("meter-reading"), dataUri(jpeg));
    QCOMPARE(r.status, 201);
    const QString inputId =
        r.json().value(QLatin1String("input")).toObject().value(QLatin1String("id")).toString();
    const QJsonObject before = m_server->workOrderJson(id);
    m_server.reset();

    m_server = std::make_unique<SandboxServer>();
    m_server->setStatePath(path);
    QVERIFY(m_server->start(0));
    const QJsonObject after = m_server->workOrderJson(id);
    // The task states come back as they were (URLs differ: the port is new).
    auto states = [](const QJsonObject &wo) {
        QJsonArray all;
        for (const QJsonValue t : groupNamed(wo, QStringLiteral("meter-reading"))
                                      .value(QLatin1String("tasks"))
                                      .toArray())
            all.append(t.toObject().value(QLatin1String("state")));
        return all;
    };
    QCOMPARE(states(after), states(before));
    QVERIFY(!states(after).first().isNull());
    const QJsonObject input = after.value(QLatin1String("inputs")).toArray().first().toObject();
    QCOMPARE(input.value(QLatin1String("id")).toString(), inputId);
    QCOMPARE(input.value(QLatin1String("width")).toInt(), 1024);
    const HttpReply image = send("GET", input.value(QLatin1String("image_url")).toString(), {}, "");
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body, jpeg); // the uploaded bytes, from the media directory
}

// ---- correction --------------------------------------------------------------------------------

void tst_SandboxAnalyze::correctionSucceedsAndIsFinal()
{
    const QString id = create(QStringLiteral("WO-COR-1"), QStringLiteral("releve-compteur"));
    QCOMPARE(analyzeImage(id, QStringLiteral("meter-reading"), dataUri(encoded(redImage()))).status,
             201);
    const QJsonObject task =
        taskNamed(groupNamed(m_server->workOrderJson(id), QStringLiteral("meter-reading")),
                  QStringLiteral("display-readable"));
    const QString taskId = task.value(QLatin1String("id")).toString();
    QSignalSpy changed(m_server.get(), &SandboxServer::workOrderChanged);
    HttpReply r = correct(id, taskId, R"({"corrected_value": true})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("id")).toString(), taskId);
    const QJsonObject state = r.json().value(QLatin1String("state")).toObject();
    QCOMPARE(state.value(QLatin1String("analyzed_value")), QJsonValue(false));
    QCOMPARE(state.value(QLatin1String("corrected_value")), QJsonValue(true));
    QVERIFY(state.contains(QLatin1String("message")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_server->workOrderJson(id).value(QLatin1String("review_date")).isNull());

    r = correct(id, taskId, R"({"corrected_value": false})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(),
             QStringLiteral("This task has already been corrected."));
    QCOMPARE(taskNamed(groupNamed(m_server->workOrderJson(id), QStringLiteral("meter-reading")),
                       QStringLiteral("display-readable"))
                 .value(QLatin1String("state"))
                 .toObject()
                 .value(QLatin1String("corrected_value")),
             QJsonValue(true));
    // A new photo updates the analysis, never the correction.
    QCOMPARE(analyzeImage(id, QStringLiteral("meter-reading"), dataUri(encoded(redImage()))).status,
             201);
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 100);
}

void tst_SandboxAnalyze::correctionIsTypeChecked_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QString boolean = QStringLiteral("display-readable");
    const QString number = QStringLiteral("index-value");
    QTest::newRow("Boolean gets a string")
        << boolean << QByteArray(R"({"corrected_value": "yes"})") << "Must be a valid boolean.";
    QTest::newRow("Boolean gets a number")
        << boolean << QByteArray(R"({"corrected_value": 1})") << "Must be a valid boolean.";
    QTest::newRow("Number gets a string")
        << number << QByteArray(R"({"corrected_value": "42"})") << "A valid number is required.";
    QTest::newRow("Number gets a bool")
        << number << QByteArray(R"({"corrected_value": true})") << "A valid number is required.";
    QTest::newRow("missing") << number << QByteArray(R"({"value": 3})")
                             << "This field is required.";
    QTest::newRow("null") << boolean << QByteArray(R"({"corrected_value": null})")
                          << "This field may not be null.";
}

void tst_SandboxAnalyze::correctionIsTypeChecked()
{
    QFETCH(QString, task);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QString id = m_server->workOrderIds().at(7);
    const QString taskId =
        taskNamed(groupNamed(m_server->workOrderJson(id), QStringLiteral("meter-reading")), task)
            .value(QLatin1String("id"))
            .toString();
    const HttpReply r = correct(id, taskId, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.fieldError("corrected_value"), error);
    // Still correctable: a refused correction is not a correction.
    QCOMPARE(correct(id, taskId,
                     task == QLatin1String("index-value") ? R"({"corrected_value": 12.5})"
                                                          : R"({"corrected_value": false})")
                 .status,
             200);
}

void tst_SandboxAnalyze::correctionRaisesProgress()
{
    const QString id = create(QStringLiteral("WO-COR-P"), QStringLiteral("releve-compteur"));
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 0);
    // Correcting a task never analysed counts too: the reviewer saw the site.
    const QJsonObject group =
        groupNamed(m_server->workOrderJson(id), QStringLiteral("meter-reading"));
    QCOMPARE(correct(id,
                     taskNamed(group, QStringLiteral("display-readable")).value("id").toString(),
                     R"({"corrected_value": true})")
                 .status,
             200);
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 50);
    // A negative index is not conform: corrected_value wins over analysis for the score.
    QCOMPARE(correct(id, taskNamed(group, QStringLiteral("index-value")).value("id").toString(),
                     R"({"corrected_value": -3})")
                 .status,
             200);
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 50);
    QCOMPARE(analyzeImage(id, QStringLiteral("meter-reading"),
                          dataUri(encoded(SandboxImageAnalyzer::sampleImage(3))))
                 .status,
             201);
    QCOMPARE(m_server->workOrderJson(id).value(QLatin1String("progress_score")).toInt(), 50);
}

void tst_SandboxAnalyze::correctionOfUnknownTaskIs404()
{
    const QString id = m_server->workOrderIds().at(7); // meter-reading only
    const QString otherGroupTask =
        taskNamed(groupNamed(m_server->workOrderJson(m_server->workOrderIds().at(0)),
                             QStringLiteral("boitier-ferme")),
                  QStringLiteral("capot-ferme"))
            .value(QLatin1String("id"))
            .toString();
    QVERIFY(!otherGroupTask.isEmpty());
    QCOMPARE(correct(id, otherGroupTask, R"({"corrected_value": true})").status, 404);
    QCOMPARE(correct(id, QUuid::createUuid().toString(QUuid::WithoutBraces),
                     R"({"corrected_value": true})")
                 .status,
             404);
    QCOMPARE(
        send("POST",
             QStringLiteral("/v0.2/work-orders/%1/tasks/%2/correction/").arg(id, otherGroupTask),
             R"({"corrected_value": true})")
            .status,
        405);
}

QTEST_GUILESS_MAIN(tst_SandboxAnalyze)
#include "tst_sandboxanalyze.moc"
