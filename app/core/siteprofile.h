#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUuid>

// Everything FieldConnect needs to know about one Deepomatic site (SPEC §6). The API token is
// deliberately absent: it lives in the credential store, never beside these settings.
struct SiteProfile {
    Q_DECLARE_TR_FUNCTIONS(SiteProfile)
public:
    enum class Environment { Testing, Production, Sandbox };
    enum class Region { EU, US };
    enum class CallbackMode { CustomScheme, HttpsPrefix };
    enum class VerificationPolicy { Block, AllowUnverified };

    QString id; // stable key of the profile, used for the web profile's storage
    QString displayName;
    Environment environment = Environment::Testing;
    Region region = Region::EU;
    QUuid siteId;
    QString orgSlug;
    QUrl studioUrl = QUrl(QStringLiteral("https://studio.deepomatic.com"));
    QUrl apiUrl; // empty: derived from region and site id
    int threshold = 100;
    CallbackMode callbackMode = CallbackMode::CustomScheme;
    QUrl httpsCallbackPrefix; // used with CallbackMode::HttpsPrefix
    bool useFragment = false;
    VerificationPolicy verificationPolicy = VerificationPolicy::Block;

    // The documented API base: api.{first 20 hex chars of the site UUID}.customers[.us1]...
    static QUrl derivedApiUrl(Region region, const QUuid &siteId);
    QUrl effectiveApiUrl() const
    {
        return apiUrl.isEmpty() ? derivedApiUrl(region, siteId) : apiUrl;
    }

    // Sentences naming each invalid field; empty when the profile can be used.
    QStringList validate() const;

    static bool isSlug(const QString &value);
    static bool isLoopbackHost(const QString &host);
    // https everywhere, plain http only for loopback (the sandbox).
    static bool isAcceptableServiceUrl(const QUrl &url);
};
