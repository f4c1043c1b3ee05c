#include "callbackschemehandler.h"

#include "callbackuri.h"

#include <QBuffer>
#include <QCoreApplication>
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
    const QUrl url = job->requestUrl();
    qCInfo(lcConnector) << "callback scheme request reached the handler (not captured as a "
                           "main-frame navigation)";
    emit requestSeen(url, job->initiator());
    const QString title =
        QCoreApplication::translate("CallbackSchemeHandler", "Returning to FieldConnect");
    const QString body = QCoreApplication::translate("CallbackSchemeHandler",
                                                     "You can go back to FieldConnect now.");
    auto *buffer = new QBuffer(job);
    buffer->setData(QStringLiteral("<!doctype html><meta charset=utf-8><title>%1</title>"
                                   "<p style=\"font-family:sans-serif\">%2</p>")
                        .arg(title.toHtmlEscaped(), body.toHtmlEscaped())
                        .toUtf8());
    job->reply(QByteArrayLiteral("text/html"), buffer);
}
