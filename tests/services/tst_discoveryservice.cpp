// Tests DiscoveryService: every region's pages stored as they arrive, bounded fan-out, failures per region,
// zero instances, and a refresh that only updates what changed.
#include "../support/fakeaws.h"
#include "models/awsclients.h"
#include "models/discoveryservice.h"
#include "models/registry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestDiscoveryService final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    QTemporaryDir m_dir;

    std::unique_ptr<AwsClients> clients(const QString &scenario, const QString &session)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), m_fake.endpoint(scenario, session).toString());
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), m_fake.caBundle());
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("ONRAMP_RETRY_BASE_MS"), QStringLiteral("20"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        return std::make_unique<AwsClients>(env);
    }

    static CredentialsProviderPtr customer()
    {
        AwsCredentials c;
        c.accessKeyId = FakeAws::customerKeyId();
        c.secretAccessKey = SecretBytes::fromString(FakeAws::customerSecret());
        return StaticCredentialsProvider::make(std::move(c));
    }

    struct Fixture
    {
        std::unique_ptr<Registry> registry;
        std::unique_ptr<AwsClients> aws;
        std::unique_ptr<DiscoveryService> discovery;
        Account account;
    };

    Fixture make(const QString &scenario, const QString &session)
    {
        Fixture f;
        auto opened = Registry::open(m_dir.filePath(session + QStringLiteral(".sqlite")), QStringLiteral("alice"));
        if (!opened)
            qFatal("registry: %s", qPrintable(opened.error().toString()));
        f.registry = std::move(opened).value();
        f.aws = clients(scenario, session);
        f.discovery = std::make_unique<DiscoveryService>(f.registry.get(), f.aws.get());
        f.discovery->setRefreshIntervalMs(0);
        Account a;
        a.owner = QStringLiteral("alice");
        a.awsAccountId = FakeAws::customerAccount();
        a.method = AccountMethod::AccessKeys;
        a.region = QStringLiteral("us-east-1");
        a.status = AccountStatus::Connected;
        auto created = f.registry->createAccount(a);
        if (!created)
            qFatal("account: %s", qPrintable(created.error().toString()));
        f.account = *created;
        return f;
    }

    static DiscoveryResult run(Fixture &f)
    {
        QSignalSpy finished(f.discovery.get(), &DiscoveryService::finished);
        f.discovery->start(f.account, customer());
        if (!finished.wait(120000))
            qWarning("discovery did not finish");
        return finished.isEmpty() ? DiscoveryResult() : finished.constFirst().constFirst().value<DiscoveryResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void discoversEveryRegionAndStreamsPages()
    {
        Fixture f = make(QStringLiteral("cfn-2345"), FakeAws::uniqueSession(QStringLiteral("all")));
        QSignalSpy pages(f.discovery.get(), &DiscoveryService::pageMerged);
        QSignalSpy progress(f.discovery.get(), &DiscoveryService::progress);
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active);
        QCOMPARE(r.instanceCount, 2345);
        QVERIFY(r.regionErrors.isEmpty());
        int streamed = 0;
        for (const QList<QVariant> &args : std::as_const(pages))
            streamed += int(args.at(2).value<QList<StoredInstance>>().size());
        QCOMPARE(streamed, 2345);
        const DiscoveryProgress last = progress.constLast().constFirst().value<DiscoveryProgress>();
        QCOMPARE(last.regionsTotal, 17);
        QCOMPARE(last.regionsDone, 17);
        QCOMPARE(last.instancesSoFar, 2345);
        QCOMPARE(f.registry->account(f.account.id)->status, AccountStatus::Active);
        QCOMPARE(*f.registry->instanceCount(f.account.id), 2345);
    }

    void refreshAnnouncesOnlyWhatChangedAndTheRestById()
    {
        Fixture f = make(QStringLiteral("cfn-2345"), FakeAws::uniqueSession(QStringLiteral("refresh")));
        QCOMPARE(run(f).status, AccountStatus::Active);
        QSignalSpy pages(f.discovery.get(), &DiscoveryService::pageMerged);
        QSignalSpy seen(f.discovery.get(), &DiscoveryService::instancesSeen);
        QSignalSpy health(f.discovery.get(), &DiscoveryService::healthUpdated);
        const DiscoveryResult again = run(f);
        QCOMPARE(again.status, AccountStatus::Active);
        QCOMPARE(again.instanceCount, 2345);
        // The same fleet again: nothing added or changed, so no rows; every instance announced as seen, once.
        int rows = 0;
        for (const QList<QVariant> &args : std::as_const(pages))
            rows += int(args.at(2).value<QList<StoredInstance>>().size());
        QCOMPARE(rows, 0);
        QSet<QString> ids;
        int announced = 0;
        for (const QList<QVariant> &args : std::as_const(seen)) {
            const QStringList list = args.at(1).toStringList();
            announced += int(list.size());
            for (const QString &id : list)
                ids.insert(id);
            QVERIFY(args.at(2).toDateTime().isValid());
        }
        QCOMPARE(announced, 2345);
        QCOMPARE(ids.size(), 2345);
        QCOMPARE(health.size(), 0); // no instance's health changed either
    }

    void databaseHeldByAnotherWriterDoesNotStallTheEventLoop()
    {
        // Pages are stored on a writer thread: while another process holds the database's write lock, replies
        // keep being handled and the event loop keeps turning; once the lock is released everything is stored.
        // (Stored on the event-loop thread, the first page would block it for as long as the lock is held.)
        const QString session = FakeAws::uniqueSession(QStringLiteral("locked"));
        Fixture f = make(QStringLiteral("cfn-2345"), session);
        const QString connection = QStringLiteral("other-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            other.setDatabaseName(f.registry->location());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); // the write lock, held

            QElapsedTimer sinceTick;
            qint64 longestGap = 0;
            QTimer ticker;
            ticker.setInterval(10);
            connect(&ticker, &QTimer::timeout, this, [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
            QSignalSpy pages(f.discovery.get(), &DiscoveryService::pageMerged);
            QSignalSpy finished(f.discovery.get(), &DiscoveryService::finished);
            sinceTick.start();
            ticker.start();
            f.discovery->start(f.account, customer());
            QTest::qWait(2000); // pages arrive (2,345 instances, 17 regions) and wait for the lock
            longestGap = qMax(longestGap, sinceTick.elapsed());
            QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
            QVERIFY(pages.isEmpty()); // nothing is announced before it is stored
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(finished.wait(60000));
            ticker.stop();
            const DiscoveryResult r = finished.constFirst().constFirst().value<DiscoveryResult>();
            QCOMPARE(r.status, AccountStatus::Active);
            QCOMPARE(r.instanceCount, 2345);
            QCOMPARE(*f.registry->instanceCount(f.account.id), 2345);
            QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void fanOutIsBounded()
    {
        // With latency, requests overlap; never more than the bound of regions may be listed at once.
        QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("cfn-2345") },
            { QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), 150 } } } };
        QVERIFY(m_fake.putScenario(QStringLiteral("slow-2345"), scenario));
        const QString session = FakeAws::uniqueSession(QStringLiteral("bound"));
        Fixture f = make(QStringLiteral("slow-2345"), session);
        f.discovery->setMaxConcurrentRegions(2);
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active);
        // The fake's log tells the truth about overlap: a region is busy at the fake from its first request's
        // arrival to its last answer (either listing). Bound 2 is below what Qt's 6 connections per host allow
        // (3 regions' pairs of listings), so a broken bound would show as 3 busy regions.
        const QJsonArray log = m_fake.requestLog(QStringLiteral("slow-2345"), session);
        QHash<QString, QPair<double, double>> busyFromTo;
        for (const QJsonValue &v : log) {
            const QJsonObject o = v.toObject();
            const QString action = o.value(QStringLiteral("action")).toString();
            if (action != QLatin1StringView("DescribeInstances")
                && action != QLatin1StringView("DescribeInstanceStatus"))
                continue;
            const double received = o.value(QStringLiteral("received")).toDouble();
            const double answered = o.value(QStringLiteral("answered")).toDouble();
            QVERIFY(received > 0 && answered >= received);
            const QString region = o.value(QStringLiteral("region")).toString();
            auto it = busyFromTo.find(region);
            if (it == busyFromTo.end())
                busyFromTo.insert(region, { received, answered });
            else
                *it = { qMin(it->first, received), qMax(it->second, answered) };
        }
        QCOMPARE(busyFromTo.size(), 17);
        int mostBusy = 0;
        for (const auto &[from, to] : std::as_const(busyFromTo)) {
            // Regions busy at the moment this one started (itself included).
            int busy = 0;
            for (const auto &[otherFrom, otherTo] : std::as_const(busyFromTo))
                busy += otherFrom <= from && from < otherTo ? 1 : 0;
            mostBusy = qMax(mostBusy, busy);
        }
        QVERIFY2(mostBusy <= 2, qPrintable(QString::number(mostBusy)));
        QCOMPARE(mostBusy, 2); // and regions did overlap
    }

    void deniedRegionIsReportedAndOthersCount()
    {
        Fixture f = make(QStringLiteral("denied-region"), FakeAws::uniqueSession(QStringLiteral("deny")));
        QSignalSpy regionFailed(f.discovery.get(), &DiscoveryService::regionFailed);
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active);
        QCOMPARE(r.regionErrors.size(), 1);
        QVERIFY(r.regionErrors.cbegin().value().contains(QStringLiteral("missing ec2:DescribeInstances")));
        QCOMPARE(regionFailed.count(), 1);
    }

    void regionWhosePagesLeadBackIsARegionErrorNotAnEndlessListing()
    {
        // us-east-1 holds 1,200 instances (two pages of 1,000); its second page's token leads back to the first.
        const QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("cfn-2345") },
            { QStringLiteral("faults"),
                QJsonObject { { QStringLiteral("hostile_pagination"),
                    QJsonObject { { QStringLiteral("mode"), QStringLiteral("cycle") },
                        { QStringLiteral("action"), QStringLiteral("DescribeInstances") },
                        { QStringLiteral("regions"), QJsonArray { QStringLiteral("us-east-1") } } } } } } };
        QVERIFY(m_fake.putScenario(QStringLiteral("cycling-pages"), scenario));
        const QString session = FakeAws::uniqueSession(QStringLiteral("cycle"));
        Fixture f = make(QStringLiteral("cycling-pages"), session);
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active); // the other regions' instances count
        QCOMPARE(r.regionErrors.keys(), QStringList { QStringLiteral("us-east-1") });
        QVERIFY2(r.regionErrors.value(QStringLiteral("us-east-1")).contains(QLatin1StringView("PaginationLoop")),
            qPrintable(r.regionErrors.value(QStringLiteral("us-east-1"))));
        int listings = 0;
        for (const QJsonValue &e : m_fake.requestLog(QStringLiteral("cycling-pages"), session)) {
            const QJsonObject o = e.toObject();
            listings += o.value(QStringLiteral("action")).toString() == QLatin1StringView("DescribeInstances")
                && o.value(QStringLiteral("region")).toString() == QLatin1StringView("us-east-1");
        }
        QCOMPARE(listings, 3); // A, B, A: stopped at the first token seen before
    }

    void noRegionSucceedingFailsTheAccount()
    {
        QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("basic") },
            { QStringLiteral("identities"),
                QJsonArray { QJsonObject { { QStringLiteral("access_key_id"), FakeAws::customerKeyId() },
                    { QStringLiteral("secret_access_key"), FakeAws::customerSecret() },
                    { QStringLiteral("account"), FakeAws::customerAccount() },
                    { QStringLiteral("arn"), QStringLiteral("arn:aws:iam::111122223333:user/x") },
                    { QStringLiteral("allowed_actions"), QJsonArray { QStringLiteral("ec2:DescribeRegions") } } } } } };
        QVERIFY(m_fake.putScenario(QStringLiteral("regions-only"), scenario));
        Fixture f = make(QStringLiteral("regions-only"), FakeAws::uniqueSession(QStringLiteral("none")));
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Failed);
        QCOMPARE(r.lastError, QStringLiteral("AccessDenied: missing ec2:DescribeInstances"));
        const Account stored = *f.registry->account(f.account.id);
        QCOMPARE(stored.status, AccountStatus::Failed);
        QCOMPARE(stored.lastError, r.lastError);
    }

    void zeroInstancesIsActive()
    {
        Fixture f = make(QStringLiteral("zero-instances"), FakeAws::uniqueSession(QStringLiteral("zero")));
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active);
        QCOMPARE(r.instanceCount, 0);
        QVERIFY(r.lastError.isEmpty());
    }

    void slowDiscoveryIsAnnouncedAndStillCompletes()
    {
        QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("basic") },
            { QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), 250 } } } };
        QVERIFY(m_fake.putScenario(QStringLiteral("slowish"), scenario));
        Fixture f = make(QStringLiteral("slowish"), FakeAws::uniqueSession(QStringLiteral("slow")));
        f.discovery->setSlowThresholdMs(100);
        QSignalSpy slow(f.discovery.get(), &DiscoveryService::slow);
        const DiscoveryResult r = run(f);
        QCOMPARE(slow.count(), 1);
        QCOMPARE(r.status, AccountStatus::Active);
    }

    void refreshRunsPeriodicallyAfterCompletion()
    {
        Fixture f = make(QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("refresh")));
        f.discovery->setRefreshIntervalMs(300);
        QSignalSpy started(f.discovery.get(), &DiscoveryService::started);
        QSignalSpy finished(f.discovery.get(), &DiscoveryService::finished);
        f.discovery->start(f.account, customer());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 60000); // the first run and one refresh
        QVERIFY(started.count() >= 2);
        f.discovery->stop(f.account.id);
        const int afterStop = int(finished.count());
        QTest::qWait(800); // absence: more than two refresh intervals (300 ms) without another run
        QCOMPARE(finished.count(), afterStop); // stop() ends the refresh cycle too
    }

    // ---- RDS databases ----------------------------------------------------------------------------------

    /// The rows of kind \a kind in the pageMerged emissions \a spy recorded.
    static QList<StoredInstance> mergedRows(const QSignalSpy &spy, ResourceKind kind)
    {
        QList<StoredInstance> rows;
        for (const QList<QVariant> &args : spy) {
            const auto page = args.at(2).value<QList<StoredInstance>>();
            for (const StoredInstance &row : page) {
                if (row.kind == kind)
                    rows.append(row);
            }
        }
        return rows;
    }

    void discoversDatabasesPageByPageBesideInstances()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("rds-many"));
        Fixture f = make(QStringLiteral("rds-many"), session);
        QSignalSpy pages(f.discovery.get(), &DiscoveryService::pageMerged);
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active);
        QCOMPARE(r.databaseCount, 280); // 250 in us-east-1 (3 pages of at most 100), 30 in eu-west-1
        QCOMPARE(r.databaseAccess, DatabaseAccess::Allowed);
        QVERIFY(r.databaseErrors.isEmpty());
        const QList<StoredInstance> announced = mergedRows(pages, ResourceKind::Rds);
        QCOMPARE(announced.size(), 280);
        QSet<QString> keys;
        for (const StoredInstance &d : announced) {
            QVERIFY(d.key().startsWith(QStringLiteral("db-")));
            QVERIFY(!d.engine.isEmpty());
            keys.insert(d.key());
        }
        QCOMPARE(keys.size(), 280);
        QCOMPARE(f.registry->databases(f.account.id)->size(), 280);
        const Account stored = f.registry->account(f.account.id).value();
        QCOMPARE(stored.databaseCount, 280);
        QCOMPARE(stored.databaseAccess, DatabaseAccess::Allowed);
        // The instance count stays the EC2 count.
        QCOMPARE(r.instanceCount, f.registry->instances(f.account.id)->size());

        int usEast = 0;
        for (const QJsonValue &v : m_fake.requestLog(QStringLiteral("rds-many"), session)) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("action")).toString() == QLatin1StringView("DescribeDBInstances")
                && e.value(QStringLiteral("region")).toString() == QLatin1StringView("us-east-1")) {
                QCOMPARE(e.value(QStringLiteral("service")).toString(), QStringLiteral("rds"));
                ++usEast;
            }
        }
        QCOMPARE(usEast, 3);
    }

    void aRoleFromAnOlderTemplateKeepsTheAccountActiveWithDatabasesNotPermitted()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("rds-old"));
        Fixture f = make(QStringLiteral("rds-old-role"), session);
        QSignalSpy failedRegions(f.discovery.get(), &DiscoveryService::regionFailed);
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active);
        QVERIFY(r.instanceCount > 0);
        QVERIFY(r.lastError.isEmpty());
        QVERIFY(r.regionErrors.isEmpty());
        QCOMPARE(failedRegions.count(), 0);
        QCOMPARE(r.databaseCount, 0);
        QCOMPARE(r.databaseAccess, DatabaseAccess::NotPermitted);
        const Account stored = f.registry->account(f.account.id).value();
        QCOMPARE(stored.status, AccountStatus::Active);
        QCOMPARE(stored.databaseAccess, DatabaseAccess::NotPermitted);
        QVERIFY(stored.lastError.isEmpty());
    }

    void aRegionWhereAnScpDeniesRdsIsPartlyDenied()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("rds-scp"));
        Fixture f = make(QStringLiteral("rds-scp-denied"), session);
        const DiscoveryResult r = run(f);
        QCOMPARE(r.status, AccountStatus::Active);
        QVERIFY(r.regionErrors.isEmpty());
        QCOMPARE(r.databaseAccess, DatabaseAccess::PartlyDenied);
        QCOMPARE(r.databaseDeniedRegions, QStringList { QStringLiteral("eu-west-1") });
        QCOMPARE(r.databaseCount, 3); // us-east-1's; eu-west-1's two were never listed
        const Account stored = f.registry->account(f.account.id).value();
        QCOMPARE(stored.databaseAccess, DatabaseAccess::PartlyDenied);
        QCOMPARE(stored.databaseDeniedRegions, QStringList { QStringLiteral("eu-west-1") });
        // EC2 in eu-west-1 is unaffected.
        bool euWestInstance = false;
        for (const StoredInstance &i : f.registry->instances(f.account.id).value())
            euWestInstance = euWestInstance || i.region == QLatin1StringView("eu-west-1");
        QVERIFY(euWestInstance);
    }

    void aDatabaseDeletedBetweenTwoDiscoveriesIsKeptAsHistory()
    {
        // A scenario of its own: deleting a database changes the scenario for every session.
        const QString scenario = FakeAws::uniqueSession(QStringLiteral("rds-delete"));
        QVERIFY(m_fake.putScenario(scenario, QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") } }));
        Fixture f = make(scenario, scenario);
        const DiscoveryResult first = run(f);
        QCOMPARE(first.databaseCount, 5);
        const QDateTime firstSeenAt = f.registry->databases(f.account.id)->constFirst().lastSeen;
        QVERIFY(m_fake.deleteDatabase(
            scenario, FakeAws::customerAccount(), QStringLiteral("us-east-1"), QStringLiteral("orders-db")));

        QSignalSpy pages(f.discovery.get(), &DiscoveryService::pageMerged);
        QSignalSpy removed(f.discovery.get(), &DiscoveryService::instancesRemoved);
        const DiscoveryResult second = run(f);
        QCOMPARE(second.status, AccountStatus::Active);
        QCOMPARE(second.databaseCount, 4);
        // Only the change is announced: the deleted database, as history (no other database row).
        const QList<StoredInstance> announced = mergedRows(pages, ResourceKind::Rds);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).instanceId, QStringLiteral("orders-db"));
        QCOMPARE(announced.at(0).state, StoredInstance::DeletedState);
        QCOMPARE(announced.at(0).engine, QStringLiteral("postgres"));
        for (const QList<QVariant> &args : removed)
            QVERIFY(!args.at(1).toStringList().contains(announced.at(0).key()));

        const QList<StoredInstance> stored = f.registry->databases(f.account.id).value();
        QCOMPARE(stored.size(), 5);
        int deleted = 0;
        for (const StoredInstance &d : stored) {
            if (d.state == StoredInstance::DeletedState) {
                ++deleted;
                QCOMPARE(d.instanceId, QStringLiteral("orders-db"));
                QCOMPARE(d.lastSeen, firstSeenAt); // when it was last seen alive
            } else {
                QVERIFY(d.lastSeen > firstSeenAt);
            }
        }
        QCOMPARE(deleted, 1);
        QCOMPARE(f.registry->account(f.account.id)->databaseCount, 4);
    }

    void rediscoveryStoresNothingTwice()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("again"));
        Fixture f = make(QStringLiteral("cfn-2345"), session);
        QCOMPARE(run(f).instanceCount, 2345);
        QSignalSpy removed(f.discovery.get(), &DiscoveryService::instancesRemoved);
        const DiscoveryResult second = run(f);
        QCOMPARE(second.status, AccountStatus::Active);
        QCOMPARE(second.instanceCount, 2345);
        QCOMPARE(removed.count(), 0);
        QVERIFY(f.registry->integrityCheck().ok());
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryService)
#include "tst_discoveryservice.moc"
