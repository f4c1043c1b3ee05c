#pragma once

#include "siteprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A deployment INI file (--config, or the system configuration directory): the site profiles IT
// rolls out, and the app-wide settings. Read from the file's text (IniDocument), so every
// problem is reported as "file:line: [section] key: what is wrong".
//
//   [fieldconnect]                    app-wide: active_profile, allow_file_credential_store
//   [profile.<id>]                    one site profile per section; <id> is its stable key
//   [site]                            a single profile (the original form; its id is id=…)
//
// Every key of SiteProfileConfig is accepted in [site] and in [profile.<id>] sections.
class DeploymentConfig
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentConfig)
public:
    static constexpr const char *GeneralSection = "fieldconnect";
    static constexpr const char *ProfileSectionPrefix = "profile.";

    QList<SiteProfile> profiles; // in the file's order
    QString activeProfile; // the profile to start with; empty: the first one
    bool allowFileCredentialStore = false;
    QStringList errors;

    bool ok() const { return errors.isEmpty(); }
    const SiteProfile *profile(const QString &id) const;

    static DeploymentConfig parse(const QByteArray &text, const QString &source);
    // A profile id: it names a directory and a credential, so a slug (see SiteProfile::isSlug).
    static bool isProfileId(const QString &id);
};
