#include "deepomaticname.h"

QString DeepomaticName::validate(const QString &name)
{
    if (name.isEmpty())
        return tr("The name is empty.");
    if (name.size() > MaxLength)
        return tr("The name has %1 characters; at most %2 are allowed.")
            .arg(name.size())
            .arg(MaxLength);
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        // ASCII only: the vendor's "letters and digits" is a slug rule, not Unicode categories.
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        if (!ok)
            return tr("The name contains \"%1\" at position %2; only letters, digits, \"_\" and "
                      "\"-\" are allowed.")
                .arg(c)
                .arg(i + 1);
    }
    return {};
}
