#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// What can go wrong on purpose with the sandbox's REST answers (/v0.2/...), for tests and demos
// of a bad network. Applied by SandboxServer per request, in this order:
//   latency      delay before answering (or before dropping), in milliseconds;
//   drop_before  probability to close the connection without answering and without applying;
//   error_rate   probability to answer one of error_codes with a DRF body, applying nothing
//                (429 and 503 carry Retry-After: 1);
//   drop_after   probability to apply the request, then close without answering (the "sent,
//                no answer" case that makes twins when a client retries a create blindly);
//   malformed    probability to apply, then send the 2xx status with a truncated or non-JSON
//                body.
// With a seed, the dice are a QRandomGenerator seeded with it: the same requests in the same
// order meet the same faults. Connector pages, media and static files are never affected.
//
// Spec syntax (command line, FIELDCONNECT_SANDBOX_FAULTS): comma-separated key=value, e.g.
//   latency=200,error_rate=0.3,error_codes=503|429,drop_before=0.1,drop_after=0.1,
//   malformed=0.05,seed=7
struct SandboxFaults {
    int latency = 0; // milliseconds, 0-600000
    double errorRate = 0; // probabilities, 0-1
    QList<int> errorCodes{503}; // 400-599
    double dropBefore = 0;
    double dropAfter = 0;
    double malformed = 0;
    bool hasSeed = false; // without a seed the dice are seeded from the system
    quint32 seed = 0;

    // True when any fault would ever happen (latency included).
    bool isActive() const;

    // Parses a spec; an empty spec means no fault. On error returns the defaults and sets
    // *error to a sentence naming the offending key.
    static SandboxFaults parse(const QString &spec, QString *error);
    // The same keys in a JSON object (error_codes as an array of integers or a "503|429"
    // string; seed as an integer). Keys not given keep their default: the object is the whole
    // configuration, not a patch.
    static SandboxFaults fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    QString toSpec() const;

    // Sets one key from its text form ("error_codes" accepts '|' or ',' between codes).
    // False, with *error set, when the key is unknown or the value out of range.
    bool set(const QString &key, const QString &value, QString *error);

    bool operator==(const SandboxFaults &other) const;
    bool operator!=(const SandboxFaults &other) const { return !(*this == other); }
};
