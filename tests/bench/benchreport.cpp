#include "benchreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

namespace {
QString ms(const BenchSamples &samples)
{
    if (samples.isEmpty())
        return QStringLiteral("-");
    return QStringLiteral("%1 (min %2)")
        .arg(samples.median(), 0, 'f', 1)
        .arg(samples.min(), 0, 'f', 1);
}

QJsonValue samplesJson(const BenchSamples &samples)
{
    if (samples.isEmpty())
        return QJsonValue::Null;
    QJsonArray values;
    for (double v : samples.values())
        values << v;
    return QJsonObject{{QStringLiteral("median"), samples.median()},
                       {QStringLiteral("min"), samples.min()},
                       {QStringLiteral("samples"), values}};
}
} // namespace

bool BenchReport::hasErrors() const
{
    for (const BenchFigure &f : m_figures) {
        if (!f.error.isEmpty())
            return true;
    }
    return false;
}

void BenchReport::printTable(FILE *out) const
{
    std::fprintf(out,
                 "\nfieldconnect-bench: %d timed runs per side, ms as median (min); ratio = "
                 "median / median; %s, "
                 "%d CPUs, Qt %s\n\n",
                 m_options.repeat, qPrintable(QSysInfo::prettyProductName()),
                 QThread::idealThreadCount(), qVersion());
    const char *format = "%-34s %-22s %-22s %-7s %-10s %s\n";
    std::fprintf(out, format, "figure", "baseline(ms)", "fieldconnect(ms)", "ratio", "target",
                 "result");
    for (const BenchFigure &f : m_figures) {
        const auto ratio = f.ratio();
        const auto met = f.met();
        QString result =
            met ? (*met ? QStringLiteral("ok") : QStringLiteral("MISSED")) : QStringLiteral("-");
        if (!f.error.isEmpty())
            result = QStringLiteral("ERROR: ") + f.error;
        std::fprintf(out, format, qPrintable(f.label), qPrintable(ms(f.baseline)),
                     qPrintable(ms(f.subject)),
                     ratio ? qPrintable(QStringLiteral("%1x").arg(*ratio, 0, 'f', 2)) : "-",
                     qPrintable(f.targetText()), qPrintable(result));
    }
    bool first = true;
    for (const BenchFigure &f : m_figures) {
        if (f.note.isEmpty())
            continue;
        std::fprintf(out, "%s  %s: %s\n", first ? "\n" : "", qPrintable(f.label),
                     qPrintable(f.note));
        first = false;
    }
    for (const QString &note : m_notes)
        std::fprintf(out, "  %s\n", qPrintable(note));
    std::fflush(out);
}

bool BenchReport::writeJson(const QString &file, QString *error) const
{
    QJsonArray figures;
    for (const BenchFigure &f : m_figures) {
        QJsonObject o{{QStringLiteral("id"), f.id},
                      {QStringLiteral("label"), f.label},
                      {QStringLiteral("baseline_ms"), samplesJson(f.baseline)},
                      {QStringLiteral("fieldconnect_ms"), samplesJson(f.subject)},
                      {QStringLiteral("target"), f.targetText()}};
        const auto ratio = f.ratio();
        o.insert(QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue::Null);
        const auto met = f.met();
        o.insert(QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue::Null);
        switch (f.target) {
        case BenchFigure::Target::None:
            break;
        case BenchFigure::Target::Ratio:
            o.insert(QStringLiteral("target_ratio"), f.targetValue);
            break;
        case BenchFigure::Target::AbsoluteMs:
            o.insert(QStringLiteral("target_ms"), f.targetValue);
            break;
        }
        if (!f.error.isEmpty())
            o.insert(QStringLiteral("error"), f.error);
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        figures << o;
    }
    const QJsonObject root{
        {QStringLiteral("machine"),
         QJsonObject{{QStringLiteral("os"), QSysInfo::prettyProductName()},
                     {QStringLiteral("cpus"), QThread::idealThreadCount()},
                     {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                     {QStringLiteral("platform"), qEnvironmentVariable("QT_QPA_PLATFORM")}}},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("rows"), m_options.rows},
                                                {QStringLiteral("repeat"), m_options.repeat},
                                                {QStringLiteral("only"), m_options.only},
                                                {QStringLiteral("app"), m_options.appPath}}},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        *error = QStringLiteral("%1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}
