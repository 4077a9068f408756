// PageStore: the registry work its implementations share.
#include "models/pagestore.h"

#include <algorithm>

Result<InstanceMergeResult> PageStore::mergePage(const Result<Registry *> &db, const PageListing &listing,
    const Ec2InstancePage &page, const QHash<QString, QString> &health)
{
    return mergePage(db, listing,
        Registry::prepareInstances(listing.accountId, listing.region, page.instances, listing.seenAt, false), health);
}

Result<InstanceMergeResult> PageStore::mergePage(const Result<Registry *> &db, const PageListing &listing,
    const Registry::PreparedInstances &page, const QHash<QString, QString> &health)
{
    if (!db) {
        m_failedListings.insert(listingKey(listing));
        return db.error();
    }
    Registry *registry = *db;
    const auto key = listingKey(listing);
    auto it = m_instanceListings.find(key);
    if (it == m_instanceListings.end()) {
        const Result<bool> any = registry->hasInstancesIn(listing.accountId, listing.region);
        it = m_instanceListings.insert(key, InstanceListing { {}, any && !*any });
    }
    InstanceListing &listed = it.value();
    // The page's ids join the listing's now (a merge that fails drops the listing), each converted and hashed once.
    // An id it had already (AWS does not list one twice): the rest of the listing compares as usual.
    if (!m_failedListings.contains(key)) {
        const qsizetype before = listed.ids.size();
        listed.ids.reserve(before + page.rows.size());
        for (const Registry::PreparedInstances::Row &r : page.rows)
            listed.ids.insert(r.instance.instanceId);
        if (listed.ids.size() != before + page.rows.size())
            listed.first = false;
    }
    Result<InstanceMergeResult> merged = registry->mergeInstances(
        page, listed.first ? Registry::Stored::NoneOfThese : Registry::Stored::Unknown, health);
    if (!merged) {
        // The listing will not be completed: nothing of it is kept.
        m_failedListings.insert(key);
        m_healthStored.remove(key);
        m_instanceListings.erase(it);
        return merged;
    }
    if (!merged->healthStored.isEmpty() && !m_failedListings.contains(key))
        m_healthStored[key] += merged->healthStored;
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

QList<QPair<QString, QString>> PageStore::healthToWrite(
    QList<QPair<QString, QString>> health, const QList<QPair<QString, QString>> &storedWithPages)
{
    if (storedWithPages.isEmpty() || health.isEmpty())
        return health;
    QHash<QString, QString> stored;
    stored.reserve(storedWithPages.size());
    for (const auto &pair : storedWithPages)
        stored.insert(pair.first, pair.second);
    // An id listed twice ends with its last health (Registry::setHealth()): it is dropped only if that one is stored.
    QHash<QString, QString> last;
    last.reserve(health.size());
    for (const auto &pair : std::as_const(health))
        last.insert(pair.first, pair.second);
    health.removeIf([&stored, &last](const QPair<QString, QString> &pair) {
        const auto it = stored.constFind(pair.first);
        return it != stored.cend() && it.value() == last.value(pair.first);
    });
    return health;
}

RegionCompletion PageStore::completeListing(
    const Result<Registry *> &db, const PageListing &listing, const QList<QPair<QString, QString>> &health)
{
    RegionCompletion done;
    const InstanceListing listed = m_instanceListings.take(listingKey(listing));
    const QList<QPair<QString, QString>> healthStored = m_healthStored.take(listingKey(listing));
    const bool pageFailed = m_failedListings.remove(listingKey(listing));
    if (pageFailed || !db)
        return done;
    Registry *registry = *db;
    if (const Result<QStringList> removed
        = registry->completeInstanceListing(listing.accountId, listing.region, listing.seenAt, listed.ids))
        done.removedIds = *removed;
    if (const QList<QPair<QString, QString>> toWrite = healthToWrite(health, healthStored);
        !toWrite.isEmpty() && !registry->setHealth(listing.accountId, toWrite, &done.changedHealth))
        done.changedHealth.clear(); // rolled back: nothing changed
    // The instances stored with their health changed it too (from none), unless setHealth() changed it again or
    // the listing has since removed them.
    if (!healthStored.isEmpty()) {
        QSet<QString> reported;
        reported.reserve(done.changedHealth.size() + done.removedIds.size());
        for (const auto &pair : std::as_const(done.changedHealth))
            reported.insert(pair.first);
        for (const QString &id : std::as_const(done.removedIds))
            reported.insert(id);
        for (const auto &pair : healthStored) {
            if (!reported.contains(pair.first))
                done.changedHealth.append(pair);
        }
    }
    return done;
}
