#pragma once

#include "sandboxconnectorquery.h"
#include "siteprofile.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
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

    QByteArray connectorPage(const Connector &page) const;
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
