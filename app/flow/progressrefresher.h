#pragma once

#include "requestpacer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class InterventionController;
class WorkOrderStore;

// The dispatcher's progress overview: verifies the progress of many work orders with the API
// (through the controller, so each value lands in the store with its audit event), at a polite,
// bounded rate (RequestPacer), cancellable. Only work orders created in Deepomatic are asked.
class ProgressRefresher : public QObject
{
    Q_OBJECT
public:
    // Two at a time, at most four started per second: a few hundred work orders refresh in a
    // minute or two without ever looking like a flood to the site.
    static constexpr RequestPacer::Limits DefaultLimits{2, 4, 1000};

    explicit ProgressRefresher(InterventionController *controller, QObject *parent = nullptr);

    // What "Refresh progress" verifies: the selected work orders when several are, otherwise
    // every one of the site profile created in Deepomatic and not closed.
    static QStringList chooseWorkOrders(const WorkOrderStore &store, const QString &siteProfile,
                                        const QStringList &selectedKeys);

    void setLimits(const RequestPacer::Limits &limits);
    RequestPacer::Limits limits() const { return m_pacer.limits(); }

    // Starts refreshing these work orders (those not created in Deepomatic are left out).
    // Returns how many will be asked; false-y 0 when none or when a run is under way.
    int start(const QStringList &keys);
    void cancel();
    bool isRunning() const { return m_total > 0; }
    int total() const { return m_total; }
    int doneCount() const { return m_done; }

signals:
    void progressed(int done, int total);
    void finished(int verified, int failed, bool cancelled);

private:
    void pump();
    void onVerificationFinished(const QString &key, bool verified);
    void finish(bool cancelled);

    InterventionController *m_controller;
    RequestPacer m_pacer{DefaultLimits};
    QTimer m_timer;
    QElapsedTimer m_clock;
    QStringList m_queue;
    QHash<QString, int> m_inFlight; // key -> the run that asked for it
    int m_run = 0;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
};
