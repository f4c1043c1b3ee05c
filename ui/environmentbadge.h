#pragma once

#include "siteprofile.h"

#include <QLabel>

// Which site the window works on, impossible to miss: an orange "TESTING — name" band for a
// testing site, a purple "SANDBOX — name" for the emulated one, and the plain name for
// production. Shown in the main window and above the Deepomatic page.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setSite(const SiteProfile &site);
    SiteProfile::Environment environment() const { return m_environment; }

    static QString textFor(const SiteProfile &site);
    // Background colour, or an invalid colour for production (the palette's own).
    static QColor colourFor(SiteProfile::Environment environment);

private:
    SiteProfile::Environment m_environment = SiteProfile::Environment::Testing;
};
