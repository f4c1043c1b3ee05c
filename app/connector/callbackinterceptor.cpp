#include "callbackinterceptor.h"

#include "callbackuri.h"

CallbackInterceptor::CallbackInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

void CallbackInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (!m_isCallback || !m_isCallback(url))
        return;
    if (url.scheme().compare(QLatin1String(CallbackUri::Scheme), Qt::CaseInsensitive) != 0)
        info.block(true);
    emit callbackRequested(url,
                           info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame,
                           info.initiator());
}
