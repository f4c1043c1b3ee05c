#pragma once

#include "credentialstore.h"
#include "siteprofile.h"

#include <QObject>

#include <functional>
#include <optional>

class DeepomaticClient;

// Gives the API client its token for a real site: from the credential store, or asked once
// when there is none (and then saved there). Without a credential store on the machine it says
// so and keeps the typed token for this session only. The token is never written anywhere else.
class ApiTokenLoader : public QObject
{
    Q_OBJECT
public:
    // What the person is asked for: the site's token, why, and where it will be kept.
    struct Request {
        SiteProfile site;
        QString why;
        bool storeAvailable = false; // false: kept in memory for this session only
        QString storeName; // the credential store's name, when available
    };
    // Asks a person (a dialog of the window's); the token typed, or nothing when they declined.
    using Prompt = std::function<std::optional<QString>(const Request &)>;

    ApiTokenLoader(CredentialStore *store, DeepomaticClient *client, const SiteProfile &site,
                   QObject *parent = nullptr);

    // Where a token typed on a machine without a credential store is kept for the rest of the
    // session, so it is asked once per session, not at every switch of profile. Read first.
    void setSessionStore(CredentialStore *sessionStore) { m_sessionStore = sessionStore; }
    // With a prompt, a missing token is asked for; without one (headless), it is reported.
    void start(Prompt prompt = {});
    static QString credentialKey(const SiteProfile &site);

signals:
    // haveToken false: the app runs without API access and `message` says why.
    void finished(bool haveToken, const QString &message);

private:
    void ask(const QString &why, bool storeAvailable);
    void readStore();

    CredentialStore *m_store;
    CredentialStore *m_sessionStore = nullptr;
    DeepomaticClient *m_client;
    SiteProfile m_site;
    Prompt m_prompt;
};
