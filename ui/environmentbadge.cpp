#include "environmentbadge.h"

#include <QColor>

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBadge"));
    setTextFormat(Qt::PlainText);
    setMargin(6);
    setAlignment(Qt::AlignCenter);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

QString EnvironmentBadge::textFor(const SiteProfile &site)
{
    switch (site.environment) {
    case SiteProfile::Environment::Testing:
        return tr("TESTING — %1").arg(site.displayName);
    case SiteProfile::Environment::Sandbox:
        return tr("SANDBOX — %1").arg(site.displayName);
    case SiteProfile::Environment::Production:
        break;
    }
    return site.displayName;
}

QColor EnvironmentBadge::colourFor(SiteProfile::Environment environment)
{
    switch (environment) {
    case SiteProfile::Environment::Testing:
        return QColor(0xa8, 0x4a, 0x00); // orange, dark enough for white text (5.7:1)
    case SiteProfile::Environment::Sandbox:
        return QColor(0x6a, 0x3d, 0x9a); // purple
    case SiteProfile::Environment::Production:
        break;
    }
    return {};
}

void EnvironmentBadge::setSite(const SiteProfile &site)
{
    m_environment = site.environment;
    setText(textFor(site));
    setToolTip(site.studioUrl.toDisplayString());
    const QColor colour = colourFor(site.environment);
    // White on a strong colour reads in sunlight; production keeps the window's own look.
    setStyleSheet(colour.isValid() ? QStringLiteral("background:%1;color:white;").arg(colour.name())
                                   : QString());
}
