#pragma once

#include <QImage>
#include <QString>

// A photo a QA run can "take": sharp, well exposed, large enough for Deepomatic's data
// conformity checks, and different for each index so analyses differ. For the autopilot, which
// has no camera.
class SamplePhoto
{
public:
    static QImage render(int index, const QSize &size = QSize(1280, 960));
    // Writes render(index) as a JPEG into `directory`; returns its path, or empty on failure.
    static QString write(const QString &directory, int index);
};
