// The full-screen photo: whole at first, enlarged by a two-finger pinch (QTest touch events on a
// touch screen device) and by its buttons, moved by a drag, never past its edges nor beyond four
// image pixels per screen pixel; a sharper copy keeps the part in view; the viewer's controls
// are finger-sized.

#include "appearance.h"
#include "photoviewer.h"
#include "zoomableimage.h"

#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    return image;
}
} // namespace

class tst_PhotoViewer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWholeAndPinchEnlarges();
    void buttonsZoomWithinBounds();
    void dragStaysInsideThePhoto();
    void sharperCopyKeepsTheView();
    void controlsAreFingerSized();

private:
    std::unique_ptr<QPointingDevice> m_screen;
};

void tst_PhotoViewer::initTestCase()
{
    Appearance::apply(DisplayPreferences::Theme::Light, DisplayPreferences::TextSize::Normal);
    m_screen.reset(QTest::createTouchDevice(QInputDevice::DeviceType::TouchScreen));
}

void tst_PhotoViewer::opensWholeAndPinchEnlarges()
{
    ZoomableImage view;
    view.resize(800, 600);
    view.setImage(photo(4000, 3000));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.scale(), 0.2); // 4000 px in 800
    QVERIFY(view.isFitted());

    // Two fingers 100 px apart, then 300 px apart: three times larger, about their middle.
    QTest::touchEvent(&view, m_screen.get()).press(0, {350, 300}).press(1, {450, 300});
    QTest::touchEvent(&view, m_screen.get()).move(0, {300, 300}).move(1, {500, 300});
    QTest::touchEvent(&view, m_screen.get()).move(0, {250, 300}).move(1, {550, 300});
    QTest::touchEvent(&view, m_screen.get()).release(0, {250, 300}).release(1, {550, 300});
    QVERIFY2(qAbs(view.scale() - 0.6) < 1e-6, qPrintable(QString::number(view.scale())));
    QVERIFY(!view.isFitted());
    // Pinching in past the whole photo stops at the whole photo.
    QTest::touchEvent(&view, m_screen.get()).press(0, {100, 300}).press(1, {700, 300});
    QTest::touchEvent(&view, m_screen.get()).move(0, {390, 300}).move(1, {410, 300});
    QTest::touchEvent(&view, m_screen.get()).release(0, {390, 300}).release(1, {410, 300});
    QCOMPARE(view.scale(), 0.2);
    QVERIFY(view.isFitted());
}

void tst_PhotoViewer::buttonsZoomWithinBounds()
{
    PhotoViewer viewer(QStringLiteral("Meter — photo"), photo(2000, 1500));
    viewer.resize(1000, 800);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    ZoomableImage *view = viewer.imageView();
    const double fitted = view->scale();
    QVERIFY(fitted > 0 && fitted < 1);
    QVERIFY(!viewer.zoomOutButton()->isEnabled());
    QVERIFY(!viewer.fitButton()->isEnabled());
    QTest::mouseClick(viewer.zoomInButton(), Qt::LeftButton);
    QVERIFY(qAbs(view->scale() - fitted * ZoomableImage::kStep) < 1e-6);
    QVERIFY(viewer.zoomOutButton()->isEnabled());
    for (int i = 0; i < 20; ++i)
        viewer.zoomInButton()->click();
    QCOMPARE(view->scale(), ZoomableImage::kMaximumScale);
    QVERIFY(!viewer.zoomInButton()->isEnabled());
    QTest::mouseClick(viewer.fitButton(), Qt::LeftButton);
    QCOMPARE(view->scale(), fitted);
    QTest::mouseClick(viewer.closeButton(), Qt::LeftButton);
    QVERIFY(!viewer.isVisible());
}

void tst_PhotoViewer::dragStaysInsideThePhoto()
{
    ZoomableImage view;
    view.resize(400, 300);
    view.setImage(photo(800, 600));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.zoomIn();
    view.zoomIn(); // 0.5 × 2.25: 900 × 675 on 400 × 300
    const QPointF middle = view.centre();
    QCOMPARE(middle, QPointF(400, 300));
    // One finger drags the photo left: the view moves right over it.
    QTest::touchEvent(&view, m_screen.get()).press(0, {300, 150});
    QTest::touchEvent(&view, m_screen.get()).move(0, {200, 150});
    QTest::touchEvent(&view, m_screen.get()).release(0, {200, 150});
    QVERIFY(view.centre().x() > middle.x());
    QCOMPARE(view.centre().y(), middle.y());
    // However far it is dragged, the photo's edge stops at the view's.
    for (int i = 0; i < 10; ++i) {
        QTest::touchEvent(&view, m_screen.get()).press(0, {390, 150});
        QTest::touchEvent(&view, m_screen.get()).move(0, {10, 150});
        QTest::touchEvent(&view, m_screen.get()).release(0, {10, 150});
    }
    const double halfView = view.width() / (2.0 * view.scale());
    QVERIFY(qAbs(view.centre().x() - (800 - halfView)) < 1e-6);
}

void tst_PhotoViewer::sharperCopyKeepsTheView()
{
    // The viewer opens with the 128 × 96 thumbnail; the 2048 × 1536 photo replaces it.
    ZoomableImage view;
    view.resize(640, 480);
    view.setImage(photo(128, 96));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.scale(), 5.0);
    view.setImage(photo(2048, 1536));
    QCOMPARE(view.scale(), 640.0 / 2048);
    QVERIFY(view.isFitted());
    view.zoomIn();
    const double shownWidth = view.scale() * 2048;
    view.setImage(photo(4096, 3072));
    QVERIFY(qAbs(view.scale() * 4096 - shownWidth) < 1e-6);
    QCOMPARE(view.centre(), QPointF(2048, 1536));
}

void tst_PhotoViewer::controlsAreFingerSized()
{
    PhotoViewer viewer(QStringLiteral("Meter — photo"), photo(200, 100));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    for (QPushButton *b : viewer.findChildren<QPushButton *>()) {
        QVERIFY2(b->width() >= 48 && b->height() >= 48, qPrintable(b->text()));
        QVERIFY2(!b->text().isEmpty(), "every button says what it does");
    }
}

QTEST_MAIN(tst_PhotoViewer)
#include "tst_photoviewer.moc"
