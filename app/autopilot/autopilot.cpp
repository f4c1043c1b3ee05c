#include "autopilot.h"

#include "connectorpage.h"
#include "connectorview.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "samplephoto.h"
#include "webtap.h"
#include "workorderdetailspane.h"
#include "workordertablemodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

#include <cstdio>

Autopilot::Autopilot(MainWindow *window, InterventionController *controller, const Options &options,
                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_options(options)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("timeout"),
             tr("The flow did not complete within %1 s.").arg(m_options.timeoutMs / 1000));
    });
}

void Autopilot::emitEvent(const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), event);
    fields.insert(QStringLiteral("ms"), m_clock.elapsed());
    if (!m_key.isEmpty() && !fields.contains(QStringLiteral("work_order")))
        fields.insert(QStringLiteral("work_order"), m_key);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Autopilot::fail(const QString &code, const QString &message, QJsonObject fields)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    fields.insert(QStringLiteral("code"), code);
    fields.insert(QStringLiteral("message"), message);
    emitEvent(QStringLiteral("error"), fields);
    std::fprintf(stderr, "fieldconnect autopilot: %s\n", qPrintable(message));
    emit finished(1);
}

void Autopilot::start()
{
    m_clock.start();
    m_watchdog.start(m_options.timeoutMs);
    // The threshold that decides this run: the work order's types may have their own.
    const WorkOrder *source = sourceWorkOrder();
    emitEvent(QStringLiteral("started"),
              {{QStringLiteral("site"), m_controller->site().displayName},
               {QStringLiteral("threshold"),
                m_controller->site().thresholdFor(source ? source->types : QStringList())}});
    pickWorkOrder(source);
}

const WorkOrder *Autopilot::sourceWorkOrder() const
{
    // The named work order, else a planned one whose types and technician a fresh copy takes.
    WorkOrderTableModel *model = m_window->workOrderModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const WorkOrder *wo = model->workOrderAt(row);
        if (m_options.workOrderName.isEmpty()
                ? !wo->types.isEmpty() && !isClosedStatus(wo->status)
                : wo->name == m_options.workOrderName || wo->key == m_options.workOrderName)
            return wo;
    }
    return nullptr;
}

void Autopilot::pickWorkOrder(const WorkOrder *source)
{
    if (!m_options.workOrderName.isEmpty()) {
        if (!source)
            return fail(QStringLiteral("work_order_not_found"),
                        tr("No work order named %1.").arg(m_options.workOrderName));
        m_key = source->key;
    } else {
        // A fresh work order, so the run starts from 0 % whatever earlier runs did. It copies
        // the types and technician of a planned one, as a dispatcher would.
        const WorkOrder *model0 = source;
        if (!model0)
            return fail(QStringLiteral("work_order_not_found"),
                        tr("There is no work order to copy types and technician from."));
        // The list holds list-only rows; the template is read whole from the store.
        WorkOrder fresh = m_controller->workOrder(model0->key).value_or(*model0);
        fresh.key = QStringLiteral("AUTOPILOT-%1")
                        .arg(QDateTime::currentDateTimeUtc().toString(
                            QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        fresh.name = fresh.key;
        fresh.deepomaticId.clear();
        fresh.lastProgress = {};
        fresh.launchId.clear();
        fresh.status = WorkOrderStatus::Planned;
        fresh.plannedDate = QDate::currentDate();
        QString error;
        if (!m_controller->plan(fresh, &error))
            return fail(QStringLiteral("store_failed"), error);
        m_key = fresh.key;
        emitEvent(QStringLiteral("planned"),
                  {{QStringLiteral("types"), QJsonArray::fromStringList(fresh.types)}});
    }
    m_window->selectWorkOrder(m_key);

    const auto wo = m_controller->workOrder(m_key);
    if (wo && wo->isCreatedInDeepomatic())
        return openConnector();
    m_connections << connect(
        m_controller, &InterventionController::creationFinished, this,
        [this](const QString &key, bool ok, const QString &message) {
            if (key != m_key)
                return;
            if (!ok)
                return fail(QStringLiteral("creation_failed"),
                            tr("Creation in Deepomatic failed: %1").arg(message));
            emitEvent(QStringLiteral("created"), {{QStringLiteral("deepomatic_id"),
                                                   m_controller->workOrder(m_key)->deepomaticId}});
            openConnector();
        });
    m_window->detailsPane()->createButton()->click();
}

void Autopilot::openConnector()
{
    m_connections << connect(
        m_controller, &InterventionController::connectorOpened, this,
        [this](const QString &key, const QUrl &url) {
            if (key == m_key)
                emitEvent(QStringLiteral("opened"), {{QStringLiteral("url"), url.toString()}});
        });
    m_window->selectWorkOrder(m_key);
    QPushButton *open = m_window->detailsPane()->openButton();
    if (!open->isEnabled())
        return fail(QStringLiteral("connector_unavailable"),
                    tr("Open in Deepomatic is disabled: %1").arg(open->toolTip()));
    open->click();
    if (!m_window->isConnectorShown())
        return fail(QStringLiteral("connector_unavailable"), tr("The connector did not open."));
    QWebEnginePage *page = m_window->connectorView()->webView()->page();
    if (auto *connectorPage = qobject_cast<ConnectorPage *>(page)) {
        // From the first navigation on: a sign-in sent to a host outside the allow-list is
        // refused before the page ever loads. The flow goes on (the page may not need what was
        // refused), but a script must see what was refused and where.
        m_connections << connect(
            connectorPage, &ConnectorPage::navigationBlocked, this,
            [this](const QUrl &url, const QString &reason) {
                emitEvent(QStringLiteral("navigation_refused"),
                          {{QStringLiteral("code"), QStringLiteral("navigation_refused")},
                           {QStringLiteral("url"), url.toString()},
                           {QStringLiteral("host"), url.host()},
                           {QStringLiteral("message"), reason}});
            });
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(page, &QWebEnginePage::loadFinished, this, [this, once, page](bool ok) {
        disconnect(*once);
        if (!ok)
            return fail(QStringLiteral("page_not_loaded"), tr("The Deepomatic page did not load."),
                        {{QStringLiteral("url"), page->requestedUrl().toString()}});
        emitEvent(QStringLiteral("loaded"));
        if (auto *connectorPage =
                qobject_cast<ConnectorPage *>(m_window->connectorView()->webView()->page())) {
            connectorPage->setFileChooser(
                [this](QWebEnginePage::FileSelectionMode, const QStringList &) {
                    const QString photo = SamplePhoto::write(m_photos.path(), ++m_photosTaken);
                    return photo.isEmpty() ? QStringList() : QStringList{photo};
                });
        }
        continueInPage(0);
    });
}

void Autopilot::continueInPage(int signIns)
{
    if (m_done)
        return;
    // The sandbox's and its identity provider's sign-in forms, or the work order page.
    const QString kind =
        QStringLiteral("(function(){if(document.querySelector('form.sign-in-form'))"
                       "return 'sign-in';"
                       "if(document.querySelector('button.take-photo, #finish'))"
                       "return 'work-order';return '';})()");
    runJs(kind, [this, signIns](const QVariant &v) {
        const QString page = v.toString();
        if (page.isEmpty()) {
            QTimer::singleShot(100, this, [this, signIns] { continueInPage(signIns); });
            return;
        }
        if (page == QLatin1String("sign-in"))
            return signIn(signIns);
        if (signIns > 0)
            emitEvent(QStringLiteral("signed_in"),
                      {{QStringLiteral("user"), m_options.signInUser}});
        takePhotos();
    });
}

void Autopilot::signIn(int signIns)
{
    QWebEngineView *view = m_window->connectorView()->webView();
    const QString host = view->page()->url().host();
    if (m_options.signInUser.isEmpty())
        return fail(
            QStringLiteral("sign_in_required"),
            tr("The Deepomatic page at %1 asks to sign in, and no user was given.").arg(host),
            {{QStringLiteral("host"), host}});
    if (signIns > 0) {
        // Signed in once already and asked again: the password was refused.
        runJs(QStringLiteral("(document.getElementById('sign-in-error')||{}).textContent||''"),
              [this, host](const QVariant &error) {
                  fail(QStringLiteral("sign_in_refused"),
                       tr("The sign-in at %1 was refused: %2").arg(host, error.toString()),
                       {{QStringLiteral("host"), host}});
              });
        return;
    }
    emitEvent(QStringLiteral("sign_in"),
              {{QStringLiteral("user"), m_options.signInUser}, {QStringLiteral("host"), host}});
    // As a technician does it: tap the field, type (through the input method, as an on-screen
    // keyboard does), tap the next field, type, tap Sign in.
    tap(QStringLiteral("document.getElementById('username')"), [this, view, signIns](bool found) {
        if (!found)
            return fail(QStringLiteral("page_unexpected"),
                        tr("The sign-in page has no e-mail field."));
        WebTap::typeText(view, m_options.signInUser);
        tap(QStringLiteral("document.getElementById('password')"),
            [this, view, signIns](bool found) {
                if (!found)
                    return fail(QStringLiteral("page_unexpected"),
                                tr("The sign-in page has no password field."));
                WebTap::typeText(view, m_options.signInPassword);
                // The next page is whatever the submitted form leads to (the work order, or
                // the form again with an error): judged once it has loaded.
                auto once = std::make_shared<QMetaObject::Connection>();
                *once = connect(view->page(), &QWebEnginePage::loadFinished, this,
                                [this, once, signIns](bool) {
                                    disconnect(*once);
                                    continueInPage(signIns + 1);
                                });
                tap(QStringLiteral("document.getElementById('sign-in')"), [this](bool found) {
                    if (!found)
                        fail(QStringLiteral("page_unexpected"),
                             tr("The sign-in page has no Sign in button."));
                });
            });
    });
}

void Autopilot::runJs(const QString &script, std::function<void(const QVariant &)> then)
{
    QWebEnginePage *page = m_window->connectorView()->webView()->page();
    page->runJavaScript(script, [then = std::move(then)](const QVariant &v) { then(v); });
}

void Autopilot::waitFor(const QString &script, std::function<void()> then, const QString &what)
{
    if (m_done)
        return;
    runJs(script, [this, script, then = std::move(then), what](const QVariant &v) mutable {
        if (v.toBool())
            return then();
        QTimer::singleShot(100, this, [this, script, then = std::move(then), what]() mutable {
            waitFor(script, std::move(then), what);
        });
    });
}

void Autopilot::takePhotos()
{
    runJs(
        QStringLiteral("document.querySelectorAll('button.take-photo').length"),
        [this](const QVariant &v) {
            const int available = v.toInt();
            const int wanted = m_options.photos < 0 ? available : qMin(m_options.photos, available);
            emitEvent(QStringLiteral("photos_requested"), {{QStringLiteral("available"), available},
                                                           {QStringLiteral("taking"), wanted}});
            clickNextPhoto(0, wanted);
        });
}

void Autopilot::tap(const QString &elementExpression, std::function<void(bool found)> then)
{
    runJs(WebTap::locateScript(elementExpression),
          [this, then = std::move(then)](const QVariant &v) {
              QPointF point;
              if (!WebTap::pointFrom(v, &point))
                  return then(false);
              // Let the scroll reach the compositor before the finger lands.
              QTimer::singleShot(80, this, [this, point, then] {
                  then(WebTap::tapAt(m_window->connectorView()->webView(), point));
              });
          });
}

void Autopilot::clickNextPhoto(int done, int wanted)
{
    if (m_done)
        return;
    if (done >= wanted)
        return finishInPage();
    const QString button =
        QStringLiteral("document.querySelectorAll('button.take-photo')[%1]").arg(done);
    runJs(button + QStringLiteral(".getAttribute('data-task-group')"),
          [this, button, done, wanted](const QVariant &group) {
              tap(button, [this, done, wanted, group](bool found) {
                  if (!found)
                      return fail(QStringLiteral("page_unexpected"),
                                  tr("The page has no photo button number %1.").arg(done + 1));
                  const QString taken =
                      QStringLiteral("document.querySelectorAll('[data-taken=\"true\"]').length "
                                     ">= %1")
                          .arg(done + 1);
                  waitFor(
                      taken,
                      [this, done, wanted, group] {
                          emitEvent(QStringLiteral("photo"),
                                    {{QStringLiteral("task_group"), group.toString()},
                                     {QStringLiteral("index"), done + 1}});
                          clickNextPhoto(done + 1, wanted);
                      },
                      tr("the photo to be recorded"));
              });
          });
}

void Autopilot::finishInPage()
{
    m_connections << connect(
        m_controller, &InterventionController::callbackAccepted, this,
        [this](const QString &key, int progress, bool fromFragment) {
            if (key != m_key)
                return;
            emitEvent(QStringLiteral("callback"),
                      {{QStringLiteral("progress"), progress},
                       {QStringLiteral("in"),
                        fromFragment ? QStringLiteral("fragment") : QStringLiteral("query")}});
        });
    m_connections << connect(m_controller, &InterventionController::callbackRejected, this,
                             [this](const QString &, const QString &reason) {
                                 fail(QStringLiteral("callback_rejected"),
                                      tr("The callback was rejected: %1").arg(reason));
                             });
    m_connections << connect(
        m_controller, &InterventionController::verificationFinished, this,
        [this](const QString &key, bool verified, int progress, const QString &error) {
            if (key != m_key)
                return;
            QJsonObject fields{{QStringLiteral("verified"), verified},
                               {QStringLiteral("progress"), progress}};
            if (!error.isEmpty())
                fields.insert(QStringLiteral("error"), error);
            emitEvent(QStringLiteral("verified"), fields);
            const CloseDecision d = m_controller->decision(m_key);
            const auto wo = m_controller->workOrder(m_key);
            // The threshold the decision used: the site's, or its work order type's.
            const int threshold = m_controller->site().thresholdFor(wo ? wo->types : QStringList());
            emitEvent(QStringLiteral("close"), {{QStringLiteral("allowed"), d.allowed},
                                                {QStringLiteral("unverified"), d.unverified},
                                                {QStringLiteral("reason"), d.reason},
                                                {QStringLiteral("threshold"), threshold}});
            if (d.allowed && m_options.closeWhenAllowed) {
                QString closeError;
                if (!m_controller->closeIntervention(m_key, &closeError))
                    return fail(QStringLiteral("close_refused"), closeError);
                emitEvent(QStringLiteral("closed"));
            }
            m_done = true;
            m_watchdog.stop();
            emit finished(0);
        });
    tap(QStringLiteral("document.getElementById('finish')"), [this](bool found) {
        if (!found)
            fail(QStringLiteral("page_unexpected"), tr("The page has no Finish button."));
    });
}
