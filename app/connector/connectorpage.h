#pragma once

#include "siteprofile.h"

#include <QUrl>
#include <QWebEngineCertificateError>
#include <QWebEnginePage>

#include <functional>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
class QWebEnginePermission;
#endif

// The page that shows Deepomatic's work order connector. Navigations into FieldConnect's
// callback space are captured here and never loaded, whether they come from a server redirect
// or from script. The site profile decides everything else the page may do: which hosts it may
// show at top level, whether camera and microphone are granted, whether downloads are kept, and
// which one invalid certificate (host + SHA-256 fingerprint) may be accepted.
class ConnectorPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using CallbackMatcher = std::function<bool(const QUrl &)>;
    // Answers the page's file chooser (photos) instead of the platform dialog: used by the
    // autopilot and the end-to-end tests, which have no one to pick a file.
    using FileChooser = std::function<QStringList(FileSelectionMode, const QStringList &accepted)>;

    ConnectorPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setCallbackMatcher(CallbackMatcher matcher) { m_isCallback = std::move(matcher); }
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    // The navigation allow-list, external-link, media and download policies come from here.
    void setSite(const SiteProfile &site) { m_site = site; }
    const SiteProfile &site() const { return m_site; }
    // Where Retry goes: the last main-frame address reached without a form submission (the
    // connector link at first). Loading it again never re-sends a form.
    QUrl retryUrl() const { return m_lastGetUrl; }
    // The last main-frame navigation submitted a form: a plain reload would post it again.
    bool lastNavigationPostedForm() const { return m_lastWasForm; }

signals:
    void callbackNavigationRequested(const QUrl &url, bool isMainFrame,
                                     QWebEnginePage::NavigationType type);
    // A pop-up (window.open, target=_blank) tried to go to the callback space.
    void popupCallbackRequested(const QUrl &url);
    // A top-level navigation (or pop-up) outside the allow-list was not loaded; reason is a
    // short sentence for the user.
    void navigationBlocked(const QUrl &url, const QString &reason);
    // With the "open" external-link policy: the UI should hand this URL to the system browser.
    void externalNavigationRequested(const QUrl &url);
    // Every permission request, answered at once; permission is Qt's enum key
    // ("MediaVideoCapture", "Geolocation", ...).
    void permissionDecided(const QUrl &origin, const QString &permission, bool granted);
    void downloadRefused(const QUrl &url);
    // A certificate error was refused (no matching override in the site profile): the page is
    // blocked. description is Chromium's, for the user.
    void certificateRejected(const QUrl &url, const QString &description);
    // The certificate pinned by the site profile for this host was accepted despite its error.
    void certificateOverridden(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;

private:
    void refuseOutsideNavigation(const QUrl &url);
    void onPopupNavigation(const QUrl &url);
    void onCertificateError(const QWebEngineCertificateError &error);
    void decideCertificate(QWebEngineCertificateError error);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void decidePermission(QWebEnginePermission permission);
#else
    void decideFeature(const QUrl &origin, QWebEnginePage::Feature feature);
#endif

    CallbackMatcher m_isCallback;
    FileChooser m_chooseFiles;
    SiteProfile m_site;
    QUrl m_lastGetUrl;
    bool m_lastWasForm = false;
};
