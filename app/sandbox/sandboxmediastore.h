#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// The bytes of the images and PDFs sent to analyze, by file name (<input id>.<extension>).
// In memory, or in a directory when the sandbox keeps its state on disk, so that thumbnails
// survive a restart like the inputs that list them.
class SandboxMediaStore
{
public:
    // Empty: memory only. Files already in the directory are served as they are.
    void setDirectory(const QString &directory);

    void put(const QString &fileName, const QByteArray &bytes);
    // A null QByteArray when the file is unknown.
    QByteArray get(const QString &fileName) const;

private:
    QString m_directory;
    QHash<QString, QByteArray> m_files;
};
