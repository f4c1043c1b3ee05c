#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// The answer to PATCH /v0.2/work-orders/{id}/tasks/{task_id}/correction/: the task and its
// state after the correction (corrections are final). Built only through fromJson.
struct TaskCorrection {
    Q_DECLARE_TR_FUNCTIONS(TaskCorrection)
public:
    QString taskId;
    QJsonValue analyzedValue; // null when the task had not been analysed
    QJsonValue correctedValue;
    QString message;

    struct Parsed;
    static Parsed fromJson(const QByteArray &json);
};

struct TaskCorrection::Parsed {
    TaskCorrection correction;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
