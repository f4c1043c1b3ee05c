#pragma once

#include "siteprofile.h"

#include <QString>
#include <QUrl>

// The URI Deepomatic sends the technician back to. Each launch of the connector gets a fresh
// random launch id (128 bits), so a callback can be tied to exactly one open page.
class CallbackUri
{
public:
    static constexpr const char *Scheme = "fieldconnect";
    static constexpr const char *Host = "callback";

    // 32 lower-case hexadecimal characters from the system's secure generator.
    static QString newLaunchId();
    static bool isWellFormedLaunchId(const QString &launchId);

    // fieldconnect://callback/<launch-id>, or <https prefix>/<launch-id>.
    static QUrl forLaunch(const SiteProfile &profile, const QString &launchId);

    // True when the URL points at FieldConnect's callback space (any launch id), so the
    // connector must capture it and never load it.
    static bool isCallbackSpace(const SiteProfile &profile, const QUrl &url);
};
