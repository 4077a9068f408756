// DiscoveryService: regions fan-out, paginated instance listing, health, status.
#include "models/discoveryservice.h"

#include "aws/awspartition.h"
#include "aws/ec2client.h"
#include "aws/httpclient.h"
#include "aws/rdsclient.h"
#include "models/awsclients.h"
#include "models/discoveryruncontext.h"
#include "models/inlinepagestore.h"
#include "models/logging.h"
#include "models/registry.h"
#include "models/shardedpagestore.h"
#include "models/threadedpagestore.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QSet>

namespace {
/// Where a region's two listings (instances, health) stand.
struct RegionState
{
    bool instancesDone = false;
    bool statusStarted = false;
    bool statusDone = false;
    int instances = 0; ///< listed so far
    QString error;
    QList<QPair<QString, QString>> health;
    /// The health listed so far by instance id (the last listed wins): a page stored after it stores it too.
    QHash<QString, QString> healthById;
    bool ec2Finished = false; ///< the EC2 listing is complete and announced (or failed: ec2Error)
    QString ec2Error;
    bool databasesFinished = false; ///< the database listing is stored and announced, failed or denied
};
} // namespace

struct DiscoveryService::Run
{
    Account account;
    CredentialsProviderPtr credentials;
    /// Dies with the run: late callbacks and deferred work drop.
    std::unique_ptr<DiscoveryRunContext> context = std::make_unique<DiscoveryRunContext>();
    QElapsedTimer clock;
    QTimer slowTimer;
    QDateTime seenAt;
    QStringList queue;
    int inFlight = 0;
    int regionsTotal = 0;
    int regionsDone = 0;
    int instancesSoFar = 0;
    int databasesSoFar = 0;
    int databaseRegionsListed = 0;
    QStringList databaseDeniedRegions;
    QHash<QString, QString> databaseErrors;
    QHash<QString, QString> regionErrors;
    QString firstError;
    quint64 serial = 0; ///< tells this run from a later one of the same account
    /// The region listed beside DescribeRegions (the account's home region), or empty.
    QString homeRegion;
    bool regionsKnown = false; ///< DescribeRegions answered (storing waits for it)
    bool awaitingVerify = false; ///< startHeld() and not released yet: nothing stored, counted or announced
    bool dropping = false; ///< DescribeRegions failed: what the home region still lists is not stored
    std::deque<std::function<void()>> held; ///< whenStorable() work waiting, in order
    bool storable() const { return regionsKnown && !awaitingVerify; }
};

namespace {
/// "AccessDenied: missing ec2:DescribeInstances" for a denial, "Code: message" otherwise.
QString describeFailure(const AwsError &e, const char *iamAction)
{
    if (e.kind == AwsError::Kind::AccessDenied)
        return QStringLiteral("AccessDenied: ")
            + QCoreApplication::translate("DiscoveryService", "missing %1").arg(QLatin1StringView(iamAction));
    if (!e.code.isEmpty())
        return e.code + QStringLiteral(": ") + e.message;
    return e.message;
}
} // namespace

DiscoveryService::DiscoveryService(Registry *registry, AwsClients *aws, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_aws(aws)
{
    qRegisterMetaType<DiscoveryProgress>();
    qRegisterMetaType<DiscoveryResult>();
    // Pages are stored on a writer thread through a connection of its own to the same database, as the same
    // console user (an SQLite file, or the team database: the same role, row-level security alike), so that this
    // thread, which handles the replies and sends the next requests, never waits for the database. An in-memory
    // database (a second connection would open another database) is stored through this thread's registry.
    const QString where = registry ? registry->location() : QString();
    if (registry && !where.isEmpty() && where != QLatin1StringView(":memory:")
        && qEnvironmentVariable("ONRAMP_DISCOVERY_WRITER_THREAD") != QLatin1StringView("0")) {
        // Team mode: kTeamWriters writers, regions split between them (the server merges on as many backends at
        // once; one connection waits for every statement in turn). SQLite has one writer at a time whatever we do.
        // ONRAMP_TEAM_WRITERS (1-4) overrides it, for measuring.
        bool set = false;
        const int wanted = qEnvironmentVariableIntValue("ONRAMP_TEAM_WRITERS", &set);
        const int writers = registry->isTeamMode() ? (set ? qBound(1, wanted, 4) : kTeamWriters) : 1;
        if (writers == 1) {
            m_store = std::make_unique<ThreadedPageStore>(*registry);
        } else {
            std::vector<std::unique_ptr<PageStore>> shards;
            for (int i = 0; i < writers; ++i)
                shards.push_back(std::make_unique<ThreadedPageStore>(*registry));
            m_store = std::make_unique<ShardedPageStore>(std::move(shards));
        }
    } else
        m_store = std::make_unique<InlinePageStore>(registry);
}

DiscoveryService::~DiscoveryService()
{
    qDeleteAll(m_runs);
    qDeleteAll(m_retiredRuns);
    m_store.reset(); // after the runs: the writer thread's queued work is dropped, its connection closed
}

DiscoveryService::Run *DiscoveryService::liveRun(const QString &accountId, quint64 serial) const
{
    Run *run = m_runs.value(accountId);
    return run && run->serial == serial ? run : nullptr;
}

bool DiscoveryService::isRunning(const QString &accountId) const
{
    const Run *run = m_runs.value(accountId);
    return run && !run->awaitingVerify;
}

void DiscoveryService::stop(const QString &accountId)
{
    delete m_runs.take(accountId);
    delete m_refreshTimers.take(accountId);
}

void DiscoveryService::start(const Account &account, CredentialsProviderPtr credentials)
{
    // A discovery running (an organization's members) has the connections open already.
    const bool alone = m_runs.isEmpty() || (m_runs.size() == 1 && m_runs.contains(account.id));
    begin(account, std::move(credentials), false);
    if (alone)
        preconnect(account);
}

void DiscoveryService::preconnect(const Account &account)
{
    const QString home = homeRegionOf(account);
    QList<QUrl> urls;
    for (const QString &region : partitionOfRegion(home).regionsEnabledByDefault()) {
        if (region != home && (m_regionFilter.isEmpty() || m_regionFilter.contains(region)))
            urls += listingEndpoints(region);
    }
    m_aws->http()->preconnect(urls);
}

QList<QUrl> DiscoveryService::homeRegionEndpoints(const Account &account) const
{
    const QString home = homeRegionOf(account);
    QList<QUrl> urls { m_aws->endpoints().ec2Url(home) }; // DescribeRegions
    if (m_regionFilter.isEmpty() || m_regionFilter.contains(home))
        urls += listingEndpoints(home);
    return urls;
}

QList<QUrl> DiscoveryService::listingEndpoints(const QString &region) const
{
    const AwsEndpoints &endpoints = m_aws->endpoints();
    return { endpoints.ec2Url(region), endpoints.ec2Url(region), endpoints.rdsUrl(region) };
}

QString DiscoveryService::homeRegionOf(const Account &account) const
{
    return account.region.isEmpty() ? m_aws->homeRegion() : account.region;
}

void DiscoveryService::startHeld(const Account &account, CredentialsProviderPtr credentials)
{
    begin(account, std::move(credentials), true);
}

bool DiscoveryService::release(const QString &heldId, const Account &account)
{
    Run *run = m_runs.value(heldId);
    if (!run || !run->awaitingVerify)
        return false;
    if (account.id != heldId) {
        stopHeld(heldId);
        return false;
    }
    run->account = account;
    run->awaitingVerify = false;
    qCInfo(lcModels).noquote() << "discovery released for" << account.id;
    Q_EMIT started(account.id);
    emitProgress(run);
    storeHeld(run);
    return true;
}

void DiscoveryService::stopHeld(const QString &accountId)
{
    if (Run *run = m_runs.value(accountId); run && run->awaitingVerify)
        delete m_runs.take(accountId);
}

void DiscoveryService::whenStorable(Run *run, std::function<void()> work)
{
    if (run->dropping)
        return;
    if (!run->storable()) {
        run->held.push_back(std::move(work));
        return;
    }
    work();
}

void DiscoveryService::storeHeld(Run *run)
{
    // A task may complete the run (retiring it, deleted later from the event loop): nothing is held after that.
    while (run->storable() && !run->held.empty()) {
        std::function<void()> work = std::move(run->held.front());
        run->held.pop_front();
        work();
    }
}

void DiscoveryService::begin(const Account &account, CredentialsProviderPtr credentials, bool held)
{
    delete m_runs.take(account.id);
    auto *run = new Run;
    run->awaitingVerify = held;
    run->serial = ++m_nextSerial;
    run->account = account;
    run->credentials = std::move(credentials);
    run->clock.start();
    // Millisecond precision is what the registry stores; "seen before this run" must compare exactly.
    run->seenAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    run->slowTimer.setSingleShot(true);
    connect(&run->slowTimer, &QTimer::timeout, this, [this, id = account.id] { Q_EMIT slow(id); });
    run->slowTimer.start(m_slowMs);
    m_runs.insert(account.id, run);
    qCInfo(lcModels).noquote() << "discovery started for" << account.id << (held ? "(held until verified)" : "");
    if (!held) {
        Q_EMIT started(account.id);
        emitProgress(run);
    }

    // Storing waits for the region list and, for a held run, for the verification: the store gets ready meanwhile.
    m_store->prepare(run->serial);
    const QString home = homeRegionOf(account);
    m_aws->ec2()->describeRegions(home, run->credentials, run->context.get(),
        [this, run](const Result<QList<Ec2Region>> &regions) { onRegions(run, regions); });
    // The home region is where the role is used (its STS answered): surely enabled. Its chain is the longest more
    // often than not, so it starts now rather than one round trip later; DescribeRegions will not start it twice.
    if (m_regionFilter.isEmpty() || m_regionFilter.contains(home)) {
        run->homeRegion = home;
        ++run->inFlight;
        discoverRegion(run, home);
    }
}

void DiscoveryService::onRegions(Run *run, const Result<QList<Ec2Region>> &regions)
{
    run->regionsKnown = true;
    if (!regions) {
        // Without the region list nothing is stored, the home region's pages included (as before they were
        // listed beside it): the account fails with DescribeRegions' error.
        run->firstError = describeFailure(regions.error(), "ec2:DescribeRegions");
        run->held.clear();
        run->dropping = true;
        run->regionsTotal = 0;
        run->regionsDone = 0;
        if (run->awaitingVerify)
            run->held.push_back([this, run] { complete(run); });
        else
            complete(run);
        return;
    }
    for (const Ec2Region &r : *regions) {
        if (r.optInStatus == QLatin1StringView("not-opted-in") || r.name == run->homeRegion)
            continue;
        if (!m_regionFilter.isEmpty() && !m_regionFilter.contains(r.name))
            continue;
        run->queue.append(r.name);
    }
    run->regionsTotal = int(run->queue.size()) + (run->homeRegion.isEmpty() ? 0 : 1);
    emitProgress(run);
    if (run->regionsTotal == 0) {
        whenStorable(run, [this, run] { complete(run); });
        return;
    }
    pumpRegions(run);
    storeHeld(run);
}

void DiscoveryService::pumpRegions(Run *run)
{
    while (run->inFlight < m_maxConcurrent && !run->queue.isEmpty()) {
        ++run->inFlight;
        discoverRegion(run, run->queue.takeFirst());
    }
}

void DiscoveryService::discoverRegion(Run *run, const QString &region)
{
    // The region's pages form a chain (each needs the previous page's NextToken): storing a page must not delay
    // the next page's request (the page store defers it or hands it to another thread). Health
    // (DescribeInstanceStatus) is listed at the same time, not after the listing: it does not lengthen the
    // region's chain. Pages are stored, and the region completed (both listings done), in arrival order; the
    // results are announced only while this run is the account's live one.
    const PageListing listing { run->account.id, region, run->seenAt, run->serial, ResourceKind::Ec2 };
    auto state = std::make_shared<RegionState>();
    // The region is done when both its EC2 side (instances and health) and its databases are.
    auto regionFinished = [this, listing, state] {
        if (!state->ec2Finished || !state->databasesFinished)
            return;
        if (Run *live = liveRun(listing.accountId, listing.run))
            whenStorable(live, [this, live, listing, state] { regionDone(live, listing.region, state->ec2Error); });
    };
    auto ec2Finished = [state, regionFinished](const QString &error) {
        state->ec2Finished = true;
        state->ec2Error = error;
        regionFinished();
    };
    auto finishRegion = [this, run, listing, state, ec2Finished] {
        if (!state->instancesDone || !state->statusDone)
            return;
        if (!state->error.isEmpty()) {
            ec2Finished(state->error);
            return;
        }
        if (run->regionErrors.contains(listing.region)) {
            ec2Finished(run->regionErrors.value(listing.region));
            return;
        }
        whenStorable(run, [this, listing, state, ec2Finished] {
            m_store->completeRegion(
                listing, std::move(state->health), [this, listing, ec2Finished](const RegionCompletion &done) {
                    if (Run *live = liveRun(listing.accountId, listing.run))
                        ec2Finished(announceRegion(
                            live, listing.region, listing.accountId, done.removedIds, done.changedHealth));
                });
        });
    };
    auto listHealth = [this, run, listing, state, finishRegion] {
        if (std::exchange(state->statusStarted, true))
            return;
        m_aws->ec2()->describeInstanceStatus(
            listing.region, run->credentials, run->context.get(),
            [this, run, listing, state](const Ec2InstanceStatusPage &page) {
                const qsizetype from = state->health.size();
                for (const Ec2InstanceStatus &s : page.statuses) {
                    QString h = s.instanceStatus;
                    if (s.systemStatus == QLatin1StringView("impaired"))
                        h = s.systemStatus;
                    state->health.append({ s.instanceId, h });
                    state->healthById.insert(s.instanceId, h);
                }
                // The health of instances whose pages went to the store before this page came is stored now, while
                // the store waits for the next page, not by the region's completion: that is the last step of a
                // discovery's critical path (a first verify's home region: up to 3,000 pairs, 16.5 ms, after its
                // last page). Health of instances not stored yet goes with their pages. (SQLite: PageStore::
                // storeHealth().)
                if (state->instances > 0 && state->health.size() > from) {
                    whenStorable(
                        run, [this, context = run->context.get(), listing, health = state->health.mid(from)]() mutable {
                            m_store->storeHealth(context, listing, std::move(health));
                        });
                }
            },
            [run, region = listing.region, state, finishRegion](const Result<int> &statusDone) {
                // Health is a bonus: without ec2:DescribeInstanceStatus the instances still count (what the pages
                // and storeHealth() stored of it is kept).
                if (!statusDone) {
                    qCInfo(lcModels).noquote() << "no health for" << region << statusDone.error().toString();
                    state->health.clear();
                    state->healthById.clear();
                }
                run->context->defer([state, finishRegion] {
                    state->statusDone = true;
                    finishRegion();
                });
            });
    };
    // Health alongside the listing costs no round trip. But when requests already wait for a slot of the HTTP
    // scheduler (many accounts at once: throughput, not round trips, sets the pace), it waits until the listing shows
    // the region has instances: an empty region — most of an organization's — then costs one request, not two.
    const bool healthWhenListed = m_aws->http()->scheduler().queued() > 0;
    if (!healthWhenListed)
        listHealth();
    auto onPage = [this, run, listing, state, listHealth](const Ec2InstancePage &page) {
        state->instances += int(page.instances.size());
        if (!page.instances.isEmpty())
            listHealth();
        // The health already listed for this page's instances goes with it: a new instance is stored with its
        // health once, not stored and then rewritten by the region's completion.
        QHash<QString, QString> health;
        if (!state->healthById.isEmpty()) {
            for (const Ec2Instance &instance : page.instances) {
                if (const auto it = state->healthById.constFind(instance.instanceId); it != state->healthById.cend())
                    health.insert(instance.instanceId, *it);
            }
        }
        whenStorable(run, [this, context = run->context.get(), listing, page, health = std::move(health)] {
            m_store->storePage(context, listing, page, health,
                [this, listing](const Ec2InstancePage &stored, const Result<InstanceMergeResult> &merged) {
                    if (Run *live = liveRun(listing.accountId, listing.run))
                        pageStored(live, listing.region, listing.accountId, stored, merged);
                });
        });
    };
    auto onDone = [run, state, finishRegion, listHealth](const Result<int> &done) {
        if (done && state->instances > 0)
            listHealth(); // (started already by the first page with instances)
        const bool noHealthNeeded = !state->statusStarted; // listing failed, or the region has no instances
        run->context->defer([state, finishRegion, noHealthNeeded,
                                error = done ? QString() : describeFailure(done.error(), "ec2:DescribeInstances")] {
            state->instancesDone = true;
            if (noHealthNeeded)
                state->statusDone = true;
            state->error = error;
            finishRegion();
        });
    };
    m_aws->ec2()->describeInstances(region, run->credentials, run->context.get(), onPage, onDone);
    discoverDatabases(run, region, [state, regionFinished] {
        state->databasesFinished = true;
        regionFinished();
    });
}

void DiscoveryService::discoverDatabases(Run *run, const QString &region, std::function<void()> finished)
{
    // A chain of its own beside the region's instances (one more round trip per page, not after them). Optional:
    // a denial (a role from a template older than RDS discovery, an SCP) or a failure here is recorded for the
    // account's database access and never fails the region or the account.
    const PageListing listing { run->account.id, region, run->seenAt, run->serial, ResourceKind::Rds };
    if (!m_aws->rds()) {
        run->context->defer(std::move(finished));
        return;
    }
    auto onPage = [this, run, listing](const RdsDbInstancePage &page) {
        whenStorable(run, [this, context = run->context.get(), listing, page] {
            m_store->storeDatabasePage(context, listing, page,
                [this, listing](const RdsDbInstancePage &stored, const Result<InstanceMergeResult> &merged) {
                    if (Run *live = liveRun(listing.accountId, listing.run))
                        databasePageStored(live, listing.region, listing.accountId, stored, merged);
                });
        });
    };
    auto onDone = [this, run, listing, finished = std::move(finished)](const Result<int> &done) {
        // Deferred: after the pages' own deferred stores (InlinePageStore), as for instances.
        run->context->defer([this, run, listing, finished, done] {
            if (!done) {
                if (done.error().kind == AwsError::Kind::AccessDenied)
                    run->databaseDeniedRegions << listing.region;
                else
                    run->databaseErrors.insert(
                        listing.region, describeFailure(done.error(), "rds:DescribeDBInstances"));
                qCInfo(lcModels).noquote() << "no databases for" << listing.region << done.error().toString();
                finished(); // nothing is marked deleted: the listing is not complete
                return;
            }
            ++run->databaseRegionsListed;
            whenStorable(run, [this, listing, finished] {
                m_store->completeDatabases(listing, [this, listing, finished](const QList<StoredInstance> &deleted) {
                    if (!liveRun(listing.accountId, listing.run))
                        return;
                    if (!deleted.isEmpty())
                        Q_EMIT pageMerged(listing.accountId, listing.region, deleted);
                    finished();
                });
            });
        });
    };
    m_aws->rds()->describeDbInstances(region, run->credentials, run->context.get(), onPage, onDone);
}

void DiscoveryService::databasePageStored(Run *run, const QString &region, const QString &accountId,
    const RdsDbInstancePage &page, const Result<InstanceMergeResult> &merged)
{
    if (!merged) {
        qCWarning(lcModels).noquote() << "storing a database page failed:" << merged.error().toString();
        run->databaseErrors.insert(region, merged.error().message);
        return;
    }
    run->databasesSoFar += merged->added + merged->changed + merged->unchanged;
    static const QMetaMethod pageMergedSignal = QMetaMethod::fromSignal(&DiscoveryService::pageMerged);
    if (isSignalConnected(pageMergedSignal)) {
        QSet<QString> news;
        for (const QString &key : merged->addedIds)
            news.insert(key);
        for (const QString &key : merged->changedIds)
            news.insert(key);
        QList<StoredInstance> rows;
        QStringList unchanged;
        QSet<QString> done;
        for (const RdsDbInstance &d : page.databases) {
            StoredInstance s = StoredInstance::fromRds(accountId, region, d, run->seenAt);
            if (d.identifier.isEmpty() || done.contains(s.resourceId))
                continue;
            done.insert(s.resourceId);
            if (news.contains(s.resourceId))
                rows.append(std::move(s));
            else
                unchanged.append(s.resourceId);
        }
        if (!rows.isEmpty())
            Q_EMIT pageMerged(accountId, region, rows);
        if (!unchanged.isEmpty())
            Q_EMIT instancesSeen(accountId, unchanged, run->seenAt);
    }
    emitProgress(run);
}

void DiscoveryService::pageStored(Run *run, const QString &region, const QString &accountId,
    const Ec2InstancePage &page, const Result<InstanceMergeResult> &merged)
{
    if (!merged) {
        qCWarning(lcModels).noquote() << "storing a page failed:" << merged.error().toString();
        run->regionErrors.insert(region, merged.error().message);
        return;
    }
    run->instancesSoFar += int(page.instances.size());
    static const QMetaMethod pageMergedSignal = QMetaMethod::fromSignal(&DiscoveryService::pageMerged);
    if (isSignalConnected(pageMergedSignal)) { // the rows are for item models; the CLI has none
        // Only what the merge found added or changed (on a refresh typically ~1% of the page); the unchanged
        // rest is announced by id through instancesSeen.
        const bool everything = merged->added + merged->changed == int(page.instances.size());
        QSet<QString> news;
        if (!everything) {
            news.reserve(merged->added + merged->changed);
            for (const QString &id : merged->addedIds)
                news.insert(id);
            for (const QString &id : merged->changedIds)
                news.insert(id);
        }
        QList<StoredInstance> rows;
        QStringList unchanged;
        rows.reserve(everything ? page.instances.size() : news.size());
        for (const Ec2Instance &i : page.instances) {
            if (everything || news.contains(i.instanceId))
                rows.append(StoredInstance::fromEc2(accountId, region, i, run->seenAt));
            else
                unchanged.append(i.instanceId);
        }
        if (!rows.isEmpty())
            Q_EMIT pageMerged(accountId, region, rows);
        if (!unchanged.isEmpty())
            Q_EMIT instancesSeen(accountId, unchanged, run->seenAt);
    }
    emitProgress(run);
}

QString DiscoveryService::announceRegion(Run *run, const QString &region, const QString &accountId,
    const QStringList &removedIds, const QList<QPair<QString, QString>> &changedHealth)
{
    if (run->regionErrors.contains(region)) // a page of it failed to store: the listing is not complete
        return run->regionErrors.value(region);
    if (!removedIds.isEmpty())
        Q_EMIT instancesRemoved(accountId, removedIds);
    if (!changedHealth.isEmpty())
        Q_EMIT healthUpdated(accountId, changedHealth);
    return QString();
}

void DiscoveryService::regionDone(Run *run, const QString &region, const QString &error)
{
    --run->inFlight;
    ++run->regionsDone;
    if (!error.isEmpty()) {
        run->regionErrors.insert(region, error);
        if (run->firstError.isEmpty())
            run->firstError = error;
        qCInfo(lcModels).noquote() << "region" << region << "failed:" << error;
        Q_EMIT regionFailed(run->account.id, region, error);
    }
    emitProgress(run);
    if (run->regionsDone == run->regionsTotal)
        complete(run);
    else
        pumpRegions(run);
}

void DiscoveryService::complete(Run *run)
{
    DiscoveryResult result;
    result.accountId = run->account.id;
    result.regionErrors = run->regionErrors;
    const bool anyRegionOk
        = run->regionsTotal == 0 ? run->firstError.isEmpty() : run->regionErrors.size() < run->regionsTotal;
    result.status = anyRegionOk ? AccountStatus::Active : AccountStatus::Failed;
    result.lastError = anyRegionOk ? QString() : run->firstError;
    const Result<int> count = m_registry->instanceCount(run->account.id);
    result.instanceCount = count ? *count : run->instancesSoFar;
    const Result<int> databases = m_registry->databaseCount(run->account.id);
    result.databaseCount = databases ? *databases : run->databasesSoFar;
    result.databaseErrors = run->databaseErrors;
    run->databaseDeniedRegions.sort();
    if (!run->databaseDeniedRegions.isEmpty()) {
        result.databaseAccess
            = run->databaseRegionsListed == 0 ? DatabaseAccess::NotPermitted : DatabaseAccess::PartlyDenied;
        if (result.databaseAccess == DatabaseAccess::PartlyDenied)
            result.databaseDeniedRegions = run->databaseDeniedRegions;
    } else if (run->databaseRegionsListed > 0) {
        result.databaseAccess = DatabaseAccess::Allowed;
    }
    if (result.databaseAccess != DatabaseAccess::Unknown) {
        if (const Result<void> ok
            = m_registry->setDatabaseAccess(run->account.id, result.databaseAccess, result.databaseDeniedRegions);
            !ok)
            qCWarning(lcModels).noquote() << "database access not stored:" << ok.error().toString();
    }

    const Result<Account> stored = m_registry->setStatus(run->account.id, result.status, result.lastError);
    if (!stored)
        qCWarning(lcModels).noquote() << "status not stored:" << stored.error().toString();
    m_registry->appendAudit(run->account.owner, QStringLiteral("discover"), run->account.id,
        anyRegionOk ? QStringLiteral("ok") : QStringLiteral("failed"),
        anyRegionOk ? tr("%n instance(s)", nullptr, result.instanceCount) + QStringLiteral(", ")
                + (result.databaseAccess == DatabaseAccess::NotPermitted
                        ? tr("databases not permitted")
                        : tr("%n database(s)", nullptr, result.databaseCount))
                    : result.lastError);
    qCInfo(lcModels).noquote() << "discovery of" << run->account.id << "ended:" << accountStatusName(result.status)
                               << result.instanceCount << "instances in" << run->clock.elapsed() << "ms";

    const Account account = run->account;
    const CredentialsProviderPtr credentials = run->credentials;
    if (m_runs.value(account.id) == run)
        m_runs.remove(account.id);
    // The run's callbacks may be on the stack: delete it from the event loop (or with the service, if that goes
    // first and the queued deletion never runs).
    run->slowTimer.stop();
    m_retiredRuns.append(run);
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            m_retiredRuns.removeOne(run);
            delete run;
        },
        Qt::QueuedConnection);

    if (m_refreshMs > 0 && stored) {
        QTimer *&timer = m_refreshTimers[account.id];
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
        }
        timer->disconnect(this);
        connect(timer, &QTimer::timeout, this, [this, account = *stored, credentials] {
            if (!isRunning(account.id))
                start(account, credentials);
        });
        timer->start(m_refreshMs);
    }
    Q_EMIT finished(result);
}

void DiscoveryService::emitProgress(Run *run)
{
    if (run->awaitingVerify)
        return;
    DiscoveryProgress p;
    p.accountId = run->account.id;
    p.elapsedSecs = run->clock.elapsed() / 1000;
    p.regionsDone = run->regionsDone;
    p.regionsTotal = run->regionsTotal;
    p.instancesSoFar = run->instancesSoFar;
    p.databasesSoFar = run->databasesSoFar;
    Q_EMIT progress(p);
}
