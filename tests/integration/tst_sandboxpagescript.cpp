// The connector page's script in a real browser (QtWebEngine, offscreen): a tap on "Take photo"
// opens the card's file input, the chosen file is uploaded and analysed, and the card, the task
// states and #progress follow. The file chooser is answered by QWebEnginePage::chooseFiles,
// which is how an embedding app (or an autopilot) provides the photo. Chromium opens a chooser
// only on a user gesture, so the tap is a real mouse event, never a script's click().
#include "sandboximageanalyzer.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

namespace {
class PhotoPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;
    QString file; // what the "camera" returns
    QStringList acceptedTypes; // what the page asked for
    int chooserOpened = 0;

protected:
    QStringList chooseFiles(FileSelectionMode, const QStringList &,
                            const QStringList &accepted) override
    {
        ++chooserOpened;
        acceptedTypes = accepted;
        return file.isEmpty() ? QStringList() : QStringList{file};
    }
};
} // namespace

class tst_SandboxPageScript : public QObject
{
    Q_OBJECT

private:
    QVariant js(const QString &script);
    void open(const QString &id);
    void tap(const QString &elementExpression);
    QString savePhoto(const QImage &image, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<PhotoPage> m_page;
    std::unique_ptr<QWebEngineView> m_view;

private slots:
    void init();
    void cleanup();
    void takePhotoUploadsTheChosenFile();
    void darkPhotoShowsConformityMessages();
    void cancelledChooserChangesNothing();
    void scriptClickCannotOpenTheChooser();
};

void tst_SandboxPageScript::tap(const QString &elementExpression)
{
    const QVariantList xy = js(QStringLiteral("(function(){var e=%1; if(!e) return null;"
                                              "e.scrollIntoView({block:'center'});"
                                              "var r=e.getBoundingClientRect();"
                                              "return [r.left+r.width/2, r.top+r.height/2];})()")
                                   .arg(elementExpression))
                                .toList();
    QCOMPARE(xy.size(), 2);
    // Chromium takes input from the view's focus proxy (its render widget), not the view.
    QWidget *target = m_view->focusProxy();
    QVERIFY(target);
    const QPointF point(xy.at(0).toDouble(), xy.at(1).toDouble());
    const QPointF global = target->mapToGlobal(point);
    QMouseEvent press(QEvent::MouseButtonPress, point, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, point, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(target, &release);
}

QVariant tst_SandboxPageScript::js(const QString &script)
{
    QVariant result;
    bool done = false;
    m_page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 10000)
        QTest::qWait(10);
    if (!done)
        qWarning("JavaScript did not answer: %s", qPrintable(script));
    return result;
}

void tst_SandboxPageScript::open(const QString &id)
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/field/connector/work_order/") + id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"),
                       m_server->siteId().toString(QUuid::WithoutBraces));
    query.addQueryItem(QStringLiteral("org_slug"), m_server->orgSlug());
    query.addQueryItem(QStringLiteral("callback_uri"),
                       QStringLiteral("https%3A%2F%2Ffield.example.com%2Fcb"));
    url.setQuery(query);
    QSignalSpy loaded(m_page.get(), &QWebEnginePage::loadFinished);
    m_page->load(url);
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.first().first().toBool());
}

QString tst_SandboxPageScript::savePhoto(const QImage &image, const QString &name)
{
    const QString path = m_dir.filePath(name);
    image.save(path, "JPEG", 90);
    return path;
}

void tst_SandboxPageScript::init()
{
    m_server = std::make_unique<SandboxServer>();
    // The page's script is tested here; sign-in has its own suites (tst_sandboxsignin, tst_signin).
    m_server->setSignInMode(SandboxSignIn::Mode::Off);
    QVERIFY(m_server->start(0));
    m_profile = std::make_unique<QWebEngineProfile>(); // off the record
    m_page = std::make_unique<PhotoPage>(m_profile.get());
    m_view = std::make_unique<QWebEngineView>();
    m_view->setPage(m_page.get());
    m_view->resize(800, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_SandboxPageScript::cleanup()
{
    m_view.reset();
    m_page.reset(); // the page goes before its profile
    m_profile.reset();
    m_server.reset();
}

void tst_SandboxPageScript::takePhotoUploadsTheChosenFile()
{
    const QString id = m_server->workOrderIds().at(7); // meter-reading only
    m_page->file = savePhoto(SandboxImageAnalyzer::sampleImage(21), QStringLiteral("good.jpg"));
    open(id);
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('button.take-photo').length")).toInt(),
             1);
    tap(QStringLiteral("document.querySelector('button.take-photo')"));
    QTRY_COMPARE_WITH_TIMEOUT(
        js(QStringLiteral("document.querySelector('li.task-group').getAttribute('data-taken')"))
            .toString(),
        QStringLiteral("true"), 15000);
    QCOMPARE(m_page->chooserOpened, 1);
    QVERIFY(m_page->acceptedTypes.contains(QStringLiteral("image/*")));
    QCOMPARE(js(QStringLiteral("document.getElementById('progress').getAttribute('data-value')"))
                 .toString(),
             QStringLiteral("100"));
    QCOMPARE(js(QStringLiteral("Array.from(document.querySelectorAll('.task')).map("
                               "function(t){return t.getAttribute('data-state');}).join(',')"))
                 .toString(),
             QStringLiteral("ok,ok"));
    QVERIFY(!js(QStringLiteral("document.querySelector('.last-photo').hidden")).toBool());
    // The server has the very bytes of the file, listed as an input.
    const QJsonArray inputs = m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray();
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs.first().toObject().value(QLatin1String("width")).toInt(), 1024);
}

void tst_SandboxPageScript::darkPhotoShowsConformityMessages()
{
    QImage dark(1024, 768, QImage::Format_RGB32);
    dark.fill(qRgb(10, 10, 12));
    m_page->file = savePhoto(dark, QStringLiteral("dark.jpg"));
    open(m_server->workOrderIds().at(7));
    tap(QStringLiteral("document.querySelector('button.take-photo')"));
    QTRY_COMPARE_WITH_TIMEOUT(
        js(QStringLiteral("document.querySelector('li.task-group').getAttribute('data-taken')"))
            .toString(),
        QStringLiteral("true"), 15000);
    const QString messages =
        js(QStringLiteral("document.querySelector('.conformity-messages').textContent")).toString();
    QVERIFY2(messages.contains(QLatin1String("Image too dark")), qPrintable(messages));
    QCOMPARE(js(QStringLiteral("document.getElementById('progress').getAttribute('data-value')"))
                 .toString(),
             QStringLiteral("0"));
    QCOMPARE(
        js(QStringLiteral("document.querySelector('.task').getAttribute('data-state')")).toString(),
        QStringLiteral("not_analysed"));
}

void tst_SandboxPageScript::cancelledChooserChangesNothing()
{
    m_page->file.clear(); // the user closes the camera
    const QString id = m_server->workOrderIds().at(7);
    open(id);
    tap(QStringLiteral("document.querySelector('button.take-photo')"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->chooserOpened, 1, 10000);
    QTest::qWait(300);
    QCOMPARE(
        js(QStringLiteral("document.querySelector('li.task-group').getAttribute('data-taken')"))
            .toString(),
        QStringLiteral("false"));
    QVERIFY(m_server->workOrderJson(id).value(QLatin1String("inputs")).toArray().isEmpty());
}

void tst_SandboxPageScript::scriptClickCannotOpenTheChooser()
{
    // Documents the platform rule automation must live with (a script's click() is no gesture).
    m_page->file = savePhoto(SandboxImageAnalyzer::sampleImage(5), QStringLiteral("s.jpg"));
    open(m_server->workOrderIds().at(7));
    js(QStringLiteral("document.querySelector('button.take-photo').click()"));
    QTest::qWait(500);
    QCOMPARE(m_page->chooserOpened, 0);
}

QTEST_MAIN(tst_SandboxPageScript)
#include "tst_sandboxpagescript.moc"
