#include "messagelog.h"

#include <QAtomicPointer>
#include <QDir>

namespace {
QAtomicPointer<MessageLog> g_installed;
// A message logged while a message is being written (by the file itself) goes to the previous
// handler only, instead of recursing.
thread_local bool t_writing = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}
} // namespace

MessageLog::MessageLog(const QString &dataDir)
    : m_file(directory(dataDir), QStringLiteral("fieldconnect"))
{ }

QString MessageLog::directory(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs"));
}

MessageLog::~MessageLog()
{
    if (!m_installed)
        return;
    // Put back what was there, unless someone installed a handler after this one: theirs stays.
    const QtMessageHandler current = qInstallMessageHandler(m_previous);
    if (current != &MessageLog::handle)
        qInstallMessageHandler(current);
    g_installed.testAndSetOrdered(this, nullptr);
}

bool MessageLog::install(QString *error)
{
    // One process, one file: a second application object in the same process (a test's)
    // logs through the first one's.
    if (g_installed.loadAcquire()) {
        *error = QStringLiteral("another log is already installed in this process");
        return false;
    }
    if (!m_file.open(error))
        return false;
    g_installed.storeRelease(this);
    m_previous = qInstallMessageHandler(&MessageLog::handle);
    m_installed = true;
    return true;
}

QString MessageLog::formatLine(const QDateTime &time, QtMsgType type, const char *category,
                               const QString &message)
{
    QString text = message;
    // One message, one line: continuation lines are indented so they stay with their message.
    text.replace(u'\n', QStringLiteral("\n    "));
    return QStringLiteral("%1 %2 %3: %4")
        .arg(time.toUTC().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
             QLatin1String(category && *category ? category : "default"), text);
}

void MessageLog::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    MessageLog *log = g_installed.loadAcquire();
    if (log && !t_writing) {
        t_writing = true;
        log->m_file.writeLine(
            formatLine(QDateTime::currentDateTimeUtc(), type, context.category, message));
        t_writing = false;
    }
    // Qt returns its default handler when none was installed before: never null here.
    if (log && log->m_previous)
        log->m_previous(type, context, message);
}
