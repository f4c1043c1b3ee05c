#pragma once

#include <QObject>

class DiagnosticsExport;

// fieldconnect --export-diagnostics FILE: writes the diagnostics archive with no window and
// prints one JSON line on stdout: {"event": "diagnostics_exported", "file", "files", "bytes",
// "redacted"}, or {"event": "error", "code": "diagnostics_not_written", "message"}.
// finished() gives the exit code: 0 written, 1 not written (the message says why).
class HeadlessDiagnostics : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Done = 0, NotWritten = 1 };

    explicit HeadlessDiagnostics(DiagnosticsExport *diagnostics, QObject *parent = nullptr);
    void start(const QString &fileName);

signals:
    void finished(int exitCode);

private:
    DiagnosticsExport *m_diagnostics;
};
