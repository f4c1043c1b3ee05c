#include "connectorsession.h"

#include "callbackschemehandler.h"
#include "callbackuri.h"
#include "connectorpage.h"
#include "urlorigin.h"
#include "webprofiles.h"

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

    m_launch = Launch{workOrderKey, deepomaticId, launchId, callback, link.url, site, preview};
    m_reportedByPage.clear();
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

void ConnectorSession::judge(const QUrl &url, Source source, const QUrl &initiator,
                             const QUrl &sentBy)
{
    const QString key = m_launch ? m_launch->workOrderKey : QString();
    auto reject = [&](const QString &reason) {
        qCWarning(lcConnector).noquote() << "rejected callback for" << key << ":" << reason;
        emit callbackRejected(key, reason, url);
    };
    if (source == Source::PopUp)
        return reject(tr("The callback came from a pop-up window, not from the connector page."));
    if (source != Source::MainFrame)
        return reject(tr("The callback did not come from the connector page itself."));
    if (!m_launch)
        return reject(tr("No connector launch is open."));
    // Only the studio's own page may end the launch: not a frame laid over it, not another
    // allow-listed host (an identity provider, a CDN), not a server it was sent on to.
    const QUrl studio = m_launch->site.studioUrl;
    if (!initiator.isEmpty() && !UrlOrigin::same(initiator, studio))
        return reject(tr("The callback was started by a page of %1, not by the Deepomatic "
                         "studio (%2).")
                          .arg(originText(initiator), originText(studio)));
    if (!UrlOrigin::same(sentBy, studio))
        return reject(tr("The callback was sent by %1, not by the Deepomatic studio (%2).")
                          .arg(sentBy.isEmpty() ? tr("an unknown page") : originText(sentBy),
                               originText(studio)));
    // Kept open: every further attempt from the preview is rejected the same way.
    if (m_launch->preview)
        return reject(tr("This page is a preview: a return from Deepomatic changes nothing."));

    const CallbackParser::Verdict verdict =
        CallbackParser::parse(url, {m_launch->callbackUri, m_launch->deepomaticId});
    if (!verdict.accepted)
        return reject(verdict.reason);

    const Launch launch = *m_launch;
    m_launch.reset(); // single use: a replay of the same URL is now rejected
    qCInfo(lcConnector) << "accepted callback for" << launch.workOrderKey << "progress"
                        << verdict.progress;
    emit callbackAccepted(launch, verdict, url);
}
