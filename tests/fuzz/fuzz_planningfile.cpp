// libFuzzer target for the planning-file parser: a dispatcher's file is never trusted. The same
// bytes are read as CSV and as JSON, against a site that knows some types and references.
#include "deepomaticname.h"
#include "fuzzcheck.h"
#include "planningfile.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {
void check(const PlanningFile::Parsed &parsed, const PlanningFile::Rules &rules)
{
    if (!parsed.isReadable()) {
        FUZZ_CHECK(parsed.rows.isEmpty(), QStringLiteral("rows kept beside a file error"));
        FUZZ_CHECK(parsed.rowErrors.isEmpty(), QStringLiteral("row errors beside a file error"));
        for (const PlanningFile::Issue &issue : parsed.fileErrors)
            FUZZ_CHECK(issue.isFileLevel() && !issue.message.isEmpty(), issue.message);
        return;
    }
    FUZZ_CHECK(parsed.rowCount == parsed.rows.size() + parsed.badRowCount,
               QStringLiteral("%1 rows read, %2 good, %3 bad")
                   .arg(parsed.rowCount)
                   .arg(parsed.rows.size())
                   .arg(parsed.badRowCount));
    FUZZ_CHECK(parsed.rowCount <= PlanningFile::MaxRows, QString::number(parsed.rowCount));
    FUZZ_CHECK(parsed.badRowCount == 0 || !parsed.rowErrors.isEmpty(),
               QStringLiteral("a bad row without a reason"));
    for (const PlanningFile::Issue &issue : parsed.rowErrors) {
        FUZZ_CHECK(!issue.isFileLevel(), issue.message);
        FUZZ_CHECK(issue.line >= 1 && !issue.message.isEmpty(), issue.toString());
    }
    QSet<QString> keys;
    int previousLine = 0;
    for (const PlanningFile::Row &row : parsed.rows) {
        const WorkOrder &wo = row.workOrder;
        FUZZ_CHECK(row.line > previousLine, QStringLiteral("rows out of line order"));
        previousLine = row.line;
        FUZZ_CHECK(!wo.key.isEmpty(), QStringLiteral("a good row without a reference"));
        FUZZ_CHECK(!keys.contains(wo.key), QStringLiteral("duplicate reference ") + wo.key);
        keys.insert(wo.key);
        FUZZ_CHECK(!rules.existingKeys.contains(wo.key), wo.key);
        FUZZ_CHECK(DeepomaticName::isValid(wo.name), wo.name);
        FUZZ_CHECK(wo.plannedDate.isValid(), wo.key);
        FUZZ_CHECK(wo.status == WorkOrderStatus::Planned && wo.deepomaticId.isEmpty(), wo.key);
        for (const QString &type : wo.types)
            FUZZ_CHECK(rules.knownTypes.contains(type), type);
        FUZZ_CHECK(wo.address.size() <= PlanningFile::MaxFieldLength, wo.key);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    PlanningFile::Rules rules;
    rules.knownTypes = {QStringLiteral("installation"), QStringLiteral("maintenance"),
                        QStringLiteral("raccordement"), QStringLiteral("releve-compteur")};
    rules.existingKeys = {QStringLiteral("WO-2026-0412")};
    rules.siteProfile = QStringLiteral("sandbox");
    check(PlanningFile::parse(bytes, PlanningFile::Format::Csv, rules), rules);
    check(PlanningFile::parse(bytes, PlanningFile::Format::Json, rules), rules);
    return 0;
}
