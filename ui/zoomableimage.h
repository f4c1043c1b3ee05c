#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

class QTouchEvent;

// A photo to look at closely: shown whole at first, enlarged by pinching two fingers apart (or
// the wheel, a double click, or zoomIn()), moved by dragging one finger or the mouse, back to
// whole with fit(). The scale is kept between fit and kMaximumScale (four image pixels per
// screen pixel), and the image never leaves the view more than it must.
class ZoomableImage : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMaximumScale = 4.0;
    static constexpr double kStep = 1.5;

    explicit ZoomableImage(QWidget *parent = nullptr);

    // Replaces the picture; a sharper copy of the same photo keeps the part in view.
    void setImage(const QImage &image);
    QImage image() const { return m_image; }

    // Screen pixels per image pixel.
    double scale() const { return m_scale; }
    double fitScale() const;
    bool isFitted() const;
    // The image point shown at the centre of the view.
    QPointF centre() const { return m_centre; }

    void zoomIn();
    void zoomOut();
    void fit();

signals:
    void scaleChanged(double scale);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    bool touch(QTouchEvent *event);
    // Scales about `anchor` (view coordinates): the image point under it stays under it.
    void zoomTo(double scale, const QPointF &anchor);
    void panBy(const QPointF &viewDelta);
    void clampCentre();

    QImage m_image;
    double m_scale = 1.0;
    bool m_fitted = true;
    QPointF m_centre;
    QPointF m_lastMouse;
    // The pinch in progress: distance and scale when the second finger came down.
    double m_pinchStartDistance = 0;
    double m_pinchStartScale = 1.0;
    QPointF m_lastTouchCentre;
};
