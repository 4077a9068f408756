// Registry's private header: what models/registry*.cpp share (transaction guard, conversions, errors, team URLs).
#pragma once

#include "models/errortext.h"
#include "models/registry.h"
#include "models/sqlitestatements.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>

class QSqlError;

/// One transaction on a registry's connection. begin() starts it (SQLite: BEGIN IMMEDIATE, PostgreSQL: BEGIN);
/// commit() ends it; the destructor rolls it back unless commit() succeeded, so no way out of a function that
/// began one, early returns included, leaves it open.
class Registry::Transaction final
{
public:
    /// Starts a transaction on \a registry's connection, or returns the driver's error.
    static Result<Transaction> begin(Registry &registry);
    Transaction(Transaction &&other) noexcept
        : m_registry(std::exchange(other.m_registry, nullptr))
    {
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction &operator=(Transaction &&) = delete;
    /// Rolls back unless commit() succeeded.
    ~Transaction();

    /// Commits. On failure the transaction is rolled back and the error returned: either way it is over.
    Result<void> commit();

private:
    explicit Transaction(Registry &registry)
        : m_registry(&registry)
    {
    }
    void rollback();

    Registry *m_registry; ///< null once the transaction is over (or moved from)
};

/// Helpers of the registry's source files (one definition each; nothing outside models/registry*.cpp uses them).
namespace RegistryInternal {

/// A timestamp as stored: ISO-8601 UTC with milliseconds ("2024-05-01T12:00:00.000Z"), empty when invalid. The
/// same text as QDateTime::toString(Qt::ISODateWithMs) of its UTC time, written directly for the years 1-9999
/// (a page merge writes one per instance; Qt's formatting was ~8% of an all-new page's merge in perf), by Qt for any
/// other.
QString toDb(const QDateTime &t);

/// The inverse of toDb(): UTC, or an invalid QDateTime for NULL or text that is not a timestamp. Text in toDb()'s
/// exact form is read directly (loading 100,000 instances reads 300,000); anything else as
/// QDateTime::fromString(Qt::ISODateWithMs) reads it, with the same result.
QDateTime fromDb(const QVariant &v);

/// Tags as stored (tags_json): a JSON array of [key, value] pairs, in AWS's order.
QString tagsToJson(const QList<Ec2Tag> &tags);
/// The inverse of tagsToJson(); anything that is not such an array reads as no tags.
QList<Ec2Tag> tagsFromJson(const QString &json);

/// NULL for an empty string: nullable columns (aws_account_id above all: two pending accounts must not
/// collide in the unique index) store absence as NULL, not ''.
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

/// Qt's drivers bind a null QString as SQL NULL; our NOT NULL text columns want '' for "no value", so a
/// null QString becomes an empty one. Only an invalid QVariant (textOrNull()) binds NULL.
inline QVariant bindable(const QVariant &v)
{
    static const QString empty = QStringLiteral(""); // empty, but not null
    if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
        return QVariant(empty);
    return v;
}

/// toDb(), with NULL for an invalid time (nullable timestamp columns).
inline QVariant timeOrNull(const QDateTime &t)
{
    return textOrNull(toDb(t));
}

/// Calls finish() on scope exit: an active SELECT keeps a SQLite read statement open, which blocks COMMIT
/// and keeps the WAL from checkpointing.
struct Finisher
{
    QSqlQuery *q;
    ~Finisher()
    {
        if (q)
            q->finish();
    }
};

/// What \a read makes of a row: readAll() and readFirst() return lists or optionals of it.
template <typename Read> using RowOf = std::invoke_result_t<Read, const QSqlQuery &>;

/// Every row of \a q (a statement Registry::run() executed, or its error), each made by \a read, in order. The
/// statement is finished after. \a expected (when known, e.g. counted first) is reserved: a list grown row by row
/// holds its old and its new array at once each time it grows (reading 100,000 instances of ~470 bytes: ~90 MB at
/// that moment) and ends with up to half its capacity unused.
template <typename Read>
Result<QList<RowOf<Read>>> readAll(const Result<QSqlQuery *> &q, Read read, qsizetype expected = 0)
{
    if (!q)
        return q.error();
    Finisher f { q.value() };
    QList<RowOf<Read>> list;
    list.reserve(expected);
    while (q.value()->next())
        list.append(read(*q.value()));
    return list;
}

/// The first row of \a q made by \a read, or std::nullopt when there is none; as readAll().
template <typename Read> Result<std::optional<RowOf<Read>>> readFirst(const Result<QSqlQuery *> &q, Read read)
{
    if (!q)
        return q.error();
    Finisher f { q.value() };
    if (!q.value()->next())
        return std::optional<RowOf<Read>>();
    return std::optional<RowOf<Read>>(read(*q.value()));
}

// ---- batched statements (the page merges, setHealth) ---------------------------------------------------

/// Rows or keys per batched statement. A page is up to 1,000 instances: a handful of statements per page instead of
/// two or three per instance is what makes a page cheap on PostgreSQL, where every statement is a round trip.
/// 256 rows x 17 columns stays far below both drivers' bound-parameter limits (SQLite 32,766, PostgreSQL 65,535).
constexpr qsizetype kMergeBatch = 256;
/// log2(kMergeBatch): the batch sizes of a RowsStatement are 1, 2, 4, ..., kMergeBatch.
constexpr int kMergeBatchLog2 = 8;
static_assert(qsizetype(1) << kMergeBatchLog2 == kMergeBatch);

/// "?, ?, ..., ?" with \a n placeholders.
QString placeholders(qsizetype n);

/// Bound parameters per multi-row statement at most, in SQLite. Qt's SQLite driver hands SQLite every "?" renamed ":0",
/// ":1", ... (QSqlResult::savePrepare(): the driver has NamedPlaceholders), and SQLite looks each new name up among the
/// ones before it: preparing a statement costs time quadratic in its parameters. A 256-row upsert (4,096 parameters)
/// took 60-80 ms to prepare, once per process on the first page's critical path (perf: sqlite3VListNumToName); 1,024
/// take about 4 ms. Executing more, smaller statements costs microseconds each.
constexpr qsizetype kMaxStatementParameters = 1024;

/// The rows of the next statement over \a remaining rows: \a most (a power of two), else the largest power of two
/// that fits. A page of any size then takes statements of at most kMergeBatchLog2 + 1 shapes, each prepared once
/// and reused.
inline qsizetype rowsInNextBatch(qsizetype remaining, qsizetype most = kMergeBatch)
{
    if (remaining >= most)
        return most;
    qsizetype n = 1;
    while (n * 2 <= remaining)
        n *= 2;
    return n;
}

/// A multi-row statement, \a head + n times \a row (comma-separated) + \a tail, built once for each batch size
/// rowsInNextBatch() gives: e.g. INSERT ... VALUES (?, ?), (?, ?) ON CONFLICT ... DO UPDATE.
class RowsStatement final
{
public:
    RowsStatement(const QString &head, const QString &row, const QString &tail);
    /// The statement for \a rows rows (a power of two up to kMergeBatch; SQLite uses at most maxRows()).
    const QString &sql(qsizetype rows) const;
    /// The most rows one SQLite statement takes: kMergeBatch, or fewer for a wide row, so that a statement has at
    /// most kMaxStatementParameters parameters (its own rows' and those of \a head and \a tail).
    qsizetype maxRows() const { return m_maxRows; }

private:
    QString m_sql[kMergeBatchLog2 + 1];
    qsizetype m_maxRows = kMergeBatch;
};

/// An AwsError of \a kind with one of the OnrampError codes.
inline AwsError makeError(AwsError::Kind kind, QLatin1StringView code, const QString &message, bool retryable = false)
{
    AwsError e = AwsError::make(kind, message, retryable);
    e.code = code;
    return e;
}

/// The driver's message for people: libpq's text is "ERROR:  message\nLINE 1: <the SQL>\n   ^\n(SQLSTATE)",
/// of which only the first line says anything to them. (registryerrors.cpp)
QString driverText(const QSqlError &error, bool postgres);

// ---- team mode (registryteam.cpp) -----------------------------------------------------------------------

/// Where a team-mode connection goes, for the transport rule.
enum class PgRoute { Socket, Loopback, Remote };

/// A team-mode URL taken apart: what QPSQL is given, and how the connection is protected.
struct PgTarget
{
    QString location; ///< the URL without its password: safe to show and log
    QString host; ///< the URL's host or its host= item; empty: libpq's default (PGHOST, else its socket)
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString connectOptions; ///< ';'-separated, as QSqlDatabase::setConnectOptions() takes them
    PgRoute route = PgRoute::Remote;
    QString sslMode; ///< what libpq is told
};

/// Takes a team-mode URL apart and applies the transport rule of Registry::postgresConnectOptions().
Result<PgTarget> parsePostgresUrl(const QString &dbUrl, const Registry::Options &options);
/// Registry::transportSecurity() of a connection just opened: the rule that let it through, and whether the
/// server says the session is encrypted.
QString describeTransport(const QSqlDatabase &db, PgRoute route, const QString &sslMode);

} // namespace RegistryInternal
