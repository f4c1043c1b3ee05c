#include "tararchive.h"

#include <cstring>

namespace {
// A numeric field: octal digits, zero-padded, ending with a NUL, as ustar wants it.
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

bool isPlainName(const QString &name)
{
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'\\')
            return false;
    }
    return !name.startsWith(u'/') && !name.contains(QLatin1String(".."));
}
} // namespace

bool TarArchive::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    if (name.isEmpty() || name.size() > MaxNameLength || !isPlainName(name)
        || data.size() >= (qint64(1) << 33))
        return false;
    m_data += header(name.toLatin1(), data.size(), modified.toSecsSinceEpoch());
    m_data += data;
    const qsizetype padding = (BlockSize - data.size() % BlockSize) % BlockSize;
    m_data += QByteArray(padding, '\0');
    ++m_files;
    return true;
}

QByteArray TarArchive::finished() const
{
    return m_data + QByteArray(2 * BlockSize, '\0');
}

QByteArray TarArchive::header(const QByteArray &name, qint64 size, qint64 mtime)
{
    QByteArray block(BlockSize, '\0');
    char *h = block.data();
    std::memcpy(h, name.constData(), size_t(name.size())); // name[100]
    putOctal(h + 100, 8, 0600); // mode
    putOctal(h + 108, 8, 0); // uid
    putOctal(h + 116, 8, 0); // gid
    putOctal(h + 124, 12, size);
    putOctal(h + 136, 12, qMax<qint64>(0, mtime));
    h[156] = '0'; // a regular file
    std::memcpy(h + 257, "ustar", 6); // magic, with its NUL
    std::memcpy(h + 263, "00", 2); // version
    // The checksum is computed with its own field as spaces, then written as six octal
    // digits, a NUL and a space.
    std::memset(h + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < BlockSize; ++i)
        sum += static_cast<unsigned char>(h[i]);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h + 148, digits.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return block;
}
