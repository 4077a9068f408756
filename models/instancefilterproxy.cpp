// InstanceFilterProxy: the row filter over InstanceTableModel's roles and how filter changes are applied.
#include "models/instancefilterproxy.h"

#include "models/instancetablemodel.h"

#include <QByteArrayView>

InstanceFilterProxy::InstanceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InstanceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

InstanceFilterProxy::~InstanceFilterProxy() = default;

void InstanceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<InstanceTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void InstanceFilterProxy::setFilters(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_terms.clear();
    for (const QString &term : filter.text.simplified().split(QChar(u' '), Qt::SkipEmptyParts))
        m_terms.append(term.toLower().toUtf8());
    invalidateFilter();
}

void InstanceFilterProxy::setSearchText(const QString &text)
{
    Filter filter = m_filter;
    filter.text = text;
    setFilters(filter);
}

void InstanceFilterProxy::setStates(const QSet<QString> &states)
{
    Filter filter = m_filter;
    filter.states = states;
    setFilters(filter);
}

void InstanceFilterProxy::setRegions(const QSet<QString> &regions)
{
    Filter filter = m_filter;
    filter.regions = regions;
    setFilters(filter);
}

void InstanceFilterProxy::setLifecycle(const QString &lifecycle)
{
    Filter filter = m_filter;
    filter.lifecycle = lifecycle;
    setFilters(filter);
}

void InstanceFilterProxy::setCluster(const QString &cluster)
{
    Filter filter = m_filter;
    filter.cluster = cluster;
    setFilters(filter);
}

void InstanceFilterProxy::setAccountId(const QString &accountId)
{
    Filter filter = m_filter;
    filter.accountId = accountId;
    setFilters(filter);
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto text = [&index](int role) { return index.data(role).toString(); };

    if (!m_filter.states.isEmpty() && !m_filter.states.contains(text(InstanceTableModel::StateRole)))
        return false;
    if (!m_filter.regions.isEmpty() && !m_filter.regions.contains(text(InstanceTableModel::RegionRole)))
        return false;
    if (!m_filter.lifecycle.isEmpty() && text(InstanceTableModel::LifecycleRole) != m_filter.lifecycle)
        return false;
    if (!m_filter.cluster.isEmpty() && text(InstanceTableModel::ClusterRole) != m_filter.cluster)
        return false;
    if (!m_filter.accountId.isEmpty() && text(InstanceTableModel::AccountIdRole) != m_filter.accountId)
        return false;
    if (m_terms.isEmpty())
        return true;

    QByteArray held; // keeps the haystack alive when it came through a QVariant
    QByteArrayView haystack;
    if (m_table && m_table == sourceModel()) {
        haystack = m_table->searchText(sourceRow);
    } else {
        held = index.data(InstanceTableModel::SearchTextRole).toByteArray();
        haystack = held;
    }
    for (const QByteArray &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}
