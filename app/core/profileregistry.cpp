#include "profileregistry.h"

#include "deploymentconfig.h"
#include "siteprofileconfig.h"

qsizetype ProfileRegistry::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.id == id)
            return i;
    }
    return -1;
}

std::optional<ProfileRegistry::Entry> ProfileRegistry::entry(const QString &id) const
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i);
}

QList<SiteProfile> ProfileRegistry::userProfiles() const
{
    QList<SiteProfile> result;
    for (const Entry &e : m_entries) {
        if (e.origin == Origin::User)
            result << e.profile;
    }
    return result;
}

SiteProfile ProfileRegistry::active() const
{
    const qsizetype i = indexOf(m_activeId);
    return i < 0 ? SiteProfile() : m_entries.at(i).profile;
}

void ProfileRegistry::replaceOrigin(Origin origin, const QList<SiteProfile> &profiles)
{
    const SiteProfile before = active();
    m_entries.removeIf([origin](const Entry &e) { return e.origin == origin; });
    // Sandbox first, then deployment, then the user's: the order of the settings list. A user
    // profile never shadows a profile with the same id from elsewhere.
    QList<Entry> added;
    for (const SiteProfile &p : profiles) {
        if (indexOf(p.id) < 0)
            added.append({p, origin});
    }
    if (origin == Origin::User) {
        m_entries << added;
    } else {
        qsizetype at = 0;
        while (at < m_entries.size() && m_entries.at(at).origin != Origin::User
               && (origin == Origin::Deployment || m_entries.at(at).origin == Origin::Sandbox))
            ++at;
        for (const Entry &e : std::as_const(added))
            m_entries.insert(at++, e);
    }
    emit profilesChanged();
    activeMayHaveChanged(before);
}

void ProfileRegistry::setDeploymentProfiles(const QList<SiteProfile> &profiles)
{
    replaceOrigin(Origin::Deployment, profiles);
}

void ProfileRegistry::setUserProfiles(const QList<SiteProfile> &profiles)
{
    replaceOrigin(Origin::User, profiles);
}

void ProfileRegistry::setSandboxProfile(const SiteProfile &profile)
{
    replaceOrigin(Origin::Sandbox, {profile});
}

void ProfileRegistry::activeMayHaveChanged(const SiteProfile &before)
{
    if (indexOf(m_activeId) < 0)
        m_activeId = m_entries.isEmpty() ? QString() : m_entries.constFirst().profile.id;
    const SiteProfile now = active();
    // Any change of what the active profile says matters to its followers, not only its id.
    const QString group = QStringLiteral("p");
    if (now.id != before.id
        || SiteProfileConfig::toValues(now, group) != SiteProfileConfig::toValues(before, group))
        emit activeProfileChanged(now);
}

void ProfileRegistry::setManaged(const QHash<QString, QHash<QString, QString>> &managed)
{
    m_managed = managed;
    emit profilesChanged();
}

void ProfileRegistry::lockActive(const QString &id, const QString &where)
{
    m_activeLockedBy.clear();
    setActive(id);
    m_activeLockedBy = where;
}

bool ProfileRegistry::setActive(const QString &id, QString *error)
{
    if (indexOf(id) < 0) {
        if (error)
            *error = tr("There is no site profile \"%1\".").arg(id);
        return false;
    }
    if (!m_activeLockedBy.isEmpty() && id != m_activeId) {
        if (error)
            *error =
                tr("The profile in use is set by your organisation (%1).").arg(m_activeLockedBy);
        return false;
    }
    if (id == m_activeId)
        return true;
    m_activeId = id;
    emit activeProfileChanged(active());
    return true;
}

QStringList ProfileRegistry::saveUserProfile(const SiteProfile &profile, const QString &previousId)
{
    QStringList problems;
    const QString replacing = previousId;
    const qsizetype old = previousId.isEmpty() ? -1 : indexOf(previousId);
    const qsizetype clash = indexOf(profile.id);
    for (qsizetype i : {old, clash}) {
        if (i >= 0 && m_entries.at(i).origin != Origin::User) {
            problems << tr("\"%1\" comes from the deployment configuration or the sandbox and "
                           "cannot be changed here.")
                            .arg(m_entries.at(i).profile.displayName);
            break;
        }
    }
    if (!DeploymentConfig::isProfileId(profile.id))
        problems << tr("The profile id \"%1\" must be lower-case letters, digits, \"-\" or "
                       "\"_\".")
                        .arg(profile.id);
    if (problems.isEmpty() && clash >= 0 && clash != old)
        problems << tr("A profile with the id \"%1\" already exists.").arg(profile.id);
    if (profile.environment == SiteProfile::Environment::Sandbox)
        problems << tr("A user profile is for testing or production, not the sandbox.");
    problems << profile.validate();
    if (!problems.isEmpty())
        return problems;

    const SiteProfile before = active();
    if (old >= 0) {
        m_entries[old].profile = profile;
        if (m_activeId == replacing)
            m_activeId = profile.id;
    } else {
        m_entries.append({profile, Origin::User});
    }
    emit profilesChanged();
    emit userProfilesChanged(userProfiles());
    activeMayHaveChanged(before);
    return {};
}

bool ProfileRegistry::removeUserProfile(const QString &id, QString *error)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_entries.at(i).origin != Origin::User) {
        if (error)
            *error = i < 0 ? tr("There is no site profile \"%1\".").arg(id)
                           : tr("\"%1\" comes from the deployment configuration or the sandbox "
                                "and cannot be removed here.")
                                 .arg(m_entries.at(i).profile.displayName);
        return false;
    }
    const SiteProfile before = active();
    m_entries.removeAt(i);
    emit profilesChanged();
    emit userProfilesChanged(userProfiles());
    activeMayHaveChanged(before);
    return true;
}
