#include "parallel.h"

#include <atomic>
#include <thread>
#include <vector>

namespace RouteDesk {

int defaultThreadCount()
{
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : static_cast<int>(std::min(cores, 64U));
}

void parallelFor(qsizetype count, int threads, const std::function<void(qsizetype)> &task)
{
    if (count <= 0)
        return;
    const qsizetype workers = std::max<qsizetype>(1, std::min<qsizetype>(threads, count));
    std::atomic<qsizetype> nextItem {0};
    auto work = [&]() {
        for (;;) {
            const qsizetype i = nextItem.fetch_add(1);
            if (i >= count)
                return;
            task(i);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (qsizetype t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
}

quint64 mixSeed(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

Random::Random(quint64 seed)
{
    quint64 x = seed;
    for (quint64 &s : m_s) {
        x = mixSeed(x);
        s = x;
    }
}

static inline quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

quint64 Random::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint64 Random::below(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // Rejection keeps it unbiased; the loop almost never repeats.
    const quint64 limit = ~0ULL - (~0ULL % bound);
    quint64 r;
    do {
        r = next();
    } while (r >= limit);
    return r % bound;
}

} // namespace RouteDesk
