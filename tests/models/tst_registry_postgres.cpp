// Team-mode tests of Registry on a real PostgreSQL server (the throwaway cluster of tests/models/pgcluster.sh).
#include "../support/pgcluster.h"
#include "models/registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <latch>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

template <typename T> QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

Account liveAccount(const QString &awsId)
{
    Account a;
    a.awsAccountId = awsId;
    a.method = AccountMethod::IamRole;
    a.roleArn = u"arn:aws:iam::%1:role/OnrampDiscovery"_s.arg(awsId);
    a.externalId = u"onramp-ext"_s;
    a.region = u"us-east-1"_s;
    a.status = AccountStatus::Connected;
    return a;
}

/// Sets an environment variable for one scope (unset with an empty optional) and restores it.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const std::optional<QByteArray> &value)
        : m_name(name)
        , m_saved(qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt)
    {
        set(value);
    }
    ~ScopedEnv() { set(m_saved); }
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    void set(const std::optional<QByteArray> &value)
    {
        if (value)
            qputenv(m_name, *value);
        else
            qunsetenv(m_name);
    }
    const char *m_name;
    std::optional<QByteArray> m_saved;
};

/// What one statement did: ok, or the SQLSTATE the server answered with.
struct SqlOutcome
{
    bool ok = false;
    QString state;
    QString text;
    QVariant first; ///< the first column of the first row, if any
};

/// A plain QPSQL connection, as psql would make it: a console role writing SQL directly, around the app's code.
class RoleConnection
{
public:
    RoleConnection(const QString &host, const QString &port, const QString &database, const QString &role,
        const QString &password = {})
        : m_name(u"role-connection-%1"_s.arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        m_db.setHostName(host);
        m_db.setPort(port.toInt());
        m_db.setDatabaseName(database);
        m_db.setUserName(role);
        m_db.setPassword(password);
        m_db.setConnectOptions(u"application_name=psql"_s);
        if (!m_db.open())
            qWarning("%s cannot connect: %s", qPrintable(role), qPrintable(m_db.lastError().text()));
    }
    ~RoleConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RoleConnection)

    bool isOpen() const { return m_db.isOpen(); }
    SqlOutcome exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        SqlOutcome r;
        r.ok = q.exec(sql);
        r.state = q.lastError().nativeErrorCode();
        r.text = q.lastError().text();
        if (r.ok && q.isSelect() && q.next())
            r.first = q.value(0);
        return r;
    }

private:
    static inline std::atomic<int> s_counter { 0 };
    QString m_name;
    QSqlDatabase m_db;
};

/// An INSERT of an account row as a console user would type it (NULL aws id when \a awsId is empty).
QString insertAccountSql(const QString &id, const QString &owner, const QString &awsId, const QString &status)
{
    return u"INSERT INTO accounts (id, owner, aws_account_id, method, status, created_at, updated_at)"
           " VALUES ('%1', '%2', %3, 'iam_role', '%4', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"_s.arg(
               id, owner, awsId.isEmpty() ? u"NULL"_s : u"'%1'"_s.arg(awsId), status);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A 12-digit AWS account id no other test uses: \a prefix (3 digits) and a running number.
QString uniqueAwsId(const char *prefix)
{
    static std::atomic<int> n { 0 };
    return QLatin1StringView(prefix) + u"%1"_s.arg(++n, 9, 10, QLatin1Char('0'));
}

/// The schema versions 1 and 2 as the build before version 3 wrote them in team mode (registry.cpp of that
/// build, copied): a database of that age is what the version-3 migration must upgrade.
const char *const kPostgresSchemaV2[] = {
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
    "CREATE TABLE audit_log (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at TEXT NOT NULL, user_name TEXT "
    "NOT NULL, action TEXT NOT NULL, account_id TEXT, outcome TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX audit_by_account ON audit_log(account_id, id)",
    "CREATE UNIQUE INDEX accounts_live_aws_account ON accounts(aws_account_id) WHERE status <> 'disconnected' AND "
    "aws_account_id IS NOT NULL",
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onramp_console') THEN CREATE ROLE "
    "onramp_console NOLOGIN; END IF; END $$",
    "GRANT SELECT ON schema_version TO onramp_console",
    "GRANT SELECT, INSERT ON users TO onramp_console",
    "GRANT SELECT, INSERT, UPDATE ON accounts TO onramp_console",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON instances TO onramp_console",
    "GRANT SELECT, INSERT ON audit_log TO onramp_console",
    "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY users_self_read ON users FOR SELECT USING (name = current_user)",
    "CREATE POLICY users_self_join ON users FOR INSERT WITH CHECK (name = current_user AND plan = 'standard')",
    "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE accounts FORCE ROW LEVEL SECURITY",
    "CREATE POLICY accounts_owner ON accounts USING (owner = current_user) WITH CHECK (owner = current_user)",
    "DO $$ BEGIN EXECUTE format('CREATE POLICY accounts_admin_read ON accounts FOR SELECT TO %I USING (true)', "
    "current_user); END $$",
    "ALTER TABLE instances ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE instances FORCE ROW LEVEL SECURITY",
    "CREATE POLICY instances_owner ON instances USING (account_id IN (SELECT id FROM accounts WHERE owner = "
    "current_user)) WITH CHECK (account_id IN (SELECT id FROM accounts WHERE owner = current_user))",
    "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE audit_log FORCE ROW LEVEL SECURITY",
    "CREATE POLICY audit_self_read ON audit_log FOR SELECT USING (user_name = current_user)",
    "CREATE POLICY audit_self_write ON audit_log FOR INSERT WITH CHECK (user_name = current_user)",
    "DO $$ BEGIN EXECUTE format('CREATE FUNCTION onramp_aws_account_owner(aws_id text) RETURNS text LANGUAGE sql "
    "STABLE SECURITY DEFINER SET search_path = %I, pg_temp AS %L', current_schema(), 'SELECT owner FROM accounts WHERE "
    "aws_account_id = aws_id AND status <> ''disconnected'' LIMIT 1'); END $$",
    "REVOKE ALL ON FUNCTION onramp_aws_account_owner(text) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION onramp_aws_account_owner(text) TO onramp_console",
    "INSERT INTO schema_version (version) VALUES (2)",
};

Ec2Instance instance(const QString &id)
{
    Ec2Instance i;
    i.instanceId = id;
    i.instanceType = u"t3.micro"_s;
    i.state = u"running"_s;
    i.availabilityZone = u"us-east-1a"_s;
    i.launchTime = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    i.tags = { { u"Name"_s, id } };
    return i;
}

} // namespace

class TestRegistryPostgres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void consoleUsersCannotMigrateAnEmptyDatabase();
    void administratorMigratesTheSchema();
    void consoleUserIsTheAuthenticatedRole();
    void rowLevelSecurityConfinesAccountsAndInstancesToTheirOwner();
    void usersCannotWriteIntoEachOthersAccounts();
    void databasesAreConfinedToTheirOwnerLikeInstances();
    void uniqueIndexRefusesTakeoverAndTakenFunctionNamesNobody();
    void disconnectFreesTheAwsAccountForAnotherUser();
    void onlyTheAdministratorChangesPlans();
    void auditRowsAreVisibleToTheirUserOnly();
    void concurrentConnectsOfOneAwsAccountHaveExactlyOneWinner();
    void mergesThousandRowsUnderRowLevelSecurity();
    void aPagesArraysCarryEveryCharacterAsItIs();
    void setBasedMergeAndHealthKeepRowLevelSecurity();
    void firstDiscoveryKeepsThePlannersStatisticsUp();
    void reopeningAMigratedDatabaseKeepsItsSchema();

    // Issue 12, item 6: the transport to the team database.
    void weakSslModesToARemoteHostAreRefusedBeforeConnecting_data();
    void weakSslModesToARemoteHostAreRefusedBeforeConnecting();
    void remoteHostsDefaultToVerifyFull();
    void localConnectionsKeepLibpqsChoice_data();
    void localConnectionsKeepLibpqsChoice();
    void environmentHostsAndModesAreHeldToTheSameRule();
    void passwordsInCommandLineUrlsAreRecognised_data();
    void passwordsInCommandLineUrlsAreRecognised();
    void transportSecurityReportsTheModeInForce();
    void libpqTakesThePasswordFromPgpasswordOrPgpassfile();

    // Issue 12, item 7: a console role writing SQL directly (psql) meets the same rules as the app.
    void directInsertsMustStartPendingOrConnected_data();
    void directInsertsMustStartPendingOrConnected();
    void directStatusChangesFollowCanTransition_data();
    void directStatusChangesFollowCanTransition();
    void directSqlCannotChangeTheAwsAccountIdOnceConnected();
    void directSqlCannotChangeIdOrOwner();
    void trialUserCannotHoldASecondLiveAccount();
    void organizationMembersFollowTheRulesInTheDatabase();
    void racingTrialInsertsCannotBothPass_data();
    void racingTrialInsertsCannotBothPass();
    void concurrentTrialConnectsHaveOneWinner();
    void directChangesAreAuditedInTheWritersName();
    void schemaV2DatabaseMigratesToV3();

private:
    QString url(const QString &user, const QString &password) const;
    QString adminUrl() const { return url(u"onramp_admin"_s, u"admin-pw"_s); }
    QString aliceUrl() const { return url(u"alice"_s, u"alice-pw"_s); }
    QString bobUrl() const { return url(u"bob"_s, u"bob-pw"_s); }
    std::unique_ptr<Registry> openOk(const QString &url);
    bool superuserExec(const QString &sql, const QString &database = u"postgres"_s);
    /// A psql-like connection over TCP as \a role (its password: see initTestCase()) to the test database.
    std::unique_ptr<RoleConnection> connectAs(const QString &role, const QString &database = {}) const
    {
        return std::make_unique<RoleConnection>(m_info.value(u"host"_s), m_info.value(u"port"_s),
            database.isEmpty() ? m_database : database, role,
            role == u"onramp_admin"_s ? u"admin-pw"_s : role + u"-pw"_s);
    }
    /// The superuser over the cluster's socket (trusted), to set up states and read what is stored.
    std::unique_ptr<RoleConnection> connectAsSuperuser() const
    {
        return std::make_unique<RoleConnection>(
            m_info.value(u"socket_dir"_s), m_info.value(u"port"_s), m_database, m_info.value(u"superuser"_s));
    }
    /// Gives up every live account of \a role (as the role, by the rules: any live status -> disconnected).
    void disconnectAllOf(const QString &role);

    QHash<QString, QString> m_info;
    QString m_database;
    bool m_migrated = false;
    QString m_aliceAccount;
    QString m_bobAccount;
};

QString TestRegistryPostgres::url(const QString &user, const QString &password) const
{
    // TCP with a password: the server authenticates the role, as in a real team deployment.
    return u"postgresql://%1:%2@%3:%4/%5"_s.arg(
        user, password, m_info.value(u"host"_s), m_info.value(u"port"_s), m_database);
}

std::unique_ptr<Registry> TestRegistryPostgres::openOk(const QString &u)
{
    Result<std::unique_ptr<Registry>> r = Registry::open(u, u"ignored-in-team-mode"_s);
    if (!r) {
        qWarning("open failed: %s", qPrintable(r.error().toString()));
        return nullptr;
    }
    return std::move(r).value();
}

bool TestRegistryPostgres::superuserExec(const QString &sql, const QString &database)
{
    // The superuser connects over the cluster's socket (trusted locally); used for setup only.
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"superuser"_s);
        db.setHostName(m_info.value(u"socket_dir"_s));
        db.setPort(m_info.value(u"port"_s).toInt());
        db.setUserName(m_info.value(u"superuser"_s));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        } else {
            qWarning("superuser connect: %s", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"superuser"_s);
    return ok;
}

void TestRegistryPostgres::initTestCase()
{
    const std::optional<QHash<QString, QString>> cluster = readPgClusterInfo();
    if (!cluster)
        QSKIP("PostgreSQL test cluster not running");
    m_info = *cluster;
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));

    // libpq reads these: the machine's own must not steer the tests (the cases that need one set it).
    for (const char *name : { "PGHOST", "PGHOSTADDR", "PGPORT", "PGSSLMODE", "PGSERVICE", "PGPASSWORD" })
        qunsetenv(name);
    qputenv("PGPASSFILE", "/nonexistent/onramp-test-pgpass");

    m_database = u"onramp_tst_%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // Roles are cluster-wide: create them once, reset their passwords every run.
    for (const auto &[role, attrs] : { std::pair { u"onramp_admin"_s, u"LOGIN CREATEROLE PASSWORD 'admin-pw'"_s },
             std::pair { u"alice"_s, u"LOGIN PASSWORD 'alice-pw'"_s },
             std::pair { u"bob"_s, u"LOGIN PASSWORD 'bob-pw'"_s },
             std::pair { u"carol"_s, u"LOGIN PASSWORD 'carol-pw'"_s },
             std::pair { u"dave"_s, u"LOGIN PASSWORD 'dave-pw'"_s } }) {
        QVERIFY(superuserExec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %1; END IF; END $$"_s.arg(role)));
        QVERIFY(superuserExec(u"ALTER ROLE %1 %2"_s.arg(role, attrs)));
    }
    // The administrator is an ordinary (non-superuser) role that owns the database: the realistic setup,
    // and the one where FORCE ROW LEVEL SECURITY applies to the schema owner too.
    QVERIFY(superuserExec(u"CREATE DATABASE %1 OWNER onramp_admin"_s.arg(m_database)));
}

void TestRegistryPostgres::cleanupTestCase()
{
    if (!m_database.isEmpty())
        superuserExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
}

void TestRegistryPostgres::consoleUsersCannotMigrateAnEmptyDatabase()
{
    Result<std::unique_ptr<Registry>> r = Registry::open(aliceUrl(), QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"DatabaseMigrationFailed"_s);
    QVERIFY2(r.error().message.contains(u"administrator"_s), qPrintable(r.error().message));
    QVERIFY2(!r.error().message.contains(u"alice-pw"_s), "the password leaked into an error");
}

void TestRegistryPostgres::administratorMigratesTheSchema()
{
    auto admin = openOk(adminUrl());
    QVERIFY(admin);
    QVERIFY(admin->isTeamMode());
    QCOMPARE(admin->schemaVersion(), Registry::SchemaVersion);
    QCOMPARE(admin->consoleUser(), u"onramp_admin"_s);
    QVERIFY(!admin->location().contains(u"admin-pw"_s));
    QVERIFY(admin->integrityCheck().ok());
    // The administrator lets the console users in.
    QVERIFY(superuserExec(u"GRANT onramp_console TO alice, bob, carol, dave"_s, m_database));
    m_migrated = true;
}

void TestRegistryPostgres::consoleUserIsTheAuthenticatedRole()
{
    QVERIFY(m_migrated);
    auto alice = openOk(aliceUrl());
    QVERIFY(alice);
    QCOMPARE(alice->consoleUser(), u"alice"_s); // not the "ignored-in-team-mode" parameter
    Result<QList<ConsoleUser>> users = alice->users();
    QVERIFY2(users.ok(), qPrintable(errorText(users)));
    QCOMPARE(users->size(), 1); // alice sees her own row only
    QCOMPARE(users->first().name, u"alice"_s);
    QCOMPARE(users->first().plan, UserPlan::Standard);
    QVERIFY(openOk(bobUrl()));

    Result<std::unique_ptr<Registry>> wrong = Registry::open(url(u"alice"_s, u"not-her-password"_s), QString());
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, u"DatabaseOpenFailed"_s);
    QVERIFY(!wrong.error().message.contains(u"not-her-password"_s));
    Result<std::unique_ptr<Registry>> viaQuery
        = Registry::open(url(u"alice"_s, QString()) + u"?password=query-secret&sslmode=disable"_s, QString());
    QVERIFY(!viaQuery.ok()); // the password is not taken from the query, and never shown
    QVERIFY(!viaQuery.error().message.contains(u"query-secret"_s));
}

void TestRegistryPostgres::rowLevelSecurityConfinesAccountsAndInstancesToTheirOwner()
{
    QVERIFY(m_migrated);
    auto alice = openOk(aliceUrl());
    auto bob = openOk(bobUrl());
    QVERIFY(alice && bob);

    Result<Account> a = alice->createAccount(liveAccount(u"111111111111"_s));
    QVERIFY2(a.ok(), qPrintable(errorText(a)));
    QCOMPARE(a->owner, u"alice"_s);
    Result<Account> b = bob->createAccount(liveAccount(u"222222222222"_s));
    QVERIFY2(b.ok(), qPrintable(errorText(b)));
    m_aliceAccount = a->id;
    m_bobAccount = b->id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<InstanceMergeResult> ma
        = alice->mergeInstances(a->id, u"us-east-1"_s, { instance(u"i-a1"_s), instance(u"i-a2"_s) }, now);
    QVERIFY2(ma.ok(), qPrintable(errorText(ma)));
    QVERIFY(bob->mergeInstances(b->id, u"us-east-1"_s, { instance(u"i-b1"_s) }, now).ok());

    const QList<Account> alices = alice->accounts().value();
    QCOMPARE(alices.size(), 1);
    QCOMPARE(alices.first().id, a->id);
    QCOMPARE(alices.first().instanceCount, 2);
    const QList<Account> bobs = bob->accounts().value();
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs.first().id, b->id);

    Result<Account> peek = alice->account(b->id);
    QVERIFY(!peek.ok());
    QCOMPARE(peek.error().code, u"AccountNotFound"_s);
    QCOMPARE(alice->instances(b->id)->size(), 0);
    QCOMPARE(alice->instanceCount(b->id).value(), 0);
    QCOMPARE(bob->instances(a->id)->size(), 0);
    QCOMPARE(bob->instances(b->id)->size(), 1);
    QVERIFY(!alice->liveAccountByAwsId(u"222222222222"_s).value()); // hidden, not just filtered by the code
}

void TestRegistryPostgres::usersCannotWriteIntoEachOthersAccounts()
{
    QVERIFY(!m_bobAccount.isEmpty());
    auto alice = openOk(aliceUrl());
    auto bob = openOk(bobUrl());
    QVERIFY(alice && bob);

    Result<InstanceMergeResult> planted = alice->mergeInstances(
        m_bobAccount, u"us-east-1"_s, { instance(u"i-planted"_s) }, QDateTime::currentDateTimeUtc());
    QVERIFY(!planted.ok());
    QCOMPARE(bob->instanceCount(m_bobAccount).value(), 1);

    Result<Account> status = alice->setStatus(m_bobAccount, AccountStatus::Disconnected);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"AccountNotFound"_s);
    QCOMPARE(bob->account(m_bobAccount)->status, AccountStatus::Connected);

    // Completing a listing of bob's region removes nothing of his (row-level security hides his rows) and records
    // no listing for him (refused: the row is not alice's to write).
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(!alice->completeInstanceListing(m_bobAccount, u"us-east-1"_s, later, {}).ok());
    QCOMPARE(bob->instanceCount(m_bobAccount).value(), 1);
    QVERIFY(bob->instances(m_bobAccount)->constFirst().lastSeen < later);
    // His own completion, listing his one instance, removes nothing and is its last-seen time.
    const QString bobsInstance = bob->instances(m_bobAccount)->constFirst().instanceId;
    const Result<QStringList> own = bob->completeInstanceListing(m_bobAccount, u"us-east-1"_s, later, { bobsInstance });
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
    QVERIFY(own->isEmpty());
    QCOMPARE(bob->instances(m_bobAccount)->constFirst().lastSeen, later);

    Account forged = liveAccount(u"333333333333"_s);
    forged.owner = u"bob"_s;
    Result<Account> forgedResult = alice->createAccount(forged);
    QVERIFY(!forgedResult.ok());
    QCOMPARE(forgedResult.error().code, u"PermissionDenied"_s);
    QVERIFY(!bob->liveAccountByAwsId(u"333333333333"_s).value());
}

void TestRegistryPostgres::databasesAreConfinedToTheirOwnerLikeInstances()
{
    QVERIFY(!m_aliceAccount.isEmpty() && !m_bobAccount.isEmpty());
    auto alice = openOk(aliceUrl());
    auto bob = openOk(bobUrl());
    QVERIFY(alice && bob);
    RdsDbInstance d;
    d.identifier = u"orders"_s;
    d.resourceId = u"db-ALICE1"_s;
    d.engine = u"postgres"_s;
    d.status = u"available"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<InstanceMergeResult> merged = alice->mergeDatabases(m_aliceAccount, u"us-east-1"_s, { d }, now);
    QVERIFY2(merged.ok(), qPrintable(errorText(merged)));
    QCOMPARE(merged->added, 1);
    QVERIFY(alice->setDatabaseAccess(m_aliceAccount, DatabaseAccess::PartlyDenied, { u"eu-west-3"_s }).ok());
    QCOMPARE(alice->account(m_aliceAccount)->databaseAccess, DatabaseAccess::PartlyDenied);
    QCOMPARE(alice->account(m_aliceAccount)->databaseCount, 1);

    // Bob sees none of it, cannot plant a database in Alice's account, nor mark hers deleted, nor set her access.
    QCOMPARE(bob->databases(m_aliceAccount)->size(), 0);
    QCOMPARE(bob->databaseCount(m_aliceAccount).value(), 0);
    d.resourceId = u"db-PLANTED"_s;
    QVERIFY(!bob->mergeDatabases(m_aliceAccount, u"us-east-1"_s, { d }, now).ok());
    QVERIFY(bob->markDatabasesDeletedNotSeenSince(m_aliceAccount, u"us-east-1"_s, now.addDays(1))->isEmpty());
    QVERIFY(!bob->setDatabaseAccess(m_aliceAccount, DatabaseAccess::Allowed, {}).ok());
    const QList<StoredInstance> alices = alice->databases(m_aliceAccount).value();
    QCOMPARE(alices.size(), 1);
    QCOMPARE(alices.first().state, u"available"_s);
    QCOMPARE(alice->account(m_aliceAccount)->databaseAccess, DatabaseAccess::PartlyDenied);
    // Alice's own history works: deleted, kept, not counted.
    QCOMPARE(alice->markDatabasesDeletedNotSeenSince(m_aliceAccount, u"us-east-1"_s, now.addSecs(1))->size(), 1);
    QCOMPARE(alice->databaseCount(m_aliceAccount).value(), 0);
    QCOMPARE(alice->databases(m_aliceAccount)->size(), 1);
}

void TestRegistryPostgres::uniqueIndexRefusesTakeoverAndTakenFunctionNamesNobody()
{
    QVERIFY(!m_aliceAccount.isEmpty());
    auto bob = openOk(bobUrl());
    QVERIFY(bob);
    Result<Account> takeover = bob->createAccount(liveAccount(u"111111111111"_s));
    QVERIFY(!takeover.ok());
    QCOMPARE(takeover.error().code, u"AccountOwnedByAnotherUser"_s);
    QVERIFY(takeover.error().message.contains(u"111111111111"_s));
    QVERIFY(bob->heldByAnotherUser(u"111111111111"_s, u"bob"_s).value());
    QVERIFY(!bob->heldByAnotherUser(u"999999999999"_s, u"bob"_s).value());
    QCOMPARE(bob->accounts()->size(), 1); // nothing of the attempt was stored

    // What a console role can ask the server directly: whether, never who. The function that returned the
    // owner's name is gone.
    auto bobSql = connectAs(u"bob"_s);
    QVERIFY(bobSql->isOpen());
    const SqlOutcome owner = bobSql->exec(u"SELECT onramp_aws_account_owner('111111111111')"_s);
    QVERIFY(!owner.ok);
    QCOMPARE(owner.state, u"42883"_s); // undefined_function
    const SqlOutcome taken = bobSql->exec(u"SELECT onramp_aws_account_taken('111111111111')"_s);
    QVERIFY2(taken.ok, qPrintable(taken.text));
    QCOMPARE(taken.first.metaType(), QMetaType::fromType<bool>());
    QCOMPARE(taken.first.toBool(), true);
    QCOMPARE(bobSql->exec(u"SELECT onramp_aws_account_taken('999999999999')"_s).first.toBool(), false);
    QCOMPARE(bobSql->exec(u"SELECT onramp_aws_account_taken('111111111111')::text"_s).first.toString(), u"true"_s);
    // Her own account is not "taken by another user" for alice.
    auto aliceSql = connectAs(u"alice"_s);
    QCOMPARE(aliceSql->exec(u"SELECT onramp_aws_account_taken('111111111111')"_s).first.toBool(), false);
    // No function a console role may call returns anything but yes or no about other users' accounts (or, the
    // statistics refresh, whether it ran).
    const SqlOutcome callable = bobSql->exec(
        u"SELECT string_agg(p.proname || ' -> ' || pg_get_function_result(p.oid), ', ' ORDER BY p.proname)"
        " FROM pg_proc p"
        " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() AND p.prosecdef"
        " AND has_function_privilege('onramp_console', p.oid, 'EXECUTE')"_s);
    QVERIFY2(callable.ok, qPrintable(callable.text));
    QCOMPARE(callable.first.toString(), u"onramp_aws_account_taken -> boolean, onramp_refresh_statistics -> boolean"_s);

    // Upgrading a pending placeholder to alice's AWS account is refused the same way.
    Account pending = bob->createAccount(Account()).value();
    pending.awsAccountId = u"111111111111"_s;
    pending.status = AccountStatus::Connected;
    Result<Account> upgrade = bob->updateAccount(pending);
    QCOMPARE(upgrade.error().code, u"AccountOwnedByAnotherUser"_s);
    QCOMPARE(bob->account(pending.id)->status, AccountStatus::Pending);
}

void TestRegistryPostgres::disconnectFreesTheAwsAccountForAnotherUser()
{
    QVERIFY(m_migrated);
    auto alice = openOk(aliceUrl());
    auto bob = openOk(bobUrl());
    QVERIFY(alice && bob);
    Account a = alice->createAccount(liveAccount(u"444444444444"_s)).value();
    QCOMPARE(bob->createAccount(liveAccount(u"444444444444"_s)).error().code, u"AccountOwnedByAnotherUser"_s);
    QVERIFY(alice->setStatus(a.id, AccountStatus::Disconnected).ok());
    Result<Account> now = bob->createAccount(liveAccount(u"444444444444"_s));
    QVERIFY2(now.ok(), qPrintable(errorText(now)));
    QVERIFY(alice->heldByAnotherUser(u"444444444444"_s, u"alice"_s).value());
    QVERIFY(!bob->heldByAnotherUser(u"444444444444"_s, u"bob"_s).value());
}

void TestRegistryPostgres::onlyTheAdministratorChangesPlans()
{
    QVERIFY(m_migrated);
    auto alice = openOk(aliceUrl());
    auto admin = openOk(adminUrl());
    QVERIFY(alice && admin);
    Result<ConsoleUser> self = alice->setPlan(u"alice"_s, UserPlan::Standard);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, u"PermissionDenied"_s);
    QVERIFY(self.error().message.contains(u"administrator"_s));

    Result<ConsoleUser> set = admin->setPlan(u"alice"_s, UserPlan::Trial);
    QVERIFY2(set.ok(), qPrintable(errorText(set)));
    QCOMPARE(alice->user(u"alice"_s).value()->plan, UserPlan::Trial);
    QVERIFY(admin->setPlan(u"alice"_s, UserPlan::Standard).ok());
    QCOMPARE(admin->users()->size(), 3); // the administrator sees every user
}

void TestRegistryPostgres::auditRowsAreVisibleToTheirUserOnly()
{
    QVERIFY(m_migrated);
    auto alice = openOk(aliceUrl());
    auto bob = openOk(bobUrl());
    QVERIFY(alice && bob);
    QVERIFY(alice->appendAudit(u"alice"_s, u"verify"_s, m_aliceAccount, u"ok"_s, u"role verified"_s).ok());
    QVERIFY(bob->appendAudit(u"bob"_s, u"verify"_s, m_bobAccount, u"ok"_s, QString()).ok());
    // Writing in somebody else's name is refused by the policy.
    Result<qint64> forged = bob->appendAudit(u"alice"_s, u"disconnect"_s, m_aliceAccount, u"ok"_s, QString());
    QVERIFY(!forged.ok());

    const QList<AuditEntry> mine = alice->audit().value();
    QVERIFY(!mine.isEmpty());
    for (const AuditEntry &e : mine)
        QCOMPARE(e.user, u"alice"_s);
    const QList<AuditEntry> bobs = bob->audit().value();
    for (const AuditEntry &e : bobs)
        QCOMPARE(e.user, u"bob"_s);
}

void TestRegistryPostgres::concurrentConnectsOfOneAwsAccountHaveExactlyOneWinner()
{
    QVERIFY(m_migrated);
    // Each thread has its own Registry (one connection per thread); the latch releases both inserts at
    // once, so the unique index, not the order of the calls, decides.
    for (int round = 0; round < 5; ++round) {
        const QString awsId = u"5555555555%1"_s.arg(round, 2, 10, QLatin1Char('0'));
        std::latch ready(2);
        Result<Account> results[2] = { AwsError(), AwsError() };
        QString openErrors[2];
        auto attempt = [&](int who, const QString &u) {
            Result<std::unique_ptr<Registry>> reg = Registry::open(u, QString());
            ready.arrive_and_wait();
            if (!reg) {
                openErrors[who] = reg.error().toString();
                return;
            }
            results[who] = reg.value()->createAccount(liveAccount(awsId));
        };
        std::thread t1(attempt, 0, aliceUrl());
        std::thread t2(attempt, 1, bobUrl());
        t1.join();
        t2.join();
        QVERIFY2(openErrors[0].isEmpty() && openErrors[1].isEmpty(), qPrintable(openErrors[0] + openErrors[1]));
        QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
        const Result<Account> &loser = results[0].ok() ? results[1] : results[0];
        QCOMPARE(loser.error().code, u"AccountOwnedByAnotherUser"_s);

        auto admin = openOk(adminUrl());
        QCOMPARE(admin->liveAccountByAwsId(awsId).value()->owner, results[0].ok() ? u"alice"_s : u"bob"_s);
    }
}

void TestRegistryPostgres::mergesThousandRowsUnderRowLevelSecurity()
{
    QVERIFY(!m_aliceAccount.isEmpty());
    auto alice = openOk(aliceUrl());
    QVERIFY(alice);
    QList<Ec2Instance> page;
    for (int i = 0; i < 1000; ++i)
        page.append(instance(u"i-bulk%1"_s.arg(i, 5, 10, QLatin1Char('0'))));
    Result<InstanceMergeResult> added
        = alice->mergeInstances(m_aliceAccount, u"eu-north-1"_s, page, QDateTime::currentDateTimeUtc());
    QVERIFY2(added.ok(), qPrintable(errorText(added)));
    QCOMPARE(added->added, 1000);
    Result<InstanceMergeResult> same
        = alice->mergeInstances(m_aliceAccount, u"eu-north-1"_s, page, QDateTime::currentDateTimeUtc());
    QVERIFY2(same.ok(), qPrintable(errorText(same)));
    QCOMPARE(same->unchanged, 1000);
    QCOMPARE(same->added + same->changed, 0);
    // How long this takes on PostgreSQL is a benchmark's business, not a test's.
}

void TestRegistryPostgres::aPagesArraysCarryEveryCharacterAsItIs()
{
    // Team mode writes a page's columns as array literals (one per column): text that looks like the literal's own
    // syntax (quotes, backslashes, braces, commas, NULL) or is empty, and a missing launch time (NULL), read back as
    // they were; a later merge of the same page finds every row unchanged, and a changed one changed.
    QVERIFY(!m_aliceAccount.isEmpty());
    auto alice = openOk(aliceUrl());
    QVERIFY(alice);
    const QStringList texts { u"\"quoted\""_s, u"back\\slash\\"_s, u"{braces}"_s, u"a,b"_s, u"NULL"_s, u"null"_s, u""_s,
        u" padded "_s, u"'single'"_s, u"line\nbreak\ttab"_s, u"ünïcødé 日本 🙂"_s, u"\\\""_s, u"}\",\"{"_s };
    QList<Ec2Instance> page;
    for (qsizetype k = 0; k < texts.size(); ++k) {
        Ec2Instance i = instance(u"i-text%1"_s.arg(k));
        i.tags = { { u"Name"_s, texts.at(k) }, { texts.at(k), texts.at((k + 1) % texts.size()) } };
        i.privateIp = texts.at(k);
        i.instanceType = texts.at((k + 2) % texts.size());
        if (k % 2)
            i.launchTime = QDateTime();
        page.append(i);
    }
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    Result<InstanceMergeResult> added = alice->mergeInstances(m_aliceAccount, u"sa-east-1"_s, page, seen);
    QVERIFY2(added.ok(), qPrintable(errorText(added)));
    QCOMPARE(added->added, int(texts.size()));
    QHash<QString, StoredInstance> stored;
    for (const StoredInstance &s : alice->instances(m_aliceAccount).value())
        stored.insert(s.instanceId, s);
    for (const Ec2Instance &i : std::as_const(page))
        QCOMPARE(stored.value(i.instanceId), StoredInstance::fromEc2(m_aliceAccount, u"sa-east-1"_s, i, seen));
    Result<InstanceMergeResult> same = alice->mergeInstances(m_aliceAccount, u"sa-east-1"_s, page, seen.addSecs(1));
    QVERIFY2(same.ok(), qPrintable(errorText(same)));
    QCOMPARE(same->unchanged, int(texts.size()));
    page[3].tags[0].value += u"\\"_s;
    Result<InstanceMergeResult> changed = alice->mergeInstances(m_aliceAccount, u"sa-east-1"_s, page, seen.addSecs(2));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(changed->changedIds, QStringList { page[3].instanceId });
    for (const StoredInstance &s : alice->instances(m_aliceAccount).value()) {
        if (s.instanceId == page[3].instanceId)
            QCOMPARE(s.name, texts.at(3) + u"\\"_s);
    }
}

void TestRegistryPostgres::setBasedMergeAndHealthKeepRowLevelSecurity()
{
    // Issue 16: the merge's UPDATE ... FROM, its upsert and setHealth's UPDATE ... FROM run under the owner policy.
    QVERIFY(!m_bobAccount.isEmpty());
    auto alice = openOk(aliceUrl());
    auto bob = openOk(bobUrl());
    QVERIFY(alice && bob);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Bob's stored instance, listed by alice into bob's account: neither touched nor overwritten.
    const StoredInstance before = bob->instances(m_bobAccount)->at(0);
    Ec2Instance changed = instance(before.instanceId);
    changed.state = u"stopped"_s;
    Result<InstanceMergeResult> planted = alice->mergeInstances(m_bobAccount, before.region, { changed }, now);
    QVERIFY(!planted.ok());
    QCOMPARE(planted.error().code, u"PermissionDenied"_s);
    QCOMPARE(bob->instances(m_bobAccount)->at(0), before);
    QCOMPARE(alice->setHealth(m_bobAccount, { { before.instanceId, u"impaired"_s } }).value(), 0);
    QCOMPARE(bob->instances(m_bobAccount)->at(0).health, before.health);

    // Alice's own: added, changed and unchanged told apart; health changes reported as on SQLite.
    QList<Ec2Instance> page { instance(u"i-set1"_s), instance(u"i-set2"_s), instance(u"i-set3"_s) };
    Result<InstanceMergeResult> added = alice->mergeInstances(m_aliceAccount, u"ap-south-1"_s, page, now);
    QVERIFY(added.ok());
    QCOMPARE(added->added, 3);
    page[1].state = u"stopped"_s;
    Result<InstanceMergeResult> again = alice->mergeInstances(m_aliceAccount, u"ap-south-1"_s, page, now.addSecs(1));
    QVERIFY(again.ok());
    QCOMPARE(again->changedIds, QStringList { u"i-set2"_s });
    QCOMPARE(again->unchanged, 2);
    QList<QPair<QString, QString>> healthChanged;
    QCOMPARE(
        alice->setHealth(m_aliceAccount, { { u"i-set1"_s, u"ok"_s }, { u"i-set3"_s, u"impaired"_s } }, &healthChanged)
            .value(),
        2);
    QCOMPARE(
        healthChanged, (QList<QPair<QString, QString>> { { u"i-set1"_s, u"ok"_s }, { u"i-set3"_s, u"impaired"_s } }));
    QCOMPARE(alice->setHealth(m_aliceAccount, { { u"i-set1"_s, u"ok"_s } }).value(), 0);
}

void TestRegistryPostgres::firstDiscoveryKeepsThePlannersStatisticsUp()
{
    // Issue 16: while an account is discovered for the first time the server's statistics still say it has the
    // rows it had at the last ANALYZE (autovacuum analyzes about once a minute; console roles cannot ANALYZE), and
    // accounts, where autovacuum never counts enough changes, is priced as ten pages. Planned on those figures every
    // batch of a page merge read all of the account's rows. The merges refresh the statistics as the account's
    // rows double (onramp_refresh_statistics(), schemas 7 and 8): what the planner believes is checked here with
    // EXPLAIN, the plans themselves by the discovery benchmark's team-mode row.
    QVERIFY(!m_aliceAccount.isEmpty());
    auto superuser = connectAsSuperuser();
    QVERIFY(superuser->isOpen());
    // The planner's estimate of alice's rows; EXPLAIN's first line reads "... (cost=... rows=N width=...)".
    const auto estimatedRows = [&superuser, this] {
        const QString plan
            = superuser->exec(u"EXPLAIN SELECT * FROM instances WHERE account_id = '%1'"_s.arg(m_aliceAccount))
                  .first.toString();
        const QRegularExpressionMatch m = QRegularExpression(u" rows=(\\d+) "_s).match(plan);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    const auto storedRows = [&superuser, this] {
        return superuser->exec(u"SELECT COUNT(*) FROM instances WHERE account_id = '%1'"_s.arg(m_aliceAccount))
            .first.toLongLong();
    };
    // Statistics taken now, before the account grows by 4,000 rows; accounts as autovacuum leaves it.
    QVERIFY(superuser->exec(u"ANALYZE instances"_s).ok);
    QVERIFY(superuser
                ->exec(u"UPDATE pg_class SET relpages = 0, reltuples = -1 WHERE relname = 'accounts'"
                       " AND relnamespace = current_schema()::regnamespace"_s)
                .ok);
    const qint64 before = storedRows();
    QVERIFY(before < 4000); // so that statistics left as they are now would miss at least a quarter below
    // Since schema 8 the refresh analyzes only the columns the merges are planned on. Every column's statistics but
    // the account's and region's are dropped here: the refresh makes the key's again and no others (autovacuum's
    // own ANALYZE would make them all: that check then says so).
    QVERIFY(superuser
                ->exec(u"DELETE FROM pg_statistic WHERE starelid = 'instances'::regclass AND staattnum NOT IN"
                       " (SELECT attnum FROM pg_attribute WHERE attrelid = 'instances'::regclass"
                       "  AND attname IN ('account_id', 'region'))"_s)
                .ok);
    const auto autoAnalyzed = [&superuser] {
        return superuser->exec(u"SELECT autoanalyze_count FROM pg_stat_user_tables WHERE relname = 'instances'"_s)
            .first.toLongLong();
    };
    const qint64 autoAnalyzedBefore = autoAnalyzed();

    auto alice = openOk(aliceUrl());
    QVERIFY(alice);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int p = 0; p < 4; ++p) {
        QList<Ec2Instance> page;
        for (int i = 0; i < 1000; ++i)
            page.append(instance(u"i-stat%1"_s.arg(p * 1000 + i, 5, 10, QLatin1Char('0'))));
        Result<InstanceMergeResult> added = alice->mergeInstances(m_aliceAccount, u"sa-east-1"_s, page, now);
        QVERIFY2(added.ok(), qPrintable(errorText(added)));
        QCOMPARE(added->added, 1000);
    }
    // Refreshed after 1,000, 2,000 and 4,000 new rows: the planner knows (about) all of them.
    const qint64 stored = storedRows();
    QCOMPARE(stored, before + 4000);
    const qint64 estimate = estimatedRows();
    QVERIFY2(estimate >= stored * 3 / 4, qPrintable(u"estimated %1 of %2 rows"_s.arg(estimate).arg(stored)));
    // ... and that a key names one row: without the key column's statistics each probe of a batch's keys is priced
    // as 1/200 of the account's rows, and the batch is hashed against all of them instead.
    const QString join
        = superuser
              ->exec(u"EXPLAIN WITH page(instance_id) AS (VALUES ('i-stat00001'), ('i-stat00002'))"
                     " SELECT i.instance_id FROM instances i JOIN page"
                     " ON i.account_id = '%1' AND i.instance_id = page.instance_id"_s.arg(m_aliceAccount))
              .first.toString();
    const QRegularExpressionMatch joinRows = QRegularExpression(u" rows=(\\d+) "_s).match(join);
    QVERIFY2(joinRows.hasMatch() && joinRows.captured(1).toLongLong() <= 2, qPrintable(join));
    QVERIFY(superuser
                ->exec(u"SELECT reltuples >= 0 FROM pg_class WHERE relname = 'accounts'"
                       " AND relnamespace = current_schema()::regnamespace"_s)
                .first.toBool());
    QCOMPARE(superuser
                 ->exec(u"SELECT string_agg(attname || '=' || attstattarget, ',' ORDER BY attname) FROM pg_attribute"
                        " WHERE attrelid = 'instances'::regclass AND attnum > 0 AND attstattarget >= 0"_s)
                 .first.toString(),
        u"account_id=10,instance_id=10,region=10"_s);
    if (autoAnalyzed() == autoAnalyzedBefore) {
        QCOMPARE(superuser
                     ->exec(u"SELECT string_agg(attname, ',' ORDER BY attname) FROM pg_stats"
                            " WHERE tablename = 'instances' AND schemaname = current_schema()"_s)
                     .first.toString(),
            u"account_id,instance_id,region"_s);
    } else {
        qInfo("autovacuum analyzed instances meanwhile: which columns the refresh analyzes is not checked");
    }

    // A re-discovery of the same rows adds none: no refresh (each one reads a sample of the tables).
    const qint64 analyzed
        = superuser->exec(u"SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'instances'"_s)
              .first.toLongLong();
    QList<Ec2Instance> again;
    for (int i = 0; i < 1000; ++i)
        again.append(instance(u"i-stat%1"_s.arg(i, 5, 10, QLatin1Char('0'))));
    QCOMPARE(alice->mergeInstances(m_aliceAccount, u"sa-east-1"_s, again, now.addSecs(1))->unchanged, 1000);
    QCOMPARE(superuser->exec(u"SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'instances'"_s)
                 .first.toLongLong(),
        analyzed);
}

void TestRegistryPostgres::reopeningAMigratedDatabaseKeepsItsSchema()
{
    QVERIFY(m_migrated);
    auto alice = openOk(aliceUrl());
    QVERIFY(alice);
    QCOMPARE(alice->schemaVersion(), Registry::SchemaVersion);
    QVERIFY(alice->integrityCheck().ok());
    // A newer schema is refused in team mode too.
    QVERIFY(superuserExec(u"UPDATE schema_version SET version = %1"_s.arg(Registry::SchemaVersion + 1), m_database));
    Result<std::unique_ptr<Registry>> newer = Registry::open(aliceUrl(), QString());
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().code, u"DatabaseNewer"_s);
    QVERIFY(superuserExec(u"UPDATE schema_version SET version = %1"_s.arg(Registry::SchemaVersion), m_database));
}

void TestRegistryPostgres::disconnectAllOf(const QString &role)
{
    auto c = connectAs(role);
    const SqlOutcome r = c->exec(u"UPDATE accounts SET status = 'disconnected' WHERE status <> 'disconnected'"_s);
    QVERIFY2(r.ok, qPrintable(r.text));
}

// ---- item 6: transport -----------------------------------------------------------------------------------

void TestRegistryPostgres::weakSslModesToARemoteHostAreRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("mode");
    for (const char *mode : { "disable", "allow", "prefer", "require", "verify-ca" })
        QTest::newRow(mode) << QString::fromLatin1(mode);
}

void TestRegistryPostgres::weakSslModesToARemoteHostAreRefusedBeforeConnecting()
{
    QFETCH(QString, mode);
    // 192.0.2.1 (TEST-NET-1) never answers: an attempt to connect would end in DatabaseOpenFailed after the
    // connect timeout, not in the refusal, and not at once.
    const QString url = u"postgresql://alice@192.0.2.1:5432/onramp?sslmode=%1"_s.arg(mode);
    Result<QString> options = Registry::postgresConnectOptions(url);
    QVERIFY(!options.ok());
    QCOMPARE(options.error().code, u"InsecureDatabaseTransport"_s);
    QCOMPARE(options.error().kind, AwsError::Kind::InvalidInput);

    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<Registry>> opened = Registry::open(url, QString());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"InsecureDatabaseTransport"_s);
    QCOMPARE(opened.error().kind, AwsError::Kind::InvalidInput);
    QVERIFY2(clock.elapsed() < 2000, "the refusal waited for the network");
    const QString message = opened.error().message;
    for (const QString &part : { QString(u"sslmode="_s + mode), u"192.0.2.1"_s, u"verify-full"_s, u"sslrootcert"_s })
        QVERIFY2(message.contains(part), qPrintable(message));

    // A mode from the environment is held to the same rule, not silently replaced.
    ScopedEnv env("PGSSLMODE", mode.toLatin1());
    Result<std::unique_ptr<Registry>> viaEnv = Registry::open(u"postgres://alice@db.example.com/onramp"_s, QString());
    QVERIFY(!viaEnv.ok());
    QCOMPARE(viaEnv.error().code, u"InsecureDatabaseTransport"_s);
    QVERIFY2(viaEnv.error().message.contains(u"PGSSLMODE"_s), qPrintable(viaEnv.error().message));
}

void TestRegistryPostgres::remoteHostsDefaultToVerifyFull()
{
    const Result<QString> plain = Registry::postgresConnectOptions(u"postgresql://alice@db.example.com/onramp"_s);
    QVERIFY2(plain.ok(), qPrintable(errorText(plain)));
    QCOMPARE(plain.value(), u"connect_timeout=10;sslmode=verify-full;application_name=onramp"_s);

    const Result<QString> explicitMode = Registry::postgresConnectOptions(
        u"postgres://alice@db.example.com:6432/onramp?sslmode=verify-full&sslrootcert=/etc/onramp/ca.pem"_s);
    QVERIFY2(explicitMode.ok(), qPrintable(errorText(explicitMode)));
    QCOMPARE(explicitMode.value(),
        u"connect_timeout=10;sslmode=verify-full;sslrootcert=/etc/onramp/ca.pem;application_name=onramp"_s);

    // A host given as the host= item, and a list with one remote host in it, are remote too.
    for (const QString &url : { u"postgresql://alice@/onramp?host=db.example.com"_s,
             u"postgresql://alice@localhost/onramp?host=/run/postgresql,db.example.com"_s }) {
        const Result<QString> o = Registry::postgresConnectOptions(url);
        QVERIFY2(o.ok() && o->contains(u"sslmode=verify-full"_s), qPrintable(url + u": "_s + errorText(o)));
        QCOMPARE(
            Registry::postgresConnectOptions(url + u"&sslmode=disable"_s).error().code, u"InsecureDatabaseTransport"_s);
    }

    // A value cannot smuggle in a second keyword: it is quoted for libpq (a space would end it).
    const Result<QString> smuggled = Registry::postgresConnectOptions(
        u"postgresql://alice@db.example.com/onramp?sslrootcert=ca.pem%20sslmode%3Ddisable"_s);
    QVERIFY2(smuggled.ok(), qPrintable(errorText(smuggled)));
    QVERIFY2(smuggled->contains(u"sslrootcert='ca.pem sslmode=disable'"_s), qPrintable(smuggled.value()));
    QCOMPARE(Registry::postgresConnectOptions(u"postgresql://alice@db.example.com/onramp?sslkey=a%3Bsslmode%3Dallow"_s)
                 .error()
                 .code,
        u"InvalidDatabaseUrl"_s);
    QCOMPARE(Registry::postgresConnectOptions(u"postgresql://alice@db.example.com/onramp?sslmode=maybe"_s).error().code,
        u"InvalidDatabaseUrl"_s);
}

void TestRegistryPostgres::localConnectionsKeepLibpqsChoice_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("127.0.0.1") << u"postgresql://alice@127.0.0.1:5432/onramp"_s;
    QTest::newRow("127.10.0.1") << u"postgresql://alice@127.10.0.1/onramp"_s;
    QTest::newRow("::1") << u"postgresql://alice@[::1]:5432/onramp"_s;
    QTest::newRow("localhost") << u"postgres://alice@localhost/onramp"_s;
    QTest::newRow("LOCALHOST") << u"postgresql://alice@LOCALHOST/onramp"_s;
    QTest::newRow("socket item") << u"postgresql://alice@db.example.com/onramp?host=/run/postgresql"_s;
    QTest::newRow("libpq's default socket") << u"postgresql:///onramp"_s;
}

void TestRegistryPostgres::localConnectionsKeepLibpqsChoice()
{
    QFETCH(QString, url);
    // Without a mode: prefer (TLS if the server offers it), so a local cluster without TLS works.
    const Result<QString> byDefault = Registry::postgresConnectOptions(url);
    QVERIFY2(byDefault.ok(), qPrintable(errorText(byDefault)));
    QVERIFY2(byDefault->contains(u";sslmode=prefer;"_s), qPrintable(byDefault.value()));
    // Any explicit mode stands on a local connection.
    for (const char *mode : { "disable", "require", "verify-full" }) {
        const Result<QString> o = Registry::postgresConnectOptions(
            url + (url.contains(u'?') ? u"&"_s : u"?"_s) + u"sslmode="_s + QLatin1StringView(mode));
        QVERIFY2(o.ok(), qPrintable(errorText(o)));
        QVERIFY2(o->contains(QString(u";sslmode="_s + QLatin1StringView(mode) + u';')), qPrintable(o.value()));
    }
}

void TestRegistryPostgres::environmentHostsAndModesAreHeldToTheSameRule()
{
    const QString noHost = u"postgresql:///onramp"_s;
    {
        ScopedEnv host("PGHOST", QByteArray("db.example.com"));
        QVERIFY(Registry::postgresConnectOptions(noHost)->contains(u"sslmode=verify-full"_s));
        // The URL's own host wins over PGHOST, as in libpq.
        QVERIFY(
            Registry::postgresConnectOptions(u"postgresql://alice@127.0.0.1/onramp"_s)->contains(u"sslmode=prefer"_s));
    }
    {
        // hostaddr is where libpq connects, whatever the host name says.
        ScopedEnv addr("PGHOSTADDR", QByteArray("10.1.2.3"));
        QCOMPARE(
            Registry::postgresConnectOptions(u"postgresql://alice@localhost/onramp?sslmode=disable"_s).error().code,
            u"InsecureDatabaseTransport"_s);
    }
    {
        // A service file may name any host: without a host of our own, that counts as not local.
        ScopedEnv service("PGSERVICE", QByteArray("onramp"));
        QVERIFY(Registry::postgresConnectOptions(noHost)->contains(u"sslmode=verify-full"_s));
    }
    {
        ScopedEnv mode("PGSSLMODE", QByteArray("require"));
        QVERIFY(Registry::postgresConnectOptions(noHost)->contains(u"sslmode=require"_s)); // local: it stands
        QCOMPARE(Registry::postgresConnectOptions(u"postgresql://alice@db.example.com/onramp"_s).error().code,
            u"InsecureDatabaseTransport"_s);
    }
}

void TestRegistryPostgres::passwordsInCommandLineUrlsAreRecognised_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("team");
    QTest::addColumn<bool>("password");
    QTest::newRow("postgresql with password") << u"postgresql://u:secret@127.0.0.1/x"_s << true << true;
    QTest::newRow("postgres with password") << u"postgres://u:secret@db.example.com/x"_s << true << true;
    QTest::newRow("upper-case scheme") << u"PostgreSQL://u:secret@db.example.com/x"_s << true << true;
    QTest::newRow("password item") << u"postgresql://u@db.example.com/x?sslmode=verify-full&password=secret"_s << true
                                   << true;
    QTest::newRow("libpq host list") << u"postgresql://u:secret@h1:5432,h2:5432/x"_s << true << true;
    QTest::newRow("no password") << u"postgresql://u@db.example.com/x"_s << true << false;
    QTest::newRow("empty password") << u"postgresql://u:@db.example.com/x"_s << true << false;
    QTest::newRow("no user") << u"postgres://db.example.com/x?sslmode=verify-full"_s << true << false;
    QTest::newRow("SQLite path") << u"/tmp/u:secret@host/registry.db"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestRegistryPostgres::passwordsInCommandLineUrlsAreRecognised()
{
    QFETCH(QString, url);
    QFETCH(bool, team);
    QFETCH(bool, password);
    QCOMPARE(Registry::isTeamModeUrl(url), team);
    QCOMPARE(Registry::databaseUrlHasPassword(url), password);
    const AwsError e = Registry::commandLineUrlError(url);
    QCOMPARE(e.isError(), password);
    if (!password)
        return;
    QCOMPARE(e.code, u"PasswordOnCommandLine"_s);
    QCOMPARE(e.kind, AwsError::Kind::InvalidInput);
    for (const QString &part : { u"ONRAMP_DB"_s, u"PGPASSFILE"_s, u"~/.pgpass"_s, u"PGPASSWORD"_s })
        QVERIFY2(e.message.contains(part), qPrintable(e.message));
    QVERIFY(!e.message.contains(u"secret"_s));
}

void TestRegistryPostgres::transportSecurityReportsTheModeInForce()
{
    QVERIFY(m_migrated);
    auto tcp = openOk(aliceUrl());
    QVERIFY(tcp);
    // The test cluster has no certificate: prefer falls back to plain, and the report says so.
    QCOMPARE(tcp->transportSecurity(), u"loopback, sslmode=prefer, not encrypted"_s);

    // Through the cluster's socket directory (local connections are trusted there: no password).
    auto socket = openOk(u"postgresql://alice@db.example.com:%1/%2?host=%3"_s.arg(m_info.value(u"port"_s), m_database,
        QString::fromUtf8(QUrl::toPercentEncoding(m_info.value(u"socket_dir"_s)))));
    QVERIFY(socket);
    QCOMPARE(socket->consoleUser(), u"alice"_s);
    QCOMPARE(socket->transportSecurity(), u"Unix socket (local), not encrypted"_s);

    QTemporaryDir dir;
    Result<std::unique_ptr<Registry>> sqlite = Registry::open(dir.filePath(u"r.sqlite"_s), u"alice"_s);
    QVERIFY2(sqlite.ok(), qPrintable(errorText(sqlite)));
    QCOMPARE(sqlite.value()->transportSecurity(), QString());
}

void TestRegistryPostgres::libpqTakesThePasswordFromPgpasswordOrPgpassfile()
{
    QVERIFY(m_migrated);
    const QString noPassword = url(u"alice"_s, QString()).replace(u"alice:@"_s, u"alice@"_s);
    QVERIFY(!Registry::databaseUrlHasPassword(noPassword));
    {
        // Nothing anywhere: the server refuses.
        Result<std::unique_ptr<Registry>> none = Registry::open(noPassword, QString());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, u"DatabaseOpenFailed"_s);
    }
    {
        ScopedEnv pw("PGPASSWORD", QByteArray("alice-pw"));
        auto viaEnv = openOk(noPassword);
        QVERIFY(viaEnv);
        QCOMPARE(viaEnv->consoleUser(), u"alice"_s);
    }
    QTemporaryDir dir;
    QFile pgpass(dir.filePath(u"pgpass"_s));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(
        u"%1:%2:%3:alice:alice-pw\n"_s.arg(m_info.value(u"host"_s), m_info.value(u"port"_s), m_database).toUtf8());
    pgpass.close();
    // libpq ignores a password file others can read.
    QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ScopedEnv file("PGPASSFILE", dir.filePath(u"pgpass"_s).toLocal8Bit());
    auto viaFile = openOk(noPassword);
    QVERIFY(viaFile);
    QCOMPARE(viaFile->consoleUser(), u"alice"_s);
}

// ---- item 7: the rules in the database ------------------------------------------------------------------

void TestRegistryPostgres::directInsertsMustStartPendingOrConnected_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");
    using S = AccountStatus;
    for (S status : { S::Pending, S::Connected, S::Active, S::Failed, S::Disconnected })
        QTest::newRow(qPrintable(accountStatusName(status)))
            << accountStatusName(status) << Registry::canCreateWith(status);
}

void TestRegistryPostgres::directInsertsMustStartPendingOrConnected()
{
    QFETCH(QString, status);
    QFETCH(bool, allowed);
    QVERIFY(m_migrated);
    auto bob = connectAs(u"bob"_s);
    QVERIFY(bob->isOpen());
    const QString id = newId();
    const SqlOutcome r = bob->exec(insertAccountSql(id, u"bob"_s, uniqueAwsId("601"), status));
    QVERIFY2(r.ok == allowed, qPrintable(r.text));
    if (!allowed) {
        QCOMPARE(r.state, u"OR001"_s);
        QCOMPARE(bob->exec(u"SELECT COUNT(*) FROM accounts WHERE id = '%1'"_s.arg(id)).first.toInt(), 0);
    }
    disconnectAllOf(u"bob"_s);
}

void TestRegistryPostgres::directStatusChangesFollowCanTransition_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    using S = AccountStatus;
    constexpr S all[] = { S::Pending, S::Connected, S::Active, S::Failed, S::Disconnected };
    for (S from : all) {
        for (S to : all) {
            // An UPDATE that leaves the status as it is changes no status.
            QTest::newRow(qPrintable(accountStatusName(from) + u" -> "_s + accountStatusName(to))) << accountStatusName(
                from) << accountStatusName(to) << (from == to || Registry::canTransition(from, to));
        }
    }
}

void TestRegistryPostgres::directStatusChangesFollowCanTransition()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QVERIFY(m_migrated);
    auto bob = connectAs(u"bob"_s);
    QVERIFY(bob->isOpen());
    const QString id = newId();
    const SqlOutcome created = bob->exec(insertAccountSql(id, u"bob"_s, uniqueAwsId("602"), u"pending"_s));
    QVERIFY2(created.ok, qPrintable(created.text));
    // The starting state, written past the triggers as only the superuser can (replica mode).
    auto superuser = connectAsSuperuser();
    const SqlOutcome set = superuser->exec(
        u"SET session_replication_role = replica; UPDATE accounts SET status = '%1' WHERE id = '%2'"_s.arg(from, id));
    QVERIFY2(set.ok, qPrintable(set.text));

    const SqlOutcome moved = bob->exec(u"UPDATE accounts SET status = '%1' WHERE id = '%2'"_s.arg(to, id));
    QVERIFY2(moved.ok == allowed, qPrintable(u"%1 -> %2: %3"_s.arg(from, to, moved.ok ? u"allowed"_s : moved.text)));
    if (!allowed)
        QCOMPARE(moved.state, u"OR001"_s);
    QCOMPARE(bob->exec(u"SELECT status FROM accounts WHERE id = '%1'"_s.arg(id)).first.toString(), allowed ? to : from);
    disconnectAllOf(u"bob"_s);
}

void TestRegistryPostgres::directSqlCannotChangeTheAwsAccountIdOnceConnected()
{
    QVERIFY(m_migrated);
    auto bob = connectAs(u"bob"_s);
    QVERIFY(bob->isOpen());
    const QString id = newId();
    const QString mine = uniqueAwsId("603");
    const QString victim = uniqueAwsId("604");
    auto update
        = [&](const QString &set) { return bob->exec(u"UPDATE accounts SET %1 WHERE id = '%2'"_s.arg(set, id)); };
    // Pending: the AWS account id may be set and changed (the app's verify and connect do this).
    QVERIFY(bob->exec(insertAccountSql(id, u"bob"_s, QString(), u"pending"_s)).ok);
    QVERIFY(update(u"aws_account_id = '%1'"_s.arg(victim)).ok);
    QVERIFY(update(u"aws_account_id = '%1'"_s.arg(mine)).ok);
    QVERIFY(update(u"status = 'connected'"_s).ok);
    for (const QString &status : { u"connected"_s, u"active"_s, u"failed"_s, u"disconnected"_s }) {
        QVERIFY(update(u"status = '%1'"_s.arg(status)).ok); // connected -> connected changes nothing: allowed
        for (const QString &set : { u"aws_account_id = '%1'"_s.arg(victim), u"aws_account_id = NULL"_s }) {
            const SqlOutcome r = update(set);
            QVERIFY2(!r.ok, qPrintable(status + u": "_s + set));
            QCOMPARE(r.state, u"OR003"_s);
        }
        QCOMPARE(bob->exec(u"SELECT aws_account_id FROM accounts WHERE id = '%1'"_s.arg(id)).first.toString(), mine);
    }

    // The registry's own check says the same, with the same code the database's refusal maps to.
    auto registry = openOk(bobUrl());
    QVERIFY(registry);
    Account a = registry->createAccount(liveAccount(uniqueAwsId("605"))).value();
    a.awsAccountId = victim;
    QCOMPARE(registry->updateAccount(a).error().code, u"AwsAccountIdFixed"_s);
    disconnectAllOf(u"bob"_s);
}

void TestRegistryPostgres::directSqlCannotChangeIdOrOwner()
{
    QVERIFY(m_migrated);
    auto bob = connectAs(u"bob"_s);
    QVERIFY(bob->isOpen());
    const QString id = newId();
    QVERIFY(bob->exec(insertAccountSql(id, u"bob"_s, uniqueAwsId("606"), u"connected"_s)).ok);
    // Column privileges: a console role may not name these columns in an UPDATE at all.
    for (const QString &set : { u"id = '%1'"_s.arg(newId()), u"owner = 'alice'"_s, u"created_at = '2020-01-01'"_s }) {
        const SqlOutcome r = bob->exec(u"UPDATE accounts SET %1 WHERE id = '%2'"_s.arg(set, id));
        QVERIFY2(!r.ok, qPrintable(set));
        QCOMPARE(r.state, u"42501"_s);
    }
    // Everything the app writes is still writable.
    QVERIFY(bob->exec(u"UPDATE accounts SET friendly_name = 'renamed', last_error = '', updated_at = 'now',"
                      " region = 'eu-west-1' WHERE id = '%1'"_s.arg(id))
                .ok);
    // Behind the privileges, the trigger refuses it too: here for a role that holds them all and is not confined
    // by row-level security (the superuser; the administrator's policy only lets it read).
    auto superuser = connectAsSuperuser();
    for (const QString &set : { u"id = '%1'"_s.arg(newId()), u"owner = 'alice'"_s }) {
        const SqlOutcome r = superuser->exec(u"UPDATE accounts SET %1 WHERE id = '%2'"_s.arg(set, id));
        QVERIFY2(!r.ok, qPrintable(set));
        QCOMPARE(r.state, u"OR002"_s);
    }
    disconnectAllOf(u"bob"_s);
}

void TestRegistryPostgres::trialUserCannotHoldASecondLiveAccount()
{
    QVERIFY(m_migrated);
    auto carol = openOk(url(u"carol"_s, u"carol-pw"_s));
    QVERIFY(carol);
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'trial' WHERE name = 'carol'"_s, m_database));

    // The registry has no plan check of its own (OnboardingService words it): this refusal is the database's.
    Result<Account> first = carol->createAccount(liveAccount(uniqueAwsId("607")));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    Result<Account> second = carol->createAccount(Account());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, u"PlanLimitReached"_s);
    QVERIFY2(second.error().message.contains(u"trial"_s), qPrintable(second.error().message));

    auto sql = connectAs(u"carol"_s);
    for (const QString &status : { u"pending"_s, u"connected"_s }) {
        const SqlOutcome r = sql->exec(insertAccountSql(newId(), u"carol"_s, uniqueAwsId("608"), status));
        QVERIFY2(!r.ok, qPrintable(status));
        QCOMPARE(r.state, u"OR004"_s);
    }
    QCOMPARE(carol->liveAccountCount(u"carol"_s).value(), 1);

    // Disconnecting the one she has makes room; a standard user is not limited.
    QVERIFY(carol->setStatus(first->id, AccountStatus::Disconnected).ok());
    QVERIFY(sql->exec(insertAccountSql(newId(), u"carol"_s, QString(), u"pending"_s)).ok);
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'standard' WHERE name = 'carol'"_s, m_database));
    QVERIFY(sql->exec(insertAccountSql(newId(), u"carol"_s, QString(), u"pending"_s)).ok);
    QCOMPARE(carol->liveAccountCount(u"carol"_s).value(), 2);
    disconnectAllOf(u"carol"_s);
}

void TestRegistryPostgres::organizationMembersFollowTheRulesInTheDatabase()
{
    QVERIFY(m_migrated);
    auto carol = openOk(url(u"carol"_s, u"carol-pw"_s));
    auto dave = openOk(url(u"dave"_s, u"dave-pw"_s));
    QVERIFY(carol && dave);
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'trial' WHERE name = 'carol'"_s, m_database));

    // An organization record is not an account for the trial rule; its first member is carol's one account.
    Account org;
    org.kind = AccountKind::Organization;
    org.method = AccountMethod::IamRole;
    org.externalId = u"onramp-org"_s;
    org.region = u"us-east-1"_s;
    org.status = AccountStatus::Pending;
    Result<Account> storedOrg = carol->createAccount(org);
    QVERIFY2(storedOrg.ok(), qPrintable(errorText(storedOrg)));
    QCOMPARE(storedOrg->kind, AccountKind::Organization);
    Account member = liveAccount(uniqueAwsId("611"));
    member.status = AccountStatus::Pending;
    member.organization = storedOrg->id;
    Result<Account> first = carol->createAccount(member);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->organization, storedOrg->id);
    QCOMPARE(carol->liveAccountCount(u"carol"_s).value(), 1);
    member.awsAccountId = uniqueAwsId("611");
    Result<Account> second = carol->createAccount(member);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, u"PlanLimitReached"_s);

    // A member belongs to an organization record of its own owner: dave cannot hang one under carol's.
    auto sql = connectAs(u"dave"_s);
    const SqlOutcome foreign = sql->exec(
        u"INSERT INTO accounts (id, owner, aws_account_id, method, status, created_at, updated_at, organization_id)"
        " VALUES ('%1', 'dave', NULL, 'iam_role', 'pending', '2024-01-01T00:00:00.000Z',"
        " '2024-01-01T00:00:00.000Z', '%2')"_s.arg(newId(), storedOrg->id));
    QVERIFY(!foreign.ok);
    QCOMPARE(foreign.state, u"OR002"_s);
    // Nor can he see carol's organization or its members.
    QVERIFY(!dave->account(storedOrg->id).ok());
    QVERIFY(!dave->account(first->id).ok());
    // Kind and organization are not the console's to change, even on its own rows.
    auto carolSql = connectAs(u"carol"_s);
    const SqlOutcome detach
        = carolSql->exec(u"UPDATE accounts SET organization_id = NULL WHERE id = '%1'"_s.arg(first->id));
    QVERIFY(!detach.ok);
    QCOMPARE(detach.state, u"42501"_s);
    const SqlOutcome rekind
        = carolSql->exec(u"UPDATE accounts SET kind = 'account' WHERE id = '%1'"_s.arg(storedOrg->id));
    QVERIFY(!rekind.ok);
    QCOMPARE(rekind.state, u"42501"_s);
    // The organization's settings are: the code stores what it learned there.
    Account verified = storedOrg.value();
    verified.awsOrganizationId = u"o-abcdefghij"_s;
    verified.managementAccountId = first->awsAccountId;
    verified.excludedOus = { u"ou-ab12-abcdefgh"_s };
    Result<Account> updated = carol->updateAccount(verified);
    QVERIFY2(updated.ok(), qPrintable(errorText(updated)));
    QCOMPARE(updated->awsOrganizationId, u"o-abcdefghij"_s);
    QCOMPARE(updated->excludedOus, QStringList { u"ou-ab12-abcdefgh"_s });
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'standard' WHERE name = 'carol'"_s, m_database));
    disconnectAllOf(u"carol"_s);
}

void TestRegistryPostgres::racingTrialInsertsCannotBothPass_data()
{
    QTest::addColumn<QString>("isolation");
    QTest::addColumn<QString>("refusal");
    // READ COMMITTED: the second insert waits for the first and then counts it. The stricter levels keep the
    // snapshot they took before the wait, so they must fail to serialise instead of counting.
    QTest::newRow("read committed") << u"READ COMMITTED"_s << u"OR004"_s;
    QTest::newRow("repeatable read") << u"REPEATABLE READ"_s << u"40001"_s;
    QTest::newRow("serializable") << u"SERIALIZABLE"_s << u"40001"_s;
}

void TestRegistryPostgres::racingTrialInsertsCannotBothPass()
{
    QFETCH(QString, isolation);
    QFETCH(QString, refusal);
    QVERIFY(m_migrated);
    QVERIFY(openOk(url(u"dave"_s, u"dave-pw"_s))); // dave's users row
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'trial' WHERE name = 'dave'"_s, m_database));
    disconnectAllOf(u"dave"_s);

    // A: the first insert, inside a transaction that stays open until B is waiting.
    auto a = connectAs(u"dave"_s);
    QVERIFY(a->exec(u"BEGIN"_s).ok);
    const SqlOutcome first = a->exec(insertAccountSql(newId(), u"dave"_s, QString(), u"pending"_s));
    QVERIFY2(first.ok, qPrintable(first.text));

    // B: the second insert on another connection, its snapshot taken before A commits.
    std::atomic<bool> bFinished { false };
    SqlOutcome second;
    std::thread b([&] {
        auto c = connectAs(u"dave"_s);
        c->exec(u"BEGIN ISOLATION LEVEL %1"_s.arg(isolation));
        c->exec(u"SELECT COUNT(*) FROM accounts"_s);
        second = c->exec(insertAccountSql(newId(), u"dave"_s, QString(), u"pending"_s));
        c->exec(second.ok ? u"COMMIT"_s : u"ROLLBACK"_s);
        bFinished = true;
    });
    auto superuser = connectAsSuperuser();
    bool bWaited = false;
    // A wait on a condition: dave's second insert shows up waiting for a lock (or has already finished). On a
    // timeout bWaited stays false and fails below, once b is joined.
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [&] {
            if (bFinished)
                return true;
            bWaited = superuser
                          ->exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE usename = 'dave'"
                                 " AND wait_event_type = 'Lock'"_s)
                          .first.toInt()
                > 0;
            return bWaited;
        },
        10000);
    QVERIFY(a->exec(u"COMMIT"_s).ok);
    b.join();
    QVERIFY2(!second.ok, "both inserts passed the trial plan's one-account rule");
    QVERIFY2(bWaited, "the second insert did not wait for the first");
    QCOMPARE(second.state, refusal);
    QCOMPARE(superuser->exec(u"SELECT COUNT(*) FROM accounts WHERE owner = 'dave' AND status <> 'disconnected'"_s)
                 .first.toInt(),
        1);
    disconnectAllOf(u"dave"_s);
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'standard' WHERE name = 'dave'"_s, m_database));
}

void TestRegistryPostgres::concurrentTrialConnectsHaveOneWinner()
{
    QVERIFY(m_migrated);
    QVERIFY(openOk(url(u"dave"_s, u"dave-pw"_s)));
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'trial' WHERE name = 'dave'"_s, m_database));
    disconnectAllOf(u"dave"_s);
    // Two of dave's processes connect two different AWS accounts at the same moment, as the app would.
    for (int round = 0; round < 5; ++round) {
        std::latch ready(2);
        Result<Account> results[2] = { AwsError(), AwsError() };
        QString openErrors[2];
        const QString awsIds[2] = { uniqueAwsId("609"), uniqueAwsId("610") };
        auto attempt = [&](int who) {
            Result<std::unique_ptr<Registry>> reg = Registry::open(url(u"dave"_s, u"dave-pw"_s), QString());
            ready.arrive_and_wait();
            if (!reg) {
                openErrors[who] = reg.error().toString();
                return;
            }
            results[who] = reg.value()->createAccount(liveAccount(awsIds[who]));
        };
        std::thread t1(attempt, 0);
        std::thread t2(attempt, 1);
        t1.join();
        t2.join();
        QVERIFY2(openErrors[0].isEmpty() && openErrors[1].isEmpty(), qPrintable(openErrors[0] + openErrors[1]));
        QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
        const Result<Account> &loser = results[0].ok() ? results[1] : results[0];
        QCOMPARE(loser.error().code, u"PlanLimitReached"_s);
        disconnectAllOf(u"dave"_s);
    }
    QVERIFY(superuserExec(u"UPDATE users SET plan = 'standard' WHERE name = 'dave'"_s, m_database));
}

void TestRegistryPostgres::directChangesAreAuditedInTheWritersName()
{
    QVERIFY(m_migrated);
    auto bob = connectAs(u"bob"_s);
    QVERIFY(bob->isOpen());
    const QString id = newId();
    const QString squatted = uniqueAwsId("611");
    QVERIFY(bob->exec(insertAccountSql(id, u"bob"_s, QString(), u"pending"_s)).ok);
    QVERIFY(bob->exec(u"UPDATE accounts SET aws_account_id = '%1', status = 'connected' WHERE id = '%2'"_s.arg(
                          squatted, id))
                .ok);
    QVERIFY(bob->exec(u"UPDATE accounts SET friendly_name = 'no status change' WHERE id = '%1'"_s.arg(id)).ok);

    auto registry = openOk(bobUrl());
    QVERIFY(registry);
    AuditFilter filter;
    filter.accountId = id;
    const QList<AuditEntry> rows = registry->audit(filter).value();
    QCOMPARE(rows.size(), 2); // the insert and the one change of status and AWS account id; not the rename
    for (const AuditEntry &e : rows) {
        QCOMPARE(e.user, u"bob"_s);
        QCOMPARE(e.action, u"db.account_change"_s);
        QVERIFY(e.at.isValid());
    }
    QCOMPARE(rows.at(1).detail, u"created as pending, AWS account - (record of bob; client psql)"_s);
    QCOMPARE(
        rows.at(0).detail, u"pending -> connected, AWS account - -> %1 (record of bob; client psql)"_s.arg(squatted));

    // The user cannot take it back, and the administrator sees it.
    for (const QString &sql : { u"DELETE FROM audit_log WHERE account_id = '%1'"_s.arg(id),
             u"UPDATE audit_log SET detail = '' WHERE account_id = '%1'"_s.arg(id) }) {
        const SqlOutcome r = bob->exec(sql);
        QVERIFY2(!r.ok, qPrintable(sql));
        QCOMPARE(r.state, u"42501"_s);
    }
    auto admin = openOk(adminUrl());
    QCOMPARE(admin->audit(filter)->size(), 2);

    // The app's own writes: one database row per change, next to (not instead of) the app's own actions.
    Result<Account> created = registry->createAccount(liveAccount(uniqueAwsId("612")));
    QVERIFY(created.ok());
    QVERIFY(registry->setStatus(created->id, AccountStatus::Active).ok());
    QVERIFY(registry->setStatus(created->id, AccountStatus::Active).ok()); // a re-discovery: no change
    QVERIFY(registry->appendAudit(u"bob"_s, u"verify"_s, created->id, u"ok"_s, QString()).ok());
    filter.accountId = created->id;
    QStringList actions;
    for (const AuditEntry &e : registry->audit(filter).value())
        actions << e.action + u' ' + e.detail.section(u" ("_s, 0, 0);
    QCOMPARE(actions,
        QStringList(
            { u"verify "_s, u"db.account_change connected -> active, AWS account %1 -> %1"_s.arg(created->awsAccountId),
                u"db.account_change created as connected, AWS account %1"_s.arg(created->awsAccountId) }));
    disconnectAllOf(u"bob"_s);
}

void TestRegistryPostgres::schemaV2DatabaseMigratesToV3()
{
    QVERIFY(m_migrated);
    const QString v2 = m_database + u"_v2"_s;
    QVERIFY(superuserExec(u"CREATE DATABASE %1 OWNER onramp_admin"_s.arg(v2)));
    const QString v2Url = u"postgresql://%1:%2@%3:%4/%5"_s.arg(
        u"onramp_admin"_s, u"admin-pw"_s, m_info.value(u"host"_s), m_info.value(u"port"_s), v2);
    const QString aliceV2Url = QString(v2Url).replace(u"onramp_admin:admin-pw"_s, u"alice:alice-pw"_s);
    {
        // The database as the previous build left it, with what a v2 console user could write into it.
        auto admin = connectAs(u"onramp_admin"_s, v2);
        for (const char *sql : kPostgresSchemaV2) {
            const SqlOutcome r = admin->exec(QString::fromUtf8(sql));
            QVERIFY2(r.ok, qPrintable(QString::fromUtf8(sql) + u": "_s + r.text));
        }
        auto alice = connectAs(u"alice"_s, v2);
        QVERIFY(alice->exec(u"INSERT INTO users VALUES ('alice', 'standard', '2024-01-01T00:00:00.000Z')"_s).ok);
        QVERIFY(alice->exec(insertAccountSql(u"v2-active"_s, u"alice"_s, u"777700000001"_s, u"active"_s)).ok);
        QCOMPARE(alice->exec(u"SELECT onramp_aws_account_owner('777700000001')"_s).first.toString(), u"alice"_s);
    }

    // A console user cannot install versions 3 and 4; the administrator can.
    Result<std::unique_ptr<Registry>> early = Registry::open(aliceV2Url, QString());
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, u"DatabaseMigrationFailed"_s);
    QVERIFY2(early.error().message.contains(u"administrator"_s), qPrintable(early.error().message));
    {
        auto admin = openOk(v2Url);
        QVERIFY(admin);
        QCOMPARE(admin->schemaVersion(), Registry::SchemaVersion);
    }
    auto alice = openOk(aliceV2Url);
    QVERIFY(alice);
    QCOMPARE(alice->schemaVersion(), Registry::SchemaVersion);
    // Her rows came through; the old lookup is gone, the new one answers; the rules now hold.
    QCOMPARE(alice->account(u"v2-active"_s)->status, AccountStatus::Active);
    auto sql = connectAs(u"alice"_s, v2);
    QCOMPARE(sql->exec(u"SELECT onramp_aws_account_owner('777700000001')"_s).state, u"42883"_s);
    QVERIFY(sql->exec(u"SELECT onramp_aws_account_taken('777700000001')"_s).ok);
    QCOMPARE(
        sql->exec(u"UPDATE accounts SET aws_account_id = '777700000002' WHERE id = 'v2-active'"_s).state, u"OR003"_s);
    QCOMPARE(sql->exec(insertAccountSql(newId(), u"alice"_s, u"777700000003"_s, u"active"_s)).state, u"OR001"_s);
    Result<Account> created = alice->createAccount(liveAccount(u"777700000004"_s));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QVERIFY(alice->setStatus(created->id, AccountStatus::Active).ok());
    alice.reset();
    sql.reset();
    QVERIFY(superuserExec(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(v2)));
}

QTEST_GUILESS_MAIN(TestRegistryPostgres)
#include "tst_registry_postgres.moc"
