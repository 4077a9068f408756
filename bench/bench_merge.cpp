// Benchmarks the registry's page merge: one DescribeInstances page of 1,000 into a registry already holding many.
//
// Issue 16, item 2: SQLite merge of a 1,000-instance page <= 3 ms CPU with 100k stored. A real SQLite file opened as
// the app opens it (Registry::open: WAL, synchronous=NORMAL), filled with 1k / 10k / 100k instances by merging
// 1,000-instance pages as a discovery does (so a page's rows sit together in the table, as they do in the app), then
// per iteration one page merged: all new (removed again outside the timing), all unchanged (a re-discovery), 1%
// changed; setHealth of 1,000; an RDS page of 100. The time is this thread's CPU time (SQLite runs in the calling
// thread), the wall time beside it. With ONRAMP_BENCH_PG_URL (a console user's team-mode URL) the same merges run on
// PostgreSQL: there the wall time per page counts (server work and round trips) and the CPU time is the client's.
// ONRAMP_BENCH_PG_ADMIN_URL, when set, is opened first to migrate that database. bench/parts/merge.sh starts a
// throwaway cluster for it and turns the results into the report's table.
#include "models/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPage = 1'000;
constexpr int kDatabasePage = 100;

/// Instance \a n of a deterministic fleet: a random-looking 17-hex-digit id, and the tags real instances carry.
Ec2Instance fleetInstance(int n, bool alternate = false)
{
    std::mt19937_64 rng(quint64(n) * 0x9e3779b97f4a7c15ULL + 1);
    Ec2Instance i;
    i.instanceId = u"i-0%1"_s.arg(rng() & 0xffffffffffffffULL, 16, 16, QLatin1Char('0'));
    i.instanceType = (n % 3) ? u"m5.large"_s : u"c6g.xlarge"_s;
    i.state = alternate ? u"stopped"_s : u"running"_s;
    i.availabilityZone = u"eu-west-1%1"_s.arg(QChar(u'a' + n % 3));
    i.privateIp = u"10.%1.%2.%3"_s.arg(n / 65536 % 256).arg(n / 256 % 256).arg(n % 256);
    if (n % 4 == 0)
        i.publicIp = u"34.%1.%2.%3"_s.arg(n / 65536 % 256).arg(n / 256 % 256).arg(n % 256);
    i.launchTime = QDateTime(QDate(2024, 3, 1), QTime(8, 30, 15, 250), Qt::UTC).addSecs(n * 37);
    i.spot = n % 7 == 0;
    i.tags = { { u"Name"_s, u"web-%1"_s.arg(n) }, { u"env"_s, (n % 2) ? u"prod"_s : u"staging"_s },
        { u"team"_s, u"payments"_s }, { u"cost-center"_s, u"cc-%1"_s.arg(n % 40) } };
    if (n % 5 == 0)
        i.tags.append({ u"aws:eks:cluster-name"_s, u"prod-orders"_s });
    return i;
}

RdsDbInstance fleetDatabase(int n, bool alternate = false)
{
    RdsDbInstance d;
    d.identifier = u"orders-db-%1"_s.arg(n);
    d.resourceId = u"db-%1"_s.arg(n, 26, 10, QLatin1Char('0'));
    d.instanceClass = u"db.m5.large"_s;
    d.engine = u"postgres"_s;
    d.engineVersion = u"15.4"_s;
    d.status = alternate ? u"stopped"_s : u"available"_s;
    d.availabilityZone = u"eu-west-1a"_s;
    d.multiAz = n % 2;
    d.allocatedStorageGb = 100;
    d.createTime = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC).addSecs(n * 60);
    d.tags = { { u"env"_s, u"prod"_s }, { u"team"_s, u"orders"_s } };
    return d;
}

[[noreturn]] void fail(const char *what, const AwsError &e)
{
    std::fprintf(stderr, "bench_merge: %s: %s\n", what, qPrintable(e.toString()));
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char *what)
{
    if (!r)
        fail(what, r.error());
    return std::move(r).value();
}

void check(const Result<void> &r, const char *what)
{
    if (!r)
        fail(what, r.error());
}

/// A registry holding \a stored instances of one account in eu-west-1, merged page by page (pages of instances
/// 0..999, 1000..1999, ...) at one discovery time, and kDatabasePage databases.
struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    QString accountId;
    int stored = 0;
    QDateTime seenAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    int iteration = 0;
};

QString g_pgUrl;

/// The registries, by (PostgreSQL?, instances stored); closed by main() while Qt's SQL module is still there.
std::map<std::pair<bool, int>, std::unique_ptr<Store>> g_stores;

Store &store(bool postgres, int stored)
{
    auto &slot = g_stores[{ postgres, stored }];
    if (slot)
        return *slot;
    slot = std::make_unique<Store>();
    Store &s = *slot;
    s.stored = stored;
    const QString location = postgres ? g_pgUrl : QDir(s.dir.path()).filePath(u"onramp.sqlite"_s);
    static bool migrated = false;
    if (postgres && !migrated && !qEnvironmentVariableIsEmpty("ONRAMP_BENCH_PG_ADMIN_URL")) {
        // The administrator migrates the team database once; the console user cannot.
        check(Registry::open(qEnvironmentVariable("ONRAMP_BENCH_PG_ADMIN_URL"), u"bench"_s), "migrating");
        migrated = true;
    }
    s.registry = check(Registry::open(location, u"bench"_s), "opening the registry");
    Account a;
    a.owner = s.registry->consoleUser();
    // One AWS account per store: team mode keeps the stores of one run in one database.
    a.awsAccountId = u"%1"_s.arg(100000000000LL + stored + (postgres ? 7 : 0), 12, 10, QLatin1Char('0'));
    a.friendlyName = u"bench"_s;
    a.method = AccountMethod::AccessKeys;
    a.region = u"eu-west-1"_s;
    a.status = AccountStatus::Connected;
    a.keychainRef = u"account/bench"_s;
    s.accountId = check(s.registry->createAccount(a), "creating the account").id;
    for (int from = 0; from < stored; from += kPage) {
        QList<Ec2Instance> page;
        for (int n = from; n < from + kPage; ++n)
            page.append(fleetInstance(n));
        check(s.registry->mergeInstances(s.accountId, u"eu-west-1"_s, page, s.seenAt), "filling the registry");
    }
    QList<RdsDbInstance> databases;
    for (int n = 0; n < kDatabasePage; ++n)
        databases.append(fleetDatabase(n));
    check(s.registry->mergeDatabases(s.accountId, u"eu-west-1"_s, databases, s.seenAt), "filling the databases");
    // At rest, as the discovery writer leaves it (it checkpoints once idle): the filling's WAL copied into the file,
    // so that no iteration pays for copying the filling's pages (wal_autocheckpoint: every 64 MiB).
    if (!postgres)
        check(s.registry->checkpoint(), "checkpointing");
    return s;
}

enum class PageKind { New, Unchanged, OnePercentChanged };

/// The first fleet number of a stored page from the middle of \a s's fleet.
int middlePageStart(const Store &s)
{
    return (s.stored / kPage / 2) * kPage;
}

/// That stored page, as a re-discovery lists it.
QList<Ec2Instance> storedPage(const Store &s)
{
    QList<Ec2Instance> page;
    for (int n = middlePageStart(s); n < middlePageStart(s) + kPage; ++n)
        page.append(fleetInstance(n));
    return page;
}

/// One page merged per iteration into a store of state.range(1) instances. State.range(0): 0 SQLite, 1 PostgreSQL.
void BM_MergePage(benchmark::State &state)
{
    const bool postgres = state.range(0) != 0;
    Store &s = store(postgres, int(state.range(1)));
    const auto kind = PageKind(state.range(2));
    const int first = middlePageStart(s);
    const QList<Ec2Instance> same = storedPage(s);
    // New pages: instances never stored, a different set each iteration (the registry grows by a page per
    // iteration, as in a first discovery; hence few iterations).
    int nextFresh = 10'000'000;
    int expectedAdded = 0, expectedChanged = 0;
    for (auto _ : state) {
        s.seenAt = s.seenAt.addSecs(1);
        QList<Ec2Instance> page = same;
        if (kind == PageKind::New) {
            state.PauseTiming();
            for (int k = 0; k < kPage; ++k)
                page[k] = fleetInstance(nextFresh++);
            state.ResumeTiming();
        }
        if (kind == PageKind::OnePercentChanged) {
            // Ten instances change state every iteration (back and forth), the rest are as stored.
            ++s.iteration;
            for (int k = 0; k < kPage / 100; ++k)
                page[k * 100] = fleetInstance(first + k * 100, s.iteration % 2 == 1);
        }
        const QString region = u"eu-west-1"_s;
        const InstanceMergeResult r = check(s.registry->mergeInstances(s.accountId, region, page, s.seenAt), "merge");
        expectedAdded += r.added;
        expectedChanged += r.changed;
    }
    // The merge did what the page kind says (a benchmark of a merge that reports the wrong diff measures nothing).
    const qint64 n = state.iterations();
    const bool ok = kind == PageKind::New ? expectedAdded == n * kPage
        : kind == PageKind::Unchanged     ? expectedAdded + expectedChanged == 0
                                          : expectedChanged == n * (kPage / 100) && expectedAdded == 0;
    if (!ok)
        state.SkipWithError("the merge reported an unexpected diff");
    state.counters["rows_per_page"] = kPage;
}

/// The discovery writer's part of a page merge (SQLite): mergeInstances() of a page prepared beforehand, as the
/// writer gets it from its preparing thread; the preparing (Registry::prepareInstances()) is not timed. Re-discovered
/// (state.range(2) == 1) or all-new (0) pages as BM_MergePage, into a store of state.range(1) instances.
void BM_MergePrepared(benchmark::State &state)
{
    Store &s = store(false, int(state.range(1)));
    const auto kind = PageKind(state.range(2));
    const QList<Ec2Instance> same = storedPage(s);
    int nextFresh = 20'000'000;
    qint64 added = 0, changed = 0;
    const QString region = u"eu-west-1"_s;
    for (auto _ : state) {
        state.PauseTiming();
        s.seenAt = s.seenAt.addSecs(1);
        QList<Ec2Instance> page = same;
        if (kind == PageKind::New) {
            for (int k = 0; k < kPage; ++k)
                page[k] = fleetInstance(nextFresh++);
        }
        const Registry::PreparedInstances prepared = Registry::prepareInstances(s.accountId, region, page, s.seenAt);
        state.ResumeTiming();
        const InstanceMergeResult r = check(s.registry->mergeInstances(prepared), "merge");
        added += r.added;
        changed += r.changed;
    }
    const qint64 n = state.iterations();
    if (kind == PageKind::New ? added != n * kPage : added + changed != 0)
        state.SkipWithError("the merge reported an unexpected diff");
}

/// Registry::prepareInstances() of a 1,000-instance page alone (no database): the part of a merge the discovery
/// writer has done on its preparing thread.
void BM_PreparePage(benchmark::State &state)
{
    QList<Ec2Instance> page;
    for (int n = 0; n < kPage; ++n)
        page.append(fleetInstance(n));
    const QDateTime seenAt(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    qsizetype rows = 0;
    for (auto _ : state)
        rows += Registry::prepareInstances(u"acct"_s, u"eu-west-1"_s, page, seenAt).rows.size();
    if (rows != state.iterations() * kPage)
        state.SkipWithError("prepared a wrong number of rows");
}

/// setHealth of 1,000 instances, all of which change (ok <-> impaired) every iteration.
void BM_SetHealth(benchmark::State &state)
{
    Store &s = store(state.range(0) != 0, int(state.range(1)));
    const int first = middlePageStart(s);
    QList<QPair<QString, QString>> health[2];
    for (int n = first; n < first + kPage; ++n) {
        const QString id = fleetInstance(n).instanceId;
        health[0].append({ id, u"ok"_s });
        health[1].append({ id, u"impaired"_s });
    }
    qint64 changed = 0;
    for (auto _ : state)
        changed += check(s.registry->setHealth(s.accountId, health[++s.iteration % 2]), "setHealth");
    // The first iteration may find the health already set by a previous run of this benchmark.
    if (changed < (state.iterations() - 1) * kPage)
        state.SkipWithError("setHealth changed fewer rows than expected");
}

/// An RDS page of 100 databases, unchanged (state.range(2) == 1) or with one changed (2).
void BM_MergeDatabases(benchmark::State &state)
{
    Store &s = store(state.range(0) != 0, int(state.range(1)));
    const auto kind = PageKind(state.range(2));
    QList<RdsDbInstance> page;
    for (int n = 0; n < kDatabasePage; ++n)
        page.append(fleetDatabase(n));
    qint64 changed = 0;
    for (auto _ : state) {
        s.seenAt = s.seenAt.addSecs(1);
        if (kind == PageKind::OnePercentChanged)
            page[0] = fleetDatabase(0, ++s.iteration % 2 == 1);
        changed
            += check(s.registry->mergeDatabases(s.accountId, u"eu-west-1"_s, page, s.seenAt), "mergeDatabases").changed;
    }
    if (kind == PageKind::OnePercentChanged ? changed != state.iterations() : changed != 0)
        state.SkipWithError("the merge reported an unexpected diff");
}

/// A region's completion after a re-discovery that listed every instance (Registry::completeInstanceListing():
/// nothing gone, every row read and looked up in the listed ids), in a region of 1,000 instances beside the store's
/// eu-west-1 (state.range(2) == 0; added on first use) or in eu-west-1 itself (1).
void BM_CompleteRegion(benchmark::State &state)
{
    Store &s = store(state.range(0) != 0, int(state.range(1)));
    const bool small = state.range(2) == 0;
    const QString region = small ? u"eu-north-1"_s : u"eu-west-1"_s;
    if (small && !check(s.registry->hasInstancesIn(s.accountId, region), "hasInstancesIn")) {
        QList<Ec2Instance> page;
        for (int n = 0; n < kPage; ++n)
            page.append(fleetInstance(50'000'000 + n));
        check(s.registry->mergeInstances(s.accountId, region, page, s.seenAt), "filling the small region");
    }
    Registry::ListedIds listed;
    for (const StoredInstance &i : check(s.registry->instances(s.accountId), "instances")) {
        if (i.region == region)
            listed.insert(i.instanceId);
    }
    // One completion beforehand, untimed: the first one after the merges before pays for whatever they left (an
    // automatic checkpoint of their WAL: 150-270 ms here), which is not a completion's cost.
    s.seenAt = s.seenAt.addSecs(1);
    qint64 removed
        = check(s.registry->completeInstanceListing(s.accountId, region, s.seenAt, listed), "completeInstanceListing")
              .size();
    for (auto _ : state) {
        s.seenAt = s.seenAt.addSecs(1);
        removed += check(
            s.registry->completeInstanceListing(s.accountId, region, s.seenAt, listed), "completeInstanceListing")
                       .size();
    }
    if (removed != 0)
        state.SkipWithError("the completion removed instances");
}

void registerFor(bool postgres)
{
    // ONRAMP_BENCH_MERGE_ITERATIONS: more iterations, e.g. to profile the merge rather than the filling.
    const int iterations = qEnvironmentVariableIntValue("ONRAMP_BENCH_MERGE_ITERATIONS") > 0
        ? qEnvironmentVariableIntValue("ONRAMP_BENCH_MERGE_ITERATIONS")
        : (postgres ? 15 : 40);
    for (const int stored : { 1'000, 10'000, 100'000 }) {
        // New pages last: they grow the registry (by 10 pages) for the benchmarks after them.
        for (const PageKind kind : { PageKind::Unchanged, PageKind::OnePercentChanged, PageKind::New })
            benchmark::RegisterBenchmark("BM_MergePage", BM_MergePage)
                ->ArgNames({ "pg", "stored", "kind" })
                ->Args({ postgres, stored, int(kind) })
                ->Iterations(kind == PageKind::New ? qMin(iterations, 10) : iterations)
                ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_SetHealth", BM_SetHealth)
            ->ArgNames({ "pg", "stored" })
            ->Args({ postgres, stored })
            ->Iterations(iterations)
            ->Unit(benchmark::kMillisecond);
    }
    if (!postgres) {
        // At 100,000 stored, after BM_MergePage's (its new pages grew the store by ten pages).
        for (const PageKind kind : { PageKind::Unchanged, PageKind::New })
            benchmark::RegisterBenchmark("BM_MergePrepared", BM_MergePrepared)
                ->ArgNames({ "pg", "stored", "kind" })
                ->Args({ 0, 100'000, int(kind) })
                ->Iterations(kind == PageKind::New ? qMin(iterations, 10) : iterations)
                ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_PreparePage", BM_PreparePage)
            ->Iterations(iterations)
            ->Unit(benchmark::kMillisecond);
    }
    for (const int where : { 0, 1 })
        benchmark::RegisterBenchmark("BM_CompleteRegion", BM_CompleteRegion)
            ->ArgNames({ "pg", "stored", "region" })
            ->Args({ postgres, 100'000, where })
            ->Iterations(iterations)
            ->Unit(benchmark::kMillisecond);
    for (const PageKind kind : { PageKind::Unchanged, PageKind::OnePercentChanged })
        benchmark::RegisterBenchmark("BM_MergeDatabases", BM_MergeDatabases)
            ->ArgNames({ "pg", "stored", "kind" })
            ->Args({ postgres, 100'000, int(kind) })
            ->Iterations(iterations)
            ->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_pgUrl = qEnvironmentVariable("ONRAMP_BENCH_PG_URL");
    registerFor(false);
    if (!g_pgUrl.isEmpty())
        registerFor(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_stores.clear();
    return 0;
}
