#pragma once

#include "softwareversions.h"

#include <QDialog>

class QFormLayout;

// Help ▸ About FieldConnect: the version and build, the Qt it runs with and was built with,
// Chromium's version, where the data and the logs are, and the site profile in use, each
// selectable so a technician can read or copy it to support.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Facts {
        SoftwareVersions versions;
        QString dataDir;
        QString logDir;
        QString activeProfile;
    };

    explicit AboutDialog(const Facts &facts, QWidget *parent = nullptr);

    // The value shown for a row, by its object name ("qtRuntime", "chromium", …).
    QString value(const QString &name) const;

private:
    void addRow(QFormLayout *form, const QString &label, const QString &name, const QString &value);
};
