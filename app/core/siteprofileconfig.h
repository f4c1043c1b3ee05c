#pragma once

#include "siteprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// Reads a site profile from deployment settings (the [site] group of the INI file given with
// --config). Every value is checked; every problem is reported with its key. The caller reads
// the file; this class only judges what was in it.
class SiteProfileConfig
{
    Q_DECLARE_TR_FUNCTIONS(SiteProfileConfig)
public:
    struct Parsed {
        SiteProfile profile;
        QStringList errors;
        // The same problems by key ("site_id", "threshold", …), for a form that shows each
        // next to its field; problems of the whole profile are under the empty key.
        QHash<QString, QString> keyErrors;
        bool ok() const { return errors.isEmpty(); }
    };

    // `values` maps "group/key" to its text, as QSettings::allKeys() gives them. `group` is the
    // section the profile is read from; `locations` (optional) maps "group/key", and "group" for
    // the section header, to where it was written ("file:line"), so each error names it; a key
    // with no location is reported at `source`.
    static Parsed parse(const QHash<QString, QString> &values, const QString &source,
                        const QString &group = QStringLiteral("site"),
                        const QHash<QString, QString> &locations = {});
    static QStringList knownKeys(const QString &group = QStringLiteral("site"));
    // Whether a command-line option may change `key` (no group) for a run when the organisation
    // set it: only where that cannot weaken its decision.
    static bool overridableFromCommandLine(const QString &key);
    // The profile written back as the keys parse() reads ("group/key" -> text), so that
    // parse(toValues(p, g), …, g) gives p again. Used to keep the user's own profiles.
    static QHash<QString, QString> toValues(const SiteProfile &profile, const QString &group);
};
