#include "sandboxmediastore.h"

#include "sandboxlogging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

void SandboxMediaStore::setDirectory(const QString &directory)
{
    m_directory = directory;
}

void SandboxMediaStore::put(const QString &fileName, const QByteArray &bytes)
{
    if (m_directory.isEmpty()) {
        m_files.insert(fileName, bytes);
        return;
    }
    QDir().mkpath(m_directory);
    QSaveFile file(QDir(m_directory).filePath(fileName));
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return;
    // The upload was analysed all the same: keep the bytes for this run rather than lose them.
    qCWarning(lcSandbox, "Cannot save %s: %s", qPrintable(file.fileName()),
              qPrintable(file.errorString()));
    m_files.insert(fileName, bytes);
}

QByteArray SandboxMediaStore::get(const QString &fileName) const
{
    const auto it = m_files.constFind(fileName);
    if (it != m_files.cend())
        return *it;
    // File names come from input ids the state knows, never from raw URL text, but stay safe.
    if (m_directory.isEmpty() || fileName.contains(u'/') || fileName.startsWith(u'.'))
        return {};
    QFile file(QDir(m_directory).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
