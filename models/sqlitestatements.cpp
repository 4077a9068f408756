#include "models/sqlitestatements.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace RegistryInternal {

QVariant BatchRow::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_statement, column);
        return QVariant(QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)));
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

QByteArray BatchRow::utf8(int column) const
{
    if (m_query)
        return m_query->value(column).toString().toUtf8();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

sqlite3 *SqliteStatements::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The handle is a pointer into whichever SQLite the driver was built with: use it only if that is ours.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next()
        || q.value(0).toString() != QLatin1StringView(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatements::SqliteStatements(sqlite3 *db)
    : m_db(db)
{
}

SqliteStatements::~SqliteStatements()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

QSqlError SqliteStatements::lastError(const QString &what, int code) const
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError, QString::number(code));
}

std::optional<QSqlError> SqliteStatements::prepare(const QString &sql)
{
    if (m_statements.contains(sql))
        return std::nullopt;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int rc
        = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return lastError(QStringLiteral("Unable to execute statement"), rc);
    }
    m_statements.insert(sql, statement);
    return std::nullopt;
}

std::optional<QSqlError> SqliteStatements::run(
    const QString &sql, const QVariantList &binds, const std::function<void(const BatchRow &)> &onRow)
{
    if (std::optional<QSqlError> e = prepare(sql))
        return e;
    sqlite3_stmt *statement = m_statements.value(sql);
    if (sqlite3_bind_parameter_count(statement) != binds.size())
        return QSqlError(QStringLiteral("Parameter count mismatch"), QString(), QSqlError::StatementError);

    // Reset on every way out (a finished, failed or abandoned statement holds no lock); texts live until then.
    struct Reset
    {
        sqlite3_stmt *statement;
        std::vector<QByteArray> &texts;
        ~Reset()
        {
            sqlite3_reset(statement);
            texts.clear();
        }
    } reset { statement, m_texts };
    m_texts.reserve(size_t(binds.size()));
    int rc = SQLITE_OK;
    for (int i = 0; i < binds.size() && rc == SQLITE_OK; ++i) {
        const QVariant &v = binds.at(i);
        const int index = i + 1;
        switch (v.typeId()) {
        case QMetaType::QString: // a null QString is '' (bindable()): NOT NULL text columns store absence as ''
            m_texts.push_back(v.toString().toUtf8());
            rc = sqlite3_bind_text(
                statement, index, m_texts.back().constData(), int(m_texts.back().size()), SQLITE_STATIC);
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, index, v.toLongLong());
            break;
        case QMetaType::ULongLong: // as Qt's driver: the bits, as a signed 64-bit integer
            rc = sqlite3_bind_int64(statement, index, qint64(v.toULongLong()));
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, index, v.toDouble());
            break;
        case QMetaType::QByteArray:
            m_texts.push_back(v.toByteArray());
            rc = sqlite3_bind_blob(
                statement, index, m_texts.back().constData(), int(m_texts.back().size()), SQLITE_STATIC);
            break;
        default:
            if (v.isNull()) {
                rc = sqlite3_bind_null(statement, index);
            } else {
                m_texts.push_back(v.toString().toUtf8());
                rc = sqlite3_bind_text(
                    statement, index, m_texts.back().constData(), int(m_texts.back().size()), SQLITE_STATIC);
            }
        }
    }
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("Unable to bind parameters"), rc);

    const BatchRow row(statement);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (onRow)
            onRow(row);
    }
    if (rc != SQLITE_DONE)
        return lastError(QStringLiteral("Unable to fetch row"), rc);
    return std::nullopt;
}

} // namespace RegistryInternal
