// DiscoveryService: regions fan-out, paginated instance listing, health, status.
#include "models/discoveryservice.h"

#include "aws/ec2client.h"
#include "models/awsclients.h"
#include "models/logging.h"
#include "models/registry.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaMethod>
#include <QSet>
#include <QThread>

#include <atomic>

#include <deque>
#include <functional>

namespace {
/// The run's context object; it also runs the run's deferred work (see DiscoveryService::defer()) from
/// low-priority posted events, so that network replies and the next page requests are handled first.
class RunContext final : public QObject
{
public:
    static QEvent::Type drainType()
    {
        static const auto type = QEvent::Type(QEvent::registerEventType());
        return type;
    }
    std::deque<std::function<void()>> work;
    bool posted = false;

    void post()
    {
        if (!posted && !work.empty()) {
            posted = true;
            QCoreApplication::postEvent(this, new QEvent(drainType()), Qt::LowEventPriority);
        }
    }
    bool event(QEvent *e) override
    {
        if (e->type() != drainType())
            return QObject::event(e);
        posted = false;
        // One task per event: replies that arrived meanwhile (and the page requests they trigger) go first.
        std::function<void()> task = std::move(work.front());
        work.pop_front();
        post(); // before the task: the task may end the run (its context is then deleted with pending events)
        task();
        return true;
    }
};

/// What completing a region's listing changed in the registry.
struct RegionCompletion
{
    QStringList removedIds;
    QList<QPair<QString, QString>> changedHealth;
};

/// A complete listing: what was not in it is gone; the region's health is stored, and only what changed is
/// reported (on a refresh, a few instances), not the region's whole list.
RegionCompletion completeListing(Registry *db, const QString &accountId, const QString &region, const QDateTime &seenAt,
    const QList<QPair<QString, QString>> &health)
{
    RegionCompletion done;
    if (const Result<QStringList> removed = db->removeInstancesNotSeenSince(accountId, region, seenAt))
        done.removedIds = *removed;
    if (!health.isEmpty() && !db->setHealth(accountId, health, &done.changedHealth))
        done.changedHealth.clear(); // rolled back: nothing changed
    return done;
}

/// Where a region's two listings (instances, health) stand.
struct RegionState
{
    bool instancesDone = false;
    bool statusDone = false;
    QString error;
    QList<QPair<QString, QString>> health;
};
} // namespace

struct DiscoveryService::Run
{
    Account account;
    CredentialsProviderPtr credentials;
    std::unique_ptr<QObject> context = std::make_unique<RunContext>(); ///< dies with the run: late callbacks drop
    QElapsedTimer clock;
    QTimer slowTimer;
    QDateTime seenAt;
    QStringList queue;
    int inFlight = 0;
    int regionsTotal = 0;
    int regionsDone = 0;
    int instancesSoFar = 0;
    QHash<QString, QString> regionErrors;
    QString firstError;
    quint64 serial = 0; ///< tells this run from a later one of the same account
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

/// Lives on DiscoveryService's writer thread: a Registry connection of its own to the same SQLite file (WAL: the GUI
/// thread's connection reads meanwhile; SQLite's busy timeout orders the rare concurrent writes). Tasks run in the
/// order they were posted, so a region's pages are stored before its completion is.
class DiscoveryStoreWriter final : public QObject
{
public:
    DiscoveryStoreWriter(QString location, QString user, int busyTimeoutMs)
        : m_location(std::move(location))
        , m_user(std::move(user))
        , m_busyTimeoutMs(busyTimeoutMs)
    {
    }

    /// The connection, opened on first use (on the writer thread: a Qt SQL connection belongs to its thread).
    /// A failed open (say, the file locked longer than the busy timeout) is tried again by the next task.
    Result<Registry *> registry()
    {
        if (!m_registry) {
            Registry::Options options;
            options.busyTimeoutMs = m_busyTimeoutMs;
            Result<std::unique_ptr<Registry>> opened = Registry::open(m_location, m_user, options);
            if (!opened)
                return opened.error();
            m_registry = std::move(opened).value();
        }
        return m_registry.get();
    }

    void close() { m_registry.reset(); }

    /// "serial/region" of the regions a page of which failed to store: their completion must not remove what
    /// was not seen (the listing is incomplete in the registry).
    QSet<QString> failedRegions;
    /// Set by ~DiscoveryService: pending stores are dropped instead of delaying the shutdown.
    std::atomic<bool> stopping { false };

private:
    QString m_location;
    QString m_user;
    int m_busyTimeoutMs;
    std::unique_ptr<Registry> m_registry;
};

DiscoveryService::DiscoveryService(Registry *registry, AwsClients *aws, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_aws(aws)
{
    qRegisterMetaType<DiscoveryProgress>();
    qRegisterMetaType<DiscoveryResult>();
    const QString where = registry ? registry->location() : QString();
    if (registry && !registry->isTeamMode() && !where.isEmpty() && where != QLatin1StringView(":memory:")
        && qEnvironmentVariable("ONRAMP_DISCOVERY_WRITER_THREAD") != QLatin1StringView("0")) {
        m_writer = new DiscoveryStoreWriter(where, registry->consoleUser(), registry->busyTimeoutMs());
        m_writerThread = new QThread(this);
        m_writerThread->setObjectName(QStringLiteral("onramp-discovery-writer"));
        m_writer->moveToThread(m_writerThread);
        m_writerThread->start();
    }
}

DiscoveryService::~DiscoveryService()
{
    qDeleteAll(m_runs);
    qDeleteAll(m_retiredRuns);
    if (m_writerThread) {
        // Whatever is still queued is dropped (its runs are gone); the connection is closed on its own thread.
        m_writer->stopping = true;
        DiscoveryStoreWriter *writer = m_writer;
        QMetaObject::invokeMethod(
            m_writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
        m_writerThread->quit();
        m_writerThread->wait();
        delete m_writer;
    }
}

DiscoveryService::Run *DiscoveryService::liveRun(const QString &accountId, quint64 serial) const
{
    Run *run = m_runs.value(accountId);
    return run && run->serial == serial ? run : nullptr;
}

bool DiscoveryService::isRunning(const QString &accountId) const
{
    return m_runs.contains(accountId);
}

void DiscoveryService::stop(const QString &accountId)
{
    delete m_runs.take(accountId);
    delete m_refreshTimers.take(accountId);
}

void DiscoveryService::start(const Account &account, CredentialsProviderPtr credentials)
{
    delete m_runs.take(account.id);
    auto *run = new Run;
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
    qCInfo(lcModels).noquote() << "discovery started for" << account.id;
    Q_EMIT started(account.id);
    emitProgress(run);

    const QString home = account.region.isEmpty() ? m_aws->homeRegion() : account.region;
    m_aws->ec2()->describeRegions(home, run->credentials, run->context.get(),
        [this, run](const Result<QList<Ec2Region>> &regions) { onRegions(run, regions); });
}

void DiscoveryService::onRegions(Run *run, const Result<QList<Ec2Region>> &regions)
{
    if (!regions) {
        run->firstError = describeFailure(regions.error(), "ec2:DescribeRegions");
        complete(run);
        return;
    }
    for (const Ec2Region &r : *regions) {
        if (r.optInStatus == QLatin1StringView("not-opted-in"))
            continue;
        if (!m_regionFilter.isEmpty() && !m_regionFilter.contains(r.name))
            continue;
        run->queue.append(r.name);
    }
    run->regionsTotal = int(run->queue.size());
    emitProgress(run);
    if (run->queue.isEmpty()) {
        complete(run);
        return;
    }
    pumpRegions(run);
}

void DiscoveryService::pumpRegions(Run *run)
{
    while (run->inFlight < m_maxConcurrent && !run->queue.isEmpty()) {
        ++run->inFlight;
        discoverRegion(run, run->queue.takeFirst());
    }
}

void DiscoveryService::defer(Run *run, std::function<void()> task)
{
    auto *context = static_cast<RunContext *>(run->context.get());
    context->work.push_back(std::move(task));
    context->post();
}

void DiscoveryService::discoverRegion(Run *run, const QString &region)
{
    // The region's pages form a chain (each needs the previous page's NextToken): storing a page is deferred
    // (defer(): after pending replies and requests) so that the next page's request goes out first. Health
    // (DescribeInstanceStatus) is listed at the same time, not after the listing: it does not lengthen the
    // region's chain. Pages are stored, and the region completed (both listings done), in arrival order.
    const QString accountId = run->account.id;
    auto state = std::make_shared<RegionState>();
    auto finishRegion = [this, run, region, accountId, state] {
        if (!state->instancesDone || !state->statusDone)
            return;
        if (!state->error.isEmpty()) {
            regionDone(run, region, state->error);
            return;
        }
        if (run->regionErrors.contains(region)) {
            regionDone(run, region, run->regionErrors.value(region));
            return;
        }
        if (m_writer) {
            // On the writer thread, after the region's pages; back here (if the run still exists) to announce.
            DiscoveryStoreWriter *writer = m_writer;
            const quint64 serial = run->serial;
            const QDateTime seenAt = run->seenAt;
            QMetaObject::invokeMethod(
                writer,
                [this, writer, serial, region, accountId, seenAt, health = state->health] {
                    if (writer->stopping)
                        return;
                    const bool pageFailed = writer->failedRegions.remove(QString::number(serial) + u'/' + region);
                    const Result<Registry *> db = writer->registry();
                    const RegionCompletion done = !pageFailed && db
                        ? completeListing(*db, accountId, region, seenAt, health)
                        : RegionCompletion();
                    QMetaObject::invokeMethod(
                        this,
                        [this, serial, region, accountId, done] {
                            if (Run *run = liveRun(accountId, serial))
                                announceRegion(run, region, accountId, done.removedIds, done.changedHealth);
                        },
                        Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
            return;
        }
        const RegionCompletion done = completeListing(m_registry, accountId, region, run->seenAt, state->health);
        announceRegion(run, region, accountId, done.removedIds, done.changedHealth);
    };
    auto onPage = [this, run, region, accountId](const Ec2InstancePage &page) {
        if (m_writer) {
            DiscoveryStoreWriter *writer = m_writer;
            const quint64 serial = run->serial;
            const QDateTime seenAt = run->seenAt;
            QMetaObject::invokeMethod(
                writer,
                [this, writer, serial, region, accountId, page, seenAt] {
                    if (writer->stopping)
                        return;
                    const Result<Registry *> db = writer->registry();
                    const Result<InstanceMergeResult> merged = db
                        ? (*db)->mergeInstances(accountId, region, page.instances, seenAt)
                        : Result<InstanceMergeResult>(db.error());
                    if (!merged)
                        writer->failedRegions.insert(QString::number(serial) + u'/' + region);
                    QMetaObject::invokeMethod(
                        this,
                        [this, serial, region, accountId, page, merged] {
                            if (Run *run = liveRun(accountId, serial))
                                pageStored(run, region, accountId, page, merged);
                        },
                        Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
            return;
        }
        defer(run, [this, run, region, accountId, page] { storePage(run, region, accountId, page); });
    };
    auto onDone = [this, run, region, state, finishRegion](const Result<int> &done) {
        defer(run,
            [region, state, finishRegion,
                error = done ? QString() : describeFailure(done.error(), "ec2:DescribeInstances")] {
                state->instancesDone = true;
                state->error = error;
                finishRegion();
            });
    };
    m_aws->ec2()->describeInstances(region, run->credentials, run->context.get(), onPage, onDone);
    m_aws->ec2()->describeInstanceStatus(
        region, run->credentials, run->context.get(),
        [state](const Ec2InstanceStatusPage &page) {
            for (const Ec2InstanceStatus &s : page.statuses) {
                QString h = s.instanceStatus;
                if (s.systemStatus == QLatin1StringView("impaired"))
                    h = s.systemStatus;
                state->health.append({ s.instanceId, h });
            }
        },
        [this, run, region, state, finishRegion](const Result<int> &statusDone) {
            // Health is a bonus: without ec2:DescribeInstanceStatus the instances still count.
            if (!statusDone) {
                qCInfo(lcModels).noquote() << "no health for" << region << statusDone.error().toString();
                state->health.clear();
            }
            defer(run, [state, finishRegion] {
                state->statusDone = true;
                finishRegion();
            });
        });
}

void DiscoveryService::storePage(Run *run, const QString &region, const QString &accountId, const Ec2InstancePage &page)
{
    pageStored(
        run, region, accountId, page, m_registry->mergeInstances(accountId, region, page.instances, run->seenAt));
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

void DiscoveryService::announceRegion(Run *run, const QString &region, const QString &accountId,
    const QStringList &removedIds, const QList<QPair<QString, QString>> &changedHealth)
{
    if (run->regionErrors.contains(region)) { // a page of it failed to store: the listing is not complete
        regionDone(run, region, run->regionErrors.value(region));
        return;
    }
    if (!removedIds.isEmpty())
        Q_EMIT instancesRemoved(accountId, removedIds);
    if (!changedHealth.isEmpty())
        Q_EMIT healthUpdated(accountId, changedHealth);
    regionDone(run, region, QString());
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

    const Result<Account> stored = m_registry->setStatus(run->account.id, result.status, result.lastError);
    if (!stored)
        qCWarning(lcModels).noquote() << "status not stored:" << stored.error().toString();
    m_registry->appendAudit(run->account.owner, QStringLiteral("discover"), run->account.id,
        anyRegionOk ? QStringLiteral("ok") : QStringLiteral("failed"),
        anyRegionOk ? tr("%n instance(s)", nullptr, result.instanceCount) : result.lastError);
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
    DiscoveryProgress p;
    p.accountId = run->account.id;
    p.elapsedSecs = run->clock.elapsed() / 1000;
    p.regionsDone = run->regionsDone;
    p.regionsTotal = run->regionsTotal;
    p.instancesSoFar = run->instancesSoFar;
    Q_EMIT progress(p);
}
