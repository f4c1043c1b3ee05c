#include "sandboxfaults.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace {
const QStringList Keys{QStringLiteral("latency"),     QStringLiteral("error_rate"),
                       QStringLiteral("error_codes"), QStringLiteral("drop_before"),
                       QStringLiteral("drop_after"),  QStringLiteral("malformed"),
                       QStringLiteral("seed")};

bool readRate(const QString &key, const QString &value, double *rate, QString *error)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok || !(d >= 0.0 && d <= 1.0)) { // the negated form also refuses NaN
        *error =
            QStringLiteral("%1 must be a probability from 0 to 1, not \"%2\".").arg(key, value);
        return false;
    }
    *rate = d;
    return true;
}
} // namespace

bool SandboxFaults::isActive() const
{
    return latency > 0 || errorRate > 0 || dropBefore > 0 || dropAfter > 0 || malformed > 0;
}

bool SandboxFaults::set(const QString &key, const QString &value, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (key == QLatin1String("latency")) {
        bool ok = false;
        const int ms = value.trimmed().toInt(&ok);
        if (!ok || ms < 0 || ms > 600000) {
            why = QStringLiteral("latency must be a whole number of milliseconds from 0 to "
                                 "600000, not \"%1\".")
                      .arg(value);
            return false;
        }
        latency = ms;
        return true;
    }
    if (key == QLatin1String("error_rate"))
        return readRate(key, value, &errorRate, &why);
    if (key == QLatin1String("drop_before"))
        return readRate(key, value, &dropBefore, &why);
    if (key == QLatin1String("drop_after"))
        return readRate(key, value, &dropAfter, &why);
    if (key == QLatin1String("malformed"))
        return readRate(key, value, &malformed, &why);
    if (key == QLatin1String("error_codes")) {
        static const QRegularExpression separators(QStringLiteral("[|,]"));
        QList<int> codes;
        for (const QString &part : value.split(separators)) {
            bool ok = false;
            const int code = part.trimmed().toInt(&ok);
            if (!ok || code < 400 || code > 599) {
                why = QStringLiteral("error_codes must list HTTP error statuses from 400 to 599 "
                                     "separated by '|', not \"%1\".")
                          .arg(value);
                return false;
            }
            codes << code;
        }
        errorCodes = codes;
        return true;
    }
    if (key == QLatin1String("seed")) {
        bool ok = false;
        const uint s = value.trimmed().toUInt(&ok);
        if (!ok) {
            why = QStringLiteral("seed must be a whole number from 0 to 4294967295, not \"%1\".")
                      .arg(value);
            return false;
        }
        seed = s;
        hasSeed = true;
        return true;
    }
    why = QStringLiteral("Unknown fault \"%1\"; the faults are %2.").arg(key, Keys.join(u", "));
    return false;
}

SandboxFaults SandboxFaults::parse(const QString &spec, QString *error)
{
    SandboxFaults faults;
    QStringList seen;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        if (item.trimmed().isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        const QString key = item.left(eq).trimmed();
        QString why;
        if (eq < 0)
            why = QStringLiteral("\"%1\" is not key=value.").arg(item.trimmed());
        else if (seen.contains(key))
            why = QStringLiteral("%1 is given twice.").arg(key);
        else
            faults.set(key, item.mid(eq + 1), &why);
        if (!why.isEmpty()) {
            if (error)
                *error = QStringLiteral("Invalid fault spec: %1").arg(why);
            return {};
        }
        seen << key;
    }
    if (error)
        error->clear();
    return faults;
}

SandboxFaults SandboxFaults::fromJson(const QJsonObject &object, QString *error)
{
    SandboxFaults faults;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        QString why;
        if (it.key() == QLatin1String("error_codes") && v.isArray()) {
            QStringList codes;
            for (const QJsonValue c : v.toArray())
                codes << (c.isDouble() ? QString::number(c.toDouble()) : QStringLiteral("?"));
            text = codes.join(u'|');
        } else if (v.isDouble()) {
            text = QString::number(v.toDouble(), 'g', 17);
        } else if (v.isString()) {
            text = v.toString();
        } else {
            why = QStringLiteral("%1 has the wrong JSON type.").arg(it.key());
        }
        if (why.isEmpty())
            faults.set(it.key(), text, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
    }
    if (error)
        error->clear();
    return faults;
}

QJsonObject SandboxFaults::toJson() const
{
    QJsonArray codes;
    for (int code : errorCodes)
        codes.append(code);
    QJsonObject o{
        {QStringLiteral("latency"), latency},      {QStringLiteral("error_rate"), errorRate},
        {QStringLiteral("error_codes"), codes},    {QStringLiteral("drop_before"), dropBefore},
        {QStringLiteral("drop_after"), dropAfter}, {QStringLiteral("malformed"), malformed}};
    if (hasSeed)
        o.insert(QStringLiteral("seed"), static_cast<qint64>(seed));
    return o;
}

QString SandboxFaults::toSpec() const
{
    QStringList codes;
    for (int code : errorCodes)
        codes << QString::number(code);
    QString spec = QStringLiteral("latency=%1,error_rate=%2,error_codes=%3,drop_before=%4,"
                                  "drop_after=%5,malformed=%6")
                       .arg(latency)
                       .arg(errorRate)
                       .arg(codes.join(u'|'))
                       .arg(dropBefore)
                       .arg(dropAfter)
                       .arg(malformed);
    if (hasSeed)
        spec += QStringLiteral(",seed=%1").arg(seed);
    return spec;
}

bool SandboxFaults::operator==(const SandboxFaults &other) const
{
    return latency == other.latency && errorRate == other.errorRate
           && errorCodes == other.errorCodes && dropBefore == other.dropBefore
           && dropAfter == other.dropAfter && malformed == other.malformed
           && hasSeed == other.hasSeed && seed == other.seed;
}
