#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A tar archive in the POSIX ustar format, built in memory: regular files only, each readable
// by its owner only, names of at most 100 bytes (ASCII, '/' between folders). Every system
// reads it with standard tools (`tar -xf`, Windows' own tar.exe, 7-Zip), and writing it needs
// no library.
class TarArchive
{
public:
    static constexpr int BlockSize = 512;
    static constexpr int MaxNameLength = 100;

    // False (and nothing added) when the name is empty, too long or not plain ASCII, or the
    // data too large for the format's size field (8 GiB).
    bool addFile(const QString &name, const QByteArray &data, const QDateTime &modified);
    int fileCount() const { return m_files; }
    // The archive with its end marker (two zero blocks). The archive stays open for more files.
    QByteArray finished() const;

private:
    static QByteArray header(const QByteArray &name, qint64 size, qint64 mtime);

    QByteArray m_data;
    int m_files = 0;
};
