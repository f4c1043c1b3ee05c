#pragma once

#include "siteprofile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Builds the "Work Order Connector with authentication" URL:
// {studio}/field/connector/work_order/{id}?site_id=…&org_slug=…&callback_uri=…[&use_fragment=true]
// Every value goes through QUrlQuery, so each one is percent-encoded. When something is missing,
// the result says what, so the button can explain instead of opening a broken page.
class ConnectorLink
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorLink)
public:
    struct Result {
        QUrl url;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static Result build(const SiteProfile &profile, const QString &deepomaticId,
                        const QUrl &callbackUri);
};
