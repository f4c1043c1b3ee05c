#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;
class ZoomableImage;

// One photo of a work order on the whole screen, to check what Deepomatic saw: pinch or the
// zoom buttons to enlarge, drag to move, Fit to see it whole, Close (or Escape) to go back.
// What it is (task group, date) is written above it. It opens with the thumbnail, enlarged,
// and shows the full photo as soon as it arrives (setImage again).
class PhotoViewer : public QDialog
{
    Q_OBJECT
public:
    PhotoViewer(const QString &caption, const QImage &preview, QWidget *parent = nullptr);

    void setImage(const QImage &image);
    // Why the full photo could not be had: the preview stays, with this below the caption.
    void setProblem(const QString &message);

    ZoomableImage *imageView() const { return m_image; }
    QPushButton *zoomInButton() const { return m_zoomIn; }
    QPushButton *zoomOutButton() const { return m_zoomOut; }
    QPushButton *fitButton() const { return m_fit; }
    QPushButton *closeButton() const { return m_close; }

private:
    void updateButtons();

    ZoomableImage *m_image;
    QLabel *m_caption;
    QLabel *m_problem;
    QLabel *m_zoomLevel;
    QPushButton *m_zoomOut;
    QPushButton *m_fit;
    QPushButton *m_zoomIn;
    QPushButton *m_close;
};
