#include "sandboxconnectorquery.h"

#include "siteprofile.h"

#include <QStringList>

namespace {
const QString ProgressKey = QStringLiteral("work_order_progress");
const QString IdKey = QStringLiteral("work_order_id");

void addResults(QUrlQuery &items, int progress, const QString &workOrderId)
{
    items.removeAllQueryItems(ProgressKey);
    items.removeAllQueryItems(IdKey);
    items.addQueryItem(ProgressKey, QString::number(progress));
    items.addQueryItem(IdKey, workOrderId);
}
} // namespace

SandboxConnectorQuery SandboxConnectorQuery::parse(const QUrlQuery &query, const QUuid &siteId,
                                                   const QString &orgSlug)
{
    SandboxConnectorQuery q;
    auto reject = [&q](const char *parameter, const QString &problem) {
        q.m_parameter = QLatin1String(parameter);
        q.m_problem = problem;
        return q;
    };
    // A parameter given twice is ambiguous: which one would the studio use? Refuse it.
    auto single = [&query](const char *name, QString *value) {
        const QStringList values =
            query.allQueryItemValues(QLatin1String(name), QUrl::FullyDecoded);
        *value = values.value(0);
        return values.size();
    };

    QString site;
    const auto siteCount = single("site_id", &site);
    if (siteCount == 0 || site.isEmpty())
        return reject("site_id", QStringLiteral("The site_id parameter is missing. It must be the "
                                                "UUID of the Deepomatic site."));
    if (siteCount > 1)
        return reject("site_id", QStringLiteral("The site_id parameter is given more than once."));
    const QUuid siteUuid = QUuid::fromString(site);
    if (siteUuid.isNull() || site.size() != 36)
        return reject("site_id",
                      QStringLiteral("The site_id parameter \"%1\" is not a UUID (expected "
                                     "8-4-4-4-12 hexadecimal digits).")
                          .arg(site.left(80)));
    if (siteUuid != siteId)
        return reject("site_id", QStringLiteral("The site_id parameter \"%1\" is not this site. "
                                                "This sandbox serves site %2.")
                                     .arg(site, siteId.toString(QUuid::WithoutBraces)));

    QString org;
    const auto orgCount = single("org_slug", &org);
    if (orgCount == 0 || org.isEmpty())
        return reject("org_slug", QStringLiteral("The org_slug parameter is missing. It must be "
                                                 "the slug of the organisation."));
    if (orgCount > 1)
        return reject("org_slug",
                      QStringLiteral("The org_slug parameter is given more than once."));
    if (!SiteProfile::isSlug(org))
        return reject("org_slug",
                      QStringLiteral("The org_slug parameter \"%1\" is not a slug (lower-case "
                                     "letters, digits, \"-\" or \"_\").")
                          .arg(org.left(80)));
    if (org != orgSlug)
        return reject("org_slug", QStringLiteral("The org_slug parameter \"%1\" is not the "
                                                 "organisation of this site (\"%2\").")
                                      .arg(org, orgSlug));

    QString callback;
    const auto callbackCount = single("callback_uri", &callback);
    if (callbackCount == 0 || callback.isEmpty())
        return reject("callback_uri",
                      QStringLiteral("The callback_uri parameter is missing. It must be the "
                                     "percent-encoded URI to send the user back to."));
    if (callbackCount > 1)
        return reject("callback_uri",
                      QStringLiteral("The callback_uri parameter is given more than once."));
    const QUrl url(callback, QUrl::StrictMode);
    const QString shown = callback.left(200);
    if (!url.isValid())
        return reject("callback_uri",
                      QStringLiteral("The callback_uri parameter \"%1\" is not a valid URI (%2).")
                          .arg(shown, url.errorString()));
    if (url.isRelative())
        return reject("callback_uri",
                      QStringLiteral("The callback_uri parameter \"%1\" is not an absolute URI: it "
                                     "has no scheme. (Was it percent-encoded twice?)")
                          .arg(shown));
    if (!url.userInfo().isEmpty())
        return reject("callback_uri",
                      QStringLiteral("The callback_uri parameter \"%1\" contains credentials "
                                     "(user name or password); they are not allowed.")
                          .arg(shown));
    // Schemes that would run code or read local data in the studio's origin, never a callback.
    static const QStringList forbidden{QStringLiteral("javascript"), QStringLiteral("data"),
                                       QStringLiteral("vbscript"),   QStringLiteral("file"),
                                       QStringLiteral("blob"),       QStringLiteral("about")};
    if (forbidden.contains(url.scheme().toLower()))
        return reject("callback_uri",
                      QStringLiteral("The callback_uri parameter uses the scheme \"%1\", which is "
                                     "not allowed for a callback.")
                          .arg(url.scheme()));
    if (url.host().isEmpty() && url.path().isEmpty())
        return reject("callback_uri",
                      QStringLiteral("The callback_uri parameter \"%1\" has neither a host nor a "
                                     "path.")
                          .arg(shown));

    QString fragment;
    const auto fragmentCount = single("use_fragment", &fragment);
    if (fragmentCount > 1)
        return reject("use_fragment",
                      QStringLiteral("The use_fragment parameter is given more than once."));
    if (fragmentCount == 1 && fragment.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0
        && fragment.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
        return reject("use_fragment",
                      QStringLiteral("The use_fragment parameter \"%1\" must be \"true\" or "
                                     "\"false\".")
                          .arg(fragment.left(40)));

    q.m_siteId = siteUuid;
    q.m_orgSlug = org;
    q.m_callbackUri = url;
    q.m_useFragment = fragment.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return q;
}

QUrlQuery SandboxConnectorQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"), m_siteId.toString(QUuid::WithoutBraces));
    query.addQueryItem(QStringLiteral("org_slug"), m_orgSlug);
    // Encoded by hand, as ConnectorLink does: QUrlQuery leaves '&', '=' and '#' of a value
    // as they are in some cases, and the callback's own query must not leak into ours.
    query.addQueryItem(
        QStringLiteral("callback_uri"),
        QString::fromLatin1(QUrl::toPercentEncoding(m_callbackUri.toString(QUrl::FullyEncoded))));
    if (m_useFragment)
        query.addQueryItem(QStringLiteral("use_fragment"), QStringLiteral("true"));
    return query;
}

QUrl SandboxConnectorQuery::finishUrl(int progress, const QString &workOrderId) const
{
    QUrl url = m_callbackUri;
    if (m_useFragment) {
        QUrlQuery items(url.fragment(QUrl::FullyEncoded));
        addResults(items, progress, workOrderId);
        url.setFragment(items.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    } else {
        QUrlQuery items(url.query(QUrl::FullyEncoded));
        addResults(items, progress, workOrderId);
        url.setQuery(items);
    }
    return url;
}
