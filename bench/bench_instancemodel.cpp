// Benchmarks the live instance model at 100,000 instances: refresh diffs, streaming into a view, memory, filtering.
//
// Issue 6, item 4: applying a refresh diff of 100,000 instances with 1% changed (target <= 20 ms) both as the
// app applies it (DiscoveryService's pageMerged pages, then instancesRemoved and healthUpdated) and as one
// replaceAccount(); streaming 100,000 instances in 1,000-row pages into InstanceTableModel + InstanceFilterProxy +
// QTableView with the longest main-thread stall as a counter (target <= 16 ms), unsorted, sorted by launch time
// and sorted with a search term, next to the QSortFilterProxyModel the proxy replaced (the "before"); and the
// model's heap bytes per instance (target <= 1 KB). Also the proxy's filter and sort at 100,000 rows. Runs with
// QT_QPA_PLATFORM=offscreen unless the environment says otherwise. bench/parts/model.sh turns the counters into
// the report's table. Issue 16, item 4: the streams again, measured per event-loop turn (see streamPage()), with the
// model's time-sliced application (InstanceTableModel::setSliceBudget) next to whole pages per turn, and an
// organization's 100 accounts reporting in (BM_StreamOrganization); targets <= 10 ms main-thread CPU and < 16 ms
// wall per turn. ONRAMP_BENCH_PRINT_STALLS=1 prints every page's turns, ONRAMP_BENCH_PRINT_TURNS=1 every turn.
#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"
#include "ui/instancebrowser.h"
#include "ui/instancestatedelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <memory>
#include <numeric>
#include <random>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

constexpr int fleetSize = 100'000;
constexpr int pageSize = 1'000;
const QString account = u"3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090"_s;

/// One instance of a deterministic mixed fleet: 40% EKS nodes with the nine tags EKS, the autoscaler and
/// launch templates put on them, 60% plain instances with a unique Name and 4-5 organisational tags; the
/// spread of regions (one holds half), states, types, spot and public IPs of a real account. Everything is
/// derived from \a n with std::mt19937 and no distributions (their output is implementation-defined).
StoredInstance fleetInstance(int n)
{
    static const std::array regions { u"us-east-1"_s, u"us-east-2"_s, u"us-west-1"_s, u"us-west-2"_s, u"eu-west-1"_s,
        u"eu-west-2"_s, u"eu-west-3"_s, u"eu-central-1"_s, u"eu-north-1"_s, u"ap-south-1"_s, u"ap-northeast-1"_s,
        u"ap-northeast-2"_s, u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"ca-central-1"_s, u"sa-east-1"_s,
        u"me-south-1"_s };
    static const std::array types { u"t3.micro"_s, u"t3.medium"_s, u"m5.large"_s, u"m5.xlarge"_s, u"m6i.large"_s,
        u"m6i.2xlarge"_s, u"c5.large"_s, u"c6g.xlarge"_s, u"r5.large"_s, u"r6g.2xlarge"_s, u"m7g.large"_s,
        u"g5.xlarge"_s, u"i3.large"_s, u"t4g.small"_s, u"c7i.4xlarge"_s };
    static const std::array clusters { u"prod-orders"_s, u"prod-payments"_s, u"prod-search"_s, u"staging-core"_s,
        u"dev-sandbox"_s, u"prod-ml"_s, u"analytics"_s, u"prod-edge"_s };
    static const std::array apps { u"web"_s, u"api"_s, u"worker"_s, u"db"_s, u"cache"_s, u"queue"_s, u"bastion"_s,
        u"jenkins"_s, u"grafana"_s, u"kafka"_s };
    static const std::array envs { u"prod"_s, u"staging"_s, u"dev"_s };

    std::mt19937 rng(quint32(n) * 2654435761u + 12345u);
    const auto pick = [&rng](quint32 count) { return rng() % count; };

    StoredInstance s;
    s.accountId = account;
    s.instanceId = u"i-0"_s + QString::number(0x1000000000000000ULL + quint64(n) * 0x9e3779b97f4aULL, 16);
    s.region = pick(2) ? regions[0] : regions[1 + pick(regions.size() - 1)];
    s.availabilityZone = s.region + QChar(char16_t(u'a' + pick(3)));
    const quint32 stateRoll = pick(100);
    s.state = stateRoll < 85 ? u"running"_s
        : stateRoll < 95     ? u"stopped"_s
        : stateRoll < 98     ? u"pending"_s
                             : u"stopping"_s;
    s.instanceType = types[pick(types.size())];
    s.lifecycle = pick(10) < 3 ? u"spot"_s : u"on-demand"_s;
    s.privateIp = u"10.%1.%2.%3"_s.arg(pick(64)).arg(pick(256)).arg(1 + pick(254));
    if (pick(10) < 4)
        s.publicIp = u"%1.%2.%3.%4"_s.arg(pick(2) ? 54 : 3).arg(pick(256)).arg(pick(256)).arg(1 + pick(254));
    s.launchTime = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(pick(500 * 86400)));

    if (pick(10) < 4) {
        const QString &cluster = clusters[pick(clusters.size())];
        const QString nodegroup = cluster + u"-ng-"_s + QString::number(pick(3));
        s.name = nodegroup + u"-node"_s;
        s.tags = { { u"Name"_s, s.name }, { u"eks:cluster-name"_s, cluster }, { u"eks:nodegroup-name"_s, nodegroup },
            { u"aws:autoscaling:groupName"_s, u"eks-"_s + nodegroup + u"-6cc4a7e2"_s },
            { u"aws:ec2launchtemplate:id"_s, u"lt-0"_s + QString::number(qHash(nodegroup) & 0xffffffff, 16) },
            { u"aws:ec2launchtemplate:version"_s, QString::number(1 + pick(9)) },
            { u"kubernetes.io/cluster/"_s + cluster, u"owned"_s },
            { u"k8s.io/cluster-autoscaler/enabled"_s, u"true"_s },
            { u"k8s.io/cluster-autoscaler/"_s + cluster, u"owned"_s } };
    } else {
        const QString &env = envs[pick(envs.size())];
        s.name = apps[pick(apps.size())] + u'-' + env + u'-' + QString::number(n);
        s.tags = { { u"Name"_s, s.name }, { u"env"_s, env }, { u"team"_s, u"team-"_s + QString::number(pick(20)) },
            { u"owner"_s, u"owner"_s + QString::number(pick(50)) + u"@example.com"_s },
            { u"cost-center"_s, u"cc-"_s + QString::number(1000 + pick(100)) } };
        if (pick(10) < 3)
            s.tags.append({ u"aws:cloudformation:stack-name"_s, u"stack-"_s + QString::number(pick(40)) });
    }
    s.cluster = StoredInstance::clusterFromTags(s.tags);
    s.firstSeen = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    s.lastSeen = s.firstSeen;
    return s;
}

QList<StoredInstance> fleetPage(int first, int count)
{
    QList<StoredInstance> page;
    page.reserve(count);
    for (int n = first; n < first + count; ++n)
        page.append(fleetInstance(n));
    return page;
}

/// The fleet with 1% of it changed: every 100th instance (offset so runs are scattered) starts or stops.
QList<StoredInstance> withOnePercentChanged(QList<StoredInstance> fleet)
{
    for (qsizetype i = 37; i < fleet.size(); i += 100)
        fleet[i].state = fleet[i].state == u"running"_s ? u"stopped"_s : u"running"_s;
    return fleet;
}

/// The "before": InstanceFilterProxy as it was until issue 6 item 4, a QSortFilterProxyModel with the same
/// filter (here: the search terms only) and the same fast comparison. Kept only to measure against.
class QsfpmBaselineProxy final : public QSortFilterProxyModel
{
public:
    QsfpmBaselineProxy()
    {
        setSortRole(InstanceTableModel::SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setDynamicSortFilter(true);
    }
    void setSourceModel(QAbstractItemModel *model) override
    {
        m_table = qobject_cast<InstanceTableModel *>(model);
        QSortFilterProxyModel::setSourceModel(model);
    }
    void setSearchText(const QString &text)
    {
        m_terms.clear();
        for (const QString &term : text.simplified().split(QChar(u' '), Qt::SkipEmptyParts))
            m_terms.append(term.toLower().toUtf8());
        invalidate();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const QByteArrayView haystack = m_table->searchText(sourceRow);
        const std::string_view hay(haystack.data(), size_t(haystack.size()));
        for (const QByteArray &term : m_terms) {
            if (hay.find(std::string_view(term.constData(), size_t(term.size()))) == std::string_view::npos)
                return false;
        }
        return true;
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return m_table->compareRows(left.row(), right.row(), left.column(), Qt::CaseInsensitive) < 0;
    }

private:
    QList<QByteArray> m_terms;
    QPointer<InstanceTableModel> m_table;
};

/// A shown QTableView over an InstanceFilterProxy (or the baseline) over \a model, as the instance browser sets
/// it up: optionally sorted by launch time (newest first), a search term typed, no per-content column sizing.
template <typename Proxy = InstanceFilterProxy> struct BrowserView
{
    explicit BrowserView(InstanceTableModel *model, bool sorted, const QString &searchText)
    {
        proxy.setSourceModel(model);
        proxy.setSearchText(searchText);
        view.setModel(&proxy);
        view.setSortingEnabled(sorted);
        if (sorted)
            view.sortByColumn(InstanceTableModel::LaunchTimeColumn, Qt::DescendingOrder);
        InstanceBrowser::setUpView(&view); // the browser's delegate, row height and view settings
        view.resize(1280, 800);
        view.show();
        settle();
    }
    /// Delivers what a page left pending: the view's delayed layout, then the paint it asks for.
    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    Proxy proxy;
    QTableView view;
};

/// Arg 0 of the refresh benchmarks: 1 attaches the browser (sorted, a search term) to \a model.
std::unique_ptr<BrowserView<>> browserIfAsked(const benchmark::State &state, InstanceTableModel *model)
{
    return state.range(0) == 1 ? std::make_unique<BrowserView<>>(model, true, u"prod"_s) : nullptr;
}

void settle()
{
    BrowserView<>::settle();
}

std::unique_ptr<InstanceTableModel> loadedModel(const QList<StoredInstance> &fleet)
{
    auto model = std::make_unique<InstanceTableModel>();
    for (qsizetype first = 0; first < fleet.size(); first += pageSize)
        model->applyPage(account, fleet.mid(first, pageSize));
    return model;
}

const QList<StoredInstance> &fleet()
{
    static const QList<StoredInstance> all = fleetPage(0, fleetSize);
    return all;
}

/// This thread's CPU time: on a shared machine a stall's wall time also counts the time other processes ran.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// (a) A full refresh of 100,000 instances with 1% changed, applied as a diff (replaceAccount).
// Arg 0: the model alone; 1: with the proxy (sorted, search term) and a shown view attached, events included.
void BM_RefreshDiff(benchmark::State &state)
{
    const QList<StoredInstance> &base = fleet();
    const QList<StoredInstance> changed = withOnePercentChanged(base);
    auto model = loadedModel(base);
    const auto browser = browserIfAsked(state, model.get());
    int changes = 0;
    QObject::connect(model.get(), &QAbstractItemModel::dataChanged, model.get(), [&changes] { ++changes; });
    bool flip = false;
    for (auto _ : state) {
        model->replaceAccount(account, flip ? base : changed);
        if (browser)
            settle();
        flip = !flip;
    }
    state.counters["rows"] = model->rowCount();
    state.counters["dataChanged_per_apply"] = double(changes) / double(state.iterations());
}
BENCHMARK(BM_RefreshDiff)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// (a, the app's path) A refresh of 100,000 instances with 1% changed as the app applies it: per DescribeInstances
// page of 1,000 the registry merges, DiscoveryService emits pageMerged with the rows it found added or changed and
// instancesSeen with the ids of the unchanged rest (InstanceBrowser calls applyPage and markSeen, one event-loop
// turn each), then instancesRemoved (removeInstances: nothing is gone here) and, per region, healthUpdated
// (setHealth with the health that changed: the instances that started or stopped).
// Each page, and the health list, is deep-copied just before it is applied, untimed: like a freshly parsed
// response it shares no string with the model and is in the cache. Time: the model's calls only (manual time);
// cpu_ms: the same in thread CPU time; max_page_ms / max_page_cpu_ms: the longest single page, events included
// with Arg 1.
// Arg 0: the model alone; 1: with the proxy (sorted, search term) and a shown view attached, events included.
QString deepCopy(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

StoredInstance deepCopy(const StoredInstance &s)
{
    StoredInstance c = s;
    for (QString *text : { &c.accountId, &c.instanceId, &c.region, &c.availabilityZone, &c.state, &c.instanceType,
             &c.lifecycle, &c.privateIp, &c.publicIp, &c.name, &c.cluster, &c.health })
        *text = deepCopy(*text);
    c.tags.detach();
    for (Ec2Tag &tag : c.tags) {
        tag.key = deepCopy(tag.key);
        tag.value = deepCopy(tag.value);
    }
    return c;
}

void BM_RefreshAsDiscovery(benchmark::State &state)
{
    auto model = loadedModel(fleet());
    std::vector<QList<StoredInstance>> pages;
    QList<QPair<QString, QString>> health;
    for (int first = 0; first < fleetSize; first += pageSize) {
        pages.push_back(fleet().mid(first, pageSize));
        for (const StoredInstance &s : pages.back()) {
            if (s.state == u"running"_s)
                health.append({ s.instanceId, u"ok"_s });
        }
    }
    model->setHealth(account, health);
    const auto browser = browserIfAsked(state, model.get());
    int changes = 0;
    QObject::connect(model.get(), &QAbstractItemModel::dataChanged, model.get(), [&changes] { ++changes; });
    double maxPageMs = 0;
    double maxPageCpuMs = 0;
    double pagesMs = 0;
    double healthMs = 0;
    double cpuMs = 0;
    for (auto _ : state) {
        // Every 100th instance, scattered, starts or stops; the next iteration changes it back.
        for (QList<StoredInstance> &page : pages) {
            for (qsizetype i = 37; i < page.size(); i += 100)
                page[i].state = page[i].state == u"running"_s ? u"stopped"_s : u"running"_s;
        }
        double iterationMs = 0;
        for (const QList<StoredInstance> &page : pages) {
            // What DiscoveryService announces for a page the registry merged: pageMerged with the added and
            // changed rows (here the 1% that flipped), instancesSeen with the ids of the unchanged rest.
            QList<StoredInstance> parsed;
            QStringList seenIds;
            seenIds.reserve(page.size());
            for (qsizetype i = 0; i < page.size(); ++i) {
                if (i % 100 == 37)
                    parsed.append(deepCopy(page[i]));
                else
                    seenIds.append(deepCopy(page[i].instanceId));
            }
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            model->applyPage(account, parsed);
            model->markSeen(account, seenIds, page.constFirst().lastSeen);
            if (browser)
                settle();
            const double pageCpuMs = threadCpuMs() - cpuStart;
            cpuMs += pageCpuMs;
            maxPageCpuMs = std::max(maxPageCpuMs, pageCpuMs);
            const double ms = timer.nsecsElapsed() / 1e6;
            maxPageMs = std::max(maxPageMs, ms);
            pagesMs += ms;
            iterationMs += ms;
        }
        // healthUpdated carries the health the registry found changed: the instances that started or stopped.
        QList<QPair<QString, QString>> parsedHealth;
        for (const QList<StoredInstance> &page : pages) {
            for (qsizetype i = 37; i < page.size(); i += 100)
                parsedHealth.append(
                    { deepCopy(page[i].instanceId), page[i].state == u"running"_s ? u"ok"_s : QString() });
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        model->removeInstances(account, {});
        model->setHealth(account, parsedHealth);
        if (browser)
            settle();
        cpuMs += threadCpuMs() - cpuStart;
        const double ms = timer.nsecsElapsed() / 1e6;
        healthMs += ms;
        iterationMs += ms;
        state.SetIterationTime(iterationMs / 1e3);
    }
    state.counters["rows"] = model->rowCount();
    state.counters["dataChanged_per_refresh"] = double(changes) / double(state.iterations());
    state.counters["max_page_ms"] = maxPageMs;
    state.counters["max_page_cpu_ms"] = maxPageCpuMs;
    state.counters["pages_ms"] = pagesMs / double(state.iterations());
    state.counters["removal_and_health_ms"] = healthMs / double(state.iterations());
    state.counters["cpu_ms"] = cpuMs / double(state.iterations());
}
BENCHMARK(BM_RefreshAsDiscovery)->Arg(0)->Arg(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// Removing 1% of 100,000 instances, scattered (1,000 runs of one row), as instancesRemoved does after a refresh
// that found them gone; then putting them back. Arg 0: the model alone; 1: with the browser (sorted, a search
// term) attached, events included. Not a target of issue 6: it shows what each removal run costs the proxy.
void BM_RemoveScattered(benchmark::State &state)
{
    auto model = loadedModel(fleet());
    const auto browser = browserIfAsked(state, model.get());
    QStringList ids;
    QList<StoredInstance> gone;
    for (qsizetype i = 37; i < fleet().size(); i += 100) {
        ids.append(fleet()[i].instanceId);
        gone.append(fleet()[i]);
    }
    for (auto _ : state) {
        model->removeInstances(account, ids);
        if (browser)
            settle();
        state.PauseTiming();
        model->applyPage(account, gone);
        if (browser)
            settle();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_RemoveScattered)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// (a, floor) Reading the refresh's input once: every string of every instance, as any diff must to see what
// changed. The input is ~140 MB of separately allocated strings, so this is memory-bound.
void BM_RefreshInputFloor(benchmark::State &state)
{
    const QList<StoredInstance> &base = fleet();
    const QList<StoredInstance> changed = withOnePercentChanged(base);
    bool flip = false;
    for (auto _ : state) {
        quint64 sum = 0;
        const auto touch = [&sum](const QString &text) {
            for (const QChar c : text)
                sum += c.unicode();
        };
        for (const StoredInstance &s : flip ? base : changed) {
            for (const QString *text : { &s.instanceId, &s.region, &s.availabilityZone, &s.state, &s.instanceType,
                     &s.lifecycle, &s.privateIp, &s.publicIp, &s.name, &s.cluster })
                touch(*text);
            for (const Ec2Tag &tag : s.tags) {
                touch(tag.key);
                touch(tag.value);
            }
        }
        benchmark::DoNotOptimize(sum);
        flip = !flip;
    }
}
BENCHMARK(BM_RefreshInputFloor)->Unit(benchmark::kMillisecond);

// (a') The same change delivered as DiscoveryService can from InstanceMergeResult: only the 1,000 changed ones.
void BM_RefreshChangedOnly(benchmark::State &state)
{
    const QList<StoredInstance> &base = fleet();
    const QList<StoredInstance> changed = withOnePercentChanged(base);
    QList<StoredInstance> changedOnly;
    QList<StoredInstance> changedBack;
    for (qsizetype i = 37; i < base.size(); i += 100) {
        changedOnly.append(changed[i]);
        changedBack.append(base[i]);
    }
    auto model = loadedModel(base);
    const auto browser = browserIfAsked(state, model.get());
    bool flip = false;
    for (auto _ : state) {
        model->applyPage(account, flip ? changedBack : changedOnly);
        if (browser)
            settle();
        flip = !flip;
    }
}
BENCHMARK(BM_RefreshChangedOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// How a stream's stalls are measured (BM_StreamIntoView, BM_StreamOrganization). A page arrives in one event-loop
// turn (the turn that delivers DiscoveryService's signal: the model's applyPage() call, which with a slice budget
// applies the first slice at once and queues the rest); then the event loop runs one pass at a time
// (QCoreApplication::processEvents(): posted events, among them the model's next slice and the view's paint, and
// timers, among them the view's delayed layout) until the model has applied everything and two more passes found
// nothing of it left. Each of these is a turn: a stretch the main thread does not get back to input. Per page
// and run: its longest turn, wall and thread CPU, and the CPU of all its turns (the page's whole work).
struct PageTurns
{
    std::vector<double> maxWallMs; ///< one per run
    std::vector<double> maxCpuMs;
    std::vector<double> workCpuMs;
    int turns = 0; ///< of the last run
};

template <typename Deliver> void streamPage(const InstanceTableModel &model, Deliver deliver, PageTurns &page)
{
    double maxWall = 0;
    double maxCpu = 0;
    double workCpu = 0;
    int turns = 0;
    const auto turn = [&](auto &&work) {
        QElapsedTimer wall;
        wall.start();
        const double cpuStart = threadCpuMs();
        work();
        const double cpu = threadCpuMs() - cpuStart;
        maxWall = std::max(maxWall, wall.nsecsElapsed() / 1e6);
        maxCpu = std::max(maxCpu, cpu);
        workCpu += cpu;
        ++turns;
        if (qEnvironmentVariableIsSet("ONRAMP_BENCH_PRINT_TURNS"))
            std::fprintf(stderr, "  turn %d: %.2f ms cpu %.2f\n", turns, wall.nsecsElapsed() / 1e6, cpu);
    };
    turn(deliver);
    for (int quiet = 0; quiet < 2;) {
        if (!model.hasPendingChanges())
            ++quiet;
        turn([] { QCoreApplication::processEvents(); });
    }
    page.maxWallMs.push_back(maxWall);
    page.maxCpuMs.push_back(maxCpu);
    page.workCpuMs.push_back(workCpu);
    page.turns = turns;
    if (qEnvironmentVariableIsSet("ONRAMP_BENCH_PRINT_STALLS"))
        std::fprintf(stderr, "rows %d: %d turns, longest %.2f ms (cpu %.2f ms), page work cpu %.2f ms\n",
            model.rowCount(), turns, maxWall, maxCpu, workCpu);
}

/// The counters of a stream: on a shared machine a run also counts the time the scheduler gave other processes,
/// so each page's figure is its median over the runs. max_stall_ms / max_stall_cpu_ms: the longest turn (of the
/// medians, wall / thread CPU); p50 / p95 over the pages; max_stall_raw_ms / max_stall_cpu_raw_ms: the longest
/// single observation; max_page_work_cpu_ms: the largest page's whole work (what one turn did without slices);
/// turns_per_page: the mean.
void reportStalls(benchmark::State &state, const std::vector<PageTurns> &pages)
{
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    std::vector<double> wall;
    std::vector<double> cpu;
    double maxRawWall = 0;
    double maxRawCpu = 0;
    double maxWork = 0;
    double turns = 0;
    for (const PageTurns &page : pages) {
        wall.push_back(median(page.maxWallMs));
        cpu.push_back(median(page.maxCpuMs));
        maxWork = std::max(maxWork, median(page.workCpuMs));
        maxRawWall = std::max(maxRawWall, *std::max_element(page.maxWallMs.cbegin(), page.maxWallMs.cend()));
        maxRawCpu = std::max(maxRawCpu, *std::max_element(page.maxCpuMs.cbegin(), page.maxCpuMs.cend()));
        turns += page.turns;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    state.counters["pages"] = double(pages.size());
    state.counters["p50_stall_ms"] = wall[wall.size() / 2];
    state.counters["p95_stall_ms"] = wall[wall.size() * 95 / 100];
    state.counters["max_stall_ms"] = wall.back();
    state.counters["p95_stall_cpu_ms"] = cpu[cpu.size() * 95 / 100];
    state.counters["max_stall_cpu_ms"] = cpu.back();
    state.counters["max_stall_raw_ms"] = maxRawWall;
    state.counters["max_stall_cpu_raw_ms"] = maxRawCpu;
    state.counters["max_page_work_cpu_ms"] = maxWork;
    state.counters["turns_per_page"] = turns / double(pages.size());
}

/// Arg "sliced": 1 sets InstanceTableModel::DefaultSliceBudget, as InstanceBrowser does; 0 applies each page whole
/// in the turn it arrives (the model until issue 16 item 4: the "before").
void setSlicing(InstanceTableModel &model, const benchmark::State &state, int arg)
{
    model.setSliceBudget(state.range(arg) == 1 ? InstanceTableModel::DefaultSliceBudget : std::chrono::microseconds(0));
}

// (b) Streaming 100,000 instances in 1,000-row pages into model + proxy + shown view, three times (the
// QSortFilterProxyModel baseline once), turns measured as above.
// Args: sorted by launch time (0/1), search term set (0/1), proxy (0: InstanceFilterProxy, 1: the
// QSortFilterProxyModel baseline), sliced (0/1), qttext (0: the browser's InstanceStateDelegate, text from its
// CellTextCache; 1: the same delegate with setTextFromCache(false), the style's own text drawing: the "before").
template <typename Proxy> void streamIntoView(benchmark::State &state)
{
    const bool sorted = state.range(0) == 1;
    const QString searchText = state.range(1) == 1 ? u"prod"_s : QString();
    double totalMs = 0;
    std::vector<PageTurns> turns(fleetSize / pageSize);
    int shown = 0;
    std::vector<QList<StoredInstance>> pages;
    for (int first = 0; first < fleetSize; first += pageSize)
        pages.push_back(fleet().mid(first, pageSize));
    for (auto _ : state) {
        InstanceTableModel model;
        setSlicing(model, state, 3);
        BrowserView<Proxy> browser(&model, sorted, searchText);
        if (state.range(4) == 1) // the style's own text drawing, shaping every visible cell on every paint
            qobject_cast<InstanceStateDelegate *>(browser.view.itemDelegate())->setTextFromCache(false);
        QElapsedTimer total;
        total.start();
        for (size_t i = 0; i < pages.size(); ++i)
            streamPage(
                model, [&] { model.applyPage(account, pages[i]); }, turns[i]);
        totalMs = total.nsecsElapsed() / 1e6;
        state.SetIterationTime(totalMs / 1e3);
        shown = browser.proxy.rowCount();
        if (model.rowCount() != fleetSize)
            state.SkipWithError("not every instance arrived");
    }
    reportStalls(state, turns);
    state.counters["total_ms"] = totalMs;
    state.counters["rows_shown"] = shown;
}

void BM_StreamIntoView(benchmark::State &state)
{
    if (state.range(2) == 1)
        streamIntoView<QsfpmBaselineProxy>(state);
    else
        streamIntoView<InstanceFilterProxy>(state);
}
BENCHMARK(BM_StreamIntoView)
    ->ArgNames({ "sorted", "filtered", "qsfpm", "sliced", "qttext" })
    ->Args({ 0, 0, 0, 1, 0 })
    ->Args({ 1, 0, 0, 1, 0 })
    ->Args({ 1, 1, 0, 1, 0 })
    ->Args({ 0, 1, 0, 1, 0 })
    ->Args({ 0, 0, 0, 1, 1 })
    ->Args({ 1, 0, 0, 1, 1 })
    ->Args({ 1, 1, 0, 1, 1 })
    ->Args({ 0, 0, 0, 0, 0 })
    ->Args({ 1, 0, 0, 0, 0 })
    ->Args({ 1, 1, 0, 0, 0 })
    ->UseManualTime()
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond);
// The QSortFilterProxyModel baseline once, whole pages: sorted, it takes several seconds a run, and its stalls are
// many times the target anyway.
BENCHMARK(BM_StreamIntoView)
    ->ArgNames({ "sorted", "filtered", "qsfpm", "sliced", "qttext" })
    ->Args({ 0, 0, 1, 0, 0 })
    ->Args({ 1, 0, 1, 0, 0 })
    ->Args({ 1, 1, 1, 0, 0 })
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// (b') An organization reporting in: 100 accounts, 10,000 instances (account k holds 1/(k+1) of them, Zipf, as in
// bench/e2e/orgfleet.py; within an account half in one region and the rest over 16 others), arriving as the
// organization's discovery delivers them: one page per account-region with instances, the accounts interleaved
// (the scheduler gives them turns), each page followed by its region's health in the same turn. Into model +
// proxy + shown view, sorted by launch time (arg "sorted") or not, sliced or not (arg "sliced"). Turns and counters
// as for BM_StreamIntoView (median per page of 3 runs).
void BM_StreamOrganization(benchmark::State &state)
{
    constexpr int accounts = 100;
    constexpr int total = 10'000;
    static const std::array<int, 16> weights { 9, 1, 16, 2, 12, 3, 1, 7, 1, 2, 5, 1, 6, 4, 2, 1 };
    struct Page
    {
        QString account;
        QList<StoredInstance> rows;
        QList<QPair<QString, QString>> health;
    };
    std::vector<std::vector<Page>> perAccount(accounts);
    double harmonic = 0;
    for (int k = 0; k < accounts; ++k)
        harmonic += 1.0 / (k + 1);
    int next = 0;
    for (int k = 0; k < accounts; ++k) {
        const QString id = u"0rg-member-%1"_s.arg(k, 4, 10, QLatin1Char('0'));
        const int size = k == accounts - 1 ? total - next : int(total / harmonic / (k + 1));
        QList<int> split { size - size / 2 };
        const int wsum = std::accumulate(weights.cbegin(), weights.cend(), 0);
        for (int w : weights)
            split.append(size / 2 * w / wsum);
        split[1] += size - std::accumulate(split.cbegin(), split.cend(), 0);
        for (int r = 0; r < split.size(); ++r) {
            if (split[r] == 0)
                continue;
            Page page { id, fleetPage(next, split[r]), {} };
            next += split[r];
            for (StoredInstance &i : page.rows) {
                i.accountId = id;
                page.health.append({ i.instanceId, u"ok"_s });
            }
            perAccount[size_t(k)].push_back(std::move(page));
        }
    }
    std::vector<const Page *> order; // round-robin over the accounts, as they report in
    size_t mostPages = 0;
    for (const auto &pages : perAccount)
        mostPages = std::max(mostPages, pages.size());
    for (size_t round = 0; round < mostPages; ++round) {
        for (const auto &pages : perAccount) {
            if (round < pages.size())
                order.push_back(&pages[round]);
        }
    }
    const bool sorted = state.range(0) == 1;
    std::vector<PageTurns> turns(order.size());
    double totalMs = 0;
    for (auto _ : state) {
        InstanceTableModel model;
        setSlicing(model, state, 1);
        BrowserView<InstanceFilterProxy> browser(&model, sorted, QString());
        QElapsedTimer clock;
        clock.start();
        for (size_t i = 0; i < order.size(); ++i) {
            streamPage(
                model,
                [&] {
                    model.applyPage(order[i]->account, order[i]->rows);
                    model.setHealth(order[i]->account, order[i]->health);
                },
                turns[i]);
        }
        totalMs = clock.nsecsElapsed() / 1e6;
        state.SetIterationTime(totalMs / 1e3);
        if (model.rowCount() != total)
            state.SkipWithError("not every instance arrived");
    }
    reportStalls(state, turns);
    state.counters["total_ms"] = totalMs;
}
BENCHMARK(BM_StreamOrganization)
    ->ArgNames({ "sorted", "sliced" })
    ->Args({ 0, 1 })
    ->Args({ 1, 1 })
    ->Args({ 0, 0 })
    ->Args({ 1, 0 })
    ->UseManualTime()
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond);

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// (c) Heap bytes per instance held by the model (rows, string pool, hash, search haystacks), measured with
// mallinfo2 around loading the fleet page by page; each page is generated and dropped inside the window, so
// strings the model shares with its input are counted once, as the model's.
void BM_BytesPerInstance(benchmark::State &state)
{
    double perInstance = 0;
    for (auto _ : state) {
        malloc_trim(0);
        const size_t before = heapInUse();
        auto model = std::make_unique<InstanceTableModel>();
        for (int first = 0; first < fleetSize; first += pageSize)
            model->applyPage(account, fleetPage(first, pageSize));
        const size_t after = heapInUse();
        perInstance = double(after - before) / fleetSize;
        benchmark::DoNotOptimize(model->rowCount());
        state.counters["search_text_bytes"] = [&model] {
            qsizetype bytes = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                bytes += model->searchText(row).size();
            return double(bytes) / model->rowCount();
        }();
        state.counters["interned_strings"] = model->internedStringCount();
    }
    state.counters["bytes_per_instance"] = perInstance;
}
BENCHMARK(BM_BytesPerInstance)->Iterations(1)->Unit(benchmark::kMillisecond);

// Filtering 100,000 rows by a 3-letter term. Arg 0: an unsorted proxy without a view; 1: sorted by launch time
// with a shown view, events included. Arg 1: 0 alternates "pay" and "ord" (a few thousand rows each), 1
// alternates no term and "pay" (typing the first letters with all 100,000 rows shown, then clearing).
void BM_FilterTerm(benchmark::State &state)
{
    auto model = loadedModel(fleet());
    std::unique_ptr<BrowserView<>> browser;
    InstanceFilterProxy bare;
    InstanceFilterProxy *proxy = &bare;
    if (state.range(0) == 1) {
        browser = std::make_unique<BrowserView<>>(model.get(), true, QString());
        proxy = &browser->proxy;
    } else {
        bare.setSourceModel(model.get());
        benchmark::DoNotOptimize(bare.rowCount());
    }
    const std::array terms
        = state.range(1) == 0 ? std::array { u"pay"_s, u"ord"_s } : std::array { QString(), u"pay"_s };
    int i = 0;
    for (auto _ : state) {
        proxy->setSearchText(terms[size_t(i++ % 2)]);
        if (browser)
            settle();
        benchmark::DoNotOptimize(proxy->rowCount());
    }
}
BENCHMARK(BM_FilterTerm)->Args({ 0, 0 })->Args({ 0, 1 })->Args({ 1, 0 })->Args({ 1, 1 })->Unit(benchmark::kMillisecond);

// The floor of filtering: the same substring search over the 100,000 haystacks, without the proxy.
void BM_FilterFloor(benchmark::State &state)
{
    auto model = loadedModel(fleet());
    const std::string_view term = "pay";
    int matches = 0;
    for (auto _ : state) {
        matches = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QByteArrayView text = model->searchText(row);
            matches += std::string_view(text.data(), size_t(text.size())).find(term) != std::string_view::npos;
        }
        benchmark::DoNotOptimize(matches);
    }
    state.counters["matches"] = matches;
}
BENCHMARK(BM_FilterFloor)->Unit(benchmark::kMillisecond);

// Sorting 100,000 rows by launch time (a click on the header), through SortRole.
void BM_SortByLaunchTime(benchmark::State &state)
{
    auto model = loadedModel(fleet());
    InstanceFilterProxy proxy;
    proxy.setSourceModel(model.get());
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        proxy.sort(InstanceTableModel::LaunchTimeColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_SortByLaunchTime)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
