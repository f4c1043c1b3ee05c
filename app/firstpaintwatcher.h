#pragma once

#include <QObject>

// Tells once when a widget has painted for the first time: the moment a list is on screen and
// can be used. For start-up measurements (--report-ready and the benchmark harness).
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *watched);

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_fired = false;
};
