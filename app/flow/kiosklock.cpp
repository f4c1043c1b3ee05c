#include "kiosklock.h"

#include "pinhasher.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKiosk, "fieldconnect.kiosk")

KioskLock::KioskLock(const PinHash &pin, QObject *parent)
    : QObject(parent)
    , m_pin(pin)
{ }

int KioskLock::lockoutRemainingMs() const
{
    return int(m_lockout.remainingTime());
}

KioskLock::Answer KioskLock::tryPin(const QString &pin)
{
    if (!canBeLeft())
        return Answer::NoPinConfigured;
    // Not even checked while locked out: the lockout is what slows a guesser down.
    if (lockoutRemainingMs() > 0)
        return Answer::LockedOut;
    if (PinHasher::verify(pin, m_pin)) {
        m_triesLeft = MaxWrongTries;
        if (!m_unlocked) {
            m_unlocked = true;
            qCInfo(lcKiosk) << "kiosk mode left with the supervisor PIN";
            emit unlocked();
        }
        return Answer::Unlocked;
    }
    if (--m_triesLeft > 0)
        return Answer::WrongPin;
    qCWarning(lcKiosk) << MaxWrongTries << "wrong supervisor PINs: the keypad waits"
                       << m_lockoutMs / 1000 << "s";
    m_triesLeft = MaxWrongTries;
    m_lockout.setRemainingTime(m_lockoutMs);
    return Answer::LockedOut;
}
