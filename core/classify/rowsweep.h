#pragma once

// out = base + sum over k of value[k] * row(index[k]) for feature-major weight matrices (rows of `stride` floats,
// stride a multiple of 8): the score sweep of training and prediction. The running sums stay in registers and
// the rows a few non-zeros ahead are prefetched; each element sees the same multiplications and additions in the
// same order as the plain loop `out[c] += value[k] * row[c]`, so results are bit for bit those of that loop.

#include <QtGlobal>

#include <algorithm>

namespace RouteDesk {

// Rows are fetched this many non-zeros before they are read: a text's rows are scattered over a matrix larger
// than the caches, and the loads would otherwise wait one after the other.
inline constexpr qsizetype RowPrefetchAhead = 6;

inline void prefetchRow(const float *row, int stride)
{
#if defined(__GNUC__)
    const char *begin = reinterpret_cast<const char *>(row);
    const char *last = reinterpret_cast<const char *>(row + stride) - 1;
    for (const char *p = begin; p <= last; p += 64)
        __builtin_prefetch(p);
    __builtin_prefetch(last);
#else
    Q_UNUSED(row);
    Q_UNUSED(stride);
#endif
}

#if defined(__GNUC__)

namespace Detail {

using Floats8 = float __attribute__((vector_size(32)));
// The same, for loads and stores at any float address.
using UnalignedFloats8 = float __attribute__((vector_size(32), aligned(4)));

// Columns [c0, c0 + 8 * N) of the sweep.
template<int N, typename Index, typename Value>
__attribute__((always_inline)) inline void sweepBlock(const float *base, const float *weights, int stride, int c0,
                                                      const Index &index, const Value &value, qsizetype count,
                                                      float *out)
{
    Floats8 acc[N];
    for (int j = 0; j < N; ++j)
        acc[j] = *reinterpret_cast<const UnalignedFloats8 *>(base + c0 + 8 * j);
    for (qsizetype k = 0; k < count; ++k) {
        if (c0 == 0 && k + RowPrefetchAhead < count)
            prefetchRow(weights + qsizetype(index(k + RowPrefetchAhead)) * stride, stride);
        const float *row = weights + qsizetype(index(k)) * stride + c0;
        const float v = value(k);
        for (int j = 0; j < N; ++j)
            acc[j] += v * *reinterpret_cast<const UnalignedFloats8 *>(row + 8 * j);
    }
    for (int j = 0; j < N; ++j)
        *reinterpret_cast<UnalignedFloats8 *>(out + c0 + 8 * j) = acc[j];
}

} // namespace Detail

// index(k) and value(k) give the k-th non-zero, k in [0, count).
template<typename Index, typename Value>
__attribute__((always_inline)) inline void sweepRows(const float *base, const float *weights, int stride,
                                                     const Index &index, const Value &value, qsizetype count,
                                                     float *out)
{
    for (int c0 = 0; c0 < stride; c0 += 80) {
        switch (std::min(10, (stride - c0) / 8)) {
        case 1:
            Detail::sweepBlock<1>(base, weights, stride, c0, index, value, count, out);
            break;
        case 2:
            Detail::sweepBlock<2>(base, weights, stride, c0, index, value, count, out);
            break;
        case 3:
            Detail::sweepBlock<3>(base, weights, stride, c0, index, value, count, out);
            break;
        case 4:
            Detail::sweepBlock<4>(base, weights, stride, c0, index, value, count, out);
            break;
        case 5:
            Detail::sweepBlock<5>(base, weights, stride, c0, index, value, count, out);
            break;
        case 6:
            Detail::sweepBlock<6>(base, weights, stride, c0, index, value, count, out);
            break;
        case 7:
            Detail::sweepBlock<7>(base, weights, stride, c0, index, value, count, out);
            break;
        case 8:
            Detail::sweepBlock<8>(base, weights, stride, c0, index, value, count, out);
            break;
        case 9:
            Detail::sweepBlock<9>(base, weights, stride, c0, index, value, count, out);
            break;
        default:
            Detail::sweepBlock<10>(base, weights, stride, c0, index, value, count, out);
            break;
        }
    }
}

#else

template<typename Index, typename Value>
inline void sweepRows(const float *base, const float *weights, int stride, const Index &index, const Value &value,
                      qsizetype count, float *out)
{
    std::copy(base, base + stride, out);
    for (qsizetype k = 0; k < count; ++k) {
        const float *row = weights + qsizetype(index(k)) * stride;
        const float v = value(k);
        for (int c = 0; c < stride; ++c)
            out[c] += v * row[c];
    }
}

#endif

} // namespace RouteDesk
