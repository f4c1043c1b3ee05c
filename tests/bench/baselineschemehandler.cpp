#include "baselineschemehandler.h"

#include <QWebEngineUrlRequestJob>

void BaselineSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    job->fail(QWebEngineUrlRequestJob::RequestDenied);
}
