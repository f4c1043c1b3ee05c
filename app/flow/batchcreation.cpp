#include "batchcreation.h"

#include "apierror.h"
#include "outboxrunner.h"
#include "workorderstore.h"

#include <QTimer>

BatchCreation::BatchCreation(OutboxRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    connect(m_runner, &OutboxRunner::entrySettled, this, &BatchCreation::onEntrySettled);
}

QList<WorkOrder> BatchCreation::chooseWorkOrders(const WorkOrderStore &store,
                                                 const QString &siteProfile,
                                                 const QStringList &selectedKeys)
{
    QList<WorkOrder> chosen;
    bool allCreated = true;
    for (const QString &key : selectedKeys) {
        if (const auto wo = store.find(key)) {
            chosen << *wo;
            allCreated = allCreated && wo->isCreatedInDeepomatic();
        }
    }
    if (!chosen.isEmpty() && !allCreated)
        return chosen;
    chosen.clear();
    for (const WorkOrder &wo : store.loadAll(WorkOrderStore::Detail::Full, siteProfile)) {
        if (wo.status == WorkOrderStatus::Planned && !wo.isCreatedInDeepomatic())
            chosen << wo;
    }
    return chosen;
}

void BatchCreation::start(const QList<WorkOrder> &workOrders)
{
    m_clock.start();
    QList<WorkOrder> missing;
    for (const WorkOrder &wo : workOrders) {
        if (wo.isCreatedInDeepomatic())
            ++m_alreadyCreated;
        else
            missing << wo;
    }
    QHash<QString, QString> problems;
    const QHash<QString, qint64> ids = m_runner->queueCreates(missing, &problems);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        m_open.insert(it.value(), it.key());
    m_progress.total = int(m_open.size() + problems.size());
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        m_failures.insert(it.key(), it.value());
        ++m_progress.failed;
        // Refused before anything was sent: the work order itself is not acceptable.
        emit workOrderSettled(it.key(), OutboxEntry::State::Failed, it.value(),
                              QStringLiteral("invalid_input"));
    }
    emit progressed(progress());
    // Queued: a caller connecting to finished() after start() still hears it.
    QTimer::singleShot(0, this, &BatchCreation::checkFinished);
}

void BatchCreation::cancel()
{
    const QList<qint64> removed =
        m_runner->outbox()->cancelPending(m_open.keys(), m_runner->userName());
    for (qint64 id : removed) {
        m_open.remove(id);
        ++m_progress.cancelled;
    }
    emit progressed(progress());
    checkFinished();
}

BatchProgress BatchCreation::progress() const
{
    BatchProgress p = m_progress;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return p;
}

void BatchCreation::onEntrySettled(const OutboxEntry &entry, const ApiError &error)
{
    const auto it = m_open.constFind(entry.id);
    if (it == m_open.cend())
        return;
    const QString key = it.value();
    switch (entry.state) {
    case OutboxEntry::State::Done:
        ++m_progress.created;
        break;
    case OutboxEntry::State::Failed:
        ++m_progress.failed;
        m_failures.insert(key, error.message());
        break;
    case OutboxEntry::State::InDoubt:
        ++m_progress.inDoubt;
        m_failures.insert(key, error.message());
        break;
    case OutboxEntry::State::Pending:
    case OutboxEntry::State::InFlight:
        emit workOrderSettled(key, entry.state, error.message(), error.code()); // retrying later
        return;
    }
    m_open.remove(entry.id);
    emit workOrderSettled(key, entry.state, error.message(), error.code());
    emit progressed(progress());
    checkFinished();
}

void BatchCreation::checkFinished()
{
    if (!m_open.isEmpty() || m_finishedSignalled)
        return;
    m_finishedSignalled = true;
    emit finished(progress());
}
