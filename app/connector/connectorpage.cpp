#include "connectorpage.h"

#include "popuptrap.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTimer>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QWebEnginePermission>
#endif

Q_LOGGING_CATEGORY(lcConnector, "fieldconnect.connector")

namespace {
// Names, not values: the same text for Qt 6.4's Feature and 6.8's PermissionType.
bool isMediaCapture(const QString &permission)
{
    return permission == QLatin1String("MediaAudioCapture")
           || permission == QLatin1String("MediaVideoCapture")
           || permission == QLatin1String("MediaAudioVideoCapture");
}
} // namespace

ConnectorPage::ConnectorPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // Page content is remote and untrusted: even a file:// document must not read other files
    // or reach the network from there.
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    connect(this, &QWebEnginePage::permissionRequested, this, &ConnectorPage::decidePermission);
#else
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &ConnectorPage::decideFeature);
#endif

    connect(this, &QWebEnginePage::certificateError, this, &ConnectorPage::onCertificateError);

    // The profile is shared by every page of the site: only this page's downloads (and its
    // pop-ups') are ours to judge. An unanswered download is cancelled by Qt anyway.
    connect(profile, &QWebEngineProfile::downloadRequested, this,
            [this](QWebEngineDownloadRequest *download) {
                QWebEnginePage *from = download->page();
                if (from != this && (!from || from->parent() != this))
                    return;
                if (m_site.allowDownloads) {
                    download->accept();
                    return;
                }
                qCInfo(lcConnector) << "refused a download";
                download->cancel();
                emit downloadRefused(download->url());
            });
}

bool ConnectorPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_isCallback && m_isCallback(url)) {
        // Captured: report it and keep the page where it is. Whether it is trusted is decided
        // by the session, which knows the launch.
        emit callbackNavigationRequested(url, isMainFrame, type);
        return false;
    }
    // Sub-frames are not limited by the allow-list (sites embed maps, players, identity
    // widgets); they cannot replace the page, and their callbacks are never trusted.
    if (isMainFrame && !m_site.allowsNavigationTo(url)) {
        const bool web =
            url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (type == NavigationTypeRedirect && web
            && m_site.externalLinks == SiteProfile::ExternalLinks::Refuse) {
            // Typically a sign-in sent to the organisation's identity provider: the user must
            // learn which host to ask IT for, not just that nothing happened.
            qCInfo(lcConnector) << "refused a redirect outside the allow-list";
            emit navigationBlocked(url, tr("FieldConnect did not follow the Deepomatic page to "
                                           "%1: that host is not on this site's allow-list. If "
                                           "it is your organisation's sign-in, ask your IT to "
                                           "add %1 to allow_hosts.")
                                            .arg(url.host().left(80)));
            return false;
        }
        refuseOutsideNavigation(url);
        return false;
    }
    const bool accepted = QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    // A reload repeats the entry it reloads; a redirect after a submission (303) lands on a GET,
    // which is safe to load again while the submission itself is not.
    if (accepted && isMainFrame && type != NavigationTypeReload) {
        m_lastWasForm = type == NavigationTypeFormSubmitted;
        if (!m_lastWasForm)
            m_lastGetUrl = url;
    }
    return accepted;
}

void ConnectorPage::refuseOutsideNavigation(const QUrl &url)
{
    const bool web =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    // Only web links go to the browser: never file:, data:, javascript: or unknown schemes.
    if (web && m_site.externalLinks == SiteProfile::ExternalLinks::Open) {
        qCInfo(lcConnector) << "sending an outside navigation to the system browser";
        emit navigationBlocked(url, tr("%1 is outside the Deepomatic site; it was opened in your "
                                       "browser.")
                                        .arg(url.host()));
        emit externalNavigationRequested(url);
        return;
    }
    qCInfo(lcConnector) << "refused a navigation outside the allow-list to scheme" << url.scheme();
    const QString where = web ? url.host() : url.scheme() + u':';
    emit navigationBlocked(url, tr("FieldConnect did not open %1: it is not part of the "
                                   "Deepomatic site.")
                                    .arg(where.left(80)));
}

QWebEnginePage *ConnectorPage::createWindow(WebWindowType type)
{
    // The connector lives in one view: pop-ups and new tabs are never shown. A trap page takes
    // the pop-up's first navigation so it can be reported (and a callback from it rejected)
    // instead of vanishing.
    qCInfo(lcConnector) << "refused a new window of type" << type;
    auto *trap = new PopupTrap(profile(), this);
    connect(trap, &PopupTrap::navigationAttempted, this, &ConnectorPage::onPopupNavigation);
    return trap;
}

void ConnectorPage::onPopupNavigation(const QUrl &url)
{
    if (m_isCallback && m_isCallback(url)) {
        emit popupCallbackRequested(url);
        return;
    }
    if (!m_site.allowsNavigationTo(url)) {
        refuseOutsideNavigation(url);
        return;
    }
    emit navigationBlocked(
        url,
        tr("FieldConnect does not open new windows; %1 was not opened.").arg(url.host().left(80)));
}

void ConnectorPage::onCertificateError(const QWebEngineCertificateError &error)
{
    // Chromium cannot be told to go ahead (and Qt cannot defer it): refused at once.
    if (!error.isOverridable()) {
        decideCertificate(error);
        return;
    }
    // Decided on a later turn of the event loop, outside Chromium's callback: nothing here may
    // block it (no modal dialog), and the request waits until accepted or rejected.
    QWebEngineCertificateError deferred = error;
    deferred.defer();
    QTimer::singleShot(0, this, [this, deferred] { decideCertificate(deferred); });
}

void ConnectorPage::decideCertificate(QWebEngineCertificateError error)
{
    const QUrl url = error.url();
    const QSslCertificate leaf = error.certificateChain().value(0);
    const QByteArray sha256 =
        leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256);
    if (error.isOverridable() && !sha256.isEmpty()
        && m_site.tlsOverrideMatches(url.host(), sha256)) {
        qCInfo(lcConnector) << "accepted the certificate pinned for" << url.host();
        error.acceptCertificate();
        emit certificateOverridden(url);
        return;
    }
    qCWarning(lcConnector).noquote().nospace()
        << "refused the certificate of " << url.host() << " (" << error.type() << "), SHA-256 "
        << sha256.toHex(':');
    error.rejectCertificate();
    emit certificateRejected(url, error.description());
}

QStringList ConnectorPage::chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                                       const QStringList &acceptedMimeTypes)
{
    if (m_chooseFiles)
        return m_chooseFiles(mode, acceptedMimeTypes);
    // The platform's dialog; on a tablet it offers the camera roll and, where the platform
    // supports it, the camera.
    return QWebEnginePage::chooseFiles(mode, oldFiles, acceptedMimeTypes);
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void ConnectorPage::decidePermission(QWebEnginePermission permission)
{
    const QString name =
        QString::fromLatin1(QMetaEnum::fromType<QWebEnginePermission::PermissionType>().valueToKey(
            int(permission.permissionType())));
    const QUrl origin = permission.origin();
    const bool granted = isMediaCapture(name) && m_site.allowsMediaCaptureFrom(origin);
    if (granted)
        permission.grant();
    else
        permission.deny();
    qCInfo(lcConnector) << (granted ? "granted" : "denied") << name;
    emit permissionDecided(origin, name, granted);
}
#else
void ConnectorPage::decideFeature(const QUrl &origin, QWebEnginePage::Feature feature)
{
    const QString name =
        QString::fromLatin1(QMetaEnum::fromType<QWebEnginePage::Feature>().valueToKey(feature));
    // Camera and microphone take the photos; nothing else (location, notifications, screen
    // capture, ...) is needed, so everything else is denied outright rather than left pending.
    const bool granted = isMediaCapture(name) && m_site.allowsMediaCaptureFrom(origin);
    setFeaturePermission(origin, feature,
                         granted ? PermissionGrantedByUser : PermissionDeniedByUser);
    qCInfo(lcConnector) << (granted ? "granted" : "denied") << name;
    emit permissionDecided(origin, name, granted);
}
#endif
