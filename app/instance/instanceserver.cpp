#include "instanceserver.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "fieldconnect.instance")

namespace {
// A socket file is left behind when a process dies: nobody answers on it.
bool someoneAnswers(const QString &name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool answered = probe.waitForConnected(500);
    probe.abort();
    return answered;
}
} // namespace

InstanceServer::InstanceServer(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    // The socket is made readable and writable by the user only: another account on the same
    // machine cannot hand a callback to this one.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::onNewConnection);
}

InstanceServer::~InstanceServer()
{
    m_server->close();
}

bool InstanceServer::listen(const QString &name, QString *error)
{
    // Qt puts a user-only socket in place by renaming it over the old one: a live instance
    // would lose its socket without a word, so it is asked first.
    if (someoneAnswers(name)) {
        if (error)
            *error = tr("Another FieldConnect already answers on %1.").arg(name);
        return false;
    }
    if (m_server->listen(name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && !someoneAnswers(name)) {
        QLocalServer::removeServer(name);
        if (m_server->listen(name))
            return true;
    }
    if (error)
        *error = m_server->errorString();
    return false;
}

QString InstanceServer::fullServerName() const
{
    return m_server->fullServerName();
}

void InstanceServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QPointer<QLocalSocket> guard(socket);
        QTimer::singleShot(ReadTimeoutMs, this, [guard] {
            if (guard && guard->property("answered").isNull()) {
                qCWarning(lcInstance) << "dropped a connection that sent no request in time";
                guard->abort();
            }
        });
        onReadyRead(socket); // what arrived with the connection
    }
}

void InstanceServer::onReadyRead(QLocalSocket *socket)
{
    if (!socket->property("answered").isNull())
        return;
    const bool complete = socket->canReadLine();
    if (!complete && socket->bytesAvailable() <= InstanceMessage::MaxLineBytes)
        return; // the rest is on its way
    const QByteArray line =
        complete ? socket->readLine(InstanceMessage::MaxLineBytes + 2) : socket->readAll();
    const InstanceMessage::Request request = InstanceMessage::readRequest(line);
    if (!request.ok()) {
        qCWarning(lcInstance).noquote()
            << "refused a message from another process:" << request.code;
        answer(socket, {}, InstanceMessage::Reply::refused(request.code, request.error));
        return;
    }
    const InstanceMessage::Reply reply =
        m_handler ? m_handler(request.url)
                  : InstanceMessage::Reply::refused(
                      QStringLiteral("not_ready"),
                      InstanceMessage::tr("FieldConnect is still starting; try again."));
    // The query may carry what Deepomatic sends back: only the verdict is logged.
    qCInfo(lcInstance).noquote() << "callback handed over by another process:" << reply.code;
    answer(socket, request.url, reply);
}

void InstanceServer::answer(QLocalSocket *socket, const QUrl &url,
                            const InstanceMessage::Reply &reply)
{
    socket->setProperty("answered", true);
    socket->write(reply.toLine());
    socket->flush();
    socket->disconnectFromServer(); // after the reply is written
    emit requestAnswered(url, reply);
}
