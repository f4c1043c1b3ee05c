#include "batchprogress.h"

#include <cmath>

double BatchProgress::ratePerSecond() const
{
    const int settled = created + failed + inDoubt;
    if (settled <= 0 || elapsedMs <= 0)
        return 0;
    return settled * 1000.0 / double(elapsedMs);
}

qint64 BatchProgress::remainingMs() const
{
    const double rate = ratePerSecond();
    if (rate <= 0)
        return remaining() == 0 ? 0 : -1;
    return qint64(std::ceil(remaining() * 1000.0 / rate));
}
