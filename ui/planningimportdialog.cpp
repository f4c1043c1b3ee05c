#include "planningimportdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

PlanningImportDialog::PlanningImportDialog(const QString &fileName,
                                           const PlanningFile::Parsed &parsed, QWidget *parent)
    : QDialog(parent)
    , m_parsed(parsed)
{
    setWindowTitle(tr("Import planning: %1").arg(QFileInfo(fileName).fileName()));
    setObjectName(QStringLiteral("planningImportDialog"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    if (!parsed.isReadable())
        m_summary->setText(tr("This file cannot be imported:"));
    else if (parsed.ok())
        m_summary->setText(tr("%n work order(s) read, all good.", nullptr, parsed.rowCount));
    else
        m_summary->setText(tr("%1 work order(s) read: %2 good, %3 with problems (listed below "
                              "with their line).")
                               .arg(parsed.rowCount)
                               .arg(parsed.rows.size())
                               .arg(parsed.badRowCount));
    layout->addWidget(m_summary);

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems in the planning file"));
    m_problems->setHeaderLabels({tr("Line"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->setUniformRowHeights(false);
    m_problems->header()->setStretchLastSection(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const QList<PlanningFile::Issue> issues = parsed.allIssues();
    for (const PlanningFile::Issue &issue : issues) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, issue.line > 0 ? QString::number(issue.line) : QStringLiteral("—"));
        item->setData(0, Qt::UserRole, issue.line);
        item->setText(1, issue.message);
        item->setToolTip(1, issue.message);
    }
    m_problems->setVisible(!issues.isEmpty());
    layout->addWidget(m_problems, 1);

    m_allOrNothing = new QRadioButton(tr("All or nothing: import only if every row is good"), this);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_goodRows = new QRadioButton(tr("Import the good rows, skip the others"), this);
    m_goodRows->setObjectName(QStringLiteral("goodRowsOnly"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_allOrNothing);
    modes->addButton(m_goodRows);
    for (QRadioButton *b : {m_allOrNothing, m_goodRows}) {
        b->setMinimumHeight(48);
        b->setEnabled(parsed.isReadable());
        layout->addWidget(b);
    }
    m_modeNote = new QLabel(this);
    m_modeNote->setObjectName(QStringLiteral("importModeNote"));
    m_modeNote->setWordWrap(true);
    layout->addWidget(m_modeNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(48);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(modes, &QButtonGroup::buttonToggled, this, &PlanningImportDialog::updateImportButton);

    // The safe choice first; a file with problems suggests importing what is good.
    setMode(parsed.ok() ? PlanningImport::Mode::AllOrNothing : PlanningImport::Mode::GoodRowsOnly);
    updateImportButton();
    resize(760, 480);
}

PlanningImport::Mode PlanningImportDialog::mode() const
{
    return m_allOrNothing->isChecked() ? PlanningImport::Mode::AllOrNothing
                                       : PlanningImport::Mode::GoodRowsOnly;
}

void PlanningImportDialog::setMode(PlanningImport::Mode mode)
{
    (mode == PlanningImport::Mode::AllOrNothing ? m_allOrNothing : m_goodRows)->setChecked(true);
}

void PlanningImportDialog::updateImportButton()
{
    QString note;
    bool canImport = m_parsed.isReadable() && !m_parsed.rows.isEmpty();
    if (!m_parsed.isReadable()) {
        note = tr("Correct the file and import it again.");
    } else if (m_parsed.rows.isEmpty()) {
        note = tr("No row is good: correct the file and import it again.");
    } else if (mode() == PlanningImport::Mode::AllOrNothing && !m_parsed.ok()) {
        canImport = false;
        note = tr("Some rows have problems: with all or nothing, nothing would be imported.");
    } else if (mode() == PlanningImport::Mode::GoodRowsOnly && !m_parsed.ok()) {
        note = tr("%n work order(s) will be imported; the rows listed above are skipped.", nullptr,
                  int(m_parsed.rows.size()));
    } else {
        note = tr("%n work order(s) will be imported.", nullptr, int(m_parsed.rows.size()));
    }
    m_import->setEnabled(canImport);
    m_modeNote->setText(note);
}
