#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Removes secrets from text that leaves the device (the diagnostics archive): API tokens,
// Authorization and Cookie headers, passwords and other values of secret-sounding keys, the
// query and fragment of URLs (a callback's launch id, a signed link), user information in URLs,
// JSON web tokens and PEM private keys. Each shape is one row of a table of patterns; the
// secrets known by value (the tokens in the credential stores) are removed wherever they appear,
// as written, in any letter case and in base64. What names the secret (the header, the key, the
// parameter) stays, so support still sees what was there.
class SecretRedactor
{
public:
    static constexpr char Mask[] = "[REDACTED]";

    SecretRedactor();

    // A secret known by value, removed wherever it appears. Values shorter than
    // MinimumSecretLength are ignored: they would blank ordinary words.
    static constexpr int MinimumSecretLength = 8;
    void addSecret(const QString &value);
    QStringList ruleNames() const;

    // The text with every secret replaced by Mask; *count (optional) receives how many
    // replacements were made.
    QString redact(const QString &text, int *count = nullptr) const;

private:
    struct Rule {
        const char *name;
        QRegularExpression pattern;
        // The capture groups that hold the secret: each one that matched is masked.
        QList<int> secretGroups;
    };
    static QString redactUrlQuery(const QString &query);
    int applyRule(const Rule &rule, QString *text) const;
    int applyUrls(QString *text) const;

    QList<Rule> m_rules;
    QRegularExpression m_url;
    QStringList m_secrets;
};
