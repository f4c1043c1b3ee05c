#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The body of POST /v0.2/work-orders/{id}/analyze/: one image or PDF for one task group, as a
// base64 data URI or as a URL. Deepomatic documents the limits (image 5 MB, PDF 8 MB) but not the
// body keys; these are the sandbox's: {"task_group_name": …, "image": {"base64" | "url": …}}.
// The limits are checked here, before anything is sent: an invalid request says why.
class AnalyzeRequest
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeRequest)
public:
    // Binary megabytes, as Django counts upload sizes.
    static constexpr qint64 MaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 MaxPdfBytes = 8 * 1024 * 1024;

    // `mediaType` empty: recognised from the content (JPEG, PNG, GIF, WebP, BMP, TIFF, PDF).
    static AnalyzeRequest fromContent(const QString &taskGroupName, const QByteArray &content,
                                      const QString &mediaType = {});
    static AnalyzeRequest fromUrl(const QString &taskGroupName, const QUrl &url);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // a sentence for the user; empty when valid
    QString taskGroupName() const { return m_taskGroupName; }
    QString mediaType() const { return m_mediaType; }
    qint64 size() const { return m_content.size(); }
    bool isPdf() const { return m_mediaType == QLatin1String("application/pdf"); }

    QJsonObject toJson() const; // empty when invalid
    // The media type a file's first bytes announce, or empty.
    static QString sniffMediaType(const QByteArray &content);

private:
    QString m_taskGroupName;
    QString m_mediaType;
    QByteArray m_content;
    QUrl m_url;
    QString m_error;
};
