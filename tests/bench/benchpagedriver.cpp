#include "benchpagedriver.h"

#include "benchwait.h"
#include "connectorpage.h"
#include "samplephoto.h"
#include "webtap.h"

#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

namespace {
constexpr int ScriptTimeoutMs = 10000;
} // namespace

QVariant BenchPageDriver::js(QWebEnginePage *page, const QString &script, bool *ok)
{
    // Shared with the callback: it may run after a timed-out wait has returned.
    struct Result {
        bool done = false;
        QVariant value;
    };
    auto result = std::make_shared<Result>();
    page->runJavaScript(script, [result](const QVariant &v) {
        result->value = v;
        result->done = true;
    });
    const bool done = BenchWait::until([&] { return result->done; }, ScriptTimeoutMs);
    if (ok)
        *ok = done;
    return result->value;
}

bool BenchPageDriver::waitForPhotoButtons(QWebEnginePage *page)
{
    return BenchWait::until(
        [page] {
            return js(page, QStringLiteral("document.querySelectorAll('button.take-photo').length"))
                       .toInt()
                   > 0;
        },
        ScriptTimeoutMs);
}

bool BenchPageDriver::takeAllPhotos(QWebEngineView *view, const QString &photoDirectory,
                                    QString *error)
{
    QWebEnginePage *page = view->page();
    if (auto *connectorPage = qobject_cast<ConnectorPage *>(page)) {
        auto taken = std::make_shared<int>(0);
        connectorPage->setFileChooser(
            [photoDirectory, taken](QWebEnginePage::FileSelectionMode, const QStringList &) {
                return QStringList{SamplePhoto::write(photoDirectory, ++*taken)};
            });
    }
    const int cards =
        js(page, QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt();
    if (cards <= 0) {
        *error = QStringLiteral("the connector page shows no Take photo button");
        return false;
    }
    for (int i = 0; i < cards; ++i) {
        const QString taken =
            QStringLiteral("document.querySelectorAll('button.take-photo')[%1]"
                           ".closest('.task-group').getAttribute('data-taken') === 'true'")
                .arg(i);
        if (js(page, taken).toBool())
            continue;
        QPointF point;
        if (!WebTap::pointFrom(
                js(page, WebTap::locateScript(
                             QStringLiteral("document.querySelectorAll('button.take-photo')[%1]")
                                 .arg(i))),
                &point)) {
            *error = QStringLiteral("photo button %1 of %2 not found").arg(i + 1).arg(cards);
            return false;
        }
        BenchWait::settle(80); // the scroll reaches the compositor
        WebTap::tapAt(view, point);
        if (!BenchWait::until([&] { return js(page, taken).toBool(); }, ScriptTimeoutMs)) {
            *error =
                QStringLiteral("photo %1 of %2 was never shown as taken").arg(i + 1).arg(cards);
            return false;
        }
    }
    return true;
}
