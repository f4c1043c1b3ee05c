#include "callbackschemehandler.h"

#include "callbackuri.h"

#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

Q_DECLARE_LOGGING_CATEGORY(lcConnector)

void CallbackSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(CallbackUri::Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // No LocalScheme flag: Deepomatic's pages are network content and must be able to navigate
    // here, which is exactly what the page captures. Nothing is ever served but a static note.
    QWebEngineUrlScheme::registerScheme(scheme);
}

void CallbackSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    emit requestSeen(job->requestUrl(), job->initiator());
    // Ended without an answer: a navigation leaves the page as it was (the connector page
    // stays on screen if the callback is refused), anything else just fails to load.
    job->fail(QWebEngineUrlRequestJob::RequestAborted);
}
