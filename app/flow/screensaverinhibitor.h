#pragma once

#include <QObject>
#include <QString>

// Keeps the screen saver and the screen's power saving off while a technician works on a page
// that may sit still for minutes (the Deepomatic page: framing a photo, waiting for an upload),
// as QField does while a web page is open. On Linux over the session bus,
// org.freedesktop.ScreenSaver Inhibit / UnInhibit (GNOME, KDE, Xfce and most others serve it);
// on Windows the thread's execution state. Where neither is there, it says so once in the log
// (fieldconnect.screensaver) and does nothing: the screen then dims as the system decides.
//
// The D-Bus calls are asynchronous: a slow or absent service never holds up the window.
class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT
public:
    // `busAddress`: a D-Bus address to use instead of the session bus (empty: the session bus,
    // as DBUS_SESSION_BUS_ADDRESS names it). Ignored on Windows.
    explicit ScreenSaverInhibitor(const QString &busAddress = QString(), QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override; // releases what it holds

    // Asks for the screen to stay on, `reason` in words for the system's own dialogs (a log-out
    // that lists what inhibits it). Again while asked: nothing.
    void inhibit(const QString &reason);
    // The screen may sleep again.
    void release();

    // The system granted the inhibition and it is held.
    bool isActive() const { return m_held; }
    // The D-Bus service's cookie for it (0: none).
    quint32 cookie() const { return m_cookie; }

signals:
    void activated(); // the system granted an inhibit()
    void unavailable(const QString &why); // nothing to ask: no bus, no service, an error

private:
    void callInhibit(int pathIndex);
    void callUnInhibit();
    void fail(const QString &why);

    QString m_busName; // of a private connection to `busAddress`; empty: the session bus
    QString m_reason;
    QString m_path; // the object that granted the cookie
    bool m_wanted = false; // inhibit() and no release() since
    bool m_pending = false; // an Inhibit call is under way
    bool m_held = false;
    quint32 m_cookie = 0;
    bool m_logged = false; // "unavailable" said once per run
};
