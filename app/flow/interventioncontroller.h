#pragma once

#include "apierror.h"
#include "closedecision.h"
#include "closepolicy.h"
#include "connectorlink.h"
#include "connectorsession.h"
#include "outbox.h"
#include "remoteworkorder.h"
#include "siteprofile.h"
#include "workorder.h"
#include "workorderevent.h"

#include <QHash>
#include <QObject>

#include <optional>

class Connectivity;
class DeepomaticClient;
class OutboxRunner;
class WorkOrderStore;
struct OutboxEntry;

// Runs one intervention's flow: create in Deepomatic, open the connector, take the callback,
// verify it with the API, decide whether the intervention may close, close it. Every state
// change is written with its audit event before anyone is told about it. The rule itself is
// ClosePolicy's; this class only gathers its inputs. Every effect on a remote system (create,
// verification, closure report) goes through the persistent outbox and its runner, so an action
// taken offline is queued with a visible "pending" state instead of being refused.
class InterventionController : public QObject
{
    Q_OBJECT
public:
    InterventionController(WorkOrderStore *store, DeepomaticClient *client,
                           ConnectorSession *session, QObject *parent = nullptr);

    void setSite(const SiteProfile &site);
    const SiteProfile &site() const { return m_site; }
    void setUserName(const QString &user);
    // The one connectivity state of the app: told when the site does not answer a check in
    // time, and read to show the last known results at once when offline. Also the runner's.
    void setConnectivity(Connectivity *connectivity);
    // How long a check the technician waits for (the results, a progress verification) may
    // take before the pane says the site cannot be reached; the request goes on behind.
    static constexpr int DefaultCheckBudgetMs = 15000;
    void setCheckBudget(int milliseconds) { m_checkBudgetMs = qMax(1, milliseconds); }
    int checkBudget() const { return m_checkBudgetMs; }
    // The runner that drains this controller's outbox (started on construction).
    OutboxRunner *outboxRunner() const { return m_runner; }
    // Whether the work order has a request waiting in the outbox (pending or in flight).
    bool hasPendingRequests(const QString &key) const;

    std::optional<WorkOrder> workOrder(const QString &key) const;
    CloseDecision decision(const QString &key) const;
    CloseDecision decision(const WorkOrder &workOrder) const;
    // Why "Open in Deepomatic" cannot be used now, or empty when it can.
    QString openBlocker(const WorkOrder &workOrder) const;

    // Adds a new planned work order (with its "planned" event). False with *error set when the
    // key exists or the store fails.
    bool plan(const WorkOrder &workOrder, QString *error = nullptr);
    ConnectorLink::Result openConnector(const QString &key);
    // The dispatcher's read-only preview of the connector page: nothing about the work order is
    // changed or remembered (no launch id is stored), and every callback from it is rejected.
    ConnectorLink::Result openPreview(const QString &key);
    void createInDeepomatic(const QString &key);
    // Asks Deepomatic for the work order's progress, with its photos and analyses: one request
    // answers both verificationFinished() and resultsFetched().
    void refreshProgress(const QString &key);
    // The same for a whole list (a dispatcher's refresh): the progress only, the smaller answer.
    void refreshProgressOnly(const QString &key);
    // Reads the work order with its photos and analyses; resultsFetched() follows, within the
    // check budget. Each good answer is kept in the store; when the site cannot be reached
    // (or answers with an error) the kept one is given instead, with its date.
    void fetchResults(const QString &key);
    // False with *error set when the decision does not allow it.
    bool closeIntervention(const QString &key, QString *error = nullptr);
    // A supervisor closes a blocked intervention anyway, with a written reason: only where the
    // site allows it; recorded as closed_override.
    bool overrideClose(const QString &key, const QString &reason, QString *error = nullptr);

signals:
    // Another site profile is in use (see ProfileSwitcher): the window follows it.
    void siteChanged(const SiteProfile &site);
    void workOrderChanged(const WorkOrder &workOrder);
    void connectorOpened(const QString &key, const QUrl &url);
    void callbackAccepted(const QString &key, int progress, bool fromFragment);
    void callbackRejected(const QString &key, const QString &reason);
    void verificationFinished(const QString &key, bool verified, int progress,
                              const QString &error);
    void creationFinished(const QString &key, bool ok, const QString &message);
    void closed(const QString &key, const CloseDecision &decision);
    // `storedAt` valid: `workOrder` is the last good answer, kept since then, and `error` says
    // why a fresh one could not be had. Invalid: a fresh answer, or only the error.
    void resultsFetched(const QString &key, const RemoteWorkOrder &workOrder, const ApiError &error,
                        const QDateTime &storedAt);
    void errorOccurred(const QString &message);

private:
    struct Transient {
        bool verificationPending = false;
        QString verificationError;
        int verification = 0; // which verify() the budget timer belongs to
    };

    void onCallbackAccepted(const ConnectorSession::Launch &launch,
                            const CallbackParser::Verdict &verdict, const QUrl &url);
    void onCallbackRejected(const QString &key, const QString &reason, const QUrl &url);
    enum class Detail { ProgressOnly, WithResults };
    // Queues the verification of `key` (or hurries the one already queued) together with
    // `effect`, in one transaction, and starts its budget. The caller announces the change.
    bool queueVerification(const QString &key, Detail detail, const Outbox::Effect &effect = {});
    void verify(const QString &key, Detail detail);
    void keepResults(const QString &key, const RemoteWorkOrder &remote);
    void verificationOverBudget(const QString &key, int verification);
    // The stored answer for `key`, parsed, with the error that kept a fresh one away.
    void deliverResults(const QString &key, const RemoteWorkOrder &fresh, const ApiError &error);
    QString budgetMessage() const;
    QString tokenWaitMessage() const;
    // The audit event of a status change to `to` (now, by this user), for commit*() to write.
    WorkOrderEvent transition(const WorkOrder &to, WorkOrderEvent::Kind kind, const QString &reason,
                              const QJsonObject &data, WorkOrderStatus from) const;
    bool commit(const WorkOrder &updated, WorkOrderEvent::Kind kind, const QString &reason,
                const QJsonObject &data, WorkOrderStatus from);
    ClosePolicy policy(const WorkOrder &workOrder) const;
    void onEntrySettled(const OutboxEntry &entry, const ApiError &error);
    // Records a closure and queues what follows it (closure report, later verification) in one
    // transaction.
    bool commitClosure(const WorkOrder &closed, WorkOrderEvent::Kind kind, const QString &reason,
                       const QJsonObject &data, WorkOrderStatus from, bool unverified,
                       const QString &overrideReason, QString *error);

    WorkOrderStore *m_store;
    DeepomaticClient *m_client;
    ConnectorSession *m_session;
    SiteProfile m_site;
    QString m_user;
    QHash<QString, Transient> m_transient;
    OutboxRunner *m_runner;
    Connectivity *m_connectivity = nullptr;
    int m_checkBudgetMs = DefaultCheckBudgetMs;
};
