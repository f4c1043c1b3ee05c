#include "connectorlink.h"

#include <QRegularExpression>
#include <QUrlQuery>

ConnectorLink::Result ConnectorLink::build(const SiteProfile &profile, const QString &deepomaticId,
                                           const QUrl &callbackUri)
{
    if (deepomaticId.trimmed().isEmpty())
        return {{}, tr("This work order has not been created in Deepomatic yet.")};
    // Deepomatic ids are UUIDs. Only that alphabet is accepted, so the id is always one path
    // segment that no browser rewrites ("." and ".." are resolved, "\\" becomes "/").
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]+")));
    if (!idPattern.match(deepomaticId).hasMatch())
        return {{}, tr("The Deepomatic id \"%1\" is malformed.").arg(deepomaticId)};
    if (profile.siteId.isNull())
        return {{}, tr("The site profile has no valid site_id (a UUID is required).")};
    if (!SiteProfile::isSlug(profile.orgSlug))
        return {{},
                tr("The site profile's org_slug \"%1\" is not a valid slug.").arg(profile.orgSlug)};
    if (!SiteProfile::isAcceptableServiceUrl(profile.studioUrl))
        return {{},
                tr("The studio URL \"%1\" is not acceptable (https required).")
                    .arg(profile.studioUrl.toDisplayString())};
    if (!callbackUri.isValid() || callbackUri.scheme().isEmpty()
        || (callbackUri.host().isEmpty() && callbackUri.path().isEmpty()))
        return {{}, tr("The callback URI \"%1\" is not valid.").arg(callbackUri.toDisplayString())};

    QUrl url = profile.studioUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    // QUrl::StripTrailingSlash keeps a root "/", which would give "//field/...": chop by hand.
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/field/connector/work_order/") + deepomaticId);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"), profile.siteId.toString(QUuid::WithoutBraces));
    query.addQueryItem(QStringLiteral("org_slug"), profile.orgSlug);
    // The callback URI is itself a URL: encode every reserved character, so its own query or
    // fragment can never leak into the connector URL's parameters.
    query.addQueryItem(
        QStringLiteral("callback_uri"),
        QString::fromLatin1(QUrl::toPercentEncoding(callbackUri.toString(QUrl::FullyEncoded))));
    if (profile.useFragment)
        query.addQueryItem(QStringLiteral("use_fragment"), QStringLiteral("true"));
    url.setQuery(query);
    return {url, {}};
}
