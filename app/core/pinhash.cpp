#include "pinhash.h"

#include <QStringList>

QString PinHash::toString() const
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(Scheme))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(digest.toBase64()));
}

bool PinHash::matches(const QByteArray &derived) const
{
    return !isNull() && constantTimeEquals(derived, digest);
}

bool PinHash::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // No early exit: every byte is looked at, whatever the first difference.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString PinHash::pinProblem(const QString &pin)
{
    if (pin.size() < MinPinLength || pin.size() > MaxPinLength)
        return tr("a PIN has %1 to %2 digits").arg(MinPinLength).arg(MaxPinLength);
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return tr("a PIN has digits only (0 to 9)");
    }
    return {};
}

std::optional<PinHash> PinHash::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PinHash> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList parts = text.trimmed().split(u'$');
    if (parts.size() != 4 || parts.at(0) != QLatin1String(Scheme))
        return fail(tr("not a PIN hash of the form %1$<iterations>$<salt>$<hash> (make one with "
                       "fieldconnect --hash-pin)")
                        .arg(QLatin1String(Scheme)));
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < MinIterations || iterations > MaxIterations)
        return fail(tr("the iteration count \"%1\" is not a number from %2 to %3")
                        .arg(parts.at(1))
                        .arg(MinIterations)
                        .arg(MaxIterations));
    const auto decode = [](const QString &part) {
        return QByteArray::fromBase64Encoding(part.toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(parts.at(2));
    if (!salt || salt.decoded.size() < SaltBytes)
        return fail(tr("the salt is not base64 of at least %1 bytes").arg(SaltBytes));
    const auto digest = decode(parts.at(3));
    if (!digest || digest.decoded.size() != DigestBytes)
        return fail(tr("the hash is not base64 of %1 bytes").arg(DigestBytes));
    PinHash hash;
    hash.iterations = iterations;
    hash.salt = salt.decoded;
    hash.digest = digest.decoded;
    return hash;
}
