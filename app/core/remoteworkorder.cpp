#include "remoteworkorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace {
QDateTime parseDate(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

RemoteWorkOrder::Parsed RemoteWorkOrder::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {{},
                tr("The response is not JSON (%1 at byte %2).")
                    .arg(error.errorString())
                    .arg(error.offset)};
    if (!doc.isObject())
        return {{}, tr("The response is not a JSON object.")};
    return fromJsonObject(doc.object());
}

RemoteWorkOrder::Parsed RemoteWorkOrder::fromJsonObject(const QJsonObject &o)
{
    RemoteWorkOrder wo;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || QUuid::fromString(id.toString()).isNull())
        return {{}, tr("The field \"id\" is missing or is not a UUID.")};
    wo.id = QUuid::fromString(id.toString()).toString(QUuid::WithoutBraces);

    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isString())
        return {{}, tr("The field \"name\" is missing or is not a string.")};
    wo.name = name.toString();

    const QJsonValue score = o.value(QLatin1String("progress_score"));
    if (score.isNull() || score.isUndefined()) {
        wo.progressScore = 0; // a work order with no analysed task has no score yet
    } else {
        const double d = score.toDouble(-1);
        if (!score.isDouble() || d < 0 || d > 100 || d != static_cast<int>(d))
            return {{}, tr("The field \"progress_score\" is not an integer from 0 to 100.")};
        wo.progressScore = static_cast<int>(d);
    }

    wo.createDate = parseDate(o.value(QLatin1String("create_date")));
    wo.updateDate = parseDate(o.value(QLatin1String("update_date")));
    wo.reviewDate = parseDate(o.value(QLatin1String("review_date")));
    wo.metadata = o.value(QLatin1String("metadata")).toObject();
    wo.fieldEngineerEmail = o.value(QLatin1String("field_engineer_email")).toString();
    const QJsonValue types = o.value(QLatin1String("types")).isArray()
                                 ? o.value(QLatin1String("types"))
                                 : o.value(QLatin1String("work_order_types"));
    for (const QJsonValue t : types.toArray()) {
        if (t.isString())
            wo.types << t.toString();
        else if (t.isObject())
            wo.types << t.toObject().value(QLatin1String("name")).toString();
    }

    const QJsonValue groups = o.value(QLatin1String("task_groups"));
    if (!groups.isUndefined() && !groups.isNull() && !groups.isArray())
        return {{}, tr("The field \"task_groups\" is not an array.")};
    const QJsonArray groupArray = groups.toArray();
    for (qsizetype gi = 0; gi < groupArray.size(); ++gi) {
        if (!groupArray.at(gi).isObject())
            return {{}, tr("task_groups[%1] is not an object.").arg(gi)};
        const QJsonObject g = groupArray.at(gi).toObject();
        TaskGroup group;
        group.id = g.value(QLatin1String("id")).toVariant().toString();
        group.name = g.value(QLatin1String("name")).toString();
        if (group.name.isEmpty())
            return {{}, tr("task_groups[%1] has no name.").arg(gi)};
        group.displayName = g.value(QLatin1String("display_name")).toString(group.name);
        group.description = g.value(QLatin1String("description")).toString();
        group.order = g.value(QLatin1String("order")).toInt();
        const QJsonArray tasks = g.value(QLatin1String("tasks")).toArray();
        for (qsizetype ti = 0; ti < tasks.size(); ++ti) {
            const QJsonObject t = tasks.at(ti).toObject();
            Task task;
            task.id = t.value(QLatin1String("id")).toVariant().toString();
            task.name = t.value(QLatin1String("name")).toString();
            if (task.name.isEmpty())
                return {{}, tr("task_groups[%1].tasks[%2] has no name.").arg(gi).arg(ti)};
            task.sentence = t.value(QLatin1String("sentence")).toString();
            task.mandatory = t.value(QLatin1String("mandatory")).toBool();
            task.onlyForDashboard = t.value(QLatin1String("only_for_dashboard")).toBool();
            task.conformityStatus = t.value(QLatin1String("conformity_status")).toBool();
            task.outcomeType = t.value(QLatin1String("outcome_type")).toString();
            task.state = t.value(QLatin1String("state")).toObject();
            group.tasks << task;
        }
        wo.taskGroups << group;
    }
    // The API does not sort task groups by their order: do it once here.
    std::stable_sort(wo.taskGroups.begin(), wo.taskGroups.end(),
                     [](const TaskGroup &a, const TaskGroup &b) { return a.order < b.order; });
    return {wo, {}};
}
