#include "headlessdiagnostics.h"

#include "diagnosticsexport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

HeadlessDiagnostics::HeadlessDiagnostics(DiagnosticsExport *diagnostics, QObject *parent)
    : QObject(parent)
    , m_diagnostics(diagnostics)
{
    connect(m_diagnostics, &DiagnosticsExport::finished, this,
            [this](const DiagnosticsExport::Result &result) {
                QJsonObject line;
                if (result.ok) {
                    line = {{QStringLiteral("event"), QStringLiteral("diagnostics_exported")},
                            {QStringLiteral("file"), QDir::toNativeSeparators(result.fileName)},
                            {QStringLiteral("files"), QJsonArray::fromStringList(result.files)},
                            {QStringLiteral("bytes"), result.bytes},
                            {QStringLiteral("redacted"), result.redactions}};
                } else {
                    line = {{QStringLiteral("event"), QStringLiteral("error")},
                            {QStringLiteral("code"), QStringLiteral("diagnostics_not_written")},
                            {QStringLiteral("message"), result.error}};
                }
                std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
                if (!result.ok)
                    std::fprintf(stderr, "fieldconnect: %s\n", qPrintable(result.error));
                emit finished(result.ok ? Done : NotWritten);
            });
}

void HeadlessDiagnostics::start(const QString &fileName)
{
    m_diagnostics->start(fileName);
}
