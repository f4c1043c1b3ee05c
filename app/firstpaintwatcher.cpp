#include "firstpaintwatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintWatcher::FirstPaintWatcher(QWidget *watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fired && event->type() == QEvent::Paint) {
        m_fired = true;
        watched->removeEventFilter(this);
        // After this paint has been delivered, not in the middle of it.
        QTimer::singleShot(0, this, &FirstPaintWatcher::painted);
    }
    return QObject::eventFilter(watched, event);
}
