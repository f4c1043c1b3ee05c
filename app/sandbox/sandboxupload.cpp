#include "sandboxupload.h"

#include <QJsonObject>

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

SandboxUpload SandboxUpload::failed(const QString &why)
{
    SandboxUpload upload;
    upload.m_error = why;
    return upload;
}

SandboxUpload SandboxUpload::fromBytes(const QByteArray &bytes, const QString &mediaType)
{
    SandboxUpload upload;
    upload.m_bytes = bytes;
    upload.m_mediaType = mediaType;
    // An unnamed file (a browser's application/octet-stream) is told apart by its content.
    if (upload.m_mediaType == QLatin1String("application/octet-stream"))
        upload.m_mediaType = bytes.startsWith("%PDF-") ? QStringLiteral("application/pdf")
                                                       : QStringLiteral("image/*");
    if (!upload.isPdf() && !upload.m_mediaType.startsWith(QLatin1String("image/")))
        return failed(QStringLiteral("Unsupported media type \"%1\": send an image (image/jpeg, "
                                     "image/png, ...) or a PDF (application/pdf).")
                          .arg(mediaType));
    if (upload.isPdf() && !bytes.startsWith("%PDF-"))
        return failed(QStringLiteral("The data is declared as a PDF but does not start with "
                                     "%PDF-."));
    upload.checkSize();
    return upload;
}

void SandboxUpload::checkSize()
{
    const qint64 limit = isPdf() ? MaxPdfBytes : MaxImageBytes;
    if (m_bytes.size() > limit)
        m_error = QStringLiteral("The %1 is %2 MB; the limit is %3 MB (%4 bytes).")
                      .arg(isPdf() ? QStringLiteral("PDF") : QStringLiteral("image"),
                           megabytes(m_bytes.size()), megabytes(limit).section(u'.', 0, 0))
                      .arg(limit);
    if (m_bytes.isEmpty())
        m_error = QStringLiteral("The upload is empty.");
}

SandboxUpload SandboxUpload::fromDataUri(const QString &uri)
{
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return failed(QStringLiteral("Expected a data URI such as "
                                     "\"data:image/jpeg;base64,/9j/4AAQ...\"."));
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return failed(QStringLiteral("The data URI has no ',' before its data."));
    // data:[<media type>][;param=value]*;base64,<data>
    const QStringList header = uri.mid(5, comma - 5).split(u';');
    if (!header.contains(QStringLiteral("base64"), Qt::CaseInsensitive))
        return failed(QStringLiteral("The data URI must be base64 (\"data:<type>;base64,...\")."));
    const QString mediaType = header.first().trimmed().toLower();
    if (mediaType.isEmpty())
        return failed(QStringLiteral("The data URI has no media type."));
    QByteArray text = uri.mid(comma + 1).toLatin1();
    text.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failed(QStringLiteral("The data after \"base64,\" is not valid base64."));
    // "image/jpg" is what Deepomatic's own documentation writes; it means image/jpeg.
    const QString normalised =
        mediaType == QLatin1String("image/jpg") ? QStringLiteral("image/jpeg") : mediaType;
    return fromBytes(*decoded, normalised);
}

SandboxUpload SandboxUpload::read(const QJsonValue &image, const QUrl &sandboxBase,
                                  const LocalFetch &fetchLocal)
{
    if (image.isNull())
        return failed(QStringLiteral("This field may not be null."));
    if (!image.isObject())
        return failed(QStringLiteral("Expected an object with \"base64\" or \"url\", got a %1.")
                          .arg(image.isString() ? QStringLiteral("string")
                                                : QStringLiteral("non-object value")));
    const QJsonObject o = image.toObject();
    const bool hasBase64 = o.contains(QLatin1String("base64"));
    const bool hasUrl = o.contains(QLatin1String("url"));
    if (hasBase64 == hasUrl)
        return failed(QStringLiteral("Give exactly one of \"base64\" and \"url\"."));
    const QJsonValue value = o.value(QLatin1String(hasBase64 ? "base64" : "url"));
    if (!value.isString() || value.toString().isEmpty())
        return failed(QStringLiteral("\"%1\" must be a non-empty string.")
                          .arg(QLatin1String(hasBase64 ? "base64" : "url")));
    const QString text = value.toString();
    if (hasBase64 || text.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return fromDataUri(text);

    const QUrl url(text, QUrl::StrictMode);
    const bool http =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const bool local =
        (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"))
        && url.port(80) == sandboxBase.port();
    if (!url.isValid() || !http || !local)
        return failed(QStringLiteral("The url is not reachable from the sandbox: it fetches only "
                                     "data: URIs and its own URLs (%1/...).")
                          .arg(sandboxBase.toString()));
    QString mediaType;
    const QByteArray bytes = fetchLocal ? fetchLocal(url.path(), &mediaType) : QByteArray();
    if (bytes.isNull())
        return failed(
            QStringLiteral("Fetching the url gave HTTP 404: nothing at %1.").arg(url.path()));
    return fromBytes(bytes, mediaType);
}
