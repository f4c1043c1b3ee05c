#pragma once

#include "sandboxconnectorquery.h"
#include "siteprofile.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Renders the sandbox's HTML pages from the templates in resources/sandbox/templates/. Every
// value is escaped by SandboxHtml::fill; only fragments built here are inserted as markup.
class SandboxPages
{
public:
    struct Connector {
        QJsonObject view; // SandboxState::connectorView()
        QString pagePath; // /field/connector/work_order/<id>, as links and forms start from it
        SandboxConnectorQuery query;
        bool scriptMode = false; // Finish navigates from the page's script instead of a 302
        QUrl finishUrl; // used in script mode
    };

    // A sign-in form: the sandbox's own, or its identity provider's (SSO mode).
    struct SignIn {
        QString brand = QStringLiteral("Deepomatic sandbox");
        QString heading;
        QString action; // where the form posts
        QString error; // shown above the form; empty: none
        QString username; // kept after a wrong password
        QString hint;
        QList<QPair<QString, QString>> hidden; // next, redirect_uri, state...
        bool identityProvider = false;
    };

    QByteArray connectorPage(const Connector &page) const;
    QByteArray signInPage(const SignIn &form) const;
    // "local-storage" sign-in: stores the token with session.js, then goes to `next`.
    QByteArray sessionStorePage(const QString &token, const QString &next) const;
    // "local-storage" sign-in: what a protected page serves without the token.
    QByteArray sessionShellPage(const QString &signInUrl) const;
    QByteArray signedOutPage(bool clearStoredSession) const;
    // `parameter` is the offending query parameter, empty when the problem is elsewhere.
    QByteArray errorPage(int status, const QString &title, const QString &parameter,
                         const QString &message) const;
    QByteArray indexPage(const QList<QJsonObject> &workOrders, const SiteProfile &profile) const;

    // Where a card's "Take photo" button posts: the page path, /photos/<group>, same query.
    static QString photoPath(const QString &pagePath, const QString &group,
                             const SandboxConnectorQuery &query);

private:
    QString resource(const QString &name) const;
    QByteArray layout(const QString &title, const QString &bodyClass, const QString &content,
                      const QHash<QString, QString> &bodyData = {}) const;

    mutable QHash<QString, QString> m_templates; // read once from the resources
};
