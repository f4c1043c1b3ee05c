#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// A task's `outcome_validation` as Deepomatic returns it: a list of
// {color, schema, sentence, not_analyzed, is_conformity_validated}. A value is conform when it
// matches the schema of a rule that validates conformity (and is not the "not analysed" rule);
// the rule it falls in gives the sentence the studio shows. Built only through fromJson, which
// refuses anything it could misread: a wrong verdict is worse than none.
class OutcomeValidation
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeValidation)
public:
    static constexpr int MaxPatternLength = 512;

    struct Rule {
        QString color;
        QJsonObject schema;
        QString sentence;
        bool notAnalyzed = false;
        bool conformityValidated = false;
    };

    QList<Rule> rules;

    bool isEmpty() const { return rules.isEmpty(); }
    // The first rule whose schema `value` matches (the one whose sentence describes it), or
    // nullptr when none does.
    const Rule *ruleFor(const QJsonValue &value) const;
    // True when a rule that validates conformity, and is not the "not analysed" one, matches.
    bool isConform(const QJsonValue &value) const;

    // `value` is the task's outcome_validation; null or absent is an empty validation. Anything
    // malformed gives an empty validation and, in *error, what was wrong, named from `where`.
    static OutcomeValidation fromJson(const QJsonValue &value, const QString &where,
                                      QString *error);
    // The JSON Schema subset outcome_validation uses: type, const, enum, minimum, maximum,
    // exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern (unanchored search).
    static bool matches(const QJsonObject &schema, const QJsonValue &value);
    // Empty when matches() understands every keyword of `schema`; otherwise why not.
    static QString checkSchema(const QJsonObject &schema);
};
