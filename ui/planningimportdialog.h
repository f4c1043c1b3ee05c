#pragma once

#include "planningfile.h"
#include "planningimport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

// Shows a judged planning file before anything is written: how many rows are good, every
// problem line by line, and the choice between all or nothing and only the good rows.
class PlanningImportDialog : public QDialog
{
    Q_OBJECT
public:
    PlanningImportDialog(const QString &fileName, const PlanningFile::Parsed &parsed,
                         QWidget *parent = nullptr);

    PlanningImport::Mode mode() const;
    void setMode(PlanningImport::Mode mode);

    QTreeWidget *problemList() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QRadioButton *allOrNothingButton() const { return m_allOrNothing; }
    QRadioButton *goodRowsButton() const { return m_goodRows; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void updateImportButton();

    PlanningFile::Parsed m_parsed;
    QLabel *m_summary;
    QTreeWidget *m_problems;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_goodRows;
    QLabel *m_modeNote;
    QPushButton *m_import;
};
