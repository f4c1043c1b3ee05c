#include "pinhasher.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <iterator>

QByteArray PinHasher::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, PinHash::DigestBytes);
}

PinHash PinHasher::hash(const QString &pin, int iterations)
{
    // The system's generator: the salt must not be predictable from the time of day.
    quint32 words[PinHash::SaltBytes / sizeof(quint32)];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    return hash(pin, QByteArray(reinterpret_cast<const char *>(words), sizeof(words)), iterations);
}

PinHash PinHasher::hash(const QString &pin, const QByteArray &salt, int iterations)
{
    PinHash result;
    result.iterations = iterations;
    result.salt = salt;
    result.digest = derive(pin, salt, iterations);
    return result;
}

bool PinHasher::verify(const QString &pin, const PinHash &hash)
{
    if (hash.isNull() || !PinHash::pinProblem(pin).isEmpty())
        return false;
    return hash.matches(derive(pin, hash.salt, hash.iterations));
}
