#include "scanresolver.h"

#include <QJsonValue>

#include <functional>

namespace {
// The value of a metadata field as printed on a label: numbers too (an equipment number may be
// stored as one), never objects or arrays.
QString metadataText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}
} // namespace

ScanResolver::Result ScanResolver::resolve(const QString &scanned,
                                           const QList<WorkOrder> &workOrders,
                                           const QString &scanKey)
{
    Result result;
    const QString text = scanned.trimmed();
    if (text.isEmpty()) {
        result.error = tr("The code read holds no text.");
        return result;
    }
    using Field = std::function<QString(const WorkOrder &)>;
    const struct {
        MatchedBy by;
        Field field;
    } fields[] = {
        {MatchedBy::Reference, [](const WorkOrder &wo) { return wo.key; }},
        {MatchedBy::Name, [](const WorkOrder &wo) { return wo.name; }},
        {MatchedBy::ScanKey,
         [&scanKey](const WorkOrder &wo) {
             return scanKey.isEmpty() ? QString() : metadataText(wo.metadata.value(scanKey));
         }},
    };
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const auto &f : fields) {
            QStringList found;
            for (const WorkOrder &wo : workOrders) {
                const QString value = f.field(wo);
                if (!value.isEmpty() && value.compare(text, cs) == 0 && !found.contains(wo.key))
                    found << wo.key;
            }
            if (found.size() == 1) {
                result.key = found.constFirst();
                result.matchedBy = f.by;
                return result;
            }
            if (found.size() > 1) {
                // Opening one at random could mean photos on the wrong job.
                result.error = tr("The code “%1” matches several work orders (%2): search for "
                                  "the one you want in the list.")
                                   .arg(text, found.join(QStringLiteral(", ")));
                return result;
            }
        }
    }
    result.error = tr("No work order matches the code “%1”. Check that it is the label of a "
                      "work order of this site, or search the list.")
                       .arg(text);
    return result;
}
