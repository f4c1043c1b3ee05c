#pragma once

#include <QImage>
#include <QObject>

// Where the capture dialog's pictures come from: a live preview while it runs, and a still
// photo when asked. The device's camera is one (CameraFrameSource); the tests feed their own
// frames through the same interface, so the dialog is the one the technician meets.
class FrameSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The camera's name for the technician ("Integrated rear camera").
    virtual QString description() const = 0;
    // Starts the preview: previewed() follows, repeatedly, or failed().
    virtual void start() = 0;
    virtual void stop() = 0;
    // Takes a still photo: captured() or failed() follows, once.
    virtual void capture() = 0;

signals:
    void previewed(const QImage &frame);
    void captured(const QImage &photo);
    // message: what went wrong, for the technician.
    void failed(const QString &message);
};
