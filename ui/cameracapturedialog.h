#pragma once

#include "barcodedecoder.h"

#include <QDialog>
#include <QFutureWatcher>
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
// In Mode::Scan (Scan beside the search field) there is no shutter: each preview frame is read
// for a QR code or barcode and the first one read ends the dialog; "Choose an image…" reads a
// picture file instead.
class CameraCaptureDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Photo, Scan };
    enum class Outcome { Cancelled, Photo, ChooseFile, Scanned };

    CameraCaptureDialog(FrameSource *source, QWidget *parent = nullptr, Mode mode = Mode::Photo);
    ~CameraCaptureDialog() override;

    Outcome outcome() const { return m_outcome; }
    // The photo kept, with Outcome::Photo.
    QImage photo() const { return m_photo; }
    // The code read, with Outcome::Scanned.
    BarcodeDecoder::Result scanned() const { return m_scanned; }

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
    // Scan mode: reads `frame` off the UI thread, one frame at a time (those arriving meanwhile
    // are shown, not read: the next one will be).
    void scanFrame(const QImage &frame);
    void onFrameRead();

    FrameSource *m_source;
    Mode m_mode;
    BarcodeDecoder::Result m_scanned;
    QFutureWatcher<BarcodeDecoder::Result> m_reading;
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
