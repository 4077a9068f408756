// PageStore: the registry work its implementations share.
#include "models/pagestore.h"

Result<InstanceMergeResult> PageStore::mergePage(
    const Result<Registry *> &db, const PageListing &listing, const Ec2InstancePage &page)
{
    Result<InstanceMergeResult> merged = db
        ? (*db)->mergeInstances(listing.accountId, listing.region, page.instances, listing.seenAt)
        : Result<InstanceMergeResult>(db.error());
    if (!merged)
        m_failedListings.insert(listingKey(listing));
    return merged;
}

Result<InstanceMergeResult> PageStore::mergeDatabasePage(
    const Result<Registry *> &db, const PageListing &listing, const RdsDbInstancePage &page)
{
    Result<InstanceMergeResult> merged = db
        ? (*db)->mergeDatabases(listing.accountId, listing.region, page.databases, listing.seenAt)
        : Result<InstanceMergeResult>(db.error());
    if (!merged)
        m_failedListings.insert(listingKey(listing));
    return merged;
}

QList<StoredInstance> PageStore::completeDatabaseListing(const Result<Registry *> &db, const PageListing &listing)
{
    const bool pageFailed = m_failedListings.remove(listingKey(listing));
    if (pageFailed || !db)
        return {};
    const Result<QList<StoredInstance>> deleted
        = (*db)->markDatabasesDeletedNotSeenSince(listing.accountId, listing.region, listing.seenAt);
    return deleted ? *deleted : QList<StoredInstance>();
}

QPair<quint64, QString> PageStore::listingKey(const PageListing &listing)
{
    return { listing.run, resourceKindName(listing.kind) + QLatin1Char(':') + listing.region };
}

RegionCompletion PageStore::completeListing(
    const Result<Registry *> &db, const PageListing &listing, const QList<QPair<QString, QString>> &health)
{
    RegionCompletion done;
    const bool pageFailed = m_failedListings.remove(listingKey(listing));
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
