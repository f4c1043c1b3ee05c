#include "baselinepage.h"

#include <QPushButton>

BaselinePage::BaselinePage(QWebEngineProfile *profile, QPushButton *button, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_button(button)
{ }

bool BaselinePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1String("fieldconnect")) {
        m_button->setEnabled(true);
        emit callbackCaptured(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}
