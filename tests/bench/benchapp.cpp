#include "benchapp.h"

#include "benchwait.h"
#include "connectorsession.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "workorderdetailspane.h"

#include <QJsonArray>
#include <QPushButton>
#include <QWindow>

BenchApp::BenchApp() = default;

BenchApp::~BenchApp() = default; // the app ends as on a normal exit: the page before its profile

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
    AppOptions options;
    options.dataDir = m_dir.path();
    options.sandboxUrl = m_sandbox.baseUrl();
    m_app = std::make_unique<FieldConnectApp>(options);
    m_app->setSystemCredentialStore(&m_keychain);
    if (!m_app->start(error))
        return false;
    bool haveToken = false;
    QObject::connect(m_app.get(), &FieldConnectApp::tokenLoaded, m_app.get(),
                     [&haveToken] { haveToken = true; });
    m_app->launch();
    m_app->controller()->setUserName(QStringLiteral("bench"));
    m_app->showWindow();
    if (!BenchWait::until(
            [this, &haveToken] {
                return haveToken && window()->windowHandle()
                       && window()->windowHandle()->isExposed();
            },
            10000)) {
        *error = QStringLiteral("the main window was never exposed");
        return false;
    }
    return true;
}

ConnectorSession *BenchApp::session() const
{
    return m_app->session();
}

InterventionController *BenchApp::controller() const
{
    return m_app->controller();
}

MainWindow *BenchApp::window() const
{
    return m_app->window();
}

bool BenchApp::planAndCreate(const QString &key, QString *error)
{
    const QJsonObject seed = m_sandbox.seededWorkOrders().constFirst();
    WorkOrder wo;
    wo.key = wo.name = key;
    wo.plannedDate = QDate::currentDate();
    // Every text field filled in, as a planning import would.
    wo.siteProfile = m_app->registry()->activeId();
    wo.address = QStringLiteral("12 rue Pasteur, Lyon");
    wo.technicianName = QStringLiteral("Camille Martin");
    wo.technicianEmail = seed.value(QStringLiteral("field_engineer_email")).toString();
    for (const QJsonValue t : seed.value(QStringLiteral("types")).toArray())
        wo.types << t.toString();
    if (!controller()->plan(wo, error))
        return false;
    window()->selectWorkOrder(key);
    QPushButton *create = window()->detailsPane()->createButton();
    if (!create->isVisible() || !create->isEnabled()) {
        *error = QStringLiteral("%1: the Create button cannot be used").arg(key);
        return false;
    }
    bool finished = false;
    bool ok = false;
    QString message;
    const auto connection =
        QObject::connect(controller(), &InterventionController::creationFinished, window(),
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
    window()->showWorkOrders();
    window()->selectWorkOrder(key);
    QPushButton *open = window()->detailsPane()->openButton();
    if (window()->detailsPane()->currentKey() != key || !open->isVisible() || !open->isEnabled()) {
        *error =
            QStringLiteral("%1: Open in Deepomatic cannot be used (%2)").arg(key, open->toolTip());
        return nullptr;
    }
    return open;
}
