#include "deploymentlayers.h"

#include "inidocument.h"

#include <QSet>

#include <algorithm>

namespace {
QString unknownSection(const QString &where, const QString &name)
{
    return DeploymentLayers::tr("%1: [%2] is not a known section ([%3], [%4], [site] or [%5<id>])")
        .arg(where, name, QLatin1String(DeploymentConfig::GeneralSection),
             QLatin1String(DeploymentConfig::KioskSection),
             QLatin1String(DeploymentConfig::ProfileSectionPrefix));
}
} // namespace

void DeploymentLayers::addText(Level level, const QByteArray &text, const QString &source)
{
    const IniDocument doc = IniDocument::parse(text);
    auto at = [&source](int line) { return QStringLiteral("%1:%2").arg(source).arg(line); };
    for (const IniDocument::SyntaxError &e : doc.syntaxErrors())
        m_errors << tr("%1: %2").arg(at(e.line), e.message);

    Layer layer;
    layer.level = level;
    // Sections in file order, each once: a repeated header would silently merge two profiles.
    QHash<QString, int> headerLine;
    for (const IniDocument::Section &s : doc.sections()) {
        if (headerLine.contains(s.name)) {
            m_errors << tr("%1: [%2] appears twice (first at line %3)")
                            .arg(at(s.line), s.name)
                            .arg(headerLine.value(s.name));
            continue;
        }
        headerLine.insert(s.name, s.line);
        layer.sections.append({s.name, at(s.line)});
    }
    // A key given twice is an error, not "last wins".
    QHash<QString, int> keyLine;
    for (const IniDocument::Entry &e : doc.entries()) {
        if (e.section.isEmpty()) {
            m_errors << tr("%1: %2: the setting is outside any section").arg(at(e.line), e.key);
            continue;
        }
        const QString full = e.section + u'/' + e.key;
        if (keyLine.contains(full)) {
            m_errors << tr("%1: [%2] %3: given twice (first at line %4)")
                            .arg(at(e.line), e.section, e.key)
                            .arg(keyLine.value(full));
            continue;
        }
        keyLine.insert(full, e.line);
        layer.settings.append({e.section, e.key, e.value, at(e.line), level != Level::User});
    }
    add(layer);
}

void DeploymentLayers::addValues(Level level, const QHash<QString, QString> &values,
                                 const QString &source)
{
    Layer layer;
    layer.level = level;
    // Sorted: a hash has no order, and the messages and the profiles' order must be stable.
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    QSet<QString> seen;
    for (const QString &full : std::as_const(keys)) {
        const qsizetype slash = full.lastIndexOf(u'/');
        if (slash <= 0) {
            m_errors << tr("%1: %2: the setting is outside any section").arg(source, full);
            continue;
        }
        const QString section = full.left(slash);
        if (!seen.contains(section)) {
            seen.insert(section);
            layer.sections.append({section, source});
        }
        layer.settings.append({section, full.mid(slash + 1), values.value(full).trimmed(), source,
                               level != Level::User});
    }
    add(layer);
}

void DeploymentLayers::add(Layer layer)
{
    for (const DeploymentConfig::Section &s : std::as_const(layer.sections)) {
        if (!DeploymentConfig::isKnownSection(s.name))
            m_errors << unknownSection(s.location, s.name);
    }
    m_layers.append(layer);
}

DeploymentConfig DeploymentLayers::merge() const
{
    // The highest layer first: its value of a key is the one kept, its sections (the
    // organisation's profiles) come first.
    QList<Layer> layers = m_layers;
    std::stable_sort(layers.begin(), layers.end(),
                     [](const Layer &a, const Layer &b) { return a.level > b.level; });
    QList<DeploymentConfig::Section> sections;
    QSet<QString> sectionSeen;
    QList<DeploymentConfig::Setting> settings;
    QHash<QString, qsizetype> kept; // "section/key" -> index in settings
    QStringList warnings;
    for (const Layer &layer : std::as_const(layers)) {
        for (const DeploymentConfig::Section &s : layer.sections) {
            if (!sectionSeen.contains(s.name)) {
                sectionSeen.insert(s.name);
                sections << s;
            }
        }
        for (const DeploymentConfig::Setting &s : layer.settings) {
            const QString full = s.section + u'/' + s.key;
            if (!kept.contains(full)) {
                kept.insert(full, settings.size());
                settings << s;
                continue;
            }
            const DeploymentConfig::Setting &winner = settings.at(kept.value(full));
            if (winner.managed && !s.managed)
                warnings << tr("%1: [%2] %3: ignored: set by your organisation (%4)")
                                .arg(s.location, s.section, s.key, winner.location);
        }
    }
    DeploymentConfig config = DeploymentConfig::fromSettings(sections, settings);
    config.errors = m_errors + config.errors;
    config.warnings = warnings + config.warnings;
    return config;
}
