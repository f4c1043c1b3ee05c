#pragma once

#include "benchoptions.h"

#include <QString>
#include <QUrl>

class BaselinePage;
class BenchApp;
class BenchReport;
class QPushButton;
class QWebEngineView;

// Figure 3: callback to button state, in this process. For each run a fresh work order is
// planned, created, opened and has all its photos taken (untimed); then the clock starts at
// runJavaScript of the sandbox page's Finish click and stops (a) when the callback has been
// recorded and the Close intervention button is on screen in its state after it (its first
// paint after InterventionController::callbackAccepted: the "callback → button state
// without verification"), and (b) when the API verification has decided and the button is
// enabled (verificationFinished). Baseline: BaselinePage, which enables a QPushButton in
// acceptNavigationRequest, on the same page (same URL), from the same Finish click, to that
// button's first paint: both figures end at the same observable state.
class BenchCallback
{
public:
    explicit BenchCallback(const BenchOptions &options)
        : m_options(options)
    { }

    void run(BenchReport *report);

private:
    struct AppTiming {
        double recorded = -1; // (a)
        double verified = -1; // (b)
        bool verifiedBeforePaint = false; // (b) came first: (a) then shows the verified state
    };
    static bool openPrepared(BenchApp &app, const QString &key, QUrl *url, QString *error);
    static AppTiming finishInApp(BenchApp &app, const QString &key, QString *error);
    static double finishInBaseline(QWebEngineView *view, QPushButton *button, const QUrl &url,
                                   QString *error);

    BenchOptions m_options;
};
