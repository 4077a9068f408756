// Team-mode tests of Registry on a real PostgreSQL server (the throwaway cluster of tests/models/pgcluster.sh).
#include "models/registry.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <latch>
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
    void uniqueIndexRefusesTakeoverAndOwnerFunctionNamesOwner();
    void disconnectFreesTheAwsAccountForAnotherUser();
    void onlyTheAdministratorChangesPlans();
    void auditRowsAreVisibleToTheirUserOnly();
    void concurrentConnectsOfOneAwsAccountHaveExactlyOneWinner();
    void mergesThousandRowsUnderRowLevelSecurity();
    void reopeningAMigratedDatabaseKeepsItsSchema();

private:
    QString url(const QString &user, const QString &password) const;
    QString adminUrl() const { return url(u"onramp_admin"_s, u"admin-pw"_s); }
    QString aliceUrl() const { return url(u"alice"_s, u"alice-pw"_s); }
    QString bobUrl() const { return url(u"bob"_s, u"bob-pw"_s); }
    std::unique_ptr<Registry> openOk(const QString &url);
    bool superuserExec(const QString &sql, const QString &database = u"postgres"_s);

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
    const QString dir = qEnvironmentVariable("ONRAMP_PGCLUSTER_DIR");
    QFile info(dir + u"/cluster.info"_s);
    if (dir.isEmpty() || !info.open(QIODevice::ReadOnly)) {
        // Printed, not only skipped: a silent skip would hide that team mode went untested.
        qWarning("No PostgreSQL test cluster (ONRAMP_PGCLUSTER_DIR=\"%s\", no cluster.info there): the fixture "
                 "pgcluster_start did not run or failed. Run through ctest, which starts it "
                 "(tests/models/pgcluster.sh).",
            qPrintable(dir));
        QSKIP("PostgreSQL test cluster not running");
    }
    for (const QByteArray &line : info.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));

    m_database = u"onramp_tst_%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // Roles are cluster-wide: create them once, reset their passwords every run.
    for (const auto &[role, attrs] : { std::pair { u"onramp_admin"_s, u"LOGIN CREATEROLE PASSWORD 'admin-pw'"_s },
             std::pair { u"alice"_s, u"LOGIN PASSWORD 'alice-pw'"_s },
             std::pair { u"bob"_s, u"LOGIN PASSWORD 'bob-pw'"_s } }) {
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
    QVERIFY(superuserExec(u"GRANT onramp_console TO alice, bob"_s, m_database));
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
    Result<std::unique_ptr<Registry>> viaQuery =
        Registry::open(url(u"alice"_s, QString()) + u"?password=query-secret&sslmode=disable"_s, QString());
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

    QVERIFY(alice->removeInstancesNotSeenSince(m_bobAccount, u"us-east-1"_s, QDateTime::currentDateTimeUtc().addDays(1))
                ->isEmpty());
    QCOMPARE(bob->instanceCount(m_bobAccount).value(), 1);

    Account forged = liveAccount(u"333333333333"_s);
    forged.owner = u"bob"_s;
    Result<Account> forgedResult = alice->createAccount(forged);
    QVERIFY(!forgedResult.ok());
    QCOMPARE(forgedResult.error().code, u"PermissionDenied"_s);
    QVERIFY(!bob->liveAccountByAwsId(u"333333333333"_s).value());
}

void TestRegistryPostgres::uniqueIndexRefusesTakeoverAndOwnerFunctionNamesOwner()
{
    QVERIFY(!m_aliceAccount.isEmpty());
    auto bob = openOk(bobUrl());
    QVERIFY(bob);
    Result<Account> takeover = bob->createAccount(liveAccount(u"111111111111"_s));
    QVERIFY(!takeover.ok());
    QCOMPARE(takeover.error().code, u"AccountOwnedByAnotherUser"_s);
    QVERIFY(takeover.error().message.contains(u"111111111111"_s));
    QCOMPARE(bob->liveOwnerOf(u"111111111111"_s).value(), u"alice"_s);
    QCOMPARE(bob->liveOwnerOf(u"999999999999"_s).value(), QString());
    QCOMPARE(bob->accounts()->size(), 1); // nothing of the attempt was stored

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
    QCOMPARE(alice->liveOwnerOf(u"444444444444"_s).value(), u"bob"_s);
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
        QCOMPARE(admin->liveOwnerOf(awsId).value(), results[0].ok() ? u"alice"_s : u"bob"_s);
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

QTEST_GUILESS_MAIN(TestRegistryPostgres)
#include "tst_registry_postgres.moc"
