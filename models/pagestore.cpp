// PageStore: the registry work its implementations share.
#include "models/pagestore.h"

#include <algorithm>

Result<InstanceMergeResult> PageStore::mergePage(
    const Result<Registry *> &db, const PageListing &listing, const Ec2InstancePage &page)
{
    if (!db) {
        m_failedListings.insert(listingKey(listing));
        return db.error();
    }
    Registry *registry = *db;
    const auto key = listingKey(listing);
    if (!m_startedListings.contains(key)) {
        m_startedListings.insert(key);
        const Result<bool> any = registry->hasInstancesIn(listing.accountId, listing.region);
        if (any && !*any)
            m_firstListings.insert(key, {});
    }
    auto first = m_firstListings.find(key);
    if (first != m_firstListings.end()) {
        const bool relisted = std::any_of(page.instances.cbegin(), page.instances.cend(),
            [&first](const Ec2Instance &i) { return first->contains(i.instanceId); });
        if (relisted) { // AWS does not do this; the rest of the listing compares as usual
            m_firstListings.erase(first);
            first = m_firstListings.end();
        }
    }
    const Registry::Stored stored
        = first != m_firstListings.end() ? Registry::Stored::NoneOfThese : Registry::Stored::Unknown;
    Result<InstanceMergeResult> merged
        = registry->mergeInstances(listing.accountId, listing.region, page.instances, listing.seenAt, stored);
    if (!merged) {
        m_failedListings.insert(key);
        m_firstListings.remove(key);
    } else if (first != m_firstListings.end()) {
        for (const QString &id : std::as_const(merged->addedIds))
            first->insert(id);
    }
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
    m_startedListings.remove(listingKey(listing));
    m_firstListings.remove(listingKey(listing));
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
