// The capture dialog behind the page's "Take photo", driven by touch alone (a touch screen
// device; no mouse event): the camera's picture shows, the shutter takes a still, the technician
// keeps it or takes it again, a failing camera leaves "Choose a file" at hand. The chooser that
// answers the page: the camera when there is one, the file dialog otherwise, photos scaled to the
// site's photo_max_side, documents untouched. The camera is one the test feeds (FeedFrameSource).
#include "appearance.h"
#include "cameracapturedialog.h"
#include "cameraframesource.h"
#include "feedframesource.h"
#include "photochooser.h"
#include "samplephoto.h"
#include "touchscreen.h"
#include "zoomableimage.h"

#include <QApplication>
#include <QImageReader>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

class tst_CameraCapture : public QObject
{
    Q_OBJECT
private slots:
    void cameraPictureShows();
    void shutterTakesAPhotoToReview();
    void retakeGoesBackToTheCamera();
    void usePhotoKeepsIt();
    void failingCameraOffersAFile();
    void failedStillKeepsTheCameraOn();
    void cancelGivesNothingAndStopsTheCamera();

    void chooserTakesACameraPhotoScaledToTheSite();
    void chooserCameraThenFile();
    void chooserWithoutCameraUsesTheFileDialog();
    void chooserKeepsASmallPhotoAsItIs();
    void chooserHandsDocumentsOn();
    void chooserCancelledGivesNothing();
    void chooserRefusesAFileThatIsNotAPhoto();
    void acceptListsAndFilters();
    void deviceCameraOnThisMachine();

private:
    static QImage picture(int w, int h, QColor colour = QColor(60, 110, 160))
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(colour);
        QPainter p(&image);
        p.fillRect(w / 3, h / 3, w / 3, h / 3, Qt::yellow);
        return image;
    }
    // Runs `step` on the capture dialog once it is shown modally (choose() blocks in exec()).
    static void whenDialogShows(std::function<void(CameraCaptureDialog *)> step)
    {
        auto *poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, step] {
            auto *dialog = qobject_cast<CameraCaptureDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            step(dialog);
        });
        poll->start();
    }
    static bool shown(CameraCaptureDialog &dialog)
    {
        dialog.resize(1000, 700);
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    }
    // scripts/screenshots runs this suite under Xvfb with FIELDCONNECT_PICTURES_DIR set: the
    // dialog as a technician sees it, for the README (no real camera on the machine that makes
    // the pictures).
    static void saveForTheReadme(CameraCaptureDialog &dialog, const char *name)
    {
        const QString dir = qEnvironmentVariable("FIELDCONNECT_PICTURES_DIR");
        if (dir.isEmpty())
            return;
        // In the product's light theme, as the window is in the README's main picture.
        Appearance::apply(DisplayPreferences::Theme::Light, DisplayPreferences::TextSize::Normal);
        QApplication::processEvents();
        const QString file = dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
        QVERIFY2(dialog.grab().save(file), qPrintable(file));
        qInfo().noquote() << file;
    }
    // Taps until `widget` is visible and enabled, then taps it (the dialog's answers come
    // through the event loop).
    void tapWhenReady(QPushButton *button)
    {
        QTRY_VERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
        m_finger.tap(button);
    }

    TouchScreen m_finger;
    QTemporaryDir m_dir;
};

void tst_CameraCapture::cameraPictureShows()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera);
    QVERIFY(shown(dialog));
    QVERIFY(camera.running());
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("Test camera")));
    QVERIFY(!dialog.shutterButton()->isEnabled()); // no picture yet
    const QImage frame = picture(640, 480);
    camera.feed(frame);
    QCOMPARE(dialog.picture()->image(), frame);
    QVERIFY(dialog.shutterButton()->isEnabled());
    QVERIFY(dialog.keepButton()->isHidden());
    QVERIFY(dialog.retakeButton()->isHidden());
    // The controls a gloved finger needs are big.
    for (QPushButton *b : {dialog.shutterButton(), dialog.fileButton(), dialog.cancelButton()})
        QVERIFY2(b->width() >= 48 && b->height() >= 48, qPrintable(b->objectName()));
    QVERIFY(dialog.shutterButton()->height() >= 80);
}

void tst_CameraCapture::shutterTakesAPhotoToReview()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera);
    QVERIFY(shown(dialog));
    camera.feed(SamplePhoto::render(2, QSize(640, 480)));
    camera.still = SamplePhoto::render(2, QSize(1600, 1200));
    saveForTheReadme(dialog, "camera-live");
    m_finger.tap(dialog.shutterButton());
    QCOMPARE(camera.captures(), 1);
    QTRY_VERIFY(dialog.keepButton()->isVisible());
    saveForTheReadme(dialog, "camera-review");
    QCOMPARE(dialog.picture()->image(), camera.still);
    QVERIFY(dialog.retakeButton()->isVisible());
    QVERIFY(dialog.shutterButton()->isHidden());
    QVERIFY(!camera.running()); // the camera rests while the photo is looked at
    // Frames that still arrive do not replace the photo under review.
    camera.feed(picture(640, 480, Qt::red));
    QCOMPARE(dialog.picture()->image(), camera.still);
}

void tst_CameraCapture::retakeGoesBackToTheCamera()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera);
    QVERIFY(shown(dialog));
    camera.feed(picture(640, 480));
    m_finger.tap(dialog.shutterButton());
    tapWhenReady(dialog.retakeButton());
    QVERIFY(camera.running());
    QCOMPARE(camera.starts(), 2);
    QVERIFY(dialog.keepButton()->isHidden());
    const QImage next = picture(640, 480, Qt::magenta);
    camera.feed(next);
    QCOMPARE(dialog.picture()->image(), next);
    QVERIFY(dialog.shutterButton()->isEnabled());
}

void tst_CameraCapture::usePhotoKeepsIt()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera);
    QVERIFY(shown(dialog));
    const QImage frame = picture(800, 600);
    camera.feed(frame);
    m_finger.tap(dialog.shutterButton());
    tapWhenReady(dialog.keepButton());
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.outcome(), CameraCaptureDialog::Outcome::Photo);
    QCOMPARE(dialog.photo(), frame);
    QVERIFY(!camera.running());
}

void tst_CameraCapture::failingCameraOffersAFile()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera);
    QVERIFY(shown(dialog));
    camera.fail(QStringLiteral("The camera is used by another application."));
    QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("another application")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(!dialog.shutterButton()->isEnabled());
    QVERIFY(dialog.fileButton()->isEnabled());
    QCOMPARE(QApplication::focusWidget(), dialog.fileButton());
    m_finger.tap(dialog.fileButton());
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.outcome(), CameraCaptureDialog::Outcome::ChooseFile);
}

void tst_CameraCapture::failedStillKeepsTheCameraOn()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera);
    QVERIFY(shown(dialog));
    camera.feed(picture(640, 480));
    camera.captureFailure = QStringLiteral("Out of storage.");
    m_finger.tap(dialog.shutterButton());
    QTRY_VERIFY(dialog.statusLabel()->text().contains(QLatin1String("Out of storage.")));
    QVERIFY(dialog.shutterButton()->isEnabled());
    QVERIFY(camera.running());
    // The next try works.
    m_finger.tap(dialog.shutterButton());
    QTRY_VERIFY(dialog.keepButton()->isVisible());
    QCOMPARE(camera.captures(), 2);
}

void tst_CameraCapture::cancelGivesNothingAndStopsTheCamera()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera);
    QVERIFY(shown(dialog));
    camera.feed(picture(640, 480));
    m_finger.tap(dialog.cancelButton());
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.outcome(), CameraCaptureDialog::Outcome::Cancelled);
    QVERIFY(dialog.photo().isNull());
    QVERIFY(!camera.running());
}

void tst_CameraCapture::chooserTakesACameraPhotoScaledToTheSite()
{
    QWidget window;
    PhotoChooser chooser(&window);
    chooser.setSourceFactory([] {
        auto source = std::make_unique<FeedFrameSource>();
        source->firstFrame = picture(640, 480);
        source->still = picture(4000, 3000);
        return source;
    });
    bool picked = false;
    chooser.setFilePicker([&picked](QWidget *, bool, const QStringList &) {
        picked = true;
        return QStringList();
    });
    bool fromCamera = false;
    connect(&chooser, &PhotoChooser::photoChosen, this,
            [&fromCamera](const QString &, bool camera) { fromCamera = camera; });
    whenDialogShows([this](CameraCaptureDialog *dialog) {
        QVERIFY(dialog->windowState().testFlag(Qt::WindowFullScreen));
        tapWhenReady(dialog->shutterButton());
        tapWhenReady(dialog->keepButton());
    });
    const QStringList files =
        chooser.choose(QWebEnginePage::FileSelectOpen, {QStringLiteral("image/*")}, 2048);
    QVERIFY(!picked);
    QCOMPARE(files.size(), 1);
    QImageReader reader(files.first());
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    QCOMPARE(reader.size(), QSize(2048, 1536));
    QVERIFY(fromCamera);
}

void tst_CameraCapture::chooserCameraThenFile()
{
    QWidget window;
    PhotoChooser chooser(&window);
    chooser.setSourceFactory([] {
        auto source = std::make_unique<FeedFrameSource>();
        source->firstFrame = picture(640, 480);
        return source;
    });
    const QString big = m_dir.filePath(QStringLiteral("earlier.png"));
    QVERIFY(picture(3000, 2000).save(big));
    QStringList asked;
    chooser.setFilePicker([&](QWidget *, bool multiple, const QStringList &accepted) {
        asked = accepted;
        return multiple ? QStringList() : QStringList{big};
    });
    whenDialogShows([this](CameraCaptureDialog *dialog) { tapWhenReady(dialog->fileButton()); });
    const QStringList files =
        chooser.choose(QWebEnginePage::FileSelectOpen,
                       {QStringLiteral("image/jpeg"), QStringLiteral(".png")}, 1000);
    QCOMPARE(asked, QStringList({QStringLiteral("image/jpeg"), QStringLiteral(".png")}));
    QCOMPARE(files.size(), 1);
    QCOMPARE(QImageReader(files.first()).size(), QSize(1000, 667));
}

void tst_CameraCapture::chooserWithoutCameraUsesTheFileDialog()
{
    QWidget window;
    PhotoChooser chooser(&window);
    chooser.setSourceFactory([] { return std::unique_ptr<FrameSource>(); });
    const QString first = m_dir.filePath(QStringLiteral("a.jpg"));
    const QString second = m_dir.filePath(QStringLiteral("b.jpg"));
    QVERIFY(picture(3000, 4000).save(first, "jpeg"));
    QVERIFY(picture(5000, 1000).save(second, "jpeg"));
    bool askedForMany = false;
    chooser.setFilePicker([&](QWidget *parent, bool multiple, const QStringList &) {
        askedForMany = multiple;
        return parent == &window ? QStringList{first, second} : QStringList();
    });
    const QStringList files =
        chooser.choose(QWebEnginePage::FileSelectOpenMultiple, {QStringLiteral("image/*")}, 2048);
    QVERIFY(askedForMany);
    QCOMPARE(files.size(), 2);
    QCOMPARE(QImageReader(files.at(0)).size(), QSize(1536, 2048));
    QCOMPARE(QImageReader(files.at(1)).size(), QSize(2048, 410));
}

void tst_CameraCapture::chooserKeepsASmallPhotoAsItIs()
{
    QWidget window;
    PhotoChooser chooser(&window);
    chooser.setSourceFactory([] { return std::unique_ptr<FrameSource>(); });
    const QString small = m_dir.filePath(QStringLiteral("small.jpg"));
    QVERIFY(picture(1280, 960).save(small, "jpeg"));
    chooser.setFilePicker([&](QWidget *, bool, const QStringList &) { return QStringList{small}; });
    QCOMPARE(chooser.choose(QWebEnginePage::FileSelectOpen, {}, 2048), QStringList{small});
}

void tst_CameraCapture::chooserHandsDocumentsOn()
{
    QWidget window;
    PhotoChooser chooser(&window);
    bool cameraAsked = false;
    chooser.setSourceFactory([&cameraAsked] {
        cameraAsked = true;
        return std::make_unique<FeedFrameSource>();
    });
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    chooser.setFilePicker([&](QWidget *, bool, const QStringList &) { return QStringList{pdf}; });
    QCOMPARE(
        chooser.choose(QWebEnginePage::FileSelectOpen, {QStringLiteral("application/pdf")}, 2048),
        QStringList{pdf});
    QVERIFY(!cameraAsked);
}

void tst_CameraCapture::chooserCancelledGivesNothing()
{
    QWidget window;
    PhotoChooser chooser(&window);
    chooser.setSourceFactory([] { return std::make_unique<FeedFrameSource>(); });
    whenDialogShows([this](CameraCaptureDialog *dialog) { tapWhenReady(dialog->cancelButton()); });
    QVERIFY(chooser.choose(QWebEnginePage::FileSelectOpen, {QStringLiteral("image/*")}, 2048)
                .isEmpty());
}

void tst_CameraCapture::chooserRefusesAFileThatIsNotAPhoto()
{
    QWidget window;
    PhotoChooser chooser(&window);
    chooser.setSourceFactory([] { return std::unique_ptr<FrameSource>(); });
    const QString fake = m_dir.filePath(QStringLiteral("broken.jpg"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("no pixels here");
    file.close();
    chooser.setFilePicker([&](QWidget *, bool, const QStringList &) { return QStringList{fake}; });
    QString problem;
    connect(&chooser, &PhotoChooser::problemOccurred, this,
            [&problem](const QString &message) { problem = message; });
    // The technician reads why, then the page gets nothing.
    QString shown;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, &shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            poll->stop();
            box->accept();
        }
    });
    poll->start();
    QVERIFY(chooser.choose(QWebEnginePage::FileSelectOpen, {QStringLiteral("image/*")}, 2048)
                .isEmpty());
    delete poll;
    QVERIFY2(problem.contains(QLatin1String("broken.jpg")), qPrintable(problem));
    QCOMPARE(shown, problem);
}

void tst_CameraCapture::acceptListsAndFilters()
{
    QVERIFY(PhotoChooser::acceptsImages({}));
    QVERIFY(PhotoChooser::acceptsImages({QStringLiteral("image/*")}));
    QVERIFY(
        PhotoChooser::acceptsImages({QStringLiteral("application/pdf"), QStringLiteral(".JPG")}));
    QVERIFY(!PhotoChooser::acceptsImages({QStringLiteral("application/pdf")}));
    QVERIFY(!PhotoChooser::acceptsImages({QStringLiteral(".csv")}));
    const QString filter =
        PhotoChooser::fileFilter({QStringLiteral("image/jpeg"), QStringLiteral(".png")});
    QVERIFY2(filter.contains(QLatin1String("*.jpg")) && filter.contains(QLatin1String("*.png")),
             qPrintable(filter));
    QVERIFY(filter.endsWith(QLatin1String("(*)")));
    QCOMPARE(PhotoChooser::fileFilter({}), QStringLiteral("All files (*)"));
}

void tst_CameraCapture::deviceCameraOnThisMachine()
{
    // The product's own source: there exactly when Qt Multimedia sees a camera (none on a CI
    // machine, so the chooser goes straight to the file dialog there).
    const std::unique_ptr<FrameSource> camera = CameraFrameSource::create();
    QCOMPARE(bool(camera), !QMediaDevices::videoInputs().isEmpty());
    if (camera)
        QVERIFY(!camera->description().isEmpty());
}

QTEST_MAIN(tst_CameraCapture)
#include "tst_cameracapture.moc"
