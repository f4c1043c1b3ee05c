#include "processrun.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>

QProcessEnvironment ProcessRun::environment(const Options &options)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = options.set.cbegin(); it != options.set.cend(); ++it)
        env.insert(it.key(), it.value());
    for (const QString &name : options.unset)
        env.remove(name);
    return env;
}

ProcessRun ProcessRun::run(const QString &program, const QStringList &arguments,
                           const Options &options)
{
    QProcess process;
    process.setProcessEnvironment(environment(options));
    process.start(program, arguments);
    ProcessRun result;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "timed out or did not start:" << program << arguments;
        result.m_err = process.readAllStandardError();
        return result;
    }
    result.m_finished = true;
    result.m_exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.m_out = process.readAllStandardOutput();
    result.m_err = process.readAllStandardError();
    for (const QByteArray &line : result.m_out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            result.m_everyLineIsJson = false;
            continue;
        }
        result.m_jsonLines << doc.object();
    }
    return result;
}
