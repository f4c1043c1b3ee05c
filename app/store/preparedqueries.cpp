#include "preparedqueries.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

PreparedQueries::PreparedQueries(QString connection)
    : m_connection(std::move(connection))
{ }

PreparedQueries::~PreparedQueries() = default;

QSqlQuery *PreparedQueries::get(const QString &sql, QString *error)
{
    if (const auto it = m_queries.constFind(sql); it != m_queries.cend()) {
        it.value()->finish();
        return it.value().get();
    }
    auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection));
    q->setForwardOnly(true); // read once, front to back: no copy of the rows kept
    if (!q->prepare(sql)) {
        if (error)
            *error = q->lastError().text();
        return nullptr;
    }
    m_queries.insert(sql, q);
    return q.get();
}

void PreparedQueries::clear()
{
    m_queries.clear();
}
