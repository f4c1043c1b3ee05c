#include "connectivity.h"

#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcConnectivity, "fieldconnect.connectivity")

Connectivity::Connectivity(QObject *parent)
    : QObject(parent)
{ }

bool Connectivity::useSystemBackend()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(
            QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcConnectivity) << "no reachability backend (available:"
                               << QNetworkInformation::availableBackends()
                               << "); request failures alone tell when the network is down";
        return false;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_backend = info->backendName();
    auto apply = [this](QNetworkInformation::Reachability r) {
        setSystemOffline(r == QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    qCInfo(lcConnectivity) << "reachability from the" << m_backend << "backend";
    return true;
}

void Connectivity::observe(bool reachable)
{
    const bool wasOnline = isOnline();
    m_requestsFailing = !reachable;
    update(wasOnline);
}

void Connectivity::setSystemOffline(bool offline)
{
    const bool wasOnline = isOnline();
    m_systemOffline = offline;
    // The system saying "back" is worth a try: the next request will tell.
    if (!offline)
        m_requestsFailing = false;
    update(wasOnline);
}

void Connectivity::update(bool wasOnline)
{
    if (isOnline() == wasOnline)
        return;
    qCInfo(lcConnectivity) << (isOnline() ? "online" : "offline");
    emit onlineChanged(isOnline());
}
