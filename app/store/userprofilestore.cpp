#include "userprofilestore.h"

#include "siteprofileconfig.h"

#include <QSettings>

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kActive = QStringLiteral("active_profile");
} // namespace

UserProfileStore::UserProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

UserProfileStore::Loaded UserProfileStore::load() const
{
    Loaded loaded;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        const QString group = kGroup + u'/' + id;
        m_settings->beginGroup(group);
        QHash<QString, QString> values;
        for (const QString &key : m_settings->allKeys()) {
            const QVariant value = m_settings->value(key);
            values.insert(group + u'/' + key, value.typeId() == QMetaType::QStringList
                                                  ? value.toStringList().join(u',')
                                                  : value.toString());
        }
        m_settings->endGroup();
        SiteProfileConfig::Parsed parsed =
            SiteProfileConfig::parse(values, m_settings->fileName(), group);
        if (!parsed.ok()) {
            loaded.errors << parsed.errors;
            continue;
        }
        parsed.profile.id = id;
        loaded.profiles << parsed.profile;
    }
    return loaded;
}

void UserProfileStore::save(const QList<SiteProfile> &profiles)
{
    m_settings->remove(kGroup);
    for (const SiteProfile &profile : profiles) {
        const QHash<QString, QString> values =
            SiteProfileConfig::toValues(profile, kGroup + u'/' + profile.id);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->sync();
}

QString UserProfileStore::activeProfile() const
{
    return m_settings->value(kActive).toString();
}

void UserProfileStore::setActiveProfile(const QString &id)
{
    m_settings->setValue(kActive, id);
    m_settings->sync();
}
