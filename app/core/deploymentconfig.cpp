#include "deploymentconfig.h"

#include "deploymentlayers.h"
#include "siteprofileconfig.h"

const SiteProfile *DeploymentConfig::profile(const QString &id) const
{
    for (const SiteProfile &p : profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString DeploymentConfig::managedBy(const QString &profileId, const QString &key) const
{
    return managed.value(profileId).value(key);
}

QString DeploymentConfig::commandLineRefusal(const QString &option, const QString &key) const
{
    const QString general = managedBy(QString(), key);
    if (!general.isEmpty())
        return tr("%1: %2 is set by your organisation (%3) and cannot be changed from the "
                  "command line.")
            .arg(option, key, general);
    if (SiteProfileConfig::overridableFromCommandLine(key))
        return {};
    for (const SiteProfile &p : profiles) {
        const QString where = managedBy(p.id, key);
        if (!where.isEmpty())
            return tr("%1: %2 is set by your organisation (%3, profile \"%4\") and cannot be "
                      "changed from the command line.")
                .arg(option, key, where, p.id);
    }
    return {};
}

bool DeploymentConfig::isProfileId(const QString &id)
{
    return id.size() <= 64 && SiteProfile::isSlug(id);
}

bool DeploymentConfig::isKnownSection(const QString &name)
{
    return name == QLatin1String(GeneralSection) || name == QLatin1String(KioskSection)
           || name == QLatin1String("site") || name.startsWith(QLatin1String(ProfileSectionPrefix));
}

DeploymentConfig DeploymentConfig::parse(const QByteArray &text, const QString &source)
{
    DeploymentLayers layers;
    layers.addText(DeploymentLayers::Level::User, text, source);
    return layers.merge();
}

void DeploymentConfig::readKiosk(DeploymentConfig &config, const QList<Setting> &settings)
{
    const QString kiosk = QLatin1String(KioskSection);
    const Setting *enabled = nullptr;
    const Setting *pinHash = nullptr;
    for (const Setting &s : settings) {
        if (s.section != kiosk)
            continue;
        if (s.key == QLatin1String("enabled"))
            enabled = &s;
        else if (s.key == QLatin1String("pin_hash"))
            pinHash = &s;
        else
            config.errors << tr("%1: [%2] %3: unknown setting").arg(s.location, kiosk, s.key);
    }
    if (enabled) {
        const QString v = enabled->value.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1"))
            config.kioskEnabled = true;
        else if (v != QLatin1String("false") && v != QLatin1String("0"))
            config.errors << tr("%1: [%2] %3: \"%4\" is not true or false")
                                 .arg(enabled->location, kiosk, enabled->key, enabled->value);
    }
    if (!pinHash)
        return;
    if (enabled && enabled->managed && !pinHash->managed) {
        config.warnings << tr("%1: [%2] pin_hash: ignored: kiosk mode is set by your organisation "
                              "(%3), and so is the PIN that leaves it")
                               .arg(pinHash->location, kiosk, enabled->location);
        return;
    }
    QString problem;
    if (const std::optional<PinHash> parsed = PinHash::parse(pinHash->value, &problem))
        config.kioskPin = *parsed;
    else
        config.errors << tr("%1: [%2] pin_hash: %3").arg(pinHash->location, kiosk, problem);
}

DeploymentConfig DeploymentConfig::fromSettings(const QList<Section> &sections,
                                                const QList<Setting> &settings)
{
    DeploymentConfig config;
    const QString general = QLatin1String(GeneralSection);
    const QString profilePrefix = QLatin1String(ProfileSectionPrefix);

    // Per section: "section/key" -> value, and -> where it was written (the header under
    // "section"), as SiteProfileConfig reads them.
    QHash<QString, QHash<QString, QString>> values;
    QHash<QString, QHash<QString, QString>> locations;
    QHash<QString, QStringList> managedKeys;
    QString activeLocation;
    for (const Setting &s : settings) {
        values[s.section].insert(s.section + u'/' + s.key, s.value);
        locations[s.section].insert(s.section + u'/' + s.key, s.location);
        if (s.managed)
            managedKeys[s.section] << s.key;
        if (s.section != general)
            continue;
        if (s.managed)
            config.managed[QString()].insert(s.key, s.location);
        if (s.key == QLatin1String("active_profile")) {
            config.activeProfile = s.value;
            activeLocation = s.location;
        } else if (s.key == QLatin1String("allow_file_credential_store")) {
            const QString v = s.value.toLower();
            if (v == QLatin1String("true") || v == QLatin1String("1"))
                config.allowFileCredentialStore = true;
            else if (v != QLatin1String("false") && v != QLatin1String("0"))
                config.errors << tr("%1: [%2] %3: \"%4\" is not true or false")
                                     .arg(s.location, general, s.key, s.value);
        } else {
            config.errors << tr("%1: [%2] %3: unknown setting").arg(s.location, general, s.key);
        }
    }

    readKiosk(config, settings);

    QHash<QString, QString> profileLocation; // id -> where the section that defined it is
    for (const Section &section : sections) {
        if (section.name != QLatin1String("site") && !section.name.startsWith(profilePrefix))
            continue;
        QHash<QString, QString> sectionLocations = locations.value(section.name);
        sectionLocations.insert(section.name, section.location);
        QHash<QString, QString> sectionValues = values.value(section.name);
        const QString idKey = section.name + QStringLiteral("/id");
        QString id;
        QString idLocation = section.location;
        if (section.name == QLatin1String("site")) {
            id = sectionValues.value(idKey, QStringLiteral("site"));
            idLocation = sectionLocations.value(idKey, section.location);
        } else {
            id = section.name.mid(profilePrefix.size());
            if (sectionValues.contains(idKey)) {
                config.errors << tr("%1: [%2] id: the id of a profile is its section name; "
                                    "remove this line")
                                     .arg(sectionLocations.value(idKey), section.name);
                sectionValues.remove(idKey);
            }
        }
        if (!isProfileId(id)) {
            config.errors << tr("%1: [%2] the profile id \"%3\" is not a slug (lower-case "
                                "letters, digits, \"-\" or \"_\")")
                                 .arg(idLocation, section.name, id);
            continue;
        }
        if (profileLocation.contains(id)) {
            config.errors << tr("%1: [%2] duplicate profile id \"%3\" (first at %4)")
                                 .arg(idLocation, section.name, id, profileLocation.value(id));
            continue;
        }
        profileLocation.insert(id, idLocation);
        SiteProfileConfig::Parsed parsed = SiteProfileConfig::parse(sectionValues, section.location,
                                                                    section.name, sectionLocations);
        config.errors << parsed.errors;
        if (!parsed.ok())
            continue;
        parsed.profile.id = id;
        if (!sectionValues.contains(section.name + QStringLiteral("/name")))
            parsed.profile.displayName = id;
        config.profiles << parsed.profile;
        for (const QString &key : managedKeys.value(section.name))
            config.managed[id].insert(key, sectionLocations.value(section.name + u'/' + key));
    }

    if (!config.activeProfile.isEmpty() && !profileLocation.contains(config.activeProfile))
        config.errors << tr("%1: [%2] active_profile: \"%3\" is not a profile of this "
                            "configuration")
                             .arg(activeLocation, general, config.activeProfile);
    return config;
}
