#include "siteprofile.h"

#include <QRegularExpression>

QUrl SiteProfile::derivedApiUrl(Region region, const QUuid &siteId)
{
    if (siteId.isNull())
        return {};
    // "000f0174-bdf0-47b3-bb3e-..." -> "000f0174-bdf0-47b3-bb3e": the first four groups.
    const QString host = siteId.toString(QUuid::WithoutBraces).left(23);
    const QString domain = region == Region::US ? QStringLiteral("customers.us1.deepomatic.com")
                                                : QStringLiteral("customers.deepomatic.com");
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("api.%1.%2").arg(host, domain));
    url.setPath(QStringLiteral("/v0.2/"));
    return url;
}

bool SiteProfile::isSlug(const QString &value)
{
    // Anchored as a whole: "$" alone would accept a trailing newline.
    static const QRegularExpression slug(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(?:[-_][a-z0-9]+)*")));
    return value.size() <= 100 && slug.match(value).hasMatch();
}

bool SiteProfile::isScanKey(const QString &key)
{
    static const QRegularExpression name(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,64}")));
    return name.match(key).hasMatch();
}

bool SiteProfile::isLoopbackHost(const QString &host)
{
    // Without QtNetwork (core has no I/O): localhost, ::1 and 127.0.0.0/8 in dotted form.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host == QLatin1String("::1"))
        return true;
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (c < u'0' || c > u'9') // toUInt() would take "+1" and " 1"
                return false;
        }
        if (part.toUInt() > 255)
            return false;
    }
    return parts.constFirst() == QLatin1String("127");
}

bool SiteProfile::isHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    // Labels of ASCII letters, digits and inner hyphens; an all-digit dotted form is an IPv4
    // address and must have four octets of at most 255 (so "1.2.3" is not taken as a name).
    static const QRegularExpression label(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")));
    const QStringList labels = host.split(u'.');
    bool allDigits = true;
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
        for (QChar c : part)
            allDigits = allDigits && c >= u'0' && c <= u'9';
    }
    if (!allDigits)
        return true;
    if (labels.size() != 4)
        return false;
    for (const QString &part : labels) {
        if (part.size() > 3 || part.toUInt() > 255)
            return false;
    }
    return true;
}

bool SiteProfile::isAcceptableServiceUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    return isLoopbackHost(url.host());
}

QStringList SiteProfile::allowedHosts() const
{
    QStringList hosts;
    if (!studioUrl.host().isEmpty())
        hosts << studioUrl.host().toLower();
    for (const QString &host : navigationAllowList) {
        if (!hosts.contains(host.toLower()))
            hosts << host.toLower();
    }
    return hosts;
}

bool SiteProfile::isAllowedHost(const QString &host) const
{
    // Exact names only: "studio.deepomatic.com.evil.test" or a sub-domain is another host.
    return !host.isEmpty() && allowedHosts().contains(host.toLower());
}

bool SiteProfile::allowsNavigationTo(const QUrl &url) const
{
    // about:blank is what Chromium shows before anything else; it carries no content.
    if (url == QUrl(QStringLiteral("about:blank")))
        return true;
    return isAcceptableServiceUrl(url) && isAllowedHost(url.host());
}

bool SiteProfile::allowsMediaCaptureFrom(const QUrl &origin) const
{
    return mediaPermissions == MediaPermissions::AllowListed && allowsNavigationTo(origin)
           && !origin.host().isEmpty();
}

QStringList SiteProfile::validate() const
{
    QStringList errors;
    if (siteId.isNull())
        errors << tr("site_id is missing or is not a UUID.");
    if (!isSlug(orgSlug))
        errors << tr("org_slug \"%1\" is not a slug (lower-case letters, digits, \"-\" or \"_\").")
                      .arg(orgSlug);
    if (!isAcceptableServiceUrl(studioUrl))
        errors << tr("The studio URL \"%1\" must be https (plain http only on loopback).")
                      .arg(studioUrl.toDisplayString());
    if (!isAcceptableServiceUrl(effectiveApiUrl()))
        errors << tr("The API URL \"%1\" must be https (plain http only on loopback).")
                      .arg(effectiveApiUrl().toDisplayString());
    if (threshold < 0 || threshold > 100)
        errors << tr("The threshold %1 is outside 0–100.").arg(threshold);
    if (maxRequestsInFlight < MinRequestsInFlight || maxRequestsInFlight > MaxRequestsInFlight)
        errors << tr("%1 requests in flight is outside %2–%3.")
                      .arg(maxRequestsInFlight)
                      .arg(MinRequestsInFlight)
                      .arg(MaxRequestsInFlight);
    if (photoMaxSide < MinPhotoMaxSide || photoMaxSide > MaxPhotoMaxSide)
        errors << tr("A photo side of %1 pixels is outside %2–%3.")
                      .arg(photoMaxSide)
                      .arg(MinPhotoMaxSide)
                      .arg(MaxPhotoMaxSide);
    if (callbackMode == CallbackMode::HttpsPrefix
        && (httpsCallbackPrefix.scheme() != QLatin1String("https")
            || !isAcceptableServiceUrl(httpsCallbackPrefix)))
        errors << tr("The https callback prefix \"%1\" must be an https URL with a host.")
                      .arg(httpsCallbackPrefix.toDisplayString());
    // The system browser can only hand a fieldconnect:// URL back to the app; an https callback
    // would just load there.
    if (connectorMode == ConnectorMode::External && callbackMode != CallbackMode::CustomScheme)
        errors << tr("connector_mode \"external\" needs callback_mode \"scheme\": the browser "
                     "can only give a fieldconnect:// callback back to the app.");
    if (!closureReportUrl.isEmpty() && !isAcceptableServiceUrl(closureReportUrl))
        errors << tr("The closure report URL \"%1\" must be https (plain http only on loopback).")
                      .arg(closureReportUrl.toDisplayString());
    if (!scanKey.isEmpty() && !isScanKey(scanKey))
        errors << tr("scan_key \"%1\" is not a metadata field name (letters, digits, \"_\", "
                     "\"-\" or \".\", at most 64).")
                      .arg(scanKey);
    for (const QString &host : navigationAllowList) {
        if (!isHostName(host))
            errors << tr("The navigation allow-list entry \"%1\" is not a host name.").arg(host);
    }
    return errors;
}

int SiteProfile::thresholdFor(const QStringList &types) const
{
    int result = -1;
    for (const QString &type : types) {
        const auto it = typeThresholds.constFind(type);
        if (it != typeThresholds.cend())
            result = qMax(result, *it);
    }
    return result < 0 ? threshold : result;
}

bool SiteProfile::tlsOverrideMatches(const QString &host, const QByteArray &sha256) const
{
    for (const TlsOverride &o : tlsOverrides) {
        if (o.host.compare(host, Qt::CaseInsensitive) == 0 && !o.sha256.isEmpty()
            && o.sha256 == sha256)
            return true;
    }
    return false;
}
