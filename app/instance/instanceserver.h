#pragma once

#include "instancemessage.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QLocalServer;
class QLocalSocket;

// The running FieldConnect's end of the local socket: reads one request line per connection,
// asks the handler for the verdict on the callback it carries and writes the reply line back.
// A message that cannot be read is refused without reaching the handler; a connection that
// says nothing in time is dropped. Only the user's own processes may connect.
class InstanceServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<InstanceMessage::Reply(const QUrl &)>;

    // How long a connection may take to send its request.
    static constexpr int ReadTimeoutMs = 5000;

    explicit InstanceServer(QObject *parent = nullptr);
    ~InstanceServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Listens on `name` (InstanceMessage::serverName). A socket left behind by a process that
    // died is taken over; false with *error when another process answers on it or the socket
    // cannot be made.
    bool listen(const QString &name, QString *error);
    QString fullServerName() const;

signals:
    // After the reply was written (or failed to be): what was asked and what was answered.
    void requestAnswered(const QUrl &url, const InstanceMessage::Reply &reply);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void answer(QLocalSocket *socket, const QUrl &url, const InstanceMessage::Reply &reply);

    QLocalServer *m_server;
    Handler m_handler;
};
