#pragma once

#include <QJsonObject>
#include <QObject>

class BatchCreation;
class OutboxRunner;
class WorkOrderStore;

// fieldconnect --create-all: creates every work order still missing in Deepomatic through the
// outbox, with no window and no web view, printing one JSON object per line on stdout
// (started, created / failed / in_doubt / pending, connectivity, drained). finished() comes
// when the outbox is drained: 0 when nothing failed or is in doubt, 1 otherwise. Killed at any
// point and started again, it resumes where the outbox stands.
class HeadlessCreation : public QObject
{
    Q_OBJECT
public:
    HeadlessCreation(OutboxRunner *runner, WorkOrderStore *store, QObject *parent = nullptr);

    // Resumes the outbox, queues the creates, and lets the runner drain it.
    void start();

signals:
    void finished(int exitCode);

private:
    static void print(const QJsonObject &line);

    OutboxRunner *m_runner;
    WorkOrderStore *m_store;
    BatchCreation *m_batch;
};
