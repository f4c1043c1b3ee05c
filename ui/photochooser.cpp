#include "photochooser.h"

#include "cameracapturedialog.h"
#include "cameraframesource.h"
#include "framesource.h"
#include "photopreparer.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QScreen>
#include <QStandardPaths>
#include <QWidget>

Q_LOGGING_CATEGORY(lcPhotos, "fieldconnect.photos")

PhotoChooser::PhotoChooser(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_sources([] { return CameraFrameSource::create(); })
    , m_pickFiles([](QWidget *parent, bool multiple, const QStringList &accepted) {
        const QString title = tr("Choose a photo");
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        if (multiple)
            return QFileDialog::getOpenFileNames(parent, title, folder, fileFilter(accepted));
        const QString file =
            QFileDialog::getOpenFileName(parent, title, folder, fileFilter(accepted));
        return file.isEmpty() ? QStringList() : QStringList{file};
    })
{ }

PhotoChooser::~PhotoChooser() = default;

bool PhotoChooser::acceptsImages(const QStringList &accepted)
{
    if (accepted.isEmpty())
        return true;
    const QMimeDatabase mimes;
    for (const QString &entry : accepted) {
        const QString type = entry.trimmed().toLower();
        if (type.startsWith(QLatin1String("image/")))
            return true;
        // An extension (".jpg"): what it names.
        if (type.startsWith(u'.')
            && mimes.mimeTypeForFile(QStringLiteral("x") + type, QMimeDatabase::MatchExtension)
                   .name()
                   .startsWith(QLatin1String("image/")))
            return true;
    }
    return false;
}

QString PhotoChooser::fileFilter(const QStringList &accepted)
{
    const QMimeDatabase mimes;
    QStringList patterns;
    for (const QString &entry : accepted) {
        const QString type = entry.trimmed().toLower();
        if (type.startsWith(u'.')) {
            patterns << u'*' + type;
        } else if (type.endsWith(QLatin1String("/*"))) {
            const QString family = type.chopped(1);
            for (const QMimeType &mime : mimes.allMimeTypes())
                if (mime.name().startsWith(family))
                    for (const QString &suffix : mime.suffixes())
                        patterns << QStringLiteral("*.") + suffix;
        } else if (const QMimeType mime = mimes.mimeTypeForName(type); mime.isValid()) {
            for (const QString &suffix : mime.suffixes())
                patterns << QStringLiteral("*.") + suffix;
        }
    }
    patterns.removeDuplicates();
    const QString all = tr("All files (*)");
    if (patterns.isEmpty())
        return all;
    return tr("Photos (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;") + all;
}

QString PhotoChooser::photoDirectory()
{
    if (!m_photos) {
        m_photos = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("fieldconnect-photos-XXXXXX")));
        if (!m_photos->isValid())
            qCWarning(lcPhotos) << "no folder for photos:" << m_photos->errorString();
    }
    return m_photos->path();
}

QStringList PhotoChooser::choose(QWebEnginePage::FileSelectionMode mode,
                                 const QStringList &accepted, int maxSide)
{
    const bool multiple = mode == QWebEnginePage::FileSelectOpenMultiple;
    // A document, not a photo: the file dialog, and the file as it is.
    if (!acceptsImages(accepted))
        return m_pickFiles(m_window, multiple, accepted);

    std::unique_ptr<FrameSource> camera = m_sources ? m_sources() : nullptr;
    if (!camera)
        return pickAndPrepare(multiple, accepted, maxSide);

    CameraCaptureDialog dialog(camera.get(), m_window);
    // The whole screen the window is on; its geometry first, so that the dialog knows where
    // it is before the platform says so.
    if (const QScreen *screen = m_window ? m_window->screen() : QGuiApplication::primaryScreen())
        dialog.setGeometry(screen->geometry());
    dialog.setWindowState(Qt::WindowFullScreen);
    dialog.exec();
    switch (dialog.outcome()) {
    case CameraCaptureDialog::Outcome::Cancelled:
    case CameraCaptureDialog::Outcome::Scanned: // not in photo mode
        return {};
    case CameraCaptureDialog::Outcome::ChooseFile:
        return pickAndPrepare(multiple, accepted, maxSide);
    case CameraCaptureDialog::Outcome::Photo:
        break;
    }
    PhotoPreparer preparer(photoDirectory(), maxSide);
    const PhotoPreparer::Result photo = preparer.fromImage(dialog.photo());
    if (!photo.ok()) {
        emit problemOccurred(photo.error);
        QMessageBox::warning(m_window, tr("Photo not sent"), photo.error);
        return {};
    }
    qCInfo(lcPhotos) << "camera photo" << photo.size << "for the page";
    emit photoChosen(photo.path, true);
    return {photo.path};
}

QStringList PhotoChooser::pickAndPrepare(bool multiple, const QStringList &accepted, int maxSide)
{
    const QStringList picked = m_pickFiles(m_window, multiple, accepted);
    if (picked.isEmpty())
        return {};
    PhotoPreparer preparer(photoDirectory(), maxSide);
    QStringList ready;
    QStringList problems;
    for (const QString &file : picked) {
        const PhotoPreparer::Result photo = preparer.fromFile(file);
        if (photo.ok()) {
            ready << photo.path;
            emit photoChosen(photo.path, false);
        } else {
            problems << photo.error;
            emit problemOccurred(photo.error);
        }
    }
    if (!problems.isEmpty())
        QMessageBox::warning(m_window, tr("Photo not sent"), problems.join(u'\n'));
    return ready;
}
