#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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
        QJsonObject state; // null until analysed: {analyzed_value, corrected_value, ...}
        bool isAnalysed() const { return !state.isEmpty(); }
    };
    struct TaskGroup {
        QString id;
        QString name;
        QString displayName;
        QString description;
        int order = 0;
        QList<Task> tasks;
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

    struct Parsed;
    static Parsed fromJson(const QByteArray &json);
    static Parsed fromJsonObject(const QJsonObject &object);
};

struct RemoteWorkOrder::Parsed {
    RemoteWorkOrder workOrder;
    QString error; // what was wrong and where; empty on success
    bool ok() const { return error.isEmpty(); }
};
