#pragma once

#include <QString>
#include <QVariant>

class QWebEnginePage;
class QWebEngineView;

// Drives the sandbox's connector page the way a technician would: waits for its buttons,
// clicks "Take photo" on every card until each shows as taken. The same code drives the app's
// page and the baseline's, so both reach the Finish click in the same state.
class BenchPageDriver
{
public:
    // Runs the script and waits for its result; ok is false on a timeout.
    static QVariant js(QWebEnginePage *page, const QString &script, bool *ok = nullptr);
    // Waits until the page shows its "Take photo" buttons; false on a timeout.
    static bool waitForPhotoButtons(QWebEnginePage *page);
    // Takes every photo not taken yet, one card after the other, by tapping "Take photo" (a
    // real input event: the page opens its file chooser only on a user gesture) and answering
    // the chooser with a generated photo written to photoDirectory; waits for each card to
    // show data-taken="true" (the server has answered). False with *error set on a timeout.
    static bool takeAllPhotos(QWebEngineView *view, const QString &photoDirectory, QString *error);
    // The script whose run is the start of the callback figure.
    static QString finishScript()
    {
        return QStringLiteral("document.getElementById('finish').click()");
    }
};
