#include "connectiontest.h"

#include "deepomaticclient.h"

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{ }

ConnectionTest::~ConnectionTest() = default;

QString ConnectionTest::describe(const ApiError &error, const QString &host, int taskGroups)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return tr("OK: connected to %1 (%n task group(s)).", nullptr, taskGroups).arg(host);
    case ApiError::Kind::Http:
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return tr("%1: invalid token (%2)")
                .arg(error.httpStatus)
                .arg(error.detail.isEmpty() ? tr("no details given") : error.detail);
        if (error.httpStatus == 404)
            return tr("404: %1 answers, but not as the Deepomatic API; check the API URL.")
                .arg(host);
        return error.message();
    case ApiError::Kind::Network:
        return tr("Cannot reach %1: %2").arg(host, error.detail);
    case ApiError::Kind::Timeout:
        return tr("Cannot reach %1: no answer in time.").arg(host);
    case ApiError::Kind::Tls:
        return tr("TLS: %1").arg(error.detail);
    default:
        return error.message();
    }
}

void ConnectionTest::start(const SiteProfile &site, const QString &token, int timeoutMs)
{
    // A fresh client each time: a test answers about exactly this URL and this token.
    delete m_client;
    m_client = new DeepomaticClient(this);
    m_client->setBaseUrl(site.effectiveApiUrl());
    m_client->setTlsOverrides(site.tlsOverrides);
    m_client->setToken(token);
    m_client->setTimeout(timeoutMs);
    RetryPolicy once;
    once.setMaxAttempts(1);
    m_client->setRetryPolicy(once);
    m_running = true;
    const QString host = site.effectiveApiUrl().host();
    if (!SiteProfile::isAcceptableServiceUrl(site.effectiveApiUrl())) {
        m_running = false;
        emit finished(false, tr("The API URL \"%1\" must be https (plain http only on loopback).")
                                 .arg(site.effectiveApiUrl().toDisplayString()));
        return;
    }
    m_client->listTaskGroups(
        this, [this, host](const QList<RemoteWorkOrder::TaskGroup> &groups, const ApiError &error) {
            m_running = false;
            emit finished(!error.isError(), describe(error, host, int(groups.size())));
        });
}
