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
        bool ok() const { return errors.isEmpty(); }
    };

    // `values` maps "group/key" to its text, as QSettings::allKeys() gives them.
    static Parsed parse(const QHash<QString, QString> &values, const QString &source);
    static QStringList knownKeys();
};
