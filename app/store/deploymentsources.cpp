#include "deploymentsources.h"

#include "deploymentlayers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
// Reads `path` into `layers` at `level`; false with *error when it cannot be read.
bool addFile(DeploymentLayers &layers, DeploymentLayers::Level level, const QString &path,
             QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            DeploymentSources::tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return false;
    }
    layers.addText(level, file.readAll(), path);
    return true;
}
} // namespace

QString DeploymentSources::userFile(const QString &configOption)
{
    if (!configOption.isEmpty())
        return configOption;
    const QString own =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(QLatin1String(FileName));
    return QFileInfo::exists(own) ? own : QString();
}

QString DeploymentSources::systemFile()
{
#ifdef Q_OS_WIN
    const QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        return {};
    const QString path =
        QDir(QDir::fromNativeSeparators(programData)).filePath(QLatin1String(FileName));
    return QFileInfo::exists(path) ? path : QString();
#else
    // The first location is the user's own (XDG_CONFIG_HOME); the others are XDG_CONFIG_DIRS,
    // most important first.
    const QString own = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    for (const QString &dir :
         QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
        if (dir == own)
            continue;
        const QString path = QDir(dir).filePath(QLatin1String(FileName));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
#endif
}

QHash<QString, QString> DeploymentSources::values(QSettings &settings)
{
    QHash<QString, QString> result;
    for (const QString &key : settings.allKeys())
        result.insert(key, settings.value(key).toString());
    return result;
}

DeploymentConfig DeploymentSources::read(const QString &configOption)
{
    DeploymentLayers layers;
    QString error;
    const QString user = userFile(configOption);
    const QString system = systemFile();
    // A machine file given again with --config is still the organisation's, not the user's.
    const bool sameFile =
        !user.isEmpty() && !system.isEmpty()
        && QFileInfo(user).canonicalFilePath() == QFileInfo(system).canonicalFilePath();
    if ((!user.isEmpty() && !sameFile
         && !addFile(layers, DeploymentLayers::Level::User, user, &error))
        || (!system.isEmpty()
            && !addFile(layers, DeploymentLayers::Level::System, system, &error))) {
        DeploymentConfig failed;
        failed.errors << error;
        return failed;
    }
#ifdef Q_OS_WIN
    QSettings policy(QLatin1String(PolicyKey), QSettings::NativeFormat);
    const QHash<QString, QString> policyValues = values(policy);
    if (!policyValues.isEmpty())
        layers.addValues(DeploymentLayers::Level::Policy, policyValues,
                         QStringLiteral("HKLM\\Software\\Policies\\FieldConnect"));
#endif
    return layers.merge();
}
