#include "outboxrunner.h"

#include "closepolicy.h"
#include "closurereportsender.h"
#include "connectivity.h"
#include "deepomaticclient.h"
#include "deepomaticname.h"
#include "workorderstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "fieldconnect.outbox")

namespace {
// Even with nothing due, look again now and then: a clock change must not stall the outbox.
constexpr int kMaxSleepMs = 60 * 1000;
} // namespace

OutboxRunner::OutboxRunner(WorkOrderStore *store, DeepomaticClient *client, QObject *parent)
    : QObject(parent)
    , m_outbox(store)
    , m_store(store)
    , m_client(client)
    , m_policy(OutboxRules::defaultRetryPolicy())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxRunner::pump);
}

OutboxRunner::~OutboxRunner() = default;

void OutboxRunner::setConnectivity(Connectivity *connectivity)
{
    m_connectivity = connectivity;
    connect(connectivity, &Connectivity::onlineChanged, this, [this](bool online) {
        if (online)
            wake();
    });
}

int OutboxRunner::maxConcurrent() const
{
    // Read each time: a profile switch changes the client's limit after this runner exists.
    return m_maxConcurrent > 0 ? m_maxConcurrent : m_client->maxInFlight();
}

bool OutboxRunner::isOnline() const
{
    return !m_connectivity || m_connectivity->isOnline();
}

void OutboxRunner::start()
{
    // Whoever starts the runner may wait for drained(): it comes even when the outbox was
    // already found empty before.
    m_drainedSignalled = false;
    if (!m_started) {
        const int resumed = m_outbox.resumeInterrupted(m_client->lookupByNameSupported());
        if (resumed > 0)
            qCInfo(lcOutbox) << resumed << "request(s) interrupted by the last exit resumed";
        m_started = true;
        emit countsChanged();
    }
    wake();
}

void OutboxRunner::wake()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpQueued = false;
        pump();
    });
}

void OutboxRunner::setSite(const SiteProfile &site)
{
    m_site = site;
    m_outbox.setSiteProfile(site.id);
    wake(); // what waited for this site may go now
}

void OutboxRunner::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (!held)
        wake();
}

void OutboxRunner::pump()
{
    if (!m_started || m_held)
        return;
    const int free = freeSlots();
    if (free > 0) {
        const QList<OutboxEntry> due = m_outbox.due(QDateTime::currentDateTimeUtc(), free, m_busy);
        for (const OutboxEntry &entry : due)
            send(entry);
    }
    if (m_busy.isEmpty() && m_outbox.counts().open() == 0) {
        if (!m_drainedSignalled) {
            m_drainedSignalled = true;
            emit drained();
        }
    } else {
        m_drainedSignalled = false;
    }
    schedule();
}

int OutboxRunner::freeSlots() const
{
    if (!m_started || m_held)
        return 0;
    const bool systemOffline = m_connectivity && m_connectivity->systemSaysOffline();
    return OutboxRules::freeSlots(isOnline(), systemOffline, maxConcurrent(), int(m_busy.size()));
}

void OutboxRunner::schedule()
{
    if (m_connectivity && m_connectivity->systemSaysOffline()) {
        m_timer->stop(); // onlineChanged wakes us
        return;
    }
    const auto next = m_outbox.nextDue();
    if (!next) {
        m_timer->stop();
        return;
    }
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(*next);
    m_timer->start(int(qBound<qint64>(0, wait, qint64(kMaxSleepMs))));
}

OutboxRules::Failure OutboxRunner::classify(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::InDoubt:
        return OutboxRules::Failure::Uncertain;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::MalformedResponse:
        // The client has already looked up an uncertain create: what reaches here was
        // surely not applied, or the lookup said so.
        return OutboxRules::Failure::Transient;
    case ApiError::Kind::Http:
        return error.isTransient() || error.httpStatus >= 500 ? OutboxRules::Failure::Transient
                                                              : OutboxRules::Failure::Permanent;
    case ApiError::Kind::Tls:
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::None:
        break;
    }
    return OutboxRules::Failure::Permanent;
}

QHash<QString, qint64> OutboxRunner::queueCreates(const QList<WorkOrder> &workOrders,
                                                  QHash<QString, QString> *problems)
{
    QHash<QString, qint64> ids;
    QList<OutboxEntry> fresh;
    Outbox::Effect effect;
    for (const WorkOrder &wo : workOrders) {
        if (wo.isCreatedInDeepomatic())
            continue;
        if (const auto open = m_outbox.openEntry(OutboxEntry::Kind::CreateWorkOrder, wo.key)) {
            ids.insert(wo.key, open->id);
            continue;
        }
        if (const auto unresolved = unresolvedCreate(wo.key);
            unresolved && unresolved->state == OutboxEntry::State::InDoubt) {
            // It may exist in Deepomatic already: only a person who checked may create it again.
            if (problems)
                problems->insert(wo.key,
                                 tr("Creation in doubt: it may already exist in Deepomatic. "
                                    "Check there, then link it or create it again from its "
                                    "details."));
            continue;
        }
        const QString nameError = DeepomaticName::validate(wo.name);
        if (!nameError.isEmpty()) {
            if (problems)
                problems->insert(wo.key, nameError);
            continue;
        }
        OutboxEntry entry;
        entry.kind = OutboxEntry::Kind::CreateWorkOrder;
        entry.workOrderKey = wo.key;
        // The body as decided now: a resumed entry sends (and looks up) exactly this.
        entry.payload = {{QStringLiteral("name"), wo.name},
                         {QStringLiteral("body"), wo.toCreateRequest()}};
        fresh << entry;
        effect.events << event(wo.key, WorkOrderEvent::Kind::CreateQueued,
                               tr("Queued for creation in Deepomatic."), {});
    }
    if (!fresh.isEmpty()) {
        QList<qint64> created;
        if (!m_outbox.enqueue(fresh, effect, &created)) {
            if (problems) {
                for (const OutboxEntry &e : fresh)
                    problems->insert(e.workOrderKey, m_outbox.lastError());
            }
        } else {
            for (qsizetype i = 0; i < fresh.size() && i < created.size(); ++i)
                ids.insert(fresh.at(i).workOrderKey, created.at(i));
            emit countsChanged();
        }
    }
    wake();
    return ids;
}

std::optional<OutboxEntry> OutboxRunner::unresolvedCreate(const QString &workOrderKey) const
{
    const QList<OutboxEntry> all = m_outbox.entries(workOrderKey);
    std::optional<OutboxEntry> latest;
    for (const OutboxEntry &e : all) {
        if (e.kind != OutboxEntry::Kind::CreateWorkOrder)
            continue;
        if (!latest || e.id > latest->id)
            latest = e;
    }
    if (latest
        && (latest->state == OutboxEntry::State::InDoubt
            || latest->state == OutboxEntry::State::Failed))
        return latest;
    return std::nullopt;
}

QList<RemoteWorkOrder> OutboxRunner::inDoubtCandidates(const QString &workOrderKey) const
{
    const auto entry = unresolvedCreate(workOrderKey);
    if (!entry || entry->state != OutboxEntry::State::InDoubt)
        return {};
    const QList<WorkOrderEvent> events = m_store->events(workOrderKey);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind != QLatin1String("create_in_doubt")
            || it->data.value(QStringLiteral("entry")).toInteger() != entry->id)
            continue;
        QList<RemoteWorkOrder> candidates;
        for (const QJsonValue v : it->data.value(QStringLiteral("candidates")).toArray()) {
            const QJsonObject o = v.toObject();
            RemoteWorkOrder wo;
            wo.id = o.value(QStringLiteral("id")).toString();
            wo.name = o.value(QStringLiteral("name")).toString();
            wo.createDate = QDateTime::fromString(o.value(QStringLiteral("create_date")).toString(),
                                                  Qt::ISODateWithMs);
            wo.progressScore = o.value(QStringLiteral("progress_score")).toInt();
            if (!wo.id.isEmpty())
                candidates << wo;
        }
        return candidates;
    }
    return {};
}

bool OutboxRunner::createAgain(const QString &workOrderKey, QString *error)
{
    const auto entry = unresolvedCreate(workOrderKey);
    const auto wo = m_store->find(workOrderKey);
    if (!entry || !wo || wo->isCreatedInDeepomatic()) {
        if (error)
            *error = tr("%1 has no creation in doubt or failed to send again.").arg(workOrderKey);
        return false;
    }
    Outbox::Effect effect;
    effect.events << event(workOrderKey, WorkOrderEvent::Kind::CreateSentAgain,
                           entry->state == OutboxEntry::State::InDoubt
                               ? tr("Sent again: checked that it was not in Deepomatic.")
                               : tr("Sent again after it failed."),
                           {{QStringLiteral("entry"), entry->id}});
    if (!m_outbox.retry(entry->id, effect)) {
        if (error)
            *error = m_outbox.lastError();
        return false;
    }
    emit countsChanged();
    if (const auto now = m_store->find(workOrderKey))
        emit workOrderChanged(*now);
    wake();
    return true;
}

bool OutboxRunner::retryEntry(qint64 id, QString *error)
{
    const auto entry = m_outbox.entry(id);
    if (entry && entry->kind == OutboxEntry::Kind::CreateWorkOrder)
        return createAgain(entry->workOrderKey, error);
    Outbox::Effect effect;
    if (entry)
        effect.events << event(
            entry->workOrderKey, WorkOrderEvent::Kind::RequestSentAgain,
            tr("%1 sent again after it failed.").arg(OutboxEntry::kindDisplayName(entry->kind)),
            {{QStringLiteral("entry"), id}});
    if (!entry || !m_outbox.retry(id, effect)) {
        if (error)
            *error =
                entry ? m_outbox.lastError() : tr("Request %1 is no longer in the outbox.").arg(id);
        return false;
    }
    emit countsChanged();
    wake();
    return true;
}

bool OutboxRunner::discardEntry(qint64 id, QString *error)
{
    const auto entry = m_outbox.entry(id);
    if (!entry || !m_outbox.discard(id, m_user)) {
        if (error)
            *error =
                entry ? m_outbox.lastError() : tr("Request %1 is no longer in the outbox.").arg(id);
        return false;
    }
    emit countsChanged();
    if (const auto wo = m_store->find(entry->workOrderKey))
        emit workOrderChanged(*wo);
    return true;
}

void OutboxRunner::linkExisting(const QString &workOrderKey, const QString &deepomaticId)
{
    const QString id = deepomaticId.trimmed();
    const auto wo = m_store->find(workOrderKey);
    if (!wo) {
        emit linkFinished(workOrderKey, false, tr("%1 is not a work order.").arg(workOrderKey));
        return;
    }
    if (wo->isCreatedInDeepomatic()) {
        emit linkFinished(workOrderKey, false,
                          tr("%1 is already linked to the Deepomatic work order %2.")
                              .arg(wo->name, wo->deepomaticId));
        return;
    }
    if (QUuid::fromString(id).isNull()) {
        emit linkFinished(workOrderKey, false,
                          tr("\"%1\" is not a Deepomatic work order id: it is a UUID such as "
                             "0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.")
                              .arg(id));
        return;
    }
    if (m_outbox.openEntry(OutboxEntry::Kind::CreateWorkOrder, workOrderKey)) {
        emit linkFinished(
            workOrderKey, false,
            tr("%1 is being created in Deepomatic right now: wait for the outcome.").arg(wo->name));
        return;
    }
    m_client->getWorkOrder(
        id, false, this,
        [this, workOrderKey, id](const RemoteWorkOrder &remote, const ApiError &error) {
            auto wo = m_store->find(workOrderKey);
            if (!wo)
                return;
            if (error.isError()) {
                emit linkFinished(workOrderKey, false,
                                  error.httpStatus == 404
                                      ? tr("Deepomatic has no work order %1.").arg(id)
                                      : tr("Cannot check the work order %1 in Deepomatic: %2")
                                            .arg(id, error.message()));
                return;
            }
            if (remote.name != wo->name) {
                emit linkFinished(workOrderKey, false,
                                  tr("The Deepomatic work order %1 is named \"%2\", not \"%3\": "
                                     "not linked.")
                                      .arg(id, remote.name, wo->name));
                return;
            }
            if (wo->isCreatedInDeepomatic()) { // created meanwhile
                emit linkFinished(workOrderKey, wo->deepomaticId == remote.id,
                                  tr("%1 is already linked to the Deepomatic work order %2.")
                                      .arg(wo->name, wo->deepomaticId));
                return;
            }
            const auto entry = unresolvedCreate(workOrderKey);
            const Outbox::Effect effect = createdEffect(
                *wo, remote.id, WorkOrderEvent::Kind::LinkedInDeepomatic,
                tr("Linked to the work order found in Deepomatic (%1).").arg(remote.id),
                {{QStringLiteral("entry"), entry ? QJsonValue(entry->id) : QJsonValue()}});
            wo = effect.workOrder;
            const bool saved = entry ? m_outbox.resolve(entry->id, effect)
                                     : m_store->update(*wo, effect.events.constFirst());
            if (!saved) {
                emit linkFinished(workOrderKey, false,
                                  entry ? m_outbox.lastError() : m_store->lastError());
                return;
            }
            emit countsChanged();
            emit workOrderChanged(*wo);
            emit linkFinished(
                workOrderKey, true,
                tr("%1 is linked to the Deepomatic work order %2.").arg(wo->name, remote.id));
        });
}

Outbox::Effect OutboxRunner::createdEffect(WorkOrder wo, const QString &deepomaticId,
                                           WorkOrderEvent::Kind kind, const QString &reason,
                                           QJsonObject data) const
{
    const WorkOrderStatus from = wo.status;
    wo.deepomaticId = deepomaticId;
    if (wo.status == WorkOrderStatus::Planned)
        wo.status = WorkOrderStatus::Created;
    data.insert(QStringLiteral("deepomatic_id"), deepomaticId);
    WorkOrderEvent e = event(wo.key, kind, reason, data);
    e.fromStatus = workOrderStatusKey(from);
    e.toStatus = workOrderStatusKey(wo.status);
    wo.updated = e.time;
    Outbox::Effect effect;
    effect.workOrder = wo;
    effect.events << e;
    return effect;
}

QJsonArray OutboxRunner::candidatesJson(const ApiError &error)
{
    QJsonArray candidates;
    for (const RemoteWorkOrder &wo : error.candidates)
        candidates.append(
            QJsonObject{{QStringLiteral("id"), wo.id},
                        {QStringLiteral("name"), wo.name},
                        {QStringLiteral("create_date"), wo.createDate.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("progress_score"), wo.progressScore}});
    return candidates;
}

WorkOrderEvent OutboxRunner::event(const QString &key, WorkOrderEvent::Kind kind,
                                   const QString &reason, const QJsonObject &data) const
{
    return WorkOrderEvent::of(kind, key, m_user, reason, data);
}

void OutboxRunner::send(OutboxEntry entry)
{
    // Committed (synchronous=FULL) before anything is on the wire: a kill from here on finds
    // the entry in flight at the next start and resumes it safely.
    if (!m_outbox.markInFlight(entry.id))
        return;
    entry.state = OutboxEntry::State::InFlight;
    ++entry.attempts;
    dispatch(entry);
}

void OutboxRunner::dispatch(const OutboxEntry &entry)
{
    m_busy.insert(entry.id);
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateWorkOrder:
        sendCreate(entry);
        break;
    case OutboxEntry::Kind::VerifyProgress:
        sendVerify(entry);
        break;
    case OutboxEntry::Kind::ClosureReport:
        sendReport(entry);
        break;
    }
}

void OutboxRunner::sendCreate(const OutboxEntry &entry)
{
    if (OutboxRules::actionFor(entry) == OutboxRules::Action::Send) {
        postCreate(entry);
        return;
    }
    // Resumed after a crash: the lost attempt may have created it. Look before any POST.
    const QString name = entry.payload.value(QLatin1String("name")).toString();
    if (!m_client->lookupByNameSupported()) {
        settle(entry,
               ApiError::inDoubt(tr("the create was interrupted and this site cannot be "
                                    "searched by name")),
               {});
        return;
    }
    m_client->findWorkOrdersByName(
        name, this, [this, entry](const QList<RemoteWorkOrder> &found, const ApiError &error) {
            if (error.isError()) {
                const bool unsupported = error.kind == ApiError::Kind::Http
                                         && (error.httpStatus == 404 || error.httpStatus == 405);
                if (unsupported) {
                    onCreated(entry, {},
                              ApiError::inDoubt(tr("the create was interrupted and this site "
                                                   "cannot be searched by name")));
                    return;
                }
                if (error.kind != ApiError::Kind::Http || error.isTransient()) {
                    // Still resumed: the next attempt looks up again before any POST.
                    settle(entry, error, {});
                    return;
                }
                onCreated(entry, {},
                          ApiError::inDoubt(
                              tr("the create was interrupted and the site refused the look-up "
                                 "by name: %1")
                                  .arg(error.message())));
                return;
            }
            if (found.isEmpty()) {
                qCInfo(lcOutbox) << "interrupted create of" << entry.workOrderKey
                                 << "had not reached Deepomatic: sending it";
                postCreate(entry);
                return;
            }
            if (found.size() > 1) {
                // Which of them the interrupted create made cannot be told from here.
                ApiError doubt = ApiError::inDoubt(
                    tr("the create was interrupted and %n work order(s) with that name exist "
                       "in Deepomatic",
                       nullptr, int(found.size())));
                doubt.candidates = found;
                onCreated(entry, {}, doubt);
                return;
            }
            qCInfo(lcOutbox) << "interrupted create of" << entry.workOrderKey
                             << "had succeeded:" << found.first().id;
            onCreated(entry, found.first(), {});
        });
}

void OutboxRunner::postCreate(const OutboxEntry &entry)
{
    m_client->createWorkOrder(entry.payload.value(QLatin1String("body")).toObject(), this,
                              [this, entry](const RemoteWorkOrder &remote, const ApiError &error) {
                                  onCreated(entry, remote, error);
                              });
}

void OutboxRunner::onCreated(const OutboxEntry &entry, const RemoteWorkOrder &remote,
                             const ApiError &error)
{
    auto wo = m_store->find(entry.workOrderKey);
    Outbox::Effect effect;
    if (!wo) {
        settle(entry, error, effect); // the work order was removed meanwhile
        return;
    }
    if (error.isError()) {
        const auto failure = classify(error);
        if (failure == OutboxRules::Failure::Uncertain)
            // In doubt: it may exist in Deepomatic. Say so instead of letting a retry make a twin.
            effect.events << event(wo->key, WorkOrderEvent::Kind::CreateInDoubt, error.message(),
                                   {{QStringLiteral("entry"), entry.id},
                                    {QStringLiteral("candidates"), candidatesJson(error)}});
        else if (failure == OutboxRules::Failure::Permanent)
            effect.events << event(wo->key, WorkOrderEvent::Kind::CreateFailed, error.message(),
                                   {{QStringLiteral("entry"), entry.id},
                                    {QStringLiteral("http_status"), error.httpStatus}});
        settle(entry, error, effect);
        return;
    }
    if (!wo->isCreatedInDeepomatic())
        effect = createdEffect(
            *wo, remote.id, WorkOrderEvent::Kind::CreatedInDeepomatic, tr("Created in Deepomatic."),
            {{QStringLiteral("entry"), entry.id}, {QStringLiteral("resumed"), entry.resumed}});
    settle(entry, {}, effect);
}

void OutboxRunner::sendVerify(const OutboxEntry &entry)
{
    const auto wo = m_store->find(entry.workOrderKey);
    if (!wo || !wo->isCreatedInDeepomatic()) {
        settle(entry,
               ApiError::invalidRequest(
                   tr("the work order %1 does not exist in Deepomatic").arg(entry.workOrderKey)),
               {});
        return;
    }
    const bool withResults = entry.payload.value(QLatin1String("include_inputs")).toBool();
    m_client->getWorkOrder(wo->deepomaticId, withResults, this,
                           [this, entry](const RemoteWorkOrder &remote, const ApiError &error) {
                               onVerified(entry, remote, error);
                           });
}

namespace {

// A work order nobody has opened yet keeps its status: a dispatcher's progress overview reads
// its value without pretending an intervention began; a closed one stays closed.
// Only the intervention flow moves a work order's local status: a verification moves it
// between ready and blocked once it was opened on this device, never before (a refresh of a
// work order nobody opened here records the progress and nothing else).
bool movesWithProgress(const WorkOrder &wo)
{
    return wo.wasOpenedHere();
}

} // namespace

void OutboxRunner::onVerified(const OutboxEntry &entry, const RemoteWorkOrder &remote,
                              const ApiError &apiError)
{
    auto wo = m_store->find(entry.workOrderKey);
    Outbox::Effect effect;
    if (!wo) {
        settle(entry, apiError, effect);
        return;
    }
    ApiError error = apiError;
    if (!error.isError() && remote.id.compare(wo->deepomaticId, Qt::CaseInsensitive) != 0)
        error = ApiError::malformed(
            tr("the API returned work order %1 instead of %2").arg(remote.id, wo->deepomaticId));
    const ClosePolicy policy = ClosePolicy::forWorkOrder(m_site, *wo);
    const int threshold = policy.threshold();
    const WorkOrderStatus from = wo->status;
    const int claimed =
        wo->lastProgress.source == ProgressReading::Source::Callback ? wo->lastProgress.value : -1;

    if (error.isError()) {
        // Said once per entry in the trail, not at every retry of a long offline spell.
        if (entry.attempts <= 1 || classify(error) != OutboxRules::Failure::Transient) {
            ClosePolicy::Input input = ClosePolicy::inputFrom(*wo);
            input.verificationError = error.message();
            const CloseDecision d = policy.decide(input);
            if (movesWithProgress(*wo))
                wo->status = d.allowed ? WorkOrderStatus::ReadyToClose : WorkOrderStatus::Blocked;
            WorkOrderEvent e = event(wo->key, WorkOrderEvent::Kind::VerificationFailed, d.reason,
                                     {{QStringLiteral("error"), error.message()},
                                      {QStringLiteral("http_status"), error.httpStatus},
                                      {QStringLiteral("claimed"), claimed},
                                      {QStringLiteral("entry"), entry.id}});
            e.fromStatus = workOrderStatusKey(from);
            e.toStatus = workOrderStatusKey(wo->status);
            wo->updated = e.time;
            effect.workOrder = wo;
            effect.events << e;
        }
        settle(entry, error, effect);
        return;
    }

    // Closed while the API could not be reached: this is the later verification.
    const bool closedUnverified =
        wo->status == WorkOrderStatus::Closed && !wo->lastProgress.verified;
    wo->lastProgress =
        ProgressReading::fromApi(remote.progressScore, QDateTime::currentDateTimeUtc());
    QJsonObject data{{QStringLiteral("verified"), remote.progressScore},
                     {QStringLiteral("threshold"), threshold},
                     {QStringLiteral("entry"), entry.id}};
    if (claimed >= 0) {
        data.insert(QStringLiteral("claimed"), claimed);
        data.insert(QStringLiteral("matches_callback"), claimed == remote.progressScore);
    }
    WorkOrderEvent e;
    if (closedUnverified && remote.progressScore < threshold) {
        wo->needsReview = true;
        e = event(wo->key, WorkOrderEvent::Kind::NeedsReview,
                  tr("Closed with unverified progress; Deepomatic now reports %1 %, below the "
                     "%2 % required. A supervisor must review this intervention.")
                      .arg(remote.progressScore)
                      .arg(threshold),
                  data);
    } else if (closedUnverified) {
        e = event(wo->key, WorkOrderEvent::Kind::ClosureVerified,
                  tr("The unverified closure is confirmed: Deepomatic reports %1 %.")
                      .arg(remote.progressScore),
                  data);
    } else {
        const CloseDecision d = policy.decide(ClosePolicy::inputFrom(*wo));
        if (movesWithProgress(*wo))
            wo->status = d.allowed ? WorkOrderStatus::ReadyToClose : WorkOrderStatus::Blocked;
        e = event(wo->key, WorkOrderEvent::Kind::ProgressVerified, d.reason, data);
    }
    e.fromStatus = workOrderStatusKey(from);
    e.toStatus = workOrderStatusKey(wo->status);
    wo->updated = e.time;
    effect.workOrder = wo;
    effect.events << e;
    if (entry.payload.value(QLatin1String("include_inputs")).toBool())
        emit resultsReceived(wo->key, remote);
    settle(entry, {}, effect);
}

void OutboxRunner::sendReport(const OutboxEntry &entry)
{
    if (!m_reports || !m_site.closureReportUrl.isValid() || m_site.closureReportUrl.isEmpty()) {
        settle(entry,
               ApiError::invalidRequest(tr("no back-office URL is configured for closure reports")),
               {});
        return;
    }
    m_reports->send(m_site.closureReportUrl,
                    entry.payload.value(QLatin1String("report")).toObject(), this,
                    [this, entry](const ApiError &error) { onReported(entry, error); });
}

void OutboxRunner::onReported(const OutboxEntry &entry, const ApiError &error)
{
    Outbox::Effect effect;
    const QString reportId = entry.payload.value(QLatin1String("report"))
                                 .toObject()
                                 .value(QLatin1String("report_id"))
                                 .toString();
    if (!error.isError())
        effect.events << event(entry.workOrderKey, WorkOrderEvent::Kind::ClosureReportSent,
                               tr("Closure report sent to the back office."),
                               {{QStringLiteral("report_id"), reportId},
                                {QStringLiteral("attempts"), entry.attempts}});
    else if (classify(error) == OutboxRules::Failure::Permanent)
        effect.events << event(
            entry.workOrderKey, WorkOrderEvent::Kind::ClosureReportFailed,
            tr("The back office refused the closure report: %1").arg(error.message()),
            {{QStringLiteral("report_id"), reportId},
             {QStringLiteral("http_status"), error.httpStatus}});
    settle(entry, error, effect);
}

void OutboxRunner::settle(const OutboxEntry &entry, const ApiError &error,
                          const Outbox::Effect &effect)
{
    OutboxEntry now = entry;
    if (!error.isError()) {
        now.state = OutboxEntry::State::Done;
        now.lastError.clear();
    } else {
        const auto next = OutboxRules::afterFailure(
            entry, classify(error),
            error.retryAfterMs >= 0 ? std::optional<qint64>(error.retryAfterMs) : std::nullopt,
            QDateTime::currentDateTimeUtc(), QRandomGenerator::global()->generateDouble(),
            m_policy);
        now.state = next.state;
        now.nextAttempt = next.nextAttempt;
        now.lastError = error.message();
    }
    m_busy.remove(entry.id);
    // The next due entries go in flight in the same transaction as this outcome: one sync to
    // disk per entry instead of two, each still committed in flight before it is sent.
    QList<OutboxEntry> started;
    if (!m_outbox.settle(entry.id, now.state, now.lastError, now.nextAttempt, effect,
                         error.maybeApplied, freeSlots(), m_busy, &started)) {
        // Left in flight on disk: the next start resumes it safely.
        qCCritical(lcOutbox).noquote()
            << "cannot record the outcome of request" << entry.id << ":" << m_outbox.lastError();
        wake();
        return;
    }
    qCDebug(lcOutbox) << OutboxEntry::kindKey(entry.kind) << entry.workOrderKey << "->"
                      << OutboxEntry::stateKey(now.state);
    for (const OutboxEntry &next : std::as_const(started))
        dispatch(next);
    emit entrySettled(now, error);
    emit countsChanged();
    wake();
}
