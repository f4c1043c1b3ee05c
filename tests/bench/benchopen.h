#pragma once

#include "benchoptions.h"

#include <QString>
#include <QUrl>

class BenchApp;
class BenchReport;
class QWebEngineView;

// Figure 2: Open in Deepomatic to page loaded, in this process. FieldConnect: from the click on
// the details pane's Open button to the connector page's loadFinished(true). Baseline: a bare
// QWebEngineView, on its own named persistent profile as the app's, loading the same URL
// (that of the subject run just before) to loadFinished(true). One warm-up load on each side;
// the app's, being the first QtWebEngine load of the process, is reported as the cold open.
class BenchOpen
{
public:
    explicit BenchOpen(const BenchOptions &options)
        : m_options(options)
    { }

    void run(BenchReport *report);

private:
    // Milliseconds, or -1 with *error set.
    static double openInApp(BenchApp &app, const QString &key, QUrl *url, QString *error);
    static double loadInBaseline(QWebEngineView *view, const QUrl &url, QString *error);

    BenchOptions m_options;
};
