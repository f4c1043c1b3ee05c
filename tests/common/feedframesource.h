#pragma once

#include "framesource.h"

#include <QImage>
#include <QString>

// A camera the test holds: feed() is a frame arriving, the still is the last frame fed (or
// `still` when set), and a failure is whatever the test says, when it says.
class FeedFrameSource : public FrameSource
{
    Q_OBJECT
public:
    explicit FeedFrameSource(QObject *parent = nullptr)
        : FrameSource(parent)
    { }

    QString description() const override { return QStringLiteral("Test camera"); }
    void start() override;
    void stop() override { m_running = false; }
    void capture() override;

    // A preview frame, shown only while the source runs.
    void feed(const QImage &frame);
    void fail(const QString &message) { emit failed(message); }

    bool running() const { return m_running; }
    int starts() const { return m_starts; }
    int captures() const { return m_captures; }
    // What capture() answers with, when set: else the last frame fed.
    QImage still;
    // The next capture fails with this message, when set.
    QString captureFailure;
    // Frames fed as soon as the source starts (a camera shows its picture at once).
    QImage firstFrame;

private:
    bool m_running = false;
    int m_starts = 0;
    int m_captures = 0;
    QImage m_last;
};
