#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

// The page that shows Deepomatic's work order connector. Navigations into FieldConnect's
// callback space are captured here and never loaded, whether they come from a server redirect
// or from script.
class ConnectorPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using CallbackMatcher = std::function<bool(const QUrl &)>;
    // Answers the page's file chooser (photos) instead of the platform dialog: used by the
    // autopilot and the end-to-end tests, which have no one to pick a file.
    using FileChooser = std::function<QStringList(FileSelectionMode, const QStringList &accepted)>;

    ConnectorPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setCallbackMatcher(CallbackMatcher matcher) { m_isCallback = std::move(matcher); }
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }

signals:
    void callbackNavigationRequested(const QUrl &url, bool isMainFrame,
                                     QWebEnginePage::NavigationType type);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;

private:
    CallbackMatcher m_isCallback;
    FileChooser m_chooseFiles;
};
