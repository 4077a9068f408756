// InlinePageStore: pages stored from the run's deferred work, regions completed at once.
#include "models/inlinepagestore.h"

#include "models/discoveryruncontext.h"

InlinePageStore::InlinePageStore(Registry *registry)
    : m_registry(registry)
{
}

void InlinePageStore::storePage(DiscoveryRunContext *context, const PageListing &listing, const Ec2InstancePage &page,
    const QHash<QString, QString> &health, PageStored stored)
{
    context->defer([this, listing, page, health, stored = std::move(stored)] {
        stored(page, mergePage(m_registry, listing, page, health));
    });
}

void InlinePageStore::completeRegion(
    const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed)
{
    completed(completeListing(m_registry, listing, health));
}

void InlinePageStore::storeHealth(
    DiscoveryRunContext *context, const PageListing &listing, QList<QPair<QString, QString>> health)
{
    context->defer([this, listing, health = std::move(health)] { storeListedHealth(m_registry, listing, health); });
}

void InlinePageStore::storeDatabasePage(
    DiscoveryRunContext *context, const PageListing &listing, const RdsDbInstancePage &page, DatabasePageStored stored)
{
    context->defer([this, listing, page, stored = std::move(stored)] {
        stored(page, mergeDatabasePage(m_registry, listing, page));
    });
}

void InlinePageStore::completeDatabases(const PageListing &listing, DatabasesCompleted completed)
{
    completed(completeDatabaseListing(m_registry, listing));
}
