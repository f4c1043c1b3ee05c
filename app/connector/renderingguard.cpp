#include "renderingguard.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>

Q_DECLARE_LOGGING_CATEGORY(lcConnector)

namespace {

const QString kSoftware = QStringLiteral("rendering/software");
const QString kReason = QStringLiteral("rendering/reason");
const QString kTold = QStringLiteral("rendering/told");

QString reasonName(RenderingGuard::Reason reason)
{
    switch (reason) {
    case RenderingGuard::Reason::Requested:
        return QStringLiteral("requested");
    case RenderingGuard::Reason::AfterCrash:
        return QStringLiteral("after_crash");
    case RenderingGuard::Reason::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

RenderingGuard::RenderingGuard(const QString &dataDir)
    : m_dataDir(dataDir)
{ }

QString RenderingGuard::markerPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("webengine.running"));
}

QString RenderingGuard::statePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("rendering.ini"));
}

void RenderingGuard::decide(bool disableGpu, bool enableGpu)
{
    QSettings state(statePath(), QSettings::IniFormat);
    const bool crashed = QFile::exists(markerPath());
    bool remembered = state.value(kSoftware, false).toBool();

    if (enableGpu) {
        remembered = false;
        state.remove(QStringLiteral("rendering"));
    }
    if (crashed && !enableGpu && !remembered) {
        // The previous run ended with the engine running: a GPU driver crash looks like this.
        qCWarning(lcConnector) << "the previous run ended while the web view was running; "
                                  "switching to software rendering";
        state.setValue(kSoftware, true);
        state.setValue(kReason, reasonName(Reason::AfterCrash));
        state.setValue(kTold, false);
        remembered = true;
    }
    QFile::remove(markerPath());

    if (remembered) {
        m_rendering = Rendering::Software;
        m_reason = Reason::AfterCrash;
        m_told = state.value(kTold, true).toBool();
    } else if (disableGpu) {
        m_rendering = Rendering::Software;
        m_reason = Reason::Requested;
        // Asked for on this run: say once that the choice is in effect.
        m_told = state.value(kReason).toString() == reasonName(Reason::Requested)
                 && state.value(kTold, false).toBool();
        state.setValue(kReason, reasonName(Reason::Requested));
        state.setValue(kTold, m_told);
    } else {
        m_rendering = Rendering::Hardware;
        m_reason = Reason::None;
        m_told = true;
        if (state.value(kReason).toString() == reasonName(Reason::Requested))
            state.remove(QStringLiteral("rendering"));
    }
    state.sync();
}

QString RenderingGuard::takeNotice()
{
    if (m_told || m_rendering == Rendering::Hardware)
        return {};
    m_told = true;
    QSettings state(statePath(), QSettings::IniFormat);
    state.setValue(kTold, true);
    if (m_reason == Reason::AfterCrash)
        return tr("FieldConnect stopped unexpectedly while showing a Deepomatic page. The page now "
                  "uses software rendering, which avoids graphics driver problems. Start with "
                  "--enable-gpu to try the graphics card again.");
    return tr("The Deepomatic page uses software rendering (--disable-gpu).");
}

void RenderingGuard::applyToEnvironment() const
{
    if (m_rendering != Rendering::Software)
        return;
    QStringList flags = QString::fromLocal8Bit(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"))
                            .split(u' ', Qt::SkipEmptyParts);
    for (const QString &flag :
         {QStringLiteral("--disable-gpu"), QStringLiteral("--disable-gpu-compositing")}) {
        if (!flags.contains(flag))
            flags << flag;
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.join(u' ').toLocal8Bit());
    // The view draws Chromium's frames through Qt Quick: keep that off the GPU as well.
    qputenv("QT_QUICK_BACKEND", "software");
    qCInfo(lcConnector) << "software rendering, reason" << reasonName(m_reason);
}

void RenderingGuard::engineStarted()
{
    QFile marker(markerPath());
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
}

void RenderingGuard::engineStopped()
{
    QFile::remove(markerPath());
}
