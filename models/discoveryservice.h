// DiscoveryService: finds an account's EC2 instances in every enabled region, streaming pages into the registry.
#pragma once

#include "aws/credentialsprovider.h"
#include "models/account.h"
#include "models/registry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class AwsClients;
class PageStore;
struct Ec2InstancePage;
struct RdsDbInstancePage;
class Registry;

/// How far a discovery has got.
struct DiscoveryProgress
{
    QString accountId;
    qint64 elapsedSecs = 0;
    int regionsDone = 0;
    int regionsTotal = 0; ///< 0 until DescribeRegions answered
    int instancesSoFar = 0;
    int databasesSoFar = 0;
};

/// How a discovery ended.
struct DiscoveryResult
{
    QString accountId;
    AccountStatus status = AccountStatus::Failed; ///< Active (also with zero instances) or Failed
    int instanceCount = 0;
    QString lastError; ///< for Failed: "AccessDenied: missing ec2:DescribeInstances", ...
    QHash<QString, QString> regionErrors; ///< per region that failed; the others still count
    int databaseCount = 0; ///< RDS databases (not deleted) after the run
    /// Whether the databases could be listed: NotPermitted when denied in every region listed, PartlyDenied when in
    /// some (databaseDeniedRegions), Unknown when no region was listed. Never a reason for Failed.
    DatabaseAccess databaseAccess = DatabaseAccess::Unknown;
    QStringList databaseDeniedRegions;
    QHash<QString, QString> databaseErrors; ///< per region whose database listing failed otherwise (kept as it was)
};

/// Runs DescribeRegions, then DescribeInstances and DescribeDBInstances in every enabled region (at most
/// maxConcurrentRegions at once, every page of MaxResults 1000), merging each page into the registry in one transaction
/// as it arrives and announcing it (pageMerged) so item models update by diff; DescribeInstanceStatus for health
/// alongside (while requests wait for a slot of HttpClient's scheduler, only once the region's listing shows
/// instances). A region that is denied or failing is reported and does not hide the others; only when no region
/// succeeds is the account failed. After a complete region listing, instances no longer listed are removed and
/// databases no longer listed are marked deleted (history). RDS is optional: a role without rds:DescribeDBInstances (a
/// stack made before RDS discovery) or a region where an SCP denies it leaves the account active for EC2; the run
/// records the account's DatabaseAccess (Registry::setDatabaseAccess()). Moves the account connected|active|failed ->
/// active|failed through Registry::setStatus().
class DiscoveryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryService)
public:
    DiscoveryService(Registry *registry, AwsClients *aws, QObject *parent = nullptr);
    ~DiscoveryService() override;

    /// Starts (or restarts) discovery of \a account with \a credentials. The account must be live. The home region's
    /// listings (the account's region: the role is surely usable there) go out beside DescribeRegions, not after it;
    /// their pages are stored once DescribeRegions has answered (if it fails, they are dropped, as if never listed).
    void start(const Account &account, CredentialsProviderPtr credentials);
    /// Starts discovering \a account for a role that is still being verified (VerifyRoleJob, beside its External-ID
    /// proof and permission probes): the requests go out as start()'s do, but nothing is stored, counted or
    /// announced until release(); stopHeld() drops it all. The account may still be pending.
    void startHeld(const Account &account, CredentialsProviderPtr credentials);
    /// The role of the held run of \a heldId passed verification and \a account (connected) is stored: the run goes on
    /// for it, storing what it held in the order it came. False (and nothing held any more) when there is no held run
    /// of \a heldId, or \a account is another record: then start() it.
    bool release(const QString &heldId, const Account &account);
    /// Drops the held run of \a accountId, if any (its verification failed): nothing it listed is stored.
    void stopHeld(const QString &accountId);
    /// Opens the connections a discovery of \a account will need once DescribeRegions answers
    /// (HttpClient::preconnect()), so that its burst of first pages does not wait for a TCP and TLS handshake each,
    /// nor crowd the home region's next page: one per listing (DescribeInstances, DescribeInstanceStatus,
    /// DescribeDBInstances) in every region other than the home one that its partition enables by default, within
    /// the region filter (the region list is not known before DescribeRegions answers; an opt-in region the account
    /// enabled connects when listed). They open after the requests already sent (the home region's, which have their
    /// own) are on the wire. start() does it itself when no other discovery runs; VerifyRoleJob after startHeld() and
    /// its proof and probes.
    void preconnect(const Account &account);
    /// One endpoint per request a discovery of \a account sends before DescribeRegions answers: DescribeRegions and,
    /// in the home region (within the region filter), its listings (DescribeInstances, DescribeInstanceStatus,
    /// DescribeDBInstances). VerifyRoleJob opens them ahead while STS answers its AssumeRole.
    QList<QUrl> homeRegionEndpoints(const Account &account) const;
    /// Stops a running discovery and the periodic refresh of \a accountId.
    void stop(const QString &accountId);
    /// A discovery of \a accountId runs (a held one, not yet released, does not count).
    bool isRunning(const QString &accountId) const;

    /// Writer threads (connections) storing pages in team mode, regions split between them (ShardedPageStore);
    /// SQLite mode has one. At 100,000 instances two took 1.55-1.66x SQLite's time where one took 1.78x
    /// (bench/RESULTS.md).
    static constexpr int kTeamWriters = 2;

    int maxConcurrentRegions() const { return m_maxConcurrent; }
    void setMaxConcurrentRegions(int n) { m_maxConcurrent = qMax(1, n); }
    /// After this long without completing, slow() is emitted once (default 3 minutes).
    void setSlowThresholdMs(int ms) { m_slowMs = ms; }
    /// Periodic refresh after each completed discovery; 0 disables (the CLI), default 60 s.
    void setRefreshIntervalMs(int ms) { m_refreshMs = ms; }
    int refreshIntervalMs() const { return m_refreshMs; }
    /// Only these regions (for tests and a user's choice); empty = every enabled region.
    void setRegionFilter(const QStringList &regions) { m_regionFilter = regions; }

Q_SIGNALS:
    void started(const QString &accountId);
    void progress(const DiscoveryProgress &progress);
    /// One page was stored: \a instances are the page's rows as stored (for InstanceTableModel::applyPage). Rows of
    /// either kind: a database page's added and changed databases, and the ones a region's listing marked deleted.
    void pageMerged(const QString &accountId, const QString &region, const QList<StoredInstance> &instances);
    /// The instances of a page that were stored already and are unchanged (not rewritten: they were last seen at
    /// \a seenAt, which the registry records when the region's listing completes). pageMerged carries just the added
    /// and changed ones, so applying a refresh costs item models in proportion to what changed. Keys
    /// (StoredInstance::key(): instance ids, databases' resource ids).
    void instancesSeen(const QString &accountId, const QStringList &instanceIds, const QDateTime &seenAt);
    /// Instances gone from \a region since the last discovery.
    void instancesRemoved(const QString &accountId, const QStringList &instanceIds);
    /// The instances whose health (from DescribeInstanceStatus) changed: (instance id, health).
    void healthUpdated(const QString &accountId, const QList<QPair<QString, QString>> &health);
    void regionFailed(const QString &accountId, const QString &region, const QString &message);
    /// "Discovery taking longer than expected": emitted once when the slow threshold passes.
    void slow(const QString &accountId);
    void finished(const DiscoveryResult &result);

private:
    /// One endpoint per listing a discovery runs in \a region: DescribeInstances, DescribeInstanceStatus (EC2) and
    /// DescribeDBInstances (RDS), for preconnect() and homeRegionEndpoints().
    QList<QUrl> listingEndpoints(const QString &region) const;
    struct Run;
    /// start() and startHeld(): a new run, DescribeRegions and the home region's listings sent.
    void begin(const Account &account, CredentialsProviderPtr credentials, bool held);
    /// Runs \a work (storing, completing, announcing) now, or once the run may store: when DescribeRegions has
    /// answered and (a held run) the verify released it. Dropped when the run ends without storing.
    void whenStorable(Run *run, std::function<void()> work);
    /// The run may store now: what it held runs, in order.
    void storeHeld(Run *run);
    void onRegions(Run *run, const Result<QList<Ec2Region>> &regions);
    void pumpRegions(Run *run);
    void discoverRegion(Run *run, const QString &region);
    /// The region's DescribeDBInstances chain; \a finished runs once its pages are stored and announced.
    void discoverDatabases(Run *run, const QString &region, std::function<void()> finished);
    /// After a database page was merged: announces it, counts it.
    void databasePageStored(Run *run, const QString &region, const QString &accountId, const RdsDbInstancePage &page,
        const Result<InstanceMergeResult> &merged);
    /// After a page was merged (by the page store): announces it to item models, counts it.
    void pageStored(Run *run, const QString &region, const QString &accountId, const Ec2InstancePage &page,
        const Result<InstanceMergeResult> &merged);
    /// The run of \a accountId if it is still the one numbered \a serial (for results coming back from the store).
    Run *liveRun(const QString &accountId, quint64 serial) const;
    /// A region's listing is complete and stored: announces what it removed and whose health changed.
    /// Returns the region's error (empty when it is complete).
    QString announceRegion(Run *run, const QString &region, const QString &accountId, const QStringList &removedIds,
        const QList<QPair<QString, QString>> &changedHealth);
    void regionDone(Run *run, const QString &region, const QString &error);
    void complete(Run *run);
    void emitProgress(Run *run);

    Registry *m_registry;
    AwsClients *m_aws;
    QHash<QString, Run *> m_runs;
    quint64 m_nextSerial = 0;
    /// Stores pages and completes regions: on a writer thread for an SQLite file or the team database
    /// (ThreadedPageStore), else through m_registry on this thread (InlinePageStore). Chosen at construction.
    std::unique_ptr<PageStore> m_store;
    QList<Run *> m_retiredRuns; ///< completed, their deletion queued
    QHash<QString, QTimer *> m_refreshTimers;
    /// The region a discovery of \a account starts in: the account's, else the console's home region.
    QString homeRegionOf(const Account &account) const;

    int m_maxConcurrent = 32;
    int m_slowMs = 180000;
    int m_refreshMs = 60000;
    QStringList m_regionFilter;
};

Q_DECLARE_METATYPE(DiscoveryProgress)
Q_DECLARE_METATYPE(DiscoveryResult)
