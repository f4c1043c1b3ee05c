#include "workorderdetailspane.h"

#include "workordertablemodel.h"

#include "appearance.h"
#include "workorderresultsview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString row(const QString &label, const QString &value, const QColor &labelColour)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px;color:%3\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped(),
             labelColour.name());
}

} // namespace

WorkOrderDetailsPane::WorkOrderDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a work order in the list."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_body = new QWidget(this);
    outer->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("workOrderTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Appearance::setTextRole(m_title, Appearance::TextRole::Title);
    layout->addWidget(m_title);

    m_status = new QLabel(m_body);
    m_status->setObjectName(QStringLiteral("statusBadge"));
    layout->addWidget(m_status);

    m_facts = new QLabel(m_body);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);

    m_progress = new QProgressBar(m_body);
    m_progress->setRange(0, 100);
    m_progress->setMinimumHeight(32);
    layout->addWidget(m_progress);
    m_progressNote = new QLabel(m_body);
    m_progressNote->setWordWrap(true);
    layout->addWidget(m_progressNote);

    m_reason = new QLabel(m_body);
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setWordWrap(true);
    m_reason->setFrameShape(QFrame::StyledPanel);
    m_reason->setMargin(10);
    Appearance::setTextRole(m_reason, Appearance::TextRole::Emphasis);
    layout->addWidget(m_reason);

    m_message = new QLabel(m_body);
    m_message->setObjectName(QStringLiteral("paneMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_outboxNote = new QLabel(m_body);
    m_outboxNote->setObjectName(QStringLiteral("outboxNote"));
    m_outboxNote->setWordWrap(true);
    m_outboxNote->setStyleSheet(QStringLiteral("font-weight:bold"));
    Appearance::setTone(m_outboxNote, Appearance::Tone::Info);
    m_outboxNote->hide();
    layout->addWidget(m_outboxNote);

    auto makeButton = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, m_body);
        b->setObjectName(name);
        b->setMinimumHeight(56); // finger-sized, gloves included
        return b;
    };
    m_create = makeButton(tr("Create in Deepomatic"), QStringLiteral("createButton"));
    m_open = makeButton(tr("Open in Deepomatic"), QStringLiteral("openButton"));
    m_refresh = makeButton(tr("Refresh progress"), QStringLiteral("refreshButton"));
    m_preview = makeButton(tr("Preview in Deepomatic"), QStringLiteral("previewButton"));
    m_preview->setToolTip(tr("Look at the Deepomatic page read-only: nothing done there changes "
                             "this work order."));
    m_close = makeButton(tr("Close intervention"), QStringLiteral("closeButton"));
    QFont closeFont = m_close->font();
    closeFont.setBold(true);
    m_close->setFont(closeFont);
    // Deepomatic actions side by side; the decision below them, full width, where the reason
    // above explains it.
    m_link = makeButton(tr("Link to the existing one…"), QStringLiteral("linkButton"));
    m_link->setToolTip(
        tr("This work order may already be in Deepomatic: enter its id from there, so "
           "that it is not created twice."));
    m_link->hide();
    m_createAgain = makeButton(tr("Create again…"), QStringLiteral("createAgainButton"));
    m_createAgain->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_link);
    actions->addWidget(m_createAgain);
    actions->addWidget(m_open);
    actions->addWidget(m_preview);
    actions->addWidget(m_refresh);
    layout->addLayout(actions);
    m_candidates = new QWidget(m_body);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    new QVBoxLayout(m_candidates);
    m_candidates->layout()->setContentsMargins(0, 0, 0, 0);
    m_candidates->hide();
    layout->addWidget(m_candidates);
    m_close->setMinimumHeight(64);
    layout->addWidget(m_close);
    m_override = makeButton(tr("Supervisor override…"), QStringLiteral("overrideButton"));
    m_override->hide();
    layout->addWidget(m_override);

    m_tabs = new QTabWidget(m_body);
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_results = new WorkOrderResultsView(m_tabs);
    m_tabs->addTab(m_results, tr("Photos and results"));
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHeaderLabels({tr("Time"), tr("Event"), tr("Details")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);
    m_history->setAccessibleName(tr("History of this work order"));
    m_reason->setAccessibleDescription(tr("Whether the intervention can be closed, and why"));

    // Tab follows the layout: the Deepomatic actions from left to right, then Close, the
    // override and the tabs (the buttons were made in another order).
    m_actionOrder = {m_create,  m_link,    m_createAgain, m_open,
                     m_preview, m_refresh, m_close,       m_override};
    for (int i = 1; i < m_actionOrder.size(); ++i)
        setTabOrder(m_actionOrder.at(i - 1), m_actionOrder.at(i));

    connect(m_create, &QPushButton::clicked, this, [this] { emit createRequested(m_key); });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_key); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { emit refreshRequested(m_key); });
    connect(m_preview, &QPushButton::clicked, this, [this] { emit previewRequested(m_key); });
    connect(m_close, &QPushButton::clicked, this, [this] { emit closeRequested(m_key); });
    connect(m_override, &QPushButton::clicked, this, [this] { emit overrideRequested(m_key); });
    connect(m_link, &QPushButton::clicked, this, [this] { emit linkRequested(m_key); });
    connect(m_createAgain, &QPushButton::clicked, this,
            [this] { emit createAgainRequested(m_key); });
    clear();
}

QString WorkOrderDetailsPane::progressFact(const ProgressReading &reading, const QLocale &locale)
{
    if (!reading.isValid())
        return tr("none yet");
    const QString time = reading.time.isValid()
                             ? locale.toString(reading.time.toLocalTime(), QLocale::LongFormat)
                             : tr("at an unknown time");
    return reading.verified
               ? tr("%1 %, verified with Deepomatic on %2").arg(reading.value).arg(time)
               : tr("%1 %, reported by the page on %2, not verified").arg(reading.value).arg(time);
}

void WorkOrderDetailsPane::renderFacts()
{
    const QColor labelColour = Appearance::colour(Appearance::Tone::Muted);
    QString facts = QStringLiteral("<table>");
    for (const auto &[label, value] : std::as_const(m_factRows))
        facts += row(label, value, labelColour);
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);
}

void WorkOrderDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_factRows.isEmpty())
        renderFacts();
    QWidget::changeEvent(event);
}

void WorkOrderDetailsPane::clear()
{
    m_key.clear();
    m_body->hide();
    m_empty->show();
}

void WorkOrderDetailsPane::setMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setToolTip({});
    m_message->setStyleSheet(isError ? QStringLiteral("font-weight:bold") : QString());
    Appearance::setTone(m_message, isError ? Appearance::Tone::Error : Appearance::Tone::None);
    m_message->setVisible(!text.isEmpty());
}

void WorkOrderDetailsPane::showWorkOrder(const WorkOrder &wo, const CloseDecision &decision,
                                         const QString &openBlocker,
                                         const QList<WorkOrderEvent> &events)
{
    if (wo.key != m_key)
        setMessage({}, false);
    m_key = wo.key;
    m_empty->hide();
    m_body->show();
    m_title->setText(wo.name);
    m_status->setText(tr("Status: %1").arg(workOrderStatusDisplayName(wo.status)));

    const QLocale locale;
    m_factRows = {
        {tr("Reference"), wo.key},
        {tr("Planned"), locale.toString(wo.plannedDate, QLocale::LongFormat)},
        {tr("Address"), wo.address},
        {tr("Technician"), wo.technicianEmail.isEmpty() ? wo.technicianName
                                                        : QStringLiteral("%1 <%2>").arg(
                                                            wo.technicianName, wo.technicianEmail)},
        {tr("Types"), wo.types.join(QStringLiteral(", "))},
        {tr("Deepomatic id"), wo.deepomaticId.isEmpty() ? tr("not created yet") : wo.deepomaticId},
        // In words and to the minute, not only in the list's "2 h ago" and its tooltip.
        {tr("Progress"), progressFact(wo.lastProgress, locale)},
    };
    renderFacts();
    m_progress->setAccessibleName(WorkOrderTableModel::spokenProgress(wo.lastProgress));

    if (wo.lastProgress.isValid()) {
        m_progress->setValue(wo.lastProgress.value);
        m_progress->setFormat(QStringLiteral("%1 %").arg(wo.lastProgress.value));
        // Where the value came from: this device's intervention, or a refresh of a work order
        // someone completed in Deepomatic without it.
        const QString when =
            locale.toString(wo.lastProgress.time.toLocalTime(), QLocale::ShortFormat);
        if (!wo.lastProgress.verified)
            m_progressNote->setText(
                tr("Reported by Deepomatic's callback on %1, not verified yet.").arg(when));
        else if (!wo.wasOpenedHere() && !isClosedStatus(wo.status))
            m_progressNote->setText(tr("Verified with Deepomatic on %1 by a progress refresh; "
                                       "this work order was not opened on this device.")
                                        .arg(when));
        else
            m_progressNote->setText(
                tr("Verified with Deepomatic on %1, after the intervention on this device.")
                    .arg(when));
    } else {
        m_progress->setValue(0);
        m_progress->setFormat(tr("no progress yet"));
        m_progressNote->clear();
    }

    m_reason->setText(decision.reason);
    Appearance::setTone(m_reason,
                        decision.allowed ? Appearance::Tone::Success : Appearance::Tone::Warning);

    const bool closed = isClosedStatus(wo.status);
    m_create->setVisible(!wo.isCreatedInDeepomatic());
    m_open->setVisible(wo.isCreatedInDeepomatic() && !closed);
    m_open->setText(wo.lastProgress.isValid() ? tr("Reopen in Deepomatic")
                                              : tr("Open in Deepomatic"));
    m_open->setEnabled(openBlocker.isEmpty());
    m_open->setToolTip(openBlocker);
    m_open->setAccessibleDescription(openBlocker);
    m_refresh->setVisible(wo.isCreatedInDeepomatic());
    // A closed intervention can still be looked at; a link that cannot be built cannot.
    m_preview->setVisible(wo.isCreatedInDeepomatic());
    m_preview->setEnabled(openBlocker.isEmpty() || closed);
    m_refresh->setEnabled(decision.canRefresh);
    m_close->setEnabled(decision.allowed);
    m_close->setToolTip(decision.reason);
    // Read out with the button, enabled or not: a blocked Close says why.
    m_close->setAccessibleDescription(decision.reason);
    m_close->setText(decision.unverified ? tr("Close intervention (unverified)")
                                         : tr("Close intervention"));
    m_override->setVisible(m_overrideAvailable && !decision.allowed && !closed);

    m_link->hide();
    m_createAgain->hide();

    m_history->clear();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, locale.toString(it->time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, WorkOrderEvent::labelOf(it->kind));
        item->setText(2, it->reason);
        item->setToolTip(2, it->reason);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

void WorkOrderDetailsPane::setCreationProblem(CreationProblem problem, const QString &reason)
{
    // Stays visible until settled: in doubt, the work order may already exist in Deepomatic.
    switch (problem) {
    case CreationProblem::None:
        m_link->hide();
        m_createAgain->hide();
        return;
    case CreationProblem::InDoubt:
        // Why in words is in the history (and the tooltip): here, what to do.
        setMessage(tr("Creation in doubt: it was sent, but no answer came back. Look for it in "
                      "Deepomatic, then link it, or create it again if it is not there."),
                   true);
        m_message->setToolTip(reason);
        m_reason->setText(tr("This work order may already exist in Deepomatic: settle its "
                             "creation before the intervention."));
        m_create->hide();
        m_link->show();
        m_createAgain->show();
        return;
    case CreationProblem::Failed:
        setMessage(tr("Creation failed: %1").arg(reason), true);
        m_link->show();
        m_createAgain->hide();
        return;
    }
}

void WorkOrderDetailsPane::setCandidates(const QList<RemoteWorkOrder> &candidates)
{
    QLayout *rows = m_candidates->layout();
    while (QLayoutItem *item = rows->takeAt(0)) {
        // deleteLater: this may run from a row's own button.
        if (QWidget *row = item->widget()) {
            row->hide();
            row->setParent(nullptr); // gone from the pane now, freed once its signal is done
            row->deleteLater();
        }
        delete item;
    }
    m_candidates->setVisible(!candidates.isEmpty());
    if (candidates.isEmpty())
        return;
    auto *intro = new QLabel(tr("Deepomatic has %n work order(s) with this name. Link the one "
                                "this creation made:",
                                nullptr, int(candidates.size())),
                             m_candidates);
    intro->setWordWrap(true);
    rows->addWidget(intro);
    const QLocale locale;
    QWidget *previous = m_refresh;
    for (const RemoteWorkOrder &wo : candidates) {
        auto *row = new QWidget(m_candidates);
        row->setObjectName(QStringLiteral("candidate"));
        auto *line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto *facts = new QLabel(tr("Created %1 · progress %2 %")
                                     .arg(wo.createDate.isValid() ? locale.toString(
                                              wo.createDate.toLocalTime(), QLocale::ShortFormat)
                                                                  : tr("at an unknown date"))
                                     .arg(wo.progressScore),
                                 row);
        facts->setToolTip(wo.id);
        auto *link = new QPushButton(tr("Link to this one"), row);
        link->setObjectName(QStringLiteral("linkCandidateButton"));
        link->setMinimumHeight(56); // finger-sized, gloves included
        link->setAccessibleDescription(facts->text());
        // Made after the pane: put back between the actions and Close, where it is shown.
        setTabOrder(previous, link);
        previous = link;
        const QString id = wo.id;
        connect(link, &QPushButton::clicked, this,
                [this, id] { emit linkCandidateRequested(m_key, id); });
        line->addWidget(facts, 1);
        line->addWidget(link);
        rows->addWidget(row);
    }
}

bool WorkOrderDetailsPane::focusFirstAction()
{
    for (QPushButton *button : std::as_const(m_actionOrder)) {
        if (button->isVisibleTo(this) && button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void WorkOrderDetailsPane::setOutboxNote(const QString &text)
{
    m_outboxNote->setText(text);
    m_outboxNote->setVisible(!text.isEmpty());
}
