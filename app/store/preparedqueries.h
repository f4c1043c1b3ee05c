#pragma once

#include <QHash>
#include <QString>

#include <memory>

class QSqlQuery;

// The statements of one database connection, each prepared once and kept: SQLite parses a
// statement when it is prepared, and parsing the same few statements again for every work order
// was a third of a batch's CPU. A caller finishes a statement once its result is read (so that
// no read snapshot is held), and it is finished again when handed out.
class PreparedQueries
{
public:
    explicit PreparedQueries(QString connection);
    ~PreparedQueries();
    PreparedQueries(const PreparedQueries &) = delete;
    PreparedQueries &operator=(const PreparedQueries &) = delete;

    // The statement for `sql`, prepared on first use, its last result finished; nullptr with
    // *error set when it cannot be prepared. Not re-entrant for one `sql`: a caller reads its
    // result before the same statement is asked for again.
    QSqlQuery *get(const QString &sql, QString *error = nullptr);
    // Drops every statement: before the connection is closed or reopened.
    void clear();

private:
    QString m_connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};
