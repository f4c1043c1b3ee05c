#include "deploymentconfig.h"

#include "inidocument.h"
#include "siteprofileconfig.h"

#include <QHash>

const SiteProfile *DeploymentConfig::profile(const QString &id) const
{
    for (const SiteProfile &p : profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

bool DeploymentConfig::isProfileId(const QString &id)
{
    return id.size() <= 64 && SiteProfile::isSlug(id);
}

DeploymentConfig DeploymentConfig::parse(const QByteArray &text, const QString &source)
{
    DeploymentConfig config;
    const IniDocument doc = IniDocument::parse(text);
    auto at = [&source](int line) { return QStringLiteral("%1:%2").arg(source).arg(line); };
    for (const IniDocument::SyntaxError &e : doc.syntaxErrors())
        config.errors << tr("%1: %2").arg(at(e.line), e.message);

    const QString general = QLatin1String(GeneralSection);
    const QString profilePrefix = QLatin1String(ProfileSectionPrefix);

    // Sections in file order, each once: a repeated header would silently merge two profiles.
    QStringList order;
    QHash<QString, int> headerLine;
    for (const IniDocument::Section &s : doc.sections()) {
        if (headerLine.contains(s.name)) {
            config.errors << tr("%1: [%2] appears twice (first at line %3)")
                                 .arg(at(s.line), s.name)
                                 .arg(headerLine.value(s.name));
            continue;
        }
        headerLine.insert(s.name, s.line);
        order << s.name;
        if (s.name != general && s.name != QLatin1String("site")
            && !s.name.startsWith(profilePrefix))
            config.errors << tr("%1: [%2] is not a known section ([%3], [site] or [%4<id>])")
                                 .arg(at(s.line), s.name, general, profilePrefix);
    }

    // Entries per section, with their lines; a key given twice is an error, not "last wins".
    QHash<QString, QHash<QString, QString>> values;
    QHash<QString, QHash<QString, int>> lines;
    int activeLine = 0;
    for (const IniDocument::Entry &e : doc.entries()) {
        if (e.section.isEmpty()) {
            config.errors
                << tr("%1: %2: the setting is outside any section").arg(at(e.line), e.key);
            continue;
        }
        const QString full = e.section + u'/' + e.key;
        QHash<QString, int> &sectionLines = lines[e.section];
        if (sectionLines.contains(full)) {
            config.errors << tr("%1: [%2] %3: given twice (first at line %4)")
                                 .arg(at(e.line), e.section, e.key)
                                 .arg(sectionLines.value(full));
            continue;
        }
        sectionLines.insert(full, e.line);
        values[e.section].insert(full, e.value);
        if (e.section != general)
            continue;
        if (e.key == QLatin1String("active_profile")) {
            config.activeProfile = e.value;
            activeLine = e.line;
        } else if (e.key == QLatin1String("allow_file_credential_store")) {
            const QString v = e.value.toLower();
            if (v == QLatin1String("true") || v == QLatin1String("1"))
                config.allowFileCredentialStore = true;
            else if (v != QLatin1String("false") && v != QLatin1String("0"))
                config.errors << tr("%1: [%2] %3: \"%4\" is not true or false")
                                     .arg(at(e.line), general, e.key, e.value);
        } else {
            config.errors << tr("%1: [%2] %3: unknown setting").arg(at(e.line), general, e.key);
        }
    }

    QHash<QString, int> profileLine; // id -> line of the section that defined it
    for (const QString &section : std::as_const(order)) {
        if (section != QLatin1String("site") && !section.startsWith(profilePrefix))
            continue;
        QHash<QString, int> sectionLines = lines.value(section);
        sectionLines.insert(section, headerLine.value(section));
        QHash<QString, QString> sectionValues = values.value(section);
        QString id;
        int idLine = headerLine.value(section);
        if (section == QLatin1String("site")) {
            id = sectionValues.value(QStringLiteral("site/id"), QStringLiteral("site"));
            if (sectionValues.contains(QStringLiteral("site/id")))
                idLine = sectionLines.value(QStringLiteral("site/id"));
        } else {
            id = section.mid(profilePrefix.size());
            if (sectionValues.contains(section + QStringLiteral("/id"))) {
                config.errors << tr("%1: [%2] id: the id of a profile is its section name; "
                                    "remove this line")
                                     .arg(at(sectionLines.value(section + QStringLiteral("/id"))),
                                          section);
                sectionValues.remove(section + QStringLiteral("/id"));
            }
        }
        if (!isProfileId(id)) {
            config.errors << tr("%1: [%2] the profile id \"%3\" is not a slug (lower-case "
                                "letters, digits, \"-\" or \"_\")")
                                 .arg(at(idLine), section, id);
            continue;
        }
        if (profileLine.contains(id)) {
            config.errors << tr("%1: [%2] duplicate profile id \"%3\" (first at line %4)")
                                 .arg(at(idLine), section, id)
                                 .arg(profileLine.value(id));
            continue;
        }
        profileLine.insert(id, idLine);
        SiteProfileConfig::Parsed parsed =
            SiteProfileConfig::parse(sectionValues, source, section, sectionLines);
        config.errors << parsed.errors;
        if (!parsed.ok())
            continue;
        parsed.profile.id = id;
        if (!sectionValues.contains(section + QStringLiteral("/name")))
            parsed.profile.displayName = id;
        config.profiles << parsed.profile;
    }

    if (!config.activeProfile.isEmpty() && !profileLine.contains(config.activeProfile))
        config.errors << tr("%1: [%2] active_profile: \"%3\" is not a profile of this file")
                             .arg(at(activeLine), general, config.activeProfile);
    return config;
}
