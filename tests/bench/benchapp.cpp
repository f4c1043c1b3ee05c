#include "benchapp.h"

#include "benchwait.h"
#include "connectorsession.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "webprofiles.h"
#include "workorderdetailspane.h"

#include <QJsonArray>
#include <QPushButton>
#include <QWindow>

BenchApp::BenchApp() = default;

BenchApp::~BenchApp()
{
    // As in main.cpp: the page goes before its profile.
    m_window.reset();
    m_controller.reset();
    m_session.reset();
    m_profiles.reset();
}

bool BenchApp::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    // The bench compares page loads with a bare view on the same URL: no sign-in page between.
    m_sandbox.setSignInMode(SandboxSignIn::Mode::Off);
    if (!m_sandbox.start(0)) {
        *error = m_sandbox.errorString();
        return false;
    }
    if (!m_store.open(m_dir.filePath(QStringLiteral("fieldconnect.sqlite")))) {
        *error = m_store.lastError();
        return false;
    }
    m_site = m_sandbox.siteProfile();
    m_client.setBaseUrl(m_site.effectiveApiUrl());
    m_client.setToken(m_sandbox.apiToken());
    m_profiles = std::make_unique<WebProfiles>(m_dir.filePath(QStringLiteral("web")));
    m_session = std::make_unique<ConnectorSession>(m_profiles.get());
    m_controller = std::make_unique<InterventionController>(&m_store, &m_client, m_session.get());
    m_controller->setSite(m_site);
    m_controller->setUserName(QStringLiteral("bench"));
    m_window = std::make_unique<MainWindow>(&m_store, m_controller.get(), m_session.get());
    m_window->reload();
    m_window->show();
    if (!BenchWait::until(
            [this] { return m_window->windowHandle() && m_window->windowHandle()->isExposed(); },
            10000)) {
        *error = QStringLiteral("the main window was never exposed");
        return false;
    }
    return true;
}

bool BenchApp::planAndCreate(const QString &key, QString *error)
{
    const QJsonObject seed = m_sandbox.seededWorkOrders().constFirst();
    WorkOrder wo;
    wo.key = wo.name = key;
    wo.plannedDate = QDate::currentDate();
    // Every text field filled in, as a planning import would.
    wo.siteProfile = m_site.id;
    wo.address = QStringLiteral("12 rue Pasteur, Lyon");
    wo.technicianName = QStringLiteral("Camille Martin");
    wo.technicianEmail = seed.value(QStringLiteral("field_engineer_email")).toString();
    for (const QJsonValue t : seed.value(QStringLiteral("types")).toArray())
        wo.types << t.toString();
    if (!m_controller->plan(wo, error))
        return false;
    m_window->selectWorkOrder(key);
    QPushButton *create = m_window->detailsPane()->createButton();
    if (!create->isVisible() || !create->isEnabled()) {
        *error = QStringLiteral("%1: the Create button cannot be used").arg(key);
        return false;
    }
    bool finished = false;
    bool ok = false;
    QString message;
    const auto connection = QObject::connect(
        m_controller.get(), &InterventionController::creationFinished, m_window.get(),
        [&](const QString &created, bool success, const QString &text) {
            if (created != key)
                return;
            finished = true;
            ok = success;
            message = text;
        });
    create->click();
    BenchWait::until([&] { return finished; }, 15000);
    QObject::disconnect(connection);
    if (!ok)
        *error = QStringLiteral("%1: creation in Deepomatic failed: %2")
                     .arg(key, finished ? message : QStringLiteral("timed out"));
    return ok;
}

QPushButton *BenchApp::openButtonFor(const QString &key, QString *error)
{
    m_window->showWorkOrders();
    m_window->selectWorkOrder(key);
    QPushButton *open = m_window->detailsPane()->openButton();
    if (m_window->detailsPane()->currentKey() != key || !open->isVisible() || !open->isEnabled()) {
        *error =
            QStringLiteral("%1: Open in Deepomatic cannot be used (%2)").arg(key, open->toolTip());
        return nullptr;
    }
    return open;
}
