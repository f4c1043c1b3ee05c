#include "popuptrap.h"

#include <QTimer>

namespace {
// A pop-up opened without a URL never navigates; it must not live as long as the connector.
constexpr int kLifetimeMs = 10000;
} // namespace

PopupTrap::PopupTrap(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QTimer::singleShot(kLifetimeMs, this, &QObject::deleteLater);
}

bool PopupTrap::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (isMainFrame) {
        emit navigationAttempted(url);
        // One attempt is all a pop-up gets; Chromium may still hold the page for a moment.
        deleteLater();
    }
    return false;
}

QWebEnginePage *PopupTrap::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}
