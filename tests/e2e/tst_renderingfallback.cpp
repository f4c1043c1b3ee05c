// GPU problems: --disable-gpu, and the automatic switch to software rendering after the app
// died with the web view running (Chromium's GPU code runs inside the app's process), each
// told to the user once, with the whole flow still working. The real executable, headless.

#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray err;
    QStringList events;
};

// Chromium's start-up parameters are printed by this logging category.
constexpr auto kSoftwareFlag = "disable-gpu-compositing";
constexpr auto kCrashNotice = "stopped unexpectedly while showing a Deepomatic page";
constexpr auto kRequestedNotice = "uses software rendering (--disable-gpu)";

} // namespace

class tst_RenderingFallback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void disableGpuIsAppliedAndToldOnce();
    void crashWithThePageOpenSwitchesToSoftwareRendering();
    void enableGpuGoesBackToTheGraphicsCard();
    void contradictoryOptionsAreRefused();
    void terminationWithThePageOpenIsAnOrderlyExit();

private:
    static ProcessRun::Options options();
    Run run(const QString &dataDir, const QStringList &extra = {});
    QString dataDir(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void tst_RenderingFallback::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FIELDCONNECT_EXECUTABLE)));
    QVERIFY(m_dir.isValid());
}

ProcessRun::Options tst_RenderingFallback::options()
{
    ProcessRun::Options options;
    options.set = {
        {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
        {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.webenginecontext.info=true")}};
    options.unset = QStringList{QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"),
                                QStringLiteral("QT_QUICK_BACKEND")};
    options.timeoutMs = 90000;
    return options;
}

Run tst_RenderingFallback::run(const QString &dataDir, const QStringList &extra)
{
    const ProcessRun p =
        ProcessRun::run(QStringLiteral(FIELDCONNECT_EXECUTABLE),
                        QStringList{QStringLiteral("--sandbox"), QStringLiteral("--autopilot"),
                                    QStringLiteral("--data-dir"), dataDir}
                            + extra,
                        options());
    Run result;
    if (!p.finished())
        return result;
    result.exitCode = p.exitCode();
    result.err = p.err();
    for (const QJsonObject &line : p.jsonLines())
        result.events << line.value(QStringLiteral("event")).toString();
    return result;
}

void tst_RenderingFallback::disableGpuIsAppliedAndToldOnce()
{
    const QString dir = dataDir(QStringLiteral("requested"));
    const Run first = run(dir, {QStringLiteral("--disable-gpu")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.events.contains(QStringLiteral("closed")), first.err.constData());
    QVERIFY2(first.err.contains(kSoftwareFlag), first.err.constData());
    QVERIFY2(first.err.contains(kRequestedNotice), first.err.constData());

    const Run second = run(dir, {QStringLiteral("--disable-gpu")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.err.contains(kSoftwareFlag), second.err.constData());
    QVERIFY2(!second.err.contains(kRequestedNotice), second.err.constData()); // told once

    // Asked for one run at a time: without the option the graphics card is used again.
    const Run third = run(dir);
    QVERIFY2(third.exitCode == 0, third.err.constData());
    QVERIFY2(!third.err.contains(kSoftwareFlag), third.err.constData());
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("webengine.running"))));
}

void tst_RenderingFallback::crashWithThePageOpenSwitchesToSoftwareRendering()
{
    const QString dir = dataDir(QStringLiteral("crash"));
    // Kill the app (as a driver crash would) while the Deepomatic page is on screen.
    QProcess process;
    process.setProcessEnvironment(ProcessRun::environment(options()));
    process.start(QStringLiteral(FIELDCONNECT_EXECUTABLE),
                  {QStringLiteral("--sandbox"), QStringLiteral("--autopilot"),
                   QStringLiteral("--data-dir"), dir});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"loaded\""),
                             60000);
    QVERIFY2(!out.contains("software"), out.constData());
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("webengine.running"))));

    const Run after = run(dir);
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QVERIFY2(after.events.contains(QStringLiteral("closed")), after.err.constData());
    QVERIFY2(after.err.contains(kSoftwareFlag), after.err.constData());
    QVERIFY2(after.err.contains(kCrashNotice), after.err.constData());

    // Remembered, and not told again.
    const Run again = run(dir);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains(kSoftwareFlag), again.err.constData());
    QVERIFY2(!again.err.contains(kCrashNotice), again.err.constData());
}

void tst_RenderingFallback::enableGpuGoesBackToTheGraphicsCard()
{
    const QString dir = dataDir(QStringLiteral("enable"));
    QVERIFY(QDir().mkpath(dir));
    {
        QSettings state(QDir(dir).filePath(QStringLiteral("rendering.ini")), QSettings::IniFormat);
        state.setValue(QStringLiteral("rendering/software"), true);
        state.setValue(QStringLiteral("rendering/reason"), QStringLiteral("after_crash"));
        state.setValue(QStringLiteral("rendering/told"), true);
    }
    const Run software = run(dir);
    QVERIFY2(software.err.contains(kSoftwareFlag), software.err.constData());

    const Run gpu = run(dir, {QStringLiteral("--enable-gpu")});
    QVERIFY2(gpu.exitCode == 0, gpu.err.constData());
    QVERIFY2(!gpu.err.contains(kSoftwareFlag), gpu.err.constData());
    const Run after = run(dir);
    QVERIFY2(!after.err.contains(kSoftwareFlag), after.err.constData());
}

void tst_RenderingFallback::contradictoryOptionsAreRefused()
{
    const Run r = run(dataDir(QStringLiteral("both")),
                      {QStringLiteral("--disable-gpu"), QStringLiteral("--enable-gpu")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--disable-gpu and --enable-gpu"), r.err.constData());
}

void tst_RenderingFallback::terminationWithThePageOpenIsAnOrderlyExit()
{
    // SIGTERM (a shutdown, `kill`) is not a crash: the app closes down as if the window were
    // closed, keeps using the graphics card, and the next start says nothing.
    const QString dir = dataDir(QStringLiteral("terminated"));
    QProcess process;
    process.setProcessEnvironment(ProcessRun::environment(options()));
    process.start(QStringLiteral(FIELDCONNECT_EXECUTABLE),
                  {QStringLiteral("--sandbox"), QStringLiteral("--autopilot"),
                   QStringLiteral("--data-dir"), dir});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"loaded\""),
                             60000);
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 128 + 15);
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("webengine.running"))));

    const Run after = run(dir);
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QVERIFY2(!after.err.contains(kSoftwareFlag), after.err.constData());
    QVERIFY2(!after.err.contains(kCrashNotice), after.err.constData());
}

QTEST_GUILESS_MAIN(tst_RenderingFallback)
#include "tst_renderingfallback.moc"
