#pragma once

#include "planningimport.h"

#include <QJsonObject>
#include <QObject>

class PlanningImporter;

// fieldconnect --import FILE: checks a planning file and imports it with no window, through the
// same importer as the window's "Import planning…", printing on stdout one JSON object per
// line for each problem ({"line", "field", "reason", "code"}) and then a summary
// ({"summary": {"imported", "rejected", "rows", "file", "mode"}}). finished() gives the exit
// code: 0 every row imported; 2 invalid input (the file unreadable or not a planning, or a row
// with a problem under all or nothing, or no good row at all): nothing imported; 4 some rows
// imported and the others reported (good rows only); 1 the store could not be written.
class HeadlessImport : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Done = 0, StoreFailed = 1, InvalidInput = 2, PartlyImported = 4 };

    HeadlessImport(PlanningImporter *importer, PlanningImport::Mode mode,
                   QObject *parent = nullptr);

    void start(const QString &fileName);

signals:
    void finished(int exitCode);

private:
    void onJudged(const QString &fileName, const PlanningImport::Judged &judged);
    void printSummary(const QString &fileName, int imported, int rejected, int rows,
                      const QString &message);
    static void print(const QJsonObject &line);

    PlanningImporter *m_importer;
    PlanningImport::Mode m_mode;
};
