#include "apicall.h"

#include "deepomaticclient.h"

#include <QTimer>

ApiCall::ApiCall(DeepomaticClient *client)
    : QObject(client)
    , m_client(client)
    , m_backoff(new QTimer(this))
{
    m_backoff->setSingleShot(true);
}

ApiCall::~ApiCall() = default;

void ApiCall::cancel()
{
    if (m_client && !isFinished())
        m_client->cancel(this);
}
