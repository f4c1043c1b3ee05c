#include "cameraframesource.h"

#include <QCamera>
#include <QImageCapture>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

Q_LOGGING_CATEGORY(lcCamera, "fieldconnect.camera")

namespace {
// Frames closer together than this are not converted for the preview (about 15 a second).
constexpr qint64 kPreviewIntervalMs = 66;
} // namespace

CameraFrameSource::CameraFrameSource(const QCameraDevice &device, QObject *parent)
    : FrameSource(parent)
    , m_device(device)
    , m_session(std::make_unique<QMediaCaptureSession>())
    , m_camera(std::make_unique<QCamera>(device))
    , m_still(std::make_unique<QImageCapture>())
    , m_sink(std::make_unique<QVideoSink>())
{
    m_session->setCamera(m_camera.get());
    m_session->setImageCapture(m_still.get());
    m_session->setVideoSink(m_sink.get());
    m_still->setQuality(QImageCapture::VeryHighQuality);
    connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, &CameraFrameSource::onFrame);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &why) {
                qCWarning(lcCamera) << "camera" << m_device.description() << "failed:" << why;
                emit failed(tr("The camera stopped working: %1").arg(why));
            });
    connect(m_still.get(), &QImageCapture::imageCaptured, this, [this](int, const QImage &photo) {
        if (!m_capturing)
            return;
        m_capturing = false;
        emit captured(photo);
    });
    connect(m_still.get(), &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString &why) {
                m_capturing = false;
                qCWarning(lcCamera) << "no photo from" << m_device.description() << ":" << why;
                emit failed(tr("The camera took no photo: %1").arg(why));
            });
}

CameraFrameSource::~CameraFrameSource()
{
    // The session lets go of its parts before they are destroyed.
    m_session->setVideoSink(nullptr);
    m_session->setImageCapture(nullptr);
    m_session->setCamera(nullptr);
}

std::unique_ptr<FrameSource> CameraFrameSource::create()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (cameras.isEmpty())
        return nullptr;
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &camera : cameras) {
        if (camera.position() == QCameraDevice::BackFace) {
            chosen = camera;
            break;
        }
    }
    if (chosen.isNull())
        chosen = cameras.first();
    return std::make_unique<CameraFrameSource>(chosen);
}

QString CameraFrameSource::description() const
{
    return m_device.description();
}

void CameraFrameSource::start()
{
    qCInfo(lcCamera) << "starting" << m_device.description();
    m_sinceFrame.invalidate();
    m_camera->start();
}

void CameraFrameSource::stop()
{
    m_capturing = false;
    m_camera->stop();
}

void CameraFrameSource::capture()
{
    if (!m_still->isReadyForCapture()) {
        emit failed(tr("The camera is not ready yet: try again in a moment."));
        return;
    }
    m_capturing = true;
    m_still->capture();
}

void CameraFrameSource::onFrame(const QVideoFrame &frame)
{
    if (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < kPreviewIntervalMs)
        return;
    m_sinceFrame.start();
    const QImage image = frame.toImage();
    if (!image.isNull())
        emit previewed(image);
}
