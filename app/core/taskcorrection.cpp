#include "taskcorrection.h"

#include "remoteworkorder.h"

#include <QJsonObject>

TaskCorrection::Parsed TaskCorrection::fromJson(const QByteArray &json)
{
    QString error;
    const QJsonObject root = RemoteWorkOrder::rootObject(json, &error);
    if (!error.isEmpty())
        return {{}, error};
    TaskCorrection c;
    const QJsonValue id = root.value(QLatin1String("id"));
    if (id.isString() && !id.toString().isEmpty())
        c.taskId = id.toString();
    else if (id.isDouble() && id.toDouble() == static_cast<qint64>(id.toDouble()))
        c.taskId = QString::number(static_cast<qint64>(id.toDouble()));
    else
        return {{}, tr("The field \"id\" is missing or is not a task id.")};
    const QJsonValue stateValue = root.value(QLatin1String("state"));
    if (!stateValue.isObject())
        return {{}, tr("The field \"state\" is missing or is not an object.")};
    const QJsonObject state = stateValue.toObject();
    c.correctedValue = state.value(QLatin1String("corrected_value"));
    if (c.correctedValue.isUndefined() || c.correctedValue.isNull())
        return {{}, tr("The field \"state.corrected_value\" is missing.")};
    c.analyzedValue = state.value(QLatin1String("analyzed_value"));
    if (c.analyzedValue.isUndefined())
        c.analyzedValue = QJsonValue(QJsonValue::Null);
    const QJsonValue message = state.value(QLatin1String("message"));
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return {{}, tr("The field \"state.message\" is not a string.")};
    c.message = message.toString();
    return {c, {}};
}
