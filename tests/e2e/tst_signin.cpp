// Signing in to Deepomatic inside the connector view, with real QtWebEngine (offscreen) against
// the sandbox: the first open asks to sign in and then shows the work order; a restart (a new
// web profile object on the same storage) keeps the sign-in whichever way the site keeps it;
// Sign out ends it; private browsing keeps nothing; the SSO hop works only when allow-listed.

#include "callbackschemehandler.h"
#include "connectorpage.h"
#include "connectorview.h"
#include "e2eapp.h"
#include "webtap.h"
#include "workorderdetailspane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebEngineView>

#include <memory>

namespace {
using Mode = SandboxSignIn::Mode;
const QString WorkOrderKey = QStringLiteral("SIGNIN-1");
} // namespace

Q_DECLARE_METATYPE(Mode)

class tst_SignIn : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();

    void firstOpenShowsSignInThenTheWorkOrder();
    void failedSubmissionSaysWhyAndRetryDoesNotPostAgain();
    void restartKeepsTheSignIn_data();
    void restartKeepsTheSignIn();
    void signOutAsksToSignInAgain_data();
    void signOutAsksToSignInAgain();
    void privateBrowsingAsksAtEveryLaunch();
    void singleSignOnHop_data();
    void singleSignOnHop();

private:
    void startSandbox(Mode mode, bool sso);
    // The app's side, on the fixture's directory: what a start of FieldConnect creates.
    void launchApp(bool privateBrowsing = false);
    // What quitting does: window, controller, page, then the web profiles (flushed to disk).
    void quitApp();
    void planAndCreate();
    void open();
    // "sign-in", "identity-provider", "work-order", or "" while the page is on its way.
    QString pageKind();
    QVariant js(const QString &script);
    bool tap(const QString &elementExpression);
    void signInByTyping(const QString &password);
    QWebEngineView *view() const { return m_app->window()->connectorView()->webView(); }

    std::unique_ptr<E2eApp> m_app;
};

void tst_SignIn::cleanup()
{
    m_app.reset();
}

void tst_SignIn::startSandbox(Mode mode, bool sso)
{
    m_app = std::make_unique<E2eApp>();
    E2eApp &a = *m_app;
    a.sandbox.setSignInMode(mode);
    a.sandbox.setSingleSignOn(sso);
    QString started;
    QVERIFY2(a.startSandbox(&started), qPrintable(started));
}

void tst_SignIn::launchApp(bool privateBrowsing)
{
    E2eApp &a = *m_app;
    QVERIFY(a.launch(privateBrowsing, QStringLiteral("signin")));
}

void tst_SignIn::quitApp()
{
    E2eApp &a = *m_app;
    a.quit();
}

void tst_SignIn::planAndCreate()
{
    E2eApp &a = *m_app;
    const QJsonObject seed = a.sandbox.seededWorkOrders().constFirst();
    WorkOrder wo;
    wo.key = wo.name = WorkOrderKey;
    wo.plannedDate = QDate::currentDate();
    wo.technicianEmail = seed.value(QStringLiteral("field_engineer_email")).toString();
    for (const QJsonValue t : seed.value(QStringLiteral("types")).toArray())
        wo.types << t.toString();
    QString error;
    QVERIFY2(a.controller()->plan(wo, &error), qPrintable(error));
    QSignalSpy created(a.controller(), &InterventionController::creationFinished);
    a.controller()->createInDeepomatic(WorkOrderKey);
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 10000);
    QVERIFY(created.first().at(1).toBool());
}

void tst_SignIn::open()
{
    E2eApp &a = *m_app;
    a.window()->selectWorkOrder(WorkOrderKey);
    QPushButton *button = a.window()->detailsPane()->openButton();
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(a.window()->isConnectorShown());
}

QVariant tst_SignIn::js(const QString &script)
{
    return m_app->js(script, view()->page());
}

QString tst_SignIn::pageKind()
{
    return js(QStringLiteral("(function(){if(document.querySelector('.idp-page form.sign-in-form'))"
                             "return 'identity-provider';"
                             "if(document.querySelector('form.sign-in-form')) return 'sign-in';"
                             "if(document.querySelectorAll('button.take-photo').length>0)"
                             "return 'work-order';return '';})()"))
        .toString();
}

bool tst_SignIn::tap(const QString &elementExpression)
{
    QPointF point;
    if (!WebTap::pointFrom(js(WebTap::locateScript(elementExpression)), &point))
        return false;
    QTest::qWait(80); // the scroll reaches the compositor before the finger lands
    return WebTap::tapAt(view(), point);
}

void tst_SignIn::signInByTyping(const QString &password)
{
    const QString user = m_app->sandbox.signInCredentials().constFirst().first;
    // After a refused password the page keeps the e-mail address: only the password is typed.
    if (js(QStringLiteral("document.getElementById('username').value")).toString() != user) {
        QVERIFY(tap(QStringLiteral("document.getElementById('username')")));
        QTRY_VERIFY(
            js(QStringLiteral("document.activeElement && document.activeElement.id")).toString()
            == QLatin1String("username"));
        WebTap::typeText(view(), user);
    }
    QTRY_COMPARE(js(QStringLiteral("document.getElementById('username').value")).toString(), user);
    QVERIFY(tap(QStringLiteral("document.getElementById('password')")));
    QTRY_VERIFY(js(QStringLiteral("document.activeElement && document.activeElement.id")).toString()
                == QLatin1String("password"));
    WebTap::typeText(view(), password);
    QTRY_COMPARE(js(QStringLiteral("document.getElementById('password').value.length")).toInt(),
                 int(password.size()));
    QVERIFY(tap(QStringLiteral("document.getElementById('sign-in')")));
}

void tst_SignIn::firstOpenShowsSignInThenTheWorkOrder()
{
    startSandbox(Mode::Cookie, false);
    launchApp();
    planAndCreate();
    open();
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("sign-in"), 30000);
    QCOMPARE(view()->page()->url().path(), QStringLiteral("/field/signin"));

    // A wrong password: an error on the page, still signed out.
    signInByTyping(QStringLiteral("not-the-password"));
    QTRY_VERIFY_WITH_TIMEOUT(
        js(QStringLiteral("(document.getElementById('sign-in-error')||{}).hidden===false"))
            .toBool(),
        15000);
    QCOMPARE(js(QStringLiteral("document.getElementById('sign-in-error').textContent")).toString(),
             QStringLiteral("Wrong e-mail address or password."));
    QCOMPARE(pageKind(), QStringLiteral("sign-in"));
    // The sandbox answered 401 with its own page: that page stays on screen, FieldConnect's
    // "could not be loaded" panel does not cover it.
    auto *problem =
        m_app->window()->connectorView()->findChild<QLabel *>(QStringLiteral("problemText"));
    QVERIFY(problem);
    QTest::qWait(300); // the failed-load report arrives after the page's script ran
    QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
    QVERIFY(view()->isVisible());

    signInByTyping(m_app->sandbox.signInCredentials().constFirst().second);
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("work-order"), 30000);
    // Back on the work order page that was asked for, launch and callback included.
    const QUrl landed = view()->page()->url();
    const auto launch = m_app->session()->currentLaunch();
    QVERIFY(launch);
    QCOMPARE(landed, launch->connectorUrl);
}

void tst_SignIn::failedSubmissionSaysWhyAndRetryDoesNotPostAgain()
{
    startSandbox(Mode::Cookie, false);
    launchApp();
    planAndCreate();
    open();
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("sign-in"), 30000);
    const QUrl signInUrl = view()->page()->url();

    // A port nobody listens on (same loopback host, so the allow-list lets the form go).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    js(QStringLiteral("(function(){var f=document.querySelector('form.sign-in-form');"
                      "f.action='http://127.0.0.1:%1/field/signin';"
                      "document.getElementById('password').value='not-the-password';"
                      "f.submit();return true;})()")
           .arg(closedPort));

    auto *problem =
        m_app->window()->connectorView()->findChild<QLabel *>(QStringLiteral("problemText"));
    QVERIFY(problem);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 30000);
    // The real cause, not "check the network".
    QVERIFY2(problem->text().contains(QLatin1String("refused the connection")),
             qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QLatin1String("127.0.0.1")), qPrintable(problem->text()));

    // Retry loads the sign-in form again (a GET to the sandbox): posting again would fail on
    // the closed port and bring the panel back.
    auto *retry =
        m_app->window()->connectorView()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("sign-in"), 30000);
    QCOMPARE(view()->page()->url(), signInUrl);
    QTest::qWait(300);
    QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
    // Nothing was posted to the sandbox: the form is blank, with no "wrong password" error.
    QVERIFY(!js(QStringLiteral("(document.getElementById('sign-in-error')||{hidden:true}).hidden"
                               "===false"))
                 .toBool());
}

void tst_SignIn::restartKeepsTheSignIn_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("cookie with an expiry") << Mode::Cookie;
    QTest::newRow("session cookie") << Mode::SessionCookie;
    QTest::newRow("token in localStorage") << Mode::LocalStorage;
}

void tst_SignIn::restartKeepsTheSignIn()
{
    QFETCH(Mode, mode);
    startSandbox(mode, false);
    launchApp();
    planAndCreate();
    open();
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("sign-in"), 30000);
    signInByTyping(m_app->sandbox.signInCredentials().constFirst().second);
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("work-order"), 30000);

    quitApp();
    launchApp();
    open();
    QTRY_VERIFY_WITH_TIMEOUT(!pageKind().isEmpty(), 30000);
    QCOMPARE(pageKind(), QStringLiteral("work-order"));
}

void tst_SignIn::signOutAsksToSignInAgain_data()
{
    restartKeepsTheSignIn_data();
}

void tst_SignIn::signOutAsksToSignInAgain()
{
    QFETCH(Mode, mode);
    startSandbox(mode, false);
    launchApp();
    planAndCreate();
    open();
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("sign-in"), 30000);
    signInByTyping(m_app->sandbox.signInCredentials().constFirst().second);
    QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("work-order"), 30000);

    // Through the menu, with its question answered "Sign out".
    QSignalSpy signedOut(m_app->profiles(), &WebProfiles::signedOut);
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    m_app->window()->signOutAction()->trigger();
    QVERIFY2(question.contains(QLatin1String("sign in again")), qPrintable(question));
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 15000);
    QCOMPARE(signedOut.first().at(1).toString(), QString()); // nothing left behind
    QVERIFY(!m_app->window()->isConnectorShown());

    open();
    QTRY_VERIFY_WITH_TIMEOUT(!pageKind().isEmpty(), 30000);
    QCOMPARE(pageKind(), QStringLiteral("sign-in"));
    // And after a restart too: the sign-out reached the disk.
    quitApp();
    launchApp();
    open();
    QTRY_VERIFY_WITH_TIMEOUT(!pageKind().isEmpty(), 30000);
    QCOMPARE(pageKind(), QStringLiteral("sign-in"));
}

void tst_SignIn::privateBrowsingAsksAtEveryLaunch()
{
    startSandbox(Mode::Cookie, false);
    launchApp(true);
    planAndCreate();
    for (int launch = 0; launch < 2; ++launch) {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(!pageKind().isEmpty(), 30000);
        QCOMPARE(pageKind(), QStringLiteral("sign-in"));
        signInByTyping(m_app->sandbox.signInCredentials().constFirst().second);
        QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("work-order"), 30000);
        const QString storage = m_app->profiles()->storagePathFor(m_app->site);
        quitApp();
        QVERIFY2(!QDir(storage).exists(), qPrintable(storage)); // nothing kept on disk
        launchApp(true);
    }
}

void tst_SignIn::singleSignOnHop_data()
{
    QTest::addColumn<bool>("allowListed");
    QTest::newRow("identity provider allow-listed") << true;
    QTest::newRow("identity provider not allow-listed") << false;
}

void tst_SignIn::singleSignOnHop()
{
    QFETCH(bool, allowListed);
    startSandbox(Mode::Cookie, true);
    const QString idpHost = m_app->sandbox.identityProviderUrl().host();
    QVERIFY(m_app->site.navigationAllowList.contains(idpHost));
    if (!allowListed)
        m_app->site.navigationAllowList.removeAll(idpHost);
    launchApp();
    planAndCreate();
    m_app->session()->ensurePage(m_app->site);
    QSignalSpy blocked(m_app->session()->page(), &ConnectorPage::navigationBlocked);
    open();
    if (allowListed) {
        QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("identity-provider"), 30000);
        QCOMPARE(view()->page()->url().host(), idpHost);
        signInByTyping(m_app->sandbox.signInCredentials().constFirst().second);
        QTRY_COMPARE_WITH_TIMEOUT(pageKind(), QStringLiteral("work-order"), 30000);
        QCOMPARE(view()->page()->url(), m_app->session()->currentLaunch()->connectorUrl);
        QCOMPARE(blocked.count(), 0);
        return;
    }
    // Refused before it loads, and the technician is told which host and what to do.
    QTRY_COMPARE_WITH_TIMEOUT(blocked.count(), 1, 30000);
    QCOMPARE(blocked.first().at(0).toUrl().host(), idpHost);
    auto *notice =
        m_app->window()->connectorView()->findChild<QLabel *>(QStringLiteral("connectorNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(idpHost), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QLatin1String("allow_hosts")), qPrintable(notice->text()));
    QVERIFY(view()->page()->url().host() != idpHost);
    QCOMPARE(pageKind(), QString());
}

int main(int argc, char *argv[])
{
    // As in the app: the scheme is known to Chromium before QApplication exists.
    CallbackSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_SignIn test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_signin.moc"
