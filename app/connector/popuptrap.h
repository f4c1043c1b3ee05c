#pragma once

#include <QUrl>
#include <QWebEnginePage>

// What the connector page hands Chromium when the site asks for a new window: a page that is
// never shown and never loads anything. It exists only so that FieldConnect learns where the
// pop-up wanted to go (a callback, an external link) instead of the request vanishing; a
// callback seen here is never trusted, because it did not come from the connector page.
class PopupTrap : public QWebEnginePage
{
    Q_OBJECT
public:
    PopupTrap(QWebEngineProfile *profile, QObject *parent);

signals:
    void navigationAttempted(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};
