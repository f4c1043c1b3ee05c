// The details pane after a run like the autopilot's, with real QtWebEngine (offscreen) against
// the sandbox: photos are uploaded through the connector page's file input (a good one, a
// strongly red one that makes a task Not OK, a dark one the data conformity check refuses, one
// task group left without a photo), the technician finishes, and the pane must show what
// Deepomatic knows: task groups in order, each task's sentence and state as the page graded it,
// one decoded thumbnail per photo, the refused photo's conformity messages, the dates of the last
// analysis and of the review; then a correction and a server-side change seen after Refresh.

#include "callbackschemehandler.h"
#include "connectorpage.h"
#include "e2eapp.h"
#include "photoviewer.h"
#include "samplephoto.h"
#include "thumbnailloader.h"
#include "workorderresultsview.h"
#include "zoomableimage.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>

#include <memory>

namespace {
// The work order's groups: installation + maintenance, sorted by their "order" in the seed.
const QStringList kGroups{QStringLiteral("site-overview"), QStringLiteral("pm-ouvert-avant"),
                          QStringLiteral("etiquetage-cables"), QStringLiteral("meter-reading"),
                          QStringLiteral("boitier-ferme")};

// A sharp, well exposed checkerboard in two colours, as a JPEG in `directory`.
QString writeCheckerboard(const QString &directory, const QString &name, const QColor &a,
                          const QColor &b)
{
    QImage image(1280, 960, QImage::Format_RGB32);
    QPainter painter(&image);
    for (int y = 0; y < image.height(); y += 32) {
        for (int x = 0; x < image.width(); x += 32)
            painter.fillRect(x, y, 32, 32, ((x + y) / 32) % 2 ? a : b);
    }
    painter.end();
    const QString path = QDir(directory).filePath(name);
    return image.save(path, "JPEG", 92) ? path : QString();
}

struct Mean {
    double red = 0, green = 0, blue = 0;
    double luminance() const { return 0.299 * red + 0.587 * green + 0.114 * blue; }
};

Mean meanOf(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    Mean m;
    const double n = double(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            m.red += qRed(line[x]) / n;
            m.green += qGreen(line[x]) / n;
            m.blue += qBlue(line[x]) / n;
        }
    }
    return m;
}

QString when(const QString &iso)
{
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(),
                              QLocale::ShortFormat);
}
} // namespace

class tst_ResultsPane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void paneShowsWhatThePhotosUploadedThroughThePageGave();

private:
    void openConnector(const QString &key);
    // Taps the group's Take photo and answers the file chooser with `file`; returns when the
    // page shows the analysis (or, for a refused photo, its conformity messages).
    void uploadThroughThePage(const QString &group, const QString &file, bool refused);
    QFrame *card(const QString &group) const;
    QMap<QString, QString> shownStates(const QString &group) const; // task → label text

    std::unique_ptr<E2eApp> m_app;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
    QString m_nextFile;
};

void tst_ResultsPane::init()
{
    m_app = std::make_unique<E2eApp>();
    E2eApp &a = *m_app;
    QString started;
    QVERIFY2(a.startSandbox(&started), qPrintable(started));
    QVERIFY(a.launch());
    // As main.cpp does: thumbnails cached under <data>/cache/thumbnails.
    m_thumbnails = std::make_unique<ThumbnailLoader>(
        a.client(), a.dir.filePath(QStringLiteral("cache/thumbnails")));
    a.window()->setThumbnailLoader(m_thumbnails.get());
    QString why;
    QVERIFY2(a.signIn(&why), qPrintable(why));
}

void tst_ResultsPane::cleanup()
{
    m_app.reset();
    m_thumbnails.reset();
}

void tst_ResultsPane::openConnector(const QString &key)
{
    E2eApp &a = *m_app;
    a.window()->selectWorkOrder(key);
    QPushButton *open = a.window()->detailsPane()->openButton();
    QVERIFY2(open->isEnabled(), qPrintable(open->toolTip()));
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
    QWebEnginePage *page = a.window()->connectorView()->webView()->page(); // made on first open
    QVERIFY(page);
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QVERIFY(loaded.last().first().toBool());
    QTRY_COMPARE_WITH_TIMEOUT(
        a.js(QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt(),
        int(kGroups.size()), 10000);
    // The technician's camera: the file chooser the page opens gets the photo of the moment.
    auto *connectorPage = qobject_cast<ConnectorPage *>(page);
    QVERIFY(connectorPage);
    connectorPage->setFileChooser(
        [this](QWebEnginePage::FileSelectionMode, const QStringList &acceptedTypes) {
            if (!acceptedTypes.contains(QLatin1String("image/*")))
                qWarning() << "the page's file input accepts" << acceptedTypes;
            return QStringList{m_nextFile};
        });
}

void tst_ResultsPane::uploadThroughThePage(const QString &group, const QString &file, bool refused)
{
    QVERIFY(!file.isEmpty());
    m_nextFile = file;
    const QString cardJs =
        QStringLiteral("document.querySelector('.task-group[data-task-group=\"%1\"]')").arg(group);
    QVERIFY2(m_app->tap(cardJs + QStringLiteral(".querySelector('button.take-photo')")),
             qPrintable(group));
    const QString done =
        refused ? cardJs + QStringLiteral(".querySelectorAll('.conformity-message').length > 0")
                : cardJs + QStringLiteral(".getAttribute('data-taken') === 'true'");
    QTRY_VERIFY2_WITH_TIMEOUT(m_app
                                  ->js(done + QStringLiteral(" && !") + cardJs
                                       + QStringLiteral(".hasAttribute('data-uploading')"))
                                  .toBool(),
                              qPrintable(group), 15000);
}

QFrame *tst_ResultsPane::card(const QString &group) const
{
    WorkOrderResultsView *results = m_app->window()->detailsPane()->resultsView();
    for (QFrame *frame : results->findChildren<QFrame *>(QStringLiteral("taskGroupCard"))) {
        if (frame->property("taskGroup").toString() == group)
            return frame;
    }
    return nullptr;
}

QMap<QString, QString> tst_ResultsPane::shownStates(const QString &group) const
{
    QMap<QString, QString> states;
    if (QFrame *frame = card(group)) {
        for (const QLabel *label : frame->findChildren<QLabel *>(QStringLiteral("taskState")))
            states.insert(label->property("task").toString(), label->text());
    }
    return states;
}

void tst_ResultsPane::paneShowsWhatThePhotosUploadedThroughThePageGave()
{
    E2eApp &a = *m_app;
    const QString key =
        a.planAndCreate(QStringLiteral("E2E-RESULTS"), E2eApp::Via::Button,
                        {QStringLiteral("installation"), QStringLiteral("maintenance")});
    QVERIFY(!key.isEmpty());
    const QString remoteId = a.controller()->workOrder(key)->deepomaticId;
    openConnector(key);

    // The photos, taken through the page's file input as the autopilot takes them.
    const QString dir = a.dir.path();
    uploadThroughThePage(QStringLiteral("site-overview"), SamplePhoto::write(dir, 1), false);
    uploadThroughThePage(
        QStringLiteral("pm-ouvert-avant"),
        writeCheckerboard(dir, QStringLiteral("red.jpg"), QColor(250, 60, 50), QColor(150, 20, 20)),
        false);
    uploadThroughThePage(
        QStringLiteral("etiquetage-cables"),
        writeCheckerboard(dir, QStringLiteral("dark.jpg"), QColor(8, 8, 8), QColor(50, 50, 50)),
        true);
    uploadThroughThePage(QStringLiteral("meter-reading"), SamplePhoto::write(dir, 2), false);
    // boitier-ferme: no photo.

    // How the page graded each task, to compare with the pane.
    const QJsonObject pageStates =
        QJsonDocument::fromJson(
            a.js(QStringLiteral(
                     "JSON.stringify(Array.from(document.querySelectorAll('.task-group')).reduce("
                     "function(all, card){ var tasks = {};"
                     " card.querySelectorAll('.task').forEach(function(t){"
                     "  tasks[t.getAttribute('data-task')] = t.getAttribute('data-state'); });"
                     " all[card.getAttribute('data-task-group')] = tasks; return all; }, {}))"))
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(pageStates.value(QStringLiteral("pm-ouvert-avant"))
                 .toObject()
                 .value(QStringLiteral("pm-visible"))
                 .toString(),
             QStringLiteral("ko"));

    QSignalSpy verified(a.controller(), &InterventionController::verificationFinished);
    QVERIFY(a.tap(QStringLiteral("document.getElementById('finish')")));
    QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 15000);
    QVERIFY(!a.window()->isConnectorShown());

    // Back on the work order: its Photos and results tab.
    WorkOrderDetailsPane *pane = a.window()->detailsPane();
    WorkOrderResultsView *results = pane->resultsView();
    auto *tabs = pane->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(results);
    QVERIFY(results->isVisible());

    const QJsonObject remote = a.sandbox.workOrderJson(remoteId);
    const QJsonArray inputs = remote.value(QStringLiteral("inputs")).toArray();
    QCOMPARE(inputs.size(), 4); // every photo sent, the refused one included

    // Per task group, in their order, each with its display name.
    QTRY_COMPARE_WITH_TIMEOUT(
        results->findChildren<QFrame *>(QStringLiteral("taskGroupCard")).size(),
        int(kGroups.size()), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        shownStates(QStringLiteral("pm-ouvert-avant")).value(QStringLiteral("pm-visible")),
        QStringLiteral("Not OK"), 15000);
    QStringList shownOrder;
    for (const QFrame *frame : results->findChildren<QFrame *>(QStringLiteral("taskGroupCard")))
        shownOrder << frame->property("taskGroup").toString();
    QCOMPARE(shownOrder, kGroups);

    // Each task: its sentence, and its state as the page graded it.
    const QHash<QString, QString> verdict{
        {QStringLiteral("ok"), QStringLiteral("OK")},
        {QStringLiteral("ko"), QStringLiteral("Not OK")},
        {QStringLiteral("not_analysed"), QStringLiteral("Not analysed")}};
    QHash<QString, QString> taskIds;
    QString indexValue;
    for (const QJsonValue gv : remote.value(QStringLiteral("task_groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        const QString group = g.value(QStringLiteral("name")).toString();
        QFrame *frame = card(group);
        QVERIFY2(frame, qPrintable(group));
        QStringList texts;
        for (const QLabel *label : frame->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(g.value(QStringLiteral("display_name")).toString()),
                 qPrintable(group));
        const QMap<QString, QString> shown = shownStates(group);
        for (const QJsonValue tv : g.value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QString task = t.value(QStringLiteral("name")).toString();
            taskIds.insert(task, t.value(QStringLiteral("id")).toString());
            if (t.value(QStringLiteral("only_for_dashboard")).toBool()) {
                QVERIFY2(!shown.contains(task), qPrintable(task)); // the back office's
                continue;
            }
            QVERIFY2(texts.contains(t.value(QStringLiteral("sentence")).toString()),
                     qPrintable(task));
            const QString page = pageStates.value(group).toObject().value(task).toString();
            QVERIFY2(verdict.contains(page), qPrintable(task + QLatin1String(": ") + page));
            // A Number or Text value is shown beside its verdict: "OK: 42".
            QVERIFY2(shown.value(task) == verdict.value(page)
                         || shown.value(task).startsWith(verdict.value(page) + QLatin1String(": ")),
                     qPrintable(QStringLiteral("%1/%2: pane %3, page %4")
                                    .arg(group, task, shown.value(task), page)));
            if (task == QLatin1String("index-value"))
                indexValue = QString::number(t.value(QStringLiteral("state"))
                                                 .toObject()
                                                 .value(QStringLiteral("analyzed_value"))
                                                 .toDouble());
        }
    }
    // The states this run must have produced, by name.
    QCOMPARE(shownStates(QStringLiteral("site-overview")),
             (QMap<QString, QString>{{QStringLiteral("building-visible"), QStringLiteral("OK")},
                                     {QStringLiteral("street-number"), QStringLiteral("OK")}}));
    QCOMPARE(shownStates(QStringLiteral("pm-ouvert-avant")).value(QStringLiteral("porte-ouverte")),
             QStringLiteral("OK"));
    for (const QString &task : shownStates(QStringLiteral("etiquetage-cables")).keys())
        QCOMPARE(shownStates(QStringLiteral("etiquetage-cables")).value(task),
                 QStringLiteral("Not analysed"));
    QVERIFY(!indexValue.isEmpty());
    QCOMPARE(shownStates(QStringLiteral("meter-reading")).value(QStringLiteral("index-value")),
             QStringLiteral("OK: %1").arg(indexValue));
    for (const QString &task : shownStates(QStringLiteral("boitier-ferme")).keys())
        QCOMPARE(shownStates(QStringLiteral("boitier-ferme")).value(task),
                 QStringLiteral("Not analysed"));

    // One thumbnail per photo sent, each really decoded: the red photo's is red, the dark one's
    // dark.
    QTRY_COMPARE_WITH_TIMEOUT(results->thumbnailCount(), int(inputs.size()), 15000);
    auto thumbnailOf = [this](const QString &group) {
        QFrame *frame = card(group);
        const QList<QLabel *> thumbs =
            frame ? frame->findChildren<QLabel *>(QStringLiteral("thumbnail")) : QList<QLabel *>();
        return thumbs.size() == 1 ? thumbs.first()->pixmap().toImage() : QImage();
    };
    for (const QString &group : kGroups.mid(0, 4)) {
        const QImage image = thumbnailOf(group);
        QVERIFY2(!image.isNull(), qPrintable(group));
        QVERIFY2(image.width() > 32 && image.width() <= 128 && image.height() <= 96,
                 qPrintable(group));
    }
    QVERIFY(thumbnailOf(QStringLiteral("boitier-ferme")).isNull());
    const Mean red = meanOf(thumbnailOf(QStringLiteral("pm-ouvert-avant")));
    QVERIFY2(red.red > 1.6 * red.green && red.red > 1.6 * red.blue,
             qPrintable(QStringLiteral("%1 %2 %3").arg(red.red).arg(red.green).arg(red.blue)));
    QVERIFY(meanOf(thumbnailOf(QStringLiteral("etiquetage-cables"))).luminance() < 40);
    QVERIFY(meanOf(thumbnailOf(QStringLiteral("site-overview"))).luminance() > 40);

    // Each photo's date is written under it, not only in a tooltip; a tap on the red photo opens
    // it on the whole screen, where the photo itself replaces the enlarged thumbnail.
    for (const QLabel *caption : card(QStringLiteral("pm-ouvert-avant"))
                                     ->findChildren<QLabel *>(QStringLiteral("photoCaption")))
        QVERIFY2(caption->isVisible() && caption->text().startsWith(QLatin1String("Photo of ")),
                 qPrintable(caption->text()));
    auto *photoButton = card(QStringLiteral("pm-ouvert-avant"))
                            ->findChild<QPushButton *>(QStringLiteral("photoButton"));
    QVERIFY(photoButton);
    QVERIFY(photoButton->width() >= 48 && photoButton->height() >= 48);
    QTest::mouseClick(photoButton, Qt::LeftButton);
    QTRY_VERIFY(results->photoViewer() && results->photoViewer()->isVisible());
    PhotoViewer *viewer = results->photoViewer();
    QVERIFY(viewer->windowState() & Qt::WindowFullScreen);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->imageView()->image().width() > 128, 10000);
    const Mean full = meanOf(viewer->imageView()->image());
    QVERIFY(full.red > 1.6 * full.green && full.red > 1.6 * full.blue);
    QTest::mouseClick(viewer->zoomInButton(), Qt::LeftButton);
    QVERIFY(!viewer->imageView()->isFitted());
    QTest::mouseClick(viewer->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!results->photoViewer());

    // The refused photo's conformity messages, in its group only.
    QStringList expectedMessages;
    QString lastAnalysis;
    for (const QJsonValue iv : inputs) {
        const QJsonObject input = iv.toObject();
        if (input.value(QStringLiteral("task_group_name")).toString()
            == QLatin1String("etiquetage-cables"))
            for (const QJsonValue m : input.value(QStringLiteral("conformity_messages")).toArray())
                expectedMessages << m.toString();
        lastAnalysis = qMax(lastAnalysis, input.value(QStringLiteral("date")).toString());
    }
    QVERIFY(!expectedMessages.isEmpty());
    QVERIFY2(expectedMessages.join(u' ').contains(QLatin1String("too dark")),
             qPrintable(expectedMessages.join(u' ')));
    QStringList shownMessages;
    for (const QLabel *label : card(QStringLiteral("etiquetage-cables"))
                                   ->findChildren<QLabel *>(QStringLiteral("conformityMessage")))
        shownMessages << label->text();
    QCOMPARE(shownMessages, expectedMessages);
    QCOMPARE(results->findChildren<QLabel *>(QStringLiteral("conformityMessage")).size(),
             expectedMessages.size());

    // The date of the last analysis; no review yet.
    const QLabel *summary = results->findChild<QLabel *>(QStringLiteral("resultsSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("last analysis %1").arg(when(lastAnalysis))),
             qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QLatin1String("reviewed")), qPrintable(summary->text()));

    // A reviewer corrects the Not OK task through the API. The pane shows what it fetched until
    // Refresh fetches again.
    bool corrected = false;
    a.client()->correctTask(remoteId, taskIds.value(QStringLiteral("pm-visible")), true, this,
                            [&corrected](const TaskCorrection &, const ApiError &error) {
                                QVERIFY2(!error.isError(), qPrintable(error.message()));
                                corrected = true;
                            });
    QTRY_VERIFY_WITH_TIMEOUT(corrected, 10000);
    QCOMPARE(shownStates(QStringLiteral("pm-ouvert-avant")).value(QStringLiteral("pm-visible")),
             QStringLiteral("Not OK"));
    QVERIFY(results->refreshButton()->isEnabled());
    QTest::mouseClick(results->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        shownStates(QStringLiteral("pm-ouvert-avant")).value(QStringLiteral("pm-visible")),
        QStringLiteral("Corrected: yes"), 15000);
    const QString reviewDate =
        a.sandbox.workOrderJson(remoteId).value(QStringLiteral("review_date")).toString();
    QVERIFY(!reviewDate.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(
        summary->text().contains(QStringLiteral("reviewed %1").arg(when(reviewDate))),
        qPrintable(summary->text()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(results->thumbnailCount(), int(inputs.size()), 15000);

    // Something else changes on the server: the missing photo arrives. Refresh shows it.
    QVERIFY(a.sandbox.markPhotoTaken(remoteId, QStringLiteral("boitier-ferme")));
    QTest::mouseClick(results->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(results->thumbnailCount(), int(inputs.size()) + 1, 15000);
    for (const QString &task : shownStates(QStringLiteral("boitier-ferme")).keys())
        QCOMPARE(shownStates(QStringLiteral("boitier-ferme")).value(task), QStringLiteral("OK"));
    QVERIFY(!thumbnailOf(QStringLiteral("boitier-ferme")).isNull());
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_ResultsPane test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resultspane.moc"
