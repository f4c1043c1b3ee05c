// write-scan-labels SEED DIR: writes the PNG labels the sandbox seed lists under "labels" (file,
// format, text) into DIR (resources/sandbox), with the writer the suites use. Run it after
// changing the seed's labels; the PNGs are committed so the sandbox and the suites need no tool.
#include "labelimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: write-scan-labels SEED.json DIR\n";
        return 2;
    }
    QFile seedFile(args.at(1));
    if (!seedFile.open(QIODevice::ReadOnly)) {
        err << args.at(1) << ": " << seedFile.errorString() << '\n';
        return 1;
    }
    const QJsonArray labels = QJsonDocument::fromJson(seedFile.readAll())
                                  .object()
                                  .value(QLatin1String("labels"))
                                  .toArray();
    for (const QJsonValue v : labels) {
        const QJsonObject label = v.toObject();
        LabelImage::Format format;
        if (!LabelImage::parseFormat(label.value(QLatin1String("format")).toString(), &format)) {
            err << "unknown format in " << QJsonDocument(label).toJson(QJsonDocument::Compact)
                << '\n';
            return 1;
        }
        const QImage image =
            LabelImage::make(label.value(QLatin1String("text")).toString(), format);
        const QString file =
            QDir(args.at(2)).filePath(label.value(QLatin1String("file")).toString());
        QDir().mkpath(QFileInfo(file).path());
        // Grey levels only: a printed label, and a PNG a few kilobytes small.
        if (image.isNull() || !image.convertToFormat(QImage::Format_Grayscale8).save(file)) {
            err << file << ": not written\n";
            return 1;
        }
        QTextStream(stdout) << file << '\n';
    }
    return 0;
}
