#include "workorderresultsview.h"

#include "appearance.h"
#include "photoviewer.h"

#include "taskoutcome.h"
#include "thumbnailloader.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr QSize kThumbnail(128, 96);
constexpr QSize kFullPhoto(2560, 2560);

// The colour goes with the outcome's word ("OK", "Not OK"…), never instead of it.
Appearance::Tone outcomeTone(TaskOutcome::State state)
{
    switch (state) {
    case TaskOutcome::State::Ok:
        return Appearance::Tone::SuccessText;
    case TaskOutcome::State::Ko:
        return Appearance::Tone::Error;
    case TaskOutcome::State::Corrected:
        return Appearance::Tone::Info;
    default:
        return Appearance::Tone::Muted;
    }
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}
} // namespace

WorkOrderResultsView::WorkOrderResultsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("resultsRefresh"));
    m_refresh->setMinimumHeight(48);
    // "Refresh" alone is ambiguous beside the pane's "Refresh progress".
    m_refresh->setAccessibleName(tr("Refresh photos and results"));
    m_lastInTabOrder = m_refresh;
    header->addWidget(m_summary, 1);
    header->addWidget(m_refresh);
    layout->addLayout(header);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->addStretch();
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &WorkOrderResultsView::refreshRequested);
}

void WorkOrderResultsView::clearContent()
{
    m_lastInTabOrder = m_refresh;
    while (m_contentLayout->count() > 1) {
        QLayoutItem *item = m_contentLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void WorkOrderResultsView::showNotCreated()
{
    m_lastKnown = false;
    clearContent();
    setSummary(tr("Photos and results appear here once the work order exists in Deepomatic."));
    m_refresh->setEnabled(false);
}

void WorkOrderResultsView::showLoading()
{
    m_lastKnown = false;
    setSummary(tr("Loading the results from Deepomatic…"));
    m_refresh->setEnabled(false);
}

void WorkOrderResultsView::showError(const QString &message)
{
    m_lastKnown = false;
    setSummary(tr("Could not load the results: %1").arg(message), Appearance::Tone::Error);
    m_refresh->setEnabled(true);
}

void WorkOrderResultsView::setSummary(const QString &text, Appearance::Tone tone)
{
    m_summary->setText(text);
    Appearance::setTone(m_summary, tone);
}

int WorkOrderResultsView::thumbnailCount() const
{
    int count = 0;
    for (const QLabel *label : m_content->findChildren<QLabel *>(QStringLiteral("thumbnail"))) {
        if (!label->pixmap().isNull())
            ++count;
    }
    return count;
}

void WorkOrderResultsView::showLastKnown(const RemoteWorkOrder &wo, const QDateTime &storedAt,
                                         const QString &problem)
{
    showResults(wo);
    m_lastKnown = true;
    const QString why =
        problem.isEmpty()
            ? tr("Last known results from %1; the site cannot be reached.").arg(when(storedAt))
            : tr("Last known results from %1; they could not be refreshed: %2")
                  .arg(when(storedAt), problem);
    setSummary(why + u'\n' + m_summary->text(), Appearance::Tone::WarningText);
}

void WorkOrderResultsView::showResults(const RemoteWorkOrder &wo)
{
    clearContent();
    m_lastKnown = false;
    m_refresh->setEnabled(true);
    QDateTime lastAnalysis;
    for (const RemoteWorkOrder::Input &input : wo.inputs) {
        if (input.date.isValid() && (!lastAnalysis.isValid() || input.date > lastAnalysis))
            lastAnalysis = input.date;
    }
    QStringList summary;
    summary << tr("Deepomatic progress: %1 %").arg(wo.progressScore);
    summary << (lastAnalysis.isValid() ? tr("last analysis %1").arg(when(lastAnalysis))
                                       : tr("no photo analysed yet"));
    if (wo.reviewDate.isValid())
        summary << tr("reviewed %1").arg(when(wo.reviewDate));
    setSummary(summary.join(QStringLiteral(" · ")));

    int at = 0;
    for (const RemoteWorkOrder::TaskGroup &group : wo.taskGroups)
        m_contentLayout->insertWidget(at++, taskGroupCard(wo, group));
}

PhotoViewer *WorkOrderResultsView::photoViewer() const
{
    return m_viewer;
}

void WorkOrderResultsView::showPhoto(const QString &caption, const QImage &preview,
                                     const QString &workOrderId, const QString &inputId,
                                     const QUrl &url)
{
    auto *viewer = new PhotoViewer(caption, preview, window());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowState(Qt::WindowFullScreen);
    m_viewer = viewer;
    viewer->open();
    // The photo itself, at most a large screen's size, through the same cache as the thumbnails.
    m_thumbnails->load(workOrderId, inputId, url, kFullPhoto, viewer,
                       [viewer](const QImage &image, const QString &error) {
                           if (image.isNull())
                               viewer->setProblem(error);
                           else
                               viewer->setImage(image);
                       });
}

QWidget *WorkOrderResultsView::taskGroupCard(const RemoteWorkOrder &wo,
                                             const RemoteWorkOrder::TaskGroup &group)
{
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("taskGroupCard"));
    card->setProperty("taskGroup", group.name);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);

    auto *title = new QLabel(card);
    title->setTextFormat(Qt::PlainText);
    title->setText(group.displayName);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *tasks = new QGridLayout;
    int row = 0;
    for (const RemoteWorkOrder::Task &task : group.tasks) {
        if (task.onlyForDashboard)
            continue; // Deepomatic keeps these for the back office
        const TaskOutcome outcome = TaskOutcome::of(task);
        auto *sentence = new QLabel(task.sentence.isEmpty() ? task.name : task.sentence, card);
        sentence->setTextFormat(Qt::PlainText);
        sentence->setWordWrap(true);
        auto *state = new QLabel(outcome.label(), card);
        state->setObjectName(QStringLiteral("taskState"));
        state->setProperty("task", task.name);
        state->setTextFormat(Qt::PlainText);
        state->setStyleSheet(QStringLiteral("font-weight:bold"));
        Appearance::setTone(state, outcomeTone(outcome.state));
        tasks->addWidget(sentence, row, 0);
        tasks->addWidget(state, row, 1, Qt::AlignRight);
        ++row;
        // Why, in Deepomatic's words, under the task: read, not hovered.
        if (!outcome.message.isEmpty()) {
            auto *message = new QLabel(outcome.message, card);
            message->setObjectName(QStringLiteral("taskMessage"));
            message->setTextFormat(Qt::PlainText);
            message->setWordWrap(true);
            Appearance::setTone(message, Appearance::Tone::Muted);
            tasks->addWidget(message, row++, 0, 1, 2);
        }
    }
    layout->addLayout(tasks);

    auto *photos = new QHBoxLayout;
    for (const RemoteWorkOrder::Input &input : wo.inputs) {
        if (input.taskGroupName != group.name)
            continue;
        for (const QString &message : input.conformityMessages) {
            auto *warning = new QLabel(message, card);
            warning->setObjectName(QStringLiteral("conformityMessage"));
            warning->setTextFormat(Qt::PlainText);
            warning->setWordWrap(true);
            Appearance::setTone(warning, Appearance::Tone::WarningText);
            layout->addWidget(warning);
        }
        // Each photo or document with its date written under it.
        auto *tile = new QVBoxLayout;
        auto *caption = new QLabel(card);
        caption->setObjectName(QStringLiteral("photoCaption"));
        caption->setTextFormat(Qt::PlainText);
        caption->setWordWrap(true);
        caption->setFixedWidth(kThumbnail.width() + 8);
        Appearance::setTone(caption, Appearance::Tone::Muted);
        if (input.isPdf()) {
            // A document, not a photo: named as such rather than failing to decode.
            auto *pdf = new QLabel(tr("PDF document"), card);
            pdf->setObjectName(QStringLiteral("pdfTile"));
            pdf->setFixedSize(kThumbnail);
            pdf->setAlignment(Qt::AlignCenter);
            pdf->setWordWrap(true);
            pdf->setFrameShape(QFrame::StyledPanel);
            caption->setText(tr("PDF sent on %1").arg(when(input.date)));
            tile->addWidget(pdf);
            tile->addWidget(caption);
            photos->addLayout(tile);
            continue;
        }
        if (input.imageUrl.isEmpty() || !m_thumbnails)
            continue;
        const QString taken = tr("Photo of %1").arg(when(input.date));
        caption->setText(taken);
        // The whole tile is a button: a tap opens the photo on the whole screen.
        auto *open = new QPushButton(card);
        open->setObjectName(QStringLiteral("photoButton"));
        open->setFixedSize(kThumbnail + QSize(8, 8));
        open->setAccessibleName(taken);
        open->setAccessibleDescription(tr("Opens the photo on the whole screen"));
        // Made after the window: Tab reaches the photos right after Refresh, in their order.
        setTabOrder(m_lastInTabOrder, open);
        m_lastInTabOrder = open;
        auto *thumb = new QLabel(open);
        thumb->setObjectName(QStringLiteral("thumbnail"));
        thumb->setGeometry(QRect(QPoint(4, 4), kThumbnail));
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setAttribute(Qt::WA_TransparentForMouseEvents);
        thumb->setText(tr("…"));
        tile->addWidget(open);
        tile->addWidget(caption);
        photos->addLayout(tile);
        const QUrl url = m_baseUrl.resolved(input.imageUrl);
        const QString viewerCaption = QStringLiteral("%1 — %2").arg(
            group.displayName.isEmpty() ? group.name : group.displayName, taken);
        connect(open, &QPushButton::clicked, this,
                [this, thumb, url, viewerCaption, workOrderId = wo.id, inputId = input.id] {
                    showPhoto(viewerCaption, thumb->pixmap().toImage(), workOrderId, inputId, url);
                });
        m_thumbnails->load(wo.id, input.id, url, kThumbnail, thumb,
                           [thumb, caption](const QImage &image, const QString &error) {
                               if (image.isNull()) {
                                   thumb->setText(tr("Photo unavailable"));
                                   caption->setText(error);
                                   return;
                               }
                               thumb->setPixmap(QPixmap::fromImage(image));
                           });
    }
    photos->addStretch();
    layout->addLayout(photos);
    return card;
}
