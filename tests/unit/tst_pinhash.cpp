// The supervisor PIN's hash: PinHash reads and judges the deployment file's text, PinHasher
// derives it (PBKDF2-HMAC-SHA256): the right PIN passes, a wrong one does not, a malformed hash
// is refused with what is wrong, and digests are compared in constant time.

#include "kiosklock.h"
#include "pinhash.h"
#include "pinhasher.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <limits>

class tst_PinHash : public QObject
{
    Q_OBJECT
private slots:
    void rightPinIsAccepted();
    void wrongPinIsRefused_data();
    void wrongPinIsRefused();
    void knownAnswer();
    void freshHashesDifferBySalt();
    void hashRoundTripsThroughItsText();
    void malformedHashIsRefusedWithItsReason_data();
    void malformedHashIsRefusedWithItsReason();
    void pinsAreFourToTwelveDigits_data();
    void pinsAreFourToTwelveDigits();
    void constantTimeCompareLooksAtEveryByte();
    void lockRefusesWrongPinsThenWaits();
    void lockWithoutPinCannotBeLeft();
};

void tst_PinHash::rightPinIsAccepted()
{
    const PinHash hash = PinHasher::hash(QStringLiteral("4827"), PinHash::MinIterations);
    QVERIFY(PinHasher::verify(QStringLiteral("4827"), hash));
    QCOMPARE(hash.iterations, PinHash::MinIterations);
    QCOMPARE(hash.salt.size(), PinHash::SaltBytes);
    QCOMPARE(hash.digest.size(), PinHash::DigestBytes);
}

void tst_PinHash::wrongPinIsRefused_data()
{
    QTest::addColumn<QString>("pin");
    QTest::newRow("one digit off") << QStringLiteral("4828");
    QTest::newRow("longer") << QStringLiteral("48270");
    QTest::newRow("shorter") << QStringLiteral("482");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << QStringLiteral("48a7");
}

void tst_PinHash::wrongPinIsRefused()
{
    QFETCH(QString, pin);
    static const PinHash hash = PinHasher::hash(QStringLiteral("4827"), PinHash::MinIterations);
    QVERIFY(!PinHasher::verify(pin, hash));
    QVERIFY(!PinHasher::verify(QStringLiteral("4827"), PinHash())); // a null hash lets no one in
}

void tst_PinHash::knownAnswer()
{
    // The derivation is PBKDF2-HMAC-SHA256 of the PIN's digits: the value Python's
    // hashlib.pbkdf2_hmac("sha256", b"1234", b"salt", 1, 32) gives, and another tool that
    // computes PBKDF2 can check a deployment file's hash the same way.
    const PinHash hash = PinHasher::hash(QStringLiteral("1234"), QByteArray("salt"), 1);
    QCOMPARE(hash.digest.toHex(),
             QByteArray("d0bc3a5e5fb06f3cb892c741febf58b7d40d22e79e60125e29bc0e4f354ba842"));
}

void tst_PinHash::freshHashesDifferBySalt()
{
    const PinHash a = PinHasher::hash(QStringLiteral("0000"), PinHash::MinIterations);
    const PinHash b = PinHasher::hash(QStringLiteral("0000"), PinHash::MinIterations);
    QVERIFY(a.salt != b.salt);
    QVERIFY(a.digest != b.digest);
    QVERIFY(PinHasher::verify(QStringLiteral("0000"), a));
    QVERIFY(PinHasher::verify(QStringLiteral("0000"), b));
}

void tst_PinHash::hashRoundTripsThroughItsText()
{
    const PinHash made = PinHasher::hash(QStringLiteral("9876543210"));
    QCOMPARE(made.iterations, PinHasher::DefaultIterations);
    const QString text = made.toString();
    QVERIFY2(text.startsWith(QStringLiteral("pbkdf2-sha256$%1$").arg(PinHasher::DefaultIterations)),
             qPrintable(text));
    QString error;
    const std::optional<PinHash> read = PinHash::parse(text, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->iterations, made.iterations);
    QCOMPARE(read->salt, made.salt);
    QCOMPARE(read->digest, made.digest);
    QVERIFY(PinHasher::verify(QStringLiteral("9876543210"), *read));
    QVERIFY(!PinHasher::verify(QStringLiteral("9876543211"), *read));
}

void tst_PinHash::malformedHashIsRefusedWithItsReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const QString salt = QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA=="); // 16 bytes
    const QString digest = QString::fromLatin1(QByteArray(32, 'd').toBase64());
    const QString form = QStringLiteral("not a PIN hash of the form");
    QTest::newRow("the PIN itself") << QStringLiteral("1234") << form;
    QTest::newRow("empty") << QString() << form;
    QTest::newRow("another scheme")
        << QStringLiteral("pbkdf2-sha1$100000$%1$%2").arg(salt, digest) << form;
    QTest::newRow("a part missing") << QStringLiteral("pbkdf2-sha256$100000$%1").arg(salt) << form;
    QTest::newRow("iterations not a number")
        << QStringLiteral("pbkdf2-sha256$many$%1$%2").arg(salt, digest)
        << QStringLiteral("the iteration count \"many\" is not a number from 100000 to 10000000");
    QTest::newRow("too few iterations")
        << QStringLiteral("pbkdf2-sha256$99999$%1$%2").arg(salt, digest)
        << QStringLiteral("the iteration count \"99999\"");
    QTest::newRow("salt not base64")
        << QStringLiteral("pbkdf2-sha256$100000$no*base64*here$%1").arg(digest)
        << QStringLiteral("the salt is not base64 of at least 16 bytes");
    QTest::newRow("salt too short")
        << QStringLiteral("pbkdf2-sha256$100000$c2FsdA==$%1").arg(digest)
        << QStringLiteral("the salt is not base64 of at least 16 bytes");
    QTest::newRow("digest too short")
        << QStringLiteral("pbkdf2-sha256$100000$%1$ZGlnZXN0").arg(salt)
        << QStringLiteral("the hash is not base64 of 32 bytes");
}

void tst_PinHash::malformedHashIsRefusedWithItsReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!PinHash::parse(text, &error));
    QVERIFY2(error.startsWith(reason), qPrintable(error));
}

void tst_PinHash::pinsAreFourToTwelveDigits_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::newRow("4 digits") << QStringLiteral("0000") << true;
    QTest::newRow("12 digits") << QStringLiteral("123456789012") << true;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("13 digits") << QStringLiteral("1234567890123") << false;
    QTest::newRow("a letter") << QStringLiteral("12a4") << false;
    QTest::newRow("a space") << QStringLiteral("12 34") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("١٢٣٤") << false;
}

void tst_PinHash::pinsAreFourToTwelveDigits()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QCOMPARE(PinHash::pinProblem(pin).isEmpty(), ok);
}

void tst_PinHash::constantTimeCompareLooksAtEveryByte()
{
    const QByteArray a(PinHash::DigestBytes, 'a');
    QByteArray lastDiffers = a;
    lastDiffers[PinHash::DigestBytes - 1] = 'b';
    QByteArray firstDiffers = a;
    firstDiffers[0] = 'b';
    QVERIFY(PinHash::constantTimeEquals(a, a));
    QVERIFY(!PinHash::constantTimeEquals(a, lastDiffers));
    QVERIFY(!PinHash::constantTimeEquals(a, firstDiffers));
    QVERIFY(!PinHash::constantTimeEquals(a, a.left(31)));
    QVERIFY(PinHash::constantTimeEquals(QByteArray(), QByteArray()));
    // A first byte wrong costs as long as a last byte wrong (an early exit would make the first
    // many times faster). Long inputs and the best of many runs, to see past the noise.
    const QByteArray big(1 << 20, 'x');
    QByteArray bigFirst = big;
    bigFirst[0] = 'y';
    QByteArray bigLast = big;
    bigLast[big.size() - 1] = 'y';
    auto best = [&big](const QByteArray &other) {
        qint64 fastest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer t;
            t.start();
            const bool same = PinHash::constantTimeEquals(big, other);
            fastest = std::min(fastest, t.nsecsElapsed());
            if (same)
                return qint64(-1);
        }
        return fastest;
    };
    const qint64 first = best(bigFirst);
    const qint64 last = best(bigLast);
    QVERIFY(first > 0 && last > 0);
    QVERIFY2(first * 4 > last,
             qPrintable(QStringLiteral("first %1 ns, last %2 ns").arg(first).arg(last)));
}

void tst_PinHash::lockRefusesWrongPinsThenWaits()
{
    KioskLock lock(PinHasher::hash(QStringLiteral("2468"), PinHash::MinIterations));
    lock.setLockoutMs(300);
    QVERIFY(lock.canBeLeft());
    QVERIFY(!lock.closeAllowed());
    for (int i = 1; i < KioskLock::MaxWrongTries; ++i) {
        QCOMPARE(lock.tryPin(QStringLiteral("1111")), KioskLock::Answer::WrongPin);
        QCOMPARE(lock.triesLeft(), KioskLock::MaxWrongTries - i);
    }
    QCOMPARE(lock.tryPin(QStringLiteral("1111")), KioskLock::Answer::LockedOut);
    QVERIFY(lock.lockoutRemainingMs() > 0);
    // Even the right PIN waits for the lockout to end.
    QCOMPARE(lock.tryPin(QStringLiteral("2468")), KioskLock::Answer::LockedOut);
    QVERIFY(!lock.isUnlocked());
    QTRY_COMPARE_WITH_TIMEOUT(lock.lockoutRemainingMs(), 0, 2000);
    QCOMPARE(lock.tryPin(QStringLiteral("2468")), KioskLock::Answer::Unlocked);
    QVERIFY(lock.isUnlocked());
    QVERIFY(lock.closeAllowed());
}

void tst_PinHash::lockWithoutPinCannotBeLeft()
{
    KioskLock lock{PinHash()};
    QVERIFY(!lock.canBeLeft());
    QCOMPARE(lock.tryPin(QStringLiteral("0000")), KioskLock::Answer::NoPinConfigured);
    QVERIFY(!lock.closeAllowed());
}

QTEST_GUILESS_MAIN(tst_PinHash)
#include "tst_pinhash.moc"
