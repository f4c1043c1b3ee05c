#pragma once

#include "siteprofile.h"

#include <QWebEnginePage>
#include <QWidget>

class EnvironmentBadge;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QTimer;
class QWebEngineView;

// The Deepomatic page inside the app window: a bar with Return to FieldConnect, Back, Reload
// and the page title, a loading bar, and the web view. The view is created on first use and
// reused. A failed load, a refused certificate or a crashed renderer shows a panel with Retry,
// never a blank page.
class ConnectorView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorView(QWidget *parent = nullptr);

    void attachPage(QWebEnginePage *page);
    QWebEngineView *webView() const { return m_view; }
    QPushButton *returnButton() const { return m_return; }
    void showNotice(const QString &text);
    // The "Preview" badge of the dispatcher's read-only look at the page.
    void setPreview(bool preview);
    bool isPreview() const;
    QLabel *previewBadge() const { return m_previewBadge; }
    // The connector is open in the system browser: a panel says so, with Cancel.
    void showWaitingForBrowser();
    bool isWaitingForBrowser() const;
    QPushButton *cancelBrowserButton() const { return m_cancelBrowser; }
    // The site whose page this is: its environment badge above the page.
    void setSite(const SiteProfile &site);
    EnvironmentBadge *badge() const { return m_badge; }

signals:
    void returnRequested();
    // Cancel on the "waiting for the browser" panel: the launch is to end.
    void browserWaitCancelled();

private:
    void ensureView();
    void showProblem(const QString &text);
    void showCertificateProblem(const QString &host, const QString &description);
    // Loads the page again without ever re-sending a form.
    void reloadSafely();
    // A transport failure (Chromium's net error code) in words for the technician.
    static QString transportCause(int netError, const QString &host, const QString &chromium);

    EnvironmentBadge *m_badge = nullptr;
    QWebEngineView *m_view = nullptr;
    QWebEnginePage *m_page = nullptr;
    QStackedLayout *m_stack;
    QWidget *m_problem;
    QWidget *m_waiting;
    QPushButton *m_cancelBrowser;
    QLabel *m_problemText;
    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_previewBadge;
    QTimer *m_noticeTimer;
    QProgressBar *m_loading;
    QPushButton *m_return;
    QPushButton *m_back;
    QPushButton *m_reload;
    QList<QMetaObject::Connection> m_pageConnections;
    // The panel explains a refused certificate: the load failure that follows must not replace
    // that explanation with a generic one.
    bool m_certificateExplained = false;
    bool m_problemShown = false;
};
