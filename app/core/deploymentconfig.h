#pragma once

#include "pinhash.h"
#include "siteprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// The deployment settings, judged: the site profiles IT rolls out and the app-wide settings,
// from the user-level INI file (--config, or the user's configuration directory) under what the
// organisation sets for the whole machine (DeploymentLayers merges them). Every problem is
// reported as "where: [section] key: what is wrong", where being "file:line" for a file.
//
//   [fieldconnect]                    app-wide: active_profile, allow_file_credential_store
//   [profile.<id>]                    one site profile per section; <id> is its stable key
//   [site]                            a single profile (the original form; its id is id=…)
//   [kiosk]                           enabled = true|false, pin_hash = (fieldconnect --hash-pin)
//
// Every key of SiteProfileConfig is accepted in [site] and in [profile.<id>] sections.
class DeploymentConfig
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentConfig)
public:
    static constexpr const char *GeneralSection = "fieldconnect";
    static constexpr const char *ProfileSectionPrefix = "profile.";
    static constexpr const char *KioskSection = "kiosk";

    // One setting as its layer gave it. `managed`: the organisation set it (a system file or
    // policy), so nothing the user writes or does changes it.
    struct Setting {
        QString section;
        QString key;
        QString value;
        QString location; // "file:line", or the registry key it was read from
        bool managed = false;
    };
    struct Section {
        QString name;
        QString location; // of its header; where a missing key of it is reported
    };

    QList<SiteProfile> profiles; // the organisation's first, then the user-level file's
    QString activeProfile; // the profile to start with; empty: the first one
    bool allowFileCredentialStore = false;
    // Full screen, no window chrome, left only with the supervisor PIN (null: it cannot be left
    // from the window). When the organisation turns it on, only its own pin_hash counts: a
    // user-level one is ignored with a warning, so the user cannot pick the PIN that lets them out.
    bool kioskEnabled = false;
    PinHash kioskPin;
    QStringList errors;
    // User-level values the organisation's replaced, each naming the key and both places.
    QStringList warnings;
    // What the organisation set: profile id ("" for [fieldconnect]) -> key -> where it is set.
    QHash<QString, QHash<QString, QString>> managed;

    bool ok() const { return errors.isEmpty(); }
    const SiteProfile *profile(const QString &id) const;
    // Where the organisation set `key` of profile `profileId` ("" for [fieldconnect]), or empty.
    QString managedBy(const QString &profileId, const QString &key) const;
    // Empty when `option` may set `key` for this run; otherwise why not, in words: the
    // organisation set it in [fieldconnect], or in some profile and the key does not allow it
    // (SiteProfileConfig::overridableFromCommandLine).
    QString commandLineRefusal(const QString &option, const QString &key) const;

    // One user-level file on its own (no organisation layer).
    static DeploymentConfig parse(const QByteArray &text, const QString &source);
    // Judges settings already merged from their layers: values, profile ids, active_profile.
    static DeploymentConfig fromSettings(const QList<Section> &sections,
                                         const QList<Setting> &settings);
    // A profile id: it names a directory and a credential, so a slug (see SiteProfile::isSlug).
    static bool isProfileId(const QString &id);
    // A section name the file may hold: [fieldconnect], [kiosk], [site] or [profile.<anything>].
    static bool isKnownSection(const QString &name);

private:
    // [kiosk]: enabled and pin_hash, judged into `config`.
    static void readKiosk(DeploymentConfig &config, const QList<Setting> &settings);
};
