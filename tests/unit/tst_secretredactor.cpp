// SecretRedactor over a corpus of secret shapes: each row is a line as it could reach a log, a
// settings file or a JSON dump, the secret in it, and what must stay for support to read.

#include "secretredactor.h"

#include <QTest>

class tst_SecretRedactor : public QObject
{
    Q_OBJECT
private slots:
    void secretShapesAreRemoved_data();
    void secretShapesAreRemoved();
    void ordinaryTextIsKept_data();
    void ordinaryTextIsKept();
    void knownSecretIsRemovedInEveryForm_data();
    void knownSecretIsRemovedInEveryForm();
    void shortKnownValuesAreIgnored();
    void redactingTwiceChangesNothing();
    void countsReplacements();
};

void tst_SecretRedactor::secretShapesAreRemoved_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    auto row = [](const char *name, const char *input, const char *secret, const char *kept) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(secret)
                            << QString::fromUtf8(kept);
    };
    row("authorization bearer", "Authorization: Bearer abcDEF123456789xyz", "abcDEF123456789xyz",
        "Authorization: ");
    row("authorization token", "authorization=Token 7d3f9a0c5e1b48f2a6c4", "7d3f9a0c5e1b48f2a6c4",
        "authorization=");
    row("authorization in JSON", R"({"Authorization": "Basic dXNlcjpodW50ZXIy"})",
        "dXNlcjpodW50ZXIy", R"("Authorization": ")");
    row("proxy authorization",
        "Proxy-Authorization: Basic Zm9vOmJhcmJheg==", "Zm9vOmJhcmJheg==", "Proxy-Authorization");
    row("bare bearer", "sent with Bearer eyJhbGciOi.payload.sig-abcdefgh to the API",
        "eyJhbGciOi.payload.sig-abcdefgh", "to the API");
    row("bare token scheme", "header was Token 0123456789abcdef0123 (refused)",
        "0123456789abcdef0123", "(refused)");
    row("cookie header", "Cookie: dm_session=s3cr3t-cookie-value; theme=dark",
        "s3cr3t-cookie-value", "Cookie: ");
    row("set-cookie header", "Set-Cookie: dm_session=abcdef0123456789; Path=/; HttpOnly",
        "abcdef0123456789", "Set-Cookie: ");
    row("session cookie pair", "the page set dm_session=f00dcafe0042 for the studio",
        "f00dcafe0042", "dm_session=");
    row("password key", "password=hunter2-is-long", "hunter2-is-long", "password=");
    row("password with colon", "Password: sandbox-camille", "sandbox-camille", "Password: ");
    row("passwd key", "passwd = correct-horse", "correct-horse", "passwd = ");
    row("password in JSON", R"({"user":"camille","password":"with spaces inside"})",
        "with spaces inside", R"("user":"camille")");
    row("api_token key", "api_token=9f86d081884c7d65", "9f86d081884c7d65", "api_token=");
    row("access_token in JSON", R"({"access_token": "ya29.a0AfH6SMB", "expires_in": 3599})",
        "ya29.a0AfH6SMB", R"("expires_in": 3599)");
    row("client secret", "client_secret: 'quoted secret value'", "quoted secret value",
        "client_secret");
    row("apikey", "apikey=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "apikey=");
    row("api-key header", "X-Api-Key: 1a2b3c4d5e6f7a8b", "1a2b3c4d5e6f7a8b", "X-Api-Key: ");
    row("settings key with a slash", "api-token/sandbox=0123456789abcdefXYZ", "0123456789abcdefXYZ",
        "api-token/sandbox=");
    row("callback query",
        "callback fieldconnect://callback/done?launch=4f1c2a9e77&work_order_progress=80",
        "4f1c2a9e77", "fieldconnect://callback/done?launch=");
    row("connector query",
        "opened https://studio.example/wo/42?site_id=000f0174&sig=abcdefgh12345678 in the view",
        "abcdefgh12345678", "https://studio.example/wo/42?site_id=");
    row("https callback prefix query", R"(QUrl("https://cb.example/return?token=zzzzzzzz9999"))",
        "zzzzzzzz9999", "https://cb.example/return?token=");
    row("url fragment", "results in https://cb.example/r#progress=80&launch=77aa88bb99",
        "77aa88bb99", "https://cb.example/r#");
    row("url user info", "proxy http://camille:pa55word@proxy.example:3128/ refused",
        "camille:pa55word", "proxy.example:3128");
    row("json web token alone",
        "id "
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_"
        "XgL0n3I9PlFUP0THsR8U seen",
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", " seen");
    row("pem private key",
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "-----BEGIN PRIVATE KEY-----");
    row("pem ec private key",
        "key:\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB0x\nabcdEFGH\n-----END EC PRIVATE "
        "KEY-----\n",
        "MHcCAQEEIB0x", "-----END EC PRIVATE KEY-----");
    row("two secrets on one line", "password=first-secret&token=second-secret-123",
        "second-secret-123", "password=");
}

void tst_SecretRedactor::secretShapesAreRemoved()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = SecretRedactor().redact(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(SecretRedactor::Mask)), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void tst_SecretRedactor::ordinaryTextIsKept_data()
{
    QTest::addColumn<QString>("input");
    // Log lines of the app as they are written: nothing to remove.
    QTest::newRow("log line with a category that names credentials")
        << QStringLiteral("2026-05-04T08:15:02.311Z info fieldconnect.credentials: token found "
                          "in Secret Service");
    QTest::newRow("token in a sentence")
        << QStringLiteral("There is no API token for Site A; ask your administrator.");
    QTest::newRow("url without query")
        << QStringLiteral("GET https://api.example/v0.2/work-orders/");
    QTest::newRow("certificate fingerprint") << QStringLiteral(
        "tls_override=studio.example "
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    QTest::newRow("author") << QStringLiteral("author: Camille Martin");
    QTest::newRow("sign-in mode") << QStringLiteral("sign-in: cookie (expiring)");
}

void tst_SecretRedactor::ordinaryTextIsKept()
{
    QFETCH(QString, input);
    int count = -1;
    QCOMPARE(SecretRedactor().redact(input, &count), input);
    QCOMPARE(count, 0);
}

void tst_SecretRedactor::knownSecretIsRemovedInEveryForm_data()
{
    QTest::addColumn<QString>("input");
    const QString secret = QStringLiteral("7d3f9a0c5e1b48f2a6c4d8e0b1f3a5c7e9d2b4f6");
    QTest::newRow("bare") << QStringLiteral("loaded %1 from the store").arg(secret);
    QTest::newRow("upper case") << QStringLiteral("KEY %1").arg(secret.toUpper());
    QTest::newRow("base64")
        << QStringLiteral("x-header: %1").arg(QString::fromLatin1(secret.toUtf8().toBase64()));
    QTest::newRow("inside a word") << QStringLiteral("prefix%1suffix").arg(secret);
}

void tst_SecretRedactor::knownSecretIsRemovedInEveryForm()
{
    QFETCH(QString, input);
    const QString secret = QStringLiteral("7d3f9a0c5e1b48f2a6c4d8e0b1f3a5c7e9d2b4f6");
    SecretRedactor redactor;
    redactor.addSecret(secret);
    const QString out = redactor.redact(input);
    QVERIFY2(!out.contains(secret, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains(QString::fromLatin1(secret.toUtf8().toBase64())), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(SecretRedactor::Mask)), qPrintable(out));
}

void tst_SecretRedactor::shortKnownValuesAreIgnored()
{
    SecretRedactor redactor;
    redactor.addSecret(QStringLiteral("the"));
    const QString text = QStringLiteral("the work order is there");
    QCOMPARE(redactor.redact(text), text);
}

void tst_SecretRedactor::redactingTwiceChangesNothing()
{
    const SecretRedactor redactor;
    const QString once =
        redactor.redact(QStringLiteral("Authorization: Bearer abcdefgh12345678 password=hunter22 "
                                       "https://x.example/?a=1&b=2#frag Cookie: s=1"));
    int count = -1;
    QCOMPARE(redactor.redact(once, &count), once);
    QCOMPARE(count, 0);
}

void tst_SecretRedactor::countsReplacements()
{
    int count = 0;
    SecretRedactor().redact(QStringLiteral("password=aaaaaaaa\ntoken=bbbbbbbb\n"), &count);
    QCOMPARE(count, 2);
}

QTEST_APPLESS_MAIN(tst_SecretRedactor)
#include "tst_secretredactor.moc"
