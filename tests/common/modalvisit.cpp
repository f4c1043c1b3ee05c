#include "modalvisit.h"

#include <QApplication>
#include <QDialog>
#include <QWidget>

ModalVisit::ModalVisit(Look look, QWidget *notThis, QObject *parent)
    : QObject(parent)
    , m_look(std::move(look))
    , m_notThis(notThis)
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &ModalVisit::poll);
    m_timer.start();
}

void ModalVisit::poll()
{
    QWidget *dialog = QApplication::activeModalWidget();
    if (!dialog || dialog == m_notThis || !dialog->isVisible())
        return;
    m_timer.stop();
    m_visited = true;
    // Laid out and polished as it is on screen.
    QApplication::processEvents();
    QPointer<QWidget> shown(dialog);
    m_look(dialog);
    // Answered by `look`: a reject now would overwrite the answer exec() returns.
    if (!shown || !shown->isVisible())
        return;
    if (auto *d = qobject_cast<QDialog *>(dialog))
        d->reject();
    else
        dialog->close();
}
