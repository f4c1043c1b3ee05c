#include "systemuser.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

QString SystemUser::name()
{
    QString user = qEnvironmentVariable("USER").trimmed();
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME").trimmed(); // Windows sets this one
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
            user = QString::fromLocal8Bit(account->pw_name);
        else // an id with no account (a container's arbitrary uid): the id says who it was
            user = QStringLiteral("uid %1").arg(geteuid());
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
