#include "outboxrig.h"

#include "deepomaticclient.h"
#include "outboxrunner.h"
#include "sandboxserver.h"
#include "workorderstore.h"

#include <QDebug>
#include <QJsonObject>

OutboxRig::OutboxRig() = default;

OutboxRig::~OutboxRig()
{
    m_runner.reset();
    m_client.reset();
    m_store.reset();
    m_sandbox.reset();
}

bool OutboxRig::start(const QString &databasePath)
{
    m_sandbox = std::make_unique<SandboxServer>();
    if (!m_sandbox->start(0)) {
        qWarning() << "the sandbox cannot listen on loopback";
        return false;
    }
    m_store = std::make_unique<WorkOrderStore>();
    if (!m_store->open(databasePath)) {
        qWarning().noquote() << "cannot open" << databasePath << ":" << m_store->lastError();
        return false;
    }
    m_client = std::make_unique<DeepomaticClient>();
    m_client->setBaseUrl(m_sandbox->siteProfile().effectiveApiUrl());
    m_client->setToken(m_sandbox->apiToken());
    m_runner = std::make_unique<OutboxRunner>(m_store.get(), m_client.get());
    m_runner->setSite(m_sandbox->siteProfile());
    return true;
}

QString OutboxRig::knownEngineer() const
{
    return m_sandbox->seededWorkOrders()
        .constFirst()
        .value(QStringLiteral("field_engineer_email"))
        .toString();
}

int OutboxRig::remoteCount(const std::function<bool(const QString &name)> &matches) const
{
    int n = 0;
    for (const QString &id : m_sandbox->workOrderIds())
        n += matches(m_sandbox->workOrderJson(id).value(QStringLiteral("name")).toString());
    return n;
}
