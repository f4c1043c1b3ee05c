#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// The sandbox's signed-in browser sessions: a random token per sign-in, checked on every
// protected page (an unknown, forged or expired token is no session). Only the SHA-256 of a
// token is kept, in memory and in the optional file, so the file never holds a usable session.
class SandboxSessions
{
public:
    static constexpr int DefaultLifetimeSeconds = 8 * 3600;

    // With a file, sessions are loaded from it now and saved (atomically) after each change,
    // so a restarted sandbox still knows who signed in. A missing file is an empty table; a
    // damaged one is reported in the log and ignored (sessions are cheap to make again).
    void setFile(const QString &path);
    void setLifetime(int seconds) { m_lifetime = seconds; }
    int lifetime() const { return m_lifetime; }

    // A new session for this user; returns its token (64 hex characters).
    QString create(const QString &email);
    // The user of a valid token, or an empty string (unknown, forged or expired).
    QString userOf(const QString &token) const;
    QDateTime expiryOf(const QString &token) const;
    void remove(const QString &token);
    // Every session ends now (tests of an expired session, the admin's "sign everyone out").
    void expireAll();
    int count() const;

private:
    struct Session {
        QString email;
        QDateTime expires;
    };
    static QString hash(const QString &token);
    void load();
    void save() const;

    QHash<QString, Session> m_sessions; // SHA-256 hex of the token -> session
    QString m_file;
    int m_lifetime = DefaultLifetimeSeconds;
};
