#pragma once

#include <QList>
#include <QPair>
#include <QString>

// What this FieldConnect is and runs on, for Help ▸ About and the diagnostics archive: its
// version and build, the Qt it was built with and the one it runs with, the Chromium inside Qt
// WebEngine, and the operating system. Reading it starts nothing (no web engine profile).
struct SoftwareVersions {
    QString application;
    // The source commit and its date when the build knew them, then the build type and the
    // compiler.
    QString build;
    QString qtRuntime;
    QString qtBuild;
    QString chromium;
    QString operatingSystem;
    QString kernel;
    QString architecture;

    static SoftwareVersions collect();
    // "key: value" lines, in English and untranslated: what support reads in the archive.
    QString toText() const;
};
