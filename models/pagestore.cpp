// PageStore: the registry work its implementations share.
#include "models/pagestore.h"

Result<InstanceMergeResult> PageStore::mergePage(
    const Result<Registry *> &db, const PageListing &listing, const Ec2InstancePage &page)
{
    Result<InstanceMergeResult> merged = db
        ? (*db)->mergeInstances(listing.accountId, listing.region, page.instances, listing.seenAt)
        : Result<InstanceMergeResult>(db.error());
    if (!merged)
        m_failedListings.insert({ listing.run, listing.region });
    return merged;
}

RegionCompletion PageStore::completeListing(
    const Result<Registry *> &db, const PageListing &listing, const QList<QPair<QString, QString>> &health)
{
    RegionCompletion done;
    const bool pageFailed = m_failedListings.remove({ listing.run, listing.region });
    if (pageFailed || !db)
        return done;
    Registry *registry = *db;
    if (const Result<QStringList> removed
        = registry->removeInstancesNotSeenSince(listing.accountId, listing.region, listing.seenAt))
        done.removedIds = *removed;
    if (!health.isEmpty() && !registry->setHealth(listing.accountId, health, &done.changedHealth))
        done.changedHealth.clear(); // rolled back: nothing changed
    return done;
}
