#include "quitonsignal.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcSignals, "fieldconnect.signals")

namespace {
#ifdef Q_OS_UNIX
int s_pipe[2] = {-1, -1};

void handler(int signal)
{
    const char byte = char(signal);
    // Nothing else is safe here; a full pipe only means a quit is already on its way.
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[0], &byte, 1);
}

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
#endif
} // namespace

QuitOnSignal::QuitOnSignal(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (s_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0) {
        qCWarning(lcSignals) << "cannot watch termination signals";
        return;
    }
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::onActivated);
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
#endif
}

QuitOnSignal::~QuitOnSignal()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
#endif
}

void QuitOnSignal::onActivated()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(s_pipe[1], &byte, 1) != 1)
        return;
    qCInfo(lcSignals) << "signal" << int(byte) << "received: closing down normally";
    emit received(int(byte));
    QCoreApplication::exit(128 + int(byte)); // the shell's convention for "ended by a signal"
#endif
}
