#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of a program to its end, as a script or a support person meets it: its exit code,
// what it printed, and the JSON objects of its standard output (one per line, as FieldConnect's
// headless commands print them).
class ProcessRun
{
public:
    struct Options {
        QHash<QString, QString> set; // environment variables set for this run
        QStringList unset; // and removed
        int timeoutMs = 60000;
    };

    // Starts `program` with the system environment changed by `options` and waits for it;
    // killed (and finished() false) when it outlives the timeout.
    static ProcessRun run(const QString &program, const QStringList &arguments,
                          const Options &options);
    static ProcessRun run(const QString &program, const QStringList &arguments)
    {
        return run(program, arguments, Options());
    }
    // The environment that run() gives the program.
    static QProcessEnvironment environment(const Options &options);

    bool finished() const { return m_finished; }
    // -1 when it crashed or was killed.
    int exitCode() const { return m_exitCode; }
    const QByteArray &out() const { return m_out; }
    const QByteArray &err() const { return m_err; }
    const QList<QJsonObject> &jsonLines() const { return m_jsonLines; }
    // Every non-empty line of standard output was a JSON object.
    bool everyLineIsJson() const { return m_everyLineIsJson; }

private:
    bool m_finished = false;
    int m_exitCode = -1;
    QByteArray m_out;
    QByteArray m_err;
    QList<QJsonObject> m_jsonLines;
    bool m_everyLineIsJson = true;
};
