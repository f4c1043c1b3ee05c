#pragma once

#include <QWebEngineUrlSchemeHandler>

// Chromium follows a redirect to a custom scheme (and so asks the page about it) only when the
// profile has a handler for that scheme. The baseline's handler is the least there is: it
// refuses every request. It is never reached when the page captures the navigation.
class BaselineSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void requestStarted(QWebEngineUrlRequestJob *job) override;
};
