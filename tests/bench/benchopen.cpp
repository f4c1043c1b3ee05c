#include "benchopen.h"

#include "benchapp.h"
#include "benchfigure.h"
#include "benchreport.h"
#include "benchwait.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "interventioncontroller.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>
#include <memory>

namespace {
constexpr int LoadTimeoutMs = 60000;
constexpr int SettleMs = 200;
} // namespace

double BenchOpen::openInApp(BenchApp &app, const QString &key, QUrl *url, QString *error)
{
    QPushButton *open = app.openButtonFor(key, error);
    if (!open)
        return -1;
    QUrl opened;
    const auto onOpened =
        QObject::connect(app.controller(), &InterventionController::connectorOpened, open,
                         [&](const QString &k, const QUrl &u) {
                             if (k == key)
                                 opened = u;
                         });
    QElapsedTimer timer;
    double loaded = -1;
    timer.start();
    open->click();
    QObject::disconnect(onOpened);
    // The load is asynchronous: connecting after the (synchronous) click misses nothing, and
    // the page exists only once the first click has created it.
    ConnectorPage *page = app.session()->page();
    if (!page || opened.isEmpty()) {
        *error = QStringLiteral("the click on Open did not start a connector load");
        return -1;
    }
    int failed = 0;
    const auto onLoaded = QObject::connect(page, &QWebEnginePage::loadFinished, page, [&](bool ok) {
        if (loaded >= 0)
            return;
        if (ok)
            loaded = double(timer.nsecsElapsed()) / 1e6;
        else
            ++failed;
    });
    BenchWait::until([&] { return loaded >= 0; }, LoadTimeoutMs);
    QObject::disconnect(onLoaded);
    if (loaded < 0)
        *error = QStringLiteral("the connector page never finished loading (%1 failed loads)")
                     .arg(failed);
    *url = opened;
    return loaded;
}

double BenchOpen::loadInBaseline(QWebEngineView *view, const QUrl &url, QString *error)
{
    QElapsedTimer timer;
    double loaded = -1;
    int failed = 0;
    const auto onLoaded = QObject::connect(view, &QWebEngineView::loadFinished, view, [&](bool ok) {
        if (loaded >= 0)
            return;
        if (ok)
            loaded = double(timer.nsecsElapsed()) / 1e6;
        else
            ++failed;
    });
    timer.start();
    view->load(url);
    BenchWait::until([&] { return loaded >= 0; }, LoadTimeoutMs);
    QObject::disconnect(onLoaded);
    if (loaded < 0)
        *error = QStringLiteral("the baseline view never finished loading (%1 failed loads)")
                     .arg(failed);
    return loaded;
}

void BenchOpen::run(BenchReport *report)
{
    BenchFigure figure;
    figure.id = QStringLiteral("open");
    figure.label = QStringLiteral("open to page loaded");
    figure.target = BenchFigure::Target::Ratio;
    figure.targetValue = 1.2;
    BenchFigure cold;
    cold.id = QStringLiteral("open_cold");
    cold.label = QStringLiteral("  cold first open (QtWebEngine)");
    auto fail = [&](const QString &error) {
        figure.error = error;
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        report->add(figure);
    };

    BenchApp app;
    QString error;
    if (!app.start(&error))
        return fail(error);
    const QString key = QStringLiteral("BENCH-OPEN-1");
    if (!app.planAndCreate(key, &error))
        return fail(error);

    // The first load of the process pays for starting QtWebEngine: the app goes first, so
    // that cost is its own, and is reported apart.
    QUrl url;
    const double first = openInApp(app, key, &url, &error);
    if (first < 0)
        return fail(error);
    cold.subject.add(first);
    BenchWait::settle(SettleMs);

    // Named and persistent like the app's web profile (WebProfiles), so both sides have a disk
    // cache and a cookie store.
    auto *profile = new QWebEngineProfile(QStringLiteral("fieldconnect-bench-open"));
    profile->setPersistentStoragePath(app.dir().filePath(QStringLiteral("baseline-web")));
    profile->setCachePath(app.dir().filePath(QStringLiteral("baseline-web/cache")));
    auto view = std::make_unique<QWebEngineView>();
    view->setPage(new QWebEnginePage(profile, view.get()));
    view->resize(1280, 800);
    view->show();
    const double baselineFirst = loadInBaseline(view.get(), url, &error);
    if (baselineFirst < 0) {
        view.reset();
        delete profile;
        return fail(error);
    }
    BenchWait::settle(SettleMs);
    std::fprintf(stderr, "open: cold fieldconnect %.1f ms, first baseline %.1f ms\n", first,
                 baselineFirst);

    for (int i = 0; i < m_options.repeat && figure.error.isEmpty(); ++i) {
        // A fresh launch for every app run; the baseline loads the URL that launch opened.
        const double subject = openInApp(app, key, &url, &error);
        if (subject < 0) {
            figure.error = error;
            break;
        }
        figure.subject.add(subject);
        BenchWait::settle(SettleMs);
        app.window()->showWorkOrders();
        const double baseline = loadInBaseline(view.get(), url, &error);
        if (baseline < 0) {
            figure.error = error;
            break;
        }
        figure.baseline.add(baseline);
        BenchWait::settle(SettleMs);
        std::fprintf(stderr, "open: run %d fieldconnect %.1f ms, baseline %.1f ms\n", i + 1,
                     subject, baseline);
    }
    view.reset(); // the page before its profile
    delete profile;

    figure.note = QStringLiteral(
        "in-process, sandbox on loopback; app: click on Open (launch recorded in SQLite, page "
        "reused) to loadFinished(true); baseline: bare QWebEngineView with its own named, "
        "persistent QWebEngineProfile, load(same URL) to loadFinished(true); one warm-up each");
    cold.note = QStringLiteral("the app's first open in the process, QtWebEngine start-up "
                               "included; not compared");
    report->add(figure);
    report->add(cold);
}
