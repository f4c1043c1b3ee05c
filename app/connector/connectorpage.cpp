#include "connectorpage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnector, "fieldconnect.connector")

ConnectorPage::ConnectorPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

bool ConnectorPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_isCallback && m_isCallback(url)) {
        // Captured: report it and keep the page where it is. Whether it is trusted is decided
        // by the session, which knows the launch.
        emit callbackNavigationRequested(url, isMainFrame, type);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage *ConnectorPage::createWindow(WebWindowType type)
{
    // The connector lives in one view: pop-ups and new tabs are not opened (and a callback
    // from one can never be captured as a main-frame navigation of this page).
    qCInfo(lcConnector) << "refused a new window of type" << type;
    return nullptr;
}

QStringList ConnectorPage::chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                                       const QStringList &acceptedMimeTypes)
{
    if (m_chooseFiles)
        return m_chooseFiles(mode, acceptedMimeTypes);
    // The platform's dialog; on a tablet it offers the camera roll and, where the platform
    // supports it, the camera.
    return QWebEnginePage::chooseFiles(mode, oldFiles, acceptedMimeTypes);
}
