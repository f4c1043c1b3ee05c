#pragma once

#include <QDialog>
#include <QList>

class KioskLock;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The supervisor's keypad that leaves kiosk mode: finger-sized digits (no keyboard needed on a
// tablet), the PIN masked as it is typed, Clear and Back, OK and Cancel. KioskLock decides;
// this shows its answer ("Wrong PIN", the lockout's countdown, no PIN configured). Accepted
// once the lock is unlocked.
class PinPadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PinPadDialog(KioskLock *lock, QWidget *parent = nullptr);

    QLineEdit *pinField() const { return m_field; }
    QPushButton *digitButton(int digit) const { return m_digits.value(digit); }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }

private:
    void submit();
    void showLockout();
    void setKeypadEnabled(bool enabled);

    KioskLock *m_lock;
    QLineEdit *m_field;
    QList<QPushButton *> m_digits; // index = digit
    QPushButton *m_clear;
    QPushButton *m_back;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QLabel *m_message;
    QTimer *m_countdown;
};
