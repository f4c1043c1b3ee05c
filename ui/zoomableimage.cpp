#include "zoomableimage.h"

#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QTouchEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

ZoomableImage::ZoomableImage(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Shadow);
    setAutoFillBackground(true);
    setMinimumSize(160, 120);
}

void ZoomableImage::setImage(const QImage &image)
{
    const QSize before = m_image.size();
    const QPointF relative =
        before.isEmpty() ? QPointF(0.5, 0.5)
                         : QPointF(m_centre.x() / before.width(), m_centre.y() / before.height());
    const double shown = before.isEmpty() ? 0 : m_scale * before.width();
    m_image = image;
    if (m_image.isNull())
        return update();
    m_centre = QPointF(relative.x() * m_image.width(), relative.y() * m_image.height());
    if (m_fitted || shown <= 0)
        m_scale = fitScale();
    else
        m_scale = std::clamp(shown / m_image.width(), fitScale(), kMaximumScale);
    clampCentre();
    update();
    emit scaleChanged(m_scale);
}

double ZoomableImage::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    return std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
}

bool ZoomableImage::isFitted() const
{
    return m_fitted;
}

void ZoomableImage::zoomIn()
{
    zoomTo(m_scale * kStep, QPointF(width() / 2.0, height() / 2.0));
}

void ZoomableImage::zoomOut()
{
    zoomTo(m_scale / kStep, QPointF(width() / 2.0, height() / 2.0));
}

void ZoomableImage::fit()
{
    m_scale = fitScale();
    m_fitted = true;
    m_centre = QPointF(m_image.width() / 2.0, m_image.height() / 2.0);
    update();
    emit scaleChanged(m_scale);
}

void ZoomableImage::zoomTo(double scale, const QPointF &anchor)
{
    if (m_image.isNull())
        return;
    const double minimum = fitScale();
    const double maximum = std::max(minimum, kMaximumScale);
    const double next = std::clamp(scale, minimum, maximum);
    // The image point under the anchor, before and after.
    const QPointF fromCentre = anchor - QPointF(width() / 2.0, height() / 2.0);
    const QPointF imagePoint = m_centre + fromCentre / m_scale;
    m_scale = next;
    m_fitted = qFuzzyCompare(next, minimum);
    m_centre = imagePoint - fromCentre / m_scale;
    clampCentre();
    update();
    emit scaleChanged(m_scale);
}

void ZoomableImage::panBy(const QPointF &viewDelta)
{
    m_centre -= viewDelta / m_scale;
    clampCentre();
    update();
}

void ZoomableImage::clampCentre()
{
    // Half the view in image pixels: where the image is smaller than the view it stays centred.
    const double halfW = width() / (2.0 * m_scale);
    const double halfH = height() / (2.0 * m_scale);
    auto clampAxis = [](double c, double half, double size) {
        return half * 2 >= size ? size / 2.0 : std::clamp(c, half, size - half);
    };
    m_centre.setX(clampAxis(m_centre.x(), halfW, m_image.width()));
    m_centre.setY(clampAxis(m_centre.y(), halfH, m_image.height()));
}

bool ZoomableImage::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        return touch(static_cast<QTouchEvent *>(event));
    default:
        return QWidget::event(event);
    }
}

bool ZoomableImage::touch(QTouchEvent *event)
{
    const QList<QEventPoint> &points = event->points();
    QList<QEventPoint> down;
    for (const QEventPoint &p : points)
        if (p.state() != QEventPoint::Released)
            down << p;
    if (event->type() == QEvent::TouchEnd || event->type() == QEvent::TouchCancel
        || down.isEmpty()) {
        m_pinchStartDistance = 0;
        event->accept();
        return true;
    }
    if (down.size() >= 2) {
        const QPointF a = down.at(0).position();
        const QPointF b = down.at(1).position();
        const double distance = QLineF(a, b).length();
        const QPointF centre = (a + b) / 2.0;
        const bool started = m_pinchStartDistance <= 0 || down.at(0).state() == QEventPoint::Pressed
                             || down.at(1).state() == QEventPoint::Pressed;
        if (started) {
            m_pinchStartDistance = std::max(distance, 1.0);
            m_pinchStartScale = m_scale;
        } else {
            panBy(centre - m_lastTouchCentre);
            zoomTo(m_pinchStartScale * distance / m_pinchStartDistance, centre);
        }
        m_lastTouchCentre = centre;
    } else {
        const QPointF position = down.constFirst().position();
        if (m_pinchStartDistance > 0 || down.constFirst().state() == QEventPoint::Pressed)
            m_pinchStartDistance = 0; // one finger again: a drag starts here
        else
            panBy(position - m_lastTouchCentre);
        m_lastTouchCentre = position;
    }
    event->accept();
    return true;
}

void ZoomableImage::paintEvent(QPaintEvent *)
{
    if (m_image.isNull())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 2.0);
    painter.translate(width() / 2.0, height() / 2.0);
    painter.scale(m_scale, m_scale);
    painter.translate(-m_centre);
    painter.drawImage(QPointF(0, 0), m_image);
}

void ZoomableImage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted) {
        m_scale = fitScale();
        emit scaleChanged(m_scale);
    } else {
        m_scale = std::max(m_scale, fitScale());
    }
    clampCentre();
}

void ZoomableImage::mousePressEvent(QMouseEvent *event)
{
    m_lastMouse = event->position();
}

void ZoomableImage::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    panBy(event->position() - m_lastMouse);
    m_lastMouse = event->position();
}

void ZoomableImage::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_fitted)
        zoomTo(m_scale * kStep * kStep, event->position());
    else
        fit();
}

void ZoomableImage::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomTo(m_scale * std::pow(kStep, steps), event->position());
    event->accept();
}
