#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One line of a work order's audit trail. `kind` is a stable machine key, kept as text in the
// database (a trail written by a newer version may hold keys this one does not know); Kind
// names every key this version writes, and only those are written. `reason` is the human
// explanation; `data` carries the values that justify it.
struct WorkOrderEvent {
    enum class Kind {
        Planned,
        CreateQueued,
        CreateSentAgain,
        CreatedInDeepomatic,
        LinkedInDeepomatic,
        CreateFailed,
        CreateInDoubt,
        RequestCancelled,
        RequestSentAgain,
        RequestDiscarded,
        ConnectorOpened,
        CallbackAccepted,
        CallbackRejected,
        ProgressVerified,
        VerificationFailed,
        NeedsReview,
        ClosureVerified,
        ClosureReportSent,
        ClosureReportFailed,
        Closed,
        ClosedOverride,
    };

    qint64 id = 0;
    QString workOrderKey;
    QDateTime time;
    QString user;
    QString kind;
    QString fromStatus;
    QString toStatus;
    QString reason;
    QJsonObject data;

    // The one way to start an event: stamped now (UTC), with its kind's key.
    static WorkOrderEvent of(Kind kind, const QString &workOrderKey, const QString &user,
                             const QString &reason, const QJsonObject &data = {});

    static QList<Kind> allKinds();
    static QString key(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    // What a person reads in the history, translated; an unknown key is shown as it is.
    static QString label(Kind kind);
    static QString labelOf(const QString &key);

    bool is(Kind k) const { return kind == key(k); }
};
