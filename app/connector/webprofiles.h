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

    void setOffTheRecord(bool offTheRecord) { m_offTheRecord = offTheRecord; }
    QWebEngineProfile *profileFor(const SiteProfile &site);
    CallbackSchemeHandler *schemeHandler() const { return m_schemeHandler; }

private:
    QString m_storageRoot;
    bool m_offTheRecord = false;
    CallbackSchemeHandler *m_schemeHandler = nullptr;
    QHash<QString, QWebEngineProfile *> m_profiles;
};
