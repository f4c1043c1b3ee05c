#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

class QProcess;

// A fieldconnect-sandbox process started by a suite, as a real site outside the app under test.
class SandboxProcess
{
public:
    // Starts `executable` with `arguments` in `process` and reads the key=value lines it
    // prints when ready (base_url, api_url, site_id, org_slug, token, admin_token, …, faults).
    // Empty, with *why, when it did not start or said nothing within 20 s.
    static QHash<QByteArray, QByteArray> start(QProcess &process, const QString &executable,
                                               const QStringList &arguments, QString *why);
};
