// Registry: opening the database, prepared statements and transactions, users, the audit log and integrity.
// The rest of Registry: registryschema.cpp (schema and migrations), registryerrors.cpp (driver errors),
// registryteam.cpp (team-mode URLs), registryaccounts.cpp, registryinstances.cpp.
#include "models/registry_p.h"

#include "models/logging.h"
#include "models/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using namespace RegistryInternal;

// ---- timestamps as stored ----------------------------------------------------------------------------------

namespace {

constexpr qint64 kMsecsPerDay = 86'400'000;
constexpr int kStoredTimeLength = 24; // "YYYY-MM-DDTHH:MM:SS.mmmZ"

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeapYear(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

} // namespace

QString RegistryInternal::toDb(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    const qint64 msecs = t.toMSecsSinceEpoch();
    qint64 days = msecs / kMsecsPerDay;
    qint64 ofDay = msecs % kMsecsPerDay;
    if (ofDay < 0) {
        ofDay += kMsecsPerDay;
        --days;
    }
    // H. Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = qint64(yoe) + era * 400 + (month <= 2);
    if (year < 1 || year > 9999) // (Qt's calendar has no year 0; its rules for the rest)
        return t.toUTC().toString(Qt::ISODateWithMs);
    char16_t out[kStoredTimeLength];
    const auto put = [&out](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, month, 2);
    out[7] = u'-';
    put(8, day, 2);
    out[10] = u'T';
    put(11, ofDay / 3'600'000, 2);
    out[13] = u':';
    put(14, ofDay / 60'000 % 60, 2);
    out[16] = u':';
    put(17, ofDay / 1000 % 60, 2);
    out[19] = u'.';
    put(20, ofDay % 1000, 3);
    out[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), kStoredTimeLength);
}

QDateTime RegistryInternal::fromDb(const QVariant &v)
{
    if (v.isNull())
        return QDateTime();
    const QString text = v.toString();
    // toDb()'s own form, checked field by field; anything else is Qt's to read.
    if (text.size() == kStoredTimeLength && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        bool digits = true;
        const auto number = [&text, &digits](int at, int count) {
            int value = 0;
            for (int i = at; i < at + count; ++i) {
                const char16_t c = text.at(i).unicode();
                digits = digits && c >= u'0' && c <= u'9';
                value = value * 10 + int(c - u'0');
            }
            return value;
        };
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2), msec = number(20, 3);
        static constexpr int kDaysIn[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        if (digits && year >= 1 && month >= 1 && month <= 12 && day >= 1
            && day <= kDaysIn[month - 1] + (month == 2 && isLeapYear(year)) && hour <= 23 && minute <= 59
            && second <= 59) {
            const qint64 msecs = daysFromCivil(year, unsigned(month), unsigned(day)) * kMsecsPerDay
                + ((hour * 60 + minute) * 60 + second) * 1000LL + msec;
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

namespace {

const QLatin1StringView kSqliteDriver("QSQLITE");
const QLatin1StringView kPostgresDriver("QPSQL");

std::atomic<int> g_connectionCounter { 0 };

/// A connection name no other Registry uses (QSqlDatabase's connections are process-wide).
QString nextConnectionName()
{
    return QStringLiteral("onramp-registry-%1").arg(g_connectionCounter.fetch_add(1) + 1);
}

/// Team mode needs Qt's QPSQL driver.
Result<void> postgresDriverAvailable()
{
    if (QSqlDatabase::isDriverAvailable(kPostgresDriver))
        return {};
    return makeError(AwsError::Kind::Service, OnrampError::DatabaseOpenFailed,
        Registry::tr("Qt's PostgreSQL driver (QPSQL) is not installed; team mode needs it "
                     "(Debian: libqt6sql6-psql)."));
}

ConsoleUser userFromQuery(const QSqlQuery &q)
{
    return ConsoleUser { q.value(0).toString(), userPlanFromName(q.value(1).toString()).value_or(UserPlan::Standard),
        fromDb(q.value(2)) };
}

AuditEntry auditEntryFromQuery(const QSqlQuery &q)
{
    return AuditEntry { q.value(0).toLongLong(), fromDb(q.value(1)), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
}

} // namespace

// ---- opening ------------------------------------------------------------------------------------------

Registry::Registry(QSqlDatabase db, bool teamMode, const QString &location)
    : m_db(std::move(db))
    , m_connectionName(m_db.connectionName())
    , m_teamMode(teamMode)
    , m_location(location)
    , m_statements(std::make_unique<QHash<QString, QSqlQuery>>())
{
}

Registry::~Registry()
{
    // Queries first (ours too: sqlite3_close() refuses a connection with statements), then the handle, then the
    // connection: removeDatabase() warns if anything still uses it.
    m_sqlite.reset();
    m_statements.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Registry::defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("onramp.sqlite"));
}

Result<std::unique_ptr<Registry>> Registry::open(const QString &dbUrlOrPath, const QString &userForSqlite)
{
    return open(dbUrlOrPath, userForSqlite, Options());
}

Result<std::unique_ptr<Registry>> Registry::open(
    const QString &dbUrlOrPath, const QString &userForSqlite, const Options &options)
{
    const QString connectionName = nextConnectionName();
    const bool teamMode = isTeamModeUrl(dbUrlOrPath);
    std::unique_ptr<Registry> r;

    if (teamMode) {
        // The URL and the transport rule first: a refused sslmode must never reach the network.
        Result<PgTarget> target = parsePostgresUrl(dbUrlOrPath, options);
        if (!target)
            return target.error();
        if (Result<void> driver = postgresDriverAvailable(); !driver)
            return driver.error();

        QSqlDatabase db = QSqlDatabase::addDatabase(kPostgresDriver, connectionName);
        r.reset(new Registry(db, true, target->location));
        r->m_db.setHostName(target->host);
        if (target->port > 0)
            r->m_db.setPort(target->port);
        r->m_db.setDatabaseName(target->database);
        r->m_db.setUserName(target->user);
        // Empty: QPSQL then passes no password and libpq takes it from PGPASSWORD or the password file.
        r->m_db.setPassword(target->password);
        r->m_db.setConnectOptions(target->connectOptions);
        if (Result<void> ok = r->connectTeam(*target); !ok)
            return ok.error();
    } else {
        if (!QSqlDatabase::isDriverAvailable(kSqliteDriver))
            return makeError(AwsError::Kind::Service, OnrampError::DatabaseOpenFailed,
                tr("Qt's SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite)."));
        const QString path = dbUrlOrPath.isEmpty() ? defaultSqlitePath() : dbUrlOrPath;
        const QFileInfo info(path);
        // Owner-only: the file holds External IDs, role ARNs, the inventory and the audit log. New folders 0700,
        // a new file 0600 before SQLite opens it (its -wal and -shm then get the same mode).
        if (Result<void> folder = PrivateFiles::makeFolder(info.absolutePath()); !folder)
            return folder.error();
        // SQLite silently opens an unwritable file read-only and WAL needs to create files next to it: say so
        // up front instead of failing at the first write.
        if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
            return makeError(AwsError::Kind::Service, OnrampError::DatabaseReadOnly,
                tr("The registry database %1 is read-only (Onramp needs to write the file and its "
                   "folder). Check the permissions or choose another file with --db.")
                    .arg(info.absoluteFilePath()));

        if (Result<void> file = PrivateFiles::createFile(info.absoluteFilePath()); !file)
            return file.error();
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqliteDriver, connectionName);
        r.reset(new Registry(db, false, info.absoluteFilePath()));
        r->m_db.setDatabaseName(info.absoluteFilePath());
        r->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, options.busyTimeoutMs)));
        r->m_busyTimeoutMs = qMax(0, options.busyTimeoutMs);
        r->m_cacheKiB = qMax(0, options.cacheKiB);
        if (!r->m_db.open())
            return r->sqlError(r->m_db.lastError(), tr("opening %1").arg(r->m_location));
        if (Result<void> ok = r->configureSqlite(); !ok)
            return ok.error();
        r->m_consoleUser = userForSqlite;
    }

    if (Result<void> ok = r->finishOpen(); !ok)
        return ok.error();
    return r;
}

Result<std::unique_ptr<Registry>> Registry::openAnotherConnection() const
{
    if (!m_teamMode) {
        Options options;
        options.busyTimeoutMs = m_busyTimeoutMs;
        return open(m_location, m_consoleUser, options);
    }
    // The location is the URL without its password: parsed again, it gives the transport rule's verdict and the
    // route, as for this connection. What the driver is given, the password included, is copied from this
    // connection by name (QSqlDatabase::cloneDatabase() is meant for another thread), so the new connection
    // belongs to the calling thread and no copy of the password passes through Onramp's strings.
    Result<PgTarget> target = parsePostgresUrl(m_location, Options());
    if (!target)
        return target.error();
    if (Result<void> driver = postgresDriverAvailable(); !driver)
        return driver.error();
    // No QSqlDatabase handle outlives the Registry holding it (its destructor removes the connection).
    std::unique_ptr<Registry> r(
        new Registry(QSqlDatabase::cloneDatabase(m_connectionName, nextConnectionName()), true, m_location));
    if (!r->m_db.isValid())
        return makeError(AwsError::Kind::Service, OnrampError::DatabaseOpenFailed,
            tr("Cannot open a second connection to the team database %1: the first one is closed.").arg(m_location));
    if (Result<void> ok = r->connectTeam(*target); !ok)
        return ok.error();
    if (r->m_consoleUser != m_consoleUser)
        return makeError(AwsError::Kind::AccessDenied, OnrampError::PermissionDenied,
            tr("The team database %1 authenticated a second connection as %2, not as %3; Onramp does not mix "
               "console users.")
                .arg(m_location, r->m_consoleUser, m_consoleUser));
    if (Result<void> ok = r->finishOpen(); !ok)
        return ok.error();
    return r;
}

Result<void> Registry::connectTeam(const PgTarget &target)
{
    if (!m_db.open()) {
        // The driver's text names host, port and user, never the password.
        const QString text = m_db.lastError().databaseText().simplified();
        QString message = tr("Cannot connect to the team database %1: %2").arg(m_location, text);
        if (target.sslMode == QLatin1StringView("verify-full") && text.contains(QLatin1StringView("certificate")))
            message += QLatin1Char(' ')
                + tr("With sslmode=verify-full the server's certificate must be signed by a certificate "
                     "authority in ~/.postgresql/root.crt (or ?sslrootcert=FILE) and name the host as written "
                     "in the URL.");
        return makeError(AwsError::Kind::Network, OnrampError::DatabaseOpenFailed, message);
    }
    // Row-level security compares rows with current_user: the role the server authenticated is the console user.
    Result<QString> who = queryCurrentUser();
    if (!who)
        return who.error();
    m_consoleUser = who.value();
    m_transportSecurity = describeTransport(m_db, target.route, target.sslMode);
    // How the server plans our statements, for this session:
    // - plan_cache_mode: prepared statements are planned for the values they run with (PostgreSQL 12+). After five
    //   runs the server may switch to a generic plan made without them, and one made while the account had no rows
    //   reads all of the account's rows for every batch of a page merge once it has many.
    // - random_page_cost 1.1 (the server's default, 4, prices a random read as a disk seek): a team's registry is
    //   small enough to stay in memory, where probing a batch's 256 keys in the primary key costs 2-6 ms and the
    //   scan the default prefers (the whole account, hashed against the batch) 10-15 ms at 30,000 instances (the
    //   plans, from auto_explain, in bench/RESULTS.md). The planner's statistics: noteRowsAdded().
    // Planning a page's few statements each time costs microseconds. An older server keeps its defaults (a warning).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT set_config('plan_cache_mode', 'force_custom_plan', false),"
                               " set_config('random_page_cost', '1.1', false)")))
        qCWarning(lcModels).noquote() << "team database: planner settings not made:"
                                      << q.lastError().databaseText().simplified();
    return {};
}

Result<void> Registry::finishOpen()
{
    if (Result<void> ok = migrate(); !ok)
        return ok.error();
    if (!m_consoleUser.isEmpty()) {
        if (Result<ConsoleUser> u = ensureUser(m_consoleUser); !u)
            return u.error();
    }
    qCInfo(lcModels) << "registry open:" << m_location << "schema" << m_schemaVersion
                     << (m_teamMode ? "team mode" : "sqlite");
    return {};
}

Result<void> Registry::configureSqlite()
{
    QSqlQuery q(m_db);
    // The first real read: a file that is not a database (or is damaged) fails here, not in a pragma below.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
        return sqlError(q.lastError(), tr("reading %1").arg(m_location));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return sqlError(q.lastError(), tr("enabling WAL on %1").arg(m_location));
    if (q.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
        return makeError(AwsError::Kind::Service, OnrampError::DatabaseReadOnly,
            tr("The registry database %1 cannot switch to WAL mode (journal mode stays \"%2\"); "
               "it is probably on a read-only or network file system.")
                .arg(m_location, q.value(0).toString()));
    q.finish();
    // foreign_keys: ON DELETE CASCADE and the owner reference need it (off by default in SQLite).
    // synchronous=NORMAL: durable across application crashes in WAL mode, far fewer fsyncs than FULL.
    // cache_size 32 MiB (default 2 MiB; Options::cacheKiB): a discovery merges pages into the instances table and its
    // indexes at random ids; with the default cache most index pages are read back from the file for every page merged.
    // wal_autocheckpoint 16,384 pages (64 MiB; default 1,000 pages, 4 MiB): a first discovery's page dirties most
    // leaves of the primary key (random ids), about 3 MiB of WAL a page at 100,000 instances, so the default
    // copied them back into the database file after nearly every page; checkpointing every ~20 pages copies each
    // leaf once for all of them (a 1,000-row page at ~200,000 rows: 23 -> 18 ms CPU, 38 -> 25 ms wall, measured
    // with the same schema). journal_size_limit keeps the WAL file at most that size once checkpointed. Every
    // connection gets both, so the owner's occasional small commit does not checkpoint the writer's WAL for it.
    // temp_store=MEMORY: the batched statements' temporary tables (a batch's VALUES materialized, the rows RETURNING
    // collects) were files, created and unlinked under /var/tmp a few times per page (strace); in memory a page
    // merge costs 20-30% less CPU (bench_merge at 100,000 stored: re-discovered page 3.8 -> 3.0 ms, all-new page
    // 24 -> 17 ms, setHealth of 1,000 3.7 -> 2.7 ms). They hold at most a batch, or a region's ids for a removal.
    for (const QString &pragma :
        { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA cache_size=-%1").arg(m_cacheKiB), QStringLiteral("PRAGMA temp_store=MEMORY"),
            QStringLiteral("PRAGMA wal_autocheckpoint=16384"), QStringLiteral("PRAGMA journal_size_limit=67108864"),
            QStringLiteral("PRAGMA busy_timeout=%1").arg(m_busyTimeoutMs) }) {
        if (!q.exec(pragma))
            return sqlError(q.lastError(), tr("configuring %1").arg(m_location));
        q.finish();
    }
    // The batched statements (page merges, setHealth) go to SQLite directly when the driver runs on our SQLite.
    if (sqlite3 *handle = RegistryInternal::SqliteStatements::handleOf(m_db))
        m_sqlite = std::make_unique<RegistryInternal::SqliteStatements>(handle);
    else
        qCWarning(lcModels) << "registry: Qt's SQLite driver does not run on the SQLite library Onramp links;"
                               " page merges go through Qt";
    return {};
}

Result<QString> Registry::queryCurrentUser()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return sqlError(q.lastError(), tr("asking the server who we are"));
    return q.value(0).toString();
}

// ---- statements and transactions ---------------------------------------------------------------------

Result<QSqlQuery *> Registry::prepared(const QString &sql)
{
    auto it = m_statements->find(sql);
    if (it != m_statements->end())
        return &it.value();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), tr("preparing a query"));
    return &m_statements->insert(sql, std::move(q)).value();
}

Result<QSqlQuery *> Registry::run(const QString &sql, const QVariantList &binds, const QString &what)
{
    Result<QSqlQuery *> q = prepared(sql);
    if (!q)
        return q;
    QSqlQuery *query = q.value();
    for (int i = 0; i < binds.size(); ++i)
        query->bindValue(i, bindable(binds.at(i)));
    if (!query->exec()) {
        AwsError e = sqlError(query->lastError(), what);
        query->finish();
        return e;
    }
    return query;
}

Result<void> Registry::runEach(const QString &sql, const QVariantList &binds, const QString &what,
    const std::function<void(const BatchRow &)> &onRow)
{
    if (m_sqlite) {
        if (std::optional<QSqlError> e = m_sqlite->run(sql, binds, onRow))
            return sqlError(*e, what);
        return {};
    }
    Result<QSqlQuery *> q = run(sql, binds, what);
    if (!q)
        return q.error();
    Finisher f { q.value() };
    if (onRow) {
        while (q.value()->next())
            onRow(BatchRow(*q.value()));
    }
    return {};
}

Result<void> Registry::runForKeys(const QString &sql, const QVariantList &head, const QStringList &keys,
    const QString &what, const std::function<void(const BatchRow &)> &onRow)
{
    for (qsizetype from = 0; from < keys.size(); from += kMergeBatch) {
        QVariantList binds = head;
        binds.reserve(head.size() + kMergeBatch);
        // The last batch is padded with its last key: an IN list does not mind, and the statement keeps its shape.
        for (qsizetype i = 0; i < kMergeBatch; ++i)
            binds << keys.at(qMin(from + i, keys.size() - 1));
        if (Result<void> ok = runEach(sql, binds, what, onRow); !ok)
            return ok;
    }
    return {};
}

Result<void> Registry::runForRows(const RowsStatement &statement, qsizetype count,
    const std::function<void(QVariantList &, qsizetype)> &bindRow, const QString &what, const QVariantList &tail,
    const std::function<void(const BatchRow &)> &onRow)
{
    QVariantList binds;
    for (qsizetype from = 0; from < count;) {
        // Whole batches, except through Qt's SQLite driver: at most kMaxStatementParameters there (it names every
        // parameter, and SQLite's preparing is quadratic in names). SQLite's own "?"s and PostgreSQL's $N are not.
        const qsizetype rows
            = rowsInNextBatch(count - from, m_teamMode || m_sqlite ? kMergeBatch : statement.maxRows());
        binds.clear();
        for (qsizetype i = from; i < from + rows; ++i)
            bindRow(binds, i);
        binds += tail;
        if (Result<void> ok = runEach(statement.sql(rows), binds, what, onRow); !ok)
            return ok;
        from += rows;
    }
    return {};
}

Result<Registry::Transaction> Registry::Transaction::begin(Registry &registry)
{
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes can fail
    // with SQLITE_BUSY at once instead of waiting out the busy timeout.
    QSqlQuery q(registry.m_db);
    if (!q.exec(registry.m_teamMode ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return registry.sqlError(q.lastError(), tr("starting a transaction"));
    return Transaction(registry);
}

Registry::Transaction::~Transaction()
{
    if (m_registry)
        rollback();
}

Result<void> Registry::Transaction::commit()
{
    Q_ASSERT(m_registry);
    QSqlQuery q(m_registry->m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        AwsError e = m_registry->sqlError(q.lastError(), tr("committing a transaction"));
        rollback();
        return e;
    }
    m_registry = nullptr;
    return {};
}

void Registry::Transaction::rollback()
{
    QSqlQuery q(m_registry->m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcModels) << "rollback failed:" << q.lastError().text();
    m_registry = nullptr;
}

QString RegistryInternal::placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

RegistryInternal::RowsStatement::RowsStatement(const QString &head, const QString &row, const QString &tail)
{
    const qsizetype fixed = head.count(QLatin1Char('?')) + tail.count(QLatin1Char('?'));
    const qsizetype perRow = qMax<qsizetype>(1, row.count(QLatin1Char('?')));
    while (m_maxRows > 1 && fixed + m_maxRows * perRow > kMaxStatementParameters)
        m_maxRows /= 2;
    for (int k = 0; k <= kMergeBatchLog2; ++k) {
        QStringList rows;
        for (int i = 0; i < (1 << k); ++i)
            rows << row;
        m_sql[k] = head + rows.join(QStringLiteral(", ")) + tail;
    }
}

const QString &RegistryInternal::RowsStatement::sql(qsizetype rows) const
{
    Q_ASSERT(rows > 0 && rows <= kMergeBatch && (rows & (rows - 1)) == 0);
    int k = 0;
    while ((qsizetype(1) << k) < rows)
        ++k;
    return m_sql[k];
}

// ---- users --------------------------------------------------------------------------------------------

Result<ConsoleUser> Registry::ensureUser(const QString &name)
{
    if (name.trimmed().isEmpty())
        return makeError(AwsError::Kind::InvalidInput, OnrampError::InvalidUser, tr("The user name is empty."));
    // Read first: open() calls this every time, and a write would wait for (or fail on) any other writer.
    if (Result<std::optional<ConsoleUser>> existing = user(name); !existing)
        return existing.error();
    else if (existing.value())
        return *existing.value();
    // ON CONFLICT DO NOTHING: two processes of the same user may open the registry at the same moment.
    Result<QSqlQuery *> q = run(QStringLiteral("INSERT INTO users (name, plan, created_at) VALUES (?, 'standard', ?)"
                                               " ON CONFLICT (name) DO NOTHING"),
        { name, toDb(QDateTime::currentDateTimeUtc()) }, tr("adding user %1").arg(name));
    if (!q)
        return q.error();
    q.value()->finish();
    Result<std::optional<ConsoleUser>> u = user(name);
    if (!u)
        return u.error();
    if (!u.value())
        return makeError(
            AwsError::Kind::NotFound, OnrampError::UserNotFound, tr("User %1 could not be created.").arg(name));
    return *u.value();
}

Result<ConsoleUser> Registry::setPlan(const QString &name, UserPlan plan)
{
    Result<QSqlQuery *> q = run(QStringLiteral("UPDATE users SET plan = ? WHERE name = ?"),
        { userPlanName(plan), name }, tr("changing the plan of %1").arg(name));
    if (!q) {
        AwsError e = q.error();
        if (e.code == OnrampError::PermissionDenied)
            e.message = tr("Only the team database's administrator can change plans.");
        return e;
    }
    const int rows = q.value()->numRowsAffected();
    q.value()->finish();
    if (rows == 0)
        return makeError(AwsError::Kind::NotFound, OnrampError::UserNotFound, tr("No user named %1.").arg(name));
    Result<std::optional<ConsoleUser>> u = user(name);
    if (!u)
        return u.error();
    if (!u.value())
        return makeError(AwsError::Kind::NotFound, OnrampError::UserNotFound, tr("No user named %1.").arg(name));
    return *u.value();
}

Result<QList<ConsoleUser>> Registry::users()
{
    const QString sql = QStringLiteral("SELECT name, plan, created_at FROM users ORDER BY name");
    return readAll(run(sql, {}, tr("listing users")), userFromQuery);
}

Result<std::optional<ConsoleUser>> Registry::user(const QString &name)
{
    const QString sql = QStringLiteral("SELECT name, plan, created_at FROM users WHERE name = ?");
    return readFirst(run(sql, { name }, tr("reading user %1").arg(name)), userFromQuery);
}

// ---- audit --------------------------------------------------------------------------------------------

Result<qint64> Registry::appendAudit(
    const QString &user, const QString &action, const QString &accountId, const QString &outcome, const QString &detail)
{
    Result<QSqlQuery *> q
        = run(QStringLiteral("INSERT INTO audit_log (at, user_name, action, account_id, outcome, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            { toDb(QDateTime::currentDateTimeUtc()), user, action, textOrNull(accountId), outcome, detail },
            tr("writing the audit log"));
    if (!q)
        return q.error();
    Finisher f { q.value() };
    return q.value()->next() ? q.value()->value(0).toLongLong() : qint64(0);
}

Result<QList<AuditEntry>> Registry::audit(const AuditFilter &filter)
{
    QString sql = QStringLiteral("SELECT id, at, user_name, action, account_id, outcome, detail FROM audit_log");
    QStringList where;
    QVariantList binds;
    if (!filter.accountId.isEmpty()) {
        where << QStringLiteral("account_id = ?");
        binds << filter.accountId;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << filter.user;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << filter.limit;
    }
    return readAll(run(sql, binds, tr("reading the audit log")), auditEntryFromQuery);
}

// ---- integrity ----------------------------------------------------------------------------------------

Result<void> Registry::checkpoint()
{
    if (m_teamMode)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return sqlError(q.lastError(), tr("copying the write-ahead log into %1").arg(m_location));
    q.finish();
    return {};
}

Result<void> Registry::integrityCheck()
{
    QSqlQuery q(m_db);
    if (m_teamMode) {
        if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
            return sqlError(q.lastError(), tr("checking the team database"));
        return {};
    }
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError(), tr("checking the integrity of %1").arg(m_location));
    while (q.next() && problems.size() < 10) {
        const QString line = q.value(0).toString();
        if (line != QLatin1StringView("ok"))
            problems << line;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q.lastError(), tr("checking the foreign keys of %1").arg(m_location));
    while (q.next() && problems.size() < 10)
        problems << tr("row %1 of %2 refers to a missing %3 row")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    q.finish();
    if (!problems.isEmpty())
        return makeError(AwsError::Kind::Service, OnrampError::DatabaseCorrupt,
            tr("The registry database %1 failed its integrity check: %2")
                .arg(m_location, problems.join(QStringLiteral("; "))));
    return {};
}

QList<PrivateFiles::Exposure> Registry::exposedFiles() const
{
    if (m_teamMode)
        return {};
    QStringList paths { m_location, m_location + QStringLiteral("-wal"), m_location + QStringLiteral("-shm") };
    // The folder only when it is ours: a --db file in /tmp or a shared folder is the user's choice of place.
    const QString folder = QFileInfo(m_location).absolutePath();
    if (folder == QFileInfo(defaultSqlitePath()).absolutePath())
        paths.prepend(folder);
    return PrivateFiles::exposed(paths);
}
