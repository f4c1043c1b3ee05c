#include "callbackuri.h"

#include "urlorigin.h"

#include <QRandomGenerator>

namespace {
QString prefixPath(const QUrl &prefix)
{
    QString path = prefix.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QString CallbackUri::newLaunchId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString id;
    for (quint32 w : words)
        id += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return id;
}

bool CallbackUri::isWellFormedLaunchId(const QString &launchId)
{
    if (launchId.size() != 32)
        return false;
    for (QChar c : launchId) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QUrl CallbackUri::forLaunch(const SiteProfile &profile, const QString &launchId)
{
    QUrl url;
    if (profile.callbackMode == SiteProfile::CallbackMode::HttpsPrefix) {
        url = profile.httpsCallbackPrefix.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        url.setPath(prefixPath(profile.httpsCallbackPrefix) + u'/' + launchId);
        return url;
    }
    url.setScheme(QLatin1String(Scheme));
    url.setHost(QLatin1String(Host));
    url.setPath(u'/' + launchId);
    return url;
}

bool CallbackUri::isCallbackSpace(const SiteProfile &profile, const QUrl &url)
{
    if (url.scheme().compare(QLatin1String(Scheme), Qt::CaseInsensitive) == 0)
        return true;
    if (profile.callbackMode != SiteProfile::CallbackMode::HttpsPrefix)
        return false;
    const QUrl &prefix = profile.httpsCallbackPrefix;
    if (!UrlOrigin::same(url, prefix))
        return false;
    const QString base = prefixPath(prefix) + u'/';
    return url.path().startsWith(base);
}
