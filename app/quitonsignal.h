#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP into a normal end of the event loop (exit code 128 + the
// signal's number), so that a system shutdown or `kill` still closes the pages before their web
// profile (cookies flushed: the Deepomatic sign-in survives) and is not mistaken for a crash.
// A signal handler may only do async-signal-safe work: it writes one byte to a socket pair that
// the event loop watches. On platforms without these signals it does nothing.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

signals:
    void received(int signal);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
};
