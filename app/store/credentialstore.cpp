#include "credentialstore.h"

QString CredentialStore::statusKey(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not_found");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::AccessDenied:
        return QStringLiteral("access_denied");
    case Status::TimedOut:
        return QStringLiteral("timed_out");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}
