#pragma once

#include "closedecision.h"
#include "remoteworkorder.h"
#include "workorder.h"
#include "workorderevent.h"

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QLocale;
class QTabWidget;
class QTreeWidget;
class WorkOrderResultsView;

// The right-hand pane: one work order's facts, its progress, the Close intervention button
// with the reason when it is blocked, and the audit trail. It shows and forwards; it decides
// nothing.
class WorkOrderDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrderDetailsPane(QWidget *parent = nullptr);

    void showWorkOrder(const WorkOrder &workOrder, const CloseDecision &decision,
                       const QString &openBlocker, const QList<WorkOrderEvent> &events);
    void clear();
    void setMessage(const QString &text, bool isError);
    // A create that ended in doubt or failed and waits for a person (after showWorkOrder()):
    // in doubt, it may exist in Deepomatic, so plain Create gives way to "Link to the existing
    // one…" and "Create again…"; failed, Create stays and linking is offered too.
    enum class CreationProblem { None, InDoubt, Failed };
    void setCreationProblem(CreationProblem problem, const QString &reason);
    // The work orders with this name that Deepomatic holds, when a create in doubt found
    // several: each with its creation date and progress, and a one-tap link. Empty: none shown.
    void setCandidates(const QList<RemoteWorkOrder> &candidates);
    QWidget *candidatesBox() const { return m_candidates; }
    // What the outbox says about this work order (pending requests, needs review); empty: none.
    void setOutboxNote(const QString &text);
    QLabel *outboxNote() const { return m_outboxNote; }
    QString currentKey() const { return m_key; }
    // Puts the focus on the first action shown that can be taken; false when there is none.
    bool focusFirstAction();

    QPushButton *openButton() const { return m_open; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *overrideButton() const { return m_override; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *createAgainButton() const { return m_createAgain; }
    // Whether this site lets a supervisor close a blocked intervention.
    void setOverrideAvailable(bool available) { m_overrideAvailable = available; }
    QLabel *reasonLabel() const { return m_reason; }
    WorkOrderResultsView *resultsView() const { return m_results; }

signals:
    void openRequested(const QString &key);
    void closeRequested(const QString &key);
    void refreshRequested(const QString &key);
    void createRequested(const QString &key);
    void overrideRequested(const QString &key);
    void previewRequested(const QString &key);
    void linkRequested(const QString &key);
    void createAgainRequested(const QString &key);
    void linkCandidateRequested(const QString &key, const QString &deepomaticId);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString progressFact(const ProgressReading &reading, const QLocale &locale);
    // The field labels take the theme's secondary text colour: drawn again when it changes.
    void renderFacts();
    QList<QPair<QString, QString>> m_factRows;
    QString m_key;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_facts;
    QProgressBar *m_progress;
    QLabel *m_progressNote;
    QLabel *m_reason;
    QLabel *m_message;
    QLabel *m_outboxNote = nullptr;
    QPushButton *m_create;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QPushButton *m_preview;
    QPushButton *m_close;
    QPushButton *m_override;
    QPushButton *m_link;
    QPushButton *m_createAgain;
    QList<QPushButton *> m_actionOrder; // as laid out, for Tab
    QWidget *m_candidates = nullptr;
    bool m_overrideAvailable = false;
    QTabWidget *m_tabs;
    WorkOrderResultsView *m_results;
    QTreeWidget *m_history;
    QWidget *m_body;
    QLabel *m_empty;
};
