#include "headlessimport.h"

#include "planningimporter.h"

#include <QJsonDocument>

#include <cstdio>

HeadlessImport::HeadlessImport(PlanningImporter *importer, PlanningImport::Mode mode,
                               QObject *parent)
    : QObject(parent)
    , m_importer(importer)
    , m_mode(mode)
{
    connect(m_importer, &PlanningImporter::judged, this, &HeadlessImport::onJudged);
}

void HeadlessImport::start(const QString &fileName)
{
    m_importer->judge(fileName);
}

void HeadlessImport::onJudged(const QString &fileName, const PlanningImport::Judged &judged)
{
    if (!judged.readError.isEmpty()) {
        print({{QStringLiteral("line"), 0},
               {QStringLiteral("field"), QString()},
               {QStringLiteral("reason"), judged.readError},
               {QStringLiteral("code"), QStringLiteral("unreadable_file")}});
        printSummary(fileName, 0, 0, 0, judged.readError);
        emit finished(InvalidInput);
        return;
    }
    const PlanningFile::Parsed &parsed = judged.parsed;
    const PlanningImport::Summary summary = m_importer->import(fileName, parsed, m_mode);
    for (const PlanningFile::Issue &issue : summary.skipped)
        print({{QStringLiteral("line"), issue.line},
               {QStringLiteral("field"), issue.field},
               {QStringLiteral("reason"), issue.message},
               {QStringLiteral("code"), PlanningFile::Issue::kindKey(issue.kind)}});

    // A bad row may have several problems: rows are counted once. References taken while the
    // file was judged come on top of the rows judged bad.
    const int rejected =
        parsed.isReadable()
            ? parsed.badRowCount + int(summary.skipped.size() - parsed.rowErrors.size())
            : 0;
    printSummary(fileName, summary.imported(), rejected, parsed.rowCount, summary.error);

    int code = Done;
    if (!parsed.isReadable())
        code = InvalidInput;
    else if (summary.imported() == 0 && rejected == 0 && !summary.error.isEmpty())
        code = StoreFailed;
    else if (summary.imported() == 0 && rejected > 0)
        code = InvalidInput;
    else if (rejected > 0)
        code = PartlyImported;
    emit finished(code);
}

void HeadlessImport::printSummary(const QString &fileName, int imported, int rejected, int rows,
                                  const QString &message)
{
    QJsonObject summary{{QStringLiteral("imported"), imported},
                        {QStringLiteral("rejected"), rejected},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("file"), fileName},
                        {QStringLiteral("mode"), m_mode == PlanningImport::Mode::AllOrNothing
                                                     ? QStringLiteral("all_or_nothing")
                                                     : QStringLiteral("good_rows")}};
    if (!message.isEmpty())
        summary.insert(QStringLiteral("message"), message);
    print({{QStringLiteral("summary"), summary}});
}

void HeadlessImport::print(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}
