#pragma once

#include <QString>

// Who is using FieldConnect, for the audit trail (every event names its user). $USER
// is often unset (root shells, containers, CI, services), so the operating system's own
// account name is the fallback; core stays free of that I/O.
class SystemUser
{
public:
    // $USER, else $USERNAME, else the account of the effective user id (Unix) — never empty:
    // "unknown" when the system cannot say.
    static QString name();
};
