#pragma once

#include "workorder.h"

#include <QDialog>

class BatchCreation;
class OutboxRunner;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
struct BatchProgress;

// "Create in Deepomatic" for many work orders: a progress bar with the count, the
// rate and the time remaining; Cancel stops what has not been sent (what is on the wire
// finishes, or goes in doubt, safely); failures are listed per work order with the server's
// words. Running it again only creates what is still missing.
class BatchCreationDialog : public QDialog
{
    Q_OBJECT
public:
    BatchCreationDialog(OutboxRunner *runner, const QList<WorkOrder> &workOrders,
                        QWidget *parent = nullptr);

    BatchCreation *batch() const { return m_batch; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *failureList() const { return m_failures; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void showProgress(const BatchProgress &progress);

    BatchCreation *m_batch;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QLabel *m_rate;
    QListWidget *m_failures;
    QPushButton *m_cancel;
    bool m_done = false;
};
