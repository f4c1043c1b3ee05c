// Every window and dialog a technician meets, walked as shown: each control a finger hits is at
// least 48 × 48 logical px (the exceptions below are named with their reason), each shown text
// reads against what is behind it (4.5:1, 3:1 when disabled), and every dialog fits the screen,
// in the light, dark and high-contrast themes. ctest runs it on a 1280 × 800 tablet at 100 % and
// on a 2560 × 1600 one at 200 % (tests/ui/tablet-*.json, the offscreen platform's screens).

#include "appearance.h"
#include "cameracapturedialog.h"
#include "closeconfirmationdialog.h"
#include "feedframesource.h"
#include "kiosklock.h"
#include "mainwindow.h"
#include "modalvisit.h"
#include "pinhasher.h"
#include "pinpaddialog.h"
#include "testapp.h"
#include "touchstyle.h"
#include "wcagcontrast.h"
#include "workorderdetailspane.h"
#include "workorderstore.h"
#include "workordertablemodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int kTarget = TouchStyle::kTarget;

// What may be smaller than a finger, and why.
const char *exceptionFor(const QWidget *widget)
{
    if (qobject_cast<const QSplitterHandle *>(widget))
        return "the split between list and details is kept across selections and restarts; "
               "moving it is a desk-side adjustment, the list and the pane stay usable as they are";
    if (const auto *bar = qobject_cast<const QScrollBar *>(widget)) {
        // A view's scroll bar lives in a container child of the view.
        for (const QWidget *w = bar->parentWidget(); w; w = w->parentWidget())
            if (qobject_cast<const QAbstractScrollArea *>(w))
                return TouchStyle::scrollsByDragging(w)
                           ? "the view scrolls by dragging its content; the bar shows where it is"
                           : nullptr;
    }
    return nullptr;
}

QString nameOf(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text().left(40);
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u'#' + widget->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" \"%1\"").arg(text);
    return name;
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// The colour a widget's text is read against: its own background where it paints one, else the
// nearest ancestor's that does.
QColor backgroundBehind(const QWidget *widget, QPalette::ColorGroup group)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow() || w->testAttribute(Qt::WA_StyledBackground)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w))
            return w->palette().color(group, w->backgroundRole());
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()))
            if (area->viewport() == w)
                return w->palette().color(group, w->backgroundRole());
    }
    return widget->palette().color(group, QPalette::Window);
}

bool showsText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return !label->text().isEmpty() && label->pixmap().isNull();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return !button->text().isEmpty();
    return qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget)
           || qobject_cast<const QTabBar *>(widget);
}

// What a walk found wrong, one line each.
class Walk
{
public:
    explicit Walk(QString place)
        : m_place(std::move(place))
    { }

    void visit(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            ++m_seen;
            checkSize(w);
            checkContrast(w);
        }
        checkFitsScreen(root);
    }

    const QStringList &problems() const { return m_problems; }
    int seen() const { return m_seen; }

private:
    void problem(const QWidget *w, const QString &what)
    {
        m_problems << QStringLiteral("%1: %2: %3").arg(m_place, nameOf(w), what);
    }

    void atLeast(const QWidget *w, const QSize &size, const QString &part = {})
    {
        if (size.width() >= kTarget && size.height() >= kTarget)
            return;
        if (exceptionFor(w))
            return;
        problem(w, (part.isEmpty() ? QString() : part + u' ') + sizeText(size));
    }

    void checkSize(const QWidget *w)
    {
        // A field inside a combo or spin box is hit as part of it.
        const QWidget *parent = w->parentWidget();
        const bool part = parent
                          && (qobject_cast<const QComboBox *>(parent)
                              || qobject_cast<const QAbstractSpinBox *>(parent));
        if (part)
            return;
        if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QSplitterHandle *>(w)) {
            atLeast(w, w->size());
        } else if (const auto *bar = qobject_cast<const QScrollBar *>(w)) {
            const int extent = bar->orientation() == Qt::Vertical ? bar->width() : bar->height();
            if (extent < kTarget && !exceptionFor(w))
                problem(w, QStringLiteral("scroll bar %1 px wide, and its view does not scroll "
                                          "by dragging")
                               .arg(extent));
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                atLeast(w, tabs->tabRect(i).size(),
                        QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        } else if (const auto *header = qobject_cast<const QHeaderView *>(w)) {
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) || header->sectionSize(i) == 0)
                    continue;
                const QSize section = header->orientation() == Qt::Horizontal
                                          ? QSize(header->sectionSize(i), header->height())
                                          : QSize(header->width(), header->sectionSize(i));
                atLeast(w, section, QStringLiteral("section %1").arg(i));
            }
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                return;
            const auto *table = qobject_cast<const QTableView *>(view);
            for (int row = 0; row < std::min(model->rowCount(view->rootIndex()), 40); ++row) {
                // A table's row is hit on its whole height, grid line included.
                const int height =
                    table ? table->rowHeight(row)
                          : view->visualRect(model->index(row, 0, view->rootIndex())).height();
                if (height > 0 && height < kTarget)
                    problem(w, QStringLiteral("row %1 is %2 px tall").arg(row).arg(height));
            }
        } else if (const auto *bar = qobject_cast<const QMenuBar *>(w)) {
            for (QAction *action : bar->actions())
                if (action->isVisible())
                    atLeast(w, bar->actionGeometry(action).size(),
                            QStringLiteral("entry \"%1\"").arg(action->text()));
        } else if (const auto *menu = qobject_cast<const QMenu *>(w)) {
            for (QAction *action : menu->actions())
                if (action->isVisible() && !action->isSeparator())
                    atLeast(w, menu->actionGeometry(action).size(),
                            QStringLiteral("entry \"%1\"").arg(action->text()));
        }
    }

    void checkContrast(const QWidget *w)
    {
        if (!showsText(w))
            return;
        const bool enabled = w->isEnabled();
        const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
        const QColor text = w->palette().color(group, w->foregroundRole());
        const QColor behind = qobject_cast<const QAbstractButton *>(w)
                                      && !qobject_cast<const QLabel *>(w)
                                      && !(qobject_cast<const QToolButton *>(w)
                                           && static_cast<const QToolButton *>(w)->autoRaise())
                                  ? w->palette().color(group, QPalette::Button)
                                  : backgroundBehind(w, group);
        const double minimum = enabled ? WcagContrast::kText : WcagContrast::kControl;
        const double ratio = WcagContrast::ratio(text, behind);
        if (ratio < minimum)
            problem(w, QStringLiteral("text %1 on %2 is %3:1 (%4 wanted)")
                           .arg(text.name(), behind.name())
                           .arg(ratio, 0, 'f', 2)
                           .arg(minimum));
    }

    void checkFitsScreen(const QWidget *root)
    {
        if (!root->isWindow())
            return;
        const QRect screen = root->screen()->availableGeometry();
        if (root->frameGeometry().width() > screen.width()
            || root->frameGeometry().height() > screen.height())
            m_problems << QStringLiteral("%1: %2 is %3, larger than the screen's %4")
                              .arg(m_place, nameOf(root), sizeText(root->frameGeometry().size()),
                                   sizeText(screen.size()));
    }

    QString m_place;
    QStringList m_problems;
    int m_seen = 0;
};
} // namespace

class tst_TouchTargets : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void walkFindsWhatIsTooSmallOrFaint();
    void everyScreenIsTouchSizedAndReadable_data();
    void everyScreenIsTouchSizedAndReadable();

private:
    void walk(const QString &place, QWidget *root);
    // Triggers `open` and walks the modal dialog it shows.
    void walkDialog(const QString &place, const std::function<void()> &open);
    void selectKey(const QString &key);

    std::unique_ptr<TestApp> m_app;
    MainWindow *m_window = nullptr;
    QStringList m_problems;
    int m_places = 0;
};

void tst_TouchTargets::init()
{
    m_problems.clear();
    m_places = 0;
}

void tst_TouchTargets::cleanup()
{
    m_app.reset();
}

void tst_TouchTargets::walk(const QString &place, QWidget *root)
{
    Walk walk(place);
    walk.visit(root);
    QVERIFY2(walk.seen() > 0, qPrintable(place + QStringLiteral(" showed nothing")));
    m_problems << walk.problems();
    ++m_places;
}

void tst_TouchTargets::walkDialog(const QString &place, const std::function<void()> &open)
{
    ModalVisit visit([this, place](QWidget *dialog) { walk(place, dialog); }, m_window);
    open();
    QTRY_VERIFY2(visit.visited(), qPrintable(place + QStringLiteral(" was never shown")));
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void tst_TouchTargets::selectKey(const QString &key)
{
    QTableView *table = m_window->tableView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(WorkOrderTableModel::KeyRole).toString() == key) {
            table->selectRow(row);
            QCOMPARE(m_window->selectedKey(), key);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(key)));
}

void tst_TouchTargets::walkFindsWhatIsTooSmallOrFaint()
{
    // What the walk is for, shown once: a button set to 40 px, a faint label, a tall window;
    // a button left to the style passes.
    Appearance::apply(DisplayPreferences::Theme::Light, DisplayPreferences::TextSize::Normal);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *small = new QPushButton(QStringLiteral("Small"), &window);
    small->setFixedSize(120, 40);
    auto *faint = new QLabel(QStringLiteral("Faint"), &window);
    QPalette palette = faint->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Window).darker(115));
    faint->setPalette(palette);
    auto *fine = new QPushButton(QStringLiteral("Fine"), &window);
    layout->addWidget(small);
    layout->addWidget(faint);
    layout->addWidget(fine);
    window.resize(400, 4000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Walk walk(QStringLiteral("sample"));
    walk.visit(&window);
    const QString found = walk.problems().join(u'\n');
    QCOMPARE(walk.problems().size(), 3);
    QVERIFY2(found.contains(QStringLiteral("\"Small\": 120×40")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("\"Faint\": text")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("larger than the screen")), qPrintable(found));
}

void tst_TouchTargets::everyScreenIsTouchSizedAndReadable_data()
{
    QTest::addColumn<DisplayPreferences::Theme>("theme");
    QTest::addColumn<DisplayPreferences::TextSize>("textSize");
    using Theme = DisplayPreferences::Theme;
    using Size = DisplayPreferences::TextSize;
    QTest::newRow("light") << Theme::Light << Size::Normal;
    QTest::newRow("dark") << Theme::Dark << Size::Normal;
    QTest::newRow("high contrast") << Theme::HighContrast << Size::Normal;
    QTest::newRow("light, extra large text") << Theme::Light << Size::ExtraLarge;
    QTest::newRow("high contrast, large text") << Theme::HighContrast << Size::Large;
}

void tst_TouchTargets::everyScreenIsTouchSizedAndReadable()
{
    QFETCH(DisplayPreferences::Theme, theme);
    QFETCH(DisplayPreferences::TextSize, textSize);
    m_app = std::make_unique<TestApp>();
    QString why;
    QVERIFY2(m_app->startSandbox(&why), qPrintable(why));
    m_app->options.theme = theme;
    m_app->options.textSize = textSize;
    m_app->site.threshold = 80;
    {
        // A list as a week of work leaves it: one work order in each state, with progress.
        WorkOrderStore seed;
        QVERIFY(seed.open(m_app->databaseFile()));
        const QString remoteId = m_app->sandbox.workOrderIds().constFirst();
        QList<WorkOrder> orders;
        const QList<std::pair<WorkOrderStatus, int>> states = {
            {WorkOrderStatus::Planned, -1},    {WorkOrderStatus::Blocked, 45},
            {WorkOrderStatus::InProgress, 70}, {WorkOrderStatus::ReadyToClose, 100},
            {WorkOrderStatus::Closed, 100},
        };
        for (const auto &[status, progress] : states) {
            WorkOrder wo;
            wo.key = wo.name = QStringLiteral("WO-TOUCH-%1").arg(orders.size() + 1);
            wo.status = status;
            wo.plannedDate = QDate(2026, 12, 1);
            wo.address = QStringLiteral("1 place Bellecour, Lyon");
            wo.technicianName = QStringLiteral("Léa Dubois");
            if (progress >= 0) {
                wo.deepomaticId = remoteId;
                wo.lastProgress =
                    ProgressReading::fromApi(progress, QDateTime::currentDateTimeUtc());
            }
            orders << wo;
        }
        WorkOrderEvent planned;
        planned.kind = QStringLiteral("planned");
        QVERIFY(seed.insert(orders, planned));
    }
    QVERIFY(m_app->launch());
    m_window = m_app->window();
    m_window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QString screen = sizeText(m_window->screen()->size())
                           + QStringLiteral(" at %1 %").arg(m_window->devicePixelRatio() * 100);
    qInfo().noquote() << "screen" << screen;

    // The list and the details of a planned work order, then those of each status the sandbox
    // seeded, on both tabs.
    QTableView *table = m_window->tableView();
    QVERIFY(table->model()->rowCount() > 3);
    auto *tabs = m_window->detailsPane()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        selectKey(table->model()->index(row, 0).data(WorkOrderTableModel::KeyRole).toString());
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            walk(QStringLiteral("main window, row %1, tab %2").arg(row).arg(tabs->tabText(tab)),
                 m_window);
        }
    }

    // Every menu, from the menu bar and from the Menu button.
    for (QAction *entry : m_window->menuBar()->actions()) {
        QMenu *menu = entry->menu();
        QVERIFY(menu);
        menu->popup(m_window->mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(!menu->actions().isEmpty());
        walk(QStringLiteral("menu %1").arg(entry->text()), menu);
        menu->hide();
    }
    QMenu *appMenu = m_window->menuButton()->menu();
    QVERIFY(appMenu);
    appMenu->popup(m_window->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(appMenu));
    walk(QStringLiteral("Menu button"), appMenu);
    appMenu->hide();

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

    // What a tap opens over the window: the camera (live, then the photo to review), the close
    // confirmation, and the kiosk's PIN keypad. Shown as the product shows them.
    {
        FeedFrameSource camera;
        QImage frame(1280, 960, QImage::Format_RGB32);
        frame.fill(QColor(90, 120, 80));
        camera.firstFrame = frame;
        CameraCaptureDialog dialog(&camera, m_window);
        dialog.showFullScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.shutterButton()->isEnabled());
        walk(QStringLiteral("Camera, live"), &dialog);
        dialog.shutterButton()->click();
        QTRY_VERIFY(dialog.keepButton()->isVisible());
        walk(QStringLiteral("Camera, review"), &dialog);
    }
    {
        WorkOrder wo;
        wo.key = wo.name = QStringLiteral("WO-TOUCH-4");
        wo.address = QStringLiteral("1 place Bellecour, Lyon");
        wo.lastProgress = ProgressReading::fromApi(100, QDateTime::currentDateTimeUtc());
        CloseConfirmationDialog dialog(
            wo, CloseDecision{true, false, false, false, QStringLiteral("Verified at 100 %.")},
            m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        walk(QStringLiteral("Close confirmation"), &dialog);
    }
    {
        KioskLock lock(
            PinHasher::hash(QStringLiteral("4829"), QByteArray(16, 'k'), PinHash::MinIterations));
        PinPadDialog dialog(&lock, m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        walk(QStringLiteral("Kiosk PIN keypad"), &dialog);
    }

    qInfo().noquote() << m_places << "screens walked";
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

QTEST_MAIN(tst_TouchTargets)
#include "tst_touchtargets.moc"
