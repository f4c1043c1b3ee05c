#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcConnectivity)

// Whether the site can be reached now: the one state the offline banner, the status bar, the
// panes and the outbox all read. Two witnesses: the system, through QNetworkInformation's
// reachability where a backend loads (glib on Debian 12; the default networkmanager one needs a
// system bus), and the requests themselves: a request that cannot reach its server at all, or
// a check the site leaves unanswered past its budget, means offline until one gets through
// again. The system is only trusted when it says "disconnected": "online" does not mean the
// site answers.
class Connectivity : public QObject
{
    Q_OBJECT
public:
    explicit Connectivity(QObject *parent = nullptr);

    // Loads a reachability backend, if this platform has one. False when none could be loaded:
    // request failures alone then decide.
    bool useSystemBackend();
    QString backendName() const { return m_backend; }

    bool isOnline() const { return !m_systemOffline && !m_requestsFailing; }
    bool systemSaysOffline() const { return m_systemOffline; }

public slots:
    // What a finished request saw: false when its server could not be reached at all.
    void observe(bool reachable);
    // For tests and for a backend-less platform's own signal.
    void setSystemOffline(bool offline);

signals:
    void onlineChanged(bool online);

private:
    void update(bool wasOnline);

    QString m_backend;
    bool m_systemOffline = false;
    bool m_requestsFailing = false;
};
