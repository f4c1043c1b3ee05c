#include "remoteworkorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace {
// Ids of task groups, tasks and inputs are strings or integers depending on the endpoint.
bool idFromJson(const QJsonValue &v, QString *id)
{
    if (v.isString() && !v.toString().isEmpty()) {
        *id = v.toString();
        return true;
    }
    // Integers only where a double holds them exactly: casting anything larger is undefined.
    const double d = v.toDouble();
    if (v.isDouble() && std::abs(d) < 9007199254740992.0 && d == std::trunc(d)) {
        *id = QString::number(static_cast<qint64>(d));
        return true;
    }
    return false;
}

// A DRF page {"results": [...], "next": ...} or a bare array.
bool itemsOf(const QJsonDocument &doc, QJsonArray *items, QString *next, QString *error)
{
    if (doc.isArray()) {
        *items = doc.array();
        return true;
    }
    const QJsonValue results = doc.object().value(QLatin1String("results"));
    if (!results.isArray()) {
        *error = RemoteWorkOrder::tr("The response has no \"results\" array.");
        return false;
    }
    *items = results.toArray();
    const QJsonValue nextValue = doc.object().value(QLatin1String("next"));
    if (nextValue.isString())
        *next = nextValue.toString();
    return true;
}

QJsonDocument listDocument(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = RemoteWorkOrder::tr("The response is not JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
    return doc;
}
} // namespace

QDateTime RemoteWorkOrder::dateFromJson(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

QJsonObject RemoteWorkOrder::rootObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The response is not JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    if (!doc.isObject()) {
        *error = tr("The response is not a JSON object.");
        return {};
    }
    return doc.object();
}

bool RemoteWorkOrder::progressFromJson(const QJsonValue &score, int *progress)
{
    if (score.isNull() || score.isUndefined()) {
        *progress = 0; // a work order with no analysed task has no score yet
        return true;
    }
    const double d = score.toDouble(-1);
    if (!score.isDouble() || d < 0 || d > 100 || d != static_cast<int>(d))
        return false;
    *progress = static_cast<int>(d);
    return true;
}

RemoteWorkOrder::Parsed RemoteWorkOrder::fromJson(const QByteArray &json)
{
    QString error;
    const QJsonObject root = rootObject(json, &error);
    if (!error.isEmpty())
        return {{}, error, {}};
    return fromJsonObject(root);
}

RemoteWorkOrder::Parsed RemoteWorkOrder::fromJsonObject(const QJsonObject &o)
{
    RemoteWorkOrder wo;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || QUuid::fromString(id.toString()).isNull())
        return {{}, tr("The field \"id\" is missing or is not a UUID."), {}};
    wo.id = QUuid::fromString(id.toString()).toString(QUuid::WithoutBraces);

    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isString())
        return {{}, tr("The field \"name\" is missing or is not a string."), {}};
    wo.name = name.toString();

    if (!progressFromJson(o.value(QLatin1String("progress_score")), &wo.progressScore))
        return {{}, tr("The field \"progress_score\" is not an integer from 0 to 100."), {}};

    wo.createDate = dateFromJson(o.value(QLatin1String("create_date")));
    wo.updateDate = dateFromJson(o.value(QLatin1String("update_date")));
    wo.reviewDate = dateFromJson(o.value(QLatin1String("review_date")));
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

    QString error;
    QStringList warnings;
    const QJsonValue groups = o.value(QLatin1String("task_groups"));
    if (!groups.isUndefined() && !groups.isNull() && !groups.isArray())
        return {{}, tr("The field \"task_groups\" is not an array."), {}};
    const QJsonArray groupArray = groups.toArray();
    for (qsizetype gi = 0; gi < groupArray.size(); ++gi) {
        const TaskGroup group = taskGroupFromJson(
            groupArray.at(gi), QStringLiteral("task_groups[%1]").arg(gi), &error, &warnings);
        if (!error.isEmpty())
            return {{}, error, {}};
        wo.taskGroups << group;
    }
    // The API does not sort task groups by their order: do it once here.
    std::stable_sort(wo.taskGroups.begin(), wo.taskGroups.end(),
                     [](const TaskGroup &a, const TaskGroup &b) { return a.order < b.order; });

    const QJsonValue inputs = o.value(QLatin1String("inputs"));
    if (!inputs.isUndefined() && !inputs.isNull() && !inputs.isArray())
        return {{}, tr("The field \"inputs\" is not an array."), {}};
    const QJsonArray inputArray = inputs.toArray();
    for (qsizetype i = 0; i < inputArray.size(); ++i) {
        const Input input =
            inputFromJson(inputArray.at(i), QStringLiteral("inputs[%1]").arg(i), &error);
        if (!error.isEmpty())
            return {{}, error, {}};
        wo.inputs << input;
    }
    wo.source = o;
    return {wo, {}, warnings};
}

RemoteWorkOrder::ParsedList RemoteWorkOrder::listFromJson(const QByteArray &json)
{
    ParsedList list;
    const QJsonDocument doc = listDocument(json, &list.error);
    QJsonArray items;
    if (!list.error.isEmpty() || !itemsOf(doc, &items, &list.next, &list.error))
        return list;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            list.error = tr("results[%1] is not an object.").arg(i);
            break;
        }
        const Parsed parsed = fromJsonObject(items.at(i).toObject());
        if (!parsed.ok()) {
            list.error = tr("results[%1]: %2").arg(i).arg(parsed.error);
            break;
        }
        list.workOrders << parsed.workOrder;
        for (const QString &warning : parsed.warnings)
            list.warnings << QStringLiteral("results[%1].%2").arg(i).arg(warning);
    }
    if (!list.error.isEmpty()) {
        list.workOrders.clear();
        list.warnings.clear();
    }
    return list;
}

RemoteWorkOrder::TaskGroup RemoteWorkOrder::taskGroupFromJson(const QJsonValue &value,
                                                              const QString &where, QString *error,
                                                              QStringList *warnings)
{
    if (!value.isObject()) {
        *error = tr("%1 is not an object.").arg(where);
        return {};
    }
    const QJsonObject g = value.toObject();
    TaskGroup group;
    idFromJson(g.value(QLatin1String("id")), &group.id);
    group.name = g.value(QLatin1String("name")).toString();
    if (group.name.isEmpty()) {
        *error = tr("%1 has no name.").arg(where);
        return {};
    }
    group.displayName = g.value(QLatin1String("display_name")).toString(group.name);
    group.description = g.value(QLatin1String("description")).toString();
    group.order = g.value(QLatin1String("order")).toInt();
    for (const QJsonValue example : g.value(QLatin1String("input_examples")).toArray()) {
        if (example.isString())
            group.inputExamples << example.toString();
    }
    const QJsonValue tasksValue = g.value(QLatin1String("tasks"));
    if (!tasksValue.isUndefined() && !tasksValue.isNull() && !tasksValue.isArray()) {
        *error = tr("%1.tasks is not an array.").arg(where);
        return {};
    }
    const QJsonArray tasks = tasksValue.toArray();
    for (qsizetype ti = 0; ti < tasks.size(); ++ti) {
        const QString taskWhere = QStringLiteral("%1.tasks[%2]").arg(where).arg(ti);
        if (!tasks.at(ti).isObject()) {
            *error = tr("%1 is not an object.").arg(taskWhere);
            return {};
        }
        const QJsonObject t = tasks.at(ti).toObject();
        Task task;
        idFromJson(t.value(QLatin1String("id")), &task.id);
        task.name = t.value(QLatin1String("name")).toString();
        if (task.name.isEmpty()) {
            *error = tr("%1 has no name.").arg(taskWhere);
            return {};
        }
        task.sentence = t.value(QLatin1String("sentence")).toString();
        task.mandatory = t.value(QLatin1String("mandatory")).toBool();
        task.onlyForDashboard = t.value(QLatin1String("only_for_dashboard")).toBool();
        task.conformityStatus = t.value(QLatin1String("conformity_status")).toBool();
        task.outcomeType = t.value(QLatin1String("outcome_type")).toString();
        // A malformed validation costs the verdict, not the work order: the value still shows.
        QString ignored;
        task.outcomeValidation =
            OutcomeValidation::fromJson(t.value(QLatin1String("outcome_validation")),
                                        taskWhere + QLatin1String(".outcome_validation"), &ignored);
        if (!ignored.isEmpty() && warnings)
            *warnings << tr("%1 Its values are shown without a verdict.").arg(ignored);
        const QJsonValue state = t.value(QLatin1String("state"));
        if (!state.isUndefined() && !state.isNull() && !state.isObject()) {
            *error = tr("%1.state is neither null nor an object.").arg(taskWhere);
            return {};
        }
        task.state = state.toObject();
        group.tasks << task;
    }
    return group;
}

RemoteWorkOrder::ParsedTaskGroups RemoteWorkOrder::taskGroupsFromJson(const QByteArray &json)
{
    ParsedTaskGroups parsed;
    const QJsonDocument doc = listDocument(json, &parsed.error);
    QJsonArray items;
    if (!parsed.error.isEmpty() || !itemsOf(doc, &items, &parsed.next, &parsed.error))
        return parsed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const TaskGroup group = taskGroupFromJson(items.at(i), QStringLiteral("results[%1]").arg(i),
                                                  &parsed.error, &parsed.warnings);
        if (!parsed.error.isEmpty()) {
            parsed.taskGroups.clear();
            parsed.warnings.clear();
            return parsed;
        }
        parsed.taskGroups << group;
    }
    return parsed;
}

bool RemoteWorkOrder::Input::isPdf() const
{
    if (!mediaType.isEmpty())
        return mediaType == QLatin1String("application/pdf");
    return imageUrl.path().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

RemoteWorkOrder::Input RemoteWorkOrder::inputFromJson(const QJsonValue &value, const QString &where,
                                                      QString *error)
{
    if (!value.isObject()) {
        *error = tr("%1 is not an object.").arg(where);
        return {};
    }
    const QJsonObject o = value.toObject();
    Input input;
    if (!idFromJson(o.value(QLatin1String("id")), &input.id)) {
        *error = tr("%1 has no id.").arg(where);
        return {};
    }
    const QJsonValue group = o.value(QLatin1String("task_group_name"));
    if (!group.isString()) {
        *error = tr("%1.task_group_name is missing or is not a string.").arg(where);
        return {};
    }
    input.taskGroupName = group.toString();
    // "date" in the documented shape; "create_date" in Deepomatic's sample data.
    input.date = dateFromJson(o.value(QLatin1String("date")));
    if (!input.date.isValid())
        input.date = dateFromJson(o.value(QLatin1String("create_date")));

    const QJsonValue messages = o.value(QLatin1String("conformity_messages"));
    if (!messages.isUndefined() && !messages.isNull() && !messages.isArray()) {
        *error = tr("%1.conformity_messages is not an array.").arg(where);
        return {};
    }
    for (const QJsonValue m : messages.toArray()) {
        // The documentation names the field, not its items: keep strings, and read the usual
        // keys of an object; anything else is shown as it came.
        if (m.isString()) {
            input.conformityMessages << m.toString();
        } else if (m.isObject()) {
            const QJsonObject mo = m.toObject();
            QString text = mo.value(QLatin1String("message")).toString();
            if (text.isEmpty())
                text = mo.value(QLatin1String("text")).toString();
            if (text.isEmpty())
                text = QString::fromUtf8(QJsonDocument(mo).toJson(QJsonDocument::Compact));
            input.conformityMessages << text;
        }
    }

    for (const char *key : {"width", "height"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 1e6 || d != static_cast<int>(d)) {
            *error = tr("%1.%2 is not a size in pixels.").arg(where, QLatin1String(key));
            return {};
        }
        (qstrcmp(key, "width") == 0 ? input.width : input.height) = static_cast<int>(d);
    }

    const QJsonValue mediaType = o.value(QLatin1String("media_type"));
    if (!mediaType.isUndefined() && !mediaType.isNull() && !mediaType.isString()) {
        *error = tr("%1.media_type is not a string.").arg(where);
        return {};
    }
    input.mediaType = mediaType.toString().section(u';', 0, 0).trimmed().toLower();

    QJsonValue url = o.value(QLatin1String("image_url"));
    if (url.isUndefined() || url.isNull())
        url = o.value(QLatin1String("url"));
    if (!url.isUndefined() && !url.isNull()) {
        input.imageUrl = QUrl(url.toString(), QUrl::StrictMode);
        if (!url.isString() || !input.imageUrl.isValid()) {
            *error = tr("%1.image_url is not a URL.").arg(where);
            return {};
        }
    }
    return input;
}
