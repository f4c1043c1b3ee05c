#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <QUuid>

// Everything FieldConnect needs to know about one Deepomatic site. The API token is
// deliberately absent: it lives in the credential store, never beside these settings.
struct SiteProfile {
    Q_DECLARE_TR_FUNCTIONS(SiteProfile)
public:
    enum class Environment { Testing, Production, Sandbox };
    enum class Region { EU, US };
    enum class CallbackMode { CustomScheme, HttpsPrefix };
    enum class VerificationPolicy { Block, AllowUnverified };
    // What happens to a top-level navigation outside the allow-list.
    enum class ExternalLinks { Refuse, Open };
    // Camera and microphone: granted to allow-listed origins, or never.
    enum class MediaPermissions { AllowListed, Deny };
    // Where the connector opens: in the app's own view, or in the system browser (for
    // identity providers that refuse embedded views), the callback then coming back through
    // the operating system's fieldconnect:// handler and the running instance.
    enum class ConnectorMode { Embedded, External };

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
    ConnectorMode connectorMode = ConnectorMode::Embedded;
    VerificationPolicy verificationPolicy = VerificationPolicy::Block;
    // Hosts the connector page may show besides the studio host (which is always allowed):
    // typically the SSO identity provider's. Exact host names, no wildcards, lower case.
    QStringList navigationAllowList;
    // Hosts the photos of a work order may be fetched from besides the API's own (Deepomatic
    // hands out signed URLs on its storage host). Exact host names, lower case; the token is
    // never sent to them.
    QStringList photoHosts;
    ExternalLinks externalLinks = ExternalLinks::Refuse;
    MediaPermissions mediaPermissions = MediaPermissions::AllowListed;
    bool allowDownloads = false;
    // Private browsing (shared tablets): an off-the-record web profile, so the Deepomatic
    // sign-in is never kept and every launch starts signed out.
    bool privateBrowsing = false;
    // A stricter (or looser) threshold for some work order types: a work order with several
    // types takes the highest of those that apply.
    QHash<QString, int> typeThresholds;
    // Lets a supervisor close a blocked intervention, with a written reason (off by default).
    bool supervisorOverride = false;
    // The one way past an invalid certificate: a deployment names the host and the SHA-256
    // fingerprint of the certificate it must present. Nothing else is ever accepted.
    struct TlsOverride {
        QString host;
        QByteArray sha256; // 32 raw bytes
    };
    QList<TlsOverride> tlsOverrides;
    // Where each closure is POSTed as a JSON report, through the outbox; empty: none.
    QUrl closureReportUrl;
    // How many API requests may be on the wire at once (the outbox follows it too): IT lowers
    // it for a site that throttles, raises it for a fast link.
    static constexpr int MinRequestsInFlight = 1;
    static constexpr int MaxRequestsInFlight = 16;
    int maxRequestsInFlight = 4;
    // The longest side, in pixels, of a photo FieldConnect hands to the page (taken with the
    // camera or picked from a file): a bigger one is scaled down before it is uploaded, as the
    // site asks (a 12 MP photo is 4 MB on a weak mobile link; the analysis needs far less).
    static constexpr int MinPhotoMaxSide = 320;
    static constexpr int MaxPhotoMaxSide = 8192;
    int photoMaxSide = 2048;
    // Whether the site answers GET /v0.2/work-orders/?name=… (undocumented: the sandbox does).
    // Off by default: a real site is never probed; an uncertain create then ends "in doubt".
    bool lookupByName = false;
    // Whether a work order whose progress, verified with Deepomatic, reached the threshold may
    // be closed here although it was never opened on this device (someone else took the photos
    // in Deepomatic). On by default; the pane says where the progress came from.
    bool closeWithoutLaunch = true;
    // The metadata field whose value the equipment's labels carry (an equipment or customer
    // number): Scan finds a work order by it, besides its reference and name. Empty: none.
    QString scanKey;

    int thresholdFor(const QStringList &types) const;
    // True when `host` presents exactly the pinned certificate (fingerprint = SHA-256 of DER).
    bool tlsOverrideMatches(const QString &host, const QByteArray &sha256) const;

    // The documented API base: api.{first 20 hex chars of the site UUID}.customers[.us1]...
    static QUrl derivedApiUrl(Region region, const QUuid &siteId);
    QUrl effectiveApiUrl() const
    {
        return apiUrl.isEmpty() ? derivedApiUrl(region, siteId) : apiUrl;
    }

    // The studio host followed by navigationAllowList, lower case.
    QStringList allowedHosts() const;
    bool isAllowedHost(const QString &host) const;
    // A top-level page the connector may show: an acceptable service URL (https, or http on
    // loopback) on an allowed host, or the empty about:blank.
    bool allowsNavigationTo(const QUrl &url) const;
    // Camera and microphone for a page of this security origin.
    bool allowsMediaCaptureFrom(const QUrl &origin) const;

    // Sentences naming each invalid field; empty when the profile can be used.
    QStringList validate() const;

    static bool isSlug(const QString &value);
    // A metadata field name for scan_key: 1 to 64 letters, digits, "_", "-" or ".".
    static bool isScanKey(const QString &key);
    static bool isLoopbackHost(const QString &host);
    // A DNS name (letters, digits and inner hyphens per label, at most 253 characters) or a
    // dotted IPv4 address; no port, no wildcard, no trailing dot.
    static bool isHostName(const QString &host);
    // https everywhere, plain http only for loopback (the sandbox).
    static bool isAcceptableServiceUrl(const QUrl &url);
};
