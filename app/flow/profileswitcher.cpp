#include "profileswitcher.h"

#include "apitokenloader.h"
#include "connectorsession.h"
#include "credentialstore.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "outboxrunner.h"
#include "profileregistry.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProfiles, "fieldconnect.profiles")

ProfileSwitcher::ProfileSwitcher(ProfileRegistry *registry, DeepomaticClient *client,
                                 InterventionController *controller, ConnectorSession *session,
                                 CredentialStore *store, CredentialStore *sessionTokens,
                                 QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_client(client)
    , m_controller(controller)
    , m_session(session)
    , m_store(store)
    , m_sessionTokens(sessionTokens)
{
    connect(m_registry, &ProfileRegistry::activeProfileChanged, this, &ProfileSwitcher::apply);
}

void ProfileSwitcher::applyActive()
{
    apply(m_registry->active());
}

void ProfileSwitcher::apply(const SiteProfile &site)
{
    qCInfo(lcProfiles).noquote() << "site profile in use:" << site.id;
    // A callback meant for the previous site must not land on this one.
    m_session->endLaunch();
    m_client->setBaseUrl(site.effectiveApiUrl());
    m_client->setTlsOverrides(site.tlsOverrides);
    m_client->setPhotoHosts(site.photoHosts);
    m_client->setMaxInFlight(site.maxRequestsInFlight);
    m_client->setLookupByNameSupported(site.lookupByName);
    // Never the previous site's token against this one, and nothing sent before this site's
    // own token is known: a request without it only earns a 401.
    m_client->holdUntilToken();
    // Queued requests wait for this site's token rather than fail without it.
    m_controller->outboxRunner()->setHeld(true);
    m_controller->setSite(site);
    loadToken(site);
}

void ProfileSwitcher::reloadToken(const QString &profileId)
{
    if (profileId == m_registry->activeId())
        loadToken(m_registry->active());
}

void ProfileSwitcher::loadToken(const SiteProfile &site)
{
    delete m_loader; // a load still under way for another profile answers no one
    m_loader = new ApiTokenLoader(m_store, m_client, site, this);
    m_loader->setSessionStore(m_sessionTokens);
    const bool sandbox = site.environment == SiteProfile::Environment::Sandbox;
    connect(m_loader, &ApiTokenLoader::finished, this,
            [this, sandbox](bool haveToken, const QString &message) {
                if (sandbox) {
                    // The sandbox never asks: its token is the one stored for it, or the demo.
                    if (haveToken && m_sandboxAcceptToken)
                        m_sandboxAcceptToken(m_client->token());
                    else if (!haveToken)
                        m_client->setToken(m_sandboxDemoToken);
                    m_controller->outboxRunner()->setHeld(false);
                    emit tokenLoaded(true, {});
                    return;
                }
                if (!haveToken)
                    m_client->releaseWithoutToken(message);
                m_controller->outboxRunner()->setHeld(!haveToken);
                emit tokenLoaded(haveToken, message);
            });
    m_loader->start(sandbox ? ApiTokenLoader::Prompt() : m_prompt);
}
