#pragma once

#include "remoteworkorder.h"

#include <QCoreApplication>
#include <QString>

// What a technician should read for one task of a work order: not analysed yet, conform, not
// conform, corrected by a reviewer, or a measured value. Read from the task's state as the API
// returns it (analyzed_value, corrected_value).
struct TaskOutcome {
    Q_DECLARE_TR_FUNCTIONS(TaskOutcome)
public:
    enum class State { NotAnalysed, Ok, Ko, Corrected, Value };

    State state = State::NotAnalysed;
    QString value; // the value to show, for Value and Corrected
    QString message; // the analysis message, if any

    static TaskOutcome of(const RemoteWorkOrder::Task &task);
    QString label() const; // "Not analysed", "OK", "Not OK", "Corrected: …", the value
};
