#pragma once

#include "apierror.h"
#include "outbox.h"
#include "outboxrules.h"
#include "remoteworkorder.h"
#include "retrypolicy.h"
#include "siteprofile.h"

#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>

#include <optional>

class ClosureReportSender;
class Connectivity;
class DeepomaticClient;
class QTimer;
class WorkOrderStore;

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

// Drains the persistent outbox: sends due entries with bounded concurrency, honours
// each entry's back-off, sends one probe at a time while the network looks down (none while
// the system says it is disconnected), and records every outcome with its local effect in one
// transaction (Outbox::settle). Not a widget: the window, the batch dialog and the headless
// --create-all all watch the same runner.
class OutboxRunner : public QObject
{
    Q_OBJECT
public:
    OutboxRunner(WorkOrderStore *store, DeepomaticClient *client, QObject *parent = nullptr);
    ~OutboxRunner() override;

    void setSite(const SiteProfile &site);
    const SiteProfile &site() const { return m_site; }
    void setUserName(const QString &user) { m_user = user; }
    QString userName() const { return m_user; }
    void setConnectivity(Connectivity *connectivity);
    Connectivity *connectivity() const { return m_connectivity; }
    void setReportSender(ClosureReportSender *sender) { m_reports = sender; }
    ClosureReportSender *reportSender() const { return m_reports; }
    // Entries sent at once: the client's current maxInFlight() (the site profile's
    // max_requests_in_flight) unless set here.
    void setMaxConcurrent(int entries) { m_maxConcurrent = qMax(1, entries); }
    int maxConcurrent() const;
    // The back-off between outbox attempts (default OutboxRules::defaultRetryPolicy()).
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    Outbox *outbox() { return &m_outbox; }
    Outbox::Counts counts() const { return m_outbox.counts(); }
    int inFlight() const { return int(m_busy.size()); }
    bool isOnline() const;

    // Resumes what a dead process left in flight, then sends what is due; drained() follows
    // once nothing of the site is left, also when called again. Until then nothing is sent
    // (queuing works).
    void start();
    bool isStarted() const { return m_started; }
    // Something was queued or the network came back: look for due entries now.
    void wake();
    // While held nothing is sent, e.g. until the site's API token is loaded: a request without
    // it would fail for good (401) instead of waiting. Entries stay pending, visibly.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    // Queues a create for each work order not yet in Deepomatic and without one already
    // queued; returns work order key -> the entry that will create it (existing open ones
    // included). One that cannot be created (invalid name) is left out, its reason in *problems.
    QHash<QString, qint64> queueCreates(const QList<WorkOrder> &workOrders,
                                        QHash<QString, QString> *problems = nullptr);

    // The create of this work order that ended in doubt or failed, not yet sent again nor
    // linked: what a person has to settle. Nothing when there is none.
    std::optional<OutboxEntry> unresolvedCreate(const QString &workOrderKey) const;
    // The work orders with this one's name that the look-up found when its create was left in
    // doubt (several of them): what a person picks from. Empty when there is none.
    QList<RemoteWorkOrder> inDoubtCandidates(const QString &workOrderKey) const;
    // A person checked that the work order is not in Deepomatic: its in-doubt (or failed)
    // create is sent again as it is. Recorded in the trail with who decided.
    bool createAgain(const QString &workOrderKey, QString *error);
    // A person sends a failed or in-doubt entry again (a create as createAgain), or gives up
    // on it; both recorded in the work order's trail. False with *error when it cannot be.
    bool retryEntry(qint64 id, QString *error);
    bool discardEntry(qint64 id, QString *error);
    // A person found the work order in Deepomatic (after a create in doubt or failed): fetch it
    // by `deepomaticId`, check its name is this work order's, then save the id, as if the
    // create had answered. linkFinished() says how it went, in words.
    void linkExisting(const QString &workOrderKey, const QString &deepomaticId);

    // How an outbox failure is classified (public for the tests).
    static OutboxRules::Failure classify(const ApiError &error);

signals:
    // An entry's attempt ended and its outcome (with its change to the work order) is on disk.
    // `entry` is as it is now (Done, Failed, InDoubt, or Pending again); `error` is what the
    // attempt met, if anything.
    void entrySettled(const OutboxEntry &entry, const ApiError &error);
    // A change not made by an entry's outcome (that one follows entrySettled()).
    void workOrderChanged(const WorkOrder &workOrder);
    // A verification asked with the results brought them: the work order as Deepomatic has it.
    void resultsReceived(const QString &workOrderKey, const RemoteWorkOrder &remote);
    void countsChanged();
    // No entry is pending or in flight any more.
    void drained();
    void linkFinished(const QString &workOrderKey, bool linked, const QString &message);

private:
    void pump();
    void schedule();
    void send(OutboxEntry entry);
    // Sends an entry already committed in flight.
    void dispatch(const OutboxEntry &entry);
    // Entries that may be sent now beside those in flight.
    int freeSlots() const;
    void sendCreate(const OutboxEntry &entry);
    void postCreate(const OutboxEntry &entry);
    void sendVerify(const OutboxEntry &entry);
    void sendReport(const OutboxEntry &entry);
    void onCreated(const OutboxEntry &entry, const RemoteWorkOrder &remote, const ApiError &error);
    void onVerified(const OutboxEntry &entry, const RemoteWorkOrder &remote, const ApiError &error);
    void onReported(const OutboxEntry &entry, const ApiError &error);
    // Records the attempt's outcome with its local effect: done without an error, otherwise
    // what OutboxRules::afterFailure says for classify(error).
    void settle(const OutboxEntry &entry, const ApiError &error, const Outbox::Effect &effect);
    // The work order now known in Deepomatic as `deepomaticId` (created, or linked by a person):
    // the id saved, planned -> created, and its event, as one effect.
    Outbox::Effect createdEffect(WorkOrder wo, const QString &deepomaticId,
                                 WorkOrderEvent::Kind kind, const QString &reason,
                                 QJsonObject data) const;
    // The work orders an in-doubt look-up found, kept in the entry's in-doubt event.
    static QJsonArray candidatesJson(const ApiError &error);
    WorkOrderEvent event(const QString &key, WorkOrderEvent::Kind kind, const QString &reason,
                         const QJsonObject &data) const;

    Outbox m_outbox;
    WorkOrderStore *m_store;
    DeepomaticClient *m_client;
    ClosureReportSender *m_reports = nullptr;
    Connectivity *m_connectivity = nullptr;
    SiteProfile m_site;
    QString m_user;
    RetryPolicy m_policy;
    int m_maxConcurrent = 0; // 0: follow the client
    bool m_started = false;
    bool m_held = false;
    bool m_pumpQueued = false;
    bool m_drainedSignalled = false;
    QSet<qint64> m_busy;
    QTimer *m_timer;
};
