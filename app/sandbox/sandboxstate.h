#pragma once

#include "sandboximageanalyzer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

// The data of the emulated Deepomatic site: one application (its task groups), work order
// types, users and work orders with their task states. No HTTP here: the server turns these
// results into responses, so the vendor's rules can be read apart from the transport.
//
// progress_score is never stored: it is computed from the task states each time it is read.
class SandboxState
{
public:
    // The outcome of a create or an update. `errors` holds DRF-style field errors
    // ({"name": ["..."]}); empty means the change was applied.
    struct Change {
        QString id;
        QJsonObject errors;
        bool ok() const { return errors.isEmpty(); }
    };

    // Reads the seed: site, application, types, users and the seeded work orders.
    // Returns an empty string on success, otherwise what is wrong with the seed.
    QString loadSeed(const QByteArray &json);
    // Replaces the work orders with those written by saveState(). The application, types and
    // users always come from the seed, as task definitions come from an application version.
    QString loadState(const QByteArray &json);
    QByteArray saveState() const;

    QUuid siteId() const { return m_siteId; }
    QString orgSlug() const { return m_orgSlug; }
    QString appVersionId() const { return m_appVersionId; }
    // The real API hands out absolute (signed) image URLs; ours point at the sandbox itself.
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    QStringList workOrderIds() const { return m_order; }
    // The stored id for a path segment (any UUID spelling), or an empty string.
    QString canonicalId(const QString &text) const;
    bool contains(const QString &id) const { return m_workOrders.contains(id); }
    QJsonObject workOrderJson(const QString &id, bool includeInputs = true) const;
    QList<QJsonObject> findByName(const QString &name, bool includeInputs) const;
    QList<QJsonObject> allWorkOrders(bool includeInputs) const;
    QList<QJsonObject> seededWorkOrders() const { return m_seeded; }
    // The work order types of the seed (names), sorted.
    QStringList workOrderTypes() const { return m_types.keys(); }
    int progressScore(const QString &id) const;

    Change create(const QJsonObject &body);
    Change update(const QString &id, const QJsonObject &body);
    bool remove(const QString &id);

    // True when the work order exists and its types include this task group.
    bool hasTaskGroup(const QString &id, const QString &groupName) const;
    bool knowsTaskGroup(const QString &groupName) const { return group(groupName) != nullptr; }
    // Records an input (an image or a PDF) for one task group of a work order and returns it as
    // GET lists it (empty if the work order or group is unknown). With `image` given and
    // conform, every task of the group gets its analysed value (SandboxImageAnalyzer::taskValue);
    // a non-conform image only records its conformity messages, and a PDF (no `image`) is
    // recorded without analysing anything: the tasks keep their previous states.
    QJsonObject addInput(const QString &id, const QString &groupName, const QString &mediaType,
                         const SandboxImageAnalyzer::Result *image);
    // The media type of a recorded input, or an empty string when no work order has it.
    QString inputMediaType(const QString &inputId) const;
    // The file name an input's bytes are stored and served under (<id>.jpg, <id>.pdf, ...).
    static QString mediaFileName(const QString &inputId, const QString &mediaType);

    // PATCH .../tasks/{task_id}/correction/: `status` 200 with {"id", "state"}, 400 with DRF
    // errors, 404 when the task is not in this work order.
    struct Correction {
        int status = 0;
        QJsonObject body;
    };
    Correction correct(const QString &id, const QString &taskId, const QJsonObject &body);

    // Sign-in: true when the seed has this user (e-mail without case) with this password. A
    // user without a password in the seed cannot sign in.
    bool checkPassword(const QString &email, const QString &password) const;
    // The seeded users who can sign in, as (e-mail, password) in seed order.
    QList<QPair<QString, QString>> signInCredentials() const;

    QJsonArray taskGroupsJson() const;
    QJsonObject taskGroupJson(const QString &name) const; // empty when unknown

    // What the connector page shows: task groups sorted by `order`, each with `taken` and the
    // field workers' tasks (only_for_dashboard false) with status "not_analysed", "ok" or "ko".
    QJsonObject connectorView(const QString &id) const;
    QJsonObject connectorGroupView(const QString &id, const QString &groupName) const;

    // Python's name for a JSON value's type, as DRF puts it in its messages ("list", "str", ...).
    static QString pythonTypeName(const QJsonValue &value);
    // The small JSON Schema subset used by outcome_validation: type, const, enum, minimum,
    // maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern.
    static bool matchesSchema(const QJsonObject &schema, const QJsonValue &value);

private:
    struct TaskDef {
        QString id;
        QString name;
        QString sentence;
        bool mandatory = false;
        bool onlyForDashboard = false;
        bool conformityStatus = false;
        QString outcomeType;
        QJsonArray outcomeValidation;
        QJsonValue conformValue; // what a seeded "photos_taken" entry sets
    };
    struct TaskGroupDef {
        QString id;
        QString name;
        QString displayName;
        QString description;
        int order = 0;
        QStringList inputExamples; // sandbox paths such as /static/examples/x.svg
        QList<TaskDef> tasks;
    };
    struct User {
        QString email;
        QString name;
        QString password;
    };
    struct Input {
        QString id;
        QString groupName;
        QString createDate;
        QStringList conformityMessages;
        QString mediaType = QStringLiteral("image/jpeg");
        int width = 0; // 0 for PDFs and seeded inputs
        int height = 0;
    };
    struct WorkOrder {
        QString id;
        QString name;
        QStringList types;
        QStringList groups; // fixed at creation from the types, in application order
        QJsonObject metadata;
        QJsonArray tags;
        QJsonArray userGroupIds;
        QString fieldEngineerEmail;
        QString createDate;
        QString updateDate;
        QString reviewDate; // last correction; empty until one
        QMap<QString, QJsonObject>
            states; // "group/task" -> {analyzed_value, corrected_value, message}
        QList<Input> inputs;
    };
    // Validated, typed body fields; `has*` says whether the client sent the field.
    struct Fields {
        bool hasName = false;
        QString name;
        bool hasMetadata = false;
        QJsonObject metadata;
        bool hasTags = false;
        QJsonArray tags;
        bool hasEmail = false;
        QString email;
        bool hasTypes = false;
        QStringList types;
        bool hasUserGroups = false;
        QJsonArray userGroupIds;
    };

    QJsonObject readFields(const QJsonObject &body, bool partial, Fields *fields) const;
    QString readWorkOrder(const QJsonObject &o, WorkOrder *wo) const;
    QJsonObject writeWorkOrder(const WorkOrder &wo) const;
    QJsonObject taskGroupJson(const TaskGroupDef &group, const WorkOrder *wo) const;
    QJsonObject groupView(const TaskGroupDef &group, const WorkOrder &wo) const;
    const TaskGroupDef *group(const QString &name) const;
    const User *user(const QString &email) const;
    QStringList groupsForTypes(const QStringList &types) const;
    bool isConform(const TaskDef &task, const QJsonObject &state) const;
    int score(const WorkOrder &wo) const;
    void applyPhoto(WorkOrder &wo, const TaskGroupDef &group, const QString &date) const;
    QString outcomeSentence(const TaskDef &task, const QJsonValue &value) const;
    QJsonObject inputJson(const Input &input) const;
    QString absolute(const QString &path) const;
    static QString now();

    QUuid m_siteId;
    QString m_orgSlug;
    QString m_appVersionId;
    QUrl m_baseUrl;
    QList<TaskGroupDef> m_groups; // application order, deliberately not sorted by `order`
    QMap<QString, QStringList> m_types;
    QList<User> m_users;
    QList<int> m_userGroupIds;
    QMap<QString, WorkOrder> m_workOrders;
    QStringList m_order; // creation order, for stable listings
    QList<QJsonObject> m_seeded;
};
