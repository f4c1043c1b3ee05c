#include "headlesscreation.h"

#include "batchcreation.h"
#include "connectivity.h"
#include "outboxrunner.h"
#include "workorderstore.h"

#include <QJsonDocument>

#include <cstdio>

HeadlessCreation::HeadlessCreation(OutboxRunner *runner, WorkOrderStore *store, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_store(store)
    , m_batch(new BatchCreation(runner, this))
{
    connect(m_batch, &BatchCreation::workOrderSettled, this,
            [this](const QString &key, OutboxEntry::State state, const QString &message,
                   const QString &code) {
                QJsonObject line{{QStringLiteral("event"), OutboxEntry::stateKey(state)},
                                 {QStringLiteral("key"), key}};
                if (state == OutboxEntry::State::Done) {
                    line.insert(QStringLiteral("event"), QStringLiteral("created"));
                    if (const auto wo = m_store->find(key))
                        line.insert(QStringLiteral("deepomatic_id"), wo->deepomaticId);
                } else {
                    line.insert(QStringLiteral("message"), message);
                    // Always a code beside the words: a refusal with no error says so.
                    line.insert(QStringLiteral("code"),
                                code.isEmpty() ? OutboxEntry::stateKey(state) : code);
                }
                print(line);
            });
    if (Connectivity *connectivity = runner->connectivity())
        connect(connectivity, &Connectivity::onlineChanged, this, [](bool online) {
            print({{QStringLiteral("event"), QStringLiteral("connectivity")},
                   {QStringLiteral("online"), online}});
        });
    // Queued: drained() may come from the runner's first look, inside start().
    connect(
        m_runner, &OutboxRunner::drained, this,
        [this] {
            const BatchProgress p = m_batch->progress();
            const Outbox::Counts c = m_runner->counts();
            print({{QStringLiteral("event"), QStringLiteral("drained")},
                   {QStringLiteral("created"), p.created},
                   {QStringLiteral("failed"), c.failed},
                   {QStringLiteral("in_doubt"), c.inDoubt},
                   {QStringLiteral("elapsed_ms"), p.elapsedMs}});
            emit finished(c.failed + c.inDoubt == 0 ? 0 : 1);
        },
        Qt::QueuedConnection);
}

void HeadlessCreation::start()
{
    m_runner->start(); // resumes what a killed run left in flight
    // The site in use only: another profile's work orders wait for that profile.
    const QList<WorkOrder> all =
        m_store->loadAll(WorkOrderStore::Detail::Full, m_runner->site().id);
    QList<WorkOrder> open;
    for (const WorkOrder &wo : all) {
        if (!isClosedStatus(wo.status))
            open << wo;
    }
    m_batch->start(open);
    print({{QStringLiteral("event"), QStringLiteral("started")},
           {QStringLiteral("work_orders"), int(all.size())},
           {QStringLiteral("already_created"), m_batch->alreadyCreated()},
           {QStringLiteral("to_create"), m_batch->progress().total}});
}

void HeadlessCreation::print(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}
