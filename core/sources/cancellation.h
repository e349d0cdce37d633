#pragma once

#include <atomic>

namespace RouteDesk {

// A flag one thread raises (the GUI's Cancel button, a test) and a worker polls: long pulls, back-off sleeps and
// requests in flight stop soon after it is set. The owner keeps it alive while any worker holds a pointer to it.
class Cancellation
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    static bool isSet(const Cancellation *cancellation) { return cancellation && cancellation->isCancelled(); }

private:
    std::atomic_bool m_cancelled {false};
};

} // namespace RouteDesk
