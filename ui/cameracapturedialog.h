#pragma once

#include <QDialog>
#include <QImage>

class FrameSource;
class QLabel;
class QPushButton;
class ZoomableImage;

// "Take photo" on the Deepomatic page, with the device's camera: the live picture fills the
// screen, one big shutter button takes the photo, the technician looks at it (pinch to check
// it is sharp) and keeps it or takes it again. "Choose a file" is always there: a camera that
// fails, or a photo taken earlier, never blocks the task. The source is given (the camera, or
// frames a test feeds) and is not owned.
class CameraCaptureDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Cancelled, Photo, ChooseFile };

    CameraCaptureDialog(FrameSource *source, QWidget *parent = nullptr);
    ~CameraCaptureDialog() override;

    Outcome outcome() const { return m_outcome; }
    // The photo kept, with Outcome::Photo.
    QImage photo() const { return m_photo; }

    // For the tests and the accessibility walk.
    QPushButton *shutterButton() const { return m_shutter; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *retakeButton() const { return m_retake; }
    QPushButton *fileButton() const { return m_file; }
    QPushButton *cancelButton() const { return m_cancel; }
    ZoomableImage *picture() const { return m_picture; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void showEvent(QShowEvent *event) override;
    void done(int result) override;

private:
    enum class State { Starting, Live, Capturing, Review, Failed };
    void setState(State state);
    void onPreview(const QImage &frame);
    void onCaptured(const QImage &photo);
    void onFailed(const QString &message);
    void finish(Outcome outcome);

    FrameSource *m_source;
    State m_state = State::Starting;
    Outcome m_outcome = Outcome::Cancelled;
    QImage m_photo;
    bool m_started = false;
    QLabel *m_title;
    QLabel *m_status;
    ZoomableImage *m_picture;
    QPushButton *m_shutter;
    QPushButton *m_keep;
    QPushButton *m_retake;
    QPushButton *m_file;
    QPushButton *m_cancel;
};
