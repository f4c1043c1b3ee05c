#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. QNetworkAccessManager silently
// re-sends a request, POST included, when the server closes the connection without answering
//; to re-send it must reset() the upload device. Given this device (with
// QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length, so QNAM does not copy
// it into a buffer of its own), that reset fails once a byte has been taken, and QNAM reports
// the failure instead of sending the body a second time. The client then decides.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    // Allowed only while nothing has been read: rewinding an untouched body re-sends nothing.
    bool reset() override;
    bool seek(qint64 pos) override;
    qint64 size() const override { return m_data.size(); }
    // How many reset() calls were refused: a refused transport re-send, for the logs.
    int refusedResets() const { return m_refusedResets; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
    int m_refusedResets = 0;
};
