#pragma once

#include "pinhash.h"

#include <QByteArray>
#include <QString>

// The derivation behind PinHash: PBKDF2-HMAC-SHA256 (QtNetwork's QPasswordDigestor) of a
// supervisor PIN. `fieldconnect --hash-pin` makes the deployment file's pin_hash with it; the
// kiosk's keypad checks a PIN against it.
class PinHasher
{
public:
    static constexpr int DefaultIterations = 200000;

    // A fresh hash of `pin`: a random salt from the system's generator.
    static PinHash hash(const QString &pin, int iterations = DefaultIterations);
    // The same with a given salt (tests, known answers).
    static PinHash hash(const QString &pin, const QByteArray &salt, int iterations);
    // `pin` is the one `hash` was made from. False for a null hash or a malformed PIN.
    static bool verify(const QString &pin, const PinHash &hash);

private:
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
};
