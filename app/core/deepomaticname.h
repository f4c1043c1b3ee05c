#pragma once

#include <QCoreApplication>
#include <QString>

// The documented rule for a Deepomatic work order name: letters, digits, '_' and '-', at most
// 128 characters. One older vendor page says anything goes, so the client checks it itself.
class DeepomaticName
{
    Q_DECLARE_TR_FUNCTIONS(DeepomaticName)
public:
    static constexpr int MaxLength = 128;

    // Empty when valid, otherwise a sentence that says what is wrong.
    static QString validate(const QString &name);
    static bool isValid(const QString &name) { return validate(name).isEmpty(); }
};
