#pragma once

#include "outcomevalidation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// A work order as the Deepomatic API returns it (GET or POST /v0.2/work-orders/). Built only
// through fromJson, which checks every field it keeps: a response is never trusted.
struct RemoteWorkOrder {
    Q_DECLARE_TR_FUNCTIONS(RemoteWorkOrder)
public:
    struct Task {
        QString id;
        QString name;
        QString sentence;
        bool mandatory = false;
        bool onlyForDashboard = false;
        bool conformityStatus = false;
        QString outcomeType;
        // How a value is graded; empty when the API gave none or gave one FieldConnect could
        // misread (then the value is shown without a verdict).
        OutcomeValidation outcomeValidation;
        QJsonObject state; // null until analysed: {analyzed_value, corrected_value, ...}
        bool isAnalysed() const { return !state.isEmpty(); }
    };
    struct TaskGroup {
        QString id;
        QString name;
        QString displayName;
        QString description;
        int order = 0;
        QStringList inputExamples; // image URLs; signed, they may expire
        QList<Task> tasks;
    };
    // An image (or PDF) sent for analysis, listed by GET …?include_inputs=true.
    struct Input {
        QString id;
        QString taskGroupName;
        QDateTime date;
        QStringList conformityMessages; // why the data conformity check failed, if it did
        QUrl imageUrl; // may be relative to the API host
        QString mediaType; // "image/jpeg", "application/pdf", ...; empty when not given
        int width = 0; // pixels, 0 when not given
        int height = 0;
        // A PDF document, by its media type or, without one, by its URL's file name.
        bool isPdf() const;
    };

    QString id;
    QString name;
    int progressScore = 0;
    QDateTime createDate;
    QDateTime updateDate;
    QDateTime reviewDate;
    QJsonObject metadata;
    QStringList types;
    QString fieldEngineerEmail;
    QList<TaskGroup> taskGroups;
    QList<Input> inputs; // empty when asked without include_inputs
    // The object it was read from, whole: what is kept to show the same answer again offline
    // (read back through fromJsonObject, so it is checked like a fresh one).
    QJsonObject source;

    struct Parsed;
    struct ParsedList;
    struct ParsedTaskGroups;
    static Parsed fromJson(const QByteArray &json);
    static Parsed fromJsonObject(const QJsonObject &object);
    // A list of work orders: a bare array or DRF's page {"count", "next", "results": […]}.
    static ParsedList listFromJson(const QByteArray &json);

    // The task group parser, shared by work orders, GET /v0.2/task-groups/ (bare array or DRF
    // page) and GET /v0.2/task-groups/{name}. `where` names the value in error messages. What
    // was ignored rather than refused (a malformed outcome_validation) is added to *warnings.
    static TaskGroup taskGroupFromJson(const QJsonValue &value, const QString &where,
                                       QString *error, QStringList *warnings = nullptr);
    static ParsedTaskGroups taskGroupsFromJson(const QByteArray &json);
    static Input inputFromJson(const QJsonValue &value, const QString &where, QString *error);
    // progress_score: absent or null is 0, otherwise an integer from 0 to 100.
    static bool progressFromJson(const QJsonValue &value, int *score);
    // The root object of a response, or an error sentence.
    static QJsonObject rootObject(const QByteArray &json, QString *error);
    static QDateTime dateFromJson(const QJsonValue &value);
};

struct RemoteWorkOrder::Parsed {
    RemoteWorkOrder workOrder;
    QString error; // what was wrong and where; empty on success
    QStringList warnings; // what was ignored, and where, in a response that was accepted
    bool ok() const { return error.isEmpty(); }
};

struct RemoteWorkOrder::ParsedList {
    QList<RemoteWorkOrder> workOrders;
    QString next; // DRF's link to the next page, empty on the last one
    QString error;
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};

struct RemoteWorkOrder::ParsedTaskGroups {
    QList<TaskGroup> taskGroups; // in the API's order
    QString next;
    QString error;
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};
