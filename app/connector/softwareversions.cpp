#include "softwareversions.h"

#include <QStringList>
#include <QSysInfo>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

SoftwareVersions SoftwareVersions::collect()
{
    SoftwareVersions v;
    v.application = QStringLiteral(FIELDCONNECT_VERSION);
    QStringList build;
    // Known when the build was configured from a git checkout (CMake sets them on this file).
    const QString commit = QStringLiteral(FIELDCONNECT_GIT_COMMIT);
    const QString commitDate = QStringLiteral(FIELDCONNECT_GIT_DATE);
    if (!commit.isEmpty())
        build << (commitDate.isEmpty() ? commit
                                       : QStringLiteral("%1 (%2)").arg(commit, commitDate));
    build << QStringLiteral(FIELDCONNECT_BUILD_TYPE) << QStringLiteral(FIELDCONNECT_COMPILER);
    build.removeAll(QString());
    v.build = build.join(QStringLiteral(", "));
    v.qtRuntime = QString::fromLatin1(qVersion());
    v.qtBuild = QStringLiteral(QT_VERSION_STR);
    // A constant of the library: asking for it creates no web engine profile.
    v.chromium = QString::fromLatin1(qWebEngineChromiumVersion());
    v.operatingSystem = QSysInfo::prettyProductName();
    v.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    v.architecture = QSysInfo::currentCpuArchitecture();
    return v;
}

QString SoftwareVersions::toText() const
{
    const QList<QPair<const char *, QString>> lines{
        {"application", application}, {"build", build},
        {"qt_runtime", qtRuntime},    {"qt_build", qtBuild},
        {"chromium", chromium},       {"operating_system", operatingSystem},
        {"kernel", kernel},           {"architecture", architecture},
    };
    QString text;
    for (const auto &[key, value] : lines)
        text += QLatin1String(key) + QStringLiteral(": ") + value + u'\n';
    return text;
}
