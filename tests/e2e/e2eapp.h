#pragma once

// Everything the app wires in main.cpp, owned in the same order, so that a test's teardown is
// the app's too (the window, then the controller, then the page before its web profile).
// Shared by the end-to-end suites: each starts the sandbox and sets `site` and `client` for
// what it tests, then launch() wires the rest as main.cpp does.

#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "siteprofile.h"
#include "webprofiles.h"
#include "webtap.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

struct E2eApp {
    QTemporaryDir dir;
    SandboxServer sandbox;
    WorkOrderStore store;
    DeepomaticClient client;
    std::unique_ptr<WebProfiles> profiles;
    std::unique_ptr<ConnectorSession> session;
    std::unique_ptr<InterventionController> controller;
    std::unique_ptr<MainWindow> window;
    SiteProfile site;

    // The sandbox on a free loopback port (set its sign-in mode, SSO or TLS before), the
    // store in `dir`, and `site` and `client` on the sandbox. False with *why on failure.
    bool startSandbox(QString *why)
    {
        auto fail = [why](const QString &text) {
            *why = text;
            return false;
        };
        if (!dir.isValid())
            return fail(QStringLiteral("no temporary directory: ") + dir.errorString());
        if (!sandbox.start(0))
            return fail(QStringLiteral("sandbox: ") + sandbox.errorString());
        if (!store.open(dir.filePath(QStringLiteral("db.sqlite"))))
            return fail(store.lastError());
        site = sandbox.siteProfile();
        client.setBaseUrl(site.effectiveApiUrl());
        client.setToken(sandbox.apiToken());
        return true;
    }

    // The web profiles, the page's session, the controller and the window, on `site` and
    // `client` as the suite set them; the window shown. False when it never showed.
    bool launch(bool offTheRecord = false, const QString &user = QStringLiteral("e2e"))
    {
        profiles = std::make_unique<WebProfiles>(dir.filePath(QStringLiteral("web")));
        profiles->setOffTheRecord(offTheRecord);
        session = std::make_unique<ConnectorSession>(profiles.get());
        controller = std::make_unique<InterventionController>(&store, &client, session.get());
        controller->setSite(site);
        controller->setUserName(user);
        window = std::make_unique<MainWindow>(&store, controller.get(), session.get());
        window->reload();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // How planAndCreate() asks for the creation: the details pane's Create button, as a
    // dispatcher does, or the controller directly (while the window shows a page, not the list).
    enum class Via { Button, Controller };

    // Plans a work order like the sandbox's first seeded one (with `types` instead of its types
    // when given) and creates it in Deepomatic. Its key, or empty on failure.
    QString planAndCreate(const QString &name, Via via = Via::Button, const QStringList &types = {})
    {
        const QJsonObject seed = sandbox.seededWorkOrders().constFirst();
        WorkOrder wo;
        wo.key = wo.name = name;
        wo.plannedDate = QDate::currentDate();
        wo.technicianEmail = seed.value(QStringLiteral("field_engineer_email")).toString();
        for (const QJsonValue t : seed.value(QStringLiteral("types")).toArray())
            wo.types << t.toString();
        if (!types.isEmpty())
            wo.types = types;
        QString error;
        if (!controller->plan(wo, &error)) {
            qWarning() << "plan failed:" << error;
            return {};
        }
        QSignalSpy created(controller.get(), &InterventionController::creationFinished);
        if (via == Via::Controller) {
            controller->createInDeepomatic(name);
        } else {
            window->selectWorkOrder(name);
            QPushButton *create = window->detailsPane()->createButton();
            if (!create->isVisible())
                return {};
            QTest::mouseClick(create, Qt::LeftButton);
        }
        if ((created.isEmpty() && !created.wait(10000)) || !created.first().at(1).toBool()) {
            qWarning() << "create failed:"
                       << (created.isEmpty() ? QVariant() : created.first().at(2));
            return {};
        }
        return name;
    }

    // Runs `script` in `on` (default: the page the window shows) and returns its value; an
    // invalid QVariant when no answer came within 10 s.
    QVariant js(const QString &script, QWebEnginePage *on = nullptr)
    {
        if (!on)
            on = window->connectorView()->webView()->page();
        QVariant result;
        bool done = false;
        on->runJavaScript(script, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning() << "no answer from the page to:" << script;
        return result;
    }

    // Taps the element `elementExpression` (JavaScript) evaluates to, with a real touch on the
    // window's web view, as a gloved finger would. False when the element was not found.
    bool tap(const QString &elementExpression)
    {
        QPointF point;
        if (!WebTap::pointFrom(js(WebTap::locateScript(elementExpression)), &point))
            return false;
        QTest::qWait(80); // the scroll reaches the compositor
        return WebTap::tapAt(window->connectorView()->webView(), point);
    }

    // Signs in to the sandbox once for the site's web profile, through the real sign-in page (the
    // form filled in and submitted in a page of that profile), as a technician does on first
    // use; every later connector page of the profile opens signed in. False, with *why, when the
    // page did not end signed in. Suites about sign-in itself are in tst_signin.
    bool signIn(QString *why = nullptr)
    {
        const auto credentials = sandbox.signInCredentials();
        QWebEnginePage page(profiles->profileFor(site));
        QUrl url = sandbox.baseUrl();
        url.setPath(QStringLiteral("/field/signin"));
        auto runJs = [&page](const QString &script) {
            QVariant result;
            bool done = false;
            page.runJavaScript(script, [&](const QVariant &v) {
                result = v;
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, 10000);
            return result;
        };
        auto fail = [why](const QString &text) {
            if (why)
                *why = text;
            return false;
        };
        bool loaded = false;
        QObject::connect(&page, &QWebEnginePage::loadFinished, [&loaded](bool) { loaded = true; });
        page.load(url);
        if (!QTest::qWaitFor([&] { return loaded; }, 30000) || credentials.isEmpty())
            return fail(QStringLiteral("the sign-in page did not load"));
        const QString form =
            runJs(QStringLiteral("(function(){var f=document.querySelector('form.sign-in-"
                                 "form'); if(!f) return 'no form';"
                                 "document.getElementById('username').value=%1;"
                                 "document.getElementById('password').value=%2;"
                                 "f.submit(); return 'submitted';})()")
                      .arg(QStringLiteral("'%1'").arg(credentials.first().first),
                           QStringLiteral("'%1'").arg(credentials.first().second)))
                .toString();
        if (form != QLatin1String("submitted"))
            return fail(QStringLiteral("the sign-in page has no form: ") + form);
        // Signed in, the browser lands on the default `next`, the sandbox's index.
        const bool landed = QTest::qWaitFor(
            [&] {
                return page.url().path() == QLatin1String("/")
                       && runJs(QStringLiteral("document.body && "
                                               "document.body.classList.contains('index-page')"))
                              .toBool();
            },
            30000);
        return landed ? true : fail(QStringLiteral("still on ") + page.url().toString());
    }

    ~E2eApp()
    {
        window.reset();
        controller.reset();
        session.reset(); // the page goes before its profile
        profiles.reset();
    }
};
