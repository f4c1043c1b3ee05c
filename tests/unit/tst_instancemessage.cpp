// What two FieldConnect processes say over the local socket, and the name they meet on.

#include "instancemessage.h"

#include <QTest>

class tst_InstanceMessage : public QObject
{
    Q_OBJECT
private slots:
    void serverNameIsStablePerUserAndDataDir();
    void serverNameDiffersForAnotherDataDirOrUser();
    void serverNameGoesToTheRuntimeDirOnlyWhenItFits();
    void requestCarriesTheCallbackUrl();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void replyReadsBackAsWritten();
    void unreadableReplyIsNothing_data();
    void unreadableReplyIsNothing();
};

void tst_InstanceMessage::serverNameIsStablePerUserAndDataDir()
{
    const QString a = InstanceMessage::serverKey(QStringLiteral("ana"), QStringLiteral("/d/fc"));
    QCOMPARE(InstanceMessage::serverKey(QStringLiteral("ana"), QStringLiteral("/d/fc")), a);
    QCOMPARE(InstanceMessage::serverKey(QStringLiteral("ana"), QStringLiteral("/d/./fc/")), a);
    QVERIFY(a.startsWith(QLatin1String("fieldconnect-")));
    QCOMPARE(a.size(), 13 + 24);
    // Neither the account nor the path is spelled out.
    QVERIFY(!a.contains(QLatin1String("ana")));
}

void tst_InstanceMessage::serverNameDiffersForAnotherDataDirOrUser()
{
    const QString a = InstanceMessage::serverKey(QStringLiteral("ana"), QStringLiteral("/d/fc"));
    QVERIFY(InstanceMessage::serverKey(QStringLiteral("ana"), QStringLiteral("/d/fc2")) != a);
    QVERIFY(InstanceMessage::serverKey(QStringLiteral("bob"), QStringLiteral("/d/fc")) != a);
    // The separator keeps "an" + "a/d/fc" from meeting "ana" + "/d/fc".
    QVERIFY(InstanceMessage::serverKey(QStringLiteral("an"), QStringLiteral("a/d/fc")) != a);
}

void tst_InstanceMessage::serverNameGoesToTheRuntimeDirOnlyWhenItFits()
{
    const QString key = InstanceMessage::serverKey(QStringLiteral("ana"), QStringLiteral("/d"));
    QCOMPARE(InstanceMessage::serverName(QStringLiteral("ana"), QStringLiteral("/d"), {}), key);
    QCOMPARE(InstanceMessage::serverName(QStringLiteral("ana"), QStringLiteral("/d"),
                                         QStringLiteral("/run/user/1000")),
             QStringLiteral("/run/user/1000/") + key);
    // A Unix socket path has at most 108 bytes: a deep runtime directory falls back to the key.
    const QString deep = QStringLiteral("/") + QString(90, u'r');
    QCOMPARE(InstanceMessage::serverName(QStringLiteral("ana"), QStringLiteral("/d"), deep), key);
}

void tst_InstanceMessage::requestCarriesTheCallbackUrl()
{
    const QUrl url(QStringLiteral("fieldconnect://callback/0123456789abcdef0123456789abcdef"
                                  "?work_order_progress=100&x=%2F"));
    const QByteArray line = InstanceMessage::requestLine(url);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const InstanceMessage::Request request = InstanceMessage::readRequest(line);
    QVERIFY2(request.ok(), qPrintable(request.error));
    QCOMPARE(request.url, url);
    QCOMPARE(request.url.query(QUrl::FullyEncoded), url.query(QUrl::FullyEncoded));
}

void tst_InstanceMessage::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("hello\n") << QStringLiteral("malformed_message");
    QTest::newRow("an array") << QByteArray("[1]\n") << QStringLiteral("malformed_message");
    QTest::newRow("no callback") << QByteArray("{\"url\":\"x\"}\n")
                                 << QStringLiteral("malformed_message");
    QTest::newRow("callback not text")
        << QByteArray("{\"callback\":3}\n") << QStringLiteral("malformed_message");
    QTest::newRow("extra key") << QByteArray("{\"callback\":\"fieldconnect://callback/a\","
                                             "\"token\":\"x\"}\n")
                               << QStringLiteral("malformed_message");
    QTest::newRow("too long") << QByteArray("{\"callback\":\"fieldconnect://callback/")
                                     + QByteArray(InstanceMessage::MaxLineBytes, 'a')
                                     + QByteArray("\"}\n")
                              << QStringLiteral("malformed_message");
    QTest::newRow("https URL") << QByteArray("{\"callback\":\"https://evil.example/cb\"}\n")
                               << QStringLiteral("not_a_callback");
    QTest::newRow("other host") << QByteArray("{\"callback\":\"fieldconnect://settings/x\"}\n")
                                << QStringLiteral("not_a_callback");
}

void tst_InstanceMessage::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, code);
    const InstanceMessage::Request request = InstanceMessage::readRequest(line);
    QVERIFY(!request.ok());
    QCOMPARE(request.code, code);
    QVERIFY(!request.error.isEmpty());
}

void tst_InstanceMessage::replyReadsBackAsWritten()
{
    InstanceMessage::Reply reply;
    reply.accepted = true;
    reply.code = QStringLiteral("accepted");
    reply.message = QStringLiteral("Déjà « vu »");
    reply.verificationPending = true;
    const auto read = InstanceMessage::Reply::fromLine(reply.toLine());
    QVERIFY(read);
    QCOMPARE(read->accepted, true);
    QCOMPARE(read->code, reply.code);
    QCOMPARE(read->message, reply.message);
    QCOMPARE(read->verificationPending, true);
    const QJsonObject printed = reply.toJson();
    QCOMPARE(printed.value(QStringLiteral("event")).toString(),
             QStringLiteral("callback_accepted"));
    QCOMPARE(printed.value(QStringLiteral("verification")).toString(), QStringLiteral("pending"));

    const InstanceMessage::Reply refused =
        InstanceMessage::Reply::refused(QStringLiteral("replay"), QStringLiteral("already used"));
    QCOMPARE(refused.toJson().value(QStringLiteral("event")).toString(),
             QStringLiteral("callback_rejected"));
    QCOMPARE(refused.toJson().value(QStringLiteral("code")).toString(), QStringLiteral("replay"));
    QVERIFY(!refused.toJson().contains(QStringLiteral("verification")));
}

void tst_InstanceMessage::unreadableReplyIsNothing_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray("\n");
    QTest::newRow("not JSON") << QByteArray("ok\n");
    QTest::newRow("no code") << QByteArray("{\"accepted\":true}\n");
    QTest::newRow("empty code") << QByteArray("{\"accepted\":true,\"code\":\"\"}\n");
    QTest::newRow("accepted as text") << QByteArray("{\"accepted\":\"yes\",\"code\":\"a\"}\n");
}

void tst_InstanceMessage::unreadableReplyIsNothing()
{
    QFETCH(QByteArray, line);
    QVERIFY(!InstanceMessage::Reply::fromLine(line));
}

QTEST_APPLESS_MAIN(tst_InstanceMessage)
#include "tst_instancemessage.moc"
