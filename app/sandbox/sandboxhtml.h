#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class QHttpServerResponse;

// HTML building blocks for the sandbox pages. Every value that reaches a page goes through
// escape(): names, descriptions and URLs come from API clients and must never become markup.
class SandboxHtml
{
public:
    // Escapes & < > " and ' so the result is safe in element content and in quoted attributes.
    static QString escape(const QString &text);

    // Replaces each {{key}} of a template in one pass: keys found in `text` are escaped, keys
    // found in `html` are inserted as they are (fragments this code built itself). A single pass
    // matters: a value that itself contains "{{...}}" is never expanded again.
    static QString fill(const QString &templateText, const QHash<QString, QString> &text,
                        const QHash<QString, QString> &html = {});

    // A page as the sandbox serves every page: UTF-8 HTML with a strict Content-Security-Policy
    // (no inline script, nothing from elsewhere), never cached.
    static QHttpServerResponse response(int status, const QByteArray &html);
    // The fields of an application/x-www-form-urlencoded body ('+' is a space), decoded.
    static QHash<QString, QString> formFields(const QByteArray &body);
};
