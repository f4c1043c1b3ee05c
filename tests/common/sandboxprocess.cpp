#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QProcess>

QHash<QByteArray, QByteArray> SandboxProcess::start(QProcess &process, const QString &executable,
                                                    const QStringList &arguments, QString *why)
{
    QHash<QByteArray, QByteArray> facts;
    process.start(executable, arguments);
    if (!process.waitForStarted()) {
        *why = process.errorString();
        return facts;
    }
    // "faults=" is the last of the lines printed once it listens.
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("faults=") && clock.elapsed() < 20000) {
        if (!process.waitForReadyRead(1000) && process.state() == QProcess::NotRunning)
            break;
        out += process.readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        const int equals = line.indexOf('=');
        if (equals > 0)
            facts.insert(line.left(equals), line.mid(equals + 1).trimmed());
    }
    if (!facts.contains("base_url") || !facts.contains("faults")) {
        *why = QString::fromUtf8(out + process.readAllStandardError());
        facts.clear();
    }
    return facts;
}
