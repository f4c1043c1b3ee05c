#pragma once

#include "apitokenloader.h"

#include <QDialog>

#include <optional>

class QLineEdit;

// Asks for a site's Deepomatic API token when none is stored: what it is for, where it will be
// kept, and a password field (the token is never shown).
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(const ApiTokenLoader::Request &request, QWidget *parent = nullptr);

    QString token() const;

    // Warns first when there is no credential store, then asks; the token typed, or nothing
    // when the user cancelled.
    static std::optional<QString> ask(QWidget *parent, const ApiTokenLoader::Request &request);

private:
    QLineEdit *m_token;
};
