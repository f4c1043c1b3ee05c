#include "rotatinglogfile.h"

#include <QDir>
#include <QMutexLocker>

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

RotatingLogFile::RotatingLogFile(const QString &directory, const QString &name, qint64 maxBytes,
                                 int maxFiles)
    : m_directory(directory)
    , m_name(name)
    , m_maxBytes(qMax<qint64>(maxBytes, 1))
    , m_maxFiles(qMax(maxFiles, 1))
{ }

bool RotatingLogFile::open(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create \"%1\"").arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory, OwnerOnly | QFileDevice::ExeOwner);
    m_file.setFileName(filePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("%1: %2").arg(filePath(), m_file.errorString());
        return false;
    }
    m_file.setPermissions(OwnerOnly);
    return true;
}

bool RotatingLogFile::isOpen() const
{
    return m_file.isOpen();
}

QString RotatingLogFile::filePath() const
{
    return QDir(m_directory).filePath(m_name + QStringLiteral(".log"));
}

QString RotatingLogFile::rotatedPath(int index) const
{
    return index == 0 ? filePath() : filePath() + u'.' + QString::number(index);
}

void RotatingLogFile::writeLine(const QString &line)
{
    QByteArray bytes = line.toUtf8();
    if (bytes.size() >= m_maxBytes)
        bytes.truncate(m_maxBytes - 1);
    bytes.append('\n');

    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    if (!m_file.isOpen())
        return;
    m_file.write(bytes);
    // A crash must not take its last lines with it: they are the ones support needs.
    m_file.flush();
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_maxFiles - 1));
    for (int i = m_maxFiles - 2; i >= 0; --i) {
        if (QFile::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        m_file.setPermissions(OwnerOnly);
}
