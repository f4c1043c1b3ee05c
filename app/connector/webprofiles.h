#pragma once

#include "siteprofile.h"

#include <QHash>
#include <QObject>
#include <QString>

class QWebEngineProfile;
class CallbackSchemeHandler;

// One web profile per site profile, so a Deepomatic sign-in is kept per site and survives
// restarts. The profiles are owned here and deleted in the destructor: whoever owns this object
// must delete every page first (a profile deleted under a live page loses its cookies).
class WebProfiles : public QObject
{
    Q_OBJECT
public:
    // storageRoot: where persistent profiles keep cookies, cache and storage.
    explicit WebProfiles(const QString &storageRoot, QObject *parent = nullptr);
    ~WebProfiles() override;

    // Private browsing for every site (shared tablets): off-the-record profiles that keep
    // nothing, so the technician signs in at every launch. A site can also ask for it alone
    // (SiteProfile::privateBrowsing). Takes effect for profiles not created yet.
    void setOffTheRecord(bool offTheRecord) { m_offTheRecord = offTheRecord; }
    bool isOffTheRecord(const SiteProfile &site) const
    {
        return m_offTheRecord || site.privateBrowsing;
    }
    QWebEngineProfile *profileFor(const SiteProfile &site);
    CallbackSchemeHandler *schemeHandler() const { return m_schemeHandler; }
    // The directory a persistent profile of this site keeps its data in.
    QString storagePathFor(const SiteProfile &site) const;

    // Sign out of Deepomatic for this site: deletes its profile's cookies (every host, so the
    // identity provider's too), its HTTP cache, and the web storage (localStorage,
    // sessionStorage, IndexedDB) of the studio's origin. Qt 6.4 has no API for storage, so it is
    // cleared from a blank document of the studio's origin in a hidden page of the profile.
    // signedOut() follows once everything is done.
    void signOut(const SiteProfile &site);

signals:
    // problem is empty when everything was cleared; otherwise a sentence for the user.
    void signedOut(const QString &siteKey, const QString &problem);

private:
    static QString keyFor(const SiteProfile &site);

    QString m_storageRoot;
    bool m_offTheRecord = false;
    CallbackSchemeHandler *m_schemeHandler = nullptr;
    QHash<QString, QWebEngineProfile *> m_profiles;
};
