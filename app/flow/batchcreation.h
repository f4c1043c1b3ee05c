#pragma once

#include "batchprogress.h"
#include "outboxentry.h"
#include "workorder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class ApiError;
class OutboxRunner;
class WorkOrderStore;

// One batch "Create in Deepomatic": queues a create for each work order still
// missing in Deepomatic, follows their outbox entries, and counts. Cancel removes what has not
// been sent; what is in flight finishes (or goes in doubt) safely. Shared by the progress
// dialog and the headless --create-all.
class BatchCreation : public QObject
{
    Q_OBJECT
public:
    explicit BatchCreation(OutboxRunner *runner, QObject *parent = nullptr);

    // What "Create in Deepomatic…" creates: the selected work orders, or every planned one of
    // the site profile when none is selected or all the selected ones already are in
    // Deepomatic.
    static QList<WorkOrder> chooseWorkOrders(const WorkOrderStore &store,
                                             const QString &siteProfile,
                                             const QStringList &selectedKeys);

    // Queues the creates. Work orders already in Deepomatic are skipped (alreadyCreated());
    // those that cannot be created are counted as failed with their reason.
    void start(const QList<WorkOrder> &workOrders);
    void cancel();
    bool isFinished() const { return m_open.isEmpty(); }
    int alreadyCreated() const { return m_alreadyCreated; }

    BatchProgress progress() const;
    // Work order key -> the server's words (or why it could not be sent).
    QHash<QString, QString> failures() const { return m_failures; }

signals:
    void progressed(const BatchProgress &progress);
    // One work order reached an outcome: Done, Failed, InDoubt; or Pending again (retrying).
    // `code`: the error's stable name (ApiError::code()), empty when created.
    void workOrderSettled(const QString &key, OutboxEntry::State state, const QString &message,
                          const QString &code);
    void finished(const BatchProgress &progress);

private:
    void onEntrySettled(const OutboxEntry &entry, const ApiError &error);
    void checkFinished();

    OutboxRunner *m_runner;
    QHash<qint64, QString> m_open; // entry id -> work order key
    QHash<QString, QString> m_failures;
    BatchProgress m_progress;
    int m_alreadyCreated = 0;
    QElapsedTimer m_clock;
    bool m_finishedSignalled = false;
};
