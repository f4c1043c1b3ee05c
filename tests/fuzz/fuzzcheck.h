#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// An invariant that must hold for every input. Unlike Q_ASSERT it is never compiled out, and a
// failure aborts, which libFuzzer reports as a crash and saves the input as a reproducer.
#define FUZZ_CHECK(condition, what) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, \
                         #condition, QString(what).toUtf8().constData()); \
            std::abort(); \
        } \
    } while (false)

namespace fuzz {
// The input as text: libFuzzer's bytes are arbitrary, Qt replaces invalid UTF-8 sequences.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: libFuzzer reuses its buffer once the call returns.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}
} // namespace fuzz
