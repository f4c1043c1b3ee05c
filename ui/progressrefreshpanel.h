#pragma once

#include <QWidget>

class ProgressRefresher;
class QLabel;
class QProgressBar;
class QPushButton;

// The status bar's view of a bulk progress refresh: a count, a bar and Cancel, shown only while
// one runs, then the outcome in words.
class ProgressRefreshPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressRefreshPanel(ProgressRefresher *refresher, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *label() const { return m_label; }

private:
    ProgressRefresher *m_refresher;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
