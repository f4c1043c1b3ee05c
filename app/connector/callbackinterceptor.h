#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <functional>

// Sees every request of one page before it leaves, with what acceptNavigationRequest does not
// tell: which document started it (Chromium's initiator) and what it loads (main frame, frame,
// image...). Requests into FieldConnect's callback space are reported; an https callback is
// also stopped here, so it never reaches the network. The custom scheme goes on to
// FieldConnect's scheme handler, which ends it without a page, so the page stays as it was.
class CallbackInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using Matcher = std::function<bool(const QUrl &)>;

    explicit CallbackInterceptor(QObject *parent = nullptr);

    void setMatcher(Matcher matcher) { m_isCallback = std::move(matcher); }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    // url has no fragment (Chromium never sends one); initiator is empty when FieldConnect
    // itself started the navigation (load(), Retry).
    void callbackRequested(const QUrl &url, bool isMainFrame, const QUrl &initiator);

private:
    Matcher m_isCallback;
};
