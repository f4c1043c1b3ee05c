#include "batchcreationdialog.h"

#include "batchcreation.h"
#include "batchprogress.h"
#include "outboxrunner.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BatchCreationDialog::BatchCreationDialog(OutboxRunner *runner, const QList<WorkOrder> &workOrders,
                                         QWidget *parent)
    : QDialog(parent)
    , m_batch(new BatchCreation(runner, this))
{
    setWindowTitle(tr("Create in Deepomatic"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("batchProgress"));
    m_bar->setMinimumHeight(32);
    m_bar->setAccessibleName(tr("Creation progress"));
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("batchRate"));
    m_failures = new QListWidget(this);
    m_failures->setObjectName(QStringLiteral("batchFailures"));
    m_failures->setWordWrap(true);
    m_failures->setAccessibleName(tr("Work orders not created"));
    m_failures->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_cancel->setMinimumHeight(48);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_rate);
    layout->addWidget(m_failures, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_done) {
            accept();
            return;
        }
        m_cancel->setEnabled(false);
        m_batch->cancel();
    });
    connect(m_batch, &BatchCreation::progressed, this, &BatchCreationDialog::showProgress);
    connect(m_batch, &BatchCreation::workOrderSettled, this,
            [this](const QString &key, OutboxEntry::State state, const QString &message) {
                if (state != OutboxEntry::State::Failed && state != OutboxEntry::State::InDoubt)
                    return;
                const QString text = state == OutboxEntry::State::InDoubt
                                         ? tr("%1: in doubt — %2").arg(key, message)
                                         : tr("%1: %2").arg(key, message);
                auto *item = new QListWidgetItem(text, m_failures);
                item->setData(Qt::UserRole, key);
                m_failures->show();
            });
    connect(m_batch, &BatchCreation::finished, this, [this](const BatchProgress &progress) {
        m_done = true;
        showProgress(progress);
        m_cancel->setText(tr("Close"));
        m_cancel->setEnabled(true);
    });
    m_batch->start(workOrders);
    if (m_batch->alreadyCreated() > 0)
        setToolTip(tr("%n work order(s) already exist in Deepomatic and are left as they are.",
                      nullptr, m_batch->alreadyCreated()));
}

void BatchCreationDialog::showProgress(const BatchProgress &p)
{
    m_bar->setRange(0, qMax(1, p.total));
    m_bar->setValue(p.finished());
    QString summary = tr("%1 of %2 created").arg(p.created).arg(p.total);
    if (p.failed > 0)
        summary += tr(", %n failed", nullptr, p.failed);
    if (p.inDoubt > 0)
        summary += tr(", %n in doubt", nullptr, p.inDoubt);
    if (p.cancelled > 0)
        summary += tr(", %n cancelled", nullptr, p.cancelled);
    if (m_batch->alreadyCreated() > 0)
        summary += tr(" (%n already in Deepomatic)", nullptr, m_batch->alreadyCreated());
    m_summary->setText(summary + u'.');
    const qint64 remaining = p.remainingMs();
    const QString eta = p.isComplete()  ? tr("done")
                        : remaining < 0 ? tr("estimating…")
                                        : tr("about %1 s left").arg((remaining + 999) / 1000);
    m_rate->setText(
        tr("%1 per second, %2").arg(QLocale().toString(p.ratePerSecond(), 'f', 1), eta));
}
