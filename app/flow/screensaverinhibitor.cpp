#include "screensaverinhibitor.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef Q_OS_WIN
#include <windows.h>
#elif defined(FIELDCONNECT_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

Q_LOGGING_CATEGORY(lcScreenSaver, "fieldconnect.screensaver")

#if !defined(Q_OS_WIN) && defined(FIELDCONNECT_HAVE_DBUS)
namespace {
const QString Service = QStringLiteral("org.freedesktop.ScreenSaver");
// The specification's path first; older KDE and some others serve only the short one.
const char *const Paths[] = {"/org/freedesktop/ScreenSaver", "/ScreenSaver"};
constexpr int PathCount = int(sizeof(Paths) / sizeof(Paths[0]));
constexpr int CallTimeoutMs = 5000;

QDBusConnection connectionNamed(const QString &name)
{
    return name.isEmpty() ? QDBusConnection::sessionBus() : QDBusConnection(name);
}
} // namespace
#endif

ScreenSaverInhibitor::ScreenSaverInhibitor(const QString &busAddress, QObject *parent)
    : QObject(parent)
{
#if !defined(Q_OS_WIN) && defined(FIELDCONNECT_HAVE_DBUS)
    if (!busAddress.isEmpty()) {
        m_busName = QStringLiteral("fieldconnect-screensaver-%1").arg(quintptr(this), 0, 16);
        QDBusConnection::connectToBus(busAddress, m_busName);
    }
#else
    Q_UNUSED(busAddress);
#endif
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
#if !defined(Q_OS_WIN) && defined(FIELDCONNECT_HAVE_DBUS)
    if (!m_busName.isEmpty())
        QDBusConnection::disconnectFromBus(m_busName);
#endif
}

void ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_reason = reason;
#ifdef Q_OS_WIN
    // Held for this thread (the GUI thread) until it is set back to ES_CONTINUOUS alone.
    if (SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED) == 0) {
        fail(QStringLiteral("SetThreadExecutionState failed"));
        return;
    }
    m_held = true;
    emit activated();
#elif defined(FIELDCONNECT_HAVE_DBUS)
    // A call still under way (a quick close and reopen) serves this request too.
    if (!m_pending && !m_held)
        callInhibit(0);
#else
    fail(QStringLiteral("this build has no D-Bus"));
#endif
}

void ScreenSaverInhibitor::release()
{
    if (!m_wanted)
        return;
    m_wanted = false;
#ifdef Q_OS_WIN
    if (m_held)
        SetThreadExecutionState(ES_CONTINUOUS);
    m_held = false;
#else
    // A pending Inhibit is released when its cookie arrives.
    if (m_held)
        callUnInhibit();
#endif
}

void ScreenSaverInhibitor::fail(const QString &why)
{
    if (!m_logged) {
        m_logged = true;
        qCWarning(lcScreenSaver).noquote()
            << "the screen saver cannot be held off; the screen may dim during an intervention:"
            << why;
    }
    emit unavailable(why);
}

void ScreenSaverInhibitor::callInhibit(int pathIndex)
{
#if !defined(Q_OS_WIN) && defined(FIELDCONNECT_HAVE_DBUS)
    QDBusConnection bus = connectionNamed(m_busName);
    if (!bus.isConnected()) {
        fail(QStringLiteral("no session bus (%1)").arg(bus.lastError().message()));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, QLatin1String(Paths[pathIndex]),
                                                       Service, QStringLiteral("Inhibit"));
    // The product's name, whatever the process is called: desktops show it as who holds the screen.
    call << QStringLiteral("FieldConnect") << m_reason;
    m_pending = true;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, pathIndex] {
        watcher->deleteLater();
        m_pending = false;
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            const QDBusError::ErrorType type = reply.error().type();
            const bool noSuchObject = type == QDBusError::UnknownObject
                                      || type == QDBusError::UnknownMethod
                                      || type == QDBusError::UnknownInterface;
            if (noSuchObject && pathIndex + 1 < PathCount && m_wanted) {
                callInhibit(pathIndex + 1);
                return;
            }
            fail(QStringLiteral("%1: %2").arg(reply.error().name(), reply.error().message()));
            return;
        }
        m_cookie = reply.value();
        m_path = QLatin1String(Paths[pathIndex]);
        m_held = true;
        if (!m_wanted) { // released while the call was under way
            callUnInhibit();
            return;
        }
        emit activated();
    });
#else
    Q_UNUSED(pathIndex);
#endif
}

void ScreenSaverInhibitor::callUnInhibit()
{
#if !defined(Q_OS_WIN) && defined(FIELDCONNECT_HAVE_DBUS)
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, m_path, Service, QStringLiteral("UnInhibit"));
    call << m_cookie;
    // No answer awaited: the service also forgets a cookie when its holder leaves the bus.
    connectionNamed(m_busName).send(call);
#endif
    m_held = false;
    m_cookie = 0;
}
