#include "siteprofileconfig.h"

#include <QRegularExpression>

#include <optional>

namespace {
// Every key of a profile, and whether a command-line option may change it for one run over the
// organisation's value: only the ones that cannot weaken what the organisation decided (the
// fragment is a transport detail; private browsing only keeps less).
struct KeySpec {
    const char *name;
    bool commandLine;
};
const KeySpec Keys[] = {{"id", false},
                        {"name", false},
                        {"environment", false},
                        {"region", false},
                        {"site_id", false},
                        {"org_slug", false},
                        {"studio_url", false},
                        {"api_url", false},
                        {"threshold", false},
                        {"use_fragment", true},
                        {"callback_mode", false},
                        {"callback_prefix", false},
                        {"connector_mode", false},
                        {"verification_policy", false},
                        {"allow_hosts", false},
                        {"photo_hosts", false},
                        {"external_links", false},
                        {"media_permissions", false},
                        {"allow_downloads", false},
                        {"private_browsing", true},
                        {"supervisor_override", false},
                        {"tls_override", false},
                        {"closure_report_url", false},
                        {"max_requests_in_flight", false},
                        {"photo_max_side", false},
                        {"lookup_by_name", false},
                        {"close_without_launch", false},
                        {"scan_key", false}};
} // namespace

QStringList SiteProfileConfig::knownKeys(const QString &group)
{
    QStringList keys;
    for (const KeySpec &key : Keys)
        keys << group + u'/' + QLatin1String(key.name);
    return keys;
}

bool SiteProfileConfig::overridableFromCommandLine(const QString &key)
{
    for (const KeySpec &spec : Keys) {
        if (key == QLatin1String(spec.name))
            return spec.commandLine;
    }
    return false;
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
    set("connector_mode", p.connectorMode == SiteProfile::ConnectorMode::External
                              ? QStringLiteral("external")
                              : QStringLiteral("embedded"));
    set("verification_policy",
        p.verificationPolicy == SiteProfile::VerificationPolicy::AllowUnverified
            ? QStringLiteral("allow-unverified")
            : QStringLiteral("block"));
    set("allow_hosts", p.navigationAllowList.join(u','));
    if (!p.photoHosts.isEmpty())
        set("photo_hosts", p.photoHosts.join(u','));
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
    set("photo_max_side", QString::number(p.photoMaxSide));
    set("lookup_by_name", flag(p.lookupByName));
    set("close_without_launch", flag(p.closeWithoutLaunch));
    if (!p.scanKey.isEmpty())
        set("scan_key", p.scanKey);
    for (auto it = p.typeThresholds.cbegin(); it != p.typeThresholds.cend(); ++it)
        v.insert(group + QStringLiteral("/threshold.") + it.key(), QString::number(*it));
    if (!p.tlsOverrides.isEmpty())
        set("tls_override", p.tlsOverrides.constFirst().host + u' '
                                + QString::fromLatin1(p.tlsOverrides.constFirst().sha256.toHex()));
    return v;
}

namespace {

// One text a setting may have, and what it means.
template<typename E>
struct Choice {
    const char *text;
    E value;
};

// The value the text names (compared case-insensitively), or nothing.
template<typename E, std::size_t N>
std::optional<E> pick(const QString &text, const Choice<E> (&choices)[N])
{
    for (const Choice<E> &c : choices) {
        if (text.compare(QLatin1String(c.text), Qt::CaseInsensitive) == 0)
            return c.value;
    }
    return std::nullopt;
}

using Env = SiteProfile::Environment;
using Region = SiteProfile::Region;
using Policy = SiteProfile::VerificationPolicy;
using Links = SiteProfile::ExternalLinks;
using Media = SiteProfile::MediaPermissions;
using Mode = SiteProfile::CallbackMode;
using Connector = SiteProfile::ConnectorMode;

// The first text of each list is the default, written first in the message.
const Choice<Env> Environments[] = {{"testing", Env::Testing}, {"production", Env::Production}};
const Choice<Region> Regions[] = {{"EU", Region::EU}, {"US", Region::US}};
const Choice<Mode> CallbackModes[] = {{"scheme", Mode::CustomScheme}, {"https", Mode::HttpsPrefix}};
const Choice<Connector> ConnectorModes[] = {{"embedded", Connector::Embedded},
                                            {"external", Connector::External}};
const Choice<Policy> Policies[] = {{"block", Policy::Block},
                                   {"allow-unverified", Policy::AllowUnverified}};
const Choice<Links> LinkPolicies[] = {{"refuse", Links::Refuse}, {"open", Links::Open}};
const Choice<Media> MediaPolicies[] = {{"allow-listed", Media::AllowListed}, {"deny", Media::Deny}};
const Choice<bool> Flags[] = {{"false", false}, {"true", true}, {"0", false}, {"1", true}};

struct FlagKey {
    const char *key;
    bool SiteProfile::*member;
};

} // namespace

SiteProfileConfig::Parsed SiteProfileConfig::parse(const QHash<QString, QString> &values,
                                                   const QString &source, const QString &group,
                                                   const QHash<QString, QString> &locations)
{
    Parsed result;
    SiteProfile &p = result.profile;
    const QString groupPrefix = group + u'/';
    auto where = [&](const QString &key) {
        // A missing key is reported at its section's header.
        return locations.value(key, locations.value(group, source));
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
    auto fail = [&](const char *key, const QString &text) {
        error(groupPrefix + QLatin1String(key), text);
    };
    // An enumerated setting: absent or empty keeps the default; anything else must be one of
    // the two choices.
    auto choose = [&](const char *key, auto &target, const auto &choices) {
        const QString text = value(key);
        if (text.isEmpty())
            return;
        if (const auto chosen = pick(text, choices))
            target = *chosen;
        else
            fail(key,
                 tr("\"%1\" is not %2 or %3")
                     .arg(text, QLatin1String(choices[0].text), QLatin1String(choices[1].text)));
    };
    // An empty api_url or closure_report_url means none (derived, or no report); an empty
    // studio_url is a mistake.
    auto url = [&](const char *key, QUrl &target, bool emptyMeansNone) {
        if (!has(key) || (emptyMeansNone && value(key).isEmpty()))
            return;
        const QUrl parsed(value(key), QUrl::StrictMode);
        if (!parsed.isValid() || !SiteProfile::isAcceptableServiceUrl(parsed))
            fail(key,
                 tr("\"%1\" is not an https URL (plain http only on loopback)").arg(value(key)));
        else
            target = parsed;
    };
    auto integer = [&](const char *key, int &target, int min, int max) {
        if (!has(key))
            return;
        bool ok = false;
        const int n = value(key).toInt(&ok);
        if (!ok || n < min || n > max)
            fail(key,
                 tr("\"%1\" is not an integer from %2 to %3").arg(value(key)).arg(min).arg(max));
        else
            target = n;
    };

    p.id = has("id") ? value("id") : QStringLiteral("site");
    p.displayName = has("name") ? value("name") : p.id;
    choose("environment", p.environment, Environments);
    choose("region", p.region, Regions);

    p.siteId = QUuid::fromString(value("site_id"));
    if (p.siteId.isNull())
        fail("site_id", tr("\"%1\" is not a UUID").arg(value("site_id")));
    p.orgSlug = value("org_slug");
    if (!SiteProfile::isSlug(p.orgSlug))
        fail("org_slug", tr("\"%1\" is not a slug").arg(p.orgSlug));

    url("studio_url", p.studioUrl, false);
    url("api_url", p.apiUrl, true);
    url("closure_report_url", p.closureReportUrl, true);
    integer("threshold", p.threshold, 0, 100);
    choose("callback_mode", p.callbackMode, CallbackModes);
    if (p.callbackMode == Mode::HttpsPrefix)
        p.httpsCallbackPrefix = QUrl(value("callback_prefix"), QUrl::StrictMode);
    choose("connector_mode", p.connectorMode, ConnectorModes);
    choose("verification_policy", p.verificationPolicy, Policies);
    choose("external_links", p.externalLinks, LinkPolicies);
    choose("media_permissions", p.mediaPermissions, MediaPolicies);
    for (const FlagKey &k : {FlagKey{"use_fragment", &SiteProfile::useFragment},
                             FlagKey{"allow_downloads", &SiteProfile::allowDownloads},
                             FlagKey{"private_browsing", &SiteProfile::privateBrowsing},
                             FlagKey{"supervisor_override", &SiteProfile::supervisorOverride},
                             FlagKey{"lookup_by_name", &SiteProfile::lookupByName},
                             FlagKey{"close_without_launch", &SiteProfile::closeWithoutLaunch}}) {
        const QString text = value(k.key);
        if (text.isEmpty())
            continue;
        if (const auto on = pick(text, Flags))
            p.*k.member = *on;
        else
            fail(k.key, tr("\"%1\" is not true or false").arg(text.toLower()));
    }
    integer("max_requests_in_flight", p.maxRequestsInFlight, SiteProfile::MinRequestsInFlight,
            SiteProfile::MaxRequestsInFlight);
    integer("photo_max_side", p.photoMaxSide, SiteProfile::MinPhotoMaxSide,
            SiteProfile::MaxPhotoMaxSide);

    // Empty: labels name the work order by its reference or name only.
    const QString scanKey = value("scan_key");
    if (scanKey.isEmpty() || SiteProfile::isScanKey(scanKey))
        p.scanKey = scanKey;
    else
        fail("scan_key", tr("\"%1\" is not a metadata field name").arg(scanKey));

    // Commas as written in the INI file; spaces too, so "a.example.com, b.example.com" works.
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &host : value("allow_hosts").split(separators, Qt::SkipEmptyParts)) {
        if (SiteProfile::isHostName(host))
            p.navigationAllowList << host.toLower();
        else
            fail("allow_hosts", tr("\"%1\" is not a host name").arg(host));
    }
    for (const QString &host : value("photo_hosts").split(separators, Qt::SkipEmptyParts)) {
        if (SiteProfile::isHostName(host))
            p.photoHosts << host.toLower();
        else
            fail("photo_hosts", tr("\"%1\" is not a host name").arg(host));
    }

    const QString typePrefix = groupPrefix + QStringLiteral("threshold.");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.key().startsWith(typePrefix))
            continue;
        const QString type = it.key().mid(typePrefix.size());
        bool ok = false;
        const int t = it.value().trimmed().toInt(&ok);
        if (type.isEmpty() || !ok || t < 0 || t > 100)
            error(it.key(), tr("\"%1\" is not an integer from 0 to 100 for a named work order type")
                                .arg(it.value()));
        else
            p.typeThresholds.insert(type, t);
    }

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
            fail("tls_override", tr("\"%1\" is not \"<host> <SHA-256 fingerprint>\"").arg(tls));
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
