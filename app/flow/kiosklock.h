#pragma once

#include "pinhash.h"

#include <QDeadlineTimer>
#include <QObject>

// What keeps a kiosk window a kiosk: whether it may be left or closed, and the supervisor PIN
// that unlocks it, with a short lockout after repeated wrong PINs so that a PIN cannot be found
// by trying them all at the keypad. Without a PIN in the deployment file the kiosk cannot be
// left from the window at all (only by the machine's administrator, who can stop the process).
class KioskLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxWrongTries = 5;
    static constexpr int DefaultLockoutMs = 30000;

    enum class Answer {
        Unlocked,
        WrongPin, // triesLeft() more before the lockout
        LockedOut, // lockoutRemainingMs() to wait
        NoPinConfigured,
    };

    explicit KioskLock(const PinHash &pin, QObject *parent = nullptr);

    // A PIN is configured, so the kiosk can be left from the window.
    bool canBeLeft() const { return !m_pin.isNull(); }
    bool isUnlocked() const { return m_unlocked; }
    // The window may close: not while locked.
    bool closeAllowed() const { return m_unlocked; }
    Answer tryPin(const QString &pin);
    int triesLeft() const { return m_triesLeft; }
    // 0 when not locked out.
    int lockoutRemainingMs() const;
    // For tests: a shorter lockout.
    void setLockoutMs(int ms) { m_lockoutMs = ms; }

signals:
    void unlocked();

private:
    PinHash m_pin;
    bool m_unlocked = false;
    int m_triesLeft = MaxWrongTries;
    int m_lockoutMs = DefaultLockoutMs;
    QDeadlineTimer m_lockout{0};
};
