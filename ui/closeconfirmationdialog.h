#pragma once

#include "closedecision.h"
#include "workorder.h"

#include <QDialog>

class QPushButton;

// "Close this intervention?" before a close that cannot be undone: what is being closed, on
// which progress, and two finger-sized answers. Cancel is the default, so a second tap or
// Return that was meant for something else closes nothing.
class CloseConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    CloseConfirmationDialog(const WorkOrder &workOrder, const CloseDecision &decision,
                            QWidget *parent = nullptr);

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};
