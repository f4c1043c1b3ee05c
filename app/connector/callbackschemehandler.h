#pragma once

#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

// Where every fieldconnect:// request that starts ends: the connector page's own main-frame
// callbacks (already reported by the page's interceptor), an <img>, another page of the same
// web profile. Each is ended at once, without a page, instead of hanging. It reports what it
// saw; it never accepts a callback by itself, because it cannot tell which page sent it.
class CallbackSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    // Must run before QApplication is constructed.
    static void registerScheme();

    void requestStarted(QWebEngineUrlRequestJob *job) override;

signals:
    void requestSeen(const QUrl &url, const QUrl &initiator);
};
