#include "taskoutcome.h"

#include <QJsonValue>

namespace {
QString display(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? TaskOutcome::tr("yes") : TaskOutcome::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}
} // namespace

TaskOutcome TaskOutcome::of(const RemoteWorkOrder::Task &task)
{
    TaskOutcome outcome;
    if (task.state.isEmpty())
        return outcome;
    outcome.message = task.state.value(QLatin1String("message")).toString();
    const QJsonValue corrected = task.state.value(QLatin1String("corrected_value"));
    if (!corrected.isNull() && !corrected.isUndefined()) {
        outcome.state = State::Corrected;
        outcome.value = display(corrected);
        return outcome;
    }
    const QJsonValue analysed = task.state.value(QLatin1String("analyzed_value"));
    if (analysed.isBool()) {
        outcome.state = analysed.toBool() ? State::Ok : State::Ko;
    } else if (analysed.isNull() || analysed.isUndefined()) {
        outcome.state = State::NotAnalysed;
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
        return tr("OK");
    case State::Ko:
        return tr("Not OK");
    case State::Corrected:
        return tr("Corrected: %1").arg(value);
    case State::Value:
        return value;
    }
    return {};
}
