#pragma once

#include "siteprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

// The site profiles the app knows and the one in use. Deployment profiles come from IT's file
// and are read-only here; the user's own may be added, edited and removed (the caller keeps
// them, see UserProfileStore); the sandbox, when it runs, is one more profile. Switching the
// active profile is announced once; whoever holds a site-dependent part (API client, connector,
// badge) follows activeProfileChanged.
class ProfileRegistry : public QObject
{
    Q_OBJECT
public:
    enum class Origin { Deployment, User, Sandbox };
    struct Entry {
        SiteProfile profile;
        Origin origin = Origin::User;
        bool editable() const { return origin == Origin::User; }
    };

    using QObject::QObject;

    void setDeploymentProfiles(const QList<SiteProfile> &profiles);
    void setUserProfiles(const QList<SiteProfile> &profiles);
    void setSandboxProfile(const SiteProfile &profile);
    // What the organisation set in its profiles: profile id -> key -> where (see
    // DeploymentConfig::managed). Those values are shown locked.
    void setManaged(const QHash<QString, QHash<QString, QString>> &managed);
    QHash<QString, QString> managedKeys(const QString &id) const { return m_managed.value(id); }
    // The organisation chose the profile in use (`where` it said so): `id` becomes active and
    // setActive() refuses any other.
    void lockActive(const QString &id, const QString &where);
    QString activeLockedBy() const { return m_activeLockedBy; }

    QList<Entry> entries() const { return m_entries; }
    std::optional<Entry> entry(const QString &id) const;
    QList<SiteProfile> userProfiles() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    QString activeId() const { return m_activeId; }
    SiteProfile active() const;
    // False (with *error in words) for an unknown id, or another one than the organisation's
    // choice; no signal when it is already active.
    bool setActive(const QString &id, QString *error = nullptr);

    // Adds a user profile (`previousId` empty) or replaces the one with `previousId`. Returns
    // the problems in words; nothing changes unless it is empty.
    QStringList saveUserProfile(const SiteProfile &profile, const QString &previousId = {});
    // Only user profiles can be removed; the active one falls back to the first profile left.
    bool removeUserProfile(const QString &id, QString *error = nullptr);

signals:
    void activeProfileChanged(const SiteProfile &profile);
    void profilesChanged();
    // The user's own profiles changed: time to save them.
    void userProfilesChanged(const QList<SiteProfile> &profiles);

private:
    void replaceOrigin(Origin origin, const QList<SiteProfile> &profiles);
    qsizetype indexOf(const QString &id) const;
    void activeMayHaveChanged(const SiteProfile &before);

    QList<Entry> m_entries;
    QString m_activeId;
    QHash<QString, QHash<QString, QString>> m_managed;
    QString m_activeLockedBy;
};
