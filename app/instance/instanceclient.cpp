#include "instanceclient.h"

#include <QDeadlineTimer>
#include <QLocalSocket>

InstanceClient::Result InstanceClient::send(const QString &serverName, const QUrl &callbackUrl,
                                            int timeoutMs)
{
    Result result;
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(int(qMin<qint64>(deadline.remainingTime(), 2000))))
        return result; // no server, or a file left by a process that died

    auto noAnswer = [&result](const QString &code, const QString &message) {
        result.outcome = Outcome::NoAnswer;
        result.reply = InstanceMessage::Reply::refused(code, message);
        return result;
    };
    socket.write(InstanceMessage::requestLine(callbackUrl));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            break;
    }
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > InstanceMessage::MaxLineBytes)
            break;
        if (deadline.hasExpired())
            return noAnswer(QStringLiteral("timeout"),
                            tr("The running FieldConnect did not answer within %n second(s).",
                               nullptr, (timeoutMs + 999) / 1000));
        if (!socket.waitForReadyRead(int(deadline.remainingTime()))
            && socket.state() != QLocalSocket::ConnectedState && !socket.canReadLine())
            return noAnswer(QStringLiteral("no_answer"),
                            tr("The running FieldConnect closed the connection without an "
                               "answer."));
    }
    const auto reply =
        InstanceMessage::Reply::fromLine(socket.readLine(InstanceMessage::MaxLineBytes + 2));
    if (!reply)
        return noAnswer(QStringLiteral("no_answer"),
                        tr("The running FieldConnect gave an answer that could not be read."));
    result.outcome = Outcome::Answered;
    result.reply = *reply;
    return result;
}
