#include "workorderlistloader.h"

#include "workorderstore.h"

#include <QThread>
#include <QtConcurrent>

#include <algorithm>

namespace {
// loadAll()'s ORDER BY planned_date, key: an invalid date (NULL) first, like SQLite's NULL.
bool before(const WorkOrder &a, const WorkOrder &b)
{
    if (a.plannedDate != b.plannedDate)
        return a.plannedDate < b.plannedDate;
    return a.key < b.key;
}
} // namespace

QFuture<WorkOrderRows> WorkOrderListLoader::load(const QString &databaseFile,
                                                 const QString &siteProfile, int readers)
{
    const int parts =
        std::clamp(readers > 0 ? readers : QThread::idealThreadCount(), 1, int(MaxReaders));
    if (parts == 1)
        return QtConcurrent::run(&WorkOrderListLoader::readSlice, databaseFile, siteProfile, 0, 1);
    QList<QFuture<WorkOrderRows>> slices;
    for (int part = 0; part < parts; ++part)
        slices << QtConcurrent::run(&WorkOrderListLoader::readSlice, databaseFile, siteProfile,
                                    part, parts);
    return QtFuture::whenAll(slices.begin(), slices.end())
        .then([](const QList<QFuture<WorkOrderRows>> &done) {
            QList<WorkOrderRows> results;
            results.reserve(done.size());
            for (const QFuture<WorkOrderRows> &f : done)
                results << f.result();
            return merge(std::move(results));
        });
}

WorkOrderRows WorkOrderListLoader::readSlice(const QString &databaseFile,
                                             const QString &siteProfile, int part, int parts)
{
    WorkOrderRows rows;
    rows.workOrders = WorkOrderStore::loadSliceFrom(databaseFile, WorkOrderStore::Detail::ListOnly,
                                                    part, parts, siteProfile);
    rows.searchTexts.reserve(rows.workOrders.size());
    for (const WorkOrder &wo : std::as_const(rows.workOrders))
        rows.searchTexts << wo.searchText().toUtf8();
    return rows;
}

WorkOrderRows WorkOrderListLoader::merge(QList<WorkOrderRows> slices)
{
    // Each slice is in the store's order: a k-way merge of sorted runs, k at most MaxReaders.
    WorkOrderRows all;
    qsizetype total = 0;
    for (const WorkOrderRows &s : std::as_const(slices))
        total += s.workOrders.size();
    all.workOrders.reserve(total);
    all.searchTexts.reserve(total);
    QList<qsizetype> next(slices.size(), 0);
    for (qsizetype n = 0; n < total; ++n) {
        int pick = -1;
        for (int i = 0; i < slices.size(); ++i) {
            if (next.at(i) >= slices.at(i).workOrders.size())
                continue;
            if (pick < 0
                || before(slices.at(i).workOrders.at(next.at(i)),
                          slices.at(pick).workOrders.at(next.at(pick))))
                pick = i;
        }
        WorkOrderRows &from = slices[pick];
        const qsizetype at = next[pick]++;
        all.workOrders << std::move(from.workOrders[at]);
        all.searchTexts << std::move(from.searchTexts[at]);
    }
    return all;
}
