#include "benchstartup.h"

#include "benchfigure.h"
#include "benchreport.h"
#include "benchseeder.h"
#include "benchwait.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {
constexpr int LaunchTimeoutMs = 60000;
const QByteArray ReadyMarker = QByteArrayLiteral("_READY rows=");
} // namespace

BenchStartup::Launch BenchStartup::time(const QString &program, const QStringList &arguments) const
{
    Launch launch;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QByteArray out;
    QElapsedTimer timer;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        out += process.readAllStandardOutput();
        if (launch.milliseconds >= 0)
            return;
        const qsizetype at = out.indexOf(ReadyMarker);
        const qsizetype end = at < 0 ? -1 : out.indexOf('\n', at);
        if (end < 0)
            return;
        launch.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        launch.rows = out.mid(at + ReadyMarker.size(), end - at - ReadyMarker.size()).toInt();
    });
    timer.start();
    process.start(program, arguments);
    const bool ready = BenchWait::until(
        [&] { return launch.milliseconds >= 0 || process.state() == QProcess::NotRunning; },
        LaunchTimeoutMs);
    // Both programs quit by themselves once ready; wait, so that runs never overlap.
    if (!process.waitForFinished(LaunchTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (!ready || launch.milliseconds < 0) {
        // The last line a program prints before giving up is the one that says why.
        const QString stderrText =
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(u'\n', -1);
        launch.milliseconds = -1;
        launch.error =
            QStringLiteral("%1 gave no ready line (exit %2)%3")
                .arg(QFileInfo(program).fileName())
                .arg(process.exitCode())
                .arg(stderrText.isEmpty() ? QString() : QStringLiteral(": ") + stderrText);
    }
    return launch;
}

void BenchStartup::run(BenchReport *report)
{
    BenchFigure figure;
    figure.id = QStringLiteral("startup");
    figure.label = QStringLiteral("start to list (%1 rows)").arg(m_options.rows);
    figure.target = BenchFigure::Target::Ratio;
    figure.targetValue = 2.0;
    auto fail = [&](const QString &error) {
        figure.error = error;
        std::fprintf(stderr, "startup: %s\n", qPrintable(error));
        report->add(figure);
    };

    if (!QFileInfo(m_options.appPath).isExecutable())
        return fail(
            QStringLiteral("no fieldconnect executable at %1 (use --app)").arg(m_options.appPath));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(tmp.errorString());
    const QString dataDir = tmp.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    std::fprintf(stderr, "startup: seeding %d work orders...\n", m_options.rows);
    QString error;
    if (!BenchSeeder::seed(QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite")),
                           m_options.rows, &error))
        return fail(error);

    const QString self = QCoreApplication::applicationFilePath();
    const QStringList appArguments{QStringLiteral("--sandbox"), QStringLiteral("--data-dir"),
                                   dataDir, QStringLiteral("--report-ready")};
    const QStringList baselineArguments{QString::fromLatin1(BenchOptions::BaselineTableOption),
                                        dataDir};

    // Untimed first runs: the demo planning import (20 rows) and first-run set-up of the app
    // must not count, and both sides start with the file in the page cache.
    // A failed first start (the app's own demo planning import included) is an error of the
    // figure: the bench never does the app's work for it.
    const Launch firstApp = time(m_options.appPath, appArguments);
    if (!firstApp.error.isEmpty())
        return fail(QStringLiteral("the first start on a fresh data directory failed: %1")
                        .arg(firstApp.error));
    const Launch firstBaseline = time(self, baselineArguments);
    if (!firstBaseline.error.isEmpty())
        return fail(firstBaseline.error);
    std::fprintf(stderr,
                 "startup: warm-up fieldconnect %.1f ms (%d rows), baseline %.1f ms "
                 "(%d rows)\n",
                 firstApp.milliseconds, firstApp.rows, firstBaseline.milliseconds,
                 firstBaseline.rows);

    int appRows = -1;
    int baselineRows = -1;
    for (int i = 0; i < m_options.repeat; ++i) {
        // Alternate which side goes first, so drift (thermal, page cache) hits both alike.
        for (int side = 0; side < 2; ++side) {
            const bool subject = (side == 0) == (i % 2 == 0);
            const Launch l =
                subject ? time(m_options.appPath, appArguments) : time(self, baselineArguments);
            if (!l.error.isEmpty())
                return fail(l.error);
            (subject ? figure.subject : figure.baseline).add(l.milliseconds);
            (subject ? appRows : baselineRows) = l.rows;
            std::fprintf(stderr, "startup: run %d %s %.1f ms\n", i + 1,
                         subject ? "fieldconnect" : "baseline", l.milliseconds);
        }
    }
    if (appRows != baselineRows)
        return fail(QStringLiteral("row counts differ: fieldconnect %1, baseline %2")
                        .arg(appRows)
                        .arg(baselineRows));
    figure.note = QStringLiteral("%1 rows (%2 seeded + the demo planning), both from "
                                 "QProcess::start to the ready line at the first paint of the "
                                 "list's viewport; baseline = this executable with %3")
                      .arg(appRows)
                      .arg(m_options.rows)
                      .arg(QString::fromLatin1(BenchOptions::BaselineTableOption));
    report->add(figure);
}
