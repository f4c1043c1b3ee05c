#pragma once

#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

// The safety net behind navigation capture: any request for a fieldconnect:// URL that reaches
// the network layer (a sub-frame, an <img>, a navigation that escaped capture) gets a small
// page at once instead of a hang or a blank view. It reports what it saw; it never accepts a
// callback by itself, because it cannot tell a main-frame navigation from a sub-resource.
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
