#pragma once

#include "benchoptions.h"

class BenchReport;

// Batch creation of 1,000 planned work orders on the sandbox, 4 in flight: `fieldconnect
// --create-all` (whole process) against `curl --parallel --parallel-max 4` making the same POSTs
// to the same kind of sandbox. Wall time is the figure; the CPU of the child process beside it.
class BenchBatch
{
public:
    static constexpr int WorkOrders = 1000;
    static constexpr int InFlight = 4; // the sandbox profile's max_requests_in_flight

    explicit BenchBatch(const BenchOptions &options)
        : m_options(options)
    { }

    void run(BenchReport *report);

private:
    BenchOptions m_options;
};
