#include "workorderresultsview.h"

#include "appearance.h"

#include "taskoutcome.h"
#include "thumbnailloader.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace {
constexpr QSize kThumbnail(128, 96);

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
    header->addWidget(m_summary, 1);
    header->addWidget(m_refresh);
    layout->addLayout(header);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    m_content = new QWidget(scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->addStretch();
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &WorkOrderResultsView::refreshRequested);
}

void WorkOrderResultsView::clearContent()
{
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
        if (!outcome.message.isEmpty())
            state->setToolTip(outcome.message);
        tasks->addWidget(sentence, row, 0);
        tasks->addWidget(state, row, 1, Qt::AlignRight);
        ++row;
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
        if (input.isPdf()) {
            // A document, not a photo: named as such rather than failing to decode.
            auto *pdf = new QLabel(tr("PDF document"), card);
            pdf->setObjectName(QStringLiteral("pdfTile"));
            pdf->setFixedSize(kThumbnail);
            pdf->setAlignment(Qt::AlignCenter);
            pdf->setWordWrap(true);
            pdf->setFrameShape(QFrame::StyledPanel);
            pdf->setToolTip(tr("PDF sent on %1").arg(when(input.date)));
            photos->addWidget(pdf);
            continue;
        }
        if (input.imageUrl.isEmpty() || !m_thumbnails)
            continue;
        auto *thumb = new QLabel(card);
        thumb->setObjectName(QStringLiteral("thumbnail"));
        thumb->setFixedSize(kThumbnail);
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setFrameShape(QFrame::StyledPanel);
        thumb->setText(tr("…"));
        thumb->setToolTip(tr("Photo of %1").arg(when(input.date)));
        photos->addWidget(thumb);
        m_thumbnails->load(wo.id, input.id, m_baseUrl.resolved(input.imageUrl), kThumbnail, thumb,
                           [thumb](const QImage &image, const QString &error) {
                               if (image.isNull()) {
                                   thumb->setText(tr("Photo unavailable"));
                                   thumb->setToolTip(error);
                                   return;
                               }
                               thumb->setPixmap(QPixmap::fromImage(image));
                           });
    }
    photos->addStretch();
    layout->addLayout(photos);
    return card;
}
