#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// A log file of bounded size: <directory>/<name>.log, and when it would grow past maxBytes it
// becomes <name>.log.1 (the older ones moving up to .2, .3, …), the oldest beyond maxFiles in
// all being deleted. Support gets recent history without a tablet's disk filling up. The
// directory is created readable by the user only, like the files: a log names people and
// places. Safe to write from any thread.
class RotatingLogFile
{
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;
    static constexpr int DefaultMaxFiles = 5;

    RotatingLogFile(const QString &directory, const QString &name,
                    qint64 maxBytes = DefaultMaxBytes, int maxFiles = DefaultMaxFiles);

    // Creates the directory and opens the current file for appending; false with *error.
    bool open(QString *error);
    bool isOpen() const;
    // The current file, <directory>/<name>.log.
    QString filePath() const;

    // Appends one line (a newline is added), rotating first when it would not fit. A line
    // longer than maxBytes is cut, so no file ever exceeds the bound.
    void writeLine(const QString &line);

private:
    QString rotatedPath(int index) const;
    void rotate();

    QString m_directory;
    QString m_name;
    qint64 m_maxBytes;
    int m_maxFiles;
    QMutex m_mutex;
    QFile m_file;
};
