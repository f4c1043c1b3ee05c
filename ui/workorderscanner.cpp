#include "workorderscanner.h"

#include "cameracapturedialog.h"
#include "cameraframesource.h"
#include "framesource.h"
#include "photochooser.h"
#include "siteprofile.h"
#include "workorderstore.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QWidget>

Q_LOGGING_CATEGORY(lcScanOpen, "fieldconnect.scan.open")

WorkOrderScanner::WorkOrderScanner(QWidget *window, WorkOrderStore *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_sources([] { return CameraFrameSource::create(); })
    , m_pickFile([](QWidget *parent) {
        return QFileDialog::getOpenFileName(
            parent, tr("Choose an image of the label"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            PhotoChooser::fileFilter({QStringLiteral("image/*")}));
    })
{ }

WorkOrderScanner::~WorkOrderScanner() = default;

BarcodeDecoder::Result WorkOrderScanner::read()
{
    const std::unique_ptr<FrameSource> camera = m_sources ? m_sources() : nullptr;
    if (!camera)
        return readFile();
    CameraCaptureDialog dialog(camera.get(), m_window, CameraCaptureDialog::Mode::Scan);
    // Full screen, as for a photo: the label is small and the technician aims at it.
    if (const QScreen *screen = m_window ? m_window->screen() : QGuiApplication::primaryScreen())
        dialog.setGeometry(screen->geometry());
    dialog.setWindowState(Qt::WindowFullScreen);
    dialog.exec();
    switch (dialog.outcome()) {
    case CameraCaptureDialog::Outcome::Scanned:
        return dialog.scanned();
    case CameraCaptureDialog::Outcome::ChooseFile:
        return readFile();
    case CameraCaptureDialog::Outcome::Cancelled:
    case CameraCaptureDialog::Outcome::Photo: // not in scan mode
        break;
    }
    return {};
}

BarcodeDecoder::Result WorkOrderScanner::readFile()
{
    const QString file = m_pickFile ? m_pickFile(m_window) : QString();
    if (file.isEmpty())
        return {};
    return BarcodeDecoder::decodeFile(file);
}

QString WorkOrderScanner::scan(const SiteProfile &site)
{
    const BarcodeDecoder::Result code = read();
    if (!code.ok()) {
        if (!code.error.isEmpty())
            fail(code.error);
        return {};
    }
    // The metadata is read only when the site names a field of it: for a big list, parsing it
    // all takes a while.
    const QList<WorkOrder> workOrders =
        m_store ? m_store->loadAll(site.scanKey.isEmpty() ? WorkOrderStore::Detail::ListOnly
                                                          : WorkOrderStore::Detail::Full,
                                   site.id)
                : QList<WorkOrder>();
    const ScanResolver::Result found = ScanResolver::resolve(code.text, workOrders, site.scanKey);
    if (!found.ok()) {
        fail(found.error);
        return {};
    }
    qCInfo(lcScanOpen) << "a" << code.format << "label opens" << found.key;
    emit workOrderFound(found.key, code.text);
    return found.key;
}

void WorkOrderScanner::fail(const QString &message)
{
    qCInfo(lcScanOpen) << "scan found nothing:" << message;
    emit scanFailed(message);
    if (m_problem)
        m_problem->close();
    // Window-modal and not waited for: the list stays as it was, the technician reads and
    // scans again.
    m_problem = new QMessageBox(QMessageBox::Warning, tr("No work order found"), message,
                                QMessageBox::Ok, m_window);
    m_problem->setObjectName(QStringLiteral("scanProblem"));
    m_problem->setAttribute(Qt::WA_DeleteOnClose);
    m_problem->open();
}
