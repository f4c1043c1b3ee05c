#pragma once

#include "rotatinglogfile.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// Every message the process logs (qDebug … qCritical, in any category the logging rules
// enable) also goes to the data directory's rotating log, <data dir>/logs/fieldconnect.log,
// one line each: UTC time, level, category, text. Support reads it after the fact; the
// messages still reach standard error as before. One is installed at a time, by the
// application object, and uninstalled when it goes.
class MessageLog
{
public:
    explicit MessageLog(const QString &dataDir);
    ~MessageLog();
    MessageLog(const MessageLog &) = delete;
    MessageLog &operator=(const MessageLog &) = delete;

    // Opens the file and installs the message handler; false with *error (nothing installed).
    bool install(QString *error);
    QString filePath() const { return m_file.filePath(); }
    // <data dir>/logs: where the files are, for Help ▸ Open log folder and the diagnostics.
    static QString directory(const QString &dataDir);

    // One line of the file, e.g. "2026-05-04T08:15:02.311Z warning fieldconnect.api: …".
    static QString formatLine(const QDateTime &time, QtMsgType type, const char *category,
                              const QString &message);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    RotatingLogFile m_file;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};
