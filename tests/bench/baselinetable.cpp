#include "baselinetable.h"

#include "baselinetablemodel.h"
#include "firstpaintwatcher.h"

#include <QApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>

#include <cstdio>

int BaselineTable::run(int argc, char **argv, const char *dataDir)
{
    QApplication app(argc, argv);
    const QString file =
        QDir(QString::fromLocal8Bit(dataDir)).filePath(QStringLiteral("fieldconnect.sqlite"));
    QList<BaselineTableModel::Row> rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(file);
        if (!db.open()) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(db.lastError().text()));
            return 1;
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The same rows in the same order as the app's list.
        if (!q.exec(QStringLiteral("SELECT name, status, progress_value, planned_date, "
                                   "technician_name, address FROM work_orders "
                                   "ORDER BY planned_date, key"))) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));

    BaselineTableModel model;
    model.setRows(std::move(rows));
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    auto *watcher = new FirstPaintWatcher(view.viewport());
    QObject::connect(watcher, &FirstPaintWatcher::painted, &app, [&model] {
        std::printf("BASELINE_READY rows=%d\n", model.rowCount());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    view.show();
    return app.exec();
}
