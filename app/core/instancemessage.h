#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// What a second FieldConnect process and the running one say to each other over the local
// socket: one request line carrying a fieldconnect://callback/… URL, one reply line saying
// whether the callback was accepted or why not. Each line is a compact JSON object ended by
// '\n'. Also the rule that names the socket, so that both processes meet on the same one.
class InstanceMessage
{
    Q_DECLARE_TR_FUNCTIONS(InstanceMessage)
public:
    // Longer than any callback Deepomatic sends, short enough that a stray writer cannot make
    // the running app buffer without end.
    static constexpr int MaxLineBytes = 16 * 1024;
    // Unix sockets have a path of at most 108 bytes (104 on macOS): a path past this goes to
    // the bare name instead.
    static constexpr int MaxSocketPathBytes = 100;

    struct Reply {
        bool accepted = false;
        QString code; // "accepted", or why not: a stable untranslated word
        QString message; // for the user, translated
        // Accepted and recorded; its check with the Deepomatic API is still to come (the
        // reply does not wait for it: the outbox may hold it until the network is back).
        bool verificationPending = false;

        QByteArray toLine() const;
        // The line the second process prints on stdout, like the other headless commands.
        QJsonObject toJson() const;
        static std::optional<Reply> fromLine(const QByteArray &line);
        static Reply refused(const QString &code, const QString &message);
    };

    struct Request {
        QUrl url;
        QString code; // empty when the request is good
        QString error;
        bool ok() const { return code.isEmpty(); }
    };

    static QByteArray requestLine(const QUrl &callbackUrl);
    static Request readRequest(const QByteArray &line);

    // fieldconnect://callback/…: the only URL a second process may hand over.
    static bool isCallbackUrl(const QUrl &url);

    // One name per user and data directory: a hash, so that neither the account name nor the
    // path is spelled out in the socket's name and its length is fixed. `dataDir` should be
    // canonical, so that two spellings of one directory meet.
    static QString serverKey(const QString &user, const QString &dataDir);
    // Where the socket lives: in `runtimeDir` (private to the user) when given and the path
    // fits, else the bare key, which Qt puts in the temporary directory.
    static QString serverName(const QString &user, const QString &dataDir,
                              const QString &runtimeDir);
};
