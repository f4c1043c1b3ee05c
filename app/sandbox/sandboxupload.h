#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <functional>

// The bytes of one analyze upload, read from the "image" object of the request body:
//   {"base64": "data:image/jpeg;base64,..."}  or  {"url": "<data: URI or sandbox URL>"}
// A URL is fetched only from the sandbox itself (its media and static files): the sandbox makes
// no outside connection, so any other host is refused, as a real server would fail to fetch it.
// Limits (decoded size): images 5 MiB, PDFs 8 MiB. Every failure is a sentence for the DRF
// field error {"image": [...]}; decoding the image itself is SandboxImageAnalyzer's job.
class SandboxUpload
{
public:
    static constexpr qint64 MaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 MaxPdfBytes = 8 * 1024 * 1024;

    // Returns the bytes and media type of a sandbox URL's path, or null bytes when none.
    using LocalFetch = std::function<QByteArray(const QString &path, QString *mediaType)>;

    static SandboxUpload read(const QJsonValue &image, const QUrl &sandboxBase,
                              const LocalFetch &fetchLocal);
    static SandboxUpload fromDataUri(const QString &uri);
    static SandboxUpload fromBytes(const QByteArray &bytes, const QString &mediaType);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QByteArray bytes() const { return m_bytes; }
    QString mediaType() const { return m_mediaType; } // as declared; "image/*" or application/pdf
    bool isPdf() const { return m_mediaType == QLatin1String("application/pdf"); }

private:
    static SandboxUpload failed(const QString &why);
    void checkSize();

    QByteArray m_bytes;
    QString m_mediaType;
    QString m_error;
};
