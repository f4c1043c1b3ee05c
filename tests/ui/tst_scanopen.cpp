// Scan to open in the main window: the Scan button beside the search field opens the capture
// dialog in scan mode on a camera the test feeds (FeedFrameSource); frames without a code are
// shown, the first with the seeded label's code ends it, and the work order is selected and
// opened as its Open button does. Without a camera an image file is read (the sandbox seed's
// labels); a label of an unknown reference is said with the text read, and nothing opens.
#include "cameracapturedialog.h"
#include "connectorsession.h"
#include "demoplanning.h"
#include "feedframesource.h"
#include "labelimage.h"
#include "mainwindow.h"
#include "testapp.h"
#include "workorderscanner.h"
#include "workorderstore.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class tst_ScanOpen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scanButtonIsBesideTheSearchAndFingerSized();
    void scanDialogStopsAtTheFirstFrameWithACode();
    void cameraScanSelectsAndOpensTheWorkOrder();
    void imageFileScanOpensByScanKey();
    void unknownLabelSaysWhatWasRead();

private:
    static QImage plainFrame()
    {
        QImage frame(960, 720, QImage::Format_RGB32);
        frame.fill(QColor(92, 96, 104));
        QPainter(&frame).fillRect(300, 200, 300, 200, Qt::yellow);
        return frame;
    }
    std::unique_ptr<TestApp> m_app;
    MainWindow *m_window = nullptr;
};

void tst_ScanOpen::init()
{
    m_app = std::make_unique<TestApp>();
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    QCOMPARE(m_app->site.scanKey, QStringLiteral("customer_ref"));
    {
        WorkOrderStore seed; // the demo planning of the sandbox's seed, metadata included
        QVERIFY(seed.open(m_app->databaseFile()));
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("planned");
        QVERIFY(seed.insert(DemoPlanning::fromSeed(m_app->sandbox.seededWorkOrders(),
                                                   m_app->site.id, QDate::currentDate()),
                            planned));
    }
    QVERIFY(m_app->launch());
    m_window = m_app->window();
}

void tst_ScanOpen::cleanup()
{
    m_app.reset();
}

void tst_ScanOpen::scanButtonIsBesideTheSearchAndFingerSized()
{
    QPushButton *scan = m_window->scanButton();
    QVERIFY(scan->isVisible());
    QVERIFY(scan->width() >= 48 && scan->height() >= 48);
    QCOMPARE(scan->accessibleName(), QStringLiteral("Scan a label"));
    QCOMPARE(scan->parentWidget(), m_window->searchField()->parentWidget());
}

void tst_ScanOpen::scanDialogStopsAtTheFirstFrameWithACode()
{
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera, nullptr, CameraCaptureDialog::Mode::Scan);
    dialog.show();
    QTRY_VERIFY(camera.running());
    QVERIFY(!dialog.shutterButton()->isVisible());
    QCOMPARE(dialog.fileButton()->text(), QStringLiteral("Choose an image…"));
    for (int i = 0; i < 3; ++i) {
        camera.feed(plainFrame());
        QTest::qWait(50);
    }
    QVERIFY(dialog.isVisible()); // no code yet: still aiming
    const QImage label =
        LabelImage::make(QStringLiteral("WO-2026-0420"), LabelImage::Format::Code128);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            camera.feed(LabelImage::inFrame(label)); // frames keep coming while one is read
            return dialog.outcome() == CameraCaptureDialog::Outcome::Scanned;
        }(),
        10000);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!camera.running());
    QCOMPARE(dialog.scanned().text, QStringLiteral("WO-2026-0420"));
    QCOMPARE(dialog.scanned().format, QStringLiteral("Code128"));
}

void tst_ScanOpen::cameraScanSelectsAndOpensTheWorkOrder()
{
    m_window->searchField()->setText(QStringLiteral("Lille")); // hides the one to be scanned
    m_window->scanner()->setSourceFactory([] {
        auto camera = std::make_unique<FeedFrameSource>();
        camera->firstFrame = LabelImage::inFrame(
            QImage(QStringLiteral(":/sandbox/labels/MAINT_BORDEAUX_0007-qr.png")));
        return camera;
    });
    QSignalSpy found(m_window->scanner(), &WorkOrderScanner::workOrderFound);
    QTest::mouseClick(m_window->scanButton(), Qt::LeftButton);
    QCOMPARE(found.size(), 1);
    QCOMPARE(m_window->selectedKey(), QStringLiteral("MAINT_BORDEAUX_0007"));
    QVERIFY(m_window->searchField()->text().isEmpty());
    QTRY_VERIFY(m_window->isConnectorShown());
    const auto launch = m_app->session()->currentLaunch();
    QVERIFY(launch);
    QCOMPARE(launch->workOrderKey, QStringLiteral("MAINT_BORDEAUX_0007"));
}

void tst_ScanOpen::imageFileScanOpensByScanKey()
{
    m_window->scanner()->setSourceFactory([] { return std::unique_ptr<FrameSource>(); });
    m_window->scanner()->setFilePicker(
        [](QWidget *) { return QStringLiteral(":/sandbox/labels/CUST-31102-qr.png"); });
    QTest::mouseClick(m_window->scanButton(), Qt::LeftButton);
    QCOMPARE(m_window->selectedKey(), QStringLiteral("INTERV_LILLE_0112"));
    QTRY_VERIFY(m_window->isConnectorShown());
}

void tst_ScanOpen::unknownLabelSaysWhatWasRead()
{
    const QString before = m_window->selectedKey();
    m_window->scanner()->setSourceFactory([] { return std::unique_ptr<FrameSource>(); });
    m_window->scanner()->setFilePicker(
        [](QWidget *) { return QStringLiteral(":/sandbox/labels/WO-1999-0001-code128.png"); });
    QSignalSpy failed(m_window->scanner(), &WorkOrderScanner::scanFailed);
    QTest::mouseClick(m_window->scanButton(), Qt::LeftButton);
    QCOMPARE(failed.size(), 1);
    QTRY_VERIFY(m_window->scanner()->problemBox());
    QVERIFY2(m_window->scanner()->problemBox()->text().contains(QStringLiteral("“WO-1999-0001”")),
             qPrintable(m_window->scanner()->problemBox()->text()));
    QCOMPARE(m_window->selectedKey(), before);
    QVERIFY(!m_window->isConnectorShown());
    m_window->scanner()->problemBox()->close();
}

QTEST_MAIN(tst_ScanOpen)
#include "tst_scanopen.moc"
