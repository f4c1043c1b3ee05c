// Kiosk mode as IT sets it up and as a supervisor leaves it. `fieldconnect --hash-pin` (the real
// executable) reads a PIN on standard input and prints the deployment file's pin_hash line; a bad
// PIN is refused with its reason. The window started with that deployment file ([kiosk] enabled,
// the printed pin_hash) is full screen with no frame and no menu bar, refuses to close, and
// offers "Leave kiosk…" in its Menu button only; the keypad (tapped like a finger) says how many
// tries are left, waits after too many wrong PINs, and the right PIN makes it an ordinary window
// that closes.

#include "callbackschemehandler.h"
#include "kiosklock.h"
#include "mainwindow.h"
#include "modalvisit.h"
#include "pinhash.h"
#include "pinhasher.h"
#include "pinpaddialog.h"
#include "testapp.h"
#include "touchscreen.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Pin = QStringLiteral("482913");

struct HashPinRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

HashPinRun hashPin(const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(FIELDCONNECT_EXECUTABLE), {QStringLiteral("--hash-pin")});
    HashPinRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class tst_Kiosk : public QObject
{
    Q_OBJECT

private slots:
    void hashPinPrintsTheDeploymentLine();
    void hashPinRefusesWhatIsNotAPin_data();
    void hashPinRefusesWhatIsNotAPin();
    void kioskWindowStaysUntilTheSupervisorsPin();
    void kioskWithoutAPinCannotBeLeft();

private:
    bool launchKiosk(TestApp &rig, const QByteArray &kioskSection);
    void typePin(PinPadDialog *pad, const QString &pin);

    TouchScreen m_finger;
};

void tst_Kiosk::hashPinPrintsTheDeploymentLine()
{
    const HashPinRun run = hashPin(Pin.toLatin1() + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith("pin_hash = "), run.out.constData());
    QVERIFY2(!run.out.contains(Pin.toLatin1()), "the PIN itself is printed");
    QVERIFY(!run.err.contains(Pin.toLatin1()));
    QString problem;
    const std::optional<PinHash> hash = PinHash::parse(
        QString::fromLatin1(lines.constFirst().mid(int(qstrlen("pin_hash = ")))), &problem);
    QVERIFY2(hash, qPrintable(problem));
    QVERIFY(PinHasher::verify(Pin, *hash));
    QVERIFY(!PinHasher::verify(QStringLiteral("482914"), *hash));
}

void tst_Kiosk::hashPinRefusesWhatIsNotAPin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("said");
    QTest::newRow("too short") << QByteArray("123\n") << QStringLiteral("4");
    QTest::newRow("too long") << QByteArray("1234567890123\n") << QStringLiteral("12");
    QTest::newRow("letters") << QByteArray("12ab\n") << QStringLiteral("digit");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("standard input");
}

void tst_Kiosk::hashPinRefusesWhatIsNotAPin()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, said);
    const HashPinRun run = hashPin(input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QLatin1String("--hash-pin")) && err.contains(said), qPrintable(err));
}

bool tst_Kiosk::launchKiosk(TestApp &rig, const QByteArray &kioskSection)
{
    QString why;
    if (!rig.startSandbox(&why)) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    const QString config = rig.dir.filePath(QStringLiteral("fieldconnect.ini"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("[kiosk]\n" + kioskSection);
    file.close();
    rig.options.configFile = config;
    return rig.launch();
}

void tst_Kiosk::typePin(PinPadDialog *pad, const QString &pin)
{
    m_finger.tap(pad->clearButton());
    for (const QChar digit : pin)
        m_finger.tap(pad->digitButton(digit.digitValue()));
    m_finger.tap(pad->okButton());
}

void tst_Kiosk::kioskWindowStaysUntilTheSupervisorsPin()
{
    const HashPinRun made = hashPin(Pin.toLatin1() + '\n');
    QVERIFY2(made.exitCode == 0, made.err.constData());
    TestApp rig;
    QVERIFY(launchKiosk(rig, "enabled = true\n" + made.out));
    MainWindow *window = rig.window();
    KioskLock *lock = rig.app()->kioskLock();
    QVERIFY(lock);
    QVERIFY(window->isKiosk());
    QVERIFY(window->isFullScreen());
    QVERIFY(window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(!window->menuBar()->isVisible());
    auto *openLogs = window->findChild<QAction *>(QStringLiteral("openLogFolderAction"));
    QVERIFY(openLogs);
    QVERIFY(!openLogs->isVisible());

    // Alt+F4, the window manager: refused, and said how to leave.
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Leave kiosk")),
             qPrintable(window->statusBar()->currentMessage()));

    // Wrong PINs: each says how many tries are left; then the keypad waits.
    lock->setLockoutMs(1500);
    bool sawCountdown = false;
    bool keypadWaited = false;
    QStringList messages;
    ModalVisit visit(
        [&](QWidget *shown) {
            auto *pad = qobject_cast<PinPadDialog *>(shown);
            QVERIFY(pad);
            QVERIFY(pad->pinField()->echoMode() != QLineEdit::Normal); // masked
            for (int i = 0; i < KioskLock::MaxWrongTries; ++i) {
                typePin(pad, QStringLiteral("000000"));
                messages << pad->messageLabel()->text();
            }
            keypadWaited = !pad->digitButton(1)->isEnabled() && !pad->okButton()->isEnabled();
            sawCountdown = pad->messageLabel()->text().contains(QLatin1String("seconds"));
            // After the wait the right PIN is taken.
            QTRY_VERIFY_WITH_TIMEOUT(pad->okButton()->isEnabled(), 5000);
            typePin(pad, Pin);
        },
        window);
    window->leaveKioskAction()->trigger();
    QVERIFY(visit.visited());
    QVERIFY2(messages.size() == KioskLock::MaxWrongTries, qPrintable(messages.join('\n')));
    QVERIFY2(messages.constFirst().contains(QLatin1String("Wrong PIN"))
                 && messages.constFirst().contains(QString::number(KioskLock::MaxWrongTries - 1)),
             qPrintable(messages.constFirst()));
    QVERIFY(keypadWaited);
    QVERIFY(sawCountdown);

    // An ordinary window again: its frame, its menu bar, and it closes.
    QVERIFY(lock->isUnlocked());
    QVERIFY(!window->isKiosk());
    QVERIFY(!window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QTRY_VERIFY(window->menuBar()->isVisible());
    QVERIFY(window->close());
}

void tst_Kiosk::kioskWithoutAPinCannotBeLeft()
{
    TestApp rig;
    QVERIFY(launchKiosk(rig, "enabled = true\n"));
    MainWindow *window = rig.window();
    QVERIFY(window->isKiosk());
    QString said;
    bool keypadOff = false;
    ModalVisit visit(
        [&](QWidget *shown) {
            auto *pad = qobject_cast<PinPadDialog *>(shown);
            QVERIFY(pad);
            said = pad->messageLabel()->text();
            keypadOff = !pad->okButton()->isEnabled() && !pad->digitButton(5)->isEnabled();
            m_finger.tap(pad->cancelButton());
        },
        window);
    window->leaveKioskAction()->trigger();
    QVERIFY(visit.visited());
    QVERIFY2(said.contains(QLatin1String("No supervisor PIN")), qPrintable(said));
    QVERIFY(keypadOff);
    QVERIFY(window->isKiosk());
    QVERIFY(!window->close());
}

int main(int argc, char *argv[])
{
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_Kiosk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kiosk.moc"
