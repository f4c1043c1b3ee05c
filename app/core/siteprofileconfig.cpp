#include "siteprofileconfig.h"

#include <QRegularExpression>

namespace {
const QString kPrefix = QStringLiteral("site/");
}

QStringList SiteProfileConfig::knownKeys()
{
    return {QStringLiteral("site/id"),
            QStringLiteral("site/name"),
            QStringLiteral("site/environment"),
            QStringLiteral("site/region"),
            QStringLiteral("site/site_id"),
            QStringLiteral("site/org_slug"),
            QStringLiteral("site/studio_url"),
            QStringLiteral("site/api_url"),
            QStringLiteral("site/threshold"),
            QStringLiteral("site/use_fragment"),
            QStringLiteral("site/callback_mode"),
            QStringLiteral("site/callback_prefix"),
            QStringLiteral("site/verification_policy"),
            QStringLiteral("site/allow_hosts"),
            QStringLiteral("site/external_links"),
            QStringLiteral("site/media_permissions"),
            QStringLiteral("site/allow_downloads"),
            QStringLiteral("site/supervisor_override"),
            QStringLiteral("site/tls_override"),
            QStringLiteral("site/closure_report_url")};
}

SiteProfileConfig::Parsed SiteProfileConfig::parse(const QHash<QString, QString> &values,
                                                   const QString &source)
{
    Parsed result;
    SiteProfile &p = result.profile;
    auto error = [&](const QString &key, const QString &text) {
        result.errors << tr("%1: [%2] %3: %4")
                             .arg(source, key.section(u'/', 0, 0), key.section(u'/', 1), text);
    };
    const QStringList known = knownKeys();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // threshold.<work order type> sets a threshold for one type.
        if (!known.contains(it.key())
            && !it.key().startsWith(kPrefix + QStringLiteral("threshold.")))
            error(it.key(), tr("unknown setting"));
    }
    auto value = [&](const char *key) {
        return values.value(kPrefix + QLatin1String(key)).trimmed();
    };
    auto has = [&](const char *key) { return values.contains(kPrefix + QLatin1String(key)); };

    p.id = has("id") ? value("id") : QStringLiteral("site");
    p.displayName = has("name") ? value("name") : p.id;

    const QString env = value("environment").toLower();
    if (env.isEmpty() || env == QLatin1String("testing"))
        p.environment = SiteProfile::Environment::Testing;
    else if (env == QLatin1String("production"))
        p.environment = SiteProfile::Environment::Production;
    else
        error(kPrefix + QStringLiteral("environment"),
              tr("\"%1\" is not testing or production").arg(env));

    const QString region = value("region").toUpper();
    if (region.isEmpty() || region == QLatin1String("EU"))
        p.region = SiteProfile::Region::EU;
    else if (region == QLatin1String("US"))
        p.region = SiteProfile::Region::US;
    else
        error(kPrefix + QStringLiteral("region"), tr("\"%1\" is not EU or US").arg(region));

    p.siteId = QUuid::fromString(value("site_id"));
    if (p.siteId.isNull())
        error(kPrefix + QStringLiteral("site_id"),
              tr("\"%1\" is not a UUID").arg(value("site_id")));
    p.orgSlug = value("org_slug");
    if (!SiteProfile::isSlug(p.orgSlug))
        error(kPrefix + QStringLiteral("org_slug"), tr("\"%1\" is not a slug").arg(p.orgSlug));

    if (has("studio_url"))
        p.studioUrl = QUrl(value("studio_url"), QUrl::StrictMode);
    if (has("api_url"))
        p.apiUrl = QUrl(value("api_url"), QUrl::StrictMode);

    if (has("threshold")) {
        bool ok = false;
        const int t = value("threshold").toInt(&ok);
        if (!ok || t < 0 || t > 100)
            error(kPrefix + QStringLiteral("threshold"),
                  tr("\"%1\" is not an integer from 0 to 100").arg(value("threshold")));
        else
            p.threshold = t;
    }

    const QString fragment = value("use_fragment").toLower();
    if (fragment == QLatin1String("true") || fragment == QLatin1String("1"))
        p.useFragment = true;
    else if (!fragment.isEmpty() && fragment != QLatin1String("false")
             && fragment != QLatin1String("0"))
        error(kPrefix + QStringLiteral("use_fragment"),
              tr("\"%1\" is not true or false").arg(fragment));

    const QString mode = value("callback_mode").toLower();
    if (mode == QLatin1String("https")) {
        p.callbackMode = SiteProfile::CallbackMode::HttpsPrefix;
        p.httpsCallbackPrefix = QUrl(value("callback_prefix"), QUrl::StrictMode);
    } else if (!mode.isEmpty() && mode != QLatin1String("scheme")) {
        error(kPrefix + QStringLiteral("callback_mode"),
              tr("\"%1\" is not scheme or https").arg(mode));
    }

    if (has("closure_report_url") && !value("closure_report_url").isEmpty()) {
        const QUrl url(value("closure_report_url"), QUrl::StrictMode);
        if (!url.isValid() || !SiteProfile::isAcceptableServiceUrl(url))
            error(kPrefix + QStringLiteral("closure_report_url"),
                  tr("\"%1\" is not an https URL (plain http only on loopback)")
                      .arg(value("closure_report_url")));
        else
            p.closureReportUrl = url;
    }

    const QString policy = value("verification_policy").toLower();
    if (policy == QLatin1String("allow-unverified"))
        p.verificationPolicy = SiteProfile::VerificationPolicy::AllowUnverified;
    else if (!policy.isEmpty() && policy != QLatin1String("block"))
        error(kPrefix + QStringLiteral("verification_policy"),
              tr("\"%1\" is not block or allow-unverified").arg(policy));

    // Commas as written in the INI file; spaces too, so "a.example.com, b.example.com" works.
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &host : value("allow_hosts").split(separators, Qt::SkipEmptyParts)) {
        if (SiteProfile::isHostName(host))
            p.navigationAllowList << host.toLower();
        else
            error(kPrefix + QStringLiteral("allow_hosts"),
                  tr("\"%1\" is not a host name").arg(host));
    }

    const QString external = value("external_links").toLower();
    if (external == QLatin1String("open"))
        p.externalLinks = SiteProfile::ExternalLinks::Open;
    else if (!external.isEmpty() && external != QLatin1String("refuse"))
        error(kPrefix + QStringLiteral("external_links"),
              tr("\"%1\" is not open or refuse").arg(external));

    const QString media = value("media_permissions").toLower();
    if (media == QLatin1String("deny"))
        p.mediaPermissions = SiteProfile::MediaPermissions::Deny;
    else if (!media.isEmpty() && media != QLatin1String("allow-listed"))
        error(kPrefix + QStringLiteral("media_permissions"),
              tr("\"%1\" is not allow-listed or deny").arg(media));

    const QString downloads = value("allow_downloads").toLower();
    if (downloads == QLatin1String("true") || downloads == QLatin1String("1"))
        p.allowDownloads = true;
    else if (!downloads.isEmpty() && downloads != QLatin1String("false")
             && downloads != QLatin1String("0"))
        error(kPrefix + QStringLiteral("allow_downloads"),
              tr("\"%1\" is not true or false").arg(downloads));

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString prefix = kPrefix + QStringLiteral("threshold.");
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
        error(kPrefix + QStringLiteral("supervisor_override"),
              tr("\"%1\" is not true or false").arg(supervisor));

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
            error(kPrefix + QStringLiteral("tls_override"),
                  tr("\"%1\" is not \"<host> <SHA-256 fingerprint>\"").arg(tls));
        else
            p.tlsOverrides.append({parts.at(0).toLower(), sha});
    }

    if (result.errors.isEmpty()) {
        for (const QString &problem : p.validate())
            result.errors << tr("%1: %2").arg(source, problem);
    }
    return result;
}
