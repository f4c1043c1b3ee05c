#include "apitokenloader.h"

#include "deepomaticclient.h"

#include <QInputDialog>
#include <QMessageBox>

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

void ApiTokenLoader::start(bool interactive, QWidget *window)
{
    m_interactive = interactive;
    m_window = window;
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
    if (!m_interactive) {
        emit finished(false, why);
        return;
    }
    if (!storeAvailable)
        QMessageBox::warning(m_window, tr("No credential store"),
                             tr("%1\n\nThe API token will be asked at each start and kept in "
                                "memory only.")
                                 .arg(why));
    bool ok = false;
    const QString token =
        QInputDialog::getText(
            m_window, tr("Deepomatic API token"),
            tr("API token for %1 (%2):")
                .arg(m_site.displayName, storeAvailable
                                             ? tr("saved in %1").arg(m_store->backendName())
                                             : tr("this session only")),
            QLineEdit::Password, {}, &ok)
            .trimmed();
    if (!ok || token.isEmpty()) {
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
