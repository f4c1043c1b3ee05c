#pragma once

#include "barcodedecoder.h"
#include "scanresolver.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class FrameSource;
class QWidget;
class WorkOrderStore;
struct SiteProfile;

// Scan beside the search field: the camera in the capture dialog's scan mode (each frame read
// until a QR code or barcode is), or an image file when there is no camera or the technician
// chooses one; then the work order of this site the code names (ScanResolver). A code that
// names none is said in a message box with the text read, so the technician can tell a wrong
// label from a misread one.
class WorkOrderScanner : public QObject
{
    Q_OBJECT
public:
    // A camera to show, or null when there is none (CameraFrameSource::create by default).
    using SourceFactory = std::function<std::unique_ptr<FrameSource>()>;
    // The image file the technician picked (empty: cancelled).
    using FilePicker = std::function<QString(QWidget *parent)>;

    WorkOrderScanner(QWidget *window, WorkOrderStore *store);
    ~WorkOrderScanner() override;

    void setSourceFactory(SourceFactory factory) { m_sources = std::move(factory); }
    void setFilePicker(FilePicker picker) { m_pickFile = std::move(picker); }

    // Reads a label and finds its work order among `site`'s: its key, or empty (cancelled, no
    // code read, or none found: then scanFailed() and the message box).
    QString scan(const SiteProfile &site);
    // The camera (or the file) only: the code read; not ok() and no error when cancelled.
    BarcodeDecoder::Result read();

    // The message of the last failed scan, while it is shown (for the tests).
    QMessageBox *problemBox() const { return m_problem; }

signals:
    // code: the text read.
    void workOrderFound(const QString &key, const QString &code);
    void scanFailed(const QString &message);

private:
    BarcodeDecoder::Result readFile();
    void fail(const QString &message);

    QWidget *m_window;
    WorkOrderStore *m_store;
    SourceFactory m_sources;
    FilePicker m_pickFile;
    QPointer<QMessageBox> m_problem;
};
