#pragma once

// A small parallel loop on std::thread (core links no Qt Concurrent). Work items are taken in order from a
// shared counter; a task's result must not depend on which thread runs it, so results stay deterministic.

#include <QtGlobal>

#include <functional>

// Hot loops get an AVX2 clone picked at load time where the processor has it; the arithmetic is the same per
// element, so results do not change with the clone that runs.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define ROUTEDESK_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define ROUTEDESK_VECTOR_CLONES
#endif

namespace RouteDesk {

// Worker threads to use: the machine's cores, at least 1.
int defaultThreadCount();

// Runs task(i) for i in [0, count) on up to `threads` threads (the caller's included) and returns when all
// are done. task must not throw.
void parallelFor(qsizetype count, int threads, const std::function<void(qsizetype)> &task);

// splitmix64: seeds and mixes deterministic pseudo-random streams.
quint64 mixSeed(quint64 x);

// A small deterministic generator (xoshiro256**) so that shuffles do not depend on the standard library.
class Random
{
public:
    explicit Random(quint64 seed);
    quint64 next();
    // Uniform in [0, bound).
    quint64 below(quint64 bound);

private:
    quint64 m_s[4];
};

} // namespace RouteDesk
