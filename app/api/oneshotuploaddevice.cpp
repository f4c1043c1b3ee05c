#include "oneshotuploaddevice.h"

#include <cstring>

OneShotUploadDevice::OneShotUploadDevice(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    // Unbuffered: QIODevice must not read ahead, so m_read is what the transport really took.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

bool OneShotUploadDevice::atEnd() const
{
    return m_read >= m_data.size();
}

bool OneShotUploadDevice::reset()
{
    if (m_read == 0)
        return true;
    ++m_refusedResets;
    return false;
}

bool OneShotUploadDevice::seek(qint64 pos)
{
    return pos == m_read; // sequential: only "stay where you are" is possible
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    if (m_read >= m_data.size())
        return -1;
    const qint64 n = qMin(maxSize, m_data.size() - m_read);
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

qint64 OneShotUploadDevice::writeData(const char *, qint64)
{
    return -1;
}
