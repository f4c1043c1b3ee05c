#pragma once

#include <QDateTime>

// One progress value and where it came from. A callback value is a claim made by a URL; only a
// value read back from the API counts as verified.
struct ProgressReading {
    enum class Source { None, Callback, Api };

    int value = -1;
    Source source = Source::None;
    bool verified = false;
    QDateTime time;

    bool isValid() const { return value >= 0 && value <= 100 && source != Source::None; }

    static ProgressReading fromCallback(int value, const QDateTime &time)
    {
        return {value, Source::Callback, false, time};
    }
    static ProgressReading fromApi(int value, const QDateTime &time)
    {
        return {value, Source::Api, true, time};
    }

    // The source's name in the database and in closure reports: "callback", "api" or "none".
    static QString sourceKey(Source source);
    static Source sourceFromKey(const QString &key);
};
