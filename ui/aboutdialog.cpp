#include "aboutdialog.h"

#include "appearance.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const Facts &facts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About FieldConnect"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("FieldConnect %1").arg(facts.versions.application), this);
    Appearance::setTextRole(title, Appearance::TextRole::Heading);
    layout->addWidget(title);
    layout->addWidget(new QLabel(
        tr("Photo-verified interventions with Deepomatic's Work Order Connector."), this));

    auto *form = new QFormLayout;
    const SoftwareVersions &v = facts.versions;
    addRow(form, tr("Version:"), QStringLiteral("application"), v.application);
    addRow(form, tr("Build:"), QStringLiteral("build"), v.build);
    addRow(form, tr("Qt (running):"), QStringLiteral("qtRuntime"), v.qtRuntime);
    addRow(form, tr("Qt (built with):"), QStringLiteral("qtBuild"), v.qtBuild);
    addRow(form, tr("Chromium (Qt WebEngine):"), QStringLiteral("chromium"), v.chromium);
    addRow(form, tr("System:"), QStringLiteral("operatingSystem"),
           QStringLiteral("%1 (%2, %3)").arg(v.operatingSystem, v.kernel, v.architecture));
    addRow(form, tr("Data folder:"), QStringLiteral("dataDir"),
           QDir::toNativeSeparators(facts.dataDir));
    addRow(form, tr("Log folder:"), QStringLiteral("logDir"),
           QDir::toNativeSeparators(facts.logDir));
    addRow(form, tr("Site profile in use:"), QStringLiteral("activeProfile"), facts.activeProfile);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AboutDialog::addRow(QFormLayout *form, const QString &label, const QString &name,
                         const QString &value)
{
    auto *field = new QLabel(value, this);
    field->setObjectName(name);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    form->addRow(label, field);
}

QString AboutDialog::value(const QString &name) const
{
    const auto *field = findChild<QLabel *>(name);
    return field ? field->text() : QString();
}
