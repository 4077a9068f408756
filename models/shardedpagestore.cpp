// ShardedPageStore: regions spread over page stores, each region always to the same one.
#include "models/shardedpagestore.h"

#include <QHash>

ShardedPageStore::ShardedPageStore(std::vector<std::unique_ptr<PageStore>> shards)
    : m_shards(std::move(shards))
{
    Q_ASSERT(!m_shards.empty());
}

PageStore &ShardedPageStore::shardOf(const QString &region) const
{
    // qHash with a fixed seed: the same region goes to the same store for as long as the process runs.
    return *m_shards[qHash(region, size_t(0)) % m_shards.size()];
}

void ShardedPageStore::prepare(quint64 run)
{
    for (const auto &shard : m_shards)
        shard->prepare(run);
}

void ShardedPageStore::storePage(DiscoveryRunContext *context, const PageListing &listing, const Ec2InstancePage &page,
    const QHash<QString, QString> &health, PageStored stored)
{
    shardOf(listing.region).storePage(context, listing, page, health, std::move(stored));
}

void ShardedPageStore::completeRegion(
    const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed)
{
    shardOf(listing.region).completeRegion(listing, std::move(health), std::move(completed));
}

void ShardedPageStore::storeHealth(
    DiscoveryRunContext *context, const PageListing &listing, QList<QPair<QString, QString>> health)
{
    shardOf(listing.region).storeHealth(context, listing, std::move(health));
}

void ShardedPageStore::storeDatabasePage(
    DiscoveryRunContext *context, const PageListing &listing, const RdsDbInstancePage &page, DatabasePageStored stored)
{
    shardOf(listing.region).storeDatabasePage(context, listing, page, std::move(stored));
}

void ShardedPageStore::completeDatabases(const PageListing &listing, DatabasesCompleted completed)
{
    shardOf(listing.region).completeDatabases(listing, std::move(completed));
}
