#pragma once

#include "displaypreferences.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// What one run of FieldConnect is asked to do, as CommandLine parsed and checked it. The
// application object is built from it; the tests' rigs fill one in directly.
struct AppOptions {
    enum class Mode {
        Window, // the work order list, for a person
        Autopilot, // one scripted intervention, headless, one JSON object per step
        CreateAll, // headless batch creation through the outbox
        Import, // headless planning import, one JSON object per problem and a summary
        ExportDiagnostics, // headless: the diagnostics archive for support, one JSON line
        HashPin, // headless: reads a supervisor PIN on stdin, prints the deployment file's pin_hash
    };
    Mode mode = Mode::Window;

    // The built-in sandbox, even when a site is configured (it also runs when none is).
    bool sandbox = false;
    quint16 sandboxPort = 0; // 0: a free port
    // A sandbox already running on loopback, used instead of starting one.
    QUrl sandboxUrl;

    QString configFile; // empty: the system configuration directory's, if any
    QString dataDir; // absolute; empty: the platform's application data directory
    int threshold = -1; // 0-100 for this run, whatever the profile says; -1: the profile's
    bool useFragment = false;
    QString language; // empty: the one chosen in the display settings, else the system's
    // For this run, whatever the display settings say (screenshots, QA).
    std::optional<DisplayPreferences::Theme> theme;
    std::optional<DisplayPreferences::TextSize> textSize;

    // With Mode::Autopilot.
    QString autopilotWorkOrder; // empty: a fresh copy of a planned one
    int autopilotPhotos = -1; // -1: every photo the page asks for

    // With Mode::Import.
    QString importFile;
    bool importGoodRows = false; // false: all or nothing

    // With Mode::ExportDiagnostics: the archive to write, absolute.
    QString diagnosticsFile;

    bool devtools = false;
    bool disableGpu = false;
    bool enableGpu = false;
    bool privateBrowsing = false;
    // Full screen, no window chrome, left only with the supervisor PIN (the deployment file's
    // [kiosk] enabled does the same, and the organisation's cannot be turned off here).
    bool kiosk = false;
    // For the benchmark harness: print one line when the list is first painted, then quit.
    bool reportReady = false;

    // The fieldconnect://callback/… URL given as the argument (what the operating system's
    // scheme handler passes when a browser follows the callback): handed to the running
    // instance, or handled by this one once it is up.
    QUrl callbackUrl;

    // Not on the command line. The sandbox's demo planning on first start (the rigs of tests
    // that count work orders turn it off).
    bool demoPlanning = true;

    // Widgets are needed (possibly offscreen) by the window and the autopilot only.
    bool needsWidgets() const { return mode == Mode::Window || mode == Mode::Autopilot; }
    // No display is wanted: the modes that print JSON lines instead of showing a window.
    bool isHeadless() const { return mode != Mode::Window; }
};
