#pragma once

#include "remoteworkorder.h"

#include <QCoreApplication>

// The answer to POST /v0.2/work-orders/{id}/analyze/: the input recorded (with its data
// conformity messages), the task group with the tasks' new states, and the work order's new
// progress. Built only through fromJson, which checks what it keeps.
struct AnalyzeResult {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeResult)
public:
    RemoteWorkOrder::Input input;
    RemoteWorkOrder::TaskGroup taskGroup;
    int progressScore = 0;

    // Whether the photo passed the data conformity check (usable at all).
    bool isConform() const { return input.conformityMessages.isEmpty(); }

    struct Parsed;
    static Parsed fromJson(const QByteArray &json);
};

struct AnalyzeResult::Parsed {
    AnalyzeResult result;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
