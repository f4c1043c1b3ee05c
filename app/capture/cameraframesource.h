#pragma once

#include "framesource.h"

#include <QCameraDevice>
#include <QElapsedTimer>

#include <memory>

class QCamera;
class QImageCapture;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

// The device's camera through Qt Multimedia: a QCamera in a capture session, its frames shown
// through a video sink (a few a second are enough for aiming, and each costs a conversion), its
// stills taken with QImageCapture at the camera's full resolution.
class CameraFrameSource : public FrameSource
{
    Q_OBJECT
public:
    explicit CameraFrameSource(const QCameraDevice &device, QObject *parent = nullptr);
    ~CameraFrameSource() override;

    // The camera a technician points at the equipment: the back one when the device says which
    // it is, else the default. Null when the device has no camera.
    static std::unique_ptr<FrameSource> create();

    QString description() const override;
    void start() override;
    void stop() override;
    void capture() override;

private:
    void onFrame(const QVideoFrame &frame);

    QCameraDevice m_device;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_still;
    std::unique_ptr<QVideoSink> m_sink;
    QElapsedTimer m_sinceFrame;
    bool m_capturing = false;
};
