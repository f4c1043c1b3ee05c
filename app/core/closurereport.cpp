#include "closurereport.h"

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QString ClosureReport::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Verified:
        return QStringLiteral("closed");
    case Kind::Unverified:
        return QStringLiteral("closed_unverified");
    case Kind::Override:
        return QStringLiteral("closed_override");
    }
    return {};
}

QJsonObject ClosureReport::toJson() const
{
    const ProgressReading &p = workOrder.lastProgress;
    QJsonObject progress{
        {QStringLiteral("value"), p.isValid() ? QJsonValue(p.value) : QJsonValue()},
        {QStringLiteral("source"), ProgressReading::sourceKey(p.source)},
        {QStringLiteral("verified"), p.isValid() && p.verified},
        {QStringLiteral("time"), time(p.time)}};
    QJsonObject report{
        {QStringLiteral("report_id"), reportId},
        {QStringLiteral("closure"), kindKey(kind)},
        {QStringLiteral("work_order"),
         QJsonObject{{QStringLiteral("key"), workOrder.key},
                     {QStringLiteral("name"), workOrder.name},
                     {QStringLiteral("deepomatic_id"), workOrder.deepomaticId},
                     {QStringLiteral("site_profile"), workOrder.siteProfile}}},
        {QStringLiteral("closed_at"), time(closedAt)},
        {QStringLiteral("opened_at"), time(openedAt)},
        {QStringLiteral("user"), user},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("progress"), progress},
        {QStringLiteral("override_reason"),
         kind == Kind::Override ? QJsonValue(overrideReason) : QJsonValue()},
    };
    return report;
}
