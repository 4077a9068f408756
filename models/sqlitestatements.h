// The registry's batched statements in SQLite mode (page merges, setHealth), run through SQLite's C API on the
// connection Qt's driver opened. Qt's binding costs more than SQLite's work on these: QSqlResult renames every "?"
// to ":N" with QString::arg on each execution (and SQLite resolves the names in time quadratic in their number),
// copies every value into its own list, converts text to UTF-16 and back, and caches each result row.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace RegistryInternal {

/// One result row of a batched statement, read as QSqlQuery::value() reads it: Qt's query (team mode) or SQLite's
/// statement. Valid only inside the row callback it is passed to.
class BatchRow final
{
public:
    explicit BatchRow(const QSqlQuery &query)
        : m_query(&query)
    {
    }
    explicit BatchRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    /// Column \a column: NULL an invalid QVariant, INTEGER qlonglong, REAL double, TEXT QString, BLOB QByteArray.
    QVariant value(int column) const;
    /// Column \a column as UTF-8 text. From SQLite's statement the bytes are SQLite's own, not copied: valid only
    /// inside the row callback (nothing is decoded or allocated for a row).
    QByteArray utf8(int column) const;

private:
    const QSqlQuery *m_query = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

/// Prepared statements on one SQLite connection, cached per SQL text, bound and stepped directly. Owned by the
/// Registry of that connection (one thread) and destroyed before Qt closes it: sqlite3_close() refuses to close a
/// connection that still has statements.
class SqliteStatements final
{
public:
    /// The connection under \a db when its driver is Qt's SQLite driver built on the SQLite library Onramp links
    /// (the same source id; Debian's driver uses the system library), else nullptr: the registry then runs these
    /// statements through Qt as well.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    explicit SqliteStatements(sqlite3 *db);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    /// Runs \a sql with \a binds bound in order (a null QString binds '' as Qt's path does via bindable(); an
    /// invalid QVariant binds NULL), calling \a onRow for each result row; the statement is reset after, so it
    /// holds no read lock. A failure comes back as the QSqlError Qt's driver would have made (native code: SQLite's
    /// result code), for Registry::sqlError().
    std::optional<QSqlError> run(
        const QString &sql, const QVariantList &binds, const std::function<void(const BatchRow &)> &onRow);
    /// Prepares \a sql now, for a later run() (a batched statement of 256 rows takes several ms to prepare).
    std::optional<QSqlError> prepare(const QString &sql);

private:
    QSqlError lastError(const QString &what, int code) const;

    sqlite3 *m_db;
    QHash<QString, sqlite3_stmt *> m_statements;
    std::vector<QByteArray> m_texts; ///< the UTF-8 of the text binds, alive until the statement is reset
};

} // namespace RegistryInternal
