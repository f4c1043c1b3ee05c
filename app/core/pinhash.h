#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A supervisor PIN as the deployment file keeps it: never the PIN, only its PBKDF2-HMAC-SHA256
// digest with the salt and iteration count it was made with, written
//
//   pbkdf2-sha256$<iterations>$<salt, base64>$<digest, base64>
//
// This class reads and writes that text and judges PINs and digests; it derives nothing (the
// derivation needs QtNetwork's QPasswordDigestor: see PinHasher in app/flow).
class PinHash
{
    Q_DECLARE_TR_FUNCTIONS(PinHash)
public:
    static constexpr const char *Scheme = "pbkdf2-sha256";
    // Enough to make guessing a 4-digit PIN from a stolen file cost minutes, not microseconds;
    // the upper bound keeps a typo in the file from freezing the keypad.
    static constexpr int MinIterations = 100000;
    static constexpr int MaxIterations = 10000000;
    static constexpr int SaltBytes = 16;
    static constexpr int DigestBytes = 32; // SHA-256
    static constexpr int MinPinLength = 4;
    static constexpr int MaxPinLength = 12;

    int iterations = 0;
    QByteArray salt;
    QByteArray digest;

    bool isNull() const { return digest.isEmpty(); }
    // The text for the deployment file's pin_hash key.
    QString toString() const;
    // `derived`, the PIN's digest made with this salt and iteration count, is this one: compared
    // in constant time.
    bool matches(const QByteArray &derived) const;

    // The text of a pin_hash key; nullopt with *error (what is wrong, in words) when malformed.
    static std::optional<PinHash> parse(const QString &text, QString *error);
    // Empty when `pin` may be a supervisor PIN (4 to 12 digits); otherwise why not.
    static QString pinProblem(const QString &pin);
    // Equal bytes, in a time that depends on the lengths only: an attacker timing the keypad
    // learns nothing about how many leading bytes of a digest were right.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};
