// Tests of Registry on real SQLite files: migrations, refusals, ownership, status machine, instances, audit.
#include "models/registry.h"
#include "models/registry_p.h"
#include "models/sqlitestatements.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>
#include <sqlite3.h>
#include <sys/stat.h>

#include <latch>
#include <thread>
#include <type_traits>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// For QVERIFY2 messages, which are evaluated even when the check passes.
template <typename T> QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

Ec2Instance makeInstance(const QString &id, const QList<Ec2Tag> &tags = {}, bool spot = false)
{
    Ec2Instance i;
    i.instanceId = id;
    i.instanceType = u"m5.large"_s;
    i.state = u"running"_s;
    i.availabilityZone = u"eu-west-1a"_s;
    i.privateIp = u"10.0.0.1"_s;
    i.publicIp = u"34.1.2.3"_s;
    i.launchTime = QDateTime(QDate(2024, 3, 1), QTime(8, 30, 15, 250), Qt::UTC);
    i.spot = spot;
    i.tags = tags;
    return i;
}

/// \a count instances "i-0000", "i-0001", ... (ids of \a digits digits), as makeInstance() builds them.
/// The SQLite connection under the registry opened on the file \a path (its Qt connection found by file name).
sqlite3 *sqliteHandleOf(const QString &path)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (QFileInfo(db.databaseName()) == QFileInfo(path))
            return RegistryInternal::SqliteStatements::handleOf(db);
    }
    return nullptr;
}

QList<Ec2Instance> numberedInstances(int count, int digits)
{
    QList<Ec2Instance> page;
    page.reserve(count);
    for (int i = 0; i < count; ++i)
        page.append(makeInstance(u"i-%1"_s.arg(i, digits, 10, QLatin1Char('0'))));
    return page;
}

Account connectedAccount(const QString &owner, const QString &awsId)
{
    Account a;
    a.owner = owner;
    a.awsAccountId = awsId;
    a.friendlyName = u"prod"_s;
    a.method = AccountMethod::AccessKeys;
    a.region = u"eu-west-1"_s;
    a.status = AccountStatus::Connected;
    a.keychainRef = u"account/x"_s;
    return a;
}

/// A raw connection to a file, for building fixtures the Registry would refuse to build.
class RawDb
{
public:
    explicit RawDb(const QString &path, const QString &name = u"raw"_s)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }

private:
    QString m_name;
    bool m_ok = false;
};

/// Takes a file written by this build back to schema 5 (as version 5 wrote it): no fingerprint columns, last_seen
/// indexed. The migration tests start from there.
/// A SQLite file back to version 5: what versions 6 to 9 added undone (7 and 8 add nothing to SQLite).
bool undoSchemaV6(RawDb &raw)
{
    return raw.exec(u"DROP TABLE instance_listings"_s) && raw.exec(u"ALTER TABLE instances DROP COLUMN fingerprint"_s)
        && raw.exec(u"ALTER TABLE databases DROP COLUMN fingerprint"_s) && raw.exec(u"DROP INDEX instances_by_region"_s)
        && raw.exec(u"CREATE INDEX instances_by_region_seen ON instances(account_id, region, last_seen)"_s);
}

// The version-1 schema exactly as the first release wrote it; frozen here so the upgrade path stays tested
// even after registryschema.cpp moves on.
const char *const kSchemaV1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE users ( name TEXT PRIMARY KEY NOT NULL, plan TEXT NOT NULL DEFAULT 'standard' CHECK (plan IN "
    "('trial', 'standard')), created_at TEXT NOT NULL)",
    "CREATE TABLE accounts ( id TEXT PRIMARY KEY NOT NULL, owner TEXT NOT NULL REFERENCES users(name), aws_account_id "
    "TEXT, friendly_name TEXT NOT NULL DEFAULT '', method TEXT NOT NULL CHECK (method IN ('iam_role', 'access_keys')), "
    "role_arn TEXT NOT NULL DEFAULT '', external_id TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', status "
    "TEXT NOT NULL  CHECK (status IN ('pending', 'connected', 'active', 'failed', 'disconnected')), last_validated_at "
    "TEXT, last_error TEXT NOT NULL DEFAULT '', keychain_ref TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
    "updated_at TEXT NOT NULL)",
    "CREATE INDEX accounts_by_owner ON accounts(owner)",
    "CREATE TABLE instances ( account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, instance_id TEXT NOT "
    "NULL, region TEXT NOT NULL, az TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '', instance_type TEXT NOT "
    "NULL DEFAULT '', lifecycle TEXT NOT NULL DEFAULT 'on-demand', private_ip TEXT NOT NULL DEFAULT '', public_ip TEXT "
    "NOT NULL DEFAULT '', launch_time TEXT, name TEXT NOT NULL DEFAULT '', cluster TEXT NOT NULL DEFAULT '', tags_json "
    "TEXT NOT NULL DEFAULT '[]', health TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, "
    "PRIMARY KEY (account_id, instance_id))",
    "CREATE INDEX instances_by_region_seen ON instances(account_id, region, last_seen)",
    "CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_name TEXT NOT NULL, action "
    "TEXT NOT NULL, account_id TEXT, outcome TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX audit_by_account ON audit_log(account_id, id)",
    "INSERT INTO schema_version (version) VALUES (1)",
    "INSERT INTO users VALUES ('carol', 'trial', '2024-01-01T00:00:00.000Z')",
    "INSERT INTO accounts (id, owner, aws_account_id, method, status, created_at, updated_at) VALUES "
    "('11111111-1111-1111-1111-111111111111', 'carol', '123456789012', 'iam_role', 'active', "
    "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')",
    "INSERT INTO instances (account_id, instance_id, region, first_seen, last_seen) VALUES "
    "('11111111-1111-1111-1111-111111111111', 'i-0aaa', 'us-east-1', '2024-01-01T00:00:00.000Z', "
    "'2024-01-01T00:00:00.000Z')",
};

} // namespace

class TestRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsAreWrittenAndReadAsQtWritesAndReadsThem()
    {
        // RegistryInternal::toDb() / fromDb() write and read their own form directly: the text and the time must be
        // exactly Qt's (QDateTime::toString / fromString, Qt::ISODateWithMs, UTC), whatever the time.
        using RegistryInternal::fromDb;
        using RegistryInternal::toDb;
        QList<QDateTime> times = { QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC), QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(12, 34, 56, 789), Qt::UTC),
            QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2100, 2, 28), QTime(1, 2), Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2024, 5, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600), // the day before, in UTC
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(-5, 6, 7), QTime(8, 9), Qt::UTC) };
        QRandomGenerator random(20261205);
        for (int i = 0; i < 20000; ++i) // year 0 (none in Qt's calendar) to past 9999
            times << QDateTime::fromMSecsSinceEpoch(
                random.bounded(qint64(-62200000000000), qint64(253500000000000)), Qt::UTC);
        for (const QDateTime &t : std::as_const(times)) {
            const QString text = t.toUTC().toString(Qt::ISODateWithMs);
            QCOMPARE(toDb(t), text);
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
            const QDateTime read = fromDb(text);
            QCOMPARE(read, qt);
            QCOMPARE(read.isValid(), qt.isValid());
            if (read.isValid())
                QCOMPARE(read.timeSpec(), Qt::UTC);
        }
        for (const QString &text :
            { QString(), QStringLiteral("2024-02-30T00:00:00.000Z"), QStringLiteral("2023-02-29T00:00:00.000Z"),
                QStringLiteral("2024-13-01T00:00:00.000Z"), QStringLiteral("2024-00-10T00:00:00.000Z"),
                QStringLiteral("2024-01-00T00:00:00.000Z"), QStringLiteral("2024-01-01T24:00:00.000Z"),
                QStringLiteral("2024-01-01T23:60:00.000Z"), QStringLiteral("2024-01-01T23:59:60.000Z"),
                QStringLiteral("2024-01-0xT00:00:00.000Z"), QStringLiteral("0000-01-01T00:00:00.000Z"),
                QStringLiteral("2024-01-01T00:00:00Z"), QStringLiteral("2024-01-01T00:00:00.000+01:00"),
                QStringLiteral("2024-01-01 00:00:00.000Z"), QStringLiteral("\u0662024-01-01T00:00:00.000Z") }) {
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            QCOMPARE(fromDb(text), qt.isValid() ? qt.toUTC() : QDateTime());
        }
        QVERIFY(!fromDb(QVariant()).isValid());
        QCOMPARE(toDb(QDateTime()), QString());
    }

    void initTestCase();

    // opening and migrations
    void createsFreshDatabaseInWalModeAtCurrentSchema();
    void defaultPathIsUnderAppDataLocation();
    void newFoldersAndDatabaseFilesAreOwnerOnlyWhateverTheUmask();
    void exposedFilesNamesRegistryFilesOthersCanRead();
    void upgradesVersionOneFileInPlace();
    void refusesDatabaseFromNewerOnramp();
    void refusesGarbageFileAsCorrupt();
    void refusesForeignSqliteDatabase();
    void refusesReadOnlyFile();
    void reportsLockedDatabaseAfterBusyTimeout();
    void removesItsConnectionWhenDestroyed();
    void enforcesForeignKeys();
    void integrityCheckPassesOnHealthyFile();

    // users
    void newUsersAreStandardAndPlansCanChange();

    // accounts and ownership
    void createsAccountWithFreshIdAndTimestamps();
    void uniqueIndexRefusesSecondLiveOwnerUntilDisconnect();
    void pendingAccountsWithoutAwsIdDoNotCollide();
    void updateAccountStoresIdAndTransitionAtomically();
    void updateAccountCannotTakeOverALiveAwsAccount();
    void updateAccountKeepsTheAwsAccountIdOnceConnected();
    void canTransitionFollowsTheStatusMachine_data();
    void canTransitionFollowsTheStatusMachine();
    void setStatusRefusesInvalidTransitionWithClearMessage();
    void setStatusToConnectedRecordsValidation();
    void createAccountRefusesStatusOtherThanPendingOrConnected();
    void liveAccountCountIgnoresDisconnected();
    void organizationRecordsHoldTheirMembersAndSettings();
    void concurrentConnectsOfOneAwsAccountHaveExactlyOneWinner();
    void refusedWritesLeaveNoTransactionOpen();

    // instances
    void derivesNameClusterAndLifecycle_data();
    void derivesNameClusterAndLifecycle();
    void mergeInstancesReportsAddedChangedUnchanged();
    void mergeStatementsPreparedAheadServeAFirstPage();
    void aReDiscoveryWritesNoUnchangedRow();
    void aListingsTimeIsItsInstancesLastSeenAndNeverMovesBack();
    void aVersionEightFileKeepsItsLastSeenTimes();
    void mergedInstancesRoundTripEveryField();
    void mergeAndDescribesSameAsAgreeOnEachDescribedField_data();
    void mergeAndDescribesSameAsAgreeOnEachDescribedField();
    void mergeAcrossBatchBoundariesKeepsEveryRow();
    void multiRowStatementsStayUnderTheParameterBound();
    void aPageKnownNewIsStoredWithoutLookingAndStillUpserts();
    void healthGivenWithAPageIsStoredForTheInstancesItAddsOnly();
    void removesInstancesNotListedInThatRegionOnly();
    void setHealthCountsChangesAndSurvivesMerge();
    // Issue 16, item 2: the fingerprint column and the set-based statements.
    void aVersionFiveFileGainsFingerprintsAndReportsNoChange();
    void aWrongFingerprintIsSettledByTheStoredColumns();
    void fieldsThatWouldJoinToTheSameTextStillDiffer();
    void relistingADeletedDatabaseIsAChangeEvenWithTheSameDescription();
    void setHealthTakesTheLastHealthOfARepeatedId();
    void mergesPagesOfEveryBatchSize();
    void tagsJsonIsQtsCompactJson();
    void everyConnectionIsWalWithSynchronousNormal();
    void batchedStatementsBindAndReadAsQtsDriverDoes();
    void removingGoneInstancesReadsOnlyTheirRegion();
    void mergesThousandRowPagesAddedThenUnchanged();

    // databases
    void mergeDatabasesReportsAddedChangedUnchangedByResourceId();
    void databasesRoundTripEveryFieldAndTags();
    void aRenamedDatabaseKeepsItsRowAReCreatedOneGetsANewOne();
    void deletedDatabasesStayAsHistoryAndAreNotCounted();
    void databaseAccessIsStoredAndOrganizationsCountTheirMembersDatabases();
    void aVersionFourFileGainsTheDatabasesTable();

    // audit
    void auditAppendsAndFilters();
    void auditApiHasNoSecretParameter();

private:
    std::unique_ptr<Registry> openOk(
        const QString &path, const QString &user = u"alice"_s, const Registry::Options &options = {});
    /// For the tests that count what SQLite does on the registry's own connection: a fresh file with alice's
    /// connected account, and that connection's handle (null when something failed: the caller QVERIFYs it).
    struct CountedFile
    {
        std::unique_ptr<Registry> reg;
        QString accountId;
        sqlite3 *handle = nullptr;
    };
    CountedFile countedFile();

    QTemporaryDir m_dir;
    int m_files = 0;
    QString nextPath() { return m_dir.filePath(u"reg%1.sqlite"_s.arg(++m_files)); }
};

std::unique_ptr<Registry> TestRegistry::openOk(
    const QString &path, const QString &user, const Registry::Options &options)
{
    Result<std::unique_ptr<Registry>> r = Registry::open(path, user, options);
    if (!r) {
        qWarning("open failed: %s", qPrintable(errorText(r)));
        return nullptr;
    }
    return std::move(r).value();
}

TestRegistry::CountedFile TestRegistry::countedFile()
{
    CountedFile file;
    const QString path = nextPath();
    file.reg = openOk(path);
    if (!file.reg)
        return file;
    const Result<Account> account = file.reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s));
    if (!account)
        return file;
    file.accountId = account->id;
    file.handle = sqliteHandleOf(path);
    return file;
}

void TestRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegistry::createsFreshDatabaseInWalModeAtCurrentSchema()
{
    const QString path = nextPath();
    {
        auto reg = openOk(path);
        QVERIFY(reg);
        QCOMPARE(reg->schemaVersion(), Registry::SchemaVersion);
        QCOMPARE(reg->consoleUser(), u"alice"_s);
        QVERIFY(!reg->isTeamMode());
        QCOMPARE(reg->location(), QFileInfo(path).absoluteFilePath());
    }
    RawDb raw(path);
    QVERIFY(raw.ok());
    // journal_mode=WAL is persistent in the file, so a fresh connection sees it.
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.scalar(u"SELECT version FROM schema_version"_s).toInt(), Registry::SchemaVersion);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'accounts_live_aws_account'"_s).toInt(), 1);
}

void TestRegistry::newFoldersAndDatabaseFilesAreOwnerOnlyWhateverTheUmask()
{
    // The usual desktop umask (022) would make the folder 0755 and SQLite's files 0644.
    const mode_t previous = ::umask(022);
    auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QString folder = m_dir.filePath(u"private-%1/nested/data"_s.arg(++m_files));
    const QString path = folder + u"/onramp.sqlite"_s;
    {
        auto reg = openOk(path);
        QVERIFY(reg);
        Account a;
        a.owner = u"alice"_s;
        a.method = AccountMethod::IamRole;
        a.status = AccountStatus::Pending;
        QVERIFY(reg->createAccount(a).ok()); // a write: the -wal and -shm files exist now
        auto modeOf = [](const QString &p) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? unsigned(st.st_mode & 0777) : 0xffffu;
        };
        for (const QString &created :
            QStringList { folder, QFileInfo(folder).path(), QFileInfo(QFileInfo(folder).path()).path() })
            QCOMPARE(PrivateFiles::modeText(modeOf(created)), u"0700"_s);
        for (const QString &file : QStringList { path, path + u"-wal"_s, path + u"-shm"_s })
            QCOMPARE(PrivateFiles::modeText(modeOf(file)), u"0600"_s);
        QVERIFY(reg->exposedFiles().isEmpty());
    }
    // The folder it was put in already existed (m_dir): left as it was.
    QVERIFY(QFileInfo(m_dir.path()).exists());
}

void TestRegistry::exposedFilesNamesRegistryFilesOthersCanRead()
{
    const QString path = nextPath();
    auto reg = openOk(path);
    QVERIFY(reg);
    QVERIFY(reg->exposedFiles().isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QList<PrivateFiles::Exposure> exposed = reg->exposedFiles();
    QCOMPARE(exposed.size(), 1);
    QCOMPARE(exposed.first().path, path);
    QCOMPARE(PrivateFiles::modeText(exposed.first().mode), u"0644"_s);
    const PrivateFiles::Report report = PrivateFiles::report(exposed);
    QVERIFY(!report.ok);
    QVERIFY2(report.detail.contains(path) && report.detail.contains(u"0644"_s), qPrintable(report.detail));
    QCOMPARE(report.hint, u"run: chmod go= "_s + path);
    QVERIFY(PrivateFiles::report({}).ok);
}

void TestRegistry::defaultPathIsUnderAppDataLocation()
{
    const QString expected = Registry::defaultSqlitePath();
    QVERIFY(expected.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QFile::remove(expected);
    {
        auto reg = openOk(QString());
        QVERIFY(reg);
        QCOMPARE(reg->location(), expected);
    }
    QVERIFY(QFileInfo::exists(expected));
    QFile::remove(expected);
    QFile::remove(expected + u"-wal"_s);
    QFile::remove(expected + u"-shm"_s);
}

void TestRegistry::upgradesVersionOneFileInPlace()
{
    const QString path = nextPath();
    {
        RawDb raw(path);
        QVERIFY(raw.ok());
        for (const char *sql : kSchemaV1)
            QVERIFY(raw.exec(QString::fromLatin1(sql)));
    }
    auto reg = openOk(path, u"carol"_s);
    QVERIFY(reg);
    QCOMPARE(reg->schemaVersion(), Registry::SchemaVersion);

    // The data written by version 1 is still there and readable.
    Result<Account> a = reg->account(u"11111111-1111-1111-1111-111111111111"_s);
    QVERIFY2(a.ok(), qPrintable(errorText(a)));
    QCOMPARE(a->owner, u"carol"_s);
    QCOMPARE(a->status, AccountStatus::Active);
    QCOMPARE(a->instanceCount, 1);
    Result<std::optional<ConsoleUser>> carol = reg->user(u"carol"_s);
    QVERIFY(carol.ok() && carol.value());
    QCOMPARE(carol.value()->plan, UserPlan::Trial);

    // What version 2 added works on the upgraded file: the ownership index.
    Result<Account> dup = reg->createAccount(connectedAccount(u"dave"_s, u"123456789012"_s));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, u"AccountOwnedByAnotherUser"_s);
}

void TestRegistry::refusesDatabaseFromNewerOnramp()
{
    const QString path = nextPath();
    QVERIFY(openOk(path));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(u"UPDATE schema_version SET version = %1"_s.arg(Registry::SchemaVersion + 7)));
    }
    Result<std::unique_ptr<Registry>> r = Registry::open(path, u"alice"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"DatabaseNewer"_s);
    QCOMPARE(r.error().message,
        u"The database was created by a newer Onramp (schema %1, this build knows %2)."_s
            .arg(Registry::SchemaVersion + 7)
            .arg(Registry::SchemaVersion));
    // Refusing must not have touched it.
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"SELECT version FROM schema_version"_s).toInt(), Registry::SchemaVersion + 7);
}

void TestRegistry::refusesGarbageFileAsCorrupt()
{
    const QString path = nextPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    f.write(garbage);
    f.close();

    QElapsedTimer t;
    t.start();
    Result<std::unique_ptr<Registry>> r = Registry::open(path, u"alice"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"DatabaseCorrupt"_s);
    QVERIFY2(r.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(errorText(r)));
    QVERIFY2(r.error().message.contains(u"damaged or is not a database"_s), qPrintable(errorText(r)));
    QVERIFY(t.elapsed() < 2000);
    // Not "repaired" by overwriting.
    QCOMPARE(QFileInfo(path).size(), qint64(garbage.size()));
}

void TestRegistry::refusesForeignSqliteDatabase()
{
    const QString path = nextPath();
    {
        RawDb raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE songs (title TEXT)"_s));
    }
    Result<std::unique_ptr<Registry>> r = Registry::open(path, u"alice"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"NotAnOnrampDatabase"_s);
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'accounts'"_s).toInt(), 0);
}

void TestRegistry::refusesReadOnlyFile()
{
    const QString path = nextPath();
    QVERIFY(openOk(path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QString code;
    QString message;
    if (::geteuid() == 0) {
        // root writes any file regardless of its mode: check as an unprivileged user in a child process.
        QVERIFY(QFile::setPermissions(
            m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        QProcess child;
        child.start(u"runuser"_s,
            { u"-u"_s, u"nobody"_s, u"--"_s, QCoreApplication::applicationFilePath(), u"--open-registry-child"_s,
                path });
        QVERIFY(child.waitForFinished(30000));
        const QStringList out = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        QVERIFY2(out.size() >= 2, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        code = out.at(0);
        message = out.at(1);
    } else {
        Result<std::unique_ptr<Registry>> r = Registry::open(path, u"alice"_s);
        QVERIFY(!r.ok());
        code = r.error().code;
        message = r.error().message;
    }
    QCOMPARE(code, u"DatabaseReadOnly"_s);
    QVERIFY2(
        message.contains(u"read-only"_s) && message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(message));
}

void TestRegistry::reportsLockedDatabaseAfterBusyTimeout()
{
    const QString path = nextPath();
    Registry::Options options;
    options.busyTimeoutMs = 150;
    auto reg = openOk(path, u"alice"_s, options);
    QVERIFY(reg);

    RawDb locker(path, u"locker"_s);
    QVERIFY(locker.exec(u"BEGIN EXCLUSIVE"_s));
    QElapsedTimer t;
    t.start();
    Result<Account> r = reg->createAccount(connectedAccount(u"alice"_s, u"210987654321"_s));
    const qint64 waited = t.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"DatabaseLocked"_s);
    QVERIFY(r.error().retryable);
    QVERIFY2(r.error().message.contains(u"locked by another Onramp process"_s), qPrintable(errorText(r)));
    QVERIFY2(waited >= 140, qPrintable(QString::number(waited)));
    QVERIFY2(waited < 3000, qPrintable(QString::number(waited)));
    QVERIFY(locker.exec(u"ROLLBACK"_s));

    // Once the other writer is gone the same registry works again (no transaction left dangling).
    Result<Account> again = reg->createAccount(connectedAccount(u"alice"_s, u"210987654321"_s));
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
}

void TestRegistry::removesItsConnectionWhenDestroyed()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto a = openOk(nextPath());
        auto b = openOk(nextPath());
        QVERIFY(a && b);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    // A failed open leaves nothing behind either.
    const QString garbage = nextPath();
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    QVERIFY(!Registry::open(garbage, u"alice"_s).ok());
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestRegistry::enforcesForeignKeys()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Result<InstanceMergeResult> r = reg->mergeInstances(
        u"no-such-account"_s, u"us-east-1"_s, { makeInstance(u"i-1"_s) }, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"AccountNotFound"_s);
    Result<int> n = reg->instanceCount(u"no-such-account"_s);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 0);
}

void TestRegistry::integrityCheckPassesOnHealthyFile()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Result<Account> a = reg->createAccount(connectedAccount(u"alice"_s, u"123412341234"_s));
    QVERIFY(a.ok());
    QVERIFY(
        reg->mergeInstances(a->id, u"us-east-1"_s, { makeInstance(u"i-1"_s) }, QDateTime::currentDateTimeUtc()).ok());
    Result<void> ok = reg->integrityCheck();
    QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
}

void TestRegistry::newUsersAreStandardAndPlansCanChange()
{
    auto reg = openOk(nextPath(), u"alice"_s);
    QVERIFY(reg);
    Result<ConsoleUser> bob = reg->ensureUser(u"bob"_s);
    QVERIFY(bob.ok());
    QCOMPARE(bob->plan, UserPlan::Standard);
    QVERIFY(bob->createdAt.isValid());
    Result<ConsoleUser> trial = reg->setPlan(u"bob"_s, UserPlan::Trial);
    QVERIFY(trial.ok());
    QCOMPARE(trial->plan, UserPlan::Trial);
    // ensureUser keeps an existing user's plan.
    QCOMPARE(reg->ensureUser(u"bob"_s)->plan, UserPlan::Trial);

    Result<QList<ConsoleUser>> all = reg->users();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"alice"_s); // the console user got a row on open
    QCOMPARE(all->at(1).name, u"bob"_s);

    Result<ConsoleUser> missing = reg->setPlan(u"zed"_s, UserPlan::Trial);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, u"UserNotFound"_s);
    QVERIFY(reg->user(u"zed"_s).ok() && !reg->user(u"zed"_s).value());
}

void TestRegistry::createsAccountWithFreshIdAndTimestamps()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account pending;
    pending.method = AccountMethod::IamRole;
    pending.externalId = u"onramp-0b3f"_s;
    pending.region = u"us-east-1"_s;
    Result<Account> a = reg->createAccount(pending);
    QVERIFY2(a.ok(), qPrintable(errorText(a)));
    QCOMPARE(a->id.size(), 36);
    QCOMPARE(a->owner, u"alice"_s);
    QCOMPARE(a->status, AccountStatus::Pending);
    QVERIFY(a->awsAccountId.isEmpty());
    QVERIFY(a->createdAt.isValid());
    QCOMPARE(a->createdAt, a->updatedAt);
    QVERIFY(!a->lastValidatedAt.isValid());
    Result<Account> again = reg->account(a->id);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), a.value());

    Result<Account> none = reg->account(u"nope"_s);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, u"AccountNotFound"_s);
}

void TestRegistry::uniqueIndexRefusesSecondLiveOwnerUntilDisconnect()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Result<Account> alices = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s));
    QVERIFY(alices.ok());

    Result<Account> bobs = reg->createAccount(connectedAccount(u"bob"_s, u"123456789012"_s));
    QVERIFY(!bobs.ok());
    QCOMPARE(bobs.error().code, u"AccountOwnedByAnotherUser"_s);
    QVERIFY(bobs.error().message.contains(u"123456789012"_s));
    QVERIFY(reg->heldByAnotherUser(u"123456789012"_s, u"bob"_s).value());
    QVERIFY(!reg->heldByAnotherUser(u"123456789012"_s, u"alice"_s).value()); // her own
    QCOMPARE(reg->liveAccountByAwsId(u"123456789012"_s).value()->id, alices->id);
    QCOMPARE(reg->accounts(u"bob"_s)->size(), 0); // nothing of bob's was stored

    QVERIFY(reg->setStatus(alices->id, AccountStatus::Disconnected).ok());
    QVERIFY(!reg->heldByAnotherUser(u"123456789012"_s, u"bob"_s).value());
    QVERIFY(!reg->liveAccountByAwsId(u"123456789012"_s).value());
    Result<Account> bobsNow = reg->createAccount(connectedAccount(u"bob"_s, u"123456789012"_s));
    QVERIFY2(bobsNow.ok(), qPrintable(errorText(bobsNow)));
    QVERIFY(reg->heldByAnotherUser(u"123456789012"_s, u"alice"_s).value());
    QCOMPARE(reg->liveAccountByAwsId(u"123456789012"_s).value()->owner, u"bob"_s);
    // Alice's old record stays as history.
    QCOMPARE(reg->accounts(u"alice"_s)->size(), 1);
}

void TestRegistry::pendingAccountsWithoutAwsIdDoNotCollide()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    for (int i = 0; i < 3; ++i) {
        Account p;
        p.owner = i % 2 ? u"bob"_s : u"alice"_s;
        QVERIFY(reg->createAccount(p).ok());
    }
    QCOMPARE(reg->accounts()->size(), 3);
}

void TestRegistry::updateAccountStoresIdAndTransitionAtomically()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account pending;
    pending.externalId = u"onramp-x"_s;
    Account a = reg->createAccount(pending).value();
    a.awsAccountId = u"111122223333"_s;
    a.roleArn = u"arn:aws:iam::111122223333:role/OnrampDiscovery"_s;
    a.status = AccountStatus::Connected;
    Result<Account> stored = reg->updateAccount(a);
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    QCOMPARE(stored->status, AccountStatus::Connected);
    QCOMPARE(stored->awsAccountId, u"111122223333"_s);
    QVERIFY(stored->lastValidatedAt.isValid());
    QVERIFY(stored->updatedAt >= stored->createdAt);

    // The same door as setStatus: connected -> pending is refused and nothing of the update is written.
    Account back = stored.value();
    back.friendlyName = u"renamed"_s;
    back.status = AccountStatus::Pending;
    Result<Account> refused = reg->updateAccount(back);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"InvalidStatusTransition"_s);
    QCOMPARE(reg->account(a.id)->friendlyName, stored->friendlyName);
}

void TestRegistry::updateAccountCannotTakeOverALiveAwsAccount()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    QVERIFY(reg->createAccount(connectedAccount(u"alice"_s, u"999988887777"_s)).ok());
    Account bobPending;
    bobPending.owner = u"bob"_s;
    Account b = reg->createAccount(bobPending).value();
    b.awsAccountId = u"999988887777"_s;
    b.status = AccountStatus::Connected;
    Result<Account> r = reg->updateAccount(b);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"AccountOwnedByAnotherUser"_s);
    // Rolled back: bob's record is still pending without an AWS id.
    QCOMPARE(reg->account(b.id)->status, AccountStatus::Pending);
    QVERIFY(reg->account(b.id)->awsAccountId.isEmpty());
}

void TestRegistry::updateAccountKeepsTheAwsAccountIdOnceConnected()
{
    // The rule the team database's trigger also enforces (tst_registry_postgres): a pending record may get (and
    // change) its AWS account id; a connected, active or failed one keeps it; a disconnected one is final.
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account pending = reg->createAccount(Account()).value();
    pending.awsAccountId = u"111111111111"_s;
    QVERIFY(reg->updateAccount(pending).ok());
    pending.awsAccountId = u"222222222222"_s;
    pending.status = AccountStatus::Connected;
    Result<Account> connected = reg->updateAccount(pending);
    QVERIFY2(connected.ok(), qPrintable(errorText(connected)));

    for (AccountStatus status : { AccountStatus::Connected, AccountStatus::Active, AccountStatus::Failed }) {
        if (status != AccountStatus::Connected)
            QVERIFY(reg->setStatus(connected->id, status).ok());
        Account moved = reg->account(connected->id).value();
        moved.awsAccountId = u"333333333333"_s;
        Result<Account> refused = reg->updateAccount(moved);
        QVERIFY2(!refused.ok(), qPrintable(accountStatusName(status)));
        QCOMPARE(refused.error().code, u"AwsAccountIdFixed"_s);
        QVERIFY2(refused.error().message.contains(u"222222222222"_s), qPrintable(refused.error().message));
        QCOMPARE(reg->account(connected->id)->awsAccountId, u"222222222222"_s);
    }
    QVERIFY(reg->setStatus(connected->id, AccountStatus::Disconnected).ok());
    Account gone = reg->account(connected->id).value();
    gone.awsAccountId = u"333333333333"_s;
    QCOMPARE(reg->updateAccount(gone).error().code, u"InvalidStatusTransition"_s);
    QVERIFY(Registry::awsAccountIdIsFixed(gone));
    gone.awsAccountId.clear();
    QVERIFY(Registry::awsAccountIdIsFixed(gone)); // disconnected: fixed even without an id
}

void TestRegistry::canTransitionFollowsTheStatusMachine_data()
{
    using S = AccountStatus;
    QTest::addColumn<AccountStatus>("from");
    QTest::addColumn<AccountStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QList<S> all { S::Pending, S::Connected, S::Active, S::Failed, S::Disconnected };
    // The whole table, spelled out: every pair not listed here is refused.
    const QList<QPair<S, S>> allowed {
        { S::Pending, S::Connected },
        { S::Pending, S::Failed },
        { S::Pending, S::Disconnected },
        { S::Connected, S::Active },
        { S::Connected, S::Failed },
        { S::Connected, S::Disconnected },
        { S::Active, S::Connected },
        { S::Active, S::Active },
        { S::Active, S::Failed },
        { S::Active, S::Disconnected },
        { S::Failed, S::Connected },
        { S::Failed, S::Active },
        { S::Failed, S::Failed },
        { S::Failed, S::Disconnected },
    };
    for (S from : all) {
        for (S to : all) {
            const QByteArray name = accountStatusName(from).toLatin1() + "->" + accountStatusName(to).toLatin1();
            QTest::newRow(name.constData()) << from << to << allowed.contains(qMakePair(from, to));
        }
    }
}

void TestRegistry::canTransitionFollowsTheStatusMachine()
{
    QFETCH(AccountStatus, from);
    QFETCH(AccountStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(Registry::canTransition(from, to), allowed);
}

void TestRegistry::setStatusRefusesInvalidTransitionWithClearMessage()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(Account()).value();
    Result<Account> r = reg->setStatus(a.id, AccountStatus::Active);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"InvalidStatusTransition"_s);
    QCOMPARE(r.error().message, u"An account cannot go from pending to active."_s);
    QCOMPARE(reg->account(a.id)->status, AccountStatus::Pending);

    QVERIFY(reg->setStatus(a.id, AccountStatus::Disconnected).ok());
    Result<Account> revive = reg->setStatus(a.id, AccountStatus::Connected);
    QVERIFY(!revive.ok());
    QVERIFY(revive.error().message.contains(u"disconnected"_s));

    Result<Account> missing = reg->setStatus(u"nope"_s, AccountStatus::Disconnected);
    QCOMPARE(missing.error().code, u"AccountNotFound"_s);
}

void TestRegistry::setStatusToConnectedRecordsValidation()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(Account()).value();
    Result<Account> failed = reg->setStatus(a.id, AccountStatus::Failed, u"AccessDenied: wrong External ID"_s);
    QVERIFY(failed.ok());
    QCOMPARE(failed->lastError, u"AccessDenied: wrong External ID"_s);
    QVERIFY(!failed->lastValidatedAt.isValid());
    Result<Account> connected = reg->setStatus(a.id, AccountStatus::Connected);
    QVERIFY(connected.ok());
    QVERIFY(connected->lastError.isEmpty());
    QVERIFY(connected->lastValidatedAt.isValid());
    QVERIFY(reg->setStatus(a.id, AccountStatus::Active).ok());
    QCOMPARE(reg->account(a.id)->status, AccountStatus::Active);
}

void TestRegistry::createAccountRefusesStatusOtherThanPendingOrConnected()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    for (AccountStatus s : { AccountStatus::Active, AccountStatus::Failed, AccountStatus::Disconnected }) {
        Account a = connectedAccount(u"alice"_s, u"555566667777"_s);
        a.status = s;
        Result<Account> r = reg->createAccount(a);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"InvalidStatusTransition"_s);
    }
    QCOMPARE(reg->accounts()->size(), 0);
}

void TestRegistry::liveAccountCountIgnoresDisconnected()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"100000000001"_s)).value();
    QVERIFY(reg->createAccount(connectedAccount(u"alice"_s, u"100000000002"_s)).ok());
    QVERIFY(reg->createAccount(connectedAccount(u"bob"_s, u"100000000003"_s)).ok());
    QCOMPARE(reg->liveAccountCount(u"alice"_s).value(), 2);
    QVERIFY(reg->setStatus(a.id, AccountStatus::Disconnected).ok());
    QCOMPARE(reg->liveAccountCount(u"alice"_s).value(), 1);
    QCOMPARE(reg->accounts(u"alice"_s)->size(), 2);
    QCOMPARE(reg->accounts()->size(), 3);
}

void TestRegistry::organizationRecordsHoldTheirMembersAndSettings()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account org;
    org.owner = u"alice"_s;
    org.kind = AccountKind::Organization;
    org.externalId = u"onramp-org"_s;
    org.region = u"us-east-1"_s;
    Result<Account> storedOrg = reg->createAccount(org);
    QVERIFY2(storedOrg, storedOrg ? "" : qPrintable(storedOrg.error().toString()));
    QCOMPARE(storedOrg->kind, AccountKind::Organization);
    QVERIFY(storedOrg->awsAccountId.isEmpty());
    // An organization record is not an account: the plan's count leaves it out.
    QCOMPARE(reg->liveAccountCount(u"alice"_s).value(), 0);

    Account member = connectedAccount(u"alice"_s, u"100000000011"_s);
    member.organization = storedOrg->id;
    const Result<Account> m1 = reg->createAccount(member);
    QVERIFY(m1);
    QCOMPARE(m1->organization, storedOrg->id);
    QCOMPARE(m1->kind, AccountKind::Account);
    member.awsAccountId = u"100000000012"_s;
    const Result<Account> m2 = reg->createAccount(member);
    QVERIFY(m2);
    QCOMPARE(reg->liveAccountCount(u"alice"_s).value(), 2);
    // The organization's instance count is its members'.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Ec2Instance i;
    i.instanceId = u"i-0000000000000aaa1"_s;
    QVERIFY(reg->mergeInstances(m1->id, u"us-east-1"_s, { i }, now));
    i.instanceId = u"i-0000000000000aaa2"_s;
    QVERIFY(reg->mergeInstances(m2->id, u"us-east-1"_s, { i }, now));
    QCOMPARE(reg->account(storedOrg->id)->instanceCount, 2);
    QCOMPARE(reg->account(m1->id)->instanceCount, 1);

    // Settings round-trip; kind and organization cannot be changed by an update.
    Account verified = reg->account(storedOrg->id).value();
    verified.awsOrganizationId = u"o-abcdefghij"_s;
    verified.managementAccountId = u"100000000011"_s;
    verified.excludedAccounts = { u"100000000099"_s };
    verified.excludedOus = { u"ou-ab12-abcdefgh"_s, u"ou-ab12-ijklmnop"_s };
    verified.kind = AccountKind::Account;
    const Result<Account> updated = reg->updateAccount(verified);
    QVERIFY(updated);
    QCOMPARE(updated->kind, AccountKind::Organization);
    QCOMPARE(updated->awsOrganizationId, u"o-abcdefghij"_s);
    QCOMPARE(updated->managementAccountId, u"100000000011"_s);
    QCOMPARE(updated->excludedAccounts, QStringList { u"100000000099"_s });
    QCOMPARE(updated->excludedOus, (QStringList { u"ou-ab12-abcdefgh"_s, u"ou-ab12-ijklmnop"_s }));
    Account detached = m1.value();
    detached.organization.clear();
    QCOMPARE(reg->updateAccount(detached)->organization, storedOrg->id);
    // A member's organization must exist (foreign key).
    member.awsAccountId = u"100000000013"_s;
    member.organization = u"no-such-record"_s;
    QVERIFY(!reg->createAccount(member));
}

void TestRegistry::concurrentConnectsOfOneAwsAccountHaveExactlyOneWinner()
{
    // Two onrampctl processes on one file: each has its own connection; the busy timeout serialises the
    // writers and the unique index decides.
    const QString path = nextPath();
    QVERIFY(openOk(path));
    for (int round = 0; round < 5; ++round) {
        const QString awsId = u"7777777777%1"_s.arg(round, 2, 10, QLatin1Char('0'));
        std::latch ready(2);
        Result<Account> results[2] = { AwsError(), AwsError() };
        QString openErrors[2];
        auto attempt = [&](int who, const QString &user) {
            Result<std::unique_ptr<Registry>> reg = Registry::open(path, user);
            ready.arrive_and_wait();
            if (!reg) {
                openErrors[who] = reg.error().toString();
                return;
            }
            results[who] = reg.value()->createAccount(connectedAccount(user, awsId));
        };
        std::thread t1(attempt, 0, u"alice"_s);
        std::thread t2(attempt, 1, u"bob"_s);
        t1.join();
        t2.join();
        QVERIFY2(openErrors[0].isEmpty() && openErrors[1].isEmpty(), qPrintable(openErrors[0] + openErrors[1]));
        QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
        QCOMPARE((results[0].ok() ? results[1] : results[0]).error().code, u"AccountOwnedByAnotherUser"_s);
    }
}

void TestRegistry::refusedWritesLeaveNoTransactionOpen()
{
    // Every refusal below returns from inside a transaction (BEGIN IMMEDIATE holds SQLite's write lock): a second
    // registry that waits at most 50 ms must still be able to write after each.
    const QString path = nextPath();
    auto reg = openOk(path);
    Registry::Options quick;
    quick.busyTimeoutMs = 50;
    auto other = openOk(path, u"bob"_s, quick);
    QVERIFY(reg && other);
    const auto otherCanWrite = [&other](const char *after) {
        const Result<qint64> row = other->appendAudit(u"bob"_s, u"probe"_s, {}, u"ok"_s, QString::fromLatin1(after));
        if (!row)
            qWarning("after %s: %s", after, qPrintable(row.error().toString()));
        return row.ok();
    };
    const Account live = reg->createAccount(connectedAccount(u"alice"_s, u"121212121212"_s)).value();

    Account unknown = live;
    unknown.id = u"no-such-account"_s;
    QCOMPARE(reg->updateAccount(unknown).error().code, u"AccountNotFound"_s);
    QVERIFY(otherCanWrite("an update of an unknown account"));

    Account moved = live;
    moved.awsAccountId = u"343434343434"_s;
    QCOMPARE(reg->updateAccount(moved).error().code, u"AwsAccountIdFixed"_s);
    QVERIFY(otherCanWrite("an update of a fixed AWS account id"));

    QCOMPARE(reg->setStatus(live.id, AccountStatus::Pending).error().code, u"InvalidStatusTransition"_s);
    QVERIFY(otherCanWrite("a refused status change"));

    QCOMPARE(reg->createAccount(connectedAccount(u"carol"_s, u"121212121212"_s)).error().code,
        u"AccountOwnedByAnotherUser"_s);
    QVERIFY(otherCanWrite("a refused second owner"));

    const Result<InstanceMergeResult> merged = reg->mergeInstances(
        u"no-such-account"_s, u"us-east-1"_s, { makeInstance(u"i-1"_s) }, QDateTime::currentDateTimeUtc());
    QCOMPARE(merged.error().code, u"AccountNotFound"_s);
    QVERIFY(otherCanWrite("a merge into an unknown account"));

    // And the registry that was refused writes on.
    QVERIFY(reg->setStatus(live.id, AccountStatus::Active).ok());
}

void TestRegistry::derivesNameClusterAndLifecycle_data()
{
    QTest::addColumn<QList<Ec2Tag>>("tags");
    QTest::addColumn<bool>("spot");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("lifecycle");

    const Ec2Tag asg { u"aws:autoscaling:groupName"_s, u"web-asg"_s };
    const Ec2Tag ecs { u"aws:ecs:clusterName"_s, u"ecs-prod"_s };
    const Ec2Tag k8s { u"kubernetes.io/cluster/k8s-blue"_s, u"owned"_s };
    const Ec2Tag eks { u"eks:cluster-name"_s, u"eks-plain"_s };
    const Ec2Tag awsEks { u"aws:eks:cluster-name"_s, u"eks-main"_s };
    const Ec2Tag name { u"Name"_s, u"web-1"_s };

    QTest::newRow("no tags") << QList<Ec2Tag>() << false << QString() << QString() << u"on-demand"_s;
    QTest::newRow("name only, spot") << QList<Ec2Tag> { name } << true << u"web-1"_s << QString() << u"spot"_s;
    QTest::newRow("asg") << QList<Ec2Tag> { name, asg } << false << u"web-1"_s << u"web-asg"_s << u"on-demand"_s;
    QTest::newRow("ecs beats asg") << QList<Ec2Tag> { asg, ecs } << false << QString() << u"ecs-prod"_s
                                   << u"on-demand"_s;
    QTest::newRow("k8s key carries the name")
        << QList<Ec2Tag> { asg, ecs, k8s } << false << QString() << u"k8s-blue"_s << u"on-demand"_s;
    QTest::newRow("eks beats k8s") << QList<Ec2Tag> { k8s, eks, asg } << true << QString() << u"eks-plain"_s
                                   << u"spot"_s;
    QTest::newRow("aws:eks beats all") << QList<Ec2Tag> { asg, ecs, k8s, eks, awsEks, name } << false << u"web-1"_s
                                       << u"eks-main"_s << u"on-demand"_s;
    QTest::newRow("bare k8s prefix is not a cluster") << QList<Ec2Tag> { { u"kubernetes.io/cluster/"_s, u"owned"_s } }
                                                      << false << QString() << QString() << u"on-demand"_s;
    QTest::newRow("empty eks value falls through") << QList<Ec2Tag> { { u"aws:eks:cluster-name"_s, QString() }, asg }
                                                   << false << QString() << u"web-asg"_s << u"on-demand"_s;
}

void TestRegistry::derivesNameClusterAndLifecycle()
{
    QFETCH(QList<Ec2Tag>, tags);
    QFETCH(bool, spot);
    QFETCH(QString, name);
    QFETCH(QString, cluster);
    QFETCH(QString, lifecycle);

    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    QVERIFY(reg->mergeInstances(
                   a.id, u"eu-west-1"_s, { makeInstance(u"i-1"_s, tags, spot) }, QDateTime::currentDateTimeUtc())
                .ok());
    const StoredInstance s = reg->instances(a.id)->at(0);
    QCOMPARE(s.name, name);
    QCOMPARE(s.cluster, cluster);
    QCOMPARE(s.lifecycle, lifecycle);
    QCOMPARE(s.tags, tags);
}

namespace {
RdsDbInstance makeDatabase(const QString &identifier, const QString &resourceId)
{
    RdsDbInstance d;
    d.identifier = identifier;
    d.resourceId = resourceId;
    d.arn = u"arn:aws:rds:eu-west-1:123456789012:db:"_s + identifier;
    d.instanceClass = u"db.m5.large"_s;
    d.engine = u"postgres"_s;
    d.engineVersion = u"15.4"_s;
    d.status = u"available"_s;
    d.availabilityZone = u"eu-west-1a"_s;
    d.allocatedStorageGb = 100;
    d.createTime = QDateTime(QDate(2023, 3, 1), QTime(8, 30), Qt::UTC);
    return d;
}
} // namespace

void TestRegistry::mergeDatabasesReportsAddedChangedUnchangedByResourceId()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QList<RdsDbInstance> page { makeDatabase(u"orders"_s, u"db-AAA"_s), makeDatabase(u"users"_s, u"db-BBB"_s),
        makeDatabase(u"orders"_s, u"db-AAA"_s) }; // listed twice: counted once
    Result<InstanceMergeResult> first = reg->mergeDatabases(a.id, u"eu-west-1"_s, page, t1);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->addedIds, (QStringList { u"db-AAA"_s, u"db-BBB"_s }));
    QCOMPARE(first->changed + first->unchanged, 0);

    page[1].status = u"stopped"_s;
    page[2] = makeDatabase(u"billing"_s, u"db-CCC"_s);
    Result<InstanceMergeResult> second = reg->mergeDatabases(a.id, u"eu-west-1"_s, page, t1.addSecs(60));
    QVERIFY(second.ok());
    QCOMPARE(second->addedIds, QStringList { u"db-CCC"_s });
    QCOMPARE(second->changedIds, QStringList { u"db-BBB"_s });
    QCOMPARE(second->unchanged, 1);

    // EC2 instances and databases are counted apart.
    QVERIFY(reg->mergeInstances(a.id, u"eu-west-1"_s, { makeInstance(u"i-1"_s) }, t1).ok());
    QCOMPARE(reg->databaseCount(a.id).value(), 3);
    QCOMPARE(reg->instanceCount(a.id).value(), 1);
    const Account read = reg->account(a.id).value();
    QCOMPARE(read.instanceCount, 1);
    QCOMPARE(read.databaseCount, 3);
    const QList<StoredInstance> dbs = reg->databases(a.id).value();
    QCOMPARE(dbs.size(), 3);
    QCOMPARE(dbs.at(0).instanceId, u"billing"_s); // by region, then identifier
    QCOMPARE(dbs.at(2).firstSeen, t1);
    QCOMPARE(dbs.at(2).lastSeen, t1.addSecs(60));
    QCOMPARE(dbs.at(2).state, u"stopped"_s);
}

void TestRegistry::databasesRoundTripEveryFieldAndTags()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    RdsDbInstance d = makeDatabase(u"aurora-1"_s, u"db-XYZ"_s);
    d.multiAz = true;
    d.clusterIdentifier = u"aurora-cluster"_s;
    d.engine = u"aurora-postgresql"_s;
    d.tags = { { u"team"_s, u"data"_s }, { u"env"_s, u"prod \"quoted\" , comma"_s } };
    const QDateTime t(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(reg->mergeDatabases(a.id, u"eu-west-1"_s, { d }, t).ok());
    const StoredInstance expected = StoredInstance::fromRds(a.id, u"eu-west-1"_s, d, t);
    const QList<StoredInstance> stored = reg->databases(a.id).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0), expected);
    QCOMPARE(stored.at(0).kind, ResourceKind::Rds);
    QCOMPARE(stored.at(0).key(), u"db-XYZ"_s);
    QCOMPARE(stored.at(0).name, u"aurora-1"_s);
    QCOMPARE(stored.at(0).cluster, u"aurora-cluster"_s);
    QVERIFY(stored.at(0).multiAz);
    QCOMPARE(stored.at(0).storageGb, 100);

    // Each described field is a change on its own.
    auto changedBy = [&](auto mutate) {
        RdsDbInstance m = d;
        mutate(m);
        Result<InstanceMergeResult> r = reg->mergeDatabases(a.id, u"eu-west-1"_s, { m }, t.addSecs(1));
        const bool changed = r.ok() && r->changed == 1;
        reg->mergeDatabases(a.id, u"eu-west-1"_s, { d }, t.addSecs(2)); // back
        return changed;
    };
    QVERIFY(changedBy([](RdsDbInstance &m) { m.engineVersion = u"15.5"_s; }));
    QVERIFY(changedBy([](RdsDbInstance &m) { m.allocatedStorageGb = 200; }));
    QVERIFY(changedBy([](RdsDbInstance &m) { m.multiAz = false; }));
    QVERIFY(changedBy([](RdsDbInstance &m) { m.instanceClass = u"db.r6g.large"_s; }));
    QVERIFY(changedBy([](RdsDbInstance &m) { m.tags.removeLast(); }));
    QVERIFY(changedBy([](RdsDbInstance &m) { m.availabilityZone = u"eu-west-1b"_s; }));
    QVERIFY(!changedBy([](RdsDbInstance &m) { m.endpointAddress = u"elsewhere.example"_s; })); // not stored
}

void TestRegistry::aRenamedDatabaseKeepsItsRowAReCreatedOneGetsANewOne()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(reg->mergeDatabases(a.id, u"eu-west-1"_s, { makeDatabase(u"old-name"_s, u"db-AAA"_s) }, t1).ok());
    Result<InstanceMergeResult> renamed
        = reg->mergeDatabases(a.id, u"eu-west-1"_s, { makeDatabase(u"new-name"_s, u"db-AAA"_s) }, t1.addSecs(60));
    QCOMPARE(renamed->changedIds, QStringList { u"db-AAA"_s });
    QCOMPARE(reg->databases(a.id)->size(), 1);
    QCOMPARE(reg->databases(a.id)->at(0).instanceId, u"new-name"_s);
    QCOMPARE(reg->databases(a.id)->at(0).firstSeen, t1);

    // The same identifier in another region is another database; without a DbiResourceId, region/identifier.
    RdsDbInstance noId = makeDatabase(u"new-name"_s, QString());
    QVERIFY(reg->mergeDatabases(a.id, u"us-east-1"_s, { noId }, t1.addSecs(120)).ok());
    QCOMPARE(reg->databases(a.id)->size(), 2);
    QCOMPARE(reg->databases(a.id)->at(1).key(), u"us-east-1/new-name"_s);
}

void TestRegistry::deletedDatabasesStayAsHistoryAndAreNotCounted()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QDateTime t2 = t1.addSecs(60);
    QVERIFY(reg->mergeDatabases(
                   a.id, u"eu-west-1"_s, { makeDatabase(u"keep"_s, u"db-1"_s), makeDatabase(u"drop"_s, u"db-2"_s) }, t1)
                .ok());
    QVERIFY(reg->mergeDatabases(a.id, u"us-east-1"_s, { makeDatabase(u"other"_s, u"db-3"_s) }, t1).ok());
    // The second discovery lists only "keep" in eu-west-1.
    QVERIFY(reg->mergeDatabases(a.id, u"eu-west-1"_s, { makeDatabase(u"keep"_s, u"db-1"_s) }, t2).ok());
    Result<QList<StoredInstance>> deleted = reg->markDatabasesDeletedNotSeenSince(a.id, u"eu-west-1"_s, t2);
    QVERIFY2(deleted.ok(), qPrintable(errorText(deleted)));
    QCOMPARE(deleted->size(), 1);
    QCOMPARE(deleted->at(0).instanceId, u"drop"_s);
    QCOMPARE(deleted->at(0).state, StoredInstance::DeletedState);
    QCOMPARE(deleted->at(0).lastSeen, t1); // when it was last seen alive
    QCOMPARE(deleted->at(0).engine, u"postgres"_s); // as last described

    // Kept, not counted, and not announced again by the next listing.
    QCOMPARE(reg->databases(a.id)->size(), 3);
    QCOMPARE(reg->databaseCount(a.id).value(), 2);
    QCOMPARE(reg->account(a.id)->databaseCount, 2);
    QVERIFY(reg->markDatabasesDeletedNotSeenSince(a.id, u"eu-west-1"_s, t2.addSecs(60))->size() == 1); // "keep"
    QVERIFY(reg->markDatabasesDeletedNotSeenSince(a.id, u"eu-west-1"_s, t2.addSecs(60))->isEmpty());
    // us-east-1 was not listed: its database is untouched.
    QCOMPARE(reg->databases(a.id)->at(2).state, u"available"_s);
}

void TestRegistry::databaseAccessIsStoredAndOrganizationsCountTheirMembersDatabases()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    QCOMPARE(a.databaseAccess, DatabaseAccess::Unknown);
    QVERIFY(reg->setDatabaseAccess(a.id, DatabaseAccess::PartlyDenied, { u"ap-south-1"_s, u"eu-west-3"_s }).ok());
    Account read = reg->account(a.id).value();
    QCOMPARE(read.databaseAccess, DatabaseAccess::PartlyDenied);
    QCOMPARE(read.databaseDeniedRegions, (QStringList { u"ap-south-1"_s, u"eu-west-3"_s }));
    // An ordinary update of the record does not touch what discovery stored.
    read.friendlyName = u"Renamed"_s;
    QVERIFY(reg->updateAccount(read).ok());
    QCOMPARE(reg->account(a.id)->databaseAccess, DatabaseAccess::PartlyDenied);
    QVERIFY(reg->setDatabaseAccess(a.id, DatabaseAccess::NotPermitted, {}).ok());
    QCOMPARE(reg->account(a.id)->databaseAccess, DatabaseAccess::NotPermitted);
    QVERIFY(reg->account(a.id)->databaseDeniedRegions.isEmpty());
    QCOMPARE(reg->setDatabaseAccess(u"no-such-id"_s, DatabaseAccess::Allowed, {}).error().code, u"AccountNotFound"_s);

    Account org;
    org.owner = u"alice"_s;
    org.kind = AccountKind::Organization;
    org.externalId = u"ext"_s;
    org = reg->createAccount(org).value();
    Account member = connectedAccount(u"alice"_s, u"210987654321"_s);
    member.organization = org.id;
    member = reg->createAccount(member).value();
    const QDateTime t(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(reg->mergeDatabases(
                   member.id, u"eu-west-1"_s, { makeDatabase(u"a"_s, u"db-1"_s), makeDatabase(u"b"_s, u"db-2"_s) }, t)
                .ok());
    QCOMPARE(reg->account(org.id)->databaseCount, 2);
}

void TestRegistry::aVersionFourFileGainsTheDatabasesTable()
{
    const QString path = nextPath();
    {
        auto reg = openOk(path);
        QVERIFY(reg);
        QVERIFY(reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).ok());
    }
    {
        // Back to what version 4 had: no databases table, no database columns.
        RawDb raw(path);
        QVERIFY(raw.ok());
        QVERIFY(undoSchemaV6(raw));
        QVERIFY(raw.exec(u"DROP TABLE databases"_s));
        QVERIFY(raw.exec(u"ALTER TABLE accounts DROP COLUMN database_access"_s));
        QVERIFY(raw.exec(u"ALTER TABLE accounts DROP COLUMN database_denied_regions"_s));
        QVERIFY(raw.exec(u"UPDATE schema_version SET version = 4"_s));
    }
    auto reg = openOk(path);
    QVERIFY(reg);
    QCOMPARE(reg->schemaVersion(), Registry::SchemaVersion);
    const QList<Account> accounts = reg->accounts().value();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0).databaseAccess, DatabaseAccess::Unknown);
    QVERIFY(reg->mergeDatabases(accounts.at(0).id, u"eu-west-1"_s, { makeDatabase(u"x"_s, u"db-1"_s) },
                   QDateTime::currentDateTimeUtc())
                .ok());
    QCOMPARE(reg->databaseCount(accounts.at(0).id).value(), 1);
}

void TestRegistry::mergeInstancesReportsAddedChangedUnchanged()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QDateTime t2 = t1.addSecs(60);
    QList<Ec2Instance> page { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s), makeInstance(u"i-3"_s) };

    Result<InstanceMergeResult> first = reg->mergeInstances(a.id, u"eu-west-1"_s, page, t1);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->added, 3);
    QCOMPARE(first->changed, 0);
    QCOMPARE(first->unchanged, 0);
    QCOMPARE(first->addedIds, (QStringList { u"i-1"_s, u"i-2"_s, u"i-3"_s }));

    page[1].state = u"stopped"_s;
    page[2].tags.append(Ec2Tag { u"team"_s, u"data"_s });
    page.append(makeInstance(u"i-4"_s));
    Result<InstanceMergeResult> second = reg->mergeInstances(a.id, u"eu-west-1"_s, page, t2);
    QVERIFY(second.ok());
    QCOMPARE(second->added, 1);
    QCOMPARE(second->changed, 2);
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(second->changedIds, (QStringList { u"i-2"_s, u"i-3"_s }));
    QCOMPARE(second->addedIds, QStringList { u"i-4"_s });

    Result<InstanceMergeResult> third = reg->mergeInstances(a.id, u"eu-west-1"_s, page, t2.addSecs(60));
    QCOMPARE(third->unchanged, 4);
    QCOMPARE(third->added + third->changed, 0);

    QList<StoredInstance> stored = reg->instances(a.id).value();
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.at(0).firstSeen, t1); // kept across merges
    // An unchanged row is not rewritten: until its region's listing completes, it was last seen when last written.
    QCOMPARE(stored.at(0).lastSeen, t1);
    QCOMPARE(stored.at(1).lastSeen, t2);
    QCOMPARE(stored.at(1).state, u"stopped"_s);
    Registry::ListedIds listed;
    for (const Ec2Instance &i : std::as_const(page))
        listed.insert(i.instanceId);
    QVERIFY(reg->completeInstanceListing(a.id, u"eu-west-1"_s, t2.addSecs(60), listed)->isEmpty());
    stored = reg->instances(a.id).value();
    for (const StoredInstance &s : std::as_const(stored))
        QCOMPARE(s.lastSeen, t2.addSecs(60));
    QCOMPARE(reg->instanceCount(a.id).value(), 4);
    QCOMPARE(reg->account(a.id)->instanceCount, 4);
}

void TestRegistry::mergedInstancesRoundTripEveryField()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime seen(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
    // Tags in AWS's order, with characters JSON must escape.
    const Ec2Instance in = makeInstance(u"i-0abc"_s,
        { { u"Name"_s, u"db \"primary\" ü"_s }, { u"aws:autoscaling:groupName"_s, u"db-asg"_s },
            { u"a"_s, u"line\nbreak"_s } },
        true);
    QVERIFY(reg->mergeInstances(a.id, u"ap-south-1"_s, { in }, seen).ok());
    const StoredInstance expected = StoredInstance::fromEc2(a.id, u"ap-south-1"_s, in, seen);
    const QList<StoredInstance> out = reg->instances(a.id).value();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0), expected);
    QCOMPARE(out.at(0).launchTime, in.launchTime);
}

namespace {
/// One change to what DescribeInstances says about an instance (or to the region it is listed in), and whether
/// the registry is to count it as a change.
struct DescriptionChange
{
    const char *name;
    bool changed;
    void (*apply)(Ec2Instance &instance, QString &region);
};

const DescriptionChange kDescriptionChanges[] = {
    { "region", true, [](Ec2Instance &, QString &region) { region = u"eu-central-1"_s; } },
    { "availabilityZone", true, [](Ec2Instance &i, QString &) { i.availabilityZone = u"eu-west-1b"_s; } },
    { "state", true, [](Ec2Instance &i, QString &) { i.state = u"stopped"_s; } },
    { "instanceType", true, [](Ec2Instance &i, QString &) { i.instanceType = u"m5.xlarge"_s; } },
    { "spot", true, [](Ec2Instance &i, QString &) { i.spot = true; } },
    { "privateIp", true, [](Ec2Instance &i, QString &) { i.privateIp = u"10.0.0.2"_s; } },
    { "publicIp", true, [](Ec2Instance &i, QString &) { i.publicIp.clear(); } },
    { "launchTime", true, [](Ec2Instance &i, QString &) { i.launchTime = i.launchTime.addMSecs(1); } },
    { "nameTag", true, [](Ec2Instance &i, QString &) { i.tags[0].value = u"api"_s; } },
    { "clusterTag", true,
        [](Ec2Instance &i, QString &) {
            i.tags += Ec2Tag { u"eks:cluster-name"_s, u"prod"_s };
        } },
    { "otherTag", true,
        [](Ec2Instance &i, QString &) {
            i.tags += Ec2Tag { u"team"_s, u"data"_s };
        } },
    // What AWS describes but Onramp does not keep is no change.
    { "imageId", false, [](Ec2Instance &i, QString &) { i.imageId = u"ami-2"_s; } },
    { "nothing", false, [](Ec2Instance &, QString &) {} },
};
} // namespace

void TestRegistry::mergeAndDescribesSameAsAgreeOnEachDescribedField_data()
{
    QTest::addColumn<int>("change");
    for (int i = 0; i < int(std::size(kDescriptionChanges)); ++i)
        QTest::newRow(kDescriptionChanges[i].name) << i;
}

void TestRegistry::mergeAndDescribesSameAsAgreeOnEachDescribedField()
{
    QFETCH(int, change);
    const DescriptionChange &c = kDescriptionChanges[change];
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    const Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const Ec2Instance before = makeInstance(u"i-1"_s, { { u"Name"_s, u"web"_s } });
    QVERIFY(reg->mergeInstances(a.id, u"eu-west-1"_s, { before }, t1).ok());

    Ec2Instance after = before;
    QString region = u"eu-west-1"_s;
    c.apply(after, region);
    const QDateTime t2 = t1.addSecs(60);
    const Result<InstanceMergeResult> merged = reg->mergeInstances(a.id, region, { after }, t2);
    QVERIFY2(merged.ok(), qPrintable(errorText(merged)));
    QCOMPARE(merged->changed, c.changed ? 1 : 0);
    QCOMPARE(merged->unchanged, c.changed ? 0 : 1);
    const StoredInstance old = StoredInstance::fromEc2(a.id, u"eu-west-1"_s, before, t1);
    const StoredInstance now = StoredInstance::fromEc2(a.id, region, after, t2);
    QCOMPARE(old.describesSameAs(now), !c.changed);
    QCOMPARE(reg->instances(a.id)->constFirst().describesSameAs(now), true);
}

void TestRegistry::mergeAcrossBatchBoundariesKeepsEveryRow()
{
    // Sizes that are not multiples of the registry's internal batch, and a duplicate id in one page.
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    QList<Ec2Instance> page = numberedInstances(250, 4);
    const QDateTime t1 = QDateTime::currentDateTimeUtc();
    Result<InstanceMergeResult> first = reg->mergeInstances(a.id, u"us-east-1"_s, page.mid(0, 130), t1);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->added, 130);

    for (int i = 95; i < 115; ++i)
        page[i].state = u"stopping"_s;
    page.append(page.at(7)); // AWS never does this; the registry must not fail or double count if it did
    Result<InstanceMergeResult> second = reg->mergeInstances(a.id, u"us-east-1"_s, page, t1.addSecs(30));
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(second->added, 120);
    QCOMPARE(second->changed, 20);
    QCOMPARE(second->unchanged, 110);
    QCOMPARE(second->changedIds.first(), u"i-0095"_s);
    QCOMPARE(second->addedIds.last(), u"i-0249"_s);
    QCOMPARE(reg->instanceCount(a.id).value(), 250);
    // The second listing, completed, keeps every row and is every row's last-seen time, written or not.
    Registry::ListedIds listed;
    for (const Ec2Instance &i : std::as_const(page))
        listed.insert(i.instanceId);
    QCOMPARE(reg->completeInstanceListing(a.id, u"us-east-1"_s, t1.addSecs(30), listed)->size(), 0);
    const QList<StoredInstance> stored = reg->instances(a.id).value();
    QCOMPARE(stored.size(), 250);
    for (const StoredInstance &s : stored)
        QCOMPARE(s.lastSeen, t1.addSecs(30));
}

void TestRegistry::multiRowStatementsStayUnderTheParameterBound()
{
    // Preparing costs time quadratic in a statement's parameters (Qt names them for SQLite): a wide row gets fewer
    // rows per statement, a narrow one the whole batch.
    using RegistryInternal::RowsStatement;
    const RowsStatement narrow(u"WITH page(a, b) AS (VALUES "_s, u"(?, ?)"_s, u") UPDATE t SET x = ? WHERE y = ?"_s);
    QCOMPARE(narrow.maxRows(), RegistryInternal::kMergeBatch);
    const RowsStatement wide(
        u"INSERT INTO t VALUES "_s, u"("_s + RegistryInternal::placeholders(16) + u")"_s, QString());
    QCOMPARE(wide.maxRows(), 64);
    QCOMPARE(wide.sql(64).count(u'?'), 1024);
    QCOMPARE(RegistryInternal::rowsInNextBatch(1000, wide.maxRows()), 64);
    QCOMPARE(RegistryInternal::rowsInNextBatch(40, wide.maxRows()), 32);
    const RowsStatement widest(
        u"INSERT INTO t VALUES "_s, u"("_s + RegistryInternal::placeholders(2000) + u")"_s, QString());
    QCOMPARE(widest.maxRows(), 1); // one row per statement, however wide
    // A 1,000-row page through the widest real statement (the instance upsert): every row stored.
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QList<Ec2Instance> page = numberedInstances(1000, 5);
    QCOMPARE(reg->mergeInstances(a.id, u"us-east-1"_s, page, QDateTime::currentDateTimeUtc())->added, 1000);
    QCOMPARE(reg->instanceCount(a.id).value(), 1000);
}

void TestRegistry::healthGivenWithAPageIsStoredForTheInstancesItAddsOnly()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1 = QDateTime::currentDateTimeUtc();
    const QHash<QString, QString> health { { u"i-1"_s, u"ok"_s }, { u"i-3"_s, u"impaired"_s }, { u"i-4"_s, u""_s } };
    for (const Registry::Stored stored : { Registry::Stored::Unknown, Registry::Stored::NoneOfThese }) {
        const QString region = stored == Registry::Stored::Unknown ? u"eu-west-1"_s : u"us-east-1"_s;
        const QString prefix = stored == Registry::Stored::Unknown ? u""_s : u"u"_s;
        QHash<QString, QString> forRegion;
        for (auto it = health.cbegin(); it != health.cend(); ++it)
            forRegion.insert(prefix + it.key(), it.value());
        Result<InstanceMergeResult> first = reg->mergeInstances(a.id, region,
            { makeInstance(prefix + u"i-1"_s), makeInstance(prefix + u"i-2"_s), makeInstance(prefix + u"i-4"_s) }, t1,
            stored, forRegion);
        QVERIFY2(first.ok(), qPrintable(errorText(first)));
        QCOMPARE(first->added, 3);
        // Only what has a health: i-2 has none yet, i-4 an empty one; i-3 is not on the page.
        QCOMPARE(first->healthStored, (QList<QPair<QString, QString>> { { prefix + u"i-1"_s, u"ok"_s } }));
    }
    auto healthOf = [&](const QString &id) {
        for (const StoredInstance &s : reg->instances(a.id).value())
            if (s.instanceId == id)
                return s.health;
        return u"(none)"_s;
    };
    QCOMPARE(healthOf(u"i-1"_s), u"ok"_s);
    QCOMPARE(healthOf(u"ui-1"_s), u"ok"_s);
    QCOMPARE(healthOf(u"i-2"_s), u""_s);
    // A stored instance keeps its health whatever comes with a page (changed or not): setHealth() changes it.
    Ec2Instance changed = makeInstance(u"i-1"_s);
    changed.state = u"stopped"_s;
    Result<InstanceMergeResult> again = reg->mergeInstances(a.id, u"eu-west-1"_s, { changed, makeInstance(u"i-2"_s) },
        t1.addSecs(60), Registry::Stored::Unknown, { { u"i-1"_s, u"impaired"_s }, { u"i-2"_s, u"ok"_s } });
    QVERIFY(again.ok());
    QCOMPARE(again->changed, 1);
    QVERIFY(again->healthStored.isEmpty());
    QCOMPARE(healthOf(u"i-1"_s), u"ok"_s);
    QCOMPARE(healthOf(u"i-2"_s), u""_s);
    // What was stored with the page is what setHealth() finds: nothing to change for i-1.
    QCOMPARE(reg->setHealth(a.id, { { u"i-1"_s, u"ok"_s }, { u"i-2"_s, u"ok"_s } }).value(), 1);
}

void TestRegistry::aPageKnownNewIsStoredWithoutLookingAndStillUpserts()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1 = QDateTime::currentDateTimeUtc();
    QCOMPARE(reg->hasInstancesIn(a.id, u"eu-west-1"_s).value(), false);
    Result<InstanceMergeResult> first = reg->mergeInstances(
        a.id, u"eu-west-1"_s, { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) }, t1, Registry::Stored::NoneOfThese);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->addedIds, QStringList({ u"i-1"_s, u"i-2"_s }));
    QCOMPARE(reg->hasInstancesIn(a.id, u"eu-west-1"_s).value(), true);
    QCOMPARE(reg->hasInstancesIn(a.id, u"us-east-1"_s).value(), false);
    // Wrong knowledge (another process stored i-2 meanwhile) does not fail: the row is upserted, first seen kept.
    Ec2Instance stopped = makeInstance(u"i-2"_s);
    stopped.state = u"stopped"_s;
    Result<InstanceMergeResult> again
        = reg->mergeInstances(a.id, u"eu-west-1"_s, { stopped }, t1.addSecs(60), Registry::Stored::NoneOfThese);
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->addedIds, QStringList { u"i-2"_s }); // not looked up: reported as the caller said
    QCOMPARE(reg->instanceCount(a.id).value(), 2);
    const QList<StoredInstance> rows = reg->instances(a.id).value();
    const auto i2
        = std::find_if(rows.cbegin(), rows.cend(), [](const StoredInstance &s) { return s.instanceId == u"i-2"_s; });
    QVERIFY(i2 != rows.cend());
    QCOMPARE(i2->state, u"stopped"_s);
    QCOMPARE(i2->firstSeen, t1);
    // And a normal merge afterwards compares it with what the fast path wrote: unchanged.
    QCOMPARE(reg->mergeInstances(a.id, u"eu-west-1"_s, { stopped }, t1.addSecs(120))->unchanged, 1);
}

void TestRegistry::removesInstancesNotListedInThatRegionOnly()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QDateTime t2 = t1.addSecs(300);
    QVERIFY(reg->mergeInstances(a.id, u"eu-west-1"_s, { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) }, t1).ok());
    QVERIFY(reg->mergeInstances(a.id, u"us-east-1"_s, { makeInstance(u"i-9"_s) }, t1).ok());
    // The next complete listing of eu-west-1 no longer has i-2.
    QVERIFY(reg->mergeInstances(a.id, u"eu-west-1"_s, { makeInstance(u"i-1"_s) }, t2).ok());

    Result<QStringList> gone = reg->completeInstanceListing(a.id, u"eu-west-1"_s, t2, { u"i-1"_s });
    QVERIFY(gone.ok());
    QCOMPARE(gone.value(), QStringList { u"i-2"_s });
    QStringList left;
    const QList<StoredInstance> stored = reg->instances(a.id).value();
    for (const StoredInstance &s : stored)
        left << s.instanceId;
    QCOMPARE(left, (QStringList { u"i-1"_s, u"i-9"_s }));
    QCOMPARE(reg->completeInstanceListing(a.id, u"eu-west-1"_s, t2, { u"i-1"_s })->size(), 0);
}

void TestRegistry::setHealthCountsChangesAndSurvivesMerge()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    Account a = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value();
    const QDateTime t1 = QDateTime::currentDateTimeUtc();
    QVERIFY(reg->mergeInstances(a.id, u"eu-west-1"_s, { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) }, t1).ok());
    Result<int> n = reg->setHealth(a.id, { { u"i-1"_s, u"ok"_s }, { u"i-2"_s, u"impaired"_s }, { u"i-x"_s, u"ok"_s } });
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 2);
    QCOMPARE(reg->setHealth(a.id, { { u"i-1"_s, u"ok"_s } }).value(), 0); // already ok
    // changedOut names exactly the pairs that changed (what item models are told).
    QList<QPair<QString, QString>> changed;
    QCOMPARE(
        reg->setHealth(a.id, { { u"i-1"_s, u"ok"_s }, { u"i-2"_s, u"ok"_s }, { u"i-x"_s, u"ok"_s } }, &changed).value(),
        1);
    QCOMPARE(changed, (QList<QPair<QString, QString>> { { u"i-2"_s, u"ok"_s } }));
    QVERIFY(reg->setHealth(a.id, { { u"i-2"_s, u"impaired"_s } }).ok());
    QVERIFY(reg->mergeInstances(a.id, u"eu-west-1"_s, { makeInstance(u"i-1"_s) }, t1.addSecs(5)).ok());
    QCOMPARE(reg->instances(a.id)->at(0).health, u"ok"_s);
    QCOMPARE(reg->instances(a.id)->at(1).health, u"impaired"_s);
}

void TestRegistry::mergesThousandRowPagesAddedThenUnchanged()
{
    // A full DescribeInstances page, merged into three accounts: all added, then all unchanged. How long it takes
    // is measured in bench/ (issue 6), not asserted here.
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    QList<Ec2Instance> page;
    for (int i = 0; i < 1000; ++i)
        page.append(makeInstance(u"i-%1"_s.arg(i, 17, 16, QLatin1Char('0')),
            { { u"Name"_s, u"node-%1"_s.arg(i) }, { u"aws:eks:cluster-name"_s, u"main"_s }, { u"env"_s, u"prod"_s } },
            i % 3 == 0));
    for (int round = 0; round < 3; ++round) {
        Account a
            = reg->createAccount(connectedAccount(u"alice"_s, u"1000000000%1"_s.arg(round, 2, 10, QLatin1Char('0'))))
                  .value();
        const QDateTime t = QDateTime::currentDateTimeUtc();
        Result<InstanceMergeResult> r = reg->mergeInstances(a.id, u"us-east-1"_s, page, t);
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QCOMPARE(r->added, 1000);
        QCOMPARE(r->addedIds.size(), 1000);
        Result<InstanceMergeResult> again = reg->mergeInstances(a.id, u"us-east-1"_s, page, t.addSecs(60));
        QVERIFY2(again.ok(), qPrintable(errorText(again)));
        QCOMPARE(again->unchanged, 1000);
        QCOMPARE(again->added + again->changed, 0);
        QCOMPARE(*reg->instanceCount(a.id), 1000);
    }
}

void TestRegistry::auditAppendsAndFilters()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    const qint64 first = reg->appendAudit(u"alice"_s, u"create"_s, u"acc-1"_s, u"ok"_s, u"pending record"_s).value();
    QVERIFY(first > 0);
    QVERIFY(reg->appendAudit(u"alice"_s, u"verify"_s, u"acc-1"_s, u"failed"_s, u"wrong External ID"_s).ok());
    QVERIFY(reg->appendAudit(u"bob"_s, u"verify"_s, u"acc-2"_s, u"ok"_s, QString()).ok());
    QVERIFY(reg->appendAudit(u"bob"_s, u"set-plan"_s, QString(), u"ok"_s, u"bob -> trial"_s).ok());

    const QList<AuditEntry> all = reg->audit().value();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().action, u"set-plan"_s); // newest first
    QVERIFY(all.first().accountId.isEmpty());
    QCOMPARE(all.last().id, first);
    QVERIFY(all.last().at.isValid());

    AuditFilter byAccount;
    byAccount.accountId = u"acc-1"_s;
    const QList<AuditEntry> acc1 = reg->audit(byAccount).value();
    QCOMPARE(acc1.size(), 2);
    QCOMPARE(acc1.at(0).outcome, u"failed"_s);
    QCOMPARE(acc1.at(0).detail, u"wrong External ID"_s);

    AuditFilter byAction;
    byAction.action = u"verify"_s;
    QCOMPARE(reg->audit(byAction)->size(), 2);
    byAction.user = u"bob"_s;
    QCOMPARE(reg->audit(byAction)->size(), 1);
    AuditFilter limited;
    limited.limit = 1;
    QCOMPARE(reg->audit(limited)->size(), 1);
}

void TestRegistry::auditApiHasNoSecretParameter()
{
    // The audit log must never get a secret: its API takes plain texts only, no SecretBytes and nothing else.
    using AppendAudit = Result<qint64> (Registry::*)(
        const QString &, const QString &, const QString &, const QString &, const QString &);
    static_assert(std::is_same_v<decltype(&Registry::appendAudit), AppendAudit>);
    static_assert(!std::is_constructible_v<QString, SecretBytes>);
    QVERIFY(true);
}

void TestRegistry::aVersionFiveFileGainsFingerprintsAndReportsNoChange()
{
    const QString path = nextPath();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QList<Ec2Instance> page { makeInstance(u"i-1"_s, { { u"Name"_s, u"web"_s } }), makeInstance(u"i-2"_s) };
    QString accountId;
    {
        auto reg = openOk(path);
        QVERIFY(reg);
        accountId = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
        QVERIFY(reg->mergeInstances(accountId, u"eu-west-1"_s, page, t1).ok());
        QVERIFY(reg->mergeDatabases(accountId, u"eu-west-1"_s, { makeDatabase(u"orders"_s, u"db-1"_s) }, t1).ok());
    }
    {
        // Back to what version 5 had: no fingerprint columns, the last_seen index.
        RawDb raw(path);
        QVERIFY(raw.ok());
        QVERIFY(undoSchemaV6(raw));
        QVERIFY(raw.exec(u"UPDATE schema_version SET version = 5"_s));
    }
    auto reg = openOk(path);
    QVERIFY(reg);
    QCOMPARE(reg->schemaVersion(), Registry::SchemaVersion);
    {
        RawDb raw(path, u"raw2"_s);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM instances WHERE fingerprint IS NULL"_s).toInt(), 2);
        QCOMPARE(
            raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'instances_by_region_seen'"_s).toInt(), 0);
    }
    // Rows without a fingerprint are compared column by column: the same description is no change.
    const QDateTime t2 = t1.addSecs(60);
    Result<InstanceMergeResult> again = reg->mergeInstances(accountId, u"eu-west-1"_s, page, t2);
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(again->added + again->changed, 0);
    Result<InstanceMergeResult> db
        = reg->mergeDatabases(accountId, u"eu-west-1"_s, { makeDatabase(u"orders"_s, u"db-1"_s) }, t2);
    QVERIFY(db.ok());
    QCOMPARE(db->unchanged, 1);
    QCOMPARE(db->changed, 0);
    {
        RawDb raw(path, u"raw3"_s);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM instances WHERE fingerprint IS NULL"_s).toInt(), 0);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM databases WHERE fingerprint IS NULL"_s).toInt(), 0);
    }
    const QList<StoredInstance> stored = reg->instances(accountId).value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).firstSeen, t1);
    QCOMPARE(stored.at(0).lastSeen, t2);
    // Now by fingerprint: unchanged again, and a change is still one.
    QList<Ec2Instance> changed = page;
    changed[1].state = u"stopped"_s;
    Result<InstanceMergeResult> third = reg->mergeInstances(accountId, u"eu-west-1"_s, changed, t2.addSecs(60));
    QVERIFY(third.ok());
    QCOMPARE(third->unchanged, 1);
    QCOMPARE(third->changedIds, QStringList { u"i-2"_s });
}

void TestRegistry::aWrongFingerprintIsSettledByTheStoredColumns()
{
    const QString path = nextPath();
    auto reg = openOk(path);
    QVERIFY(reg);
    const QString accountId = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QList<Ec2Instance> page { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) };
    QVERIFY(reg->mergeInstances(accountId, u"eu-west-1"_s, page, t1).ok());
    qint64 right = 0;
    {
        // A fingerprint from another build (or a damaged one) on i-1; i-2's columns changed behind the merge's back
        // while its fingerprint stayed.
        RawDb raw(path);
        right = raw.scalar(u"SELECT fingerprint FROM instances WHERE instance_id = 'i-1'"_s).toLongLong();
        QVERIFY(right != 0);
        QVERIFY(raw.exec(u"UPDATE instances SET fingerprint = 12345 WHERE instance_id = 'i-1'"_s));
        QVERIFY(raw.exec(u"UPDATE instances SET state = 'stopped', fingerprint = NULL WHERE instance_id = 'i-2'"_s));
    }
    Result<InstanceMergeResult> r = reg->mergeInstances(accountId, u"eu-west-1"_s, page, t1.addSecs(60));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->unchanged, 1); // i-1: the columns agree, only the fingerprint was wrong
    QCOMPARE(r->changedIds, QStringList { u"i-2"_s }); // i-2: the columns differ from the page
    RawDb raw(path, u"raw2"_s);
    QCOMPARE(raw.scalar(u"SELECT fingerprint FROM instances WHERE instance_id = 'i-1'"_s).toLongLong(), right);
    QCOMPARE(raw.scalar(u"SELECT state FROM instances WHERE instance_id = 'i-2'"_s).toString(), u"running"_s);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM instances WHERE last_seen = '2024-05-01T10:01:00.000Z'"_s).toInt(), 2);
}

void TestRegistry::fieldsThatWouldJoinToTheSameTextStillDiffer()
{
    // Joined with a separator, ("eu\x1fwest", "x") and ("eu", "west\x1fx") read the same; field by field they don't.
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    const QString accountId = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
    Ec2Instance a = makeInstance(u"i-1"_s);
    a.availabilityZone = u"eu\x1fwest"_s;
    a.privateIp = u"x"_s;
    Ec2Instance b = a;
    b.availabilityZone = u"eu"_s;
    b.privateIp = u"west\x1fx"_s;
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(reg->mergeInstances(accountId, u"eu-west-1"_s, { a }, t1).ok());
    Result<InstanceMergeResult> r = reg->mergeInstances(accountId, u"eu-west-1"_s, { b }, t1.addSecs(1));
    QVERIFY(r.ok());
    QCOMPARE(r->changedIds, QStringList { u"i-1"_s });
    QCOMPARE(reg->instances(accountId)->at(0).privateIp, u"west\x1fx"_s);
}

void TestRegistry::relistingADeletedDatabaseIsAChangeEvenWithTheSameDescription()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    const QString accountId = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QList<RdsDbInstance> page { makeDatabase(u"orders"_s, u"db-1"_s) };
    QVERIFY(reg->mergeDatabases(accountId, u"eu-west-1"_s, page, t1).ok());
    QCOMPARE(reg->markDatabasesDeletedNotSeenSince(accountId, u"eu-west-1"_s, t1.addSecs(1))->size(), 1);
    Result<InstanceMergeResult> back = reg->mergeDatabases(accountId, u"eu-west-1"_s, page, t1.addSecs(2));
    QVERIFY(back.ok());
    QCOMPARE(back->changedIds, QStringList { u"db-1"_s });
    QCOMPARE(reg->databases(accountId)->at(0).state, u"available"_s);
    Result<InstanceMergeResult> same = reg->mergeDatabases(accountId, u"eu-west-1"_s, page, t1.addSecs(3));
    QVERIFY(same.ok());
    QCOMPARE(same->unchanged, 1);
    QCOMPARE(same->changed, 0);
}

void TestRegistry::setHealthTakesTheLastHealthOfARepeatedId()
{
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    const QString accountId = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(
        reg->mergeInstances(accountId, u"eu-west-1"_s, { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) }, t1).ok());
    QList<QPair<QString, QString>> changed;
    Result<int> n = reg->setHealth(accountId,
        { { u"i-2"_s, u"ok"_s }, { u"i-1"_s, u"ok"_s }, { u"i-2"_s, u"impaired"_s }, { u"i-9"_s, u"ok"_s } }, &changed);
    QVERIFY2(n.ok(), qPrintable(errorText(n)));
    QCOMPARE(n.value(), 2);
    QCOMPARE(changed, (QList<QPair<QString, QString>> { { u"i-2"_s, u"impaired"_s }, { u"i-1"_s, u"ok"_s } }));
    QCOMPARE(reg->instances(accountId)->at(1).health, u"impaired"_s);
    QCOMPARE(reg->setHealth(accountId, {}).value(), 0);
}

void TestRegistry::mergesPagesOfEveryBatchSize()
{
    // Batches are 256 rows, then powers of two: 1, 2, 3 (2 + 1), 255 (128 + ... + 1), 257, 1000 rows all land,
    // as added, then as unchanged, then with every seventh changed.
    auto reg = openOk(nextPath());
    QVERIFY(reg);
    const QString accountId = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
    QDateTime t(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    int total = 0;
    Registry::ListedIds lastListed;
    for (const int size : { 1, 2, 3, 255, 257, 1000 }) {
        QList<Ec2Instance> page;
        for (int i = 0; i < size; ++i)
            page.append(makeInstance(u"i-%1-%2"_s.arg(size).arg(i)));
        Result<InstanceMergeResult> added = reg->mergeInstances(accountId, u"eu-west-1"_s, page, t = t.addSecs(1));
        QVERIFY2(added.ok(), qPrintable(errorText(added)));
        QCOMPARE(added->added, size);
        QCOMPARE(added->addedIds.size(), size);
        QCOMPARE(added->addedIds.constLast(), page.constLast().instanceId);
        Result<InstanceMergeResult> same = reg->mergeInstances(accountId, u"eu-west-1"_s, page, t = t.addSecs(1));
        QVERIFY(same.ok());
        QCOMPARE(same->unchanged, size);
        QStringList expected;
        for (int i = 0; i < size; i += 7) {
            page[i].state = u"stopped"_s;
            expected << page[i].instanceId;
        }
        Result<InstanceMergeResult> some = reg->mergeInstances(accountId, u"eu-west-1"_s, page, t = t.addSecs(1));
        QVERIFY(some.ok());
        QCOMPARE(some->changedIds, expected);
        QCOMPARE(some->unchanged, size - int(expected.size()));
        total += size;
        QList<QPair<QString, QString>> health;
        for (const Ec2Instance &i : std::as_const(page))
            health.append({ i.instanceId, u"ok"_s });
        QCOMPARE(reg->setHealth(accountId, health).value(), size);
        lastListed = {};
        for (const Ec2Instance &i : std::as_const(page))
            lastListed.insert(i.instanceId);
    }
    QCOMPARE(reg->instanceCount(accountId).value(), total);
    // A listing of the last page only: the other pages' rows are gone, in batches of every size too.
    QCOMPARE(reg->completeInstanceListing(accountId, u"eu-west-1"_s, t, lastListed)->size(), total - 1000);
    QCOMPARE(reg->instanceCount(accountId).value(), 1000);
}

void TestRegistry::removingGoneInstancesReadsOnlyTheirRegion()
{
    // A region's completion reads that region's rows, not the account's: SQLite's planner once chose the primary
    // key (to save sorting the ids it returns) and read every row of the account at each region's completion.
    // Counted in steps of SQLite's virtual machine on the registry's own connection.
    const CountedFile file = countedFile();
    QVERIFY(file.handle);
    Registry *reg = file.reg.get();
    const QString &id = file.accountId;
    sqlite3 *handle = file.handle;
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(reg->mergeInstances(id, u"us-east-1"_s, numberedInstances(4000, 4), t1).ok());
    QList<Ec2Instance> few;
    for (int i = 4; i >= 0; --i)
        few.append(makeInstance(u"j-%1"_s.arg(i)));
    QVERIFY(reg->mergeInstances(id, u"eu-west-1"_s, few, t1).ok());
    qint64 steps = 0;
    sqlite3_progress_handler(
        handle, 1,
        [](void *counter) {
            ++*static_cast<qint64 *>(counter);
            return 0;
        },
        &steps);
    const Result<QStringList> gone = reg->completeInstanceListing(id, u"eu-west-1"_s, t1.addSecs(1), {});
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    QVERIFY2(gone.ok(), qPrintable(errorText(gone)));
    // Sorted, whatever order the rows were stored in.
    QCOMPARE(gone.value(), (QStringList { u"j-0"_s, u"j-1"_s, u"j-2"_s, u"j-3"_s, u"j-4"_s }));
    QCOMPARE(reg->instanceCount(id).value(), 4000);
    // Reading and deleting 5 rows takes a few hundred steps; reading the other region's 4,000 rows takes tens of
    // thousands.
    QVERIFY2(steps < 2000, qPrintable(u"%1 virtual machine steps"_s.arg(steps)));
}

void TestRegistry::mergeStatementsPreparedAheadServeAFirstPage()
{
    // prepareMergeStatements() (the discovery writer, when it opens its connection) prepares every batch size of the
    // merge's statements: a first page merged as all new then prepares nothing more on the connection.
    const CountedFile file = countedFile();
    QVERIFY(file.handle);
    Registry *reg = file.reg.get();
    const QString &id = file.accountId;
    sqlite3 *handle = file.handle;
    const auto statements = [handle] {
        int n = 0;
        for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
            ++n;
        return n;
    };
    const int before = statements();
    reg->prepareMergeStatements();
    const int prepared = statements();
    QVERIFY2(prepared >= before + 2 * (RegistryInternal::kMergeBatchLog2 + 1),
        qPrintable(u"%1 -> %2 statements"_s.arg(before).arg(prepared)));
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const Registry::PreparedInstances page
        = Registry::prepareInstances(id, u"us-east-1"_s, numberedInstances(1000, 4), t1);
    QCOMPARE(page.rows.size(), 1000);
    const Result<InstanceMergeResult> merged = reg->mergeInstances(page, Registry::Stored::NoneOfThese);
    QVERIFY2(merged.ok(), qPrintable(errorText(merged)));
    QCOMPARE(merged->added, 1000);
    QCOMPARE(statements(), prepared);
    QCOMPARE(reg->instanceCount(id).value(), 1000);
}

void TestRegistry::aReDiscoveryWritesNoUnchangedRow()
{
    // Schema 9: an unchanged row is read (its fingerprint), not rewritten; only the changed and the new are written.
    // Counted by SQLite on the registry's own connection (rows inserted, updated or deleted).
    const CountedFile file = countedFile();
    QVERIFY(file.handle);
    Registry *reg = file.reg.get();
    const QString &id = file.accountId;
    sqlite3 *handle = file.handle;
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QList<Ec2Instance> page = numberedInstances(600, 4);
    QVERIFY(reg->mergeInstances(id, u"us-east-1"_s, page, t1).ok());
    const auto rowsWritten = [handle] { return sqlite3_total_changes64(handle); };

    qint64 before = rowsWritten();
    Result<InstanceMergeResult> same = reg->mergeInstances(id, u"us-east-1"_s, page, t1.addSecs(60));
    QVERIFY2(same.ok(), qPrintable(errorText(same)));
    QCOMPARE(same->unchanged, 600);
    QCOMPARE(rowsWritten() - before, 0);

    page[5].state = u"stopped"_s;
    page.append(makeInstance(u"i-new"_s));
    before = rowsWritten();
    Result<InstanceMergeResult> some = reg->mergeInstances(id, u"us-east-1"_s, page, t1.addSecs(120));
    QVERIFY2(some.ok(), qPrintable(errorText(some)));
    QCOMPARE(some->unchanged, 599);
    QCOMPARE(some->changed + some->added, 2);
    QCOMPARE(rowsWritten() - before, 2);
}

void TestRegistry::aListingsTimeIsItsInstancesLastSeenAndNeverMovesBack()
{
    const QString path = nextPath();
    auto reg = openOk(path);
    QVERIFY(reg);
    const QString id = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QDateTime t2 = t1.addSecs(60), t3 = t1.addSecs(120);
    QVERIFY(reg->mergeInstances(id, u"us-east-1"_s, { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) }, t1).ok());
    QVERIFY(reg->mergeInstances(id, u"eu-west-1"_s, { makeInstance(u"j-1"_s) }, t1).ok());
    const auto lastSeen = [&reg, &id] {
        QHash<QString, QDateTime> seen;
        for (const StoredInstance &s : reg->instances(id).value())
            seen.insert(s.instanceId, s.lastSeen);
        return seen;
    };
    // A run that began at t3 lists i-1 (unchanged: not written) and completes: i-2 is gone, i-1 was seen at t3.
    QVERIFY(reg->mergeInstances(id, u"us-east-1"_s, { makeInstance(u"i-1"_s) }, t3).ok());
    QCOMPARE(lastSeen().value(u"i-1"_s), t1); // not yet: the listing has not completed
    QCOMPARE(reg->completeInstanceListing(id, u"us-east-1"_s, t3, { u"i-1"_s }).value(), QStringList { u"i-2"_s });
    QHash<QString, QDateTime> seen = lastSeen();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.value(u"i-1"_s), t3);
    QCOMPARE(seen.value(u"j-1"_s), t1); // another region's listing moves nothing here
    // A run that began earlier (t2) and completes later removes nothing the later one listed or wrote and does not
    // move the region's time back.
    QVERIFY(reg->mergeInstances(id, u"us-east-1"_s, { makeInstance(u"i-3"_s) }, t3.addSecs(1)).ok());
    QCOMPARE(reg->completeInstanceListing(id, u"us-east-1"_s, t2, {}).value(), QStringList());
    seen = lastSeen();
    QCOMPARE(seen.value(u"i-1"_s), t3);
    QCOMPARE(seen.value(u"i-3"_s), t3.addSecs(1)); // written after the listing's time: its own
    // The listings go with their account.
    QCOMPARE(RawDb(path, u"rawListings"_s).scalar(u"SELECT COUNT(*) FROM instance_listings"_s).toInt(), 1);
    QVERIFY(reg->removeUnusedAccount(id).ok());
    QCOMPARE(RawDb(path, u"rawListings2"_s).scalar(u"SELECT COUNT(*) FROM instance_listings"_s).toInt(), 0);
}

void TestRegistry::aVersionEightFileKeepsItsLastSeenTimes()
{
    // Version 8 moved last_seen of every row a listing met: the rows keep those times, and the first listing that
    // completes after the upgrade moves them.
    const QString path = nextPath();
    const QDateTime t1(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QString id;
    {
        auto reg = openOk(path);
        QVERIFY(reg);
        id = reg->createAccount(connectedAccount(u"alice"_s, u"123456789012"_s)).value().id;
        QVERIFY(reg->mergeInstances(id, u"us-east-1"_s, { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) }, t1).ok());
    }
    {
        RawDb raw(path);
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(u"DROP TABLE instance_listings"_s));
        QVERIFY(raw.exec(u"UPDATE instances SET last_seen = '2024-05-01T11:00:00.000Z' WHERE instance_id = 'i-2'"_s));
        QVERIFY(raw.exec(u"UPDATE schema_version SET version = 8"_s));
    }
    auto reg = openOk(path);
    QVERIFY(reg);
    QCOMPARE(reg->schemaVersion(), Registry::SchemaVersion);
    QList<StoredInstance> stored = reg->instances(id).value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).lastSeen, t1);
    QCOMPARE(stored.at(1).lastSeen, t1.addSecs(3600));
    const QDateTime t2 = t1.addSecs(7200);
    QVERIFY(reg->mergeInstances(id, u"us-east-1"_s, { makeInstance(u"i-1"_s), makeInstance(u"i-2"_s) }, t2).ok());
    QVERIFY(reg->completeInstanceListing(id, u"us-east-1"_s, t2, { u"i-1"_s, u"i-2"_s })->isEmpty());
    stored = reg->instances(id).value();
    QCOMPARE(stored.at(0).lastSeen, t2);
    QCOMPARE(stored.at(1).lastSeen, t2);
}

void TestRegistry::tagsJsonIsQtsCompactJson()
{
    // tagsToJson() writes plain tags itself: the text must be QJsonDocument's, and every list must read back.
    const QList<QList<Ec2Tag>> lists {
        {},
        { { u"Name"_s, u"web-1"_s } },
        { { u"Name"_s, u""_s }, { u"env"_s, u"prod"_s }, { u"aws:eks:cluster-name"_s, u"orders 2/x=y"_s } },
        { { u"quote\"d"_s, u"back\\slash"_s } },
        { { u"ünïcode"_s, u"日本"_s }, { u"tab"_s, u"a\tb\nc\x01"_s } },
        { { u"Team"_s, u"Zürich Ops"_s }, { u"Owner"_s, u"José Müller"_s }, { u"emoji"_s, u"a😀b"_s } },
        { { u"del\x7f"_s, u"\r\f\b\x1f"_s } },
    };
    // Every control character, the characters around them, lone and reversed surrogates, and random text.
    QList<QList<Ec2Tag>> odd;
    for (char16_t c : { 0x00, 0x07, 0x1f, 0x20, 0x22, 0x2f, 0x5c, 0x7e, 0x7f, 0x80, 0xa0, 0x2028, 0xd7ff, 0xd800,
             0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xffff })
        odd.append({ { QString(QChar(c)), u"x"_s + QChar(c) + u"y"_s } });
    odd.append({ { QString(QChar(0xdc00)) + QChar(0xd800), QString(QChar(0xd83d)) } });
    QRandomGenerator rng(16);
    for (int n = 0; n < 200; ++n) {
        QString key, value;
        for (int i = rng.bounded(12); i > 0; --i)
            key += QChar(char16_t(rng.bounded(4) ? rng.bounded(0x80) : rng.bounded(0x10000)));
        for (int i = rng.bounded(12); i > 0; --i)
            value += QChar(char16_t(rng.bounded(2) ? rng.bounded(0x30) : rng.bounded(0x10000)));
        odd.append({ { key, value }, { value, key } });
    }
    for (const QList<Ec2Tag> &tags : lists + odd) {
        QJsonArray a;
        for (const Ec2Tag &t : tags)
            a.append(QJsonArray { t.key, t.value });
        QCOMPARE(
            RegistryInternal::tagsToJson(tags), QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
        // Qt's reader gives a lone surrogate's escape back as U+FFFD and drops U+FEFF (both as before: the text is
        // QJsonDocument's own).
        const bool lossy = std::any_of(tags.cbegin(), tags.cend(), [](const Ec2Tag &t) {
            return !t.key.isValidUtf16() || !t.value.isValidUtf16() || t.key.contains(QChar(0xfeff))
                || t.value.contains(QChar(0xfeff));
        });
        if (!lossy)
            QCOMPARE(RegistryInternal::tagsFromJson(RegistryInternal::tagsToJson(tags)), tags);
    }
}

void TestRegistry::batchedStatementsBindAndReadAsQtsDriverDoes()
{
    // The page merges run on SQLite's C API under Qt's connection (RegistryInternal::SqliteStatements): what they
    // bind and read back must be exactly what Qt's driver binds and reads, value for value.
    using RegistryInternal::BatchRow;
    using RegistryInternal::SqliteStatements;
    const QString path = nextPath();
    RawDb raw(path, u"batched"_s);
    QVERIFY(raw.ok());
    QSqlDatabase db = QSqlDatabase::database(u"batched"_s);
    sqlite3 *handle = SqliteStatements::handleOf(db);
    QVERIFY2(handle, "Qt's SQLite driver does not run on the SQLite library Onramp links: merges would go through Qt");
    QVERIFY(raw.exec(u"CREATE TABLE t (n INTEGER PRIMARY KEY, v)"_s));
    const QVariantList values { QVariant(u"plain"_s), QVariant(u"été € 😀 \"'<&"_s), QVariant(QString()),
        QVariant(u""_s), QVariant(), QVariant(qint64(-9'007'199'254'740'993)), QVariant(42), QVariant(true),
        QVariant(2.5), QVariant(QByteArray("\x00\x01\xff", 3)), QVariant(QDateTime()) };
    {
        SqliteStatements statements(handle);
        for (int i = 0; i < values.size(); ++i) {
            const std::optional<QSqlError> e
                = statements.run(u"INSERT INTO t (n, v) VALUES (?, ?)"_s, { i, values.at(i) }, {});
            QVERIFY2(!e, qPrintable(e ? e->text() : QString()));
        }
        // Read back through both: the same values, NULL where Qt reads NULL.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT n, v FROM t ORDER BY n"_s));
        QList<QVariant> viaQt;
        while (q.next())
            viaQt << q.value(1);
        q.finish();
        QList<QVariant> viaSqlite;
        const std::optional<QSqlError> read = statements.run(u"SELECT n, v FROM t WHERE n >= ? ORDER BY n"_s, { 0 },
            [&viaSqlite](const BatchRow &row) { viaSqlite << row.value(1); });
        QVERIFY(!read);
        QCOMPARE(viaSqlite.size(), values.size());
        for (int i = 0; i < values.size(); ++i) {
            QCOMPARE(viaSqlite.at(i).isNull(), viaQt.at(i).isNull());
            QCOMPARE(viaSqlite.at(i).toString(), viaQt.at(i).toString());
            QCOMPARE(viaSqlite.at(i).toByteArray(), viaQt.at(i).toByteArray());
        }
        QCOMPARE(viaSqlite.at(1).toString(), u"été € 😀 \"'<&"_s);
        QVERIFY(!viaSqlite.at(2).isNull()); // a null QString is '' (NOT NULL text columns), as bindable() makes it
        QVERIFY(viaSqlite.at(4).isNull()); // an invalid QVariant is NULL
        QCOMPARE(viaSqlite.at(5).toLongLong(), -9'007'199'254'740'993);
        QCOMPARE(raw.scalar(u"SELECT typeof(v) FROM t WHERE n = 9"_s).toString(), u"blob"_s);
        QCOMPARE(raw.scalar(u"SELECT typeof(v) FROM t WHERE n = 8"_s).toString(), u"real"_s);

        // Errors come back as Qt's driver reports them: SQLite's result code, SQLite's message.
        const std::optional<QSqlError> missing = statements.run(u"INSERT INTO nowhere VALUES (?)"_s, { 1 }, {});
        QVERIFY(missing);
        QCOMPARE(missing->nativeErrorCode(), u"1"_s);
        QVERIFY2(missing->databaseText().contains(u"no such table"_s), qPrintable(missing->databaseText()));
        const std::optional<QSqlError> duplicate
            = statements.run(u"INSERT INTO t (n, v) VALUES (?, ?)"_s, { 0, 1 }, {});
        QVERIFY(duplicate);
        QCOMPARE(duplicate->nativeErrorCode().toInt() & 0xff, 19); // SQLITE_CONSTRAINT
        QVERIFY(statements.run(u"INSERT INTO t (n, v) VALUES (?, ?)"_s, { 0 }, {})); // too few values: refused
        // A statement is reset after every run: no read stays open to block a checkpoint of the whole WAL.
        QVERIFY(!statements.run(u"SELECT n FROM t"_s, {}, {}));
        QCOMPARE(raw.scalar(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).toInt(), 0); // 0: not blocked
    }
}

void TestRegistry::everyConnectionIsWalWithSynchronousNormal()
{
    // The writer thread opens a second Registry on the same file: synchronous is per connection, so each open sets it.
    const QString path = nextPath();
    auto first = openOk(path);
    // A connection that reads each row once (the instance browser's loader) asks for a small page cache.
    Registry::Options scan;
    scan.cacheKiB = Registry::ScanCacheKiB;
    auto second = openOk(path, u"alice"_s, scan);
    QVERIFY(first && second);
    QList<int> cacheSizes;
    int checked = 0;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(u"onramp-registry-"_s))
            continue;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.databaseName() != QFileInfo(path).absoluteFilePath())
            continue;
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        // Checkpoints every 64 MiB of WAL, not every 4 MiB (a first discovery's pages rewrite the same index pages).
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 16384);
        QVERIFY(q.exec(u"PRAGMA journal_size_limit"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 67108864);
        // Temporary tables (a batch's VALUES, RETURNING's rows) in memory, not in files under /var/tmp.
        QVERIFY(q.exec(u"PRAGMA temp_store"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // MEMORY
        QVERIFY(q.exec(u"PRAGMA cache_size"_s) && q.next());
        cacheSizes.append(q.value(0).toInt()); // negative: KiB
        ++checked;
    }
    QCOMPARE(checked, 2);
    std::sort(cacheSizes.begin(), cacheSizes.end());
    QCOMPARE(cacheSizes, (QList<int> { -32768, -Registry::ScanCacheKiB })); // 32 MiB by default, 2 MiB to scan
}

int main(int argc, char **argv)
{
    // Child mode for refusesReadOnlyFile when the suite runs as root: open as an unprivileged user and
    // print the error code and message.
    if (argc == 3 && qstrcmp(argv[1], "--open-registry-child") == 0) {
        QCoreApplication app(argc, argv);
        Result<std::unique_ptr<Registry>> r = Registry::open(QString::fromLocal8Bit(argv[2]), u"nobody"_s);
        const QString out = r.ok() ? u"ok\nopened"_s : r.error().code + u'\n' + r.error().message;
        fputs(out.toUtf8().constData(), stdout);
        fputc('\n', stdout);
        return 0;
    }
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"onramp-tst-registry"_s);
    TestRegistry t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_registry.moc"
