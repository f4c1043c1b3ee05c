#pragma once

// Shared by the end-to-end suites: each starts the sandbox, adjusts `site` for what it tests,
// then launch() starts the app as the product does.

#include "connectorsession.h"
#include "connectorview.h"
#include "deepomaticclient.h"
#include "interventioncontroller.h"
#include "mainwindow.h"
#include "testapp.h"
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

// The product's FieldConnectApp (TestApp) with what the end-to-end suites do with it: plan and
// create a work order, run JavaScript in the page, tap it like a finger, sign in.
struct E2eApp : TestApp {
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
        if (!controller()->plan(wo, &error)) {
            qWarning() << "plan failed:" << error;
            return {};
        }
        QSignalSpy created(controller(), &InterventionController::creationFinished);
        if (via == Via::Controller) {
            controller()->createInDeepomatic(name);
        } else {
            window()->selectWorkOrder(name);
            QPushButton *create = window()->detailsPane()->createButton();
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
            on = window()->connectorView()->webView()->page();
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
        return WebTap::tapAt(window()->connectorView()->webView(), point);
    }

    // Signs in to the sandbox once for the site's web profile, through the real sign-in page (the
    // form filled in and submitted in a page of that profile), as a technician does on first
    // use; every later connector page of the profile opens signed in. False, with *why, when the
    // page did not end signed in. Suites about sign-in itself are in tst_signin.
    bool signIn(QString *why = nullptr)
    {
        const auto credentials = sandbox.signInCredentials();
        QWebEnginePage page(profiles()->profileFor(site));
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
};
