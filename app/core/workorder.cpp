#include "workorder.h"

#include <QJsonArray>

QJsonObject WorkOrder::toCreateRequest() const
{
    QJsonObject body;
    body.insert(QStringLiteral("name"), name);
    QJsonObject meta;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
            continue;
        meta.insert(it.key(), v);
    }
    if (!meta.isEmpty())
        body.insert(QStringLiteral("metadata"), meta);
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!technicianEmail.isEmpty())
        body.insert(QStringLiteral("field_engineer_email"), technicianEmail);
    if (!types.isEmpty())
        body.insert(QStringLiteral("work_order_types"), QJsonArray::fromStringList(types));
    return body;
}

QString WorkOrder::searchText() const
{
    return QStringList{
        name, key, address, technicianName, technicianEmail, types.join(u' '), tags.join(u' ')}
        .join(u'\n')
        .toCaseFolded();
}
