#pragma once

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QWebEnginePage>

#include <functional>
#include <memory>

class FrameSource;
class QWidget;

// Answers the Deepomatic page's file input (its "Take photo"): the device's camera in a
// full-screen capture dialog when the page asks for images and a camera is there, the file
// dialog otherwise or when the technician prefers a file; every photo is scaled to the site's
// photo_max_side before the page gets it. The photos it writes live in a private folder for
// the run (the page has uploaded them by the time it ends).
class PhotoChooser : public QObject
{
    Q_OBJECT
public:
    // A camera to show, or null when there is none (CameraFrameSource::create by default).
    using SourceFactory = std::function<std::unique_ptr<FrameSource>()>;
    // The files the technician picked (none: cancelled). accepted: the page's accept list.
    using FilePicker =
        std::function<QStringList(QWidget *parent, bool multiple, const QStringList &accepted)>;

    explicit PhotoChooser(QWidget *window);
    ~PhotoChooser() override;

    void setSourceFactory(SourceFactory factory) { m_sources = std::move(factory); }
    void setFilePicker(FilePicker picker) { m_pickFiles = std::move(picker); }

    // What ConnectorPage::chooseFiles hands to the page.
    QStringList choose(QWebEnginePage::FileSelectionMode mode, const QStringList &accepted,
                       int maxSide);

    // True when the page's accept list takes photos (an empty list takes anything).
    static bool acceptsImages(const QStringList &accepted);
    // The file dialog's filter for the page's accept list.
    static QString fileFilter(const QStringList &accepted);

signals:
    // A photo was handed to the page (path, as it goes); the camera's when fromCamera.
    void photoChosen(const QString &path, bool fromCamera);
    // A photo could not be made ready; message names the file and the cause.
    void problemOccurred(const QString &message);

private:
    QStringList pickAndPrepare(bool multiple, const QStringList &accepted, int maxSide);
    QString photoDirectory();

    QWidget *m_window;
    SourceFactory m_sources;
    FilePicker m_pickFiles;
    std::unique_ptr<QTemporaryDir> m_photos;
};
