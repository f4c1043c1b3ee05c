#include "connectorview.h"

#include "appearance.h"
#include "connectorpage.h"
#include "environmentbadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineView>

ConnectorView::ConnectorView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    m_return = new QPushButton(tr("Return to FieldConnect"), bar);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_back = new QPushButton(tr("Back"), bar);
    m_reload = new QPushButton(tr("Reload"), bar);
    // "Back" and "Reload" act on the page, not on FieldConnect: said so to a screen reader.
    m_back->setAccessibleName(tr("Back in the Deepomatic page"));
    m_reload->setAccessibleName(tr("Reload the Deepomatic page"));
    for (QPushButton *b : {m_return, m_back, m_reload})
        b->setMinimumHeight(48);
    QFont bold = m_return->font();
    bold.setBold(true);
    m_return->setFont(bold);
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    // Until the document has a title, Qt reports the URL as the title: it must never widen the
    // window, so the label takes the room that is left and no more.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    barLayout->addWidget(m_return);
    barLayout->addWidget(m_back);
    barLayout->addWidget(m_reload);
    barLayout->addWidget(m_title, 1);
    // Said on the badge, not in a tooltip: a tablet has no hover.
    m_previewBadge = new QLabel(tr("Preview: nothing changes in FieldConnect, but photos taken "
                                   "here count in Deepomatic"),
                                bar);
    m_previewBadge->setObjectName(QStringLiteral("previewBadge"));
    m_previewBadge->setWordWrap(true);
    m_previewBadge->setMargin(8);
    m_previewBadge->setStyleSheet(QStringLiteral("font-weight:bold;border-radius:4px"));
    Appearance::setTone(m_previewBadge, Appearance::Tone::Badge);
    m_previewBadge->hide();
    barLayout->addWidget(m_previewBadge);
    layout->addWidget(bar);

    m_badge = new EnvironmentBadge(this);
    m_badge->setObjectName(QStringLiteral("connectorBadge"));
    layout->addWidget(m_badge);

    m_loading = new QProgressBar(this);
    m_loading->setRange(0, 100);
    m_loading->setTextVisible(false);
    m_loading->setMaximumHeight(4);
    m_loading->setAccessibleName(tr("Loading the Deepomatic page"));
    layout->addWidget(m_loading);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("connectorNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    Appearance::setTone(m_notice, Appearance::Tone::Warning);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(std::chrono::seconds(8));
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::hide);

    auto *content = new QWidget(this);
    m_stack = new QStackedLayout(content);
    m_problem = new QWidget(content);
    auto *problemLayout = new QVBoxLayout(m_problem);
    m_problemText = new QLabel(m_problem);
    m_problemText->setObjectName(QStringLiteral("problemText"));
    m_problemText->setTextFormat(Qt::PlainText); // carries text from the network and Chromium
    m_problemText->setWordWrap(true);
    m_problemText->setAlignment(Qt::AlignCenter);
    auto *retry = new QPushButton(tr("Retry"), m_problem);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setMinimumHeight(56);
    retry->setAccessibleName(tr("Retry loading the Deepomatic page"));
    problemLayout->addStretch();
    problemLayout->addWidget(m_problemText);
    problemLayout->addWidget(retry, 0, Qt::AlignCenter);
    problemLayout->addStretch();
    m_stack->addWidget(m_problem);

    m_waiting = new QWidget(content);
    m_waiting->setObjectName(QStringLiteral("waitingForBrowser"));
    auto *waitingLayout = new QVBoxLayout(m_waiting);
    auto *waitingText = new QLabel(
        tr("Waiting for the browser…\n\nDeepomatic opened in your web browser. Take the photos "
           "there; FieldConnect continues when Deepomatic sends you back."),
        m_waiting);
    waitingText->setWordWrap(true);
    waitingText->setAlignment(Qt::AlignCenter);
    m_cancelBrowser = new QPushButton(tr("Cancel"), m_waiting);
    m_cancelBrowser->setObjectName(QStringLiteral("cancelBrowserButton"));
    m_cancelBrowser->setMinimumHeight(56);
    m_cancelBrowser->setAccessibleName(tr("Cancel waiting for the browser"));
    waitingLayout->addStretch();
    waitingLayout->addWidget(waitingText);
    waitingLayout->addWidget(m_cancelBrowser, 0, Qt::AlignCenter);
    waitingLayout->addStretch();
    m_stack->addWidget(m_waiting);
    layout->addWidget(content, 1);
    connect(m_cancelBrowser, &QPushButton::clicked, this, &ConnectorView::browserWaitCancelled);

    connect(m_return, &QPushButton::clicked, this, &ConnectorView::returnRequested);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_page)
            m_page->triggerAction(QWebEnginePage::Back);
    });
    connect(m_reload, &QPushButton::clicked, this, &ConnectorView::reloadSafely);
    connect(retry, &QPushButton::clicked, this, &ConnectorView::reloadSafely);
}

void ConnectorView::reloadSafely()
{
    if (!m_page)
        return;
    // After a form submission (a sign-in, a photo), reloading would post it again: a wrong
    // password sent twice, or a second upload. The last address reached without a form is
    // loaded instead; after a failed load the failed one is not in the history either.
    auto *connector = qobject_cast<ConnectorPage *>(m_page);
    if (connector && connector->retryUrl().isValid()
        && (connector->lastNavigationPostedForm() || m_problemShown)) {
        m_problemShown = false;
        m_stack->setCurrentWidget(m_view);
        m_page->load(connector->retryUrl());
        return;
    }
    m_problemShown = false;
    m_stack->setCurrentWidget(m_view);
    m_page->triggerAction(QWebEnginePage::Reload);
}

QString ConnectorView::transportCause(int netError, const QString &host, const QString &chromium)
{
    // Chromium's net error codes (net/base/net_error_list.h).
    switch (netError) {
    case -105:
    case -137:
        return tr("The address %1 could not be found (DNS). Check the network connection or the "
                  "site's address.")
            .arg(host);
    case -102:
        return tr("%1 refused the connection: the site is not answering on that address.")
            .arg(host);
    case -101:
    case -100:
    case -324:
        return tr("The connection to %1 was cut before the page arrived.").arg(host);
    case -7:
    case -118:
        return tr("%1 did not answer in time.").arg(host);
    case -106:
    case -109:
    case -21:
        return tr("This device is not connected to a network that reaches %1.").arg(host);
    case -107:
    case -113:
    case -108:
        return tr("A secure connection to %1 could not be set up (TLS).").arg(host);
    case -130:
    case -111:
        return tr("The proxy needed to reach %1 is not answering.").arg(host);
    default:
        return tr("The page from %1 could not be loaded (%2).").arg(host, chromium.left(200));
    }
}

void ConnectorView::ensureView()
{
    if (m_view)
        return;
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("connectorWebView"));
    m_stack->addWidget(m_view);
}

void ConnectorView::showWaitingForBrowser()
{
    m_title->clear();
    m_loading->hide();
    m_back->setEnabled(false);
    m_reload->setEnabled(false);
    m_stack->setCurrentWidget(m_waiting);
}

bool ConnectorView::isWaitingForBrowser() const
{
    return m_stack->currentWidget() == m_waiting;
}

void ConnectorView::setPreview(bool preview)
{
    m_previewBadge->setVisible(preview);
}

bool ConnectorView::isPreview() const
{
    return !m_previewBadge->isHidden();
}

void ConnectorView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    // One timer, restarted: a repeated notice gets its full time on screen.
    if (text.isEmpty())
        m_noticeTimer->stop();
    else
        m_noticeTimer->start();
}

void ConnectorView::showProblem(const QString &text)
{
    m_certificateExplained = false;
    m_problemText->setText(text);
    m_problemShown = true;
    m_stack->setCurrentWidget(m_problem);
}

void ConnectorView::showCertificateProblem(const QString &host, const QString &description)
{
    QString why = description.trimmed();
    while (why.endsWith(u'.'))
        why.chop(1);
    showProblem(tr("The secure connection to %1 cannot be trusted (%2). The page was blocked to "
                   "protect your account; ask your IT to check the certificate.")
                    .arg(host.left(80), why.left(200)));
    m_certificateExplained = true;
}

void ConnectorView::attachPage(QWebEnginePage *page)
{
    ensureView();
    if (page == m_page)
        return;
    for (const auto &c : std::as_const(m_pageConnections))
        disconnect(c);
    m_pageConnections.clear();
    m_page = page;
    m_view->setPage(page);
    m_stack->setCurrentWidget(m_view);
    m_pageConnections << connect(page, &QWebEnginePage::titleChanged, m_title, &QLabel::setText);
    m_pageConnections << connect(page, &QWebEnginePage::loadStarted, this, [this] {
        m_certificateExplained = false;
        m_problemShown = false;
        m_loading->setValue(0);
        m_loading->show();
        m_reload->setEnabled(true);
        m_stack->setCurrentWidget(m_view);
    });
    m_pageConnections << connect(page, &QWebEnginePage::loadProgress, m_loading,
                                 &QProgressBar::setValue);
    m_pageConnections << connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loading->setValue(100);
        Q_UNUSED(ok)
        m_back->setEnabled(m_page && m_page->action(QWebEnginePage::Back)->isEnabled());
    });
    m_pageConnections << connect(
        page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
            // A refused certificate is explained as such (normally already, from the page's
            // own signal), never as a network problem.
            if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus
                && info.errorDomain() == QWebEngineLoadingInfo::CertificateErrorDomain) {
                if (!m_certificateExplained)
                    showCertificateProblem(info.url().host(), info.errorString());
                return;
            }
            if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
                return;
            // An HTTP error status came with the site's own page ("Wrong e-mail address or
            // password", "Access denied"): that page says what happened, ours would not.
            if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
                return;
            // A navigation the page refused (a captured callback) ends as "aborted": that is
            // not a network problem and must not replace the page.
            constexpr int kNetErrorAborted = -3;
            if (info.errorDomain() == QWebEngineLoadingInfo::InternalErrorDomain
                || (info.errorDomain() == QWebEngineLoadingInfo::ConnectionErrorDomain
                    && info.errorCode() == kNetErrorAborted))
                return;
            showProblem(tr("%1 Retry when the network is back.")
                            .arg(transportCause(info.errorCode(), info.url().host().left(80),
                                                info.errorString())));
        });
    if (auto *connector = qobject_cast<ConnectorPage *>(page)) {
        // The page stays where it was; the technician must know why the tap did nothing.
        m_pageConnections << connect(
            connector, &ConnectorPage::navigationBlocked, this,
            [this](const QUrl &, const QString &reason) { showNotice(reason); });
        m_pageConnections << connect(connector, &ConnectorPage::certificateRejected, this,
                                     [this](const QUrl &url, const QString &description) {
                                         showCertificateProblem(url.host(), description);
                                     });
        m_pageConnections << connect(connector, &ConnectorPage::downloadRefused, this, [this] {
            showNotice(tr("Downloads are not allowed in the Deepomatic page."));
        });
        m_pageConnections << connect(
            connector, &ConnectorPage::permissionDecided, this,
            [this](const QUrl &origin, const QString &permission, bool granted) {
                if (!granted && permission.startsWith(QLatin1String("Media")))
                    showNotice(tr("Camera and microphone were refused to %1.")
                                   .arg(origin.host().left(80)));
            });
    }
    m_pageConnections << connect(
        page, &QWebEnginePage::renderProcessTerminated, this,
        [this](QWebEnginePage::RenderProcessTerminationStatus status) {
            if (status != QWebEnginePage::NormalTerminationStatus)
                showProblem(tr("The Deepomatic page stopped working. Reload it to continue; "
                               "nothing was lost."));
        });
}

void ConnectorView::setSite(const SiteProfile &site)
{
    m_badge->setSite(site);
}
