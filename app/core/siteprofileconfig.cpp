#include "siteprofileconfig.h"

#include <QRegularExpression>

QStringList SiteProfileConfig::knownKeys(const QString &group)
{
    QStringList keys;
    for (const char *key : {"id",
                            "name",
                            "environment",
                            "region",
                            "site_id",
                            "org_slug",
                            "studio_url",
                            "api_url",
                            "threshold",
                            "use_fragment",
                            "callback_mode",
                            "callback_prefix",
                            "verification_policy",
                            "allow_hosts",
                            "external_links",
                            "media_permissions",
                            "allow_downloads",
                            "private_browsing",
                            "supervisor_override",
                            "tls_override",
                            "closure_report_url",
                            "max_requests_in_flight",
                            "lookup_by_name"})
        keys << group + u'/' + QLatin1String(key);
    return keys;
}

QHash<QString, QString> SiteProfileConfig::toValues(const SiteProfile &p, const QString &group)
{
    QHash<QString, QString> v;
    auto set = [&](const char *key, const QString &value) {
        v.insert(group + u'/' + QLatin1String(key), value);
    };
    auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    set("id", p.id);
    set("name", p.displayName);
    set("environment", p.environment == SiteProfile::Environment::Production
                           ? QStringLiteral("production")
                           : QStringLiteral("testing"));
    set("region",
        p.region == SiteProfile::Region::US ? QStringLiteral("US") : QStringLiteral("EU"));
    set("site_id", p.siteId.toString(QUuid::WithoutBraces));
    set("org_slug", p.orgSlug);
    set("studio_url", p.studioUrl.toString(QUrl::FullyEncoded));
    if (!p.apiUrl.isEmpty())
        set("api_url", p.apiUrl.toString(QUrl::FullyEncoded));
    set("threshold", QString::number(p.threshold));
    set("use_fragment", flag(p.useFragment));
    if (p.callbackMode == SiteProfile::CallbackMode::HttpsPrefix) {
        set("callback_mode", QStringLiteral("https"));
        set("callback_prefix", p.httpsCallbackPrefix.toString(QUrl::FullyEncoded));
    } else {
        set("callback_mode", QStringLiteral("scheme"));
    }
    set("verification_policy",
        p.verificationPolicy == SiteProfile::VerificationPolicy::AllowUnverified
            ? QStringLiteral("allow-unverified")
            : QStringLiteral("block"));
    set("allow_hosts", p.navigationAllowList.join(u','));
    set("external_links", p.externalLinks == SiteProfile::ExternalLinks::Open
                              ? QStringLiteral("open")
                              : QStringLiteral("refuse"));
    set("media_permissions", p.mediaPermissions == SiteProfile::MediaPermissions::Deny
                                 ? QStringLiteral("deny")
                                 : QStringLiteral("allow-listed"));
    set("allow_downloads", flag(p.allowDownloads));
    set("private_browsing", flag(p.privateBrowsing));
    set("supervisor_override", flag(p.supervisorOverride));
    if (!p.closureReportUrl.isEmpty())
        set("closure_report_url", p.closureReportUrl.toString(QUrl::FullyEncoded));
    set("max_requests_in_flight", QString::number(p.maxRequestsInFlight));
    set("lookup_by_name", flag(p.lookupByName));
    for (auto it = p.typeThresholds.cbegin(); it != p.typeThresholds.cend(); ++it)
        v.insert(group + QStringLiteral("/threshold.") + it.key(), QString::number(*it));
    if (!p.tlsOverrides.isEmpty())
        set("tls_override", p.tlsOverrides.constFirst().host + u' '
                                + QString::fromLatin1(p.tlsOverrides.constFirst().sha256.toHex()));
    return v;
}

SiteProfileConfig::Parsed SiteProfileConfig::parse(const QHash<QString, QString> &values,
                                                   const QString &source, const QString &group,
                                                   const QHash<QString, int> &lines)
{
    Parsed result;
    SiteProfile &p = result.profile;
    const QString groupPrefix = group + u'/';
    auto where = [&](const QString &key) {
        // A missing key is reported at its section's header.
        const int line = lines.value(key, lines.value(group));
        return line > 0 ? QStringLiteral("%1:%2").arg(source).arg(line) : source;
    };
    auto error = [&](const QString &key, const QString &text) {
        result.errors << tr("%1: [%2] %3: %4")
                             .arg(where(key), key.section(u'/', 0, 0), key.section(u'/', 1), text);
        if (key.startsWith(groupPrefix) && !result.keyErrors.contains(key.mid(groupPrefix.size())))
            result.keyErrors.insert(key.mid(groupPrefix.size()), text);
    };
    const QStringList known = knownKeys(group);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // threshold.<work order type> sets a threshold for one type.
        if (!known.contains(it.key())
            && !it.key().startsWith(groupPrefix + QStringLiteral("threshold.")))
            error(it.key(), tr("unknown setting"));
    }
    auto value = [&](const char *key) {
        return values.value(groupPrefix + QLatin1String(key)).trimmed();
    };
    auto has = [&](const char *key) { return values.contains(groupPrefix + QLatin1String(key)); };

    p.id = has("id") ? value("id") : QStringLiteral("site");
    p.displayName = has("name") ? value("name") : p.id;

    const QString env = value("environment").toLower();
    if (env.isEmpty() || env == QLatin1String("testing"))
        p.environment = SiteProfile::Environment::Testing;
    else if (env == QLatin1String("production"))
        p.environment = SiteProfile::Environment::Production;
    else
        error(groupPrefix + QStringLiteral("environment"),
              tr("\"%1\" is not testing or production").arg(env));

    const QString region = value("region").toUpper();
    if (region.isEmpty() || region == QLatin1String("EU"))
        p.region = SiteProfile::Region::EU;
    else if (region == QLatin1String("US"))
        p.region = SiteProfile::Region::US;
    else
        error(groupPrefix + QStringLiteral("region"), tr("\"%1\" is not EU or US").arg(region));

    p.siteId = QUuid::fromString(value("site_id"));
    if (p.siteId.isNull())
        error(groupPrefix + QStringLiteral("site_id"),
              tr("\"%1\" is not a UUID").arg(value("site_id")));
    p.orgSlug = value("org_slug");
    if (!SiteProfile::isSlug(p.orgSlug))
        error(groupPrefix + QStringLiteral("org_slug"), tr("\"%1\" is not a slug").arg(p.orgSlug));

    if (has("studio_url")) {
        p.studioUrl = QUrl(value("studio_url"), QUrl::StrictMode);
        if (!SiteProfile::isAcceptableServiceUrl(p.studioUrl))
            error(groupPrefix + QStringLiteral("studio_url"),
                  tr("\"%1\" is not an https URL (plain http only on loopback)")
                      .arg(value("studio_url")));
    }
    if (has("api_url") && !value("api_url").isEmpty()) {
        p.apiUrl = QUrl(value("api_url"), QUrl::StrictMode);
        if (!SiteProfile::isAcceptableServiceUrl(p.apiUrl))
            error(groupPrefix + QStringLiteral("api_url"),
                  tr("\"%1\" is not an https URL (plain http only on loopback)")
                      .arg(value("api_url")));
    }

    if (has("threshold")) {
        bool ok = false;
        const int t = value("threshold").toInt(&ok);
        if (!ok || t < 0 || t > 100)
            error(groupPrefix + QStringLiteral("threshold"),
                  tr("\"%1\" is not an integer from 0 to 100").arg(value("threshold")));
        else
            p.threshold = t;
    }

    const QString fragment = value("use_fragment").toLower();
    if (fragment == QLatin1String("true") || fragment == QLatin1String("1"))
        p.useFragment = true;
    else if (!fragment.isEmpty() && fragment != QLatin1String("false")
             && fragment != QLatin1String("0"))
        error(groupPrefix + QStringLiteral("use_fragment"),
              tr("\"%1\" is not true or false").arg(fragment));

    const QString mode = value("callback_mode").toLower();
    if (mode == QLatin1String("https")) {
        p.callbackMode = SiteProfile::CallbackMode::HttpsPrefix;
        p.httpsCallbackPrefix = QUrl(value("callback_prefix"), QUrl::StrictMode);
    } else if (!mode.isEmpty() && mode != QLatin1String("scheme")) {
        error(groupPrefix + QStringLiteral("callback_mode"),
              tr("\"%1\" is not scheme or https").arg(mode));
    }

    if (has("closure_report_url") && !value("closure_report_url").isEmpty()) {
        const QUrl url(value("closure_report_url"), QUrl::StrictMode);
        if (!url.isValid() || !SiteProfile::isAcceptableServiceUrl(url))
            error(groupPrefix + QStringLiteral("closure_report_url"),
                  tr("\"%1\" is not an https URL (plain http only on loopback)")
                      .arg(value("closure_report_url")));
        else
            p.closureReportUrl = url;
    }

    const QString policy = value("verification_policy").toLower();
    if (policy == QLatin1String("allow-unverified"))
        p.verificationPolicy = SiteProfile::VerificationPolicy::AllowUnverified;
    else if (!policy.isEmpty() && policy != QLatin1String("block"))
        error(groupPrefix + QStringLiteral("verification_policy"),
              tr("\"%1\" is not block or allow-unverified").arg(policy));

    // Commas as written in the INI file; spaces too, so "a.example.com, b.example.com" works.
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &host : value("allow_hosts").split(separators, Qt::SkipEmptyParts)) {
        if (SiteProfile::isHostName(host))
            p.navigationAllowList << host.toLower();
        else
            error(groupPrefix + QStringLiteral("allow_hosts"),
                  tr("\"%1\" is not a host name").arg(host));
    }

    const QString external = value("external_links").toLower();
    if (external == QLatin1String("open"))
        p.externalLinks = SiteProfile::ExternalLinks::Open;
    else if (!external.isEmpty() && external != QLatin1String("refuse"))
        error(groupPrefix + QStringLiteral("external_links"),
              tr("\"%1\" is not open or refuse").arg(external));

    const QString media = value("media_permissions").toLower();
    if (media == QLatin1String("deny"))
        p.mediaPermissions = SiteProfile::MediaPermissions::Deny;
    else if (!media.isEmpty() && media != QLatin1String("allow-listed"))
        error(groupPrefix + QStringLiteral("media_permissions"),
              tr("\"%1\" is not allow-listed or deny").arg(media));

    const QString downloads = value("allow_downloads").toLower();
    if (downloads == QLatin1String("true") || downloads == QLatin1String("1"))
        p.allowDownloads = true;
    else if (!downloads.isEmpty() && downloads != QLatin1String("false")
             && downloads != QLatin1String("0"))
        error(groupPrefix + QStringLiteral("allow_downloads"),
              tr("\"%1\" is not true or false").arg(downloads));

    const QString privateBrowsing = value("private_browsing").toLower();
    if (privateBrowsing == QLatin1String("true") || privateBrowsing == QLatin1String("1"))
        p.privateBrowsing = true;
    else if (!privateBrowsing.isEmpty() && privateBrowsing != QLatin1String("false")
             && privateBrowsing != QLatin1String("0"))
        error(groupPrefix + QStringLiteral("private_browsing"),
              tr("\"%1\" is not true or false").arg(privateBrowsing));

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString prefix = groupPrefix + QStringLiteral("threshold.");
        if (!it.key().startsWith(prefix))
            continue;
        const QString type = it.key().mid(prefix.size());
        bool ok = false;
        const int t = it.value().trimmed().toInt(&ok);
        if (type.isEmpty() || !ok || t < 0 || t > 100)
            error(it.key(), tr("\"%1\" is not an integer from 0 to 100 for a named work order type")
                                .arg(it.value()));
        else
            p.typeThresholds.insert(type, t);
    }

    const QString supervisor = value("supervisor_override").toLower();
    if (supervisor == QLatin1String("true") || supervisor == QLatin1String("1"))
        p.supervisorOverride = true;
    else if (!supervisor.isEmpty() && supervisor != QLatin1String("false")
             && supervisor != QLatin1String("0"))
        error(groupPrefix + QStringLiteral("supervisor_override"),
              tr("\"%1\" is not true or false").arg(supervisor));

    if (has("max_requests_in_flight")) {
        bool ok = false;
        const int n = value("max_requests_in_flight").toInt(&ok);
        if (!ok || n < SiteProfile::MinRequestsInFlight || n > SiteProfile::MaxRequestsInFlight)
            error(groupPrefix + QStringLiteral("max_requests_in_flight"),
                  tr("\"%1\" is not an integer from %2 to %3")
                      .arg(value("max_requests_in_flight"))
                      .arg(SiteProfile::MinRequestsInFlight)
                      .arg(SiteProfile::MaxRequestsInFlight));
        else
            p.maxRequestsInFlight = n;
    }

    const QString lookup = value("lookup_by_name").toLower();
    if (lookup == QLatin1String("true") || lookup == QLatin1String("1"))
        p.lookupByName = true;
    else if (!lookup.isEmpty() && lookup != QLatin1String("false") && lookup != QLatin1String("0"))
        error(groupPrefix + QStringLiteral("lookup_by_name"),
              tr("\"%1\" is not true or false").arg(lookup));

    // tls_override=<host> <sha256 fingerprint, hex, colons allowed>
    const QString tls = value("tls_override");
    if (!tls.isEmpty()) {
        const QStringList parts =
            tls.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QString hex = parts.value(1);
        hex.remove(u':');
        const QByteArray sha = QByteArray::fromHex(hex.toLatin1());
        static const QRegularExpression hexOnly(
            QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Fa-f]{64}")));
        if (parts.size() != 2 || !SiteProfile::isHostName(parts.at(0))
            || !hexOnly.match(hex).hasMatch())
            error(groupPrefix + QStringLiteral("tls_override"),
                  tr("\"%1\" is not \"<host> <SHA-256 fingerprint>\"").arg(tls));
        else
            p.tlsOverrides.append({parts.at(0).toLower(), sha});
    }

    if (result.errors.isEmpty()) {
        for (const QString &problem : p.validate()) {
            result.errors << tr("%1: [%2] %3").arg(where(group), group, problem);
            result.keyErrors.insert(QString(), problem);
        }
    }
    return result;
}
