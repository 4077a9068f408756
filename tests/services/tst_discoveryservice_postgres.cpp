// Tests DiscoveryService in team mode: pages stored on the writer thread through a second PostgreSQL connection of the
// same role (the throwaway cluster of tests/models/pgcluster.sh, the fake AWS endpoint), row-level security on that
// connection, and what a writer that cannot connect or loses its server does to a discovery.
#include "../support/fakeaws.h"
#include "../support/pgcluster.h"
#include "models/awsclients.h"
#include "models/discoveryruncontext.h"
#include "models/discoveryservice.h"
#include "models/registry.h"
#include "models/threadedpagestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

/// The cluster's superuser over its Unix socket (trusted): sets up roles and plays the server's part (locks, ended
/// backends, refused connections). A connection of its own per instance.
class Superuser
{
public:
    Superuser(const QHash<QString, QString> &cluster, const QString &database)
        : m_name(u"tst-superuser-%1"_s.arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        m_db.setHostName(cluster.value(u"socket_dir"_s));
        m_db.setPort(cluster.value(u"port"_s).toInt());
        m_db.setUserName(cluster.value(u"superuser"_s));
        m_db.setDatabaseName(database);
        if (!m_db.open())
            qWarning("superuser: %s", qPrintable(m_db.lastError().text()));
    }
    ~Superuser()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Superuser)

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    /// The first column of every row of \a sql.
    QVariantList column(const QString &sql)
    {
        QSqlQuery q(m_db);
        QVariantList values;
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            values << q.value(0);
        return values;
    }

private:
    static inline std::atomic<int> s_counter { 0 };
    QString m_name;
    QSqlDatabase m_db;
};

QSet<int> toPids(const QVariantList &values)
{
    QSet<int> pids;
    for (const QVariant &v : values)
        pids.insert(v.toInt());
    return pids;
}

Ec2Instance instance(const QString &id)
{
    Ec2Instance i;
    i.instanceId = id;
    i.instanceType = u"t3.micro"_s;
    i.state = u"running"_s;
    i.availabilityZone = u"eu-west-1a"_s;
    return i;
}

} // namespace

class TestDiscoveryServicePostgres final : public QObject
{
    Q_OBJECT

private:
    FakeAws m_fake;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_cluster;
    QString m_database;
    // Roles of this test alone (roles are cluster-wide; other suites use other names).
    const QString m_alice = u"disco_alice"_s;
    const QString m_bob = u"disco_bob"_s;

    QString url(const QString &role, const QString &password) const
    {
        const QString who = password.isEmpty() ? role : role + u':' + password;
        return u"postgresql://%1@%2:%3/%4"_s.arg(
            who, m_cluster.value(u"host"_s), m_cluster.value(u"port"_s), m_database);
    }
    QString aliceUrl() const { return url(m_alice, m_alice + u"-pw"_s); }

    std::unique_ptr<Registry> openOk(const QString &u)
    {
        Result<std::unique_ptr<Registry>> r = Registry::open(u, QString());
        if (!r) {
            qWarning("open failed: %s", qPrintable(r.error().toString()));
            return nullptr;
        }
        return std::move(r).value();
    }

    std::unique_ptr<AwsClients> clients(const QString &scenario, const QString &session)
    {
        QProcessEnvironment env;
        env.insert(u"AWS_ENDPOINT_URL"_s, m_fake.endpoint(scenario, session).toString());
        env.insert(u"AWS_CA_BUNDLE"_s, m_fake.caBundle());
        env.insert(u"NO_PROXY"_s, u"127.0.0.1"_s);
        env.insert(u"ONRAMP_RETRY_BASE_MS"_s, u"20"_s);
        env.insert(u"HOME"_s, m_dir.path());
        return std::make_unique<AwsClients>(env);
    }

    static CredentialsProviderPtr customer()
    {
        AwsCredentials c;
        c.accessKeyId = FakeAws::customerKeyId();
        c.secretAccessKey = SecretBytes::fromString(FakeAws::customerSecret());
        return StaticCredentialsProvider::make(std::move(c));
    }

    /// A live account of the registry's user for the fake's customer account; the user's earlier ones are
    /// disconnected first (one live holder per AWS account).
    static Account freshAccount(Registry &registry)
    {
        for (const Account &a : registry.accounts().value())
            if (a.status != AccountStatus::Disconnected)
                registry.setStatus(a.id, AccountStatus::Disconnected);
        Account a;
        a.awsAccountId = FakeAws::customerAccount();
        a.method = AccountMethod::AccessKeys;
        a.region = u"us-east-1"_s;
        a.status = AccountStatus::Connected;
        const Result<Account> created = registry.createAccount(a);
        if (!created)
            qFatal("account: %s", qPrintable(created.error().toString()));
        return *created;
    }

    static DiscoveryResult run(DiscoveryService &discovery, const Account &account)
    {
        QSignalSpy finished(&discovery, &DiscoveryService::finished);
        discovery.start(account, customer());
        if (!finished.wait(120000))
            qWarning("discovery did not finish");
        return finished.isEmpty() ? DiscoveryResult() : finished.constFirst().constFirst().value<DiscoveryResult>();
    }

    /// Instances per region of alice's account \a accountId, read through a new connection.
    QHash<QString, int> perRegion(const QString &accountId)
    {
        QHash<QString, int> counts;
        auto reader = openOk(aliceUrl());
        if (!reader)
            return counts;
        for (const StoredInstance &s : reader->instances(accountId).value())
            ++counts[s.region];
        return counts;
    }

    /// The backends of \a role connected to the test database.
    QSet<int> backendsOf(const QString &role)
    {
        Superuser su(m_cluster, u"postgres"_s);
        return toPids(su.column(
            u"SELECT pid FROM pg_stat_activity WHERE usename = '%1' AND datname = '%2'"_s.arg(role, m_database)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
        const std::optional<QHash<QString, QString>> cluster = readPgClusterInfo();
        if (!cluster)
            QSKIP("PostgreSQL test cluster not running");
        m_cluster = *cluster;
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
        // libpq reads these: the machine's own must not steer the tests (the cases that need one set it).
        for (const char *name : { "PGHOST", "PGHOSTADDR", "PGPORT", "PGSSLMODE", "PGSERVICE", "PGPASSWORD", "PGUSER" })
            qunsetenv(name);
        qputenv("PGPASSFILE", "/nonexistent/onramp-test-pgpass");

        m_database = u"onramp_disco_%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        Superuser su(m_cluster, u"postgres"_s);
        // The README's set-up: a group role, an administrator owning the database, console roles.
        QVERIFY(
            su.exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onramp_console') THEN "
                    "CREATE ROLE onramp_console NOLOGIN; END IF; EXCEPTION WHEN duplicate_object THEN NULL; END $$"_s));
        for (const QString &role : { u"disco_admin"_s, m_alice, m_bob }) {
            QVERIFY(su.exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                            "CREATE ROLE %1; END IF; EXCEPTION WHEN duplicate_object THEN NULL; END $$"_s.arg(role)));
            QVERIFY(su.exec(u"ALTER ROLE %1 LOGIN PASSWORD '%1-pw'"_s.arg(role)));
        }
        QVERIFY(su.exec(u"GRANT onramp_console TO disco_admin WITH ADMIN OPTION"_s));
        QVERIFY(su.exec(u"CREATE DATABASE %1 OWNER disco_admin"_s.arg(m_database)));
        QVERIFY(openOk(url(u"disco_admin"_s, u"disco_admin-pw"_s))); // the administrator installs the schema
        QVERIFY(su.exec(u"GRANT onramp_console TO %1, %2"_s.arg(m_alice, m_bob)));
    }

    void cleanupTestCase()
    {
        if (m_database.isEmpty())
            return;
        Superuser su(m_cluster, u"postgres"_s);
        su.exec(u"ALTER ROLE %1 PASSWORD '%1-pw'"_s.arg(m_alice));
        su.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
    }

    void teamModeStoresEveryPageOnItsTwoWriterConnections()
    {
        // The password from a password file (the URL has none): the writer's connection must find it the same way.
        QFile pgpass(m_dir.filePath(u"pgpass"_s));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(
            u"%1:%2:%3:%4:%4-pw\n"_s.arg(m_cluster.value(u"host"_s), m_cluster.value(u"port"_s), m_database, m_alice)
                .toUtf8());
        pgpass.close();
        QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // libpq wants 0600
        // libpq reads the file for each connection: the owner's now, the writer's when the first page comes.
        qputenv("PGPASSFILE", m_dir.filePath(u"pgpass"_s).toLocal8Bit());
        const auto restore = qScopeGuard([] { qputenv("PGPASSFILE", "/nonexistent/onramp-test-pgpass"); });
        auto owner = openOk(url(m_alice, QString()));
        QVERIFY(owner);
        QCOMPARE(owner->consoleUser(), m_alice);
        const Account account = freshAccount(*owner);
        const QSet<int> ownersBackend = backendsOf(m_alice);
        QCOMPARE(ownersBackend.size(), 1);

        const QString session = FakeAws::uniqueSession(u"team"_s);
        auto aws = clients(u"cfn-2345"_s, session);
        DiscoveryService discovery(owner.get(), aws.get());
        discovery.setRefreshIntervalMs(0);
        QSignalSpy pages(&discovery, &DiscoveryService::pageMerged);
        QSignalSpy finished(&discovery, &DiscoveryService::finished);

        // Another session holds the instances table: a merge waits for it. On the writer thread that leaves this
        // thread turning; a merge on this thread would stop it for as long as the lock is held.
        auto locker = std::make_unique<Superuser>(m_cluster, m_database);
        QVERIFY(locker->exec(u"BEGIN"_s));
        QVERIFY(locker->exec(u"LOCK TABLE instances IN SHARE ROW EXCLUSIVE MODE"_s));
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
        discovery.start(account, customer());
        QTest::qWait(1500); // pages arrive (2,345 instances, 17 regions) and their merge waits for the lock
        longestGap = qMax(longestGap, sinceTick.elapsed());
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        QVERIFY(pages.isEmpty()); // nothing is announced before it is stored
        // Who waits: the two writers' backends of the same role (regions are split between them), not the owner's.
        Superuser su(m_cluster, u"postgres"_s);
        const QSet<int> waiting
            = toPids(su.column(u"SELECT pid FROM pg_stat_activity WHERE usename = '%1' AND "
                               "datname = '%2' AND wait_event_type = 'Lock'"_s.arg(m_alice, m_database)));
        QCOMPARE(waiting.size(), 2);
        QVERIFY(!waiting.intersects(ownersBackend));
        QVERIFY(locker->exec(u"ROLLBACK"_s));
        locker.reset();

        QVERIFY(finished.wait(60000));
        ticker.stop();
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        const DiscoveryResult r = finished.constFirst().constFirst().value<DiscoveryResult>();
        QVERIFY2(r.regionErrors.isEmpty(), qPrintable(r.regionErrors.values().join(u"; "_s)));
        QCOMPARE(r.status, AccountStatus::Active);
        QCOMPARE(r.instanceCount, 2345);
        int streamed = 0;
        for (const QList<QVariant> &args : std::as_const(pages))
            streamed += int(args.at(2).value<QList<StoredInstance>>().size());
        QCOMPARE(streamed, 2345 + r.databaseCount); // every row announced once stored
        // The owner reads what the writer stored.
        QCOMPARE(*owner->instanceCount(account.id), 2345);
        QCOMPARE(owner->account(account.id)->status, AccountStatus::Active);
        // Three backends of the role: the owner's and the two writers', open while the service lives.
        const QSet<int> now = backendsOf(m_alice);
        QCOMPARE(now.size(), 3);
        QVERIFY(now.contains(ownersBackend));
        QVERIFY(now.contains(waiting));
    }

    void writerConnectionCannotSeeOrPlantAnotherUsersRows()
    {
        auto bob = openOk(url(m_bob, m_bob + u"-pw"_s));
        QVERIFY(bob);
        Account b;
        b.awsAccountId = u"210987654321"_s;
        b.method = AccountMethod::AccessKeys;
        b.status = AccountStatus::Connected;
        const Result<Account> bobs = bob->createAccount(b);
        QVERIFY2(bobs, qPrintable(bobs ? QString() : bobs.error().toString()));
        const QDateTime before = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QVERIFY(
            bob->mergeInstances(bobs->id, u"eu-west-1"_s, { instance(u"i-bob1"_s), instance(u"i-bob2"_s) }, before));

        auto owner = openOk(aliceUrl());
        QVERIFY(owner);
        {
            // What the writer opens: alice again, confined as alice.
            Result<std::unique_ptr<Registry>> second = owner->openAnotherConnection();
            QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
            QCOMPARE((*second)->consoleUser(), m_alice);
            QVERIFY((*second)->isTeamMode());
            QVERIFY(!(*second)->account(bobs->id)); // row-level security: bob's account is not there for alice
            QCOMPARE((*second)->instanceCount(bobs->id).value(), 0);
        }

        const Account own = freshAccount(*owner);
        ThreadedPageStore store(*owner);
        DiscoveryRunContext context;
        QStringList events;
        const QDateTime later = QDateTime::currentDateTimeUtc();
        auto storePage = [&](const QString &accountId, quint64 run, const QString &id) {
            Ec2InstancePage page;
            page.instances = { instance(id) };
            store.storePage(&context, PageListing { accountId, u"eu-west-1"_s, later, run, ResourceKind::Ec2 }, page,
                {}, [&events](const Ec2InstancePage &, const Result<InstanceMergeResult> &merged) {
                    events << (merged ? u"%1 added"_s.arg(merged->added) : merged.error().code);
                });
        };
        // Planting a row in bob's account through alice's writer connection.
        storePage(bobs->id, 1, u"i-planted"_s);
        const PageListing bobsListing { bobs->id, u"eu-west-1"_s, later, 2, ResourceKind::Ec2 };
        store.completeRegion(bobsListing, {},
            [&events](const RegionCompletion &done) { events << u"removed [%1]"_s.arg(done.removedIds.join(u',')); });
        storePage(own.id, 3, u"i-alice1"_s); // and alice's own, through the same connection
        QTRY_COMPARE(events.size(), 3);
        QVERIFY2(
            events.at(0) == u"AccountNotFound"_s || events.at(0) == u"PermissionDenied"_s, qPrintable(events.at(0)));
        QCOMPARE(events.at(1), u"removed []"_s); // bob's unseen instances are not alice's to remove
        QCOMPARE(events.at(2), u"1 added"_s);

        QStringList bobsIds;
        for (const StoredInstance &s : bob->instances(bobs->id).value())
            bobsIds << s.instanceId;
        QCOMPARE(bobsIds, QStringList({ u"i-bob1"_s, u"i-bob2"_s }));
        QCOMPARE(owner->instanceCount(own.id).value(), 1);
    }

    void writerThatCannotConnectFailsTheDiscoveryWithAStorageError()
    {
        auto owner = openOk(aliceUrl());
        QVERIFY(owner);
        const Account account = freshAccount(*owner);
        // The password changes after the owner connected: the writer's connection is refused.
        {
            Superuser su(m_cluster, u"postgres"_s);
            QVERIFY(su.exec(u"ALTER ROLE %1 PASSWORD 'changed-meanwhile'"_s.arg(m_alice)));
        }
        auto aws = clients(u"cfn-2345"_s, FakeAws::uniqueSession(u"refused"_s));
        DiscoveryService discovery(owner.get(), aws.get());
        discovery.setRefreshIntervalMs(0);
        QElapsedTimer clock;
        clock.start();
        const DiscoveryResult r = run(discovery, account);
        {
            Superuser su(m_cluster, u"postgres"_s);
            QVERIFY(su.exec(u"ALTER ROLE %1 PASSWORD '%1-pw'"_s.arg(m_alice)));
        }
        QVERIFY(clock.elapsed() < 30000); // every page fails at once, no wait per page
        QCOMPARE(r.status, AccountStatus::Failed);
        QCOMPARE(r.regionErrors.size(), 17);
        QVERIFY2(
            r.lastError.startsWith(u"Cannot store the discovered resources: Cannot connect to the team database"_s),
            qPrintable(r.lastError));
        QVERIFY2(r.lastError.contains(u"password authentication failed"_s), qPrintable(r.lastError));
        QVERIFY(!r.lastError.contains(u"-pw"_s));
        QCOMPARE(*owner->instanceCount(account.id), 0);
        QCOMPARE(owner->account(account.id)->status, AccountStatus::Failed);
    }

    void serverDroppingTheConnectionsMidDiscoveryLosesNothingSilently()
    {
        // A restart as the client sees it: every backend ended (FATAL 57P01, as a fast shutdown does), new
        // connections refused for a while, then accepted again. Done to this test's database only, so that the
        // other suites sharing the cluster are not disturbed.
        auto reference = openOk(aliceUrl());
        QVERIFY(reference);
        const Account first = freshAccount(*reference);
        auto fastAws = clients(u"cfn-2345"_s, FakeAws::uniqueSession(u"reference"_s));
        {
            DiscoveryService discovery(reference.get(), fastAws.get());
            discovery.setRefreshIntervalMs(0);
            QCOMPARE(run(discovery, first).status, AccountStatus::Active);
        }
        const QHash<QString, int> fleet = perRegion(first.id);
        int fleetSize = 0;
        for (int n : fleet)
            fleetSize += n;
        QCOMPARE(fleetSize, 2345);

        QJsonObject slow { { u"extends"_s, u"cfn-2345"_s }, { u"faults"_s, QJsonObject { { u"latency_ms"_s, 100 } } } };
        QVERIFY(m_fake.putScenario(u"team-slow-2345"_s, slow));
        auto owner = openOk(aliceUrl());
        QVERIFY(owner);
        const Account account = freshAccount(*owner);
        auto aws = clients(u"team-slow-2345"_s, FakeAws::uniqueSession(u"restart"_s));
        DiscoveryService discovery(owner.get(), aws.get());
        discovery.setRefreshIntervalMs(0);
        QSignalSpy pages(&discovery, &DiscoveryService::pageMerged);
        QSignalSpy finished(&discovery, &DiscoveryService::finished);
        discovery.start(account, customer());
        QVERIFY(pages.wait(30000)); // the writer is connected and storing
        {
            Superuser su(m_cluster, u"postgres"_s);
            QVERIFY(su.exec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(m_database)));
            QVERIFY(su.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND "
                            "usename = '%2'"_s.arg(m_database, m_alice)));
            QTest::qWait(300); // pages keep arriving meanwhile
            QVERIFY(su.exec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(m_database)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); // no hang
        const DiscoveryResult r = finished.constFirst().constFirst().value<DiscoveryResult>();
        // Pages stored before or after the outage count; a region a page of which was lost is reported, and is
        // never reported complete with instances missing.
        QVERIFY(!r.regionErrors.isEmpty());
        for (const QString &error : r.regionErrors)
            QVERIFY2(error.contains(u"team database"_s), qPrintable(error));
        const QHash<QString, int> stored = perRegion(account.id);
        for (auto it = fleet.begin(); it != fleet.end(); ++it) {
            if (!r.regionErrors.contains(it.key()))
                QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(it.key()));
        }

        // The next run reconnects: everything is stored. (The owner's own connection is gone: read anew.)
        const DiscoveryResult again = run(discovery, account);
        QVERIFY2(again.regionErrors.isEmpty(), qPrintable(again.regionErrors.values().join(u"; "_s)));
        QCOMPARE(perRegion(account.id), fleet);
    }

    void writerReplacesAConnectionTheServerEndedWhileIdle()
    {
        auto owner = openOk(aliceUrl());
        QVERIFY(owner);
        const Account account = freshAccount(*owner);
        auto aws = clients(u"cfn-2345"_s, FakeAws::uniqueSession(u"idle"_s));
        DiscoveryService discovery(owner.get(), aws.get());
        discovery.setRefreshIntervalMs(0);
        const QSet<int> ownersBackend = backendsOf(m_alice);
        QCOMPARE(ownersBackend.size(), 1);
        QCOMPARE(run(discovery, account).status, AccountStatus::Active);
        const QSet<int> writers = backendsOf(m_alice) - ownersBackend;
        QCOMPARE(writers.size(), 2); // team mode's two writers
        {
            // The server ends the idle writers' sessions (idle_session_timeout, a restart of those backends).
            Superuser su(m_cluster, u"postgres"_s);
            for (const int pid : writers)
                QVERIFY(su.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
        }
        QTest::qWait(2100); // a refresh comes after a pause, the writer's cue to check its connection first
        const DiscoveryResult again = run(discovery, account);
        QVERIFY2(again.regionErrors.isEmpty(), qPrintable(again.regionErrors.values().join(u"; "_s)));
        QCOMPARE(again.status, AccountStatus::Active);
        QCOMPARE(*owner->instanceCount(account.id), 2345);
        const QSet<int> now = backendsOf(m_alice);
        QCOMPARE(now.size(), 3);
        QVERIFY(!now.intersects(writers)); // new writer backends
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryServicePostgres)
#include "tst_discoveryservice_postgres.moc"
