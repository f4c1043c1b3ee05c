#include "sandboxstate.h"

#include "deepomaticname.h"
#include "outcomevalidation.h"
#include "siteprofile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace {
const QString StateFormat = QStringLiteral("fieldconnect-sandbox-state");
const QString SeedFormat = QStringLiteral("fieldconnect-sandbox-seed");

QString key(const QString &group, const QString &task)
{
    return group + u'/' + task;
}

QJsonObject parseObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    if (!doc.isObject())
        *error = QStringLiteral("the root is not a JSON object");
    return doc.object();
}

bool isEmail(const QString &text)
{
    // Deliberately simple: one '@', no spaces, a dot in the domain. The user lookup that
    // follows is the real check.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}
} // namespace

QString SandboxState::now()
{
    // The vendor's dates carry microseconds; QDateTime stops at milliseconds.
    const qint64 us = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + QStringLiteral(".%1Z").arg(us % 1000000, 6, 10, QLatin1Char('0'));
}

QString SandboxState::pythonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("NoneType");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return value.toDouble() == std::floor(value.toDouble()) ? QStringLiteral("int")
                                                                : QStringLiteral("float");
    case QJsonValue::String:
        return QStringLiteral("str");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::Object:
        return QStringLiteral("dict");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("NoneType");
}

bool SandboxState::matchesSchema(const QJsonObject &schema, const QJsonValue &value)
{
    // The client grades task values with the same code, so the app and the page agree.
    return OutcomeValidation::matches(schema, value);
}

// ---- loading and saving ----------------------------------------------------------------------

QString SandboxState::loadSeed(const QByteArray &json)
{
    QString error;
    const QJsonObject seed = parseObject(json, &error);
    if (!error.isEmpty())
        return QStringLiteral("The seed is %1.").arg(error);
    if (seed.value(QLatin1String("format")).toString() != SeedFormat)
        return QStringLiteral("The seed's format is not \"%1\".").arg(SeedFormat);

    m_siteId = QUuid::fromString(seed.value(QLatin1String("site_id")).toString());
    m_orgSlug = seed.value(QLatin1String("org_slug")).toString();
    if (m_siteId.isNull())
        return QStringLiteral("The seed's site_id is not a UUID.");
    if (!SiteProfile::isSlug(m_orgSlug))
        return QStringLiteral("The seed's org_slug is not a slug.");

    const QJsonObject app = seed.value(QLatin1String("application")).toObject();
    m_appVersionId = app.value(QLatin1String("app_version_id")).toString();
    m_groups.clear();
    QStringList taskIds;
    if (!app.value(QLatin1String("task_groups")).isArray())
        return QStringLiteral("The seed has no application.task_groups array.");
    for (const QJsonValue gv : app.value(QLatin1String("task_groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        TaskGroupDef def;
        def.id = g.value(QLatin1String("id")).toString();
        def.name = g.value(QLatin1String("name")).toString();
        def.displayName = g.value(QLatin1String("display_name")).toString();
        def.description = g.value(QLatin1String("description")).toString();
        def.order = g.value(QLatin1String("order")).toInt();
        for (const QJsonValue e : g.value(QLatin1String("input_examples")).toArray())
            def.inputExamples << e.toString();
        if (!SiteProfile::isSlug(def.name) || group(def.name))
            return QStringLiteral("The seed's task group \"%1\" is not a unique slug.")
                .arg(def.name);
        QStringList taskNames;
        for (const QJsonValue tv : g.value(QLatin1String("tasks")).toArray()) {
            const QJsonObject t = tv.toObject();
            TaskDef task;
            task.id = t.value(QLatin1String("id")).toString();
            task.name = t.value(QLatin1String("name")).toString();
            task.sentence = t.value(QLatin1String("sentence")).toString();
            task.mandatory = t.value(QLatin1String("mandatory")).toBool();
            task.onlyForDashboard = t.value(QLatin1String("only_for_dashboard")).toBool();
            task.conformityStatus = t.value(QLatin1String("conformity_status")).toBool();
            task.outcomeType = t.value(QLatin1String("outcome_type")).toString();
            task.outcomeValidation = t.value(QLatin1String("outcome_validation")).toArray();
            task.conformValue = t.value(QLatin1String("sandbox_conform_value"));
            if (task.name.isEmpty() || taskNames.contains(task.name))
                return QStringLiteral("Task group \"%1\" has an unnamed or repeated task.")
                    .arg(def.name);
            static const QStringList outcomeTypes{QStringLiteral("Boolean"),
                                                  QStringLiteral("Number"), QStringLiteral("Text")};
            if (!outcomeTypes.contains(task.outcomeType))
                return QStringLiteral("Task \"%1/%2\" has the outcome_type \"%3\"; it must be "
                                      "Boolean, Number or Text.")
                    .arg(def.name, task.name, task.outcomeType);
            // Corrections name tasks by id, so an id must designate one task only.
            if (QUuid::fromString(task.id).isNull() || taskIds.contains(task.id))
                return QStringLiteral("Task \"%1/%2\" has a missing, non-UUID or repeated id.")
                    .arg(def.name, task.name);
            taskIds << task.id;
            // "Take photo" must be able to make every task conform, or progress could never
            // reach 100 in the demo.
            if (!isConform(task, {{QStringLiteral("analyzed_value"), task.conformValue}}))
                return QStringLiteral("The sandbox_conform_value of task \"%1/%2\" does not pass "
                                      "its own outcome_validation.")
                    .arg(def.name, task.name);
            taskNames << task.name;
            def.tasks << task;
        }
        if (def.tasks.isEmpty())
            return QStringLiteral("Task group \"%1\" has no task.").arg(def.name);
        m_groups << def;
    }
    if (m_groups.isEmpty())
        return QStringLiteral("The seed's application has no task group.");

    m_types.clear();
    for (const QJsonValue tv : seed.value(QLatin1String("work_order_types")).toArray()) {
        const QJsonObject t = tv.toObject();
        const QString typeName = t.value(QLatin1String("name")).toString();
        if (typeName.isEmpty() || m_types.contains(typeName))
            return QStringLiteral("The seed has an unnamed or repeated work order type (\"%1\").")
                .arg(typeName);
        QStringList groups;
        for (const QJsonValue g : t.value(QLatin1String("task_groups")).toArray()) {
            if (!group(g.toString()))
                return QStringLiteral("Work order type \"%1\" names the unknown task group "
                                      "\"%2\".")
                    .arg(t.value(QLatin1String("name")).toString(), g.toString());
            groups << g.toString();
        }
        m_types.insert(t.value(QLatin1String("name")).toString(), groups);
    }

    m_users.clear();
    for (const QJsonValue uv : seed.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = uv.toObject();
        const User entry{u.value(QLatin1String("email")).toString(),
                         u.value(QLatin1String("name")).toString(),
                         u.value(QLatin1String("password")).toString()};
        if (!isEmail(entry.email) || user(entry.email))
            return QStringLiteral("The seed's user \"%1\" has an invalid or repeated e-mail.")
                .arg(entry.email);
        m_users << entry;
    }
    m_userGroupIds.clear();
    for (const QJsonValue gv : seed.value(QLatin1String("user_groups")).toArray())
        m_userGroupIds << gv.toObject().value(QLatin1String("id")).toInt();

    m_workOrders.clear();
    m_order.clear();
    m_seeded.clear();
    for (const QJsonValue wv : seed.value(QLatin1String("work_orders")).toArray()) {
        WorkOrder wo;
        const QString why = readWorkOrder(wv.toObject(), &wo);
        if (!why.isEmpty())
            return QStringLiteral("Seeded work order %1: %2")
                .arg(wv.toObject().value(QLatin1String("name")).toString(), why);
        if (m_workOrders.contains(wo.id))
            return QStringLiteral("The seed repeats work order id %1.").arg(wo.id);
        m_workOrders.insert(wo.id, wo);
        m_order << wo.id;
        m_seeded << QJsonObject{
            {QStringLiteral("id"), wo.id},
            {QStringLiteral("name"), wo.name},
            {QStringLiteral("types"), QJsonArray::fromStringList(wo.types)},
            {QStringLiteral("metadata"), wo.metadata},
            {QStringLiteral("tags"), wo.tags},
            {QStringLiteral("field_engineer_email"), wo.fieldEngineerEmail},
            {QStringLiteral("field_engineer_name"),
             user(wo.fieldEngineerEmail) ? user(wo.fieldEngineerEmail)->name : QString()},
        };
    }
    return {};
}

QString SandboxState::readWorkOrder(const QJsonObject &o, WorkOrder *wo) const
{
    const QUuid id = QUuid::fromString(o.value(QLatin1String("id")).toString());
    if (id.isNull())
        return QStringLiteral("the id is not a UUID");
    wo->id = id.toString(QUuid::WithoutBraces);
    wo->name = o.value(QLatin1String("name")).toString();
    if (!DeepomaticName::isValid(wo->name))
        return DeepomaticName::validate(wo->name);
    for (const QJsonValue t : o.value(QLatin1String("types")).toArray()) {
        if (!m_types.contains(t.toString()))
            return QStringLiteral("unknown work order type \"%1\"").arg(t.toString());
        wo->types << t.toString();
    }
    if (o.value(QLatin1String("task_groups")).isArray()) {
        for (const QJsonValue g : o.value(QLatin1String("task_groups")).toArray()) {
            if (!group(g.toString()))
                return QStringLiteral("unknown task group \"%1\"").arg(g.toString());
            wo->groups << g.toString();
        }
    } else {
        wo->groups = groupsForTypes(wo->types);
    }
    wo->metadata = o.value(QLatin1String("metadata")).toObject();
    wo->tags = o.value(QLatin1String("tags")).toArray();
    wo->userGroupIds = o.value(QLatin1String("user_group_ids")).toArray();
    const QString email = o.value(QLatin1String("field_engineer_email")).toString();
    if (!email.isEmpty() && !user(email))
        return QStringLiteral("unknown field engineer \"%1\"").arg(email);
    wo->fieldEngineerEmail = email.isEmpty() ? QString() : user(email)->email;
    wo->createDate = o.value(QLatin1String("create_date")).toString(now());
    const QString updateDate = o.value(QLatin1String("update_date")).toString(wo->createDate);

    // Seeds say which photos were taken; saved states list the task states and inputs.
    for (const QJsonValue g : o.value(QLatin1String("photos_taken")).toArray()) {
        const TaskGroupDef *def = group(g.toString());
        if (!def || !wo->groups.contains(def->name))
            return QStringLiteral("photo for task group \"%1\", not in this work order")
                .arg(g.toString());
        applyPhoto(*wo, *def, updateDate);
        // Fixed ids keep the seed reproducible from one run to the next.
        wo->inputs.last().id = QUuid::createUuidV5(id, def->name).toString(QUuid::WithoutBraces);
    }
    const QJsonObject states = o.value(QLatin1String("task_states")).toObject();
    for (auto g = states.begin(); g != states.end(); ++g) {
        const TaskGroupDef *def = group(g.key());
        if (!def || !wo->groups.contains(def->name))
            return QStringLiteral("task states for task group \"%1\", not in this work order")
                .arg(g.key());
        const QJsonObject tasks = g.value().toObject();
        for (auto t = tasks.begin(); t != tasks.end(); ++t) {
            const bool known = std::any_of(def->tasks.cbegin(), def->tasks.cend(),
                                           [&t](const TaskDef &d) { return d.name == t.key(); });
            if (!known)
                return QStringLiteral("unknown task \"%1/%2\"").arg(g.key(), t.key());
            if (t.value().isObject())
                wo->states.insert(key(g.key(), t.key()), t.value().toObject());
            else
                wo->states.remove(key(g.key(), t.key()));
        }
    }
    for (const QJsonValue iv : o.value(QLatin1String("inputs")).toArray()) {
        const QJsonObject i = iv.toObject();
        Input input;
        input.id = i.value(QLatin1String("id")).toString();
        input.groupName = i.value(QLatin1String("task_group_name")).toString();
        input.createDate = i.value(QLatin1String("create_date")).toString();
        for (const QJsonValue m : i.value(QLatin1String("conformity_messages")).toArray())
            input.conformityMessages << m.toString();
        input.mediaType = i.value(QLatin1String("media_type")).toString(input.mediaType);
        input.width = i.value(QLatin1String("width")).toInt();
        input.height = i.value(QLatin1String("height")).toInt();
        wo->inputs << input;
    }
    wo->reviewDate = o.value(QLatin1String("review_date")).toString();
    wo->updateDate = updateDate;
    return {};
}

QJsonObject SandboxState::writeWorkOrder(const WorkOrder &wo) const
{
    QJsonObject states;
    for (auto it = wo.states.cbegin(); it != wo.states.cend(); ++it) {
        const QString groupName = it.key().section(u'/', 0, 0);
        QJsonObject tasks = states.value(groupName).toObject();
        tasks.insert(it.key().section(u'/', 1), it.value());
        states.insert(groupName, tasks);
    }
    QJsonArray inputs;
    for (const Input &input : wo.inputs)
        inputs.append(QJsonObject{{QStringLiteral("id"), input.id},
                                  {QStringLiteral("task_group_name"), input.groupName},
                                  {QStringLiteral("create_date"), input.createDate},
                                  {QStringLiteral("conformity_messages"),
                                   QJsonArray::fromStringList(input.conformityMessages)},
                                  {QStringLiteral("media_type"), input.mediaType},
                                  {QStringLiteral("width"), input.width},
                                  {QStringLiteral("height"), input.height}});
    return {
        {QStringLiteral("id"), wo.id},
        {QStringLiteral("name"), wo.name},
        {QStringLiteral("types"), QJsonArray::fromStringList(wo.types)},
        {QStringLiteral("task_groups"), QJsonArray::fromStringList(wo.groups)},
        {QStringLiteral("metadata"), wo.metadata},
        {QStringLiteral("tags"), wo.tags},
        {QStringLiteral("user_group_ids"), wo.userGroupIds},
        {QStringLiteral("field_engineer_email"), wo.fieldEngineerEmail},
        {QStringLiteral("create_date"), wo.createDate},
        {QStringLiteral("update_date"), wo.updateDate},
        {QStringLiteral("review_date"), wo.reviewDate},
        {QStringLiteral("task_states"), states},
        {QStringLiteral("inputs"), inputs},
    };
}

QString SandboxState::loadState(const QByteArray &json)
{
    QString error;
    const QJsonObject state = parseObject(json, &error);
    if (!error.isEmpty())
        return QStringLiteral("The saved sandbox state is %1.").arg(error);
    if (state.value(QLatin1String("format")).toString() != StateFormat
        || state.value(QLatin1String("version")).toInt() != 1)
        return QStringLiteral("The saved sandbox state is not a \"%1\" version 1 file.")
            .arg(StateFormat);
    QMap<QString, WorkOrder> workOrders;
    QStringList order;
    for (const QJsonValue wv : state.value(QLatin1String("work_orders")).toArray()) {
        WorkOrder wo;
        const QString why = readWorkOrder(wv.toObject(), &wo);
        if (!why.isEmpty())
            return QStringLiteral("Saved work order %1: %2")
                .arg(wv.toObject().value(QLatin1String("id")).toString(), why);
        if (workOrders.contains(wo.id))
            return QStringLiteral("The saved state repeats work order id %1.").arg(wo.id);
        workOrders.insert(wo.id, wo);
        order << wo.id;
    }
    // Only now that everything was read: a bad file leaves the current state untouched.
    m_workOrders = workOrders;
    m_order = order;
    return {};
}

QByteArray SandboxState::saveState() const
{
    QJsonArray workOrders;
    for (const QString &id : m_order)
        workOrders.append(writeWorkOrder(m_workOrders.value(id)));
    const QJsonObject state{
        {QStringLiteral("format"), StateFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("site_id"), m_siteId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("work_orders"), workOrders},
    };
    return QJsonDocument(state).toJson(QJsonDocument::Indented);
}

// ---- lookups -----------------------------------------------------------------------------------

const SandboxState::TaskGroupDef *SandboxState::group(const QString &name) const
{
    for (const TaskGroupDef &def : m_groups) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

const SandboxState::User *SandboxState::user(const QString &email) const
{
    for (const User &u : m_users) {
        // E-mail addresses are compared without case, as people type them.
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

bool SandboxState::checkPassword(const QString &email, const QString &password) const
{
    const User *u = user(email.trimmed());
    return u && !u->password.isEmpty() && u->password == password;
}

QList<QPair<QString, QString>> SandboxState::signInCredentials() const
{
    QList<QPair<QString, QString>> credentials;
    for (const User &u : m_users) {
        if (!u.password.isEmpty())
            credentials.append({u.email, u.password});
    }
    return credentials;
}

QStringList SandboxState::groupsForTypes(const QStringList &types) const
{
    QStringList groups;
    for (const TaskGroupDef &def : m_groups) {
        // No type means no restriction: the work order gets every task group.
        bool selected = types.isEmpty();
        for (const QString &type : types)
            selected = selected || m_types.value(type).contains(def.name);
        if (selected)
            groups << def.name;
    }
    return groups;
}

QString SandboxState::canonicalId(const QString &text) const
{
    // 36 characters: the plain UUID form only, no braces.
    if (text.size() != 36)
        return {};
    const QUuid id = QUuid::fromString(text);
    const QString canonical = id.toString(QUuid::WithoutBraces);
    return !id.isNull() && m_workOrders.contains(canonical) ? canonical : QString();
}

QString SandboxState::absolute(const QString &path) const
{
    return m_baseUrl.isEmpty() ? path : m_baseUrl.resolved(QUrl(path)).toString();
}

// ---- progress ----------------------------------------------------------------------------------

bool SandboxState::isConform(const TaskDef &task, const QJsonObject &state) const
{
    // A correction, once made, replaces the analysed value (corrections are final).
    const QJsonValue corrected = state.value(QLatin1String("corrected_value"));
    const QJsonValue value = corrected.isNull() || corrected.isUndefined()
                                 ? state.value(QLatin1String("analyzed_value"))
                                 : corrected;
    if (value.isNull() || value.isUndefined())
        return false;
    for (const QJsonValue entry : task.outcomeValidation) {
        const QJsonObject e = entry.toObject();
        if (e.value(QLatin1String("is_conformity_validated")).toBool()
            && !e.value(QLatin1String("not_analyzed")).toBool()
            && matchesSchema(e.value(QLatin1String("schema")).toObject(), value))
            return true;
    }
    return false;
}

int SandboxState::score(const WorkOrder &wo) const
{
    int counted = 0;
    int conform = 0;
    for (const QString &groupName : wo.groups) {
        const TaskGroupDef *def = group(groupName);
        for (const TaskDef &task : def->tasks) {
            if (!task.conformityStatus)
                continue;
            ++counted;
            const QJsonObject state = wo.states.value(key(groupName, task.name));
            if (!state.isEmpty() && isConform(task, state))
                ++conform;
        }
    }
    return counted == 0 ? 0 : 100 * conform / counted; // integer division: floor
}

int SandboxState::progressScore(const QString &id) const
{
    const auto it = m_workOrders.constFind(id);
    return it == m_workOrders.cend() ? 0 : score(*it);
}

// ---- JSON as the API returns it --------------------------------------------------------------

QJsonObject SandboxState::taskGroupJson(const TaskGroupDef &def, const WorkOrder *wo) const
{
    QJsonArray examples;
    for (const QString &path : def.inputExamples)
        examples.append(absolute(path));
    QJsonArray tasks;
    for (const TaskDef &task : def.tasks) {
        QJsonObject t{
            {QStringLiteral("id"), task.id},
            {QStringLiteral("name"), task.name},
            {QStringLiteral("sentence"), task.sentence},
            {QStringLiteral("mandatory"), task.mandatory},
            {QStringLiteral("only_for_dashboard"), task.onlyForDashboard},
            {QStringLiteral("conformity_status"), task.conformityStatus},
            {QStringLiteral("outcome_type"), task.outcomeType},
            {QStringLiteral("outcome_validation"), task.outcomeValidation},
        };
        if (wo) {
            const QJsonObject state = wo->states.value(key(def.name, task.name));
            t.insert(QStringLiteral("state"),
                     state.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(state));
        }
        tasks.append(t);
    }
    return {
        {QStringLiteral("id"), def.id},
        {QStringLiteral("name"), def.name},
        {QStringLiteral("display_name"), def.displayName},
        {QStringLiteral("description"), def.description},
        {QStringLiteral("order"), def.order},
        {QStringLiteral("input_examples"), examples},
        {QStringLiteral("tasks"), tasks},
    };
}

QJsonObject SandboxState::workOrderJson(const QString &id, bool includeInputs) const
{
    const auto it = m_workOrders.constFind(id);
    if (it == m_workOrders.cend())
        return {};
    const WorkOrder &wo = *it;
    const User *engineer = user(wo.fieldEngineerEmail);
    QJsonArray groups;
    for (const TaskGroupDef &def : m_groups) {
        if (wo.groups.contains(def.name))
            groups.append(taskGroupJson(def, &wo));
    }
    QJsonObject o{
        {QStringLiteral("id"), wo.id},
        {QStringLiteral("name"), wo.name},
        {QStringLiteral("progress_score"), score(wo)},
        {QStringLiteral("create_date"), wo.createDate},
        {QStringLiteral("update_date"), wo.updateDate},
        {QStringLiteral("review_date"),
         wo.reviewDate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(wo.reviewDate)},
        {QStringLiteral("metadata"), wo.metadata},
        {QStringLiteral("tags"), wo.tags},
        {QStringLiteral("user_group_ids"), wo.userGroupIds},
        {QStringLiteral("types"), QJsonArray::fromStringList(wo.types)},
        {QStringLiteral("field_engineer_email"),
         engineer ? QJsonValue(engineer->email) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("field_engineer_name"),
         engineer ? QJsonValue(engineer->name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("site_id"), m_siteId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("app_version_id"), m_appVersionId},
        {QStringLiteral("task_groups"), groups},
    };
    if (includeInputs) {
        QJsonArray inputs;
        for (const Input &input : wo.inputs)
            inputs.append(inputJson(input));
        o.insert(QStringLiteral("inputs"), inputs);
    }
    return o;
}

QList<QJsonObject> SandboxState::findByName(const QString &name, bool includeInputs) const
{
    // Most recent first: a client resolving an interrupted create wants the newest twin on top.
    QList<QJsonObject> found;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        if (m_workOrders.value(*it).name == name)
            found << workOrderJson(*it, includeInputs);
    }
    return found;
}

QList<QJsonObject> SandboxState::allWorkOrders(bool includeInputs) const
{
    QList<QJsonObject> all;
    for (const QString &id : m_order)
        all << workOrderJson(id, includeInputs);
    return all;
}

QJsonArray SandboxState::taskGroupsJson() const
{
    QJsonArray groups;
    for (const TaskGroupDef &def : m_groups)
        groups.append(taskGroupJson(def, nullptr));
    return groups;
}

QJsonObject SandboxState::taskGroupJson(const QString &name) const
{
    const TaskGroupDef *def = group(name);
    return def ? taskGroupJson(*def, nullptr) : QJsonObject();
}

// ---- changes -----------------------------------------------------------------------------------

QJsonObject SandboxState::readFields(const QJsonObject &body, bool partial, Fields *f) const
{
    // Messages are Django REST framework's own, so clients meet the same texts as in production.
    QJsonObject errors;
    auto fail = [&errors](const char *field, const QString &message) {
        QJsonArray list = errors.value(QLatin1String(field)).toArray();
        list.append(message);
        errors.insert(QLatin1String(field), list);
    };
    auto present = [&](const char *field) {
        const QJsonValue v = body.value(QLatin1String(field));
        if (v.isUndefined()) {
            if (!partial && qstrcmp(field, "name") == 0)
                fail(field, QStringLiteral("This field is required."));
            return false;
        }
        return true;
    };
    auto notAList = [](const QJsonValue &v) {
        return QStringLiteral("Expected a list of items but got type \"%1\".")
            .arg(pythonTypeName(v));
    };

    if (present("name")) {
        const QJsonValue v = body.value(QLatin1String("name"));
        if (v.isNull())
            fail("name", QStringLiteral("This field may not be null."));
        else if (!v.isString())
            fail("name", QStringLiteral("Not a valid string."));
        else if (v.toString().isEmpty())
            fail("name", QStringLiteral("This field may not be blank."));
        else if (const QString why = DeepomaticName::validate(v.toString()); !why.isEmpty())
            fail("name", why);
        else
            f->name = v.toString();
        f->hasName = true;
    }
    if (present("metadata")) {
        const QJsonValue v = body.value(QLatin1String("metadata"));
        if (v.isNull())
            fail("metadata", QStringLiteral("This field may not be null."));
        else if (!v.isObject())
            fail("metadata", QStringLiteral("Expected a dictionary of items but got type \"%1\".")
                                 .arg(pythonTypeName(v)));
        f->metadata = v.toObject();
        f->hasMetadata = true;
    }
    if (present("tags")) {
        const QJsonValue v = body.value(QLatin1String("tags"));
        if (v.isNull())
            fail("tags", QStringLiteral("This field may not be null."));
        else if (!v.isArray())
            fail("tags", notAList(v));
        const QJsonArray tags = v.toArray();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            // DRF would nest these as {"tags": {"1": [...]}}; a flat list keeps every field
            // error the same shape for clients, and the message says which item.
            if (!tags.at(i).isString())
                fail("tags", QStringLiteral("Item %1: Not a valid string.").arg(i));
            else if (tags.at(i).toString().isEmpty())
                fail("tags", QStringLiteral("Item %1: This field may not be blank.").arg(i));
        }
        f->tags = tags;
        f->hasTags = true;
    }
    if (present("field_engineer_email")) {
        const QJsonValue v = body.value(QLatin1String("field_engineer_email"));
        if (v.isNull()) {
            f->email.clear(); // unassigned
        } else if (!v.isString()) {
            fail("field_engineer_email", QStringLiteral("Not a valid string."));
        } else if (!isEmail(v.toString())) {
            fail("field_engineer_email", QStringLiteral("Enter a valid email address."));
        } else if (const User *u = user(v.toString())) {
            f->email = u->email;
        } else {
            fail("field_engineer_email",
                 QStringLiteral("Object with email=%1 does not exist.").arg(v.toString()));
        }
        f->hasEmail = true;
    }
    if (present("work_order_types")) {
        const QJsonValue v = body.value(QLatin1String("work_order_types"));
        if (v.isNull())
            fail("work_order_types", QStringLiteral("This field may not be null."));
        else if (!v.isArray())
            fail("work_order_types", notAList(v));
        for (const QJsonValue t : v.toArray()) {
            if (!t.isString())
                fail("work_order_types", QStringLiteral("Invalid value."));
            else if (!m_types.contains(t.toString()))
                fail("work_order_types",
                     QStringLiteral("Object with name=%1 does not exist.").arg(t.toString()));
            else if (!f->types.contains(t.toString()))
                f->types << t.toString();
        }
        f->hasTypes = true;
    }
    if (present("user_group_ids")) {
        const QJsonValue v = body.value(QLatin1String("user_group_ids"));
        if (v.isNull())
            fail("user_group_ids", QStringLiteral("This field may not be null."));
        else if (!v.isArray())
            fail("user_group_ids", notAList(v));
        for (const QJsonValue g : v.toArray()) {
            if (!g.isDouble() || g.toDouble() != std::floor(g.toDouble()))
                fail("user_group_ids",
                     QStringLiteral("Incorrect type. Expected pk value, received %1.")
                         .arg(pythonTypeName(g)));
            else if (!m_userGroupIds.contains(g.toInt()))
                fail("user_group_ids",
                     QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(g.toInt()));
        }
        f->userGroupIds = v.toArray();
        f->hasUserGroups = true;
    }
    return errors;
}

SandboxState::Change SandboxState::create(const QJsonObject &body)
{
    Fields f;
    const QJsonObject errors = readFields(body, false, &f);
    if (!errors.isEmpty())
        return {{}, errors};
    WorkOrder wo;
    wo.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    wo.name = f.name;
    wo.types = f.types;
    wo.groups = groupsForTypes(f.types);
    wo.metadata = f.metadata;
    wo.tags = f.tags;
    wo.userGroupIds = f.userGroupIds;
    wo.fieldEngineerEmail = f.email;
    wo.createDate = now();
    wo.updateDate = wo.createDate;
    m_workOrders.insert(wo.id, wo);
    m_order << wo.id;
    return {wo.id, {}};
}

SandboxState::Change SandboxState::update(const QString &id, const QJsonObject &body)
{
    auto it = m_workOrders.find(id);
    if (it == m_workOrders.end())
        return {{}, {{QStringLiteral("detail"), QStringLiteral("Not found.")}}};
    Fields f;
    QJsonObject errors = readFields(body, true, &f);
    // The task groups were fixed when the work order was created.
    if (f.hasTypes)
        errors.insert(QStringLiteral("work_order_types"),
                      QJsonArray{QStringLiteral("This field cannot be changed after creation.")});
    if (!errors.isEmpty())
        return {id, errors};
    WorkOrder &wo = *it;
    if (f.hasName)
        wo.name = f.name;
    if (f.hasMetadata)
        wo.metadata = f.metadata;
    if (f.hasTags)
        wo.tags = f.tags;
    if (f.hasEmail)
        wo.fieldEngineerEmail = f.email;
    if (f.hasUserGroups)
        wo.userGroupIds = f.userGroupIds;
    wo.updateDate = now();
    return {id, {}};
}

bool SandboxState::remove(const QString &id)
{
    m_order.removeAll(id);
    return m_workOrders.remove(id) > 0;
}

QString SandboxState::outcomeSentence(const TaskDef &task, const QJsonValue &value) const
{
    // The message is the sentence of the outcome the value falls in, as the studio shows.
    for (const QJsonValue entry : task.outcomeValidation) {
        const QJsonObject e = entry.toObject();
        if (matchesSchema(e.value(QLatin1String("schema")).toObject(), value))
            return e.value(QLatin1String("sentence")).toString();
    }
    return {};
}

void SandboxState::applyPhoto(WorkOrder &wo, const TaskGroupDef &def, const QString &date) const
{
    for (const TaskDef &task : def.tasks) {
        wo.states.insert(
            key(def.name, task.name),
            QJsonObject{{QStringLiteral("analyzed_value"), task.conformValue},
                        {QStringLiteral("corrected_value"), QJsonValue::Null},
                        {QStringLiteral("message"), outcomeSentence(task, task.conformValue)}});
    }
    Input input;
    input.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    input.groupName = def.name;
    input.createDate = date;
    wo.inputs << input;
    wo.updateDate = date;
}

bool SandboxState::hasTaskGroup(const QString &id, const QString &groupName) const
{
    const auto it = m_workOrders.constFind(id);
    return it != m_workOrders.cend() && group(groupName) && it->groups.contains(groupName);
}

QString SandboxState::mediaFileName(const QString &inputId, const QString &mediaType)
{
    QString extension = QStringLiteral("jpg");
    if (mediaType == QLatin1String("application/pdf"))
        extension = QStringLiteral("pdf");
    else if (mediaType == QLatin1String("image/png"))
        extension = QStringLiteral("png");
    else if (mediaType == QLatin1String("image/gif"))
        extension = QStringLiteral("gif");
    else if (mediaType == QLatin1String("image/bmp"))
        extension = QStringLiteral("bmp");
    else if (mediaType == QLatin1String("image/webp"))
        extension = QStringLiteral("webp");
    return inputId + u'.' + extension;
}

QJsonObject SandboxState::inputJson(const Input &input) const
{
    // Like the vendor's signed URLs, the sandbox's media URLs need no token.
    const QString url =
        absolute(QStringLiteral("/media/inputs/") + mediaFileName(input.id, input.mediaType));
    const bool sized = input.width > 0 && input.height > 0;
    return {
        {QStringLiteral("id"), input.id},
        {QStringLiteral("task_group_name"), input.groupName},
        {QStringLiteral("date"), input.createDate},
        {QStringLiteral("create_date"), input.createDate},
        {QStringLiteral("conformity_messages"),
         QJsonArray::fromStringList(input.conformityMessages)},
        {QStringLiteral("media_type"), input.mediaType},
        {QStringLiteral("width"), sized ? QJsonValue(input.width) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("height"), sized ? QJsonValue(input.height) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("image_url"), url},
        {QStringLiteral("url"), url}, // the name earlier sandbox versions used
    };
}

QJsonObject SandboxState::addInput(const QString &id, const QString &groupName,
                                   const QString &mediaType,
                                   const SandboxImageAnalyzer::Result *image)
{
    auto it = m_workOrders.find(id);
    const TaskGroupDef *def = group(groupName);
    if (it == m_workOrders.end() || !def || !it->groups.contains(groupName))
        return {};
    WorkOrder &wo = *it;
    Input input;
    input.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    input.groupName = groupName;
    input.createDate = now();
    input.mediaType = mediaType;
    if (image) {
        input.width = image->width;
        input.height = image->height;
        input.conformityMessages = image->conformityMessages;
    }
    if (image && image->isConform()) {
        bool first = true;
        for (const TaskDef &task : def->tasks) {
            const QJsonValue value = SandboxImageAnalyzer::taskValue(
                *image, task.name, task.outcomeType, first && task.conformityStatus);
            if (task.conformityStatus)
                first = false;
            QJsonObject state = wo.states.value(key(def->name, task.name));
            // A correction is final: a new photo updates the analysis, never the correction.
            if (!state.contains(QLatin1String("corrected_value")))
                state.insert(QStringLiteral("corrected_value"), QJsonValue::Null);
            state.insert(QStringLiteral("analyzed_value"), value);
            const QJsonValue corrected = state.value(QLatin1String("corrected_value"));
            state.insert(QStringLiteral("message"),
                         outcomeSentence(task, corrected.isNull() ? value : corrected));
            wo.states.insert(key(def->name, task.name), state);
        }
    }
    wo.inputs << input;
    wo.updateDate = input.createDate;
    return inputJson(input);
}

QString SandboxState::inputMediaType(const QString &inputId) const
{
    for (const WorkOrder &wo : m_workOrders) {
        for (const Input &input : wo.inputs) {
            if (input.id == inputId)
                return input.mediaType;
        }
    }
    return {};
}

SandboxState::Correction SandboxState::correct(const QString &id, const QString &taskId,
                                               const QJsonObject &body)
{
    const Correction notFound{404, {{QStringLiteral("detail"), QStringLiteral("Not found.")}}};
    auto it = m_workOrders.find(id);
    if (it == m_workOrders.end())
        return notFound;
    const QUuid wanted = QUuid::fromString(taskId);
    const TaskGroupDef *def = nullptr;
    const TaskDef *task = nullptr;
    for (const QString &groupName : it->groups) {
        const TaskGroupDef *g = group(groupName);
        for (const TaskDef &t : g->tasks) {
            if (t.id == taskId || (!wanted.isNull() && QUuid::fromString(t.id) == wanted)) {
                def = g;
                task = &t;
            }
        }
    }
    if (!task)
        return notFound;
    QJsonObject state = it->states.value(key(def->name, task->name));
    const QJsonValue previous = state.value(QLatin1String("corrected_value"));
    if (!previous.isNull() && !previous.isUndefined())
        return {
            400,
            {{QStringLiteral("detail"), QStringLiteral("This task has already been corrected.")}}};

    // DRF's own messages for the field type that matches the task's outcome_type.
    const QJsonValue value = body.value(QLatin1String("corrected_value"));
    QString why;
    if (value.isUndefined())
        why = QStringLiteral("This field is required.");
    else if (value.isNull())
        why = QStringLiteral("This field may not be null.");
    else if (task->outcomeType == QLatin1String("Boolean") && !value.isBool())
        why = QStringLiteral("Must be a valid boolean.");
    else if (task->outcomeType == QLatin1String("Number") && !value.isDouble())
        why = QStringLiteral("A valid number is required.");
    else if (task->outcomeType == QLatin1String("Text") && !value.isString())
        why = QStringLiteral("Not a valid string.");
    if (!why.isEmpty())
        return {400, {{QStringLiteral("corrected_value"), QJsonArray{why}}}};

    if (!state.contains(QLatin1String("analyzed_value")))
        state.insert(QStringLiteral("analyzed_value"), QJsonValue::Null);
    state.insert(QStringLiteral("corrected_value"), value);
    state.insert(QStringLiteral("message"), outcomeSentence(*task, value));
    it->states.insert(key(def->name, task->name), state);
    it->reviewDate = now();
    it->updateDate = it->reviewDate;
    return {200, {{QStringLiteral("id"), task->id}, {QStringLiteral("state"), state}}};
}

// ---- connector page view -----------------------------------------------------------------------

QJsonObject SandboxState::groupView(const TaskGroupDef &def, const WorkOrder &wo) const
{
    QJsonArray tasks;
    for (const TaskDef &task : def.tasks) {
        if (task.onlyForDashboard)
            continue; // the dashboard's business, not the field worker's
        const QJsonObject state = wo.states.value(key(def.name, task.name));
        const QString status = state.isEmpty()          ? QStringLiteral("not_analysed")
                               : isConform(task, state) ? QStringLiteral("ok")
                                                        : QStringLiteral("ko");
        tasks.append(QJsonObject{
            {QStringLiteral("name"), task.name},
            {QStringLiteral("sentence"), task.sentence},
            {QStringLiteral("mandatory"), task.mandatory},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), state.value(QLatin1String("message")).toString()},
        });
    }
    const Input *last = nullptr;
    for (const Input &input : wo.inputs) {
        if (input.groupName == def.name)
            last = &input;
    }
    const QJsonObject lastInput = last ? inputJson(*last) : QJsonObject();
    return {
        {QStringLiteral("conformity_messages"),
         lastInput.value(QLatin1String("conformity_messages")).toArray()},
        // A path, not the absolute URL: the page loads nothing but from its own origin.
        {QStringLiteral("image_url"),
         QUrl(lastInput.value(QLatin1String("image_url")).toString()).path()},
        {QStringLiteral("name"), def.name},
        {QStringLiteral("display_name"), def.displayName},
        {QStringLiteral("description"), def.description},
        {QStringLiteral("order"), def.order},
        {QStringLiteral("example_url"), def.inputExamples.value(0)},
        {QStringLiteral("taken"), last != nullptr},
        {QStringLiteral("tasks"), tasks},
    };
}

QJsonObject SandboxState::connectorView(const QString &id) const
{
    const auto it = m_workOrders.constFind(id);
    if (it == m_workOrders.cend())
        return {};
    QList<const TaskGroupDef *> groups;
    for (const TaskGroupDef &def : m_groups) {
        if (it->groups.contains(def.name))
            groups << &def;
    }
    std::stable_sort(
        groups.begin(), groups.end(),
        [](const TaskGroupDef *a, const TaskGroupDef *b) { return a->order < b->order; });
    QJsonArray views;
    for (const TaskGroupDef *def : groups)
        views.append(groupView(*def, *it));
    return {
        {QStringLiteral("id"), it->id},
        {QStringLiteral("name"), it->name},
        {QStringLiteral("progress_score"), score(*it)},
        {QStringLiteral("task_groups"), views},
    };
}

QJsonObject SandboxState::connectorGroupView(const QString &id, const QString &groupName) const
{
    const auto it = m_workOrders.constFind(id);
    const TaskGroupDef *def = group(groupName);
    if (it == m_workOrders.cend() || !def || !it->groups.contains(groupName))
        return {};
    return groupView(*def, *it);
}
