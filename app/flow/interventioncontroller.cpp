#include "interventioncontroller.h"

#include "callbackuri.h"
#include "closurereport.h"
#include "connectivity.h"
#include "deepomaticclient.h"
#include "outboxrunner.h"
#include "workorderstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcFlow, "fieldconnect.flow")

InterventionController::InterventionController(WorkOrderStore *store, DeepomaticClient *client,
                                               ConnectorSession *session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_session(session)
    , m_runner(new OutboxRunner(store, client, this))
{
    connect(m_session, &ConnectorSession::callbackAccepted, this,
            &InterventionController::onCallbackAccepted);
    connect(m_session, &ConnectorSession::callbackRejected, this,
            &InterventionController::onCallbackRejected);
    connect(m_runner, &OutboxRunner::workOrderChanged, this,
            &InterventionController::workOrderChanged);
    connect(m_runner, &OutboxRunner::entrySettled, this, &InterventionController::onEntrySettled);
    connect(m_runner, &OutboxRunner::resultsReceived, this,
            [this](const QString &key, const RemoteWorkOrder &remote) {
                keepResults(key, remote);
                emit resultsFetched(key, remote, {}, {});
            });
    // Resumes what the last run left in flight; nothing is sent before the event loop runs,
    // so the site and the connectivity can still be set.
    m_runner->start();
}

void InterventionController::setSite(const SiteProfile &site)
{
    m_site = site;
    emit siteChanged(m_site);
    m_runner->setSite(site);
}

void InterventionController::setUserName(const QString &user)
{
    m_user = user;
    m_runner->setUserName(user);
}

void InterventionController::setConnectivity(Connectivity *connectivity)
{
    m_connectivity = connectivity;
    m_runner->setConnectivity(connectivity);
    connect(connectivity, &Connectivity::onlineChanged, this, [this](bool online) {
        if (online)
            return;
        // Offline: a check still waiting says so now rather than at the end of its budget.
        const QStringList keys = m_transient.keys();
        for (const QString &key : keys) {
            const Transient &t = m_transient.value(key);
            if (t.verificationPending)
                verificationOverBudget(key, t.verification);
        }
    });
}

QString InterventionController::budgetMessage() const
{
    return tr("Deepomatic cannot be reached (no answer within %n second(s)); it is asked again "
              "when the network is back.",
              nullptr, (m_checkBudgetMs + 999) / 1000);
}

QString InterventionController::tokenWaitMessage() const
{
    return tr("The API token of %1 is not loaded yet; Deepomatic is asked as soon as it is.")
        .arg(m_site.displayName);
}

bool InterventionController::hasPendingRequests(const QString &key) const
{
    for (const OutboxEntry &e : m_runner->outbox()->entries(key)) {
        if (e.isOpen())
            return true;
    }
    return false;
}

void InterventionController::onEntrySettled(const OutboxEntry &entry, const ApiError &error)
{
    const QString &key = entry.workOrderKey;
    if (entry.kind == OutboxEntry::Kind::VerifyProgress) {
        Transient &t = m_transient[key];
        t.verificationPending = false;
        ++t.verification; // its budget no longer runs
        t.verificationError = error.isError() ? error.message() : QString();
    }
    // The outcome's change, announced once, after the state the decision reads is up to date.
    const auto wo = workOrder(key);
    if (wo)
        emit workOrderChanged(*wo);
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateWorkOrder:
        if (entry.state == OutboxEntry::State::Done)
            emit creationFinished(key, true, tr("Created in Deepomatic."));
        else if (!entry.isOpen())
            emit creationFinished(key, false, error.message());
        break;
    case OutboxEntry::Kind::VerifyProgress:
        if (error.isError()) {
            const int claimed = wo && wo->lastProgress.source == ProgressReading::Source::Callback
                                    ? wo->lastProgress.value
                                    : -1;
            emit verificationFinished(key, false, claimed, error.message());
        } else {
            emit verificationFinished(key, true, wo ? wo->lastProgress.value : -1, {});
        }
        break;
    case OutboxEntry::Kind::ClosureReport:
        break;
    }
}

ClosePolicy InterventionController::policy(const WorkOrder &workOrder) const
{
    return ClosePolicy::forWorkOrder(m_site, workOrder);
}

std::optional<WorkOrder> InterventionController::workOrder(const QString &key) const
{
    return m_store->find(key);
}

CloseDecision InterventionController::decision(const QString &key) const
{
    const auto wo = workOrder(key);
    if (!wo) {
        CloseDecision none;
        none.reason = tr("No work order selected.");
        return none;
    }
    return decision(*wo);
}

CloseDecision InterventionController::decision(const WorkOrder &wo) const
{
    ClosePolicy::Input input = ClosePolicy::inputFrom(wo);
    const Transient t = m_transient.value(wo.key);
    input.verificationPending = t.verificationPending;
    input.verificationError = t.verificationError;
    return policy(wo).decide(input);
}

QString InterventionController::openBlocker(const WorkOrder &wo) const
{
    if (isClosedStatus(wo.status))
        return tr("This intervention is closed.");
    // Only the link's shape is checked here, on every refresh of the pane: a placeholder launch
    // id does, without drawing from the system's random generator each time.
    static const QString placeholder(32, u'0');
    const QUrl callback = CallbackUri::forLaunch(m_site, placeholder);
    return ConnectorLink::build(m_site, wo.deepomaticId, callback).error;
}

WorkOrderEvent InterventionController::transition(const WorkOrder &to, WorkOrderEvent::Kind kind,
                                                  const QString &reason, const QJsonObject &data,
                                                  WorkOrderStatus from) const
{
    WorkOrderEvent event = WorkOrderEvent::of(kind, to.key, m_user, reason, data);
    event.fromStatus = workOrderStatusKey(from);
    event.toStatus = workOrderStatusKey(to.status);
    return event;
}

bool InterventionController::commit(const WorkOrder &updated, WorkOrderEvent::Kind kind,
                                    const QString &reason, const QJsonObject &data,
                                    WorkOrderStatus from)
{
    const WorkOrderEvent event = transition(updated, kind, reason, data, from);
    WorkOrder stamped = updated;
    stamped.updated = event.time;
    if (!m_store->update(stamped, event)) {
        emit errorOccurred(m_store->lastError());
        return false;
    }
    emit workOrderChanged(stamped);
    return true;
}

bool InterventionController::plan(const WorkOrder &workOrder, QString *error)
{
    if (m_store->find(workOrder.key)) {
        if (error)
            *error = tr("A work order with the reference %1 already exists.").arg(workOrder.key);
        return false;
    }
    const WorkOrderEvent event =
        WorkOrderEvent::of(WorkOrderEvent::Kind::Planned, {}, m_user, tr("Planned."));
    WorkOrder planned = workOrder;
    planned.updated = event.time;
    if (planned.siteProfile.isEmpty())
        planned.siteProfile = m_site.id;
    if (!m_store->insert({planned}, event)) {
        if (error)
            *error = m_store->lastError();
        return false;
    }
    emit workOrderChanged(planned);
    return true;
}

ConnectorLink::Result InterventionController::openConnector(const QString &key)
{
    auto wo = workOrder(key);
    if (!wo)
        return {{}, tr("The work order %1 no longer exists.").arg(key)};
    if (isClosedStatus(wo->status))
        return {{}, tr("This intervention is closed.")};

    const QString launchId = CallbackUri::newLaunchId();
    const QUrl callback = CallbackUri::forLaunch(m_site, launchId);
    const ConnectorLink::Result link = ConnectorLink::build(m_site, wo->deepomaticId, callback);
    if (!link.ok())
        return link;

    // Remember the launch with the work order before the page can answer.
    const WorkOrderStatus from = wo->status;
    wo->launchId = launchId;
    wo->status = WorkOrderStatus::InProgress;
    if (!commit(*wo, WorkOrderEvent::Kind::ConnectorOpened, tr("Opened in Deepomatic."),
                {{QStringLiteral("launch_id"), launchId}}, from))
        return {{}, m_store->lastError()};

    const ConnectorLink::Result opened = m_session->open(m_site, key, wo->deepomaticId, launchId);
    if (opened.ok())
        emit connectorOpened(key, opened.url);
    return opened;
}

ConnectorLink::Result InterventionController::openPreview(const QString &key)
{
    const auto wo = workOrder(key);
    if (!wo)
        return {{}, tr("The work order %1 no longer exists.").arg(key)};
    // A launch id the page can carry, but that is never stored with the work order: even a
    // callback that slipped past the session would not match the stored one.
    return m_session->open(m_site, key, wo->deepomaticId, CallbackUri::newLaunchId(), true);
}

void InterventionController::onCallbackAccepted(const ConnectorSession::Launch &launch,
                                                const CallbackParser::Verdict &verdict,
                                                const QUrl &url)
{
    Q_UNUSED(url)
    auto wo = workOrder(launch.workOrderKey);
    if (!wo || wo->launchId != launch.launchId || isClosedStatus(wo->status)) {
        // The session's launch and the stored one disagree (closed meanwhile, reopened
        // elsewhere): a stale callback must change nothing.
        onCallbackRejected(launch.workOrderKey,
                           tr("The callback belongs to a launch that is no longer current."), url);
        return;
    }
    const WorkOrderStatus from = wo->status;
    wo->lastProgress =
        ProgressReading::fromCallback(verdict.progress, QDateTime::currentDateTimeUtc());
    wo->launchId.clear();
    QJsonObject extras;
    for (auto it = verdict.extras.cbegin(); it != verdict.extras.cend(); ++it)
        extras.insert(it.key(), it.value());
    const QJsonObject data{{QStringLiteral("progress"), verdict.progress},
                           {QStringLiteral("from_fragment"), verdict.fromFragment},
                           {QStringLiteral("launch_id"), launch.launchId},
                           {QStringLiteral("parameters"), extras}};
    // Recorded before anything else happens, with the verification that follows it, in one
    // transaction; announced once, checking already.
    const WorkOrderEvent event =
        transition(*wo, WorkOrderEvent::Kind::CallbackAccepted,
                   tr("Deepomatic reported %1 % progress.").arg(verdict.progress), data, from);
    Outbox::Effect effect;
    wo->updated = event.time;
    effect.workOrder = *wo;
    effect.events << event;
    if (!queueVerification(wo->key, Detail::WithResults, effect))
        return;
    emit workOrderChanged(*wo);
    emit callbackAccepted(wo->key, verdict.progress, verdict.fromFragment);
}

void InterventionController::onCallbackRejected(const QString &key, const QString &reason,
                                                const QUrl &url)
{
    Q_UNUSED(url)
    if (!key.isEmpty() && m_store->find(key)) {
        m_store->appendEvent(
            WorkOrderEvent::of(WorkOrderEvent::Kind::CallbackRejected, key, m_user, reason));
    }
    emit callbackRejected(key, reason);
}

void InterventionController::refreshProgress(const QString &key)
{
    verify(key, Detail::WithResults);
}

void InterventionController::refreshProgressOnly(const QString &key)
{
    verify(key, Detail::ProgressOnly);
}

void InterventionController::fetchResults(const QString &key)
{
    const auto wo = workOrder(key);
    if (!wo || !wo->isCreatedInDeepomatic())
        return;
    // One answer per fetch: the fresh one, or the kept one when the budget runs out first.
    auto answered = std::make_shared<bool>(false);
    const QString deepomaticId = wo->deepomaticId;
    QPointer<ApiCall> call = m_client->getWorkOrder(
        deepomaticId, true, this,
        [this, key, answered](const RemoteWorkOrder &remote, const ApiError &error) {
            if (!error.isError())
                keepResults(key, remote);
            if (std::exchange(*answered, true)) {
                // Already answered from the store: a fresh answer still replaces it.
                if (!error.isError())
                    emit resultsFetched(key, remote, error, {});
                return;
            }
            deliverResults(key, remote, error);
        });
    auto overBudget = [this, key, answered] {
        if (std::exchange(*answered, true))
            return;
        if (m_client->isWaitingForToken()) {
            // Not the network: the request waits for the token and goes once it is there.
            deliverResults(key, {}, ApiError::invalidRequest(tokenWaitMessage()));
            return;
        }
        ApiError late;
        late.kind = ApiError::Kind::Timeout;
        late.host = m_client->baseUrl().host();
        late.detail = budgetMessage();
        deliverResults(key, {}, late);
        if (m_connectivity)
            m_connectivity->observe(false);
    };
    if (m_connectivity && !m_connectivity->isOnline() && m_store->storedResults(key)) {
        // Known to be offline: the kept answer at once; the request may still bring a fresh one.
        QTimer::singleShot(0, this, overBudget);
        return;
    }
    QTimer::singleShot(m_checkBudgetMs, this, [call, overBudget] {
        if (call && !call->isFinished())
            overBudget();
    });
}

void InterventionController::deliverResults(const QString &key, const RemoteWorkOrder &fresh,
                                            const ApiError &error)
{
    if (!error.isError()) {
        emit resultsFetched(key, fresh, error, {});
        return;
    }
    const auto kept = m_store->storedResults(key);
    const auto wo = workOrder(key);
    if (kept && wo && kept->deepomaticId.compare(wo->deepomaticId, Qt::CaseInsensitive) == 0) {
        const RemoteWorkOrder::Parsed parsed = RemoteWorkOrder::fromJson(kept->json);
        if (parsed.ok()) {
            emit resultsFetched(key, parsed.workOrder, error, kept->fetched);
            return;
        }
        qCWarning(lcFlow).noquote()
            << "the results kept for" << key << "cannot be read:" << parsed.error;
    }
    emit resultsFetched(key, {}, error, {});
}

bool InterventionController::queueVerification(const QString &key, Detail detail,
                                               const Outbox::Effect &effect)
{
    Outbox *outbox = m_runner->outbox();
    const auto open = outbox->openEntry(OutboxEntry::Kind::VerifyProgress, key);
    QList<OutboxEntry> entries;
    if (!open) {
        OutboxEntry entry;
        entry.kind = OutboxEntry::Kind::VerifyProgress;
        entry.workOrderKey = key;
        if (detail == Detail::WithResults)
            entry.payload.insert(QStringLiteral("include_inputs"), true);
        entries << entry;
    }
    if ((!entries.isEmpty() || effect.workOrder || !effect.events.isEmpty())
        && !outbox->enqueue(entries, effect)) {
        emit errorOccurred(outbox->lastError());
        return false;
    }
    if (open) // already queued, perhaps waiting out a back-off: it is wanted now
        outbox->expedite(open->id);
    Transient &t = m_transient[key];
    t.verificationPending = true;
    t.verificationError.clear();
    const int verification = ++t.verification;
    m_runner->wake();
    QTimer::singleShot(m_checkBudgetMs, this,
                       [this, key, verification] { verificationOverBudget(key, verification); });
    return true;
}

void InterventionController::verify(const QString &key, Detail detail)
{
    const auto wo = workOrder(key);
    if (!wo || !wo->isCreatedInDeepomatic())
        return;
    if (queueVerification(key, detail))
        emit workOrderChanged(*wo);
}

void InterventionController::keepResults(const QString &key, const RemoteWorkOrder &remote)
{
    const WorkOrderStore::StoredResults kept{
        remote.id, QJsonDocument(remote.source).toJson(QJsonDocument::Compact),
        QDateTime::currentDateTimeUtc()};
    if (!m_store->saveResults(key, kept))
        qCWarning(lcFlow).noquote() << m_store->lastError();
}

void InterventionController::verificationOverBudget(const QString &key, int verification)
{
    Transient &t = m_transient[key];
    if (!t.verificationPending || t.verification != verification)
        return; // answered, or asked again since
    // The outbox keeps the verification and sends it when the site answers; the technician is
    // told now, in words, instead of watching "Checking" for minutes.
    const bool waitingForToken = m_client->isWaitingForToken();
    const QString message = waitingForToken ? tokenWaitMessage() : budgetMessage();
    t.verificationPending = false;
    t.verificationError = message;
    const auto wo = workOrder(key);
    const int claimed = wo && wo->lastProgress.source == ProgressReading::Source::Callback
                            ? wo->lastProgress.value
                            : -1;
    if (wo)
        emit workOrderChanged(*wo);
    emit verificationFinished(key, false, claimed, message);
    if (m_connectivity && !waitingForToken)
        m_connectivity->observe(false);
}

void InterventionController::createInDeepomatic(const QString &key)
{
    const auto wo = workOrder(key);
    if (!wo)
        return;
    if (wo->isCreatedInDeepomatic()) {
        emit creationFinished(key, true, tr("Already created in Deepomatic."));
        return;
    }
    QHash<QString, QString> problems;
    m_runner->queueCreates({*wo}, &problems);
    if (problems.contains(key)) {
        emit creationFinished(key, false, problems.value(key));
        return;
    }
    // Queued: the runner sends it now, or when the network is back; the list shows it pending.
    emit workOrderChanged(*wo);
}

bool InterventionController::commitClosure(const WorkOrder &closed, WorkOrderEvent::Kind kind,
                                           const QString &reason, const QJsonObject &data,
                                           WorkOrderStatus from, bool unverified,
                                           const QString &overrideReason, QString *error)
{
    const WorkOrderEvent event = transition(closed, kind, reason, data, from);
    WorkOrder stamped = closed;
    stamped.updated = event.time;

    Outbox::Effect effect;
    effect.workOrder = stamped;
    effect.events << event;
    QList<OutboxEntry> entries;
    if (!m_site.closureReportUrl.isEmpty()) {
        ClosureReport report;
        report.reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        report.kind = !overrideReason.isEmpty() ? ClosureReport::Kind::Override
                      : unverified              ? ClosureReport::Kind::Unverified
                                                : ClosureReport::Kind::Verified;
        report.workOrder = stamped;
        report.closedAt = event.time;
        report.user = m_user;
        report.threshold = m_site.thresholdFor(closed.types);
        report.overrideReason = overrideReason;
        for (const WorkOrderEvent &e : m_store->events(closed.key)) {
            if (e.is(WorkOrderEvent::Kind::ConnectorOpened)) {
                report.openedAt = e.time;
                break;
            }
        }
        OutboxEntry entry;
        entry.kind = OutboxEntry::Kind::ClosureReport;
        entry.workOrderKey = closed.key;
        entry.payload = {{QStringLiteral("report"), report.toJson()}};
        entries << entry;
    }
    Outbox *outbox = m_runner->outbox();
    // Closed on a claim the API could not confirm: confirm it later.
    if (unverified && !outbox->openEntry(OutboxEntry::Kind::VerifyProgress, closed.key)) {
        OutboxEntry entry;
        entry.kind = OutboxEntry::Kind::VerifyProgress;
        entry.workOrderKey = closed.key;
        entries << entry;
    }
    if (!outbox->enqueue(entries, effect)) {
        if (error)
            *error = outbox->lastError();
        emit errorOccurred(outbox->lastError());
        return false;
    }
    emit workOrderChanged(stamped);
    m_runner->wake();
    return true;
}

bool InterventionController::closeIntervention(const QString &key, QString *error)
{
    auto wo = workOrder(key);
    if (!wo) {
        if (error)
            *error = tr("The work order %1 no longer exists.").arg(key);
        return false;
    }
    const CloseDecision d = decision(*wo);
    if (!d.allowed) {
        if (error)
            *error = d.reason;
        return false;
    }
    const WorkOrderStatus from = wo->status;
    wo->status = WorkOrderStatus::Closed;
    wo->launchId.clear();
    const int threshold = m_site.thresholdFor(wo->types);
    const QJsonObject data{{QStringLiteral("progress"), wo->lastProgress.value},
                           {QStringLiteral("verified"), !d.unverified},
                           {QStringLiteral("threshold"), threshold}};
    const QString reason = d.unverified
                               ? tr("Closed with unverified progress %1 % (site policy allows it).")
                                     .arg(wo->lastProgress.value)
                               : tr("Closed with verified progress %1 % (at least %2 % required).")
                                     .arg(wo->lastProgress.value)
                                     .arg(threshold);
    if (!commitClosure(*wo, WorkOrderEvent::Kind::Closed, reason, data, from, d.unverified, {},
                       error))
        return false;
    if (m_session->currentLaunch() && m_session->currentLaunch()->workOrderKey == key)
        m_session->endLaunch();
    emit closed(key, d);
    return true;
}

bool InterventionController::overrideClose(const QString &key, const QString &reason,
                                           QString *error)
{
    auto wo = workOrder(key);
    QString problem = !wo ? tr("The work order %1 no longer exists.").arg(key)
                          : ClosePolicy::overrideProblem(m_site.supervisorOverride, reason);
    if (problem.isEmpty() && isClosedStatus(wo->status))
        problem = tr("This intervention is already closed.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const CloseDecision d = decision(*wo);
    const WorkOrderStatus from = wo->status;
    wo->status = WorkOrderStatus::ClosedOverride;
    wo->launchId.clear();
    const QJsonObject data{
        {QStringLiteral("override_reason"), reason.trimmed()},
        {QStringLiteral("progress"), wo->lastProgress.isValid() ? wo->lastProgress.value : -1},
        {QStringLiteral("verified"), wo->lastProgress.verified},
        {QStringLiteral("threshold"), m_site.thresholdFor(wo->types)},
        {QStringLiteral("blocked_because"), d.reason}};
    if (!commitClosure(*wo, WorkOrderEvent::Kind::ClosedOverride,
                       tr("Closed by supervisor override: %1").arg(reason.trimmed()), data, from,
                       false, reason.trimmed(), error))
        return false;
    if (m_session->currentLaunch() && m_session->currentLaunch()->workOrderKey == key)
        m_session->endLaunch();
    emit closed(key, d);
    return true;
}
