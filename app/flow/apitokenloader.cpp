#include "apitokenloader.h"

#include "deepomaticclient.h"

ApiTokenLoader::ApiTokenLoader(CredentialStore *store, DeepomaticClient *client,
                               const SiteProfile &site, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_site(site)
{ }

QString ApiTokenLoader::credentialKey(const SiteProfile &site)
{
    // One token per site profile: testing and production keys never mix.
    return QStringLiteral("api-token/%1").arg(site.id);
}

void ApiTokenLoader::start(Prompt prompt)
{
    m_prompt = std::move(prompt);
    if (!m_sessionStore)
        return readStore();
    m_sessionStore->read(credentialKey(m_site), this,
                         [this](const CredentialStore::Result &result) {
                             if (!result.ok() || result.secret.isEmpty())
                                 return readStore();
                             m_client->setToken(result.secret);
                             emit finished(true, {});
                         });
}

void ApiTokenLoader::readStore()
{
    m_store->read(credentialKey(m_site), this, [this](const CredentialStore::Result &result) {
        if (result.ok() && !result.secret.isEmpty()) {
            m_client->setToken(result.secret);
            emit finished(true, {});
            return;
        }
        if (result.status == CredentialStore::Status::NotFound)
            return ask(tr("No API token is stored for %1.").arg(m_site.displayName), true);
        // No store, locked, or silent: say which, then ask for this session only.
        ask(result.message, false);
    });
}

void ApiTokenLoader::ask(const QString &why, bool storeAvailable)
{
    if (!m_prompt) {
        emit finished(false, why);
        return;
    }
    const std::optional<QString> typed = m_prompt(
        {m_site, why, storeAvailable, storeAvailable ? m_store->backendName() : QString()});
    const QString token = typed.value_or(QString()).trimmed();
    if (token.isEmpty()) {
        emit finished(false, tr("No API token: work orders cannot be created or verified."));
        return;
    }
    m_client->setToken(token);
    if (!storeAvailable) {
        if (m_sessionStore)
            m_sessionStore->write(credentialKey(m_site), token, this,
                                  [](const CredentialStore::Result &) {});
        emit finished(true, {});
        return;
    }
    m_store->write(credentialKey(m_site), token, this,
                   [this](const CredentialStore::Result &saved) {
                       emit finished(true, saved.ok() ? QString()
                                                      : tr("The token is used for this session "
                                                           "but could not be saved: %1")
                                                            .arg(saved.message));
                   });
}
