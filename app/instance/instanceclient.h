#pragma once

#include "instancemessage.h"

#include <QCoreApplication>
#include <QUrl>

// The second process's end of the local socket: hands one callback URL to the running
// FieldConnect and waits, a bounded time, for its verdict. Blocking, so it works before any
// event loop (and with no window system): the second process does nothing else.
class InstanceClient
{
    Q_DECLARE_TR_FUNCTIONS(InstanceClient)
public:
    static constexpr int DefaultTimeoutMs = 10000;

    enum class Outcome {
        Answered, // `reply` is the running instance's verdict
        NoInstance, // nobody listens: this process is the only one
        NoAnswer, // connected, but no readable reply in time (`reply` says so)
    };
    struct Result {
        Outcome outcome = Outcome::NoInstance;
        InstanceMessage::Reply reply;
    };

    static Result send(const QString &serverName, const QUrl &callbackUrl,
                       int timeoutMs = DefaultTimeoutMs);
};
