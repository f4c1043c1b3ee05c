#include "benchcallback.h"

#include "baselinepage.h"
#include "baselineschemehandler.h"
#include "benchapp.h"
#include "benchfigure.h"
#include "benchpagedriver.h"
#include "benchreport.h"
#include "benchwait.h"
#include "connectorpage.h"
#include "connectorsession.h"
#include "connectorview.h"
#include "firstpaintwatcher.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "workorderdetailspane.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>
#include <memory>

namespace {
constexpr int LoadTimeoutMs = 60000;
constexpr int CallbackTimeoutMs = 30000;
constexpr int SettleMs = 200;

bool waitForLoad(QWebEnginePage *page, const std::function<void()> &start)
{
    bool loaded = false;
    const auto c = QObject::connect(page, &QWebEnginePage::loadFinished, page,
                                    [&](bool ok) { loaded = loaded || ok; });
    start();
    BenchWait::until([&] { return loaded; }, LoadTimeoutMs);
    QObject::disconnect(c);
    return loaded;
}
} // namespace

bool BenchCallback::openPrepared(BenchApp &app, const QString &key, QUrl *url, QString *error)
{
    if (!app.planAndCreate(key, error))
        return false;
    QPushButton *open = app.openButtonFor(key, error);
    if (!open)
        return false;
    const auto onOpened =
        QObject::connect(app.controller(), &InterventionController::connectorOpened, open,
                         [&](const QString &k, const QUrl &u) {
                             if (k == key)
                                 *url = u;
                         });
    bool loaded = false;
    QMetaObject::Connection onLoaded;
    auto watch = [&](QWebEnginePage *page) {
        onLoaded = QObject::connect(page, &QWebEnginePage::loadFinished, page,
                                    [&](bool ok) { loaded = loaded || ok; });
    };
    if (ConnectorPage *existing = app.session()->page())
        watch(existing);
    // The first open creates the page, and loads it only after saying so.
    const auto onCreated = QObject::connect(app.session(), &ConnectorSession::pageCreated, open,
                                            [&](ConnectorPage *created) { watch(created); });
    open->click();
    BenchWait::until([&] { return loaded; }, LoadTimeoutMs);
    QObject::disconnect(onCreated);
    QObject::disconnect(onLoaded);
    QWebEnginePage *page = app.session()->page();
    QObject::disconnect(onOpened);
    if (!loaded || url->isEmpty()) {
        *error = QStringLiteral("%1: the connector page did not load").arg(key);
        return false;
    }
    if (!BenchPageDriver::waitForPhotoButtons(page)) {
        *error = QStringLiteral("%1: the connector page shows no Take photo button").arg(key);
        return false;
    }
    if (!BenchPageDriver::takeAllPhotos(app.window()->connectorView()->webView(), app.dir().path(),
                                        error))
        return false;
    if (app.window()->detailsPane()->closeButton()->isEnabled()) {
        *error = QStringLiteral("%1: Close intervention is enabled before the callback").arg(key);
        return false;
    }
    return true;
}

BenchCallback::AppTiming BenchCallback::finishInApp(BenchApp &app, const QString &key,
                                                    QString *error)
{
    AppTiming timing;
    QElapsedTimer timer;
    MainWindow *window = app.window();
    QPushButton *close = window->detailsPane()->closeButton();
    bool accepted = false;
    bool paneShowedIt = false;
    bool verified = false;
    bool closeEnabled = false;
    QPointer<FirstPaintWatcher> paint;
    // Connected after MainWindow's own slots, so these run once the window has reacted.
    const auto onAccepted = QObject::connect(
        app.controller(), &InterventionController::callbackAccepted, window, [&](const QString &k) {
            if (k != key || accepted)
                return;
            accepted = true;
            paneShowedIt =
                !window->isConnectorShown() && window->detailsPane()->currentKey() == key;
            // The figure ends when the button is on screen in its state after the callback,
            // as the baseline's does: the first paint of Close intervention from here on.
            paint = new FirstPaintWatcher(close);
            QObject::connect(paint, &FirstPaintWatcher::painted, paint, [&] {
                timing.recorded = double(timer.nsecsElapsed()) / 1e6;
                timing.verifiedBeforePaint = timing.verified >= 0;
                paint->deleteLater();
            });
        });
    const auto onVerified =
        QObject::connect(app.controller(), &InterventionController::verificationFinished, window,
                         [&](const QString &k, bool ok) {
                             if (k != key || timing.verified >= 0)
                                 return;
                             timing.verified = double(timer.nsecsElapsed()) / 1e6;
                             verified = ok;
                             closeEnabled = close->isEnabled();
                         });
    QWebEnginePage *page = app.session()->page();
    timer.start();
    page->runJavaScript(BenchPageDriver::finishScript());
    BenchWait::until([&] { return timing.verified >= 0 && timing.recorded >= 0; },
                     CallbackTimeoutMs);
    QObject::disconnect(onAccepted);
    QObject::disconnect(onVerified);
    delete paint; // still waiting after a time-out: it must not fire into this frame
    if (!accepted)
        *error = QStringLiteral("%1: the callback was never accepted").arg(key);
    else if (!paneShowedIt)
        *error = QStringLiteral("%1: the details pane did not show the work order").arg(key);
    else if (timing.recorded < 0)
        *error =
            QStringLiteral("%1: Close intervention was never painted after the callback").arg(key);
    else if (timing.verified < 0)
        *error = QStringLiteral("%1: the verification never finished").arg(key);
    else if (!verified || !closeEnabled)
        *error = QStringLiteral("%1: verified %2, Close intervention enabled %3")
                     .arg(key)
                     .arg(verified)
                     .arg(closeEnabled);
    if (!error->isEmpty())
        timing = {};
    return timing;
}

double BenchCallback::finishInBaseline(QWebEngineView *view, QPushButton *button, const QUrl &url,
                                       QString *error)
{
    auto *page = qobject_cast<BaselinePage *>(view->page());
    button->setEnabled(false);
    if (!waitForLoad(page, [&] { page->load(url); })) {
        *error = QStringLiteral("the baseline page did not load");
        return -1;
    }
    // The photos of this work order were taken in the app's run: the page shows them taken.
    if (!BenchPageDriver::waitForPhotoButtons(page)
        || !BenchPageDriver::takeAllPhotos(view, QString(), error)) {
        if (error->isEmpty())
            *error = QStringLiteral("the baseline page shows no Take photo button");
        return -1;
    }
    BenchWait::settle(SettleMs);
    QElapsedTimer timer;
    bool navigated = false;
    double painted = -1;
    QPointer<FirstPaintWatcher> paint;
    const auto c = QObject::connect(page, &BaselinePage::callbackCaptured, page, [&] {
        if (navigated)
            return;
        navigated = true;
        // Enabled by the page already: the figure ends when that state is on screen.
        paint = new FirstPaintWatcher(button);
        QObject::connect(paint, &FirstPaintWatcher::painted, paint, [&] {
            if (button->isEnabled())
                painted = double(timer.nsecsElapsed()) / 1e6;
            paint->deleteLater();
        });
    });
    timer.start();
    page->runJavaScript(BenchPageDriver::finishScript());
    BenchWait::until([&] { return painted >= 0; }, CallbackTimeoutMs);
    QObject::disconnect(c);
    delete paint;
    if (!navigated)
        *error = QStringLiteral("the baseline page never navigated to the callback");
    else if (painted < 0)
        *error = QStringLiteral("the baseline button was never painted enabled");
    return painted;
}

void BenchCallback::run(BenchReport *report)
{
    BenchFigure recorded;
    recorded.id = QStringLiteral("callback");
    recorded.label = QStringLiteral("callback to button (no verify)");
    recorded.target = BenchFigure::Target::AbsoluteMs;
    recorded.targetValue = 50;
    BenchFigure verified;
    verified.id = QStringLiteral("callback_verified");
    verified.label = QStringLiteral("callback to verified decision");
    auto finishReport = [&](const QString &error) {
        if (!error.isEmpty()) {
            std::fprintf(stderr, "callback: %s\n", qPrintable(error));
            recorded.error = verified.error = error;
        }
        report->add(recorded);
        report->add(verified);
    };

    BenchApp app;
    QString error;
    if (!app.start(&error))
        return finishReport(error);

    // Named and persistent like the app's web profile; the button stands for Close
    // intervention, above a bare view of the page.
    auto *profile = new QWebEngineProfile(QStringLiteral("fieldconnect-bench-callback"));
    profile->setPersistentStoragePath(app.dir().filePath(QStringLiteral("baseline-web")));
    profile->setCachePath(app.dir().filePath(QStringLiteral("baseline-web/cache")));
    profile->installUrlSchemeHandler("fieldconnect", new BaselineSchemeHandler(profile));
    auto host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(host.get());
    auto *button = new QPushButton(QStringLiteral("Close intervention"), host.get());
    auto *view = new QWebEngineView(host.get());
    auto *page = new BaselinePage(profile, button, view);
    view->setPage(page);
    layout->addWidget(button);
    layout->addWidget(view, 1);
    host->resize(1280, 800);
    host->show();

    // Run 0 warms both sides up and is not counted.
    for (int i = 0; i <= m_options.repeat; ++i) {
        const QString key = QStringLiteral("BENCH-CALLBACK-%1").arg(i);
        QUrl url;
        if (!openPrepared(app, key, &url, &error))
            break;
        BenchWait::settle(SettleMs);
        const AppTiming timing = finishInApp(app, key, &error);
        if (!error.isEmpty())
            break;
        BenchWait::settle(SettleMs);
        const double baseline = finishInBaseline(view, button, url, &error);
        if (baseline < 0)
            break;
        BenchWait::settle(SettleMs);
        std::fprintf(stderr,
                     "callback: %s %d fieldconnect button painted %.1f ms%s, verified %.1f ms; "
                     "baseline %.1f ms\n",
                     i == 0 ? "warm-up" : "run", i, timing.recorded,
                     timing.verifiedBeforePaint ? " (verification had already decided)" : "",
                     timing.verified, baseline);
        if (i == 0)
            continue;
        recorded.subject.add(timing.recorded);
        verified.subject.add(timing.verified);
        recorded.baseline.add(baseline);
        verified.baseline.add(baseline);
    }
    host.reset(); // the page before its profile
    delete profile;

    recorded.note = QStringLiteral(
        "from runJavaScript(Finish click) on the sandbox page (GET, 302 to fieldconnect://) to "
        "the first paint of Close intervention after callbackAccepted: the callback parsed, "
        "committed to SQLite with its event, the details pane back on screen with the button in "
        "its state before verification (without verification); baseline: bare "
        "QWebEnginePage enabling a QPushButton in acceptNavigationRequest, to that button's "
        "first paint; same page, same trigger, same end (the button's new state on screen)");
    verified.note = QStringLiteral("same start, to verificationFinished with Close "
                                   "intervention enabled (includes the GET to the sandbox API); "
                                   "same baseline");
    finishReport(error);
}
