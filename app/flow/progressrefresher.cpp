#include "progressrefresher.h"

#include "interventioncontroller.h"
#include "workorderstore.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcFlow)

ProgressRefresher::ProgressRefresher(InterventionController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire early; the pacer's bound must hold to the millisecond.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ProgressRefresher::pump);
    connect(m_controller, &InterventionController::verificationFinished, this,
            [this](const QString &key, bool verified) { onVerificationFinished(key, verified); });
    m_clock.start();
}

QStringList ProgressRefresher::chooseWorkOrders(const WorkOrderStore &store,
                                                const QString &siteProfile,
                                                const QStringList &selectedKeys)
{
    if (selectedKeys.size() > 1)
        return selectedKeys;
    QStringList keys;
    for (const WorkOrder &wo : store.loadAll(WorkOrderStore::Detail::ListOnly, siteProfile)) {
        if (wo.isCreatedInDeepomatic() && !isClosedStatus(wo.status))
            keys << wo.key;
    }
    return keys;
}

void ProgressRefresher::setLimits(const RequestPacer::Limits &limits)
{
    m_pacer = RequestPacer(limits);
}

int ProgressRefresher::start(const QStringList &keys)
{
    if (isRunning())
        return 0;
    m_queue.clear();
    ++m_run;
    QSet<QString> seen;
    for (const QString &key : keys) {
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const auto wo = m_controller->workOrder(key);
        if (wo && wo->isCreatedInDeepomatic())
            m_queue << key;
    }
    m_total = int(m_queue.size());
    m_done = m_failed = 0;
    if (m_total == 0)
        return 0;
    qCInfo(lcFlow) << "refreshing the progress of" << m_total << "work orders";
    emit progressed(0, m_total);
    pump();
    return m_total;
}

void ProgressRefresher::cancel()
{
    if (!isRunning())
        return;
    // What is on the wire finishes and is recorded; nothing more is asked.
    m_queue.clear();
    m_timer.stop();
    finish(true);
}

void ProgressRefresher::pump()
{
    while (!m_queue.isEmpty()) {
        const qint64 now = m_clock.elapsed();
        const qint64 delay = m_pacer.delayBeforeNext(now, int(m_inFlight.size()));
        if (delay < 0)
            return; // a finished verification pumps again
        if (delay > 0) {
            m_timer.start(int(delay));
            return;
        }
        const QString key = m_queue.takeFirst();
        m_pacer.recordStart(now);
        m_inFlight.insert(key, m_run);
        m_controller->refreshProgressOnly(key);
    }
}

void ProgressRefresher::onVerificationFinished(const QString &key, bool verified)
{
    const auto it = m_inFlight.constFind(key);
    if (it == m_inFlight.cend())
        return; // not one of ours
    const bool current = it.value() == m_run && isRunning();
    m_inFlight.erase(it);
    if (!current) {
        pump(); // a cancelled run's request freed a slot
        return;
    }
    ++m_done;
    if (!verified)
        ++m_failed;
    emit progressed(m_done, m_total);
    if (m_done == m_total)
        finish(false);
    else
        pump();
}

void ProgressRefresher::finish(bool cancelled)
{
    const int verified = m_done - m_failed;
    const int failed = m_failed;
    m_total = 0;
    emit finished(verified, failed, cancelled);
}
