// PageStore: where DiscoveryService stores the pages of a region's listing and completes the region.
#pragma once

#include "aws/awserror.h"
#include "aws/ec2types.h"
#include "aws/rdstypes.h"
#include "models/registry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class DiscoveryRunContext;

/// The listing a store belongs to: one region of one discovery run of one account, of one kind of resource.
struct PageListing
{
    QString accountId;
    QString region;
    QDateTime seenAt; ///< the run's start: every stored row's lastSeen, and the completion's cutoff
    quint64 run = 0; ///< the run's serial: tells a run from a later one of the same account
    ResourceKind kind = ResourceKind::Ec2; ///< DescribeInstances (Ec2) or DescribeDBInstances (Rds)
};

/// What completing a region's listing changed in the registry.
struct RegionCompletion
{
    QStringList removedIds; ///< the region's instances the listing no longer has (deleted)
    QList<QPair<QString, QString>> changedHealth; ///< (instance id, health) of the instances whose health changed
};

/// Stores DescribeInstances and DescribeDBInstances pages and completes region listings for DiscoveryService, on some
/// thread, and hands the results back on DiscoveryService's thread through callbacks.
///
/// Contract of every implementation:
/// - callbacks run on the thread that called (DiscoveryService's); storePage() never calls back inside the call
///   (the next page's request goes out first), completeRegion() may;
/// - a region's pages are stored in the order they were handed over and its completion after them, provided
///   completeRegion() is called from the run's deferred work (DiscoveryRunContext::defer()) queued after the
///   last storePage(), as DiscoveryService does; the callbacks run in the same order;
/// - a region one of whose pages failed to store is not completed (nothing is removed: the registry does not
///   hold the whole listing); its completion reports nothing;
/// - a callback may come after its run ended or was replaced: the caller checks that its run is still the live
///   one (DiscoveryService::liveRun()).
class PageStore
{
public:
    /// \a page and how storing it went (the rows changed, or the error).
    using PageStored = std::function<void(const Ec2InstancePage &page, const Result<InstanceMergeResult> &merged)>;
    /// What completing the region removed and whose health changed.
    using RegionCompleted = std::function<void(const RegionCompletion &done)>;
    /// A database page and how storing it went.
    using DatabasePageStored
        = std::function<void(const RdsDbInstancePage &page, const Result<InstanceMergeResult> &merged)>;
    /// The databases completing a region's database listing marked deleted (kept as history).
    using DatabasesCompleted = std::function<void(const QList<StoredInstance> &deleted)>;

    virtual ~PageStore() = default;
    /// Gets ready to store the pages of run \a run, storing nothing: a store with a connection of its own opens it
    /// now (ThreadedPageStore), while the run's first requests are on the wire, rather than when its first page is
    /// already waiting. Optional: storePage() and the others open what they need anyway.
    virtual void prepare(quint64 run) { Q_UNUSED(run); }

    /// Merges \a page into the registry (Registry::mergeInstances, one transaction) and calls \a stored with it.
    /// \a context is the run's: work deferred on it dies with the run. \a health: what the region's health listing
    /// has said so far of the page's instances (id -> health), stored with the ones the page adds (the region's
    /// completion then rewrites none of them, and still reports their health as changed).
    virtual void storePage(DiscoveryRunContext *context, const PageListing &listing, const Ec2InstancePage &page,
        const QHash<QString, QString> &health, PageStored stored)
        = 0;
    /// After the region's pages: removes the region's instances its pages did not list
    /// (Registry::completeInstanceListing()), stores \a health
    /// (instance id, health), and calls \a completed with what changed. Nothing is removed or stored when a page
    /// of the region failed to store.
    virtual void completeRegion(
        const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed)
        = 0;
    /// Stores now, after the pages handed over before, the part of \a health (a page of the region's health listing,
    /// instance id and health) whose instances those pages stored, so that the region's completion, which is on the
    /// discovery's critical path, rewrites none of it (it still reports the health that changed). Health of an
    /// instance no page has stored yet is left to the page that will (DiscoveryService hands it the health listed so
    /// far) or to the completion. Nothing is stored for a listing a page of which failed, nor in team mode (the
    /// completion writes it all). No answer: the completion reports.
    virtual void storeHealth(
        DiscoveryRunContext *context, const PageListing &listing, QList<QPair<QString, QString>> health)
        = 0;
    /// As storePage(), for a DescribeDBInstances page (Registry::mergeDatabases) of a listing of kind Rds.
    virtual void storeDatabasePage(DiscoveryRunContext *context, const PageListing &listing,
        const RdsDbInstancePage &page, DatabasePageStored stored)
        = 0;
    /// As completeRegion(), for a database listing: the region's databases not seen since listing.seenAt are
    /// marked deleted (Registry::markDatabasesDeletedNotSeenSince) unless a page of the listing failed to store.
    virtual void completeDatabases(const PageListing &listing, DatabasesCompleted completed) = 0;

    /// The health a listing's pages stored, by instance id (the last stored wins), as completeListing() keeps it.
    struct StoredHealth
    {
        QString health;
        char decided = 0; ///< healthToWrite()'s mark: 'd' the id's pairs are dropped, 'k' kept
    };
    using StoredHealthById = QHash<QString, StoredHealth>;
    /// The pairs of \a health (a region's complete DescribeInstanceStatus listing) a completion still writes: those
    /// of an instance whose page stored it with the health that is its last in \a health (\a stored, by id, built as
    /// the pages were merged) are dropped, since writing them changes nothing but costs a primary-key probe each (in
    /// a first discovery, every instance of the region whose health was listed before its page: all of them but a
    /// few). One pass over \a health from its end, one lookup a pair.
    static QList<QPair<QString, QString>> healthToWrite(QList<QPair<QString, QString>> health, StoredHealthById stored);

protected:
    PageStore() = default;
    Q_DISABLE_COPY_MOVE(PageStore)

    // The synchronous work, shared by the implementations; called on the one thread that stores.

    /// Merges \a page into \a db (an error when \a db could not be opened); a failure is remembered, so that
    /// the region's completion does not remove what the registry never received. A listing of a region that had no
    /// instance stored when its first page came (a first discovery) merges its pages as all new: nothing is looked
    /// up to be compared (two primary-key probes a row fewer; a page that lists an id the listing stored already
    /// is merged as usual, and so is the rest of that listing).
    Result<InstanceMergeResult> mergePage(const Result<Registry *> &db, const PageListing &listing,
        const Ec2InstancePage &page, const QHash<QString, QString> &health = {});
    /// mergePage() of a page made ready beforehand (Registry::prepareInstances(), any thread).
    Result<InstanceMergeResult> mergePage(const Result<Registry *> &db, const PageListing &listing,
        const Registry::PreparedInstances &page, const QHash<QString, QString> &health = {});
    /// A complete listing in \a db: what was not in it is gone; the health is stored, and only what changed is
    /// reported (on a refresh, a few instances), not the region's whole list. Nothing is done when a page of
    /// the listing failed to store or \a db could not be opened.
    RegionCompletion completeListing(
        const Result<Registry *> &db, const PageListing &listing, const QList<QPair<QString, QString>> &health);
    /// storeHealth()'s work: the pairs of \a health whose ids the listing's merged pages listed, stored in \a db
    /// (Registry::setHealth(), one transaction) and kept, like the health pages stored, for completeListing() to
    /// report (what changed) and not rewrite (all of it). A failure is logged and leaves them to the completion, and
    /// so does team mode (a commit a status page costs the server a sync: slower than the completion's one).
    void storeListedHealth(
        const Result<Registry *> &db, const PageListing &listing, const QList<QPair<QString, QString>> &health);

    /// mergePage() for a database page.
    Result<InstanceMergeResult> mergeDatabasePage(
        const Result<Registry *> &db, const PageListing &listing, const RdsDbInstancePage &page);
    /// completeListing() for a database listing: the databases it marked deleted.
    QList<StoredInstance> completeDatabaseListing(const Result<Registry *> &db, const PageListing &listing);

private:
    /// (run, kind and region) of a listing.
    static QPair<quint64, QString> listingKey(const PageListing &listing);

    QSet<QPair<quint64, QString>> m_failedListings; ///< listingKey() of the listings a page of which failed
    /// An instance listing met so far (its first page has been merged), until completed.
    struct InstanceListing
    {
        Registry::ListedIds ids; ///< every id its merged pages listed: what the completion keeps
        /// The listing is a region's first (nothing was stored there when its first page came) and has not listed
        /// an id twice: its pages are merged as all new (Registry::Stored::NoneOfThese).
        bool first = false;
    };
    /// By listingKey(); a listing a page of which failed has none (it is not completed).
    QHash<QPair<quint64, QString>, InstanceListing> m_instanceListings;
    /// By listingKey(), until completed: (id, health) of the instances its pages added with their health
    /// (InstanceMergeResult::healthStored) and of those storeListedHealth() changed, which the completion reports as
    /// changed with what setHealth() changed, in the order stored; and by id, everything stored so (for
    /// healthToWrite(), built as it is stored rather than at the completion, which is on a discovery's critical
    /// path).
    struct HealthStored
    {
        QList<QPair<QString, QString>> inOrder;
        StoredHealthById byId;
    };
    QHash<QPair<quint64, QString>, HealthStored> m_healthStored;
};
