#pragma once

#include <QCoreApplication>
#include <QString>

// Chooses between GPU and software rendering for the web view, and remembers why.
//
// QtWebEngine runs Chromium's GPU code inside the application process, so a broken graphics
// driver does not crash a helper process: it takes the whole app down. The guard therefore
// leaves a marker file while the web engine is running and removes it on a clean exit; a
// marker found at the next start means the app died with the engine running, and from then on
// the view uses software rendering (until --enable-gpu). The user is told once per change.
class RenderingGuard
{
    Q_DECLARE_TR_FUNCTIONS(RenderingGuard)
public:
    enum class Rendering { Hardware, Software };
    enum class Reason { None, Requested, AfterCrash };

    explicit RenderingGuard(const QString &dataDir);

    // Reads what the previous runs left and applies the command line: --disable-gpu asks for
    // software rendering for this run, --enable-gpu forgets a fallback and tries the GPU again.
    void decide(bool disableGpu, bool enableGpu);
    Rendering rendering() const { return m_rendering; }
    Reason reason() const { return m_reason; }
    // A sentence for the user when the rendering changed since they were last told; empty
    // otherwise. Saying it marks it as told.
    QString takeNotice();

    // Before the first web engine object: Chromium and Qt Quick read their settings once.
    void applyToEnvironment() const;
    // The web engine started (first page created) / the app is ending normally.
    void engineStarted();
    void engineStopped();

    QString markerPath() const;

private:
    QString statePath() const;

    QString m_dataDir;
    Rendering m_rendering = Rendering::Hardware;
    Reason m_reason = Reason::None;
    bool m_told = true;
};
