#include "analyzeresult.h"

AnalyzeResult::Parsed AnalyzeResult::fromJson(const QByteArray &json)
{
    QString error;
    const QJsonObject root = RemoteWorkOrder::rootObject(json, &error);
    if (!error.isEmpty())
        return {{}, error};
    AnalyzeResult result;
    if (!root.value(QLatin1String("input")).isObject())
        return {{}, tr("The field \"input\" is missing or is not an object.")};
    result.input = RemoteWorkOrder::inputFromJson(root.value(QLatin1String("input")),
                                                  QStringLiteral("input"), &error);
    if (!error.isEmpty())
        return {{}, error};
    if (!root.value(QLatin1String("task_group")).isObject())
        return {{}, tr("The field \"task_group\" is missing or is not an object.")};
    result.taskGroup = RemoteWorkOrder::taskGroupFromJson(root.value(QLatin1String("task_group")),
                                                          QStringLiteral("task_group"), &error);
    if (!error.isEmpty())
        return {{}, error};
    if (result.input.taskGroupName != result.taskGroup.name)
        return {{},
                tr("The input belongs to \"%1\" but the task group is \"%2\".")
                    .arg(result.input.taskGroupName, result.taskGroup.name)};
    if (!RemoteWorkOrder::progressFromJson(root.value(QLatin1String("progress_score")),
                                           &result.progressScore))
        return {{}, tr("The field \"progress_score\" is not an integer from 0 to 100.")};
    return {result, {}};
}
