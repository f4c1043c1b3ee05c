#pragma once

#include "instancemessage.h"

#include <QObject>
#include <QUrl>

class ConnectorSession;
class InterventionController;

// A callback that reached FieldConnect from outside its own view: handed over by a second
// process (the operating system's fieldconnect:// handler, after the system browser followed
// it), or given on this process's own command line. It takes the same road as a callback the
// view captured (the session's rules, then the intervention's record and its verification),
// and says what became of it as the reply the second process prints.
//
// The reply is given once the callback is accepted and recorded, or refused; it does not wait
// for the verification with the Deepomatic API, which the outbox may hold until the network
// is back (verification_pending says it is to come).
class ExternalCallbackReceiver : public QObject
{
    Q_OBJECT
public:
    ExternalCallbackReceiver(ConnectorSession *session, InterventionController *controller,
                             QObject *parent = nullptr);

    InstanceMessage::Reply receive(const QUrl &url);

signals:
    void callbackHandled(const InstanceMessage::Reply &reply);

private:
    ConnectorSession *m_session;
    InterventionController *m_controller;
};
