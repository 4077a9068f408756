// Registry: the account registry on Qt Sql (SQLite by default, PostgreSQL in team mode).
#pragma once

#include "aws/awserror.h"
#include "aws/ec2types.h"
#include "models/account.h"
#include "models/privatefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

class QSqlQuery;
class QSqlError;
namespace RegistryInternal {
class BatchRow;
class RowsStatement;
class SqliteStatements;
struct PgTarget;
} // namespace RegistryInternal

/// What one mergeInstances() call changed. The id lists let callers update item models by diff.
struct InstanceMergeResult
{
    int added = 0; ///< instances not stored before
    int changed = 0; ///< stored, but something AWS describes differs (see StoredInstance::describedFields())
    int unchanged = 0; ///< stored and identical; not rewritten (Registry::completeInstanceListing() moves lastSeen)
    QStringList addedIds;
    QStringList changedIds;
    /// (id, health) of the added instances stored with their health (mergeInstances()'s \a health), in page order.
    QList<QPair<QString, QString>> healthStored;

    friend bool operator==(const InstanceMergeResult &, const InstanceMergeResult &) = default;
};

/// Which audit rows Registry::audit() returns (empty fields do not filter).
struct AuditFilter
{
    QString accountId;
    QString action;
    QString user;
    int limit = 200; ///< newest first; <= 0 means no limit
};

/// The account registry: console users, accounts, their EC2 instances and the audit log, in one database.
///
/// Storage: a SQLite file (the default, under QStandardPaths::AppDataLocation) opened with WAL, foreign
/// keys on, a busy timeout and synchronous=NORMAL; or, in team mode, a PostgreSQL database reached with a
/// `postgresql://` (or `postgres://`) URL through Qt's QPSQL driver, where the console user is the role the
/// server authenticated and row-level security confines each user to their own accounts and instances. A team
/// database that is not local is reached only with TLS that verifies the server (sslmode=verify-full); see
/// postgresConnectOptions().
///
/// The schema is versioned (table schema_version) and migrated in place on open(), one transaction per
/// step; a database written by a newer Onramp is refused. See registryschema.cpp for the full SQL, the
/// row-level security policies and who must run the first open in team mode.
///
/// Rules enforced here (and nowhere else):
/// - status transitions: canTransition(), applied by setStatus() and updateAccount();
/// - an account's AWS account id is set while it is pending (or has none yet) and never changes after
///   (awsAccountIdIsFixed(), applied by updateAccount());
/// - ownership: a UNIQUE partial index on accounts(aws_account_id) over live accounts, so the database
///   itself refuses a second live owner (error code "AccountOwnedByAnotherUser").
/// In team mode the database enforces the same rules on every write, including a console user's own SQL
/// (psql): a trigger refuses what canCreateWith()/canTransition()/awsAccountIdIsFixed() refuse, a changed id
/// or owner, and a trial user's second live account; another writes an audit row (action "db.account_change",
/// in the logged-in role's name) for every status or AWS account id change. See registryschema.cpp.
///
/// Every call is synchronous and every multi-row change is one transaction. A Registry is used from one
/// thread: it owns a uniquely named QSqlDatabase connection (removed in the destructor); open one
/// Registry per thread. Errors come back as AwsError values with these codes (OnrampError, errortext.h):
/// "DatabaseOpenFailed", "DatabaseLocked", "DatabaseCorrupt", "DatabaseReadOnly", "DatabaseNewer",
/// "NotAnOnrampDatabase", "DatabaseMigrationFailed", "DatabaseSetupRequired", "DatabaseError", "PermissionDenied",
/// "AccountOwnedByAnotherUser", "AccountNotFound", "UserNotFound", "InvalidUser", "InvalidStatusTransition",
/// "AwsAccountIdFixed", "AccountIdentityFixed", "PlanLimitReached" (team mode: the database's trial rule),
/// "InvalidDatabaseUrl", "InsecureDatabaseTransport", "PasswordOnCommandLine". Messages are for people and
/// never contain a password or a secret.
class Registry final
{
    Q_DISABLE_COPY_MOVE(Registry)
    Q_DECLARE_TR_FUNCTIONS(Registry)

public:
    /// The schema version this build creates and understands.
    static constexpr int SchemaVersion = 9;

    /// Tuning for open(); the defaults are what the app uses.
    struct Options
    {
        int busyTimeoutMs = 5000; ///< SQLite: how long a write waits for another writer before DatabaseLocked
        int connectTimeoutS = 10; ///< PostgreSQL: connect_timeout
        /// SQLite: the connection's page cache in KiB (PRAGMA cache_size). 32 MiB serves a discovery's merges (see
        /// configureSqlite()); a connection that reads each row once, such as the instance browser's loader, gains
        /// nothing from it and passes ScanCacheKiB (at 100,000 instances it held 28 MB at the app's heap peak; the
        /// app's peak RSS fell by ~30 MiB without it).
        int cacheKiB = 32768;
    };
    /// Options::cacheKiB for a connection that reads each row once: SQLite's own default, 2 MiB.
    static constexpr int ScanCacheKiB = 2048;

    /// Opens (creating and migrating if needed) the registry at \a dbUrlOrPath:
    /// - empty: `<AppDataLocation>/onramp.sqlite` (the folder is created);
    /// - a file path: that SQLite file;
    /// - `postgresql://role@host:port/db` or `postgres://…` (also `?host=/socket/dir`, `sslmode=`,
    ///   `sslrootcert=`, `application_name=`): team mode; the console user is `SELECT current_user` and
    ///   \a userForSqlite is ignored. The password comes from libpq's PGPASSWORD or password file
    ///   (PGPASSFILE, ~/.pgpass) or from the URL's user info (only where no other user can read it: the
    ///   ONRAMP_DB environment variable, never a command line, see commandLineUrlError()). The transport rule
    ///   of postgresConnectOptions() is checked before any connection is attempted.
    /// In SQLite mode \a userForSqlite (if not empty) is the console user and gets a users row.
    /// In team mode the authenticated role gets its users row.
    static Result<std::unique_ptr<Registry>> open(
        const QString &dbUrlOrPath, const QString &userForSqlite, const Options &options);
    /// open() with default Options.
    static Result<std::unique_ptr<Registry>> open(const QString &dbUrlOrPath, const QString &userForSqlite);
    /// Opens another connection to this registry's database, acting as the same console user, for another thread
    /// (a Registry is used from one thread): the discovery writer's. SQLite: open() of the same file, console user
    /// and busy timeout. Team mode: this connection's parameters — server, database, role, options and the password
    /// as open() gave it to the driver (none when libpq takes it from PGPASSWORD or the password file, which libpq
    /// then reads again; else the URL's) — are copied inside Qt's SQL layer (QSqlDatabase::cloneDatabase()), never
    /// through Onramp's own strings; then open()'s steps follow (the server authenticates the role, who we are,
    /// the schema version, the users row), and a console user other than consoleUser() is refused
    /// ("PermissionDenied"), so row-level security confines both connections alike. Call it on the thread that
    /// will use the result; it reads only what open() fixed, while this registry stays open.
    Result<std::unique_ptr<Registry>> openAnotherConnection() const;

    ~Registry();

    /// The console user acting through this registry (team mode: the PostgreSQL role).
    QString consoleUser() const { return m_consoleUser; }
    /// True for PostgreSQL (team mode).
    bool isTeamMode() const { return m_teamMode; }
    /// The SQLite file path, or the PostgreSQL URL without its password; safe to show and log.
    QString location() const { return m_location; }
    /// SQLite: how long a write waits for another writer (Options::busyTimeoutMs).
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    /// The schema version of the open database (== SchemaVersion after a successful open()).
    int schemaVersion() const { return m_schemaVersion; }
    /// The default SQLite file: `<AppDataLocation>/onramp.sqlite`.
    static QString defaultSqlitePath();
    /// How the team database connection is protected, for people (`onrampctl doctor`): "TLS verify-full …",
    /// "Unix socket …" or "loopback …, sslmode=…", with whether the server reports the session encrypted
    /// (pg_stat_ssl). Empty in SQLite mode.
    QString transportSecurity() const { return m_transportSecurity; }

    // --- team-mode URLs (static: callers decide before opening anything) ----------------------------
    /// True when \a dbUrlOrPath selects team mode: it starts with `postgresql://` or `postgres://` (the scheme
    /// in any case). The one place that decides; everything else is a SQLite path.
    static bool isTeamModeUrl(const QString &dbUrlOrPath);
    /// True when the team-mode URL \a dbUrl carries a password, in its user info or as a `password=` item.
    static bool databaseUrlHasPassword(const QString &dbUrl);
    /// For a database URL given on a command line, where other local users can read it (ps, /proc) and the
    /// shell keeps it: "PasswordOnCommandLine" (AwsError::Kind::InvalidInput) when it is a team-mode URL with a
    /// password, naming what to use instead (ONRAMP_DB, PGPASSFILE/~/.pgpass, PGPASSWORD); else no error
    /// (AwsError::isError() false). The message never contains the URL.
    static AwsError commandLineUrlError(const QString &dbUrlOrPath);
    /// The libpq options open() gives the QPSQL driver for the team-mode URL \a dbUrl, ';'-separated:
    /// connect_timeout, sslmode, the passed-through sslrootcert/sslcert/sslkey/sslcrl/application_name/
    /// target_session_attrs, and application_name=onramp unless given. The transport rule:
    /// - the host (the URL's or its `host=` item, else PGHOST; PGHOSTADDR wins; a comma list counts each) is
    ///   local when it is a Unix socket directory (starts with '/', or is empty: libpq's default socket) or a
    ///   loopback address (127.0.0.0/8, ::1, localhost). Local: the URL's sslmode (else PGSSLMODE) stands, and
    ///   without one it is `prefer` (TLS when the server offers it, so a local cluster without TLS works).
    /// - otherwise sslmode must be verify-full and is verify-full when not given; disable, allow, prefer,
    ///   require and verify-ca (from the URL or PGSSLMODE) are refused: "InsecureDatabaseTransport"
    ///   (AwsError::Kind::InvalidInput), saying what to do.
    /// A malformed URL or an unknown sslmode is "InvalidDatabaseUrl". Never contains the password.
    static Result<QString> postgresConnectOptions(const QString &dbUrl, const Options &options);
    /// postgresConnectOptions() with default Options.
    static Result<QString> postgresConnectOptions(const QString &dbUrl);

    // --- users ---------------------------------------------------------------------------------------
    /// Returns the user \a name, creating it (plan standard) if it does not exist.
    Result<ConsoleUser> ensureUser(const QString &name);
    /// Sets the plan of an existing user ("UserNotFound" otherwise). Team mode: only the administrator
    /// role that owns the schema may change plans ("PermissionDenied" for console users).
    Result<ConsoleUser> setPlan(const QString &name, UserPlan plan);
    /// All users, by name.
    Result<QList<ConsoleUser>> users();
    /// The user \a name, or std::nullopt.
    Result<std::optional<ConsoleUser>> user(const QString &name);

    // --- accounts ------------------------------------------------------------------------------------
    /// Inserts \a account. An empty id gets a fresh uuid; an empty owner becomes consoleUser(); created/
    /// updated are set to now. The initial status must be Pending or Connected (canCreateWith()).
    /// A live account whose AWS account id is already live -> "AccountOwnedByAnotherUser" (the database's
    /// unique index decides, so concurrent inserts cannot both win). Returns the stored account.
    Result<Account> createAccount(const Account &account);
    /// Writes every field of \a account except id, owner and createdAt; updatedAt becomes now. A status
    /// different from the stored one is validated with canTransition() in the same transaction (so a
    /// verification can store the AWS account id and move to connected atomically).
    /// "AccountNotFound", "InvalidStatusTransition", "AccountOwnedByAnotherUser".
    Result<Account> updateAccount(const Account &account);
    /// The account \a id (with instanceCount), or "AccountNotFound" (also when row-level security hides it).
    Result<Account> account(const QString &id);
    /// Accounts of \a owner visible to this connection, oldest first; an empty owner lists every visible one.
    Result<QList<Account>> accounts(const QString &owner = {});
    /// The live account holding \a awsAccountId if this connection can see it (in team mode only the
    /// user's own rows), or std::nullopt. Whether a row you cannot see holds it: heldByAnotherUser().
    Result<std::optional<Account>> liveAccountByAwsId(const QString &awsAccountId);
    /// True when a live account of a user other than \a user holds \a awsAccountId. Only yes or no, never
    /// who: team mode asks the SECURITY DEFINER function onramp_aws_account_taken(), which answers for the
    /// logged-in role (\a user is consoleUser() there).
    Result<bool> heldByAnotherUser(const QString &awsAccountId, const QString &user);
    /// Number of live (not disconnected) accounts of \a owner, for the trial plan rule.
    Result<int> liveAccountCount(const QString &owner);

    /// Moves account \a id to \a status (validated with canTransition()) and sets lastError to \a lastError
    /// (empty clears it). Moving to Connected also sets lastValidatedAt to now. Returns the updated account;
    /// "AccountNotFound", "InvalidStatusTransition" (message names both states).
    Result<Account> setStatus(const QString &id, AccountStatus status, const QString &lastError = {});
    /// Removes a record that never became usable (an access-key connect whose secret could not be stored):
    /// SQLite deletes the row (and its instances); team mode, where console roles may not delete accounts,
    /// marks it disconnected instead, which also frees its AWS account. "AccountNotFound" if there is none.
    Result<void> removeUnusedAccount(const QString &id);
    /// The status machine: pending->connected|failed, connected->active|failed, active|failed->connected
    /// (re-validate), active|failed->active|failed (re-discovery), any live status->disconnected.
    /// Everything else, including leaving disconnected, is refused.
    static bool canTransition(AccountStatus from, AccountStatus to);
    /// Statuses a new record may start in: Pending (CloudFormation) and Connected (access keys).
    static bool canCreateWith(AccountStatus status);
    /// True when the AWS account id of the stored record \a stored can no longer change: it has one and is
    /// past pending (connected, active, failed), or it is disconnected (final). A pending record, or a live
    /// one that has no AWS account id yet, may get (or, while pending, change) its AWS account id.
    static bool awsAccountIdIsFixed(const Account &stored);

    // --- instances -----------------------------------------------------------------------------------
    /// Upserts one DescribeInstances page of \a region for account \a accountId in one transaction and
    /// reports the diff. Name, cluster and lifecycle are derived (StoredInstance::fromEc2); firstSeen is
    /// kept for known instances; lastSeen becomes \a seenAt for the rows it writes; health is kept. Set-based:
    /// unchanged rows are found by their stored fingerprint in one read per 256 rows and not written (their lastSeen
    /// moves when the region's listing completes: completeInstanceListing()), the rest read back and compared column
    /// by column, new and changed ones upserted in batches (team mode: one statement of column arrays)
    /// (ARCHITECTURE.md, "Discovery storage"). A re-discovered page of 1,000 writes nothing (bench/parts/merge.sh
    /// measures it with 100k stored). An id repeated within one page counts once. Instances of an account the caller
    /// cannot see: "AccountNotFound" or, in team mode, "PermissionDenied". \a health (instance id -> health, what the
    /// region's DescribeInstanceStatus said so far) is stored with the instances this page adds, so that storing the
    /// region's health later rewrites none of them (setHealth() changes only rows whose health differs); they are
    /// listed in healthStored. A stored instance keeps its health here whatever \a health says.
    /// What the caller knows about the rows a merge meets.
    enum class Stored {
        Unknown, ///< anything may be stored: find and compare (the default)
        NoneOfThese, ///< none of the page's instances is stored (the region had none when its listing began and
                     ///< the listing has not listed them before): all are added, without looking for them first
    };
    Result<InstanceMergeResult> mergeInstances(const QString &accountId, const QString &region,
        const QList<Ec2Instance> &page, const QDateTime &seenAt, Stored stored = Stored::Unknown,
        const QHash<QString, QString> &health = {});
    /// A page made ready for mergeInstances(): what its merge needs that no database does (each instance as it is
    /// stored, its fingerprint, the values of its described columns). Made by prepareInstances() on any thread: the
    /// discovery writer has it made ahead on another thread while it merges the page before.
    struct PreparedInstances
    {
        QString accountId;
        QString region;
        QDateTime seenAt;
        struct Row
        {
            StoredInstance instance;
            qint64 fingerprint = 0; ///< InstanceRow::fingerprintOf(instance), as the column stores it
            QVariantList described; ///< the described columns' values, as bound (empty: made by the merge if needed)
        };
        QList<Row> rows; ///< the page's instances with an id, each id once (the first description wins)
    };
    /// \a withDescribed false leaves each row's described values to the merge, which makes them only for the rows
    /// it writes or compares (a re-discovery's unchanged rows need none).
    static PreparedInstances prepareInstances(const QString &accountId, const QString &region,
        const QList<Ec2Instance> &page, const QDateTime &seenAt, bool withDescribed = true);
    /// SQLite: prepares the page merge's batched statements, and setHealth()'s, of every batch size now, so that the
    /// first pages of a discovery and its regions' completions find them ready (the 256-row upsert alone took 20.8 ms
    /// to prepare on a busy first page of an instrumented verify; the health of 1,000 instances written at a region's
    /// completion took 10-19 ms unprepared, ~7-12 ms prepared, in instrumented verifies). The discovery writer calls it
    /// when it opens its connection, while the run's first requests are on the wire. A failure is logged and leaves
    /// them to be prepared when first run. Nothing in team mode.
    void prepareMergeStatements();
    /// mergeInstances() of a prepared page.
    Result<InstanceMergeResult> mergeInstances(
        const PreparedInstances &page, Stored stored = Stored::Unknown, const QHash<QString, QString> &health = {});
    /// Whether the account has any instance stored in \a region (a first listing of it has nothing to compare).
    Result<bool> hasInstancesIn(const QString &accountId, const QString &region);
    /// The ids a listing's pages listed, kept as UTF-8, as SQLite stores them: its completion looks up each of the
    /// region's ids as read, without decoding it (at 100,000 instances, decoding and hashing each as a QString took
    /// about half of the completion's ~150-220 ms).
    class ListedIds
    {
    public:
        ListedIds() = default;
        ListedIds(std::initializer_list<QString> ids)
        {
            for (const QString &id : ids)
                insert(id);
        }
        void insert(const QString &id) { m_ids.insert(id.toUtf8()); }
        bool containsUtf8(const QByteArray &id) const { return m_ids.contains(id); }
        bool contains(const QString &id) const { return m_ids.contains(id.toUtf8()); }
        qsizetype size() const { return m_ids.size(); }
        void reserve(qsizetype size) { m_ids.reserve(size); }

    private:
        QSet<QByteArray> m_ids;
    };
    /// After a complete listing of \a region by the run that started at \a seenAt, whose pages listed \a listedIds:
    /// deletes the account's instances there that the listing did not list and no merge has written since \a seenAt
    /// (they are gone), and records \a seenAt as the region's last complete listing (the lastSeen of every instance
    /// left there that a merge did not rewrite: see instances()). One transaction; returns the deleted ids, sorted.
    /// Reads only that region's rows. This is the one place that decides what a discovery removes.
    Result<QStringList> completeInstanceListing(
        const QString &accountId, const QString &region, const QDateTime &seenAt, const ListedIds &listedIds);
    /// Sets the health of the listed instances (instance id, health) in one transaction, one UPDATE ... FROM per
    /// 256 pairs; unknown ids are ignored, and of an id listed twice the last health counts. Returns how many rows
    /// changed; \a changedOut, when given, receives those (id, health) pairs in the order of \a health.
    Result<int> setHealth(const QString &accountId, const QList<QPair<QString, QString>> &health,
        QList<QPair<QString, QString>> *changedOut = nullptr);
    /// The account's instances, ordered by region then instance id. An instance's lastSeen is the later of the last
    /// merge that wrote it and its region's last complete listing (completeInstanceListing()).
    Result<QList<StoredInstance>> instances(const QString &accountId);
    /// How many instances the account has.
    Result<int> instanceCount(const QString &accountId);

    // --- RDS databases ---------------------------------------------------------------------------------
    /// Upserts one DescribeDBInstances page of \a region for account \a accountId in one transaction and reports
    /// the diff by key (StoredInstance::key(): the DbiResourceId), with the same semantics as mergeInstances():
    /// what AWS describes is compared (StoredInstance::databaseFieldsOf()), firstSeen kept, lastSeen = \a seenAt.
    /// A database listed again after it was marked deleted is live again (a change).
    Result<InstanceMergeResult> mergeDatabases(
        const QString &accountId, const QString &region, const QList<RdsDbInstance> &page, const QDateTime &seenAt);
    /// After a complete listing of \a region: the account's databases there not seen since \a cutoff and not
    /// deleted yet become state "deleted" (kept as history, their other fields as last described); returns them.
    Result<QList<StoredInstance>> markDatabasesDeletedNotSeenSince(
        const QString &accountId, const QString &region, const QDateTime &cutoff);
    /// The account's databases, deleted ones included, ordered by region then identifier.
    Result<QList<StoredInstance>> databases(const QString &accountId);
    /// How many databases the account has, not counting deleted ones.
    Result<int> databaseCount(const QString &accountId);
    /// Records whether discovery may list the account's databases (and, PartlyDenied, where it may not).
    Result<void> setDatabaseAccess(const QString &accountId, DatabaseAccess access, const QStringList &deniedRegions);

    // --- audit ---------------------------------------------------------------------------------------
    /// Appends an audit row at now. There is deliberately no parameter for a secret; \a detail is free
    /// text for people and callers must keep secrets out of it. Returns the row id.
    Result<qint64> appendAudit(const QString &user, const QString &action, const QString &accountId,
        const QString &outcome, const QString &detail);
    /// Audit rows matching \a filter, newest first (team mode: only the user's own rows).
    Result<QList<AuditEntry>> audit(const AuditFilter &filter = {});

    // --- health of the database ---------------------------------------------------------------------
    /// SQLite: PRAGMA integrity_check and foreign_key_check; "DatabaseCorrupt" listing the first problems.
    /// PostgreSQL: a trivial round trip (the server keeps its own integrity).
    Result<void> integrityCheck();
    /// SQLite: copies into the database file what the WAL holds and no reader still needs (a PASSIVE checkpoint:
    /// it waits for no one and blocks no one), so that closing the last connection has little left to copy and
    /// sync. The discovery writer calls it when it has been idle for a moment. Team mode: nothing to do.
    Result<void> checkpoint();
    /// SQLite: the database file, its -wal and -shm, and its folder when that is Onramp's own data folder, that
    /// other local users can read or write (PrivateFiles::exposed()); empty in team mode. `doctor` reports them.
    QList<PrivateFiles::Exposure> exposedFiles() const;

private:
    Registry(QSqlDatabase db, bool teamMode, const QString &location);

    Result<void> configureSqlite();
    /// Team mode: opens the configured connection to \a target's server (a failure says why, never with the
    /// password) and takes the console user from it (SELECT current_user): the one place for both connections.
    Result<void> connectTeam(const RegistryInternal::PgTarget &target);
    /// open()'s last steps on a connection just opened: migrate, the console user's users row.
    Result<void> finishOpen();
    /// Team mode, after a page merge committed \a added new rows of \a accountId: each time the account's rows added
    /// through this connection reach 1,000 and then double, the server's planner statistics are refreshed
    /// (onramp_refresh_statistics(), schema 7), so the next pages are planned for the rows the account has.
    /// Best effort: a refresh that fails is logged, never the merge's error. Nothing in SQLite mode.
    void noteRowsAdded(const QString &accountId, qsizetype added);
    Result<void> migrate();
    Result<int> readSchemaVersion();
    Result<QString> queryCurrentUser();

    /// Prepared statements are cached per SQL text: mergeInstances runs them thousands of times.
    Result<QSqlQuery *> prepared(const QString &sql);
    /// Binds \a binds positionally to the cached statement \a sql and runs it; the caller finish()es it.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds, const QString &what);
    /// run(), then \a onRow for each result row (when given), then finish().
    Result<void> runEach(const QString &sql, const QVariantList &binds, const QString &what,
        const std::function<void(const RegistryInternal::BatchRow &)> &onRow);
    /// Runs \a sql, whose binds are \a head and then kMergeBatch keys (registry_p.h), over \a keys in batches (the
    /// last padded by repeating its last key), calling \a onRow for each result row: for SELECTs and idempotent
    /// UPDATEs over a page's ids.
    Result<void> runForKeys(const QString &sql, const QVariantList &head, const QStringList &keys, const QString &what,
        const std::function<void(const RegistryInternal::BatchRow &)> &onRow = {});
    /// Runs \a statement over \a count rows in batches (RowsStatement sizes), \a bindRow(binds, i) appending row i's
    /// binds, \a tail after them; \a onRow is called for each result row (RETURNING).
    Result<void> runForRows(const RegistryInternal::RowsStatement &statement, qsizetype count,
        const std::function<void(QVariantList &, qsizetype)> &bindRow, const QString &what,
        const QVariantList &tail = {}, const std::function<void(const RegistryInternal::BatchRow &)> &onRow = {});
    /// One transaction on this connection that rolls back unless committed (registry_p.h).
    class Transaction;
    Result<Account> readAccount(const QString &id);
    Result<void> writeAccount(const Account &account, bool insert);
    AwsError transitionError(AccountStatus from, AccountStatus to) const;
    /// Maps a driver error to a registry error code and a message for people; \a what says what we were doing.
    AwsError sqlError(const QSqlError &error, const QString &what) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    bool m_teamMode = false;
    QString m_location;
    QString m_consoleUser;
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = 0;
    int m_cacheKiB = 0;
    QString m_transportSecurity;
    std::unique_ptr<QHash<QString, QSqlQuery>> m_statements;
    /// SQLite mode: runEach()'s statements, run through SQLite's C API (null: through Qt; always in team mode).
    std::unique_ptr<RegistryInternal::SqliteStatements> m_sqlite;
    /// noteRowsAdded(): per account, rows added through this connection, and that count at the last refresh.
    QHash<QString, std::pair<qint64, qint64>> m_rowsAdded;
};
