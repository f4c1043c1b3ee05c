#pragma once

#include "outboxentry.h"

#include <QDialog>

#include <functional>

class OutboxRunner;
class QLabel;
class QPushButton;
class QTableWidget;

// The outbox as a person sees it: every request of the site in use that is not done yet, with
// its state, attempts and last error in words (in the table, never only on hover), and, for a
// failed or in-doubt one, Retry and Discard, each confirmed with what it risks.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    // Asked before Retry or Discard; true goes ahead. The default asks with a message box.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    explicit OutboxDialog(OutboxRunner *runner, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }
    // The entries shown, in table order.
    const QList<OutboxEntry> &entries() const { return m_entries; }

public slots:
    void reload();

private:
    void updateButtons();
    std::optional<OutboxEntry> selected() const;
    void retrySelected();
    void discardSelected();
    bool confirm(const QString &title, const QString &text);

    OutboxRunner *m_runner;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QList<OutboxEntry> m_entries;
    Confirm m_confirm;
};
