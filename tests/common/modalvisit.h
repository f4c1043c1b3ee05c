#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

// Looks at the next modal window as a user would, then closes it: once a modal dialog other than
// `notThis` is shown, calls `look` with it and, unless `look` answered it (a button tapped,
// accepted), rejects it (Escape). For tests that walk or answer the dialog an action opens,
// whether by exec() (which blocks the test until it is closed) or open().
class ModalVisit : public QObject
{
    Q_OBJECT
public:
    using Look = std::function<void(QWidget *dialog)>;
    explicit ModalVisit(Look look, QWidget *notThis = nullptr, QObject *parent = nullptr);

    bool visited() const { return m_visited; }

private:
    void poll();

    Look m_look;
    QPointer<QWidget> m_notThis;
    QTimer m_timer;
    bool m_visited = false;
};
