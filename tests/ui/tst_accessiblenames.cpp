// What a screen reader says of every control a technician meets: each interactive widget of the
// main window, the connector view and every dialog has a name in Qt's accessibility tree (the
// text AT-SPI and UI Automation read out), the exceptions named with their reason; a blocked
// Close says why, and the list says the progress in words. Walked as shown, offscreen (the
// AT-SPI test, tests/e2e/atspi, checks the same through the real desktop bus).

#include "cameracapturedialog.h"
#include "closeconfirmationdialog.h"
#include "feedframesource.h"
#include "interventioncontroller.h"
#include "kiosklock.h"
#include "mainwindow.h"
#include "modalvisit.h"
#include "photoviewer.h"
#include "pinhasher.h"
#include "pinpaddialog.h"
#include "testapp.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"
#include "workordertablemodel.h"
#include "zoomableimage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace {

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
           || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

// What may go without a name of its own, and why.
const char *exceptionFor(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (parent
        && (qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)))
        return "the field inside a combo or spin box is read as part of it";
    if (qobject_cast<const QHeaderView *>(widget)
        && qobject_cast<const QAbstractItemView *>(parent))
        return "a view's header is read as the column headers of its view, which is named";
    if (qobject_cast<const QScrollBar *>(widget))
        return "a view's scroll bar is read with its view, which is named";
    return nullptr;
}

QString nameOf(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u'#' + widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        if (!button->text().isEmpty())
            name += QStringLiteral(" \"%1\"").arg(button->text());
    return name;
}

QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(text) : QString();
}

// Every shown interactive widget under a root, and those without an accessible name.
class NameWalk
{
public:
    explicit NameWalk(QString place)
        : m_place(std::move(place))
    { }

    void visit(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || !isInteractive(w) || exceptionFor(w))
                continue;
            ++m_seen;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface) {
                m_problems
                    << QStringLiteral("%1: %2: no accessible interface").arg(m_place, nameOf(w));
                continue;
            }
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                m_problems << QStringLiteral("%1: %2: no accessible name").arg(m_place, nameOf(w));
        }
    }

    const QStringList &problems() const { return m_problems; }
    int seen() const { return m_seen; }

private:
    QString m_place;
    QStringList m_problems;
    int m_seen = 0;
};

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
} // namespace

class tst_AccessibleNames : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void walkFindsWhatHasNoName();
    void everyControlHasAName();
    void blockedCloseSaysWhy();
    void listSaysWhatItHolds();
    void cameraDialogNamesItsControls();
    void rowSelectedByAScreenReaderShowsItsDetails();

private:
    void walk(const QString &place, QWidget *root);
    void walkDialog(const QString &place, const std::function<void()> &open);
    void selectKey(const QString &key);

    std::unique_ptr<TestApp> m_app;
    MainWindow *m_window = nullptr;
    QStringList m_problems;
    int m_places = 0;
};

void tst_AccessibleNames::init()
{
    m_problems.clear();
    m_places = 0;
    m_app = std::make_unique<TestApp>();
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    m_app->site.threshold = 80;
    m_app->site.supervisorOverride = true; // its reason dialog is walked too
    {
        WorkOrderStore seed;
        QVERIFY(seed.open(m_app->databaseFile()));
        const QString remoteId = m_app->sandbox.workOrderIds().constFirst();
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("planned");
        QVERIFY(seed.insert(
            {make(QStringLiteral("WO-A11Y-PLANNED"), WorkOrderStatus::Planned, -1, remoteId),
             make(QStringLiteral("WO-A11Y-BLOCKED"), WorkOrderStatus::Blocked, 45, remoteId),
             make(QStringLiteral("WO-A11Y-READY"), WorkOrderStatus::ReadyToClose, 100, remoteId),
             make(QStringLiteral("WO-A11Y-CLOSED"), WorkOrderStatus::Closed, 100, remoteId)},
            planned));
    }
    QVERIFY(m_app->launch());
    m_window = m_app->window();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_AccessibleNames::cleanup()
{
    m_window = nullptr;
    m_app.reset();
}

void tst_AccessibleNames::walk(const QString &place, QWidget *root)
{
    NameWalk walk(place);
    walk.visit(root);
    QVERIFY2(walk.seen() > 0, qPrintable(place + QStringLiteral(" showed no control")));
    m_problems << walk.problems();
    ++m_places;
}

void tst_AccessibleNames::walkDialog(const QString &place, const std::function<void()> &open)
{
    ModalVisit visit([this, place](QWidget *dialog) { walk(place, dialog); }, m_window);
    open();
    QTRY_VERIFY2(visit.visited(), qPrintable(place + QStringLiteral(" was never shown")));
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void tst_AccessibleNames::selectKey(const QString &key)
{
    m_window->selectWorkOrder(key);
    QCOMPARE(m_window->selectedKey(), key);
    QCOMPARE(m_window->detailsPane()->currentKey(), key);
}

void tst_AccessibleNames::walkFindsWhatHasNoName()
{
    // What the walk is for, shown once: a glyph-only button and a field with no label are
    // found; a labelled field, a worded button and a named icon button pass.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *glyph = new QToolButton(&window);
    glyph->setObjectName(QStringLiteral("glyph"));
    glyph->setIcon(window.style()->standardIcon(QStyle::SP_DialogCloseButton));
    auto *bare = new QLineEdit(&window);
    bare->setObjectName(QStringLiteral("bare"));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("Name:"), new QLineEdit(&window));
    layout->addLayout(form);
    auto *named = new QToolButton(&window);
    named->setIcon(window.style()->standardIcon(QStyle::SP_DialogOkButton));
    named->setAccessibleName(QStringLiteral("Confirm"));
    layout->addWidget(glyph);
    layout->addWidget(bare);
    layout->addWidget(named);
    layout->addWidget(new QPushButton(QStringLiteral("Worded"), &window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NameWalk walk(QStringLiteral("sample"));
    walk.visit(&window);
    QCOMPARE(walk.seen(), 5);
    QCOMPARE(walk.problems(),
             QStringList({QStringLiteral("sample: QToolButton#glyph: no accessible name"),
                          QStringLiteral("sample: QLineEdit#bare: no accessible name")}));
}

void tst_AccessibleNames::everyControlHasAName()
{
    // The list and the details of each work order, on both tabs.
    QTableView *table = m_window->tableView();
    QVERIFY(table->model()->rowCount() >= 4);
    auto *tabs = m_window->detailsPane()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString key =
            table->model()->index(row, 0).data(WorkOrderTableModel::KeyRole).toString();
        selectKey(key);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            walk(QStringLiteral("main window, %1, tab %2").arg(key, tabs->tabText(tab)), m_window);
        }
    }
    // What a search leaves: the field's clear button shows.
    QTest::keyClicks(m_window->searchField(), QStringLiteral("a11y"));
    walk(QStringLiteral("main window, searching"), m_window);
    m_window->searchField()->clear();

    // The connector view's bar, as it is before a page loads.
    m_window->showConnector();
    QApplication::processEvents();
    walk(QStringLiteral("connector view"), m_window);
    m_window->showWorkOrders();

    // Every dialog a technician opens.
    walkDialog(QStringLiteral("Settings"), [this] { m_window->settingsAction()->trigger(); });
    walkDialog(QStringLiteral("Display"), [this] { m_window->displayAction()->trigger(); });
    walkDialog(QStringLiteral("Sign out question"),
               [this] { m_window->signOutAction()->trigger(); });
    walkDialog(QStringLiteral("Outbox"), [this] { m_window->pendingBadge()->click(); });
    walkDialog(QStringLiteral("About"), [this] {
        QAction *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
    });
    walkDialog(QStringLiteral("Planning import"), [this] {
        m_window->importPlanningFile(
            QStringLiteral(FIELDCONNECT_SOURCE_DIR)
            + QStringLiteral("/resources/planning/planning-with-mistakes.csv"));
    });
    selectKey(QStringLiteral("WO-A11Y-READY"));
    walkDialog(QStringLiteral("Close confirmation"),
               [this] { m_window->detailsPane()->closeButton()->click(); });
    selectKey(QStringLiteral("WO-A11Y-BLOCKED"));
    QVERIFY(m_window->detailsPane()->overrideButton()->isVisible());
    walkDialog(QStringLiteral("Supervisor override"),
               [this] { m_window->detailsPane()->overrideButton()->click(); });
    {
        // Not modal: shown beside the list while the batch runs.
        QDialog *batch = m_window->createSelectedInDeepomatic();
        QVERIFY(QTest::qWaitForWindowExposed(batch));
        walk(QStringLiteral("Create in Deepomatic"), batch);
        batch->close();
    }
    {
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        PhotoViewer viewer(QStringLiteral("Meter — Photo of 01/12/2026"), photo, m_window);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        walk(QStringLiteral("Photo viewer"), &viewer);
    }
    {
        // The kiosk's keypad: digits read as themselves, Clear and Back say what they do.
        KioskLock lock(
            PinHasher::hash(QStringLiteral("4829"), QByteArray(16, 'k'), PinHash::MinIterations));
        PinPadDialog pad(&lock, m_window);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        walk(QStringLiteral("Kiosk PIN keypad"), &pad);
        QCOMPARE(accessibleText(pad.pinField(), QAccessible::Name),
                 QStringLiteral("Supervisor PIN"));
        QCOMPARE(accessibleText(pad.backButton(), QAccessible::Name),
                 QStringLiteral("Delete the last digit"));
    }

    qInfo().noquote() << m_places << "screens walked";
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void tst_AccessibleNames::blockedCloseSaysWhy()
{
    selectKey(QStringLiteral("WO-A11Y-BLOCKED"));
    WorkOrderDetailsPane *pane = m_window->detailsPane();
    const QString why = QStringLiteral(
        "Progress 45 %. At least 80 % is required. Reopen Deepomatic to take the missing photos.");
    QCOMPARE(pane->reasonLabel()->text(), why);
    QAccessibleInterface *close = QAccessible::queryAccessibleInterface(pane->closeButton());
    QVERIFY(close);
    QCOMPARE(close->role(), QAccessible::Button);
    QCOMPARE(close->text(QAccessible::Name), QStringLiteral("Close intervention"));
    QVERIFY(close->state().disabled);
    QCOMPARE(close->text(QAccessible::Description), why);
    // The explanation is read as text too, not only with the button.
    QAccessibleInterface *reason = QAccessible::queryAccessibleInterface(pane->reasonLabel());
    QVERIFY(reason);
    QCOMPARE(reason->text(QAccessible::Name), why);

    // Allowed: enabled, and it says so.
    selectKey(QStringLiteral("WO-A11Y-READY"));
    QVERIFY(!close->state().disabled);
    QCOMPARE(close->text(QAccessible::Description),
             QStringLiteral("Progress 100 %, verified. The intervention can be closed."));
    QAccessibleInterface *open = QAccessible::queryAccessibleInterface(pane->openButton());
    QVERIFY(open);
    QVERIFY(!open->state().disabled);
    QVERIFY(!open->text(QAccessible::Name).isEmpty());
}

void tst_AccessibleNames::listSaysWhatItHolds()
{
    selectKey(QStringLiteral("WO-A11Y-BLOCKED"));
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_window->tableView());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::Table);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Work orders"));
    QVERIFY(list->text(QAccessible::Description).contains(QLatin1String("Enter")));
    QAccessibleTableInterface *cells = list->tableInterface();
    QVERIFY(cells);
    QCOMPARE(cells->rowCount(), m_window->tableView()->model()->rowCount());
    // The progress column reads its words, not the bar it paints.
    const int row = m_window->tableView()->currentIndex().row();
    QAccessibleInterface *progress = cells->cellAt(row, WorkOrderTableModel::ProgressColumn);
    QVERIFY(progress);
    QCOMPARE(progress->text(QAccessible::Name), QStringLiteral("Progress 45 percent, verified"));
    QAccessibleInterface *name = cells->cellAt(row, WorkOrderTableModel::NameColumn);
    QVERIFY(name);
    QCOMPARE(name->text(QAccessible::Name), QStringLiteral("WO-A11Y-BLOCKED"));

    QAccessibleInterface *search = QAccessible::queryAccessibleInterface(m_window->searchField());
    QVERIFY(search);
    QCOMPARE(search->role(), QAccessible::EditableText);
    QCOMPARE(search->text(QAccessible::Name), QStringLiteral("Search work orders"));
    QAccessibleInterface *status = QAccessible::queryAccessibleInterface(m_window->statusFilter());
    QVERIFY(status);
    QCOMPARE(status->role(), QAccessible::ComboBox);
    QVERIFY(!status->text(QAccessible::Name).isEmpty());
    QCOMPARE(status->text(QAccessible::Description),
             QStringLiteral("Shows only the work orders with this status."));
    QAccessibleInterface *menu = QAccessible::queryAccessibleInterface(m_window->menuButton());
    QVERIFY(menu);
    QCOMPARE(menu->text(QAccessible::Name), QStringLiteral("Application menu"));
    // The progress bar of the pane, in words too.
    auto *bar = m_window->detailsPane()->findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(accessibleText(bar, QAccessible::Name),
             QStringLiteral("Progress 45 percent, verified"));
}

void tst_AccessibleNames::cameraDialogNamesItsControls()
{
    // The page's Take photo: live, then a photo under review; each button says what it acts on.
    FeedFrameSource camera;
    CameraCaptureDialog dialog(&camera, m_window);
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QImage frame(640, 480, QImage::Format_RGB32);
    frame.fill(Qt::darkCyan);
    camera.feed(frame);
    QTRY_VERIFY(dialog.shutterButton()->isEnabled());
    walk(QStringLiteral("Camera, live"), &dialog);
    dialog.shutterButton()->click();
    QTRY_VERIFY(dialog.keepButton()->isVisible());
    walk(QStringLiteral("Camera, review"), &dialog);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));

    const QList<QPair<QWidget *, QString>> named{
        {dialog.cancelButton(), QStringLiteral("Cancel the photo")},
        {dialog.fileButton(), QStringLiteral("Choose a photo file")},
        {dialog.retakeButton(), QStringLiteral("Retake the photo")},
        {dialog.shutterButton(), QStringLiteral("Take photo")},
        {dialog.keepButton(), QStringLiteral("Use this photo")},
        {dialog.picture(), QStringLiteral("Camera picture")}};
    for (const auto &[widget, name] : named) {
        QCOMPARE(accessibleText(widget, QAccessible::Name), name);
        if (qobject_cast<QPushButton *>(widget))
            QVERIFY2(!accessibleText(widget, QAccessible::Description).isEmpty(), qPrintable(name));
    }
    // The status line is read as what it says, not as a name over it.
    QCOMPARE(accessibleText(dialog.statusLabel(), QAccessible::Name), dialog.statusLabel()->text());
    dialog.reject();
}

void tst_AccessibleNames::rowSelectedByAScreenReaderShowsItsDetails()
{
    // What an assistive tool does through AT-SPI's Table: selects a row, the current one
    // untouched; the details pane follows as it does for a tap.
    selectKey(QStringLiteral("WO-A11Y-READY"));
    QTableView *table = m_window->tableView();
    int blocked = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(WorkOrderTableModel::KeyRole).toString()
            == QLatin1String("WO-A11Y-BLOCKED"))
            blocked = row;
    QVERIFY(blocked >= 0);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(table);
    QVERIFY(list);
    QAccessibleTableInterface *cells = list->tableInterface();
    QVERIFY(cells);
    const QList<int> before = cells->selectedRows();
    for (int row : before)
        QVERIFY(cells->unselectRow(row));
    QVERIFY(cells->selectRow(blocked));
    QTRY_COMPARE(m_window->detailsPane()->currentKey(), QStringLiteral("WO-A11Y-BLOCKED"));
    QCOMPARE(m_window->selectedKey(), QStringLiteral("WO-A11Y-BLOCKED"));
    QCOMPARE(cells->selectedRows(), QList<int>{blocked});
    QVERIFY(!m_window->detailsPane()->closeButton()->isEnabled());
}

QTEST_MAIN(tst_AccessibleNames)
#include "tst_accessiblenames.moc"
