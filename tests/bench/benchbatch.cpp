#include "benchbatch.h"

#include "benchfigure.h"
#include "benchreport.h"
#include "sandboxserver.h"
#include "workorder.h"
#include "workorderevent.h"
#include "workorderstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

QList<WorkOrder> plannedWorkOrders(const QStringList &types)
{
    QList<WorkOrder> list;
    list.reserve(BenchBatch::WorkOrders);
    const QDate first(2026, 6, 1);
    for (int i = 0; i < BenchBatch::WorkOrders; ++i) {
        WorkOrder wo;
        wo.key = wo.name = QStringLiteral("WO-BATCH-%1").arg(10000 + i);
        wo.siteProfile = QString::fromLatin1(SandboxServer::ProfileId);
        wo.plannedDate = first.addDays(i / 40);
        wo.address = QStringLiteral("%1 rue de la République, Lyon").arg(i % 200 + 1);
        wo.technicianName = QStringLiteral("Camille Martin");
        wo.status = WorkOrderStatus::Planned;
        if (!types.isEmpty())
            wo.types = QStringList{types.at(i % types.size())};
        list << wo;
    }
    return list;
}

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Run {
    double wallMs = 0;
    double cpuMs = 0;
    int posts = 0;
    QString error;
};

// Runs a child to its end while this process's event loop serves the sandbox.
Run runChild(SandboxServer *sandbox, const QString &program, const QStringList &arguments)
{
    Run run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    const int postsBefore = sandbox->createRequestCount();
    const double cpuBefore = childCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart)
        loop.exec();
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = childCpuMs() - cpuBefore;
    run.posts = sandbox->createRequestCount() - postsBefore;
    if (process.error() == QProcess::FailedToStart)
        run.error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
    else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        run.error = QStringLiteral("%1 ended with code %2").arg(program).arg(process.exitCode());
    else if (run.posts != BenchBatch::WorkOrders)
        run.error = QStringLiteral("%1 made %2 POSTs instead of %3")
                        .arg(program)
                        .arg(run.posts)
                        .arg(BenchBatch::WorkOrders);
    return run;
}

// curl's config file: one POST per work order, the body the app sends for it.
QByteArray curlConfig(const QUrl &endpoint, const QList<WorkOrder> &workOrders)
{
    auto quoted = [](QByteArray value) {
        value.replace('\\', "\\\\").replace('"', "\\\"");
        return '"' + value + '"';
    };
    QByteArray config;
    const QByteArray url = quoted(endpoint.toString().toUtf8());
    const QByteArray auth = quoted("Authorization: Token " + QByteArray(SandboxServer::DemoToken));
    for (const WorkOrder &wo : workOrders) {
        // "next" between transfers only: a trailing one starts a transfer with no URL.
        if (!config.isEmpty())
            config += "next\n";
        config += "url = " + url + "\nrequest = \"POST\"\nheader = " + auth
                  + "\nheader = \"Content-Type: application/json\"\ndata-binary = "
                  + quoted(QJsonDocument(wo.toCreateRequest()).toJson(QJsonDocument::Compact))
                  + "\noutput = \"/dev/null\"\n";
    }
    return config;
}

} // namespace

void BenchBatch::run(BenchReport *report)
{
    // A line per create from the in-process sandbox would cost both sides alike, but drown the
    // report.
    QLoggingCategory::setFilterRules(QStringLiteral("fieldconnect.sandbox.info=false"));
    BenchFigure wall;
    wall.id = QStringLiteral("batch");
    wall.label = QStringLiteral("batch creation of %1 on the sandbox, %2 in flight")
                     .arg(WorkOrders)
                     .arg(InFlight);
    wall.target = BenchFigure::Target::Ratio;
    wall.targetValue = 1.0;
    BenchFigure cpu;
    cpu.id = QStringLiteral("batch-cpu");
    cpu.label = QStringLiteral("batch creation of %1: CPU of the client process").arg(WorkOrders);
    auto fail = [&](const QString &error) {
        wall.error = error;
        std::fprintf(stderr, "batch: %s\n", qPrintable(error));
        report->add(wall);
    };

    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        return fail(QStringLiteral("no curl on the PATH: the baseline cannot run"));
    if (!QFileInfo(m_options.appPath).isExecutable())
        return fail(
            QStringLiteral("no fieldconnect executable at %1 (use --app)").arg(m_options.appPath));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(tmp.errorString());

    // The site's types, so that every create is accepted.
    QStringList types;
    {
        SandboxServer probe;
        types = probe.workOrderTypes();
    }
    const QList<WorkOrder> workOrders = plannedWorkOrders(types);

    // One database with the planned work orders, copied fresh for each run of the app.
    const QString seeded = tmp.filePath(QStringLiteral("seeded.sqlite"));
    {
        WorkOrderStore store;
        if (!store.open(seeded))
            return fail(store.lastError());
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("imported");
        planned.time = QDateTime::currentDateTimeUtc();
        planned.reason = QStringLiteral("benchmark planning");
        if (!store.insert(workOrders, planned))
            return fail(store.lastError());
    }
    const QString config = tmp.filePath(QStringLiteral("curl.config"));
    QString error;
    auto attempt = [&](int index, bool subject, Run *out) {
        // A fresh sandbox each run: both sides find it empty of what the last one created.
        SandboxServer sandbox;
        sandbox.setSignInMode(SandboxSignIn::Mode::Off);
        if (!sandbox.start(0)) {
            error = sandbox.errorString();
            return false;
        }
        if (subject) {
            const QString dataDir = tmp.filePath(QStringLiteral("data-%1").arg(index));
            QDir().mkpath(dataDir);
            const QString db = QDir(dataDir).filePath(QStringLiteral("fieldconnect.sqlite"));
            if (!QFile::copy(seeded, db)) {
                error = QStringLiteral("cannot copy the seeded database to %1").arg(db);
                return false;
            }
            *out = runChild(&sandbox, m_options.appPath,
                            {QStringLiteral("--create-all"), QStringLiteral("--sandbox-url"),
                             sandbox.baseUrl().toString(), QStringLiteral("--data-dir"), dataDir});
        } else {
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(curlConfig(
                       sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v0.2/work-orders/"))),
                       workOrders))
                       < 0) {
                error = file.errorString();
                return false;
            }
            file.close();
            *out = runChild(&sandbox, curl,
                            {QStringLiteral("--silent"), QStringLiteral("--no-progress-meter"),
                             QStringLiteral("--fail"), QStringLiteral("--parallel"),
                             QStringLiteral("--parallel-max"), QString::number(InFlight),
                             QStringLiteral("--config"), config});
        }
        error = out->error;
        return error.isEmpty();
    };

    // Untimed first runs of each: the page cache and the app's first-run set-up.
    Run warm;
    if (!attempt(0, true, &warm))
        return fail(error);
    if (!attempt(0, false, &warm))
        return fail(error);
    for (int i = 0; i < m_options.repeat; ++i) {
        // Alternate which side goes first, so drift hits both alike.
        for (int side = 0; side < 2; ++side) {
            const bool subject = (side == 0) == (i % 2 == 0);
            Run r;
            if (!attempt(i + 1, subject, &r))
                return fail(error);
            (subject ? wall.subject : wall.baseline).add(r.wallMs);
            (subject ? cpu.subject : cpu.baseline).add(r.cpuMs);
            std::fprintf(stderr, "batch: run %d %s %.0f ms wall, %.0f ms CPU\n", i + 1,
                         subject ? "fieldconnect" : "curl", r.wallMs, r.cpuMs);
        }
    }
    wall.note = QStringLiteral("fieldconnect --create-all --sandbox-url on a data dir of %1 "
                               "planned work orders (whole process, start-up included) against "
                               "curl --parallel --parallel-max %2 with the same bodies; a fresh "
                               "in-process sandbox for each run; wall time")
                    .arg(WorkOrders)
                    .arg(InFlight);
    cpu.note = QStringLiteral("user + system CPU of the child process (getrusage RUSAGE_CHILDREN); "
                              "the sandbox's own CPU is in the bench process, alike for both");
    report->add(wall);
    report->add(cpu);
}
