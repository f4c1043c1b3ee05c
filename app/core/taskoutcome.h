#pragma once

#include "remoteworkorder.h"

#include <QCoreApplication>
#include <QString>

// What a technician should read for one task of a work order: not analysed yet, conform, not
// conform, corrected by a reviewer, or a measured value. Read from the task's state as the API
// returns it (analyzed_value, corrected_value). A task with an outcome_validation is graded by
// it, as Deepomatic's page grades it, whatever its outcome type: a Number or Text value is then
// OK or Not OK, with the value kept beside the verdict. Without one, only a Boolean has a
// verdict; other values are shown as they are.
struct TaskOutcome {
    Q_DECLARE_TR_FUNCTIONS(TaskOutcome)
public:
    enum class State { NotAnalysed, Ok, Ko, Corrected, Value };

    State state = State::NotAnalysed;
    QString value; // the value to show: Value, Corrected, and a graded Number or Text
    QString message; // the analysis message, or the sentence of the outcome the value falls in

    static TaskOutcome of(const RemoteWorkOrder::Task &task);
    // "Not analysed", "OK", "Not OK", "OK: 42", "Not OK: ABC", "Corrected: …", the value
    QString label() const;
};
