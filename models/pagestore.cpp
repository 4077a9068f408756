// PageStore: the registry work its implementations share.
#include "models/pagestore.h"

#include "models/logging.h"

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
    if (!merged->healthStored.isEmpty() && !m_failedListings.contains(key)) {
        HealthStored &stored = m_healthStored[key];
        stored.inOrder += merged->healthStored;
        stored.byId.reserve(stored.byId.size() + merged->healthStored.size());
        for (const auto &pair : merged->healthStored)
            stored.byId.insert(pair.first, StoredHealth { pair.second });
    }
    return merged;
}

void PageStore::storeListedHealth(
    const Result<Registry *> &db, const PageListing &listing, const QList<QPair<QString, QString>> &health)
{
    // Team mode leaves it all to the completion: there each transaction is a commit the server syncs, and one
    // setHealth() a status page cost more than it saved (discovery of 30,000 instances: 1.78 -> 2.01 s, 4 runs each;
    // SQLite's the same within its runs' spread).
    if (!db || (*db)->isTeamMode())
        return;
    const auto key = listingKey(listing);
    const auto listed = m_instanceListings.constFind(key);
    if (listed == m_instanceListings.cend() || m_failedListings.contains(key))
        return;
    QList<QPair<QString, QString>> stored;
    stored.reserve(health.size());
    for (const auto &pair : health) {
        if (listed->ids.contains(pair.first))
            stored.append(pair);
    }
    if (stored.isEmpty())
        return;
    QList<QPair<QString, QString>> changed;
    if (const Result<int> written = (*db)->setHealth(listing.accountId, stored, &changed); !written) {
        qCInfo(lcModels).noquote() << "health of" << listing.region
                                   << "left to the region's completion:" << written.error().toString();
        return;
    }
    HealthStored &kept = m_healthStored[key];
    kept.inOrder += changed;
    kept.byId.reserve(kept.byId.size() + stored.size());
    for (const auto &pair : std::as_const(stored))
        kept.byId.insert(pair.first, StoredHealth { pair.second });
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

QList<QPair<QString, QString>> PageStore::healthToWrite(QList<QPair<QString, QString>> health, StoredHealthById stored)
{
    if (stored.isEmpty() || health.isEmpty())
        return health;
    // An id listed twice ends with its last health (Registry::setHealth()): from the end back, an id's last pair
    // decides for all of its pairs — dropped if its page stored that health, else all kept for setHealth() to settle.
    QList<bool> dropped(health.size(), false);
    qsizetype kept = health.size();
    for (qsizetype i = health.size(); i-- > 0;) {
        const auto it = stored.find(health.at(i).first);
        if (it == stored.end())
            continue;
        if (!it->decided)
            it->decided = it->health == health.at(i).second ? 'd' : 'k';
        if (it->decided == 'd') {
            dropped[i] = true;
            --kept;
        }
    }
    if (kept == health.size())
        return health;
    QList<QPair<QString, QString>> out;
    out.reserve(kept);
    for (qsizetype i = 0; i < health.size(); ++i) {
        if (!dropped.at(i))
            out.append(health.at(i));
    }
    return out;
}

RegionCompletion PageStore::completeListing(
    const Result<Registry *> &db, const PageListing &listing, const QList<QPair<QString, QString>> &health)
{
    RegionCompletion done;
    const InstanceListing listed = m_instanceListings.take(listingKey(listing));
    HealthStored healthStored = m_healthStored.take(listingKey(listing));
    const bool pageFailed = m_failedListings.remove(listingKey(listing));
    if (pageFailed || !db)
        return done;
    Registry *registry = *db;
    if (const Result<QStringList> removed
        = registry->completeInstanceListing(listing.accountId, listing.region, listing.seenAt, listed.ids))
        done.removedIds = *removed;
    if (const QList<QPair<QString, QString>> toWrite = healthToWrite(health, std::move(healthStored.byId));
        !toWrite.isEmpty() && !registry->setHealth(listing.accountId, toWrite, &done.changedHealth))
        done.changedHealth.clear(); // rolled back: nothing changed
    // The instances stored with their health changed it too (from none), unless setHealth() changed it again or
    // the listing has since removed them.
    if (done.changedHealth.isEmpty() && done.removedIds.isEmpty()) {
        done.changedHealth = std::move(healthStored.inOrder); // (the common case: the pages stored every health)
    } else if (!healthStored.inOrder.isEmpty()) {
        QSet<QString> reported;
        reported.reserve(done.changedHealth.size() + done.removedIds.size());
        for (const auto &pair : std::as_const(done.changedHealth))
            reported.insert(pair.first);
        for (const QString &id : std::as_const(done.removedIds))
            reported.insert(id);
        for (const auto &pair : std::as_const(healthStored.inOrder)) {
            if (!reported.contains(pair.first))
                done.changedHealth.append(pair);
        }
    }
    return done;
}
