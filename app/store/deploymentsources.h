#pragma once

#include "deploymentconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QSettings;

// Where the deployment settings come from, in DeploymentLayers' order:
//
//   user     --config FILE, else FieldConnect/fieldconnect.ini in the user's configuration
//            directory (XDG_CONFIG_HOME: ~/.config on Linux; %LOCALAPPDATA% on Windows)
//   system   the same name in the machine's configuration directory: the first of
//            XDG_CONFIG_DIRS that holds it (/etc/xdg on Linux), %ProgramData% on Windows
//   policy   Windows only: HKEY_LOCAL_MACHINE\Software\Policies\FieldConnect, one subkey per
//            section, one value per key. Read explicitly: QSettings' fallbacks never look there.
//
// Each file is read as text, so that every problem names its line.
class DeploymentSources
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentSources)
public:
    static constexpr const char *FileName = "FieldConnect/fieldconnect.ini";
    static constexpr const char *PolicyKey = "HKEY_LOCAL_MACHINE\\Software\\Policies\\FieldConnect";

    // The user-level file: `configOption` when given, else the user's own one if it exists.
    static QString userFile(const QString &configOption);
    // The machine's file, if there is one.
    static QString systemFile();
    // Every key of `settings` (a registry branch, or an INI file in the tests) as
    // "section/key" -> text, as DeploymentLayers::addValues() takes them.
    static QHash<QString, QString> values(QSettings &settings);

    // Everything this machine and user have, merged. A file that cannot be read is an error
    // naming it, like a bad value.
    static DeploymentConfig read(const QString &configOption);
};
