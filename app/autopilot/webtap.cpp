#include "webtap.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QMouseEvent>
#include <QVariant>
#include <QWebEngineView>

QString WebTap::locateScript(const QString &elementExpression)
{
    return QStringLiteral("(function(){var e=%1; if(!e) return null;"
                          "e.scrollIntoView({block:'center'});"
                          "var r=e.getBoundingClientRect();"
                          "return [r.left+r.width/2, r.top+r.height/2];})()")
        .arg(elementExpression);
}

bool WebTap::pointFrom(const QVariant &located, QPointF *point)
{
    const QVariantList xy = located.toList();
    if (xy.size() != 2)
        return false;
    *point = QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
    return true;
}

bool WebTap::tapAt(QWebEngineView *view, const QPointF &point)
{
    // Chromium takes input from the view's focus proxy (its render widget), not the view.
    QWidget *target = view ? view->focusProxy() : nullptr;
    if (!target)
        return false;
    const QPointF global = target->mapToGlobal(point);
    QMouseEvent press(QEvent::MouseButtonPress, point, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, point, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(target, &release);
    return true;
}

bool WebTap::typeText(QWebEngineView *view, const QString &text)
{
    QWidget *target = view ? view->focusProxy() : nullptr;
    if (!target)
        return false;
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(target, &commit);
    return true;
}
