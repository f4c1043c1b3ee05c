#include "analyzerequest.h"

#include <QLocale>

namespace {
QString megabytes(qint64 bytes)
{
    // Shown to the technician: in the interface language's decimal separator.
    return QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1);
}
} // namespace

QString AnalyzeRequest::sniffMediaType(const QByteArray &c)
{
    if (c.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (c.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (c.startsWith("GIF87a") || c.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (c.size() >= 12 && c.startsWith("RIFF") && c.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (c.startsWith("BM"))
        return QStringLiteral("image/bmp");
    if (c.startsWith(QByteArray("II*\0", 4)) || c.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (c.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

AnalyzeRequest AnalyzeRequest::fromContent(const QString &taskGroupName, const QByteArray &content,
                                           const QString &mediaType)
{
    AnalyzeRequest r;
    r.m_taskGroupName = taskGroupName;
    r.m_mediaType = mediaType.isEmpty() ? sniffMediaType(content) : mediaType.toLower();
    if (taskGroupName.isEmpty()) {
        r.m_error = tr("No task group was given for the photo.");
        return r;
    }
    if (content.isEmpty()) {
        r.m_error = tr("The file is empty.");
        return r;
    }
    if (r.m_mediaType.isEmpty()
        || (!r.m_mediaType.startsWith(QLatin1String("image/")) && !r.isPdf())) {
        r.m_error = tr("Only an image or a PDF can be analysed.");
        return r;
    }
    const qint64 limit = r.isPdf() ? MaxPdfBytes : MaxImageBytes;
    if (content.size() > limit) {
        r.m_error = (r.isPdf() ? tr("The PDF is %1 MB; Deepomatic accepts at most %2 MB.")
                               : tr("The image is %1 MB; Deepomatic accepts at most %2 MB."))
                        .arg(megabytes(content.size()), megabytes(limit));
        return r;
    }
    r.m_content = content;
    return r;
}

AnalyzeRequest AnalyzeRequest::fromUrl(const QString &taskGroupName, const QUrl &url)
{
    AnalyzeRequest r;
    r.m_taskGroupName = taskGroupName;
    if (taskGroupName.isEmpty())
        r.m_error = tr("No task group was given for the photo.");
    else if (!url.isValid() || url.isRelative()
             || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        r.m_error = tr("The image address must be an absolute http or https URL.");
    else
        r.m_url = url;
    return r;
}

QJsonObject AnalyzeRequest::toJson() const
{
    if (!isValid())
        return {};
    QJsonObject image;
    if (m_url.isValid())
        image.insert(QStringLiteral("url"), m_url.toString(QUrl::FullyEncoded));
    else
        image.insert(QStringLiteral("base64"),
                     QStringLiteral("data:%1;base64,%2")
                         .arg(m_mediaType, QString::fromLatin1(m_content.toBase64())));
    return {{QStringLiteral("task_group_name"), m_taskGroupName}, {QStringLiteral("image"), image}};
}
