#include "progressreading.h"

QString ProgressReading::sourceKey(Source source)
{
    switch (source) {
    case Source::Callback:
        return QStringLiteral("callback");
    case Source::Api:
        return QStringLiteral("api");
    case Source::None:
        break;
    }
    return QStringLiteral("none");
}

ProgressReading::Source ProgressReading::sourceFromKey(const QString &key)
{
    if (key == QLatin1String("callback"))
        return Source::Callback;
    if (key == QLatin1String("api"))
        return Source::Api;
    return Source::None;
}
