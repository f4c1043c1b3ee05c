#pragma once

#include "siteprofile.h"

#include <QUrl>
#include <QWebEngineCertificateError>
#include <QWebEnginePage>

#include <functional>
#include <optional>

class CallbackInterceptor;

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
class QWebEnginePermission;
#endif

// The page that shows Deepomatic's work order connector. Navigations into FieldConnect's
// callback space are captured here and never shown, whether they come from a server redirect
// or from script, with who started them. The site profile decides everything else the page may
// do: which hosts it may show, at top level and in frames, whether camera and microphone are
// granted, whether downloads are kept, and which one invalid certificate (host + SHA-256
// fingerprint) may be accepted.
class ConnectorPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using CallbackMatcher = std::function<bool(const QUrl &)>;
    // Answers the page's file chooser (photos) instead of the platform dialog: used by the
    // autopilot and the end-to-end tests, which have no one to pick a file.
    using FileChooser = std::function<QStringList(FileSelectionMode, const QStringList &accepted)>;

    ConnectorPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setCallbackMatcher(CallbackMatcher matcher);
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
    // A request into the callback space. For the main frame, initiator is the origin of the
    // document that started the navigation (empty when FieldConnect started it) and sentBy the
    // last address the main frame was sent to before it (the server that redirected, or the
    // page whose script navigated). A frame's callback is never started, so both are empty.
    void callbackNavigationRequested(const QUrl &url, bool isMainFrame,
                                     QWebEnginePage::NavigationType type, const QUrl &initiator,
                                     const QUrl &sentBy);
    // A reported callback request went on to the scheme handler (fieldconnect://), which sees
    // it again.
    void callbackRequestStarted(const QUrl &url);
    // A pop-up (window.open, target=_blank) tried to go to the callback space.
    void popupCallbackRequested(const QUrl &url);
    // A top-level navigation, a frame or a pop-up outside the allow-list was not loaded; reason
    // is a short sentence for the user.
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
    void onCallbackRequest(const QUrl &url, bool isMainFrame, const QUrl &initiator);
    bool allowsFrame(const QUrl &url) const;
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
    CallbackInterceptor *m_interceptor = nullptr;
    // The last address the main frame was sent to (reset to the shown page when a load ends).
    QUrl m_lastHop;
    // A main-frame callback let through acceptNavigationRequest, waiting for the interceptor
    // to say who started it. The URL keeps its fragment, which requests never carry.
    struct PendingCallback {
        QUrl url;
        NavigationType type = NavigationTypeOther;
        QUrl sentBy;
    };
    std::optional<PendingCallback> m_pendingCallback;
};
