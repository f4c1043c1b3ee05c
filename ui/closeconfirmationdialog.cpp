#include "closeconfirmationdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

CloseConfirmationDialog::CloseConfirmationDialog(const WorkOrder &workOrder,
                                                 const CloseDecision &decision, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeConfirmation"));
    setWindowTitle(tr("Close intervention"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Close the intervention for %1?").arg(workOrder.name), this);
    question->setObjectName(QStringLiteral("closeQuestion"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    QFont bigger = question->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    question->setFont(bigger);
    layout->addWidget(question);

    const ProgressReading &progress = workOrder.lastProgress;
    QString facts;
    if (progress.isValid())
        facts = (progress.verified ? tr("Progress %1 %, verified with Deepomatic on %2.")
                                   : tr("Progress %1 %, not verified with Deepomatic (%2)."))
                    .arg(progress.value)
                    .arg(QLocale().toString(progress.time.toLocalTime(), QLocale::ShortFormat));
    if (decision.unverified)
        facts += u' ' + tr("The closure will be recorded as unverified.");
    facts += u' ' + tr("A closed intervention cannot be reopened here.");
    auto *details = new QLabel(facts.trimmed(), this);
    details->setObjectName(QStringLiteral("closeFacts"));
    details->setWordWrap(true);
    details->setTextFormat(Qt::PlainText);
    layout->addWidget(details);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCloseButton"));
    m_confirm = new QPushButton(tr("Close intervention"), this);
    m_confirm->setObjectName(QStringLiteral("confirmCloseButton"));
    for (QPushButton *b : {m_cancel, m_confirm}) {
        b->setMinimumSize(160, 56);
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    // Apart, so that the finger that aims for one does not land on the other.
    buttons->insertSpacing(1, 32);
    m_cancel->setDefault(true);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    setMinimumWidth(440);
}
