#include "connectorsession.h"

#include "callbackschemehandler.h"
#include "callbackuri.h"
#include "connectorpage.h"
#include "urlorigin.h"
#include "webprofiles.h"

#include <QDesktopServices>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConnector)

namespace {
// Requests carry no fragment: the page's report and the handler's are matched without it.
QString bareUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QString originText(const QUrl &url)
{
    if (url.host().isEmpty())
        return url.scheme().left(40) + u':';
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host().left(80)).arg(url.port())
                          : url.host().left(80);
}
} // namespace

ConnectorSession::ConnectorSession(WebProfiles *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_openBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(m_profiles->schemeHandler(), &CallbackSchemeHandler::requestSeen, this,
            [this](const QUrl &url) {
                if (m_reportedByPage.removeOne(bareUrl(url)))
                    return;
                judge(url, Source::Elsewhere);
            });
}

ConnectorSession::~ConnectorSession()
{
    releasePage();
}

void ConnectorSession::releasePage()
{
    delete m_page.data();
    m_page.clear();
    m_pageSiteId.clear();
}

ConnectorPage *ConnectorSession::ensurePage(const SiteProfile &site)
{
    if (m_page && m_pageSiteId == site.id)
        return m_page;
    // A different site uses a different web profile: the page cannot move between profiles.
    releasePage();
    m_page = new ConnectorPage(m_profiles->profileFor(site), this);
    m_pageSiteId = site.id;
    applySite(site);
    connect(m_page, &ConnectorPage::callbackNavigationRequested, this,
            [this](const QUrl &url, bool isMainFrame, QWebEnginePage::NavigationType,
                   const QUrl &initiator, const QUrl &sentBy) {
                judge(url, isMainFrame ? Source::MainFrame : Source::SubFrame, initiator, sentBy);
            });
    connect(m_page, &ConnectorPage::callbackRequestStarted, this,
            [this](const QUrl &url) { m_reportedByPage << bareUrl(url); });
    connect(m_page, &ConnectorPage::popupCallbackRequested, this,
            [this](const QUrl &url) { judge(url, Source::PopUp); });
    emit pageCreated(m_page);
    return m_page;
}

void ConnectorSession::applySite(const SiteProfile &site)
{
    m_page->setSite(site);
    m_page->setCallbackMatcher(
        [site](const QUrl &url) { return CallbackUri::isCallbackSpace(site, url); });
}

ConnectorLink::Result ConnectorSession::open(const SiteProfile &site, const QString &workOrderKey,
                                             const QString &deepomaticId, const QString &launchId,
                                             bool preview)
{
    const QUrl callback = CallbackUri::forLaunch(site, launchId);
    ConnectorLink::Result link = ConnectorLink::build(site, deepomaticId, callback);
    if (!link.ok())
        return link;
    if (!CallbackUri::isWellFormedLaunchId(launchId))
        return {{}, tr("Internal error: the launch id is malformed.")};

    const bool external = !preview && site.connectorMode == SiteProfile::ConnectorMode::External;
    m_launch =
        Launch{workOrderKey, deepomaticId, launchId, callback, link.url, site, preview, external};
    m_reportedByPage.clear();
    if (external) {
        if (!m_openBrowser(link.url)) {
            m_launch.reset();
            return {{}, tr("The system browser could not be opened.")};
        }
        qCInfo(lcConnector) << "opened connector in the system browser for" << workOrderKey;
        emit launchStarted(*m_launch);
        return link;
    }
    ensurePage(site);
    // The same site id may come back with a changed allow-list, studio or callback mode.
    applySite(site);
    m_page->load(link.url);
    qCInfo(lcConnector) << (preview ? "opened a preview of" : "opened connector for")
                        << workOrderKey;
    emit launchStarted(*m_launch);
    return link;
}

void ConnectorSession::endLaunch()
{
    m_launch.reset();
}

ConnectorSession::Judgement ConnectorSession::reject(const QString &code, const QString &reason,
                                                     const QUrl &url,
                                                     const std::optional<QString> &workOrderKey)
{
    const QString key = workOrderKey ? *workOrderKey
                        : m_launch   ? m_launch->workOrderKey
                                     : QString();
    qCWarning(lcConnector).noquote() << "rejected callback for" << key << ":" << reason;
    emit callbackRejected(key, reason, url);
    return {false, code, reason, key, -1};
}

void ConnectorSession::judge(const QUrl &url, Source source, const QUrl &initiator,
                             const QUrl &sentBy)
{
    auto refuse = [&](const char *code, const QString &reason) {
        reject(QLatin1String(code), reason, url);
    };
    if (source == Source::PopUp)
        return refuse("popup", tr("The callback came from a pop-up window, not from the "
                                  "connector page."));
    if (source != Source::MainFrame)
        return refuse("not_main_frame",
                      tr("The callback did not come from the connector page itself."));
    if (!m_launch)
        return refuse("no_launch", tr("No connector launch is open."));
    // Only the studio's own page may end the launch: not a frame laid over it, not another
    // allow-listed host (an identity provider, a CDN), not a server it was sent on to.
    const QUrl studio = m_launch->site.studioUrl;
    if (!initiator.isEmpty() && !UrlOrigin::same(initiator, studio))
        return refuse("wrong_initiator",
                      tr("The callback was started by a page of %1, not by the Deepomatic "
                         "studio (%2).")
                          .arg(originText(initiator), originText(studio)));
    if (!UrlOrigin::same(sentBy, studio))
        return refuse("wrong_sender",
                      tr("The callback was sent by %1, not by the Deepomatic studio (%2).")
                          .arg(sentBy.isEmpty() ? tr("an unknown page") : originText(sentBy),
                               originText(studio)));
    conclude(url);
}

ConnectorSession::Judgement ConnectorSession::judgeExternal(const QUrl &url)
{
    const QUrl endpoint = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    for (const auto &[used, key] : std::as_const(m_usedCallbacks)) {
        if (used == endpoint)
            return reject(QStringLiteral("replay"),
                          tr("This callback was already used: a launch takes one callback only."),
                          url, key);
    }
    if (!m_launch)
        return reject(QStringLiteral("no_launch"), tr("No connector launch is open."), url);
    if (!m_launch->external && !m_launch->preview)
        // The view's own callbacks are checked for the page that sent them; a browser outside
        // the app cannot be, so it may only end a launch that was opened there.
        return reject(QStringLiteral("embedded_launch"),
                      tr("The open launch runs inside FieldConnect: a callback from a browser "
                         "outside the app is not accepted for it."),
                      url);
    return conclude(url);
}

ConnectorSession::Judgement ConnectorSession::conclude(const QUrl &url)
{
    // Kept open: every further attempt from the preview is rejected the same way.
    if (m_launch->preview)
        return reject(QStringLiteral("preview"),
                      tr("This page is a preview: a return from Deepomatic changes nothing."), url);

    const CallbackParser::Verdict verdict =
        CallbackParser::parse(url, {m_launch->callbackUri, m_launch->deepomaticId});
    if (!verdict.accepted)
        return reject(verdict.code, verdict.reason, url);

    const Launch launch = *m_launch;
    m_launch.reset(); // single use: a replay of the same URL is now rejected
    m_usedCallbacks.append({launch.callbackUri.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment),
                            launch.workOrderKey});
    if (m_usedCallbacks.size() > 64) // a day's launches: an older replay is still refused
        m_usedCallbacks.removeFirst();
    qCInfo(lcConnector) << "accepted callback for" << launch.workOrderKey << "progress"
                        << verdict.progress;
    emit callbackAccepted(launch, verdict, url);
    return {true, QStringLiteral("accepted"), {}, launch.workOrderKey, verdict.progress};
}
