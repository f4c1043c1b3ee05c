#pragma once

#include <QPointingDevice>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <memory>

// A finger on a touch screen, for the suites that must send no mouse event: a tap is a touch
// press and release at the centre of a widget (or a point of a window), delivered through the
// platform as a touch screen's would be; Qt turns an unhandled tap into the click a button
// takes, as on a tablet.
class TouchScreen
{
public:
    TouchScreen()
        : m_device(QTest::createTouchDevice(QInputDevice::DeviceType::TouchScreen))
    { }
    TouchScreen(const TouchScreen &) = delete;
    TouchScreen &operator=(const TouchScreen &) = delete;

    QPointingDevice *device() const { return m_device.get(); }

    void tap(QWidget *widget, QPoint at = {})
    {
        QWidget *window = widget->window();
        const QPoint point = widget->mapTo(window, at.isNull() ? widget->rect().center() : at);
        tapWindow(window, point);
    }
    // point: in `window`'s own coordinates. Sent to its platform window, which is where the
    // screen's touches arrive (a full-screen dialog's widget geometry may lag behind it).
    void tapWindow(QWidget *window, const QPoint &point)
    {
        QWindow *handle = window->windowHandle();
        QTest::touchEvent(handle, m_device.get()).press(0, point, handle);
        QTest::touchEvent(handle, m_device.get()).release(0, point, handle);
    }

private:
    std::unique_ptr<QPointingDevice> m_device;
};
