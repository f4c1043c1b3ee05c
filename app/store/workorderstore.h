#pragma once

#include "workorder.h"
#include "workorderevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <memory>
#include <optional>

class PreparedQueries;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// The local SQLite database: work orders and their audit trail. A status change and the event
// that explains it are written in one transaction, so the trail can never miss a transition.
class WorkOrderStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkOrderStore)
public:
    static constexpr int SchemaVersion = 3;

    WorkOrderStore();
    ~WorkOrderStore();
    WorkOrderStore(const WorkOrderStore &) = delete;
    WorkOrderStore &operator=(const WorkOrderStore &) = delete;

    // Opens (creating if needed) and migrates the database file. False with lastError() set
    // when the file cannot be used; a database from a newer FieldConnect is refused, not
    // downgraded.
    bool open(const QString &file);
    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    QString fileName() const { return m_file; }
    int schemaVersion() const;

    // What loadAll() reads: everything, or what the work order list shows and searches
    // (metadata left empty: parsing it for 100,000 rows would double the start-up time).
    enum class Detail { Full, ListOnly };

    int count() const;
    // Every work order, or with `siteProfile` those of that site profile (and those planned
    // before work orders had one, which belong to no site in particular).
    QList<WorkOrder> loadAll(Detail detail = Detail::Full, const QString &siteProfile = {}) const;
    // Opens its own connection to `file`, reads the work orders and closes it: safe to call
    // from a worker thread while the UI thread keeps its store open (WAL lets both read).
    static QList<WorkOrder> loadAllFrom(const QString &file, Detail detail,
                                        const QString &siteProfile = {}, QString *error = nullptr);
    // One of `parts` disjoint slices of the work orders (by row id), in the same order as
    // loadAll(): readers on several cores share a large list between them.
    QList<WorkOrder> loadSlice(Detail detail, int part, int parts,
                               const QString &siteProfile = {}) const;
    // loadSlice() on its own connection, like loadAllFrom().
    static QList<WorkOrder> loadSliceFrom(const QString &file, Detail detail, int part, int parts,
                                          const QString &siteProfile = {},
                                          QString *error = nullptr);
    std::optional<WorkOrder> find(const QString &key) const;

    // Adds new work orders (all or nothing); an existing key is an error.
    bool insert(const QList<WorkOrder> &workOrders, const WorkOrderEvent &eventTemplate);
    // Adds new work orders, each with its own event, in ONE transaction. A key that already
    // exists is never overwritten: it is listed in *existing (input order) and skipped, or, with
    // allOrNothing, the whole transaction is rolled back and nothing is added. False with
    // lastError() set when the database fails (nothing is added then either).
    bool insertNew(const QList<WorkOrder> &workOrders, const QList<WorkOrderEvent> &events,
                   bool allOrNothing, QStringList *existing);
    // Writes the work order and appends the event, atomically.
    bool update(const WorkOrder &workOrder, const WorkOrderEvent &event);
    bool appendEvent(const WorkOrderEvent &event);
    QList<WorkOrderEvent> events(const QString &workOrderKey) const;

    // The last good answer Deepomatic gave about a work order's results (the JSON of GET
    // /v0.2/work-orders/{id}/?include_inputs=true), kept so the details pane still shows it
    // when the site cannot be reached.
    struct StoredResults {
        QString deepomaticId;
        QByteArray json;
        QDateTime fetched; // UTC
    };
    // Replaces the answer kept for `workOrderKey`. False with lastError() set on failure.
    bool saveResults(const QString &workOrderKey, const StoredResults &results);
    std::optional<StoredResults> storedResults(const QString &workOrderKey) const;

private:
    friend class Outbox; // shares this connection, so an outbox transition and its local effect
                         // are one transaction
    bool migrate();
    bool writeWorkOrder(const WorkOrder &wo, bool insertOnly);
    bool writeEvent(const WorkOrderEvent &event);
    bool fail(const QString &what, const QString &sqlError) const;

    QString m_connection;
    std::unique_ptr<PreparedQueries> m_prepared; // this connection's statements, kept
    QString m_file;
    mutable QString m_lastError;
};
