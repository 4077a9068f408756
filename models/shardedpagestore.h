// ShardedPageStore: a region's listings always to the same one of several page stores (team mode's writers).
#pragma once

#include "models/pagestore.h"

#include <memory>
#include <vector>

/// Spreads regions over several page stores, each with its own writer thread and connection (team mode: the
/// server merges the pages of different regions on as many backends at once, where one connection waits for each
/// statement in turn). All the listings of a region (its instances, its databases, every run) go to the same store,
/// chosen by the region's name, so a region's pages and its completion keep their order and the store's
/// bookkeeping (failed listings, first listings) stays whole; the results of different regions may come back in
/// another order than they were handed over, which PageStore's contract allows (DiscoveryService counts regions).
class ShardedPageStore final : public PageStore
{
public:
    explicit ShardedPageStore(std::vector<std::unique_ptr<PageStore>> shards);

    void prepare(quint64 run) override;
    void storePage(DiscoveryRunContext *context, const PageListing &listing, const Ec2InstancePage &page,
        const QHash<QString, QString> &health, PageStored stored) override;
    void completeRegion(
        const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed) override;
    void storeHealth(
        DiscoveryRunContext *context, const PageListing &listing, QList<QPair<QString, QString>> health) override;
    void storeDatabasePage(DiscoveryRunContext *context, const PageListing &listing, const RdsDbInstancePage &page,
        DatabasePageStored stored) override;
    void completeDatabases(const PageListing &listing, DatabasesCompleted completed) override;

    /// The store that takes \a region's listings.
    PageStore &shardOf(const QString &region) const;

private:
    std::vector<std::unique_ptr<PageStore>> m_shards;
};
