#include "benchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

bool BenchOptions::parse(const QCoreApplication &app, BenchOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures FieldConnect against bare Qt baselines in the same run."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Work orders in the start-up database."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("Timed runs per side; the median and minimum are reported."),
        QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run one figure: startup, open, callback, import, filter or batch."),
        QStringLiteral("figure"));
    const QCommandLineOption appOption(
        QStringLiteral("app"),
        QStringLiteral("The fieldconnect executable (default: the one built beside this one)."),
        QStringLiteral("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also write the results as JSON to <file>."),
                                        QStringLiteral("file"));
    // Internal: the start-up baseline runs as a child process of the benchmark.
    QCommandLineOption baselineOption(QString::fromLatin1(BaselineTableOption).mid(2),
                                      QStringLiteral("internal"), QStringLiteral("dir"));
    baselineOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {rowsOption, repeatOption, onlyOption, appOption, jsonOption, baselineOption});
    parser.process(app);

    bool ok = false;
    options->rows = parser.value(rowsOption).toInt(&ok);
    if (!ok || options->rows < 0) {
        *error = QStringLiteral("--rows: \"%1\" is not a count.").arg(parser.value(rowsOption));
        return false;
    }
    options->repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || options->repeat < 1) {
        *error = QStringLiteral("--repeat: \"%1\" is not a positive count.")
                     .arg(parser.value(repeatOption));
        return false;
    }
    options->only = parser.value(onlyOption);
    if (!options->only.isEmpty()
        && !QStringList{QStringLiteral("startup"), QStringLiteral("open"),
                        QStringLiteral("callback"), QStringLiteral("import"),
                        QStringLiteral("filter"), QStringLiteral("batch")}
                .contains(options->only)) {
        *error = QStringLiteral(
                     "--only: \"%1\" is not startup, open, callback, import, filter or batch.")
                     .arg(options->only);
        return false;
    }
    options->appPath =
        parser.isSet(appOption)
            ? QFileInfo(parser.value(appOption)).absoluteFilePath()
            : QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../../app/fieldconnect")));
    options->jsonFile = parser.value(jsonOption);
    if (parser.positionalArguments().size() > 0) {
        *error = QStringLiteral("unexpected argument \"%1\"; see --help.")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    return true;
}
