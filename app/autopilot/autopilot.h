#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

class InterventionController;
class MainWindow;
struct WorkOrder;

// Headless QA: drives the real window through one intervention, clicking the Deepomatic page
// by script, and prints one JSON object per line for each step. Used by `--autopilot`.
class Autopilot : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString workOrderName; // empty: a fresh work order is planned and created
        int photos = -1; // -1: every photo the page asks for
        int timeoutMs = 60000;
        bool closeWhenAllowed = true;
        // Who signs in when the Deepomatic page asks for it (the sandbox's seeded technician);
        // empty: a sign-in page ends the flow with an error.
        QString signInUser;
        QString signInPassword;
    };

    Autopilot(MainWindow *window, InterventionController *controller, const Options &options,
              QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void emitEvent(const QString &event, QJsonObject fields = {});
    // The run's last line: {"event":"error","code":…,"message":…}, `code` stable and
    // untranslated (timeout, callback_rejected, …), `fields` what it was about (url, host).
    void fail(const QString &code, const QString &message, QJsonObject fields = {});
    const WorkOrder *sourceWorkOrder() const;
    void pickWorkOrder(const WorkOrder *source);
    void openConnector();
    // Waits until the page is either a sign-in form (signs in, then waits again) or the work
    // order page (takes the photos).
    void continueInPage(int signIns);
    void signIn(int signIns);
    void takePhotos();
    void clickNextPhoto(int done, int wanted);
    void finishInPage();
    void waitFor(const QString &script, std::function<void()> then, const QString &what);
    void runJs(const QString &script, std::function<void(const QVariant &)> then);
    // Clicks the element like a finger would (a real input event, so the page sees a user
    // gesture and may open its file chooser), after scrolling it into view.
    void tap(const QString &elementExpression, std::function<void(bool found)> then);

    MainWindow *m_window;
    InterventionController *m_controller;
    Options m_options;
    QString m_key;
    QElapsedTimer m_clock;
    QTimer m_watchdog;
    bool m_done = false;
    QList<QMetaObject::Connection> m_connections;
    QTemporaryDir m_photos;
    int m_photosTaken = 0;
};
