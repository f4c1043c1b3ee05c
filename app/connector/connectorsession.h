#pragma once

#include "callbackparser.h"
#include "connectorlink.h"
#include "siteprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

#include "connectorpage.h"
class WebProfiles;

// One connector launch at a time: builds the URL, loads it in the (lazily created, reused)
// page, and judges every captured callback against the launch that is open. A callback is
// single-use: once accepted, the launch is over.
class ConnectorSession : public QObject
{
    Q_OBJECT
public:
    struct Launch {
        QString workOrderKey;
        QString deepomaticId;
        QString launchId;
        QUrl callbackUri;
        QUrl connectorUrl;
        SiteProfile site;
        // A dispatcher's read-only look at the page: every callback from it is rejected.
        bool preview = false;
        // Opened in the system browser (the site's connector_mode): its callback comes back
        // from another process, through the operating system's scheme handler.
        bool external = false;
    };

    // What became of a callback: accepted, or why not (a stable untranslated code beside the
    // translated reason).
    struct Judgement {
        bool accepted = false;
        QString code;
        QString reason;
        QString workOrderKey;
        int progress = -1;
    };

    // Opens a URL in the system browser; true when the system took it. The product's is
    // QDesktopServices::openUrl; tests play the browser instead of starting one.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    ConnectorSession(WebProfiles *profiles, QObject *parent = nullptr);
    ~ConnectorSession() override;

    // Builds the connector URL for this launch and loads it. On failure nothing is loaded and
    // the result says what is missing.
    // With `preview`, the page is only looked at: no callback from it is ever accepted.
    ConnectorLink::Result open(const SiteProfile &site, const QString &workOrderKey,
                               const QString &deepomaticId, const QString &launchId,
                               bool preview = false);
    // Forgets the open launch: any later callback for it is rejected.
    void endLaunch();
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    // A callback that came from outside the app (a browser, through the operating system's
    // fieldconnect:// handler): judged against the open launch by the same rules as a callback
    // captured in the view, and accepted only for a launch opened in the system browser.
    // callbackAccepted or callbackRejected follows, as for the view's.
    Judgement judgeExternal(const QUrl &url);

    std::optional<Launch> currentLaunch() const { return m_launch; }
    ConnectorPage *page() const { return m_page; }
    WebProfiles *profiles() const { return m_profiles; }
    ConnectorPage *ensurePage(const SiteProfile &site);
    // Deletes the page (before the profiles go): call on shutdown.
    void releasePage();

signals:
    void pageCreated(ConnectorPage *page);
    void launchStarted(const ConnectorSession::Launch &launch);
    void callbackAccepted(const ConnectorSession::Launch &launch,
                          const CallbackParser::Verdict &verdict, const QUrl &url);
    void callbackRejected(const QString &workOrderKey, const QString &reason, const QUrl &url);

private:
    // Where a captured callback came from: only the connector page's main frame is trusted.
    enum class Source { MainFrame, SubFrame, PopUp, Elsewhere };
    // initiator and sentBy as ConnectorPage::callbackNavigationRequested gives them.
    void judge(const QUrl &url, Source source, const QUrl &initiator = {}, const QUrl &sentBy = {});
    void applySite(const SiteProfile &site);
    // The open launch's own rules, whatever the source: the URL's launch and value, then
    // single use.
    Judgement conclude(const QUrl &url);
    // `key`: the work order it is recorded against (default: the open launch's).
    Judgement reject(const QString &code, const QString &reason, const QUrl &url,
                     const std::optional<QString> &key = std::nullopt);

    WebProfiles *m_profiles = nullptr;
    QPointer<ConnectorPage> m_page;
    QString m_pageSiteId;
    std::optional<Launch> m_launch;
    // The callback URIs of launches that already took their callback, with their work order:
    // a replay is named so, on that work order's audit trail.
    QList<QPair<QUrl, QString>> m_usedCallbacks;
    BrowserOpener m_openBrowser;
    // fieldconnect:// requests the page has reported, which the scheme handler reports again
    // when they reach it: judged once.
    QStringList m_reportedByPage;
};
