#include "feedframesource.h"

#include <QTimer>

void FeedFrameSource::start()
{
    m_running = true;
    ++m_starts;
    if (!firstFrame.isNull())
        QTimer::singleShot(0, this, [this] { feed(firstFrame); });
}

void FeedFrameSource::capture()
{
    ++m_captures;
    // A camera answers later, as QImageCapture does.
    QTimer::singleShot(0, this, [this] {
        if (!captureFailure.isEmpty()) {
            const QString why = captureFailure;
            captureFailure.clear();
            emit failed(why);
            return;
        }
        emit captured(still.isNull() ? m_last : still);
    });
}

void FeedFrameSource::feed(const QImage &frame)
{
    m_last = frame;
    if (m_running)
        emit previewed(frame);
}
