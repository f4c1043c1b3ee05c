#include "webprofiles.h"

#include "callbackschemehandler.h"
#include "callbackuri.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

Q_LOGGING_CATEGORY(lcWebProfiles, "fieldconnect.connector.profiles")

namespace {
// Run in a blank document of the studio's origin: the storage a site can keep a sign-in in.
// IndexedDB databases are deleted one by one (indexedDB.databases() exists since Chromium 71).
const char *ClearStorageScript = R"JS(
(function () {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch (e) {
    return 'storage: ' + e;
  }
  if (window.indexedDB && indexedDB.databases) {
    indexedDB.databases().then(function (dbs) {
      dbs.forEach(function (db) { indexedDB.deleteDatabase(db.name); });
    });
  }
  return 'cleared';
})()
)JS";
} // namespace

WebProfiles::WebProfiles(const QString &storageRoot, QObject *parent)
    : QObject(parent)
    , m_storageRoot(storageRoot)
    , m_schemeHandler(new CallbackSchemeHandler(this))
{ }

WebProfiles::~WebProfiles()
{
    // Pages of a sign-out still running go first, then the profiles before the scheme handler
    // they use; deleting a profile flushes its cookies to disk.
    for (QWebEnginePage *page : findChildren<QWebEnginePage *>())
        delete page;
    qDeleteAll(m_profiles);
    m_profiles.clear();
}

QString WebProfiles::keyFor(const SiteProfile &site)
{
    return site.id.isEmpty() ? QStringLiteral("default") : site.id;
}

QString WebProfiles::storagePathFor(const SiteProfile &site) const
{
    // A name of letters and digits only: it becomes a directory name.
    QString name = QStringLiteral("site-");
    for (QChar c : keyFor(site))
        name += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'_';
    return QDir(m_storageRoot).filePath(name);
}

QWebEngineProfile *WebProfiles::profileFor(const SiteProfile &site)
{
    const QString key = keyFor(site);
    if (auto *existing = m_profiles.value(key))
        return existing;

    QWebEngineProfile *profile = nullptr;
    if (isOffTheRecord(site)) {
        profile = new QWebEngineProfile();
    } else {
        const QString dir = storagePathFor(site);
        profile = new QWebEngineProfile(QDir(dir).dirName());
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

void WebProfiles::signOut(const SiteProfile &site)
{
    const QString key = keyFor(site);
    QWebEngineProfile *profile = profileFor(site);
    qCInfo(lcWebProfiles) << "signing out of Deepomatic for site" << key;
    profile->cookieStore()->deleteAllCookies();
    profile->clearHttpCache();

    QUrl origin = site.studioUrl;
    if (!origin.isValid() || origin.host().isEmpty()) {
        emit signedOut(key, tr("The studio address of this site is not valid; its web storage "
                               "was not cleared."));
        return;
    }
    origin.setPath(QStringLiteral("/"));
    origin.setQuery(QString());
    origin.setFragment(QString());
    // A hidden page of the same profile, with a blank document that has the studio's origin
    // (nothing is fetched from the network): its storage is the site's storage.
    auto *page = new QWebEnginePage(profile, this);
    auto *timeout = new QTimer(page);
    timeout->setSingleShot(true);
    auto finish = [this, page, key](const QString &problem) {
        if (!problem.isEmpty())
            qCWarning(lcWebProfiles) << "sign-out incomplete:" << problem;
        page->deleteLater();
        emit signedOut(key, problem);
    };
    connect(timeout, &QTimer::timeout, page,
            [finish] { finish(tr("The Deepomatic web storage could not be cleared in time.")); });
    connect(page, &QWebEnginePage::loadFinished, page, [page, timeout, finish](bool ok) {
        if (!ok) {
            timeout->stop();
            return finish(tr("The Deepomatic web storage could not be opened to clear it."));
        }
        page->runJavaScript(QString::fromLatin1(ClearStorageScript), QWebEngineScript::MainWorld,
                            [timeout, finish](const QVariant &result) {
                                if (!timeout->isActive())
                                    return; // already reported
                                timeout->stop();
                                const QString text = result.toString();
                                finish(text == QLatin1String("cleared")
                                           ? QString()
                                           : tr("The Deepomatic web storage was not cleared "
                                                "(%1).")
                                                 .arg(text.left(120)));
                            });
    });
    timeout->start(std::chrono::seconds(10));
    page->setHtml(QStringLiteral("<!DOCTYPE html><title>Signing out</title>"), origin);
}
