#include "outboxdialog.h"

#include "outbox.h"
#include "outboxrunner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { WorkOrderColumn, RequestColumn, StateColumn, AttemptsColumn, ErrorColumn, Columns };

bool isUnresolved(const OutboxEntry &e)
{
    return e.state == OutboxEntry::State::Failed || e.state == OutboxEntry::State::InDoubt;
}
} // namespace

OutboxDialog::OutboxDialog(OutboxRunner *runner, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
{
    setWindowTitle(tr("Outbox"));
    setObjectName(QStringLiteral("outboxDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Requests in the outbox"));
    m_table->setHorizontalHeaderLabels(
        {tr("Work order"), tr("Request"), tr("State"), tr("Attempts"), tr("Last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("Retry…"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("outboxRetryButton"));
    m_discard = buttons->addButton(tr("Discard…"), QDialogButtonBox::ActionRole);
    m_discard->setObjectName(QStringLiteral("outboxDiscardButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    // The runner works on while the dialog is open: what it settles shows up here.
    connect(m_runner, &OutboxRunner::countsChanged, this, &OutboxDialog::reload);
    connect(m_runner, &OutboxRunner::entrySettled, this, &OutboxDialog::reload);

    resize(760, 420);
    reload();
}

void OutboxDialog::reload()
{
    const std::optional<OutboxEntry> keep = selected();
    m_entries = m_runner->outbox()->unfinished();
    m_table->setRowCount(int(m_entries.size()));
    int unresolved = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const OutboxEntry &e = m_entries.at(row);
        unresolved += isUnresolved(e) ? 1 : 0;
        QString state = OutboxEntry::stateDisplayName(e.state);
        if (e.state == OutboxEntry::State::Pending && e.nextAttempt.isValid()
            && e.nextAttempt > QDateTime::currentDateTimeUtc())
            state = tr("%1, next attempt at %2")
                        .arg(state, QLocale().toString(e.nextAttempt.toLocalTime().time(),
                                                       QLocale::ShortFormat));
        const QStringList cells{e.workOrderKey, OutboxEntry::kindDisplayName(e.kind), state,
                                QLocale().toString(e.attempts),
                                e.lastError.isEmpty() ? tr("none") : e.lastError};
        for (int column = 0; column < Columns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            m_table->setItem(row, column, item);
        }
        if (keep && keep->id == e.id)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    QString summary = m_entries.isEmpty()
                          ? tr("Nothing is waiting: every request reached Deepomatic.")
                          : tr("Requests not done yet: %n.", nullptr, int(m_entries.size()));
    if (unresolved > 0)
        summary +=
            u' '
            + tr("Waiting for you: %n (select one, then Retry or Discard).", nullptr, unresolved);
    m_summary->setText(summary);
    updateButtons();
}

std::optional<OutboxEntry> OutboxDialog::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return std::nullopt;
    const int row = ranges.first().topRow();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

void OutboxDialog::updateButtons()
{
    const std::optional<OutboxEntry> e = selected();
    const bool unresolved = e && isUnresolved(*e);
    m_retry->setEnabled(unresolved);
    m_discard->setEnabled(unresolved);
}

bool OutboxDialog::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

void OutboxDialog::retrySelected()
{
    const std::optional<OutboxEntry> e = selected();
    if (!e || !isUnresolved(*e))
        return;
    QString text;
    if (e->kind == OutboxEntry::Kind::CreateWorkOrder && e->state == OutboxEntry::State::InDoubt)
        text = tr("The first creation of %1 may have reached Deepomatic. Sending it again can make "
                  "a second work order with the same name. Send it again?")
                   .arg(e->workOrderKey);
    else
        text = tr("Send \"%1\" for %2 again, as it is?")
                   .arg(OutboxEntry::kindDisplayName(e->kind), e->workOrderKey);
    if (!confirm(tr("Retry"), text))
        return;
    QString error;
    const bool ok = m_runner->retryEntry(e->id, &error);
    m_message->setText(ok ? tr("%1: sent again.").arg(e->workOrderKey) : error);
    m_message->show();
    reload();
}

void OutboxDialog::discardSelected()
{
    const std::optional<OutboxEntry> e = selected();
    if (!e || !isUnresolved(*e))
        return;
    QString text = tr("FieldConnect will stop trying \"%1\" for %2. The work order stays here and "
                      "the discard is kept in its history.")
                       .arg(OutboxEntry::kindDisplayName(e->kind), e->workOrderKey);
    if (e->kind == OutboxEntry::Kind::CreateWorkOrder && e->state == OutboxEntry::State::InDoubt)
        text += u' '
                + tr("If the creation reached Deepomatic, that work order stays there; link it "
                     "from the work order's pane.");
    if (!confirm(tr("Discard"), text))
        return;
    QString error;
    const bool ok = m_runner->discardEntry(e->id, &error);
    m_message->setText(ok ? tr("%1: discarded.").arg(e->workOrderKey) : error);
    m_message->show();
    reload();
}
