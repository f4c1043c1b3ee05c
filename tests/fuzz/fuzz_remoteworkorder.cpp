// libFuzzer target for the work order JSON parser: what the Deepomatic API (or anything in
// between) returns is never trusted. The same bytes go through the three entry points: one work
// order, a list of work orders (bare array or DRF page) and a list of task groups.
#include "fuzzcheck.h"
#include "remoteworkorder.h"
#include "taskoutcome.h"

#include <QRegularExpression>
#include <QUuid>

#include <cstddef>
#include <cstdint>

namespace {
void checkTaskGroup(const RemoteWorkOrder::TaskGroup &group)
{
    FUZZ_CHECK(!group.name.isEmpty(), QStringLiteral("a task group without a name"));
    for (const RemoteWorkOrder::Task &task : group.tasks) {
        FUZZ_CHECK(!task.name.isEmpty(), group.name + QStringLiteral(": a task without a name"));
        // Kept rules only use what the grader understands; grading any state never fails.
        for (const OutcomeValidation::Rule &rule : task.outcomeValidation.rules)
            FUZZ_CHECK(OutcomeValidation::checkSchema(rule.schema).isEmpty(), task.name);
        const TaskOutcome outcome = TaskOutcome::of(task);
        FUZZ_CHECK(!outcome.label().isEmpty() || outcome.state == TaskOutcome::State::Value,
                   task.name);
    }
}

void checkWorkOrder(const RemoteWorkOrder &wo)
{
    // The id is a UUID in its canonical spelling, whatever spelling the API used.
    static const QRegularExpression canonicalUuid(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    FUZZ_CHECK(canonicalUuid.match(wo.id).hasMatch(), wo.id);
    FUZZ_CHECK(!QUuid::fromString(wo.id).isNull(), wo.id);
    FUZZ_CHECK(wo.progressScore >= 0 && wo.progressScore <= 100, QString::number(wo.progressScore));
    for (qsizetype i = 0; i < wo.taskGroups.size(); ++i) {
        checkTaskGroup(wo.taskGroups.at(i));
        if (i > 0)
            FUZZ_CHECK(wo.taskGroups.at(i - 1).order <= wo.taskGroups.at(i).order,
                       QStringLiteral("task groups out of order"));
    }
    for (const RemoteWorkOrder::Input &input : wo.inputs) {
        FUZZ_CHECK(!input.id.isEmpty(), QStringLiteral("an input without an id"));
        FUZZ_CHECK(input.width >= 0 && input.width <= 1000000, QString::number(input.width));
        FUZZ_CHECK(input.height >= 0 && input.height <= 1000000, QString::number(input.height));
        FUZZ_CHECK(input.imageUrl.isEmpty() || input.imageUrl.isValid(),
                   input.imageUrl.errorString());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);

    const RemoteWorkOrder::Parsed one = RemoteWorkOrder::fromJson(json);
    if (one.ok())
        checkWorkOrder(one.workOrder);
    else
        FUZZ_CHECK(one.workOrder.id.isEmpty(), QStringLiteral("a failed parse kept an id"));

    const RemoteWorkOrder::ParsedList list = RemoteWorkOrder::listFromJson(json);
    if (list.ok()) {
        for (const RemoteWorkOrder &wo : list.workOrders)
            checkWorkOrder(wo);
    } else {
        FUZZ_CHECK(list.workOrders.isEmpty(), list.error);
    }

    const RemoteWorkOrder::ParsedTaskGroups groups = RemoteWorkOrder::taskGroupsFromJson(json);
    if (groups.ok()) {
        for (const RemoteWorkOrder::TaskGroup &group : groups.taskGroups)
            checkTaskGroup(group);
    } else {
        FUZZ_CHECK(groups.taskGroups.isEmpty(), groups.error);
    }
    return 0;
}
