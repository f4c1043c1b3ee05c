#include "benchfigure.h"

std::optional<double> BenchFigure::ratio() const
{
    if (!error.isEmpty() || baseline.isEmpty() || subject.isEmpty() || baseline.median() <= 0)
        return std::nullopt;
    return subject.median() / baseline.median();
}

std::optional<bool> BenchFigure::met() const
{
    if (!error.isEmpty() || subject.isEmpty())
        return std::nullopt;
    switch (target) {
    case Target::None:
        return std::nullopt;
    case Target::Ratio: {
        const auto r = ratio();
        return r ? std::optional<bool>(*r <= targetValue) : std::nullopt;
    }
    case Target::AbsoluteMs:
        return subject.median() < targetValue;
    }
    return std::nullopt;
}

QString BenchFigure::targetText() const
{
    switch (target) {
    case Target::None:
        return QStringLiteral("-");
    case Target::Ratio:
        return QStringLiteral("<= %1x").arg(targetValue, 0, 'f', 1);
    case Target::AbsoluteMs:
        return QStringLiteral("< %1 ms").arg(targetValue, 0, 'f', 0);
    }
    return {};
}
