#pragma once

#include "credentialstore.h"
#include "siteprofile.h"

#include <QObject>
#include <QPointer>

class DeepomaticClient;
class QWidget;

// Gives the API client its token for a real site: from the credential store, or asked once
// when there is none (and then saved there). Without a credential store on the machine it says
// so and keeps the typed token for this session only. The token is never written anywhere else.
class ApiTokenLoader : public QObject
{
    Q_OBJECT
public:
    ApiTokenLoader(CredentialStore *store, DeepomaticClient *client, const SiteProfile &site,
                   QObject *parent = nullptr);

    // Where a token typed on a machine without a credential store is kept for the rest of the
    // session, so it is asked once per session, not at every switch of profile. Read first.
    void setSessionStore(CredentialStore *sessionStore) { m_sessionStore = sessionStore; }
    // interactive: may ask the user (with `window` as the dialogs' parent).
    void start(bool interactive, QWidget *window = nullptr);
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
    bool m_interactive = false;
    QPointer<QWidget> m_window;
};
