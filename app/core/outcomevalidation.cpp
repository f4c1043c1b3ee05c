#include "outcomevalidation.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {
const QStringList &knownTypes()
{
    static const QStringList types{QStringLiteral("null"),   QStringLiteral("boolean"),
                                   QStringLiteral("number"), QStringLiteral("integer"),
                                   QStringLiteral("string"), QStringLiteral("array"),
                                   QStringLiteral("object")};
    return types;
}

// Keywords that describe a schema without constraining it.
const QStringList &annotations()
{
    static const QStringList keys{QStringLiteral("$schema"),     QStringLiteral("$id"),
                                  QStringLiteral("$comment"),    QStringLiteral("title"),
                                  QStringLiteral("description"), QStringLiteral("default"),
                                  QStringLiteral("examples")};
    return keys;
}

bool isCount(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    return v.isDouble() && d >= 0 && d <= 1e9 && d == std::floor(d);
}

// An optional text or flag: absent and null are the default.
bool optional(const QJsonValue &v, QJsonValue::Type type)
{
    return v.isUndefined() || v.isNull() || v.type() == type;
}
} // namespace

const OutcomeValidation::Rule *OutcomeValidation::ruleFor(const QJsonValue &value) const
{
    for (const Rule &rule : rules) {
        if (matches(rule.schema, value))
            return &rule;
    }
    return nullptr;
}

bool OutcomeValidation::isConform(const QJsonValue &value) const
{
    for (const Rule &rule : rules) {
        if (rule.conformityValidated && !rule.notAnalyzed && matches(rule.schema, value))
            return true;
    }
    return false;
}

OutcomeValidation OutcomeValidation::fromJson(const QJsonValue &value, const QString &where,
                                              QString *error)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        *error = tr("%1 is not an array.").arg(where);
        return {};
    }
    OutcomeValidation validation;
    const QJsonArray entries = value.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!entries.at(i).isObject()) {
            *error = tr("%1 is not an object.").arg(at);
            return {};
        }
        const QJsonObject e = entries.at(i).toObject();
        const QJsonValue schema = e.value(QLatin1String("schema"));
        if (!schema.isObject()) {
            *error = tr("%1.schema is missing or is not an object.").arg(at);
            return {};
        }
        if (const QString why = checkSchema(schema.toObject()); !why.isEmpty()) {
            *error = tr("%1.schema: %2").arg(at, why);
            return {};
        }
        for (const char *key : {"color", "sentence"}) {
            if (!optional(e.value(QLatin1String(key)), QJsonValue::String)) {
                *error = tr("%1.%2 is not a string.").arg(at, QLatin1String(key));
                return {};
            }
        }
        for (const char *key : {"not_analyzed", "is_conformity_validated"}) {
            if (!optional(e.value(QLatin1String(key)), QJsonValue::Bool)) {
                *error = tr("%1.%2 is not true or false.").arg(at, QLatin1String(key));
                return {};
            }
        }
        Rule rule;
        rule.color = e.value(QLatin1String("color")).toString();
        rule.schema = schema.toObject();
        rule.sentence = e.value(QLatin1String("sentence")).toString();
        rule.notAnalyzed = e.value(QLatin1String("not_analyzed")).toBool();
        rule.conformityValidated = e.value(QLatin1String("is_conformity_validated")).toBool();
        validation.rules << rule;
    }
    return validation;
}

QString OutcomeValidation::checkSchema(const QJsonObject &schema)
{
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("const") || annotations().contains(key))
            continue;
        if (key == QLatin1String("type")) {
            if (!knownTypes().contains(v.toString()))
                return tr("\"type\" is not one of %1.").arg(knownTypes().join(QLatin1String(", ")));
        } else if (key == QLatin1String("enum")) {
            if (!v.isArray())
                return tr("\"enum\" is not an array.");
        } else if (key == QLatin1String("minimum") || key == QLatin1String("maximum")
                   || key == QLatin1String("exclusiveMinimum")
                   || key == QLatin1String("exclusiveMaximum")) {
            if (!v.isDouble())
                return tr("\"%1\" is not a number.").arg(key);
        } else if (key == QLatin1String("minLength") || key == QLatin1String("maxLength")) {
            if (!isCount(v))
                return tr("\"%1\" is not a non-negative integer.").arg(key);
        } else if (key == QLatin1String("pattern")) {
            // Grading runs on the UI thread: no room for a pattern built to backtrack forever.
            if (v.toString().size() > MaxPatternLength)
                return tr("\"pattern\" is longer than %1 characters.").arg(MaxPatternLength);
            const QRegularExpression pattern(v.toString());
            if (!v.isString() || !pattern.isValid())
                return tr("\"pattern\" is not a regular expression (%1).")
                    .arg(v.isString() ? pattern.errorString() : tr("not a string"));
        } else {
            return tr("the keyword \"%1\" is not understood.").arg(key);
        }
    }
    return {};
}

bool OutcomeValidation::matches(const QJsonObject &schema, const QJsonValue &value)
{
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != value)
        return false;
    if (schema.contains(QLatin1String("enum"))
        && !schema.value(QLatin1String("enum")).toArray().contains(value))
        return false;
    const QString type = schema.value(QLatin1String("type")).toString();
    if (!type.isEmpty()) {
        const bool ok = (type == QLatin1String("null") && value.isNull())
                        || (type == QLatin1String("boolean") && value.isBool())
                        || (type == QLatin1String("number") && value.isDouble())
                        || (type == QLatin1String("integer") && value.isDouble()
                            && value.toDouble() == std::floor(value.toDouble()))
                        || (type == QLatin1String("string") && value.isString())
                        || (type == QLatin1String("array") && value.isArray())
                        || (type == QLatin1String("object") && value.isObject());
        if (!ok)
            return false;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        auto limit = [&schema](const char *name) { return schema.value(QLatin1String(name)); };
        if (limit("minimum").isDouble() && d < limit("minimum").toDouble())
            return false;
        if (limit("maximum").isDouble() && d > limit("maximum").toDouble())
            return false;
        if (limit("exclusiveMinimum").isDouble() && d <= limit("exclusiveMinimum").toDouble())
            return false;
        if (limit("exclusiveMaximum").isDouble() && d >= limit("exclusiveMaximum").toDouble())
            return false;
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (schema.value(QLatin1String("minLength")).isDouble()
            && s.size() < schema.value(QLatin1String("minLength")).toInt())
            return false;
        if (schema.value(QLatin1String("maxLength")).isDouble()
            && s.size() > schema.value(QLatin1String("maxLength")).toInt())
            return false;
        const QString pattern = schema.value(QLatin1String("pattern")).toString();
        // JSON Schema patterns search, they are not anchored: so does QRegularExpression::match.
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(s).hasMatch())
            return false;
    }
    return true;
}
