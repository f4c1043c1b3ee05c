// The single-instance socket for real: InstanceServer and InstanceClient over QLocalSocket. The
// client blocks (as the second process does), so it runs on a worker thread while this one
// serves.

#include "instanceclient.h"
#include "instancemessage.h"
#include "instanceserver.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#endif

namespace {
const QUrl Callback(QStringLiteral("fieldconnect://callback/0123456789abcdef0123456789abcdef"
                                   "?work_order_progress=87"));

QFuture<InstanceClient::Result> sendLater(const QString &name, const QUrl &url, int timeoutMs)
{
    return QtConcurrent::run(
        [name, url, timeoutMs] { return InstanceClient::send(name, url, timeoutMs); });
}
} // namespace

class tst_InstanceChannel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void theHandlersVerdictComesBack();
    void anotherDataDirDoesNotMeetThisInstance();
    void noServerMeansNoInstance();
    void malformedMessageIsRefusedWithoutTheHandler();
    void silentServerTimesOut();
    void socketLeftByADeadProcessIsTakenOver();
    void secondServerOnTheSameNameIsRefused();

private:
    static void countCalls(InstanceServer &server, int *calls);
    QString nameFor(const QString &dataDir) const
    {
        return InstanceMessage::serverName(QStringLiteral("tester"), dataDir, m_runtime.path());
    }

    QTemporaryDir m_runtime;
};

void tst_InstanceChannel::init()
{
    QVERIFY(m_runtime.isValid());
}

void tst_InstanceChannel::theHandlersVerdictComesBack()
{
    InstanceServer server;
    QList<QUrl> seen;
    server.setHandler([&seen](const QUrl &url) {
        seen << url;
        InstanceMessage::Reply reply;
        reply.accepted = true;
        reply.code = QStringLiteral("accepted");
        reply.message = QStringLiteral("87 %");
        reply.verificationPending = true;
        return reply;
    });
    QString error;
    QVERIFY2(server.listen(nameFor(QStringLiteral("/data/a")), &error), qPrintable(error));
    QSignalSpy answered(&server, &InstanceServer::requestAnswered);

    auto future = sendLater(nameFor(QStringLiteral("/data/a")), Callback, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    const InstanceClient::Result result = future.result();
    QCOMPARE(result.outcome, InstanceClient::Outcome::Answered);
    QVERIFY(result.reply.accepted);
    QCOMPARE(result.reply.code, QStringLiteral("accepted"));
    QCOMPARE(result.reply.message, QStringLiteral("87 %"));
    QVERIFY(result.reply.verificationPending);
    QCOMPARE(seen, QList<QUrl>{Callback});
    QCOMPARE(answered.count(), 1);
}

// A handler that only counts: the tests that use it expect it not to be reached.
void tst_InstanceChannel::countCalls(InstanceServer &server, int *calls)
{
    server.setHandler([calls](const QUrl &) {
        ++*calls;
        return InstanceMessage::Reply::refused(QStringLiteral("x"), QStringLiteral("x"));
    });
}

void tst_InstanceChannel::anotherDataDirDoesNotMeetThisInstance()
{
    InstanceServer server;
    int calls = 0;
    countCalls(server, &calls);
    QString error;
    QVERIFY2(server.listen(nameFor(QStringLiteral("/data/a")), &error), qPrintable(error));
    QVERIFY(nameFor(QStringLiteral("/data/a")) != nameFor(QStringLiteral("/data/b")));

    auto future = sendLater(nameFor(QStringLiteral("/data/b")), Callback, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    QCOMPARE(future.result().outcome, InstanceClient::Outcome::NoInstance);
    QCOMPARE(calls, 0);
}

void tst_InstanceChannel::noServerMeansNoInstance()
{
    QElapsedTimer clock;
    clock.start();
    const InstanceClient::Result result =
        InstanceClient::send(nameFor(QStringLiteral("/nobody")), Callback, 5000);
    QCOMPARE(result.outcome, InstanceClient::Outcome::NoInstance);
    QVERIFY(clock.elapsed() < 3000); // a first start is not held up
}

void tst_InstanceChannel::malformedMessageIsRefusedWithoutTheHandler()
{
    InstanceServer server;
    int calls = 0;
    countCalls(server, &calls);
    QString error;
    QVERIFY2(server.listen(nameFor(QStringLiteral("/data/m")), &error), qPrintable(error));

    QLocalSocket raw;
    raw.connectToServer(nameFor(QStringLiteral("/data/m")));
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::ConnectedState, 5000);
    raw.write("GET / HTTP/1.0\n");
    QTRY_VERIFY_WITH_TIMEOUT(raw.canReadLine(), 5000);
    const auto reply = InstanceMessage::Reply::fromLine(raw.readLine());
    QVERIFY(reply);
    QVERIFY(!reply->accepted);
    QCOMPARE(reply->code, QStringLiteral("malformed_message"));
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::UnconnectedState, 5000);

    // A URL of another scheme is refused the same way, before the handler.
    QLocalSocket other;
    other.connectToServer(nameFor(QStringLiteral("/data/m")));
    QTRY_COMPARE_WITH_TIMEOUT(other.state(), QLocalSocket::ConnectedState, 5000);
    other.write(InstanceMessage::requestLine(QUrl(QStringLiteral("https://evil.example/x"))));
    QTRY_VERIFY_WITH_TIMEOUT(other.canReadLine(), 5000);
    QCOMPARE(InstanceMessage::Reply::fromLine(other.readLine())->code,
             QStringLiteral("not_a_callback"));
    QCOMPARE(calls, 0);
}

void tst_InstanceChannel::silentServerTimesOut()
{
    // A process that holds the name but never answers (hung, or not FieldConnect).
    QLocalServer silent;
    const QString name = nameFor(QStringLiteral("/data/silent"));
    QVERIFY2(silent.listen(name), qPrintable(silent.errorString()));
    QList<QLocalSocket *> held;
    connect(&silent, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *s = silent.nextPendingConnection())
            held << s;
    });

    QElapsedTimer clock;
    clock.start();
    auto future = sendLater(name, Callback, 700);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    const InstanceClient::Result result = future.result();
    QCOMPARE(result.outcome, InstanceClient::Outcome::NoAnswer);
    QCOMPARE(result.reply.code, QStringLiteral("timeout"));
    QVERIFY(!result.reply.accepted);
    QVERIFY(!result.reply.message.isEmpty());
    QVERIFY2(clock.elapsed() >= 600 && clock.elapsed() < 5000,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(held.size(), 1);
}

void tst_InstanceChannel::socketLeftByADeadProcessIsTakenOver()
{
#ifdef Q_OS_UNIX
    const QString name = nameFor(QStringLiteral("/data/dead"));
    // What a killed process leaves: the socket file, with nobody listening behind it (bound,
    // never listening, then closed: connecting is refused).
    const QByteArray path = QFile::encodeName(name);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(name));

    InstanceServer server;
    server.setHandler([](const QUrl &) {
        return InstanceMessage::Reply::refused(QStringLiteral("no_launch"), QStringLiteral("-"));
    });
    QString error;
    QVERIFY2(server.listen(name, &error), qPrintable(error));
    auto future = sendLater(name, Callback, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    QCOMPARE(future.result().reply.code, QStringLiteral("no_launch"));
#else
    QSKIP("a socket file is a Unix thing");
#endif
}

void tst_InstanceChannel::secondServerOnTheSameNameIsRefused()
{
    const QString name = nameFor(QStringLiteral("/data/twice"));
    InstanceServer first;
    QString error;
    QVERIFY2(first.listen(name, &error), qPrintable(error));
    InstanceServer second;
    QVERIFY(!second.listen(name, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_InstanceChannel)
#include "tst_instancechannel.moc"
