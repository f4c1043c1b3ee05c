#pragma once

#include "apierror.h"
#include "siteprofile.h"

#include <QObject>
#include <QPointer>

class DeepomaticClient;

// "Test connection" for a profile and a token: one GET /v0.2/task-groups/ with its own client
// (no retries, a short time limit), answered in words: "OK: connected to api.… (3 task
// groups)", "401: invalid token (…)", "Cannot reach api.…: Host … not found", "TLS: …".
// The token is used for this request only and never appears in the answer.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const SiteProfile &site, const QString &token, int timeoutMs = 15000);
    bool isRunning() const { return m_running; }

    // The sentence for a finished request (public for the table of cases in the tests).
    static QString describe(const ApiError &error, const QString &host, int taskGroups);

signals:
    void finished(bool ok, const QString &message);

private:
    DeepomaticClient *m_client = nullptr;
    bool m_running = false;
};
