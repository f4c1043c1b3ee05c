#include "cameracapturedialog.h"

#include "appearance.h"
#include "framesource.h"
#include "zoomableimage.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent>

CameraCaptureDialog::CameraCaptureDialog(FrameSource *source, QWidget *parent, Mode mode)
    : QDialog(parent)
    , m_source(source)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("cameraCapture"));
    setWindowTitle(tr("Take a photo"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(tr("Take a photo"), this);
    m_title->setObjectName(QStringLiteral("cameraTitle"));
    Appearance::setTextRole(m_title, Appearance::TextRole::Heading);
    top->addWidget(m_title, 1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cameraCancel"));
    // "Cancel" alone does not say what is given up: named for a screen reader.
    m_cancel->setAccessibleName(tr("Cancel the photo"));
    m_cancel->setAccessibleDescription(tr("Back to the Deepomatic page without a photo"));
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cameraStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_picture = new ZoomableImage(this);
    m_picture->setObjectName(QStringLiteral("cameraPicture"));
    m_picture->setAccessibleName(tr("Camera picture"));
    layout->addWidget(m_picture, 1);

    auto *actions = new QHBoxLayout;
    m_file = new QPushButton(tr("Choose a file…"), this);
    m_file->setObjectName(QStringLiteral("cameraChooseFile"));
    m_file->setAccessibleName(tr("Choose a photo file"));
    m_file->setAccessibleDescription(tr("Pick a photo already on this device instead"));
    m_retake = new QPushButton(tr("Retake"), this);
    m_retake->setObjectName(QStringLiteral("cameraRetake"));
    m_retake->setAccessibleName(tr("Retake the photo"));
    m_retake->setAccessibleDescription(tr("Discard this photo and take another"));
    m_shutter = new QPushButton(tr("Take photo"), this);
    m_shutter->setObjectName(QStringLiteral("cameraShutter"));
    m_shutter->setAccessibleName(tr("Take photo"));
    m_shutter->setAccessibleDescription(tr("Takes the photo shown by the camera"));
    m_keep = new QPushButton(tr("Use photo"), this);
    m_keep->setObjectName(QStringLiteral("cameraUsePhoto"));
    m_keep->setAccessibleName(tr("Use this photo"));
    m_keep->setAccessibleDescription(tr("Sends this photo to the Deepomatic page"));
    for (QPushButton *b : {m_cancel, m_file, m_retake, m_shutter, m_keep}) {
        b->setMinimumSize(140, 64);
        b->setAutoDefault(false);
    }
    // The shutter and Use photo are the buttons a gloved thumb looks for: the biggest.
    m_shutter->setMinimumSize(220, 80);
    m_keep->setMinimumSize(220, 80);
    actions->addWidget(m_file);
    actions->addStretch();
    actions->addWidget(m_retake);
    actions->addWidget(m_shutter);
    actions->addWidget(m_keep);
    layout->addLayout(actions);
    if (m_mode == Mode::Scan) {
        setWindowTitle(tr("Scan a label"));
        m_title->setText(tr("Scan a label"));
        m_cancel->setAccessibleDescription(tr("Back to the work orders without scanning"));
        m_file->setText(tr("Choose an image…"));
        m_file->setAccessibleDescription(
            tr("Read the label from a picture already on this device"));
        connect(&m_reading, &QFutureWatcher<BarcodeDecoder::Result>::finished, this,
                &CameraCaptureDialog::onFrameRead);
    }

    connect(m_shutter, &QPushButton::clicked, this, [this] {
        setState(State::Capturing);
        m_source->capture();
    });
    connect(m_retake, &QPushButton::clicked, this, [this] {
        m_photo = QImage();
        setState(State::Live);
        m_source->start();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] { finish(Outcome::Photo); });
    connect(m_file, &QPushButton::clicked, this, [this] { finish(Outcome::ChooseFile); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { finish(Outcome::Cancelled); });
    // A hardware camera key or a keyboard: Space or Enter takes the photo, Escape cancels.
    new QShortcut(QKeySequence(Qt::Key_Camera), this, m_shutter, &QPushButton::click);
    new QShortcut(QKeySequence(Qt::Key_Space), this,
                  [this] { (m_state == State::Review ? m_keep : m_shutter)->click(); });

    connect(m_source, &FrameSource::previewed, this, &CameraCaptureDialog::onPreview);
    connect(m_source, &FrameSource::captured, this, &CameraCaptureDialog::onCaptured);
    connect(m_source, &FrameSource::failed, this, &CameraCaptureDialog::onFailed);
    setState(State::Starting);
}

CameraCaptureDialog::~CameraCaptureDialog()
{
    if (m_started)
        m_source->stop();
}

void CameraCaptureDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_source->start();
    }
}

void CameraCaptureDialog::done(int result)
{
    if (m_started) {
        m_started = false;
        m_source->stop();
    }
    QDialog::done(result);
}

void CameraCaptureDialog::setState(State state)
{
    m_state = state;
    m_shutter->setVisible(state != State::Review && m_mode == Mode::Photo);
    m_shutter->setEnabled(state == State::Live);
    m_keep->setVisible(state == State::Review);
    m_retake->setVisible(state == State::Review);
    Appearance::setTone(m_status, state == State::Failed ? Appearance::Tone::WarningText
                                                         : Appearance::Tone::None);
    switch (state) {
    case State::Starting:
        m_status->setText(tr("Starting the camera “%1”…").arg(m_source->description()));
        break;
    case State::Live:
        m_status->setText(m_mode == Mode::Scan
                              ? tr("Aim at the label on the equipment: it is read as soon as it "
                                   "is in sight.")
                              : tr("Aim at the equipment, then tap Take photo."));
        break;
    case State::Capturing:
        m_status->setText(tr("Taking the photo…"));
        break;
    case State::Review:
        m_status->setText(
            tr("Is it sharp and well lit? Pinch to look closer. Use it, or take it again."));
        break;
    case State::Failed:
        break; // onFailed() says why
    }
    if (state == State::Review)
        m_keep->setFocus();
    else if (state == State::Live)
        (m_mode == Mode::Scan ? m_file : m_shutter)->setFocus();
}

void CameraCaptureDialog::onPreview(const QImage &frame)
{
    if (m_state == State::Review || m_state == State::Capturing)
        return;
    if (m_state != State::Live)
        setState(State::Live);
    m_picture->setImage(frame);
    if (m_mode == Mode::Scan)
        scanFrame(frame);
}

void CameraCaptureDialog::scanFrame(const QImage &frame)
{
    if (m_reading.isRunning() || m_outcome == Outcome::Scanned || frame.isNull())
        return;
    m_reading.setFuture(QtConcurrent::run([frame] { return BarcodeDecoder::decode(frame); }));
}

void CameraCaptureDialog::onFrameRead()
{
    const BarcodeDecoder::Result read = m_reading.result();
    // Most frames hold no code yet (the label is not in sight): the next one is read.
    if (!read.ok() || m_state != State::Live)
        return;
    m_scanned = read;
    finish(Outcome::Scanned);
}

void CameraCaptureDialog::onCaptured(const QImage &photo)
{
    if (m_state != State::Capturing || photo.isNull())
        return;
    m_photo = photo;
    m_source->stop();
    m_picture->setImage(photo);
    setState(State::Review);
}

void CameraCaptureDialog::onFailed(const QString &message)
{
    // A still that did not come leaves the camera running: the technician tries again.
    const bool stillRunning = m_state == State::Capturing;
    setState(stillRunning ? State::Live : State::Failed);
    Appearance::setTone(m_status, Appearance::Tone::WarningText);
    m_status->setText(stillRunning ? message
                      : m_mode == Mode::Scan
                          ? tr("%1 Choose an image instead, or cancel.").arg(message)
                          : tr("%1 Choose a photo file instead, or cancel.").arg(message));
    if (!stillRunning)
        m_file->setFocus();
}

void CameraCaptureDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    if (outcome == Outcome::Cancelled)
        reject();
    else
        accept();
}
