#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// POSTs one closure report (JSON) to the site's back office. Separate from DeepomaticClient on
// purpose: the back office is another service and must never see the Deepomatic API token.
// One attempt per call: retrying is the outbox's business. The report's report_id also goes in
// an Idempotency-Key header, so a back office can recognise a report sent again.
class ClosureReportSender : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiError &error)>;

    explicit ClosureReportSender(QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // `context` destroyed first: the callback is not run.
    void send(const QUrl &url, const QJsonObject &report, QObject *context, Callback done);

signals:
    // For the connectivity indicator: false only when the server could not be reached at all.
    void reachabilityObserved(bool reachable);

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
};
