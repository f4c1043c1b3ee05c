#pragma once

#include "deploymentconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// The deployment settings as several layers give them, merged key by key into one
// DeploymentConfig. A key takes the value of the highest layer that sets it:
//
//   Policy  (Windows: the policy registry branch)       highest
//   System  (the machine's file, installed by IT)
//   User    (--config, or the user's own file)          lowest
//
// What a System or Policy layer sets is the organisation's and is locked (see
// DeploymentConfig::managed): a user-level value for the same key is ignored with a warning
// naming the key and both places. Each layer is checked on its own first (syntax, unknown or
// repeated sections and keys), then the merged settings are judged together, so a profile may
// take some keys from the organisation and the others from the user's file. Where the layers
// come from is DeploymentSources' business; this class reads no file.
class DeploymentLayers
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentLayers)
public:
    enum class Level { User, System, Policy };

    // An INI file's text; problems are reported as "source:line".
    void addText(Level level, const QByteArray &text, const QString &source);
    // Settings with no lines (the registry, or a QSettings): "section/key" -> value, as
    // QSettings::allKeys() names them; problems are reported at `source`.
    void addValues(Level level, const QHash<QString, QString> &values, const QString &source);

    DeploymentConfig merge() const;

private:
    struct Layer {
        Level level = Level::User;
        QList<DeploymentConfig::Section> sections;
        QList<DeploymentConfig::Setting> settings;
    };
    // Checks a layer's sections and adds it; `settings` are already free of repeated keys.
    void add(Layer layer);

    QList<Layer> m_layers;
    QStringList m_errors;
};
