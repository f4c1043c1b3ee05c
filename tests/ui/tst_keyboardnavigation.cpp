// The main window with a keyboard only: Tab walks every control in the order they are laid out
// (tool bar, search, filter, list, the work order's actions, its tabs) and comes back round;
// Shift+Tab walks it back; Enter on a row opens the work order in Deepomatic when it can be
// opened, else puts the focus on its first action; Return to FieldConnect is reached with Tab
// and brings the focus back to the list; the application menu opens from the keyboard.

#include "connectorview.h"
#include "mainwindow.h"
#include "testapp.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"
#include "workordertablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <memory>

namespace {
WorkOrder make(const QString &key, WorkOrderStatus status, int progress, const QString &remoteId)
{
    WorkOrder wo;
    wo.key = wo.name = key;
    wo.status = status;
    wo.plannedDate = QDate(2026, 12, 1);
    wo.address = QStringLiteral("1 place Bellecour, Lyon");
    wo.technicianName = QStringLiteral("Léa Dubois");
    if (progress >= 0) {
        wo.deepomaticId = remoteId;
        wo.lastProgress = ProgressReading::fromApi(progress, QDateTime::currentDateTimeUtc());
    }
    return wo;
}

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u'#' + w->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    return name;
}
} // namespace

class tst_KeyboardNavigation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tabWalksTheWindowInLayoutOrder_data();
    void tabWalksTheWindowInLayoutOrder();
    void shiftTabWalksItBack();
    void enterOnARowOpensTheWorkOrder();
    void enterOnARowThatCannotOpenGoesToItsAction();
    void menuButtonOpensFromTheKeyboard();

private:
    void selectKey(const QString &key);
    // The focus chain from the search field, pressing `key` until it comes back to it.
    QList<QWidget *> cycle(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QToolButton *toolBarButton(QAction *action) const;

    std::unique_ptr<TestApp> m_app;
    MainWindow *m_window = nullptr;
};

void tst_KeyboardNavigation::init()
{
    m_app = std::make_unique<TestApp>();
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    m_app->site.threshold = 80;
    {
        WorkOrderStore seed;
        QVERIFY(seed.open(m_app->databaseFile()));
        const QString remoteId = m_app->sandbox.workOrderIds().constFirst();
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("planned");
        QVERIFY(seed.insert(
            {make(QStringLiteral("WO-KEY-PLANNED"), WorkOrderStatus::Planned, -1, remoteId),
             make(QStringLiteral("WO-KEY-BLOCKED"), WorkOrderStatus::Blocked, 45, remoteId),
             make(QStringLiteral("WO-KEY-READY"), WorkOrderStatus::ReadyToClose, 100, remoteId)},
            planned));
    }
    QVERIFY(m_app->launch());
    m_window = m_app->window();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void tst_KeyboardNavigation::cleanup()
{
    m_window = nullptr;
    m_app.reset();
}

void tst_KeyboardNavigation::selectKey(const QString &key)
{
    m_window->selectWorkOrder(key);
    QCOMPARE(m_window->selectedKey(), key);
    QCOMPARE(m_window->detailsPane()->currentKey(), key);
}

QToolButton *tst_KeyboardNavigation::toolBarButton(QAction *action) const
{
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("siteBar"));
    return bar ? qobject_cast<QToolButton *>(bar->widgetForAction(action)) : nullptr;
}

QList<QWidget *> tst_KeyboardNavigation::cycle(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QLineEdit *search = m_window->searchField();
    search->setFocus(Qt::TabFocusReason);
    QList<QWidget *> chain{search};
    for (int i = 0; i < 80; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, key, modifiers);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == search)
            break;
        chain << now;
    }
    return chain;
}

void tst_KeyboardNavigation::tabWalksTheWindowInLayoutOrder_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("closeAllowed");
    QTest::newRow("blocked: Close is skipped") << QStringLiteral("WO-KEY-BLOCKED") << false;
    QTest::newRow("ready: Close is reached") << QStringLiteral("WO-KEY-READY") << true;
}

void tst_KeyboardNavigation::tabWalksTheWindowInLayoutOrder()
{
    QFETCH(QString, key);
    QFETCH(bool, closeAllowed);
    selectKey(key);
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    QCOMPARE(pane->closeButton()->isEnabled(), closeAllowed);
    auto *tabs = pane->findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
    QVERIFY(tabs);

    const QList<QWidget *> chain = cycle(Qt::Key_Tab);
    QStringList seen;
    for (const QWidget *w : chain)
        seen << describe(w);
    const QString walked = seen.join(QStringLiteral("\n  "));
    QVERIFY2(QApplication::focusWidget() == m_window->searchField(),
             qPrintable(QStringLiteral("Tab never came back to the search field:\n  ") + walked));

    // In the order a reader of the screen meets them.
    QList<QWidget *> expected{
        m_window->searchField(), m_window->statusFilter(), m_window->batchCreateButton(),
        m_window->tableView(),   pane->openButton(),       pane->previewButton(),
        pane->refreshButton()};
    if (closeAllowed)
        expected << pane->closeButton();
    expected << tabs->tabBar() << m_window->menuButton()
             << toolBarButton(m_window->settingsAction())
             << toolBarButton(m_window->displayAction());
    int at = -1;
    for (QWidget *w : std::as_const(expected)) {
        QVERIFY(w);
        const int found = chain.indexOf(w);
        QVERIFY2(found >= 0,
                 qPrintable(describe(w) + QStringLiteral(" is never reached:\n  ") + walked));
        QVERIFY2(found > at,
                 qPrintable(describe(w) + QStringLiteral(" comes too early:\n  ") + walked));
        at = found;
    }
    // What cannot be used is not a stop on the way.
    if (!closeAllowed)
        QVERIFY(!chain.contains(pane->closeButton()));
    for (const QWidget *w : chain) {
        QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(describe(w)));
        QVERIFY2(!m_window->connectorView()->isAncestorOf(w), qPrintable(describe(w)));
    }
}

void tst_KeyboardNavigation::shiftTabWalksItBack()
{
    selectKey(QStringLiteral("WO-KEY-READY"));
    QList<QWidget *> forward = cycle(Qt::Key_Tab);
    QList<QWidget *> backward = cycle(Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(forward.size() > 10);
    // The same stops, from the search field, the other way round.
    std::reverse(backward.begin() + 1, backward.end());
    QCOMPARE(backward, forward);
}

void tst_KeyboardNavigation::enterOnARowOpensTheWorkOrder()
{
    selectKey(QStringLiteral("WO-KEY-BLOCKED"));
    QTableView *table = m_window->tableView();
    table->setFocus(Qt::TabFocusReason);
    QVERIFY(m_window->detailsPane()->openButton()->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(m_window->isConnectorShown());

    // Back with the keyboard: Tab reaches Return to FieldConnect, Space presses it.
    QPushButton *back = m_window->connectorView()->returnButton();
    for (int i = 0; i < 20 && QApplication::focusWidget() != back; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window,
                        Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), back);
    QTest::keyClick(back, Qt::Key_Space);
    QVERIFY(!m_window->isConnectorShown());
    // Where it left off: on the list, the same work order current.
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(m_window->selectedKey(), QStringLiteral("WO-KEY-BLOCKED"));
}

void tst_KeyboardNavigation::enterOnARowThatCannotOpenGoesToItsAction()
{
    // Not in Deepomatic yet: nothing to open, its first action is Create.
    selectKey(QStringLiteral("WO-KEY-PLANNED"));
    QTableView *table = m_window->tableView();
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(!m_window->isConnectorShown());
    QCOMPARE(QApplication::focusWidget(), m_window->detailsPane()->createButton());
    // A modified Enter is not the row's action.
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), table);
}

void tst_KeyboardNavigation::menuButtonOpensFromTheKeyboard()
{
    QToolButton *menu = m_window->menuButton();
    menu->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), menu);
    // The menu pops up at once and runs its own event loop until it closes: looked at from a
    // timer while it is open, then closed with Escape as a keyboard user would.
    QPointer<QMenu> popup;
    int actions = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *shown = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!shown)
            return;
        poll.stop();
        popup = shown;
        actions = int(shown->actions().size());
        QTest::keyClick(shown, Qt::Key_Escape);
    });
    poll.start();
    // Escape is sent anyway after a while, so that a menu that never opens fails, not hangs.
    QTimer::singleShot(10000, this, [] {
        if (QWidget *open = QApplication::activePopupWidget())
            open->close();
    });
    QTest::keyClick(menu, Qt::Key_Space);
    QTRY_VERIFY(popup);
    QCOMPARE(popup.data(), menu->menu());
    // Every menu of the menu bar, among them Sign out and Import planning.
    QVERIFY(actions >= 3);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

QTEST_MAIN(tst_KeyboardNavigation)
#include "tst_keyboardnavigation.moc"
