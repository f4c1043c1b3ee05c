#pragma once

#include "apitokenloader.h"
#include "siteprofile.h"

#include <QObject>

#include <functional>

class ConnectorSession;
class CredentialStore;
class DeepomaticClient;
class InterventionController;
class ProfileRegistry;

// Makes every site-dependent part follow the registry's active profile: the API client's base
// URL, pinned certificate and token (from the credential store, per profile), the intervention
// flow's site (threshold, policy, connector URL, hence the badge), and the connector session
// (the open launch ends; the next page uses the new site's own web profile).
class ProfileSwitcher : public QObject
{
    Q_OBJECT
public:
    ProfileSwitcher(ProfileRegistry *registry, DeepomaticClient *client,
                    InterventionController *controller, ConnectorSession *session,
                    CredentialStore *store, CredentialStore *sessionTokens,
                    QObject *parent = nullptr);

    // The sandbox, when it runs: its profile uses the token stored for it if there is one
    // (`acceptToken` makes the sandbox accept that token), else its public demo token.
    void setSandbox(const QString &demoToken, std::function<void(const QString &)> acceptToken)
    {
        m_sandboxDemoToken = demoToken;
        m_sandboxAcceptToken = std::move(acceptToken);
    }
    // How to ask a person for a missing token; none: never ask (headless).
    void setTokenPrompt(ApiTokenLoader::Prompt prompt) { m_prompt = std::move(prompt); }

    // Applies the registry's active profile now (at start-up; later switches follow by signal).
    void applyActive();
    // Reads the token again if `profileId` is the active profile (after the settings changed it).
    void reloadToken(const QString &profileId);

signals:
    void tokenLoaded(bool haveToken, const QString &message);

private:
    void apply(const SiteProfile &site);
    void loadToken(const SiteProfile &site);

    ProfileRegistry *m_registry;
    DeepomaticClient *m_client;
    InterventionController *m_controller;
    ConnectorSession *m_session;
    CredentialStore *m_store;
    CredentialStore *m_sessionTokens;
    QString m_sandboxDemoToken;
    std::function<void(const QString &)> m_sandboxAcceptToken;
    ApiTokenLoader::Prompt m_prompt;
    ApiTokenLoader *m_loader = nullptr;
};
