#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// Answers the next modal dialog as a user would: once one is shown, clicks its button named
// `buttonName` (its objectName). For tests of actions that ask first (exec() blocks the test
// until the dialog is answered). Created before the action, it watches until answered.
class ModalAnswer : public QObject
{
    Q_OBJECT
public:
    explicit ModalAnswer(const QString &buttonName, QObject *parent = nullptr);

    bool answered() const { return m_answered; }
    // The dialog's text, as the user read it (every label's, joined by newlines).
    const QString &text() const { return m_text; }

private:
    void look();

    QString m_buttonName;
    QTimer m_poll;
    bool m_answered = false;
    QString m_text;
};
