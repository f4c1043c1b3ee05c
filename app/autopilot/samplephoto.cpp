#include "samplephoto.h"

#include <QDir>
#include <QPainter>

QImage SamplePhoto::render(int index, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(118, 128, 124)); // mid grey: exposure in range
    QPainter painter(&image);
    // High-contrast detail everywhere: a sharp photo has strong edges.
    const int cell = 32 + (index % 4) * 8;
    for (int y = 0; y < size.height(); y += cell) {
        for (int x = 0; x < size.width(); x += cell) {
            if (((x / cell) + (y / cell) + index) % 2 == 0)
                painter.fillRect(x, y, cell, cell, QColor(40, 44, 48));
            else
                painter.fillRect(x, y, cell, cell, QColor(200, 206, 210));
        }
    }
    painter.setPen(QPen(QColor(20, 90, 200), 6));
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter,
                     QStringLiteral("FieldConnect photo %1").arg(index));
    painter.end();
    return image;
}

QString SamplePhoto::write(const QString &directory, int index)
{
    const QString path = QDir(directory).filePath(QStringLiteral("photo-%1.jpg").arg(index));
    return render(index).save(path, "JPEG", 90) ? path : QString();
}
