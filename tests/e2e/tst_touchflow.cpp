// A technician's intervention with a finger only: the suite sends touch events on a touch screen
// device and no mouse event at all (an application-wide filter fails the test on any mouse event
// that Qt did not make from a touch). Real QtWebEngine offscreen against the sandbox: tap the work
// order in the list, tap Open, tap Return to FieldConnect, tap Open again, tap each Take photo on
// the Deepomatic page — the camera dialog opens full screen on a camera the test feeds, tap the
// shutter, tap Use photo, the page uploads the photo, scaled to the site's photo_max_side, and the
// sandbox analyses it — tap Finish, back on the work order with Close enabled, tap Close
// intervention, tap Close in the confirmation: the work order is closed.

#include "callbackschemehandler.h"
#include "cameracapturedialog.h"
#include "closeconfirmationdialog.h"
#include "e2eapp.h"
#include "feedframesource.h"
#include "photochooser.h"
#include "samplephoto.h"
#include "touchscreen.h"
#include "webtap.h"

#include <QApplication>
#include <QHeaderView>
#include <QImageReader>
#include <QMouseEvent>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace {
// Counts the mouse events the test would have sent itself: any not made by Qt from a touch.
class MouseWatch : public QObject
{
public:
    int fromAMouse = 0;
    QStringList where;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QInputDevice *device = mouse->device();
            // Qt's own: made from a touch (the kinetic scroller replays a still tap on the core
            // pointer, marked as synthesized).
            const bool synthesized = mouse->source() != Qt::MouseEventNotSynthesized;
            if (!synthesized && (!device || device->type() == QInputDevice::DeviceType::Mouse)) {
                ++fromAMouse;
                where << QString::fromLatin1(watched->metaObject()->className());
            }
            break;
        }
        default:
            break;
        }
        return false;
    }
};
} // namespace

class tst_TouchFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void interventionByTouchAlone();

private:
    void tapRow(const QString &name);
    // A finger on the Deepomatic page: the element's centre, touched on the web view.
    bool tapInPage(const QString &elementExpression);
    void openByTouch();

    std::unique_ptr<E2eApp> m_app;
    TouchScreen m_finger;
    MouseWatch m_mice;
    int m_photosTaken = 0;
    int m_dialogsSeen = 0;
};

void tst_TouchFlow::init()
{
    m_app = std::make_unique<E2eApp>();
    QString started;
    QVERIFY2(m_app->startSandbox(&started), qPrintable(started));
    m_app->site.photoMaxSide = 1024;
    QVERIFY(m_app->launch());
    QString why;
    QVERIFY2(m_app->signIn(&why), qPrintable(why));
    qApp->installEventFilter(&m_mice);
}

void tst_TouchFlow::cleanup()
{
    qApp->removeEventFilter(&m_mice);
    m_app.reset();
}

void tst_TouchFlow::tapRow(const QString &name)
{
    QTableView *table = m_app->window()->tableView();
    QAbstractItemModel *model = table->model();
    QModelIndex found;
    for (int row = 0; row < model->rowCount() && !found.isValid(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString() == name) {
                found = model->index(row, column);
                break;
            }
    QVERIFY2(found.isValid(), qPrintable(name));
    table->scrollTo(found);
    const QRect cell = table->visualRect(found);
    m_finger.tap(table->viewport(), cell.center());
    // The list follows the finger (the kinetic scroller lets a still tap through as a click).
    QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().row(), found.row(), 3000);
}

bool tst_TouchFlow::tapInPage(const QString &elementExpression)
{
    // The page may still be loading or laying out after Open (its style sheet, its photos): the
    // finger lands once the element has been found at the same place twice running.
    QPointF point;
    QPointF before(-1, -1);
    const bool settled = QTest::qWaitFor(
        [&] {
            if (m_app->js(QStringLiteral("document.readyState")).toString()
                != QLatin1String("complete"))
                return false;
            if (!WebTap::pointFrom(m_app->js(WebTap::locateScript(elementExpression)), &point))
                return false;
            const bool same = point == before;
            before = point;
            QTest::qWait(100); // the scroll reaches the compositor
            return same;
        },
        15000);
    if (!settled) {
        qWarning() << "not found still on the page:" << elementExpression;
        return false;
    }
    QWidget *render = m_app->window()->connectorView()->webView()->focusProxy();
    if (!render) {
        qWarning() << "the web view has no render widget yet";
        return false;
    }
    m_finger.tap(render, point.toPoint());
    return true;
}

void tst_TouchFlow::openByTouch()
{
    QPushButton *open = m_app->window()->detailsPane()->openButton();
    QTRY_VERIFY(open->isVisible() && open->isEnabled());
    m_finger.tap(open);
    QTRY_VERIFY(m_app->window()->isConnectorShown());
    QWebEnginePage *page = m_app->window()->connectorView()->webView()->page();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->js(QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt()
            > 0,
        30000);
}

void tst_TouchFlow::interventionByTouchAlone()
{
    E2eApp &a = *m_app;
    // The dispatcher planned and created it; the technician meets it in the list.
    const QString key = a.planAndCreate(QStringLiteral("TOUCH-ONLY"), E2eApp::Via::Controller);
    QVERIFY(!key.isEmpty());

    // The device's camera: the test's, showing a good photo of the equipment.
    a.window()->photoChooser()->setSourceFactory([this] {
        auto camera = std::make_unique<FeedFrameSource>();
        camera->firstFrame = SamplePhoto::render(100 + m_photosTaken, QSize(640, 480));
        camera->still = SamplePhoto::render(++m_photosTaken, QSize(2560, 1920));
        return camera;
    });
    QStringList handedToPage;
    connect(a.window()->photoChooser(), &PhotoChooser::photoChosen, this,
            [&handedToPage](const QString &path, bool fromCamera) {
                if (fromCamera)
                    handedToPage << path;
            });
    // Each camera dialog: tap the shutter, then Use photo.
    QTimer camera;
    camera.setInterval(30);
    connect(&camera, &QTimer::timeout, this, [this] {
        auto *dialog = qobject_cast<CameraCaptureDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (dialog->shutterButton()->isVisible() && dialog->shutterButton()->isEnabled()
            && !dialog->property("tapped").toBool()) {
            dialog->setProperty("tapped", true);
            QVERIFY(dialog->windowState().testFlag(Qt::WindowFullScreen));
            ++m_dialogsSeen;
            m_finger.tap(dialog->shutterButton());
        } else if (dialog->keepButton()->isVisible()) {
            m_finger.tap(dialog->keepButton());
        }
    });
    camera.start();

    tapRow(QStringLiteral("TOUCH-ONLY"));
    QCOMPARE(a.window()->selectedKey(), key);
    openByTouch();
    QCOMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::InProgress);

    // Back to the list without finishing: nothing is decided, Close stays blocked.
    m_finger.tap(a.window()->connectorView()->returnButton());
    QTRY_VERIFY(!a.window()->isConnectorShown());
    QVERIFY(!a.window()->detailsPane()->closeButton()->isEnabled());

    openByTouch();
    const int groups =
        a.js(QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt();
    QVERIFY(groups > 0);
    for (int i = 0; i < groups; ++i) {
        QVERIFY(
            tapInPage(QStringLiteral("document.querySelectorAll('button.take-photo')[%1]").arg(i)));
        QTRY_VERIFY_WITH_TIMEOUT(
            a.js(QStringLiteral("document.querySelectorAll('[data-taken=\"true\"]').length"))
                    .toInt()
                > i,
            15000);
    }
    QCOMPARE(m_dialogsSeen, groups);
    QCOMPARE(handedToPage.size(), groups);
    // What the page uploaded was scaled to the site's limit (2560 × 1920 taken).
    for (const QString &path : handedToPage)
        QCOMPARE(QImageReader(path).size(), QSize(1024, 768));

    QSignalSpy verified(a.controller(), &InterventionController::verificationFinished);
    QVERIFY(tapInPage(QStringLiteral("document.getElementById('finish')")));
    QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 20000);
    QVERIFY(verified.first().at(1).toBool());
    QTRY_VERIFY(!a.window()->isConnectorShown());
    QPushButton *close = a.window()->detailsPane()->closeButton();
    QTRY_VERIFY(close->isVisible() && close->isEnabled());
    camera.stop();

    // Close asks first; the finger answers.
    bool confirmed = false;
    QTimer confirm;
    confirm.setInterval(30);
    connect(&confirm, &QTimer::timeout, this, [this, &confirmed] {
        auto *dialog = qobject_cast<CloseConfirmationDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || confirmed)
            return;
        confirmed = true;
        m_finger.tap(dialog->confirmButton());
    });
    confirm.start();
    m_finger.tap(close);
    QTRY_VERIFY(confirmed);
    QTRY_COMPARE(a.controller()->workOrder(key)->status, WorkOrderStatus::Closed);
    confirm.stop();

    QVERIFY2(m_mice.fromAMouse == 0,
             qPrintable(QStringLiteral("mouse events not made from a touch: %1 (%2)")
                            .arg(m_mice.fromAMouse)
                            .arg(m_mice.where.join(u','))));
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_TouchFlow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_touchflow.moc"
