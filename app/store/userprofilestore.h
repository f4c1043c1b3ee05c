#pragma once

#include "siteprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

// The user's own site profiles and their choice of active profile, in the user's settings
// (QSettings: the platform's per-user configuration). Never a token: those live in the
// credential store. Profiles are written as the deployment file's keys and read back through
// the same validation, so a hand-edited bad value is reported, not used.
class UserProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(UserProfileStore)
public:
    // `settings` is not owned; it is the app's QSettings in the product, a file in tests.
    explicit UserProfileStore(QSettings *settings);

    struct Loaded {
        QList<SiteProfile> profiles;
        QStringList errors; // profiles that could not be read, each with why
    };
    Loaded load() const;
    void save(const QList<SiteProfile> &profiles);

    QString activeProfile() const;
    void setActiveProfile(const QString &id);

private:
    QSettings *m_settings;
};
