#pragma once

#include <functional>

// Lets the event loop run while the benchmark waits. Timings are never taken here: they are
// stamped by the slot that sees the event, so how quickly a wait notices does not matter.
class BenchWait
{
public:
    // Runs the event loop until done() is true or timeoutMs has passed; returns done().
    static bool until(const std::function<bool()> &done, int timeoutMs);
    // Runs the event loop for this long, so that the work a measured step left behind (paints,
    // renderer updates) does not spill into the next measurement.
    static void settle(int milliseconds);
};
