#include "taskoutcome.h"

#include <QJsonValue>
#include <QLocale>

namespace {
QString display(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? TaskOutcome::tr("yes") : TaskOutcome::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return v.toString();
}

bool isAbsent(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}
} // namespace

TaskOutcome TaskOutcome::of(const RemoteWorkOrder::Task &task)
{
    TaskOutcome outcome;
    if (task.state.isEmpty())
        return outcome;
    outcome.message = task.state.value(QLatin1String("message")).toString();
    const QJsonValue corrected = task.state.value(QLatin1String("corrected_value"));
    if (!isAbsent(corrected)) {
        outcome.state = State::Corrected;
        outcome.value = display(corrected);
        return outcome;
    }
    const QJsonValue analysed = task.state.value(QLatin1String("analyzed_value"));
    if (isAbsent(analysed))
        return outcome;

    const OutcomeValidation &validation = task.outcomeValidation;
    if (!validation.isEmpty()) {
        const OutcomeValidation::Rule *rule = validation.ruleFor(analysed);
        if (rule && outcome.message.isEmpty())
            outcome.message = rule->sentence;
        if (rule && rule->notAnalyzed) {
            outcome.state = State::NotAnalysed;
            return outcome;
        }
        outcome.state = validation.isConform(analysed) ? State::Ok : State::Ko;
        if (!analysed.isBool()) // "OK: yes" says nothing more than "OK"
            outcome.value = display(analysed);
        return outcome;
    }
    if (analysed.isBool()) {
        outcome.state = analysed.toBool() ? State::Ok : State::Ko;
    } else {
        outcome.state = State::Value;
        outcome.value = display(analysed);
    }
    return outcome;
}

QString TaskOutcome::label() const
{
    switch (state) {
    case State::NotAnalysed:
        return tr("Not analysed");
    case State::Ok:
        return value.isEmpty() ? tr("OK") : tr("OK: %1").arg(value);
    case State::Ko:
        return value.isEmpty() ? tr("Not OK") : tr("Not OK: %1").arg(value);
    case State::Corrected:
        return tr("Corrected: %1").arg(value);
    case State::Value:
        return value;
    }
    return {};
}
