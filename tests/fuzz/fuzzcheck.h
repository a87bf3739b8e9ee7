#pragma once
// What every fuzz target shares: a broken promise is a crash libFuzzer keeps and reports.

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace kumo::fuzz {

/// Stops the run (libFuzzer saves the input) when @p promise does not hold.
inline void check(bool promise, const char *what)
{
    if (!promise) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

/// The input as bytes, without copying.
inline QByteArray bytes(const unsigned char *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace kumo::fuzz
