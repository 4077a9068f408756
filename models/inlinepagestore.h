// InlinePageStore: stores discovery pages on DiscoveryService's own thread, through the registry it was given.
#pragma once

#include "models/pagestore.h"

/// Stores pages through the caller's Registry on the caller's thread: for an in-memory database (a second
/// connection would see another database) and ONRAMP_DISCOVERY_WRITER_THREAD=0.
///
/// A page is stored from the run's context (DiscoveryRunContext::defer()): after the replies already pending, so
/// the next page's request of the region goes out first, and in order with the run's other deferred work. A
/// region is completed at once (the caller completes it from deferred work, after its pages).
class InlinePageStore final : public PageStore
{
public:
    /// Stores through \a registry, which must outlive the store.
    explicit InlinePageStore(Registry *registry);

    void storePage(DiscoveryRunContext *context, const PageListing &listing, const Ec2InstancePage &page,
        const QHash<QString, QString> &health, PageStored stored) override;
    void completeRegion(
        const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed) override;
    void storeHealth(
        DiscoveryRunContext *context, const PageListing &listing, QList<QPair<QString, QString>> health) override;
    void storeDatabasePage(DiscoveryRunContext *context, const PageListing &listing, const RdsDbInstancePage &page,
        DatabasePageStored stored) override;
    void completeDatabases(const PageListing &listing, DatabasesCompleted completed) override;

private:
    Registry *m_registry;
};
