#pragma once

#include "benchsamples.h"

#include <QString>

#include <optional>

// One line of the report: what was measured, the baseline beside it, and the target it is held to.
struct BenchFigure {
    enum class Target {
        None, // shown for information
        Ratio, // fieldconnect median / baseline median must be <= value
        AbsoluteMs, // fieldconnect median must be < value milliseconds
    };

    QString id;
    QString label;
    BenchSamples baseline; // empty: the figure has no baseline (e.g. the cold first open)
    BenchSamples subject;
    Target target = Target::None;
    double targetValue = 0;
    QString error; // set when the figure could not be measured
    QString note;

    std::optional<double> ratio() const;
    std::optional<bool> met() const;
    QString targetText() const;
};
