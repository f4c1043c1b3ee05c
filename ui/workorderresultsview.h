#pragma once

#include "appearance.h"

#include "remoteworkorder.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class PhotoViewer;
class QLabel;
class QPushButton;
class QVBoxLayout;
class ThumbnailLoader;

// A work order as Deepomatic sees it: per task group, each task's sentence and outcome, the
// photos taken (thumbnails), conformity messages, and the dates of the last analysis and of
// the review. A failure is shown here, in the server's words.
class WorkOrderResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrderResultsView(QWidget *parent = nullptr);

    void setThumbnailLoader(ThumbnailLoader *loader) { m_thumbnails = loader; }
    // Relative image URLs in the API's answers are resolved against this.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    void showLoading();
    void showError(const QString &message);
    void showResults(const RemoteWorkOrder &workOrder);
    // The last good answer, kept since `storedAt`, when no fresh one could be had: `problem`
    // is the site's error, empty when the site could not be reached at all.
    void showLastKnown(const RemoteWorkOrder &workOrder, const QDateTime &storedAt,
                       const QString &problem);
    void showNotCreated();

    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *summaryLabel() const { return m_summary; }
    // Whether what is shown is the kept answer rather than a fresh one.
    bool isShowingLastKnown() const { return m_lastKnown; }
    int thumbnailCount() const;
    // The photo opened on the whole screen by a tap on its thumbnail, while it is open.
    PhotoViewer *photoViewer() const;

signals:
    void refreshRequested();

private:
    void setSummary(const QString &text, Appearance::Tone tone = Appearance::Tone::None);
    void clearContent();
    void showPhoto(const QString &caption, const QImage &preview, const QString &workOrderId,
                   const QString &inputId, const QUrl &url);
    QWidget *taskGroupCard(const RemoteWorkOrder &workOrder, const RemoteWorkOrder::TaskGroup &g);

    ThumbnailLoader *m_thumbnails = nullptr;
    QUrl m_baseUrl;
    bool m_lastKnown = false;
    QPointer<PhotoViewer> m_viewer;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QWidget *m_lastInTabOrder = nullptr; // the photo buttons follow it, for Tab
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
};
