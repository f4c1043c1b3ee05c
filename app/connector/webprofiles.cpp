#include "webprofiles.h"

#include "callbackschemehandler.h"
#include "callbackuri.h"

#include <QDir>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

WebProfiles::WebProfiles(const QString &storageRoot, QObject *parent)
    : QObject(parent)
    , m_storageRoot(storageRoot)
    , m_schemeHandler(new CallbackSchemeHandler(this))
{ }

WebProfiles::~WebProfiles()
{
    // Profiles go before the scheme handler they use; qDeleteAll flushes cookies to disk.
    qDeleteAll(m_profiles);
    m_profiles.clear();
}

QWebEngineProfile *WebProfiles::profileFor(const SiteProfile &site)
{
    const QString key = site.id.isEmpty() ? QStringLiteral("default") : site.id;
    if (auto *existing = m_profiles.value(key))
        return existing;

    QWebEngineProfile *profile = nullptr;
    if (m_offTheRecord) {
        profile = new QWebEngineProfile();
    } else {
        // A name of letters and digits only: it becomes a directory name.
        QString name = QStringLiteral("site-");
        for (QChar c : key)
            name += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'_';
        profile = new QWebEngineProfile(name);
        const QString dir = QDir(m_storageRoot).filePath(name);
        QDir().mkpath(dir);
        profile->setPersistentStoragePath(dir);
        profile->setCachePath(QDir(dir).filePath(QStringLiteral("cache")));
        // Deepomatic may keep its sign-in in a session cookie; technicians must not sign in at
        // every start, so session cookies are kept too.
        profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    }
    // Default for every page of the profile (the connector page sets it again on its own):
    // remote content must never read local files.
    profile->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    profile->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    profile->installUrlSchemeHandler(CallbackUri::Scheme, m_schemeHandler);
    m_profiles.insert(key, profile);
    return profile;
}
