// Tests for PageStore's contract, run against both implementations (InlinePageStore, ThreadedPageStore).
#include "aws/threadpriority.h"
#include "models/discoveryruncontext.h"
#include "models/inlinepagestore.h"
#include "models/pagestore.h"
#include "models/shardedpagestore.h"
#include "models/threadedpagestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
Ec2InstancePage pageOf(const QStringList &ids)
{
    Ec2InstancePage page;
    for (const QString &id : ids) {
        Ec2Instance i;
        i.instanceId = id;
        i.state = u"running"_s;
        page.instances.append(i);
    }
    return page;
}

/// Holds SQLite's write lock on a file through a connection of its own, until destroyed.
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name());
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    bool held() const { return m_held; }

private:
    static QString name() { return u"page-store-lock"_s; }
    bool m_held = false;
};
/// The registry connections opened while it lives (Registry's "registry open:" message), and on which threads.
class OpenedConnections
{
public:
    OpenedConnections() { s_previous = qInstallMessageHandler(&OpenedConnections::handle); }
    ~OpenedConnections() { qInstallMessageHandler(s_previous); }
    QList<QThread *> threads() const
    {
        const QMutexLocker lock(&s_mutex);
        return s_threads;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.startsWith(u"registry open:"_s)) {
            const QMutexLocker lock(&s_mutex);
            s_threads.append(QThread::currentThread());
        }
        s_previous(type, context, message);
    }
    static inline QMutex s_mutex;
    static inline QList<QThread *> s_threads;
    static inline QtMessageHandler s_previous = nullptr;
};
/// A page store that records what it is asked to do (ShardedPageStore's tests) and answers at once.
class RecordingStore final : public PageStore
{
public:
    explicit RecordingStore(QStringList *log, int index)
        : m_log(log)
        , m_index(index)
    {
    }
    void prepare(quint64 run) override { note(u"prepare %1"_s.arg(run)); }
    void storePage(DiscoveryRunContext *, const PageListing &listing, const Ec2InstancePage &page,
        const QHash<QString, QString> &, PageStored stored) override
    {
        note(u"page %1"_s.arg(listing.region));
        stored(page, InstanceMergeResult());
    }
    void completeRegion(const PageListing &listing, QList<QPair<QString, QString>>, RegionCompleted completed) override
    {
        note(u"complete %1"_s.arg(listing.region));
        completed(RegionCompletion());
    }
    void storeHealth(DiscoveryRunContext *, const PageListing &listing, QList<QPair<QString, QString>>) override
    {
        note(u"health %1"_s.arg(listing.region));
    }
    void storeDatabasePage(DiscoveryRunContext *, const PageListing &listing, const RdsDbInstancePage &page,
        DatabasePageStored stored) override
    {
        note(u"databases %1"_s.arg(listing.region));
        stored(page, InstanceMergeResult());
    }
    void completeDatabases(const PageListing &listing, DatabasesCompleted completed) override
    {
        note(u"complete databases %1"_s.arg(listing.region));
        completed({});
    }

private:
    void note(const QString &what) { m_log->append(u"%1: %2"_s.arg(m_index).arg(what)); }
    QStringList *m_log;
    int m_index;
};

} // namespace

class TestPageStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<PageStore> m_store;
    DiscoveryRunContext *m_context = nullptr;
    QString m_account;
    QStringList m_events; ///< what the callbacks reported, in the order they ran

    /// The listing of region eu-west-1 by run \a run, which started at \a minute past a fixed hour.
    PageListing listing(quint64 run, int minute) const
    {
        return { m_account, u"eu-west-1"_s, QDateTime(QDate(2024, 5, 1), QTime(9, minute), Qt::UTC), run };
    }

    void store(const PageListing &where, const QStringList &ids, const QHash<QString, QString> &health = {})
    {
        m_store->storePage(m_context, where, pageOf(ids), health,
            [this](const Ec2InstancePage &page, const Result<InstanceMergeResult> &merged) {
                m_events.append(merged ? u"page %1: %2 added"_s.arg(page.instances.size()).arg(merged->added)
                                       : u"page %1: %2"_s.arg(page.instances.size()).arg(merged.error().code));
            });
    }

    /// Completes \a where from the run's deferred work, after the pages handed over before, as DiscoveryService does.
    void complete(const PageListing &where, const QList<QPair<QString, QString>> &health = {})
    {
        m_context->defer([this, where, health] {
            m_store->completeRegion(where, health, [this](const RegionCompletion &done) {
                m_events.append(u"region: removed [%1], health [%2]"_s.arg(
                    done.removedIds.join(u','), QString::number(done.changedHealth.size())));
            });
        });
    }

    /// The rows of the data-driven tests: one per implementation (init() builds the store the tag names).
    static void implementations_data()
    {
        QTest::addColumn<bool>("unused");
        QTest::newRow("inline") << true;
        QTest::newRow("threaded") << true;
    }

    /// From now on, every rewrite of a stored instance's health is logged by a trigger on the registry file itself
    /// (healthWrites()); an instance stored with its health is not a rewrite.
    void logHealthWrites()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"health-writes"_s);
            db.setDatabaseName(m_dir.filePath(u"reg%1.sqlite"_s.arg(m_files)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE health_writes (id TEXT, health TEXT)"_s));
            QVERIFY(q.exec(u"CREATE TRIGGER log_health AFTER UPDATE OF health ON instances"
                           " BEGIN INSERT INTO health_writes VALUES (new.instance_id, new.health); END"_s));
        }
        QSqlDatabase::removeDatabase(u"health-writes"_s);
    }
    /// "id=health" of every health rewrite logged since logHealthWrites(), in order.
    QStringList healthWrites() const
    {
        QStringList writes;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"health-reader"_s);
            db.setDatabaseName(m_dir.filePath(u"reg%1.sqlite"_s.arg(m_files)));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"SELECT id || '=' || health FROM health_writes ORDER BY rowid"_s))
                    while (q.next())
                        writes << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(u"health-reader"_s);
        return writes;
    }
    /// id -> health of the account's stored instances.
    QHash<QString, QString> storedHealth() const
    {
        QHash<QString, QString> health;
        for (const StoredInstance &s : m_registry->instances(m_account).value())
            health.insert(s.instanceId, s.health);
        return health;
    }

    QStringList storedIds() const
    {
        QStringList ids;
        const Result<QList<StoredInstance>> stored = m_registry->instances(m_account);
        for (const StoredInstance &s : stored.value())
            ids.append(s.instanceId);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        Registry::Options options;
        options.busyTimeoutMs = 200;
        auto opened = Registry::open(m_dir.filePath(u"reg%1.sqlite"_s.arg(++m_files)), u"alice"_s, options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        m_registry = std::move(opened).value();
        Account a;
        a.owner = u"alice"_s;
        a.awsAccountId = u"123456789012"_s;
        a.method = AccountMethod::AccessKeys;
        a.status = AccountStatus::Connected;
        const Result<Account> created = m_registry->createAccount(a);
        QVERIFY(created);
        m_account = created->id;
        m_context = new DiscoveryRunContext;
        m_events.clear();
        if (QByteArrayView(QTest::currentDataTag()) == "threaded")
            m_store = std::make_unique<ThreadedPageStore>(*m_registry);
        else
            m_store = std::make_unique<InlinePageStore>(m_registry.get());
    }

    void cleanup()
    {
        m_store.reset();
        delete m_context;
        m_registry.reset();
    }

    void pagesThenTheCompletionComeBackInOrderAndNeverInsideTheCall_data() { implementations_data(); }
    void pagesThenTheCompletionComeBackInOrderAndNeverInsideTheCall()
    {
        const PageListing run = listing(1, 0);
        store(run, { u"i-a"_s, u"i-b"_s });
        QVERIFY(m_events.isEmpty()); // the next page's request goes out first
        store(run, { u"i-c"_s });
        complete(run, { { u"i-a"_s, u"impaired"_s } });
        QTRY_COMPARE(m_events.size(), 3);
        QCOMPARE(
            m_events, QStringList({ u"page 2: 2 added"_s, u"page 1: 1 added"_s, u"region: removed [], health [1]"_s }));
        QCOMPARE(storedIds(), QStringList({ u"i-a"_s, u"i-b"_s, u"i-c"_s }));
        QCOMPARE(m_registry->instances(m_account)->constFirst().health, u"impaired"_s);
    }

    void completionRemovesWhatTheListingNoLongerHas_data() { implementations_data(); }
    void completionRemovesWhatTheListingNoLongerHas()
    {
        store(listing(1, 0), { u"i-a"_s, u"i-d"_s });
        store(listing(1, 0), { u"i-b"_s });
        complete(listing(1, 0));
        QTRY_COMPARE(m_events.size(), 3);
        // The next run lists i-a and i-b again, unchanged (so not rewritten), on two pages: only i-d is gone, and
        // the listing's time is the last-seen time of both.
        store(listing(2, 5), { u"i-a"_s });
        store(listing(2, 5), { u"i-b"_s });
        complete(listing(2, 5));
        QTRY_COMPARE(m_events.size(), 6);
        QCOMPARE(m_events.at(5), u"region: removed [i-d], health [0]"_s);
        QCOMPARE(storedIds(), QStringList({ u"i-a"_s, u"i-b"_s }));
        for (const StoredInstance &s : m_registry->instances(m_account).value())
            QCOMPARE(s.lastSeen, listing(2, 5).seenAt);
    }

    void healthKnownWhenAPageComesIsStoredWithItAndStillReported_data() { implementations_data(); }
    void healthKnownWhenAPageComesIsStoredWithItAndStillReported()
    {
        logHealthWrites();
        // i-a's health was listed before its page came, i-b's after: i-a is stored with it, only i-b is rewritten,
        // and the completion reports both.
        const PageListing first = listing(1, 0);
        store(first, { u"i-a"_s, u"i-b"_s }, { { u"i-a"_s, u"ok"_s }, { u"i-z"_s, u"ok"_s } });
        complete(first, { { u"i-a"_s, u"ok"_s }, { u"i-b"_s, u"impaired"_s } });
        QTRY_COMPARE(m_events.size(), 2);
        QCOMPARE(m_events.at(1), u"region: removed [], health [2]"_s);
        QCOMPARE(healthWrites(), QStringList({ u"i-b=impaired"_s }));
        const QList<StoredInstance> rows = m_registry->instances(m_account).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).health, u"ok"_s);
        QCOMPARE(rows.at(1).health, u"impaired"_s);

        // A stored instance keeps its health when a page comes: the completion changes it, and reports it once.
        const PageListing second = listing(2, 5);
        store(second, { u"i-a"_s, u"i-b"_s }, { { u"i-a"_s, u"impaired"_s } });
        complete(second, { { u"i-a"_s, u"impaired"_s }, { u"i-b"_s, u"impaired"_s } });
        QTRY_COMPARE(m_events.size(), 4);
        QCOMPARE(m_events.at(3), u"region: removed [], health [1]"_s);
        QCOMPARE(healthWrites(), QStringList({ u"i-b=impaired"_s, u"i-a=impaired"_s }));
    }

    void healthListedAfterItsPageIsStoredBeforeTheCompletionWhichRewritesNoneOfIt_data() { implementations_data(); }
    void healthListedAfterItsPageIsStoredBeforeTheCompletionWhichRewritesNoneOfIt()
    {
        logHealthWrites();
        // i-a's and i-b's page is stored before their health is listed: storeHealth() writes it at once; i-c's
        // health comes before its page, which stores it (as DiscoveryService hands it over); the completion
        // rewrites nothing and reports all three.
        const PageListing first = listing(1, 0);
        store(first, { u"i-a"_s, u"i-b"_s });
        m_store->storeHealth(
            m_context, first, { { u"i-a"_s, u"impaired"_s }, { u"i-b"_s, u"ok"_s }, { u"i-c"_s, u"ok"_s } });
        store(first, { u"i-c"_s }, { { u"i-c"_s, u"ok"_s } });
        QTRY_COMPARE(m_events.size(), 2);
        QCOMPARE(healthWrites(), QStringList({ u"i-a=impaired"_s, u"i-b=ok"_s })); // i-c: no page stored it yet
        QCOMPARE(storedHealth(),
            (QHash<QString, QString> { { u"i-a"_s, u"impaired"_s }, { u"i-b"_s, u"ok"_s }, { u"i-c"_s, u"ok"_s } }));
        complete(first, { { u"i-a"_s, u"impaired"_s }, { u"i-b"_s, u"ok"_s }, { u"i-c"_s, u"ok"_s } });
        QTRY_COMPARE(m_events.size(), 3);
        QCOMPARE(m_events.at(2), u"region: removed [], health [3]"_s);
        QCOMPARE(healthWrites().size(), 2);

        // The next run: of what storeHealth() writes, only what changed is reported; an id whose last health in
        // the completed listing differs from what storeHealth() stored is rewritten, once.
        const PageListing second = listing(2, 5);
        store(second, { u"i-a"_s, u"i-b"_s, u"i-c"_s });
        m_store->storeHealth(m_context, second, { { u"i-a"_s, u"impaired"_s }, { u"i-b"_s, u"impaired"_s } });
        complete(second,
            { { u"i-a"_s, u"impaired"_s }, { u"i-b"_s, u"impaired"_s }, { u"i-c"_s, u"ok"_s }, { u"i-a"_s, u"ok"_s } });
        QTRY_COMPARE(m_events.size(), 5);
        QCOMPARE(m_events.at(4), u"region: removed [], health [2]"_s); // i-a, i-b
        QCOMPARE(healthWrites(), QStringList({ u"i-a=impaired"_s, u"i-b=ok"_s, u"i-b=impaired"_s, u"i-a=ok"_s }));
        QCOMPARE(storedHealth(),
            (QHash<QString, QString> { { u"i-a"_s, u"ok"_s }, { u"i-b"_s, u"impaired"_s }, { u"i-c"_s, u"ok"_s } }));
    }

    void aCompletionWritesOnlyTheHealthItsPagesDidNotStore()
    {
        using Pairs = QList<QPair<QString, QString>>;
        PageStore::StoredHealthById stored;
        for (const auto &[id, health] : Pairs { { u"i-a"_s, u"ok"_s }, { u"i-b"_s, u"ok"_s }, { u"i-c"_s, u"ok"_s } })
            stored.insert(id, PageStore::StoredHealth { health });
        // i-a as stored: dropped; i-b changed since its page: written; i-c listed twice, its last health as stored:
        // dropped; i-e was not stored with a health: written.
        const Pairs listed { { u"i-a"_s, u"ok"_s }, { u"i-b"_s, u"impaired"_s }, { u"i-c"_s, u"impaired"_s },
            { u"i-e"_s, u"ok"_s }, { u"i-c"_s, u"ok"_s } };
        QCOMPARE(
            PageStore::healthToWrite(listed, stored), (Pairs { { u"i-b"_s, u"impaired"_s }, { u"i-e"_s, u"ok"_s } }));
        // An id whose last health differs from the stored one keeps all its pairs: setHealth() settles them.
        const Pairs twice { { u"i-a"_s, u"ok"_s }, { u"i-a"_s, u"impaired"_s } };
        QCOMPARE(PageStore::healthToWrite(twice, stored), twice);
        QCOMPARE(PageStore::healthToWrite(listed, {}), listed);
    }

    void aFirstListingStoresItsPagesAsNewUntilItRepeatsAnId_data() { implementations_data(); }
    void aFirstListingStoresItsPagesAsNewUntilItRepeatsAnId()
    {
        // The region had nothing stored: its pages are merged as all new (nothing looked up); a page that lists an id
        // the listing stored already is compared as usual, and so is everything after it.
        const PageListing run = listing(1, 0);
        store(run, { u"i-a"_s, u"i-b"_s });
        store(run, { u"i-c"_s });
        store(run, { u"i-a"_s, u"i-d"_s }); // i-a again (AWS does not do this)
        store(run, { u"i-e"_s });
        complete(run);
        QTRY_COMPARE(m_events.size(), 5);
        QCOMPARE(m_events,
            QStringList({ u"page 2: 2 added"_s, u"page 1: 1 added"_s, u"page 2: 1 added"_s, u"page 1: 1 added"_s,
                u"region: removed [], health [0]"_s }));
        QCOMPARE(storedIds(), QStringList({ u"i-a"_s, u"i-b"_s, u"i-c"_s, u"i-d"_s, u"i-e"_s }));
        // The next run finds them stored: compared, nothing added, nothing removed.
        const PageListing again = listing(2, 5);
        store(again, { u"i-a"_s, u"i-b"_s, u"i-c"_s, u"i-d"_s, u"i-e"_s });
        complete(again);
        QTRY_COMPARE(m_events.size(), 7);
        QCOMPARE(m_events.at(5), u"page 5: 0 added"_s);
        QCOMPARE(m_events.at(6), u"region: removed [], health [0]"_s);
    }

    void aFirstListingDoesNotLookUpWhatItStores_data() { implementations_data(); }
    void aFirstListingDoesNotLookUpWhatItStores()
    {
        // What the fast path skips shows only in what it reports: an instance another connection stored after the
        // listing's first page is reported added (nothing was looked up); a listing of a region with rows compares.
        const PageListing run = listing(1, 0);
        store(run, { u"i-a"_s });
        QTRY_COMPARE(m_events.size(), 1);
        QVERIFY(m_registry->mergeInstances(m_account, run.region, pageOf({ u"i-b"_s }).instances, run.seenAt).ok());
        store(run, { u"i-b"_s });
        QTRY_COMPARE(m_events.size(), 2);
        QCOMPARE(m_events.at(1), u"page 1: 1 added"_s);
        complete(run);
        QTRY_COMPARE(m_events.size(), 3);
        store(listing(2, 5), { u"i-b"_s });
        QTRY_COMPARE(m_events.size(), 4);
        QCOMPARE(m_events.at(3), u"page 1: 0 added"_s);
    }

    void aRegionAPageOfWhichFailedToStoreKeepsItsInstances_data() { implementations_data(); }
    void aRegionAPageOfWhichFailedToStoreKeepsItsInstances()
    {
        store(listing(1, 0), { u"i-a"_s, u"i-d"_s });
        complete(listing(1, 0));
        QTRY_COMPARE(m_events.size(), 2);
        {
            WriteLock lock(m_registry->location());
            QVERIFY(lock.held());
            store(listing(2, 5), { u"i-a"_s }); // waits out the busy timeout, then fails
            QTRY_COMPARE(m_events.size(), 3);
        }
        QCOMPARE(m_events.at(2), u"page 1: DatabaseLocked"_s);
        m_store->storeHealth(m_context, listing(2, 5), { { u"i-a"_s, u"impaired"_s } }); // stores nothing either
        complete(listing(2, 5), { { u"i-a"_s, u"impaired"_s } });
        QTRY_COMPARE(m_events.size(), 4);
        QCOMPARE(m_events.at(3), u"region: removed [], health [0]"_s);
        QCOMPARE(storedIds(), QStringList({ u"i-a"_s, u"i-d"_s })); // i-d was not seen, but the listing is incomplete
        QCOMPARE(storedHealth().value(u"i-a"_s), QString());

        // The failure belonged to that run: the next run's complete listing removes i-d.
        store(listing(3, 10), { u"i-a"_s });
        complete(listing(3, 10));
        QTRY_COMPARE(m_events.size(), 6);
        QCOMPARE(m_events.at(5), u"region: removed [i-d], health [0]"_s);
    }

    void aShardedStoreSendsEverythingOfARegionToOneStore()
    {
        // Team mode's writers: a region's pages, completions and database listings, in every run, go to the same
        // store (their order and that store's bookkeeping stay whole); the regions are spread over all of them.
        QStringList log;
        std::vector<std::unique_ptr<PageStore>> shards;
        for (int i = 0; i < 2; ++i)
            shards.push_back(std::make_unique<RecordingStore>(&log, i));
        ShardedPageStore store(std::move(shards));
        store.prepare(7);
        QCOMPARE(log, QStringList({ u"0: prepare 7"_s, u"1: prepare 7"_s }));
        log.clear();
        const QStringList regions { u"us-east-1"_s, u"us-east-2"_s, u"us-west-1"_s, u"us-west-2"_s, u"eu-west-1"_s,
            u"eu-west-2"_s, u"eu-west-3"_s, u"eu-central-1"_s, u"eu-north-1"_s, u"ap-south-1"_s, u"ap-northeast-1"_s,
            u"ap-northeast-2"_s, u"ap-northeast-3"_s, u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"ca-central-1"_s,
            u"sa-east-1"_s };
        int answers = 0;
        for (quint64 run = 1; run <= 2; ++run) {
            for (const QString &region : regions) {
                const PageListing instances { m_account, region, QDateTime::currentDateTimeUtc(), run };
                PageListing databases = instances;
                databases.kind = ResourceKind::Rds;
                store.storePage(m_context, instances, Ec2InstancePage(), {},
                    [&answers](const Ec2InstancePage &, const Result<InstanceMergeResult> &) { ++answers; });
                store.storeHealth(m_context, instances, {});
                store.completeRegion(instances, {}, [&answers](const RegionCompletion &) { ++answers; });
                store.storeDatabasePage(m_context, databases, RdsDbInstancePage(),
                    [&answers](const RdsDbInstancePage &, const Result<InstanceMergeResult> &) { ++answers; });
                store.completeDatabases(databases, [&answers](const QList<StoredInstance> &) { ++answers; });
            }
        }
        QCOMPARE(answers, 2 * 17 * 4); // every callback passed through
        QCOMPARE(log.size(), 2 * 17 * 5); // and every call
        QHash<QString, QSet<QChar>> storesOfRegion;
        QSet<QChar> used;
        for (const QString &line : std::as_const(log)) {
            storesOfRegion[line.section(u' ', -1)].insert(line.at(0));
            used.insert(line.at(0));
        }
        QCOMPARE(storesOfRegion.size(), 17);
        for (auto it = storesOfRegion.cbegin(); it != storesOfRegion.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key()));
        QCOMPARE(used.size(), 2);
        QCOMPARE(&store.shardOf(u"eu-west-1"_s), &store.shardOf(u"eu-west-1"_s));
    }

    void preparingTheThreadedStoreOpensItsConnectionAndStoresNothing()
    {
        // No data tag: init() made an inline store, whose prepare() does nothing.
        OpenedConnections opened;
        m_store->prepare(1);
        m_store = std::make_unique<ThreadedPageStore>(*m_registry);
        QVERIFY(opened.threads().isEmpty()); // nothing opened before it is asked for
        m_store->prepare(1);
        QTRY_COMPARE(opened.threads().size(), 1);
        QVERIFY(opened.threads().constFirst() != QThread::currentThread()); // the writer thread's own connection
        QCOMPARE(*m_registry->instanceCount(m_account), 0);
        // The run's pages use that connection: no second open.
        store(listing(1, 0), { u"i-1"_s, u"i-2"_s });
        QTRY_COMPARE(m_events, QStringList({ u"page 2: 2 added"_s }));
        QCOMPARE(opened.threads().size(), 1);
        QCOMPARE(*m_registry->instanceCount(m_account), 2);
    }

    void anIdleThreadedStoreCopiesTheLogIntoTheDatabaseFile()
    {
        // No data tag: init() made an inline store. A page's rows go to the WAL; once the writer has had nothing to
        // do for a moment they are copied into the database file, so closing the registry has little left to do.
        m_store = std::make_unique<ThreadedPageStore>(*m_registry);
        const QString file = m_registry->location();
        const qint64 before = QFileInfo(file).size();
        QStringList ids;
        for (int i = 0; i < 5000; ++i)
            ids.append(u"i-%1"_s.arg(i, 17, 16, QLatin1Char('0')));
        store(listing(1, 0), ids);
        QTRY_COMPARE(m_events, QStringList({ u"page 5000: 5000 added"_s }));
        QTRY_VERIFY2(QFileInfo(file).size() > before + 256 * 1024,
            qPrintable(
                u"the database file has %1 bytes, %2 before the page"_s.arg(QFileInfo(file).size()).arg(before)));
        QCOMPARE(*m_registry->instanceCount(m_account), 5000);
    }

    void theThreadedStoreWorksBelowTheCallersCpuPriority()
    {
        // No data tag: init() made an inline store. Preparing and merging pages is bulk work: its threads yield the CPU
        // to the network and the main thread (ThreadPriority). Read where the kernel keeps it: each thread's nice.
        const int mainNice = ThreadPriority::niceOfThisThread();
        m_store = std::make_unique<ThreadedPageStore>(*m_registry);
        store(listing(1, 0), { u"i-1"_s, u"i-2"_s });
        QTRY_COMPARE(m_events, QStringList({ u"page 2: 2 added"_s }));
        QMap<QString, int> niceByThread; // tid -> nice, of the threads named "onramp-discovery-*" (15 characters kept)
        const QDir tasks(u"/proc/self/task"_s);
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + u"/comm"_s));
            QFile stat(tasks.filePath(tid + u"/stat"_s));
            if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
                continue;
            if (comm.readAll().trimmed() != "onramp-discover")
                continue;
            const QByteArray fields = stat.readAll();
            // pid (comm) state ppid ... : nice is the 19th field, the 17th after the comm's closing parenthesis.
            const QList<QByteArray> after = fields.mid(fields.lastIndexOf(')') + 2).split(' ');
            niceByThread.insert(tid, after.value(16).toInt());
        }
        QCOMPARE(niceByThread.size(), 2); // the preparing thread and the writer
        for (const int nice : std::as_const(niceByThread))
            QCOMPARE(nice, qMin(mainNice + ThreadPriority::kBackgroundNice, 19));
        QCOMPARE(ThreadPriority::niceOfThisThread(), mainNice);
    }

    void destroyingTheThreadedStoreDropsWhatIsQueued()
    {
        // No data tag: init() made an inline store.
        m_store = std::make_unique<ThreadedPageStore>(*m_registry);
        {
            WriteLock lock(m_registry->location());
            QVERIFY(lock.held());
            for (int run = 1; run <= 3; ++run)
                store(listing(quint64(run), run), { u"i-%1"_s.arg(run) });
            m_store.reset(); // at most the store in progress waits for the lock; the rest is dropped
        }
        QCoreApplication::sendPostedEvents();
        QVERIFY(m_events.isEmpty()); // no callback after the store is gone
        QCOMPARE(*m_registry->instanceCount(m_account), 0);
    }
};

QTEST_GUILESS_MAIN(TestPageStore)
#include "tst_pagestore.moc"
