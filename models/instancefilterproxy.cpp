// InstanceFilterProxy: the row filter over InstanceTableModel's roles, the sorted mapping and how source changes
// are merged into it.
#include "models/instancefilterproxy.h"

#include "models/instancetablemodel.h"

#include <QByteArrayView>
#include <QDateTime>

#include <algorithm>
#include <string_view>

InstanceFilterProxy::InstanceFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_sortRole(InstanceTableModel::SortRole)
{
}

InstanceFilterProxy::~InstanceFilterProxy() = default;

void InstanceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_table = qobject_cast<InstanceTableModel *>(model);
    if (model) {
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, &InstanceFilterProxy::onRowsInserted),
            connect(
                model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &InstanceFilterProxy::onRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &InstanceFilterProxy::onRowsRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this, &InstanceFilterProxy::onDataChanged),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &InstanceFilterProxy::onSourceLayoutAboutToBeChanged),
            connect(model, &QAbstractItemModel::layoutChanged, this, &InstanceFilterProxy::onSourceLayoutChanged),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &InstanceFilterProxy::onSourceLayoutAboutToBeChanged),
            connect(model, &QAbstractItemModel::rowsMoved, this, &InstanceFilterProxy::onSourceLayoutChanged),
            connect(
                model, &QAbstractItemModel::modelAboutToBeReset, this, &InstanceFilterProxy::onSourceAboutToBeReset),
            connect(model, &QAbstractItemModel::modelReset, this, &InstanceFilterProxy::onSourceReset),
            // Column changes are rare (never in InstanceTableModel): a reset keeps them simple.
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this,
                &InstanceFilterProxy::onSourceAboutToBeReset),
            connect(model, &QAbstractItemModel::columnsInserted, this, &InstanceFilterProxy::onSourceReset),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                &InstanceFilterProxy::onSourceAboutToBeReset),
            connect(model, &QAbstractItemModel::columnsRemoved, this, &InstanceFilterProxy::onSourceReset),
            connect(
                model, &QAbstractItemModel::columnsAboutToBeMoved, this, &InstanceFilterProxy::onSourceAboutToBeReset),
            connect(model, &QAbstractItemModel::columnsMoved, this, &InstanceFilterProxy::onSourceReset),
            // QAbstractProxyModel swaps a destroyed source for an empty model: drop the mapping with it.
            connect(model, &QObject::destroyed, this,
                [this] {
                    beginResetModel();
                    m_proxyToSource.clear();
                    m_sourceToProxy.clear();
                    endResetModel();
                }),
        };
    }
    rebuild();
    endResetModel();
}

// --- filters and sorting --------------------------------------------------------------------------------

void InstanceFilterProxy::setFilters(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_terms.clear();
    for (const QString &term : filter.text.simplified().split(QChar(u' '), Qt::SkipEmptyParts))
        m_terms.append(term.toLower().toUtf8());
    relayout();
}

namespace {
/// setFilters() with one field of filters() changed.
template <typename T>
void setFilterField(InstanceFilterProxy &proxy, T InstanceFilterProxy::Filter::*field, const T &value)
{
    InstanceFilterProxy::Filter filter = proxy.filters();
    filter.*field = value;
    proxy.setFilters(filter);
}
} // namespace

void InstanceFilterProxy::setSearchText(const QString &text)
{
    setFilterField(*this, &Filter::text, text);
}

void InstanceFilterProxy::setStates(const QSet<QString> &states)
{
    setFilterField(*this, &Filter::states, states);
}

void InstanceFilterProxy::setRegions(const QSet<QString> &regions)
{
    setFilterField(*this, &Filter::regions, regions);
}

void InstanceFilterProxy::setLifecycle(const QString &lifecycle)
{
    setFilterField(*this, &Filter::lifecycle, lifecycle);
}

void InstanceFilterProxy::setCluster(const QString &cluster)
{
    setFilterField(*this, &Filter::cluster, cluster);
}

void InstanceFilterProxy::setAccountId(const QString &accountId)
{
    setAccountIds(accountId.isEmpty() ? QSet<QString>() : QSet<QString> { accountId });
}

void InstanceFilterProxy::setKind(std::optional<ResourceKind> kind)
{
    setFilterField(*this, &Filter::kind, kind);
}

void InstanceFilterProxy::setAccountIds(const QSet<QString> &accountIds)
{
    setFilterField(*this, &Filter::accountIds, accountIds);
}

void InstanceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        order = Qt::AscendingOrder;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

bool InstanceFilterProxy::acceptsRow(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    const auto text = [&index](int role) { return index.data(role).toString(); };

    if (m_filter.kind) {
        const ResourceKind kind = m_table
            ? m_table->kindAt(sourceRow)
            : resourceKindFromName(text(InstanceTableModel::KindRole)).value_or(ResourceKind::Ec2);
        if (kind != *m_filter.kind)
            return false;
    }

    if (!m_filter.states.isEmpty() && !m_filter.states.contains(text(InstanceTableModel::StateRole)))
        return false;
    if (!m_filter.regions.isEmpty() && !m_filter.regions.contains(text(InstanceTableModel::RegionRole)))
        return false;
    if (!m_filter.lifecycle.isEmpty() && text(InstanceTableModel::LifecycleRole) != m_filter.lifecycle)
        return false;
    if (!m_filter.cluster.isEmpty() && text(InstanceTableModel::ClusterRole) != m_filter.cluster)
        return false;
    if (!m_filter.accountIds.isEmpty() && !m_filter.accountIds.contains(text(InstanceTableModel::AccountIdRole)))
        return false;
    if (m_terms.isEmpty())
        return true;

    QByteArray held; // keeps the haystack alive when it came through a QVariant
    QByteArrayView haystack;
    if (m_table) {
        haystack = m_table->searchText(sourceRow);
    } else {
        held = index.data(InstanceTableModel::SearchTextRole).toByteArray();
        haystack = held;
    }
    // std::string_view::find scans with memchr; QByteArrayView::contains was 2.5x slower on 3-letter terms.
    const std::string_view hay(haystack.data(), size_t(haystack.size()));
    for (const QByteArray &term : m_terms) {
        if (hay.find(std::string_view(term.constData(), size_t(term.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}

int InstanceFilterProxy::compareByRole(int left, int right) const
{
    const QVariant l = sourceModel()->index(left, m_sortColumn).data(m_sortRole);
    const QVariant r = sourceModel()->index(right, m_sortColumn).data(m_sortRole);
    // QSortFilterProxyModel's default lessThan(): invalid values sort last, strings by QString::compare, the
    // rest by QVariant::compare.
    if (!l.isValid() || !r.isValid())
        return int(!l.isValid()) - int(!r.isValid());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), sortCaseSensitivity());
    const QPartialOrdering order = QVariant::compare(l, r);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

bool InstanceFilterProxy::rowLessThan(int left, int right) const
{
    if (m_sortColumn >= 0) {
        const int c = m_table ? m_table->compareRows(left, right, m_sortColumn, sortCaseSensitivity())
                              : compareByRole(left, right);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return left < right;
}

// --- the mapping ----------------------------------------------------------------------------------------

void InstanceFilterProxy::rebuild()
{
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int rows = source->rowCount();
    m_sourceToProxy.assign(size_t(rows), -1);
    m_proxyToSource.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        if (acceptsRow(row))
            m_proxyToSource.push_back(row);
    }
    if (m_sortColumn >= 0)
        std::sort(m_proxyToSource.begin(), m_proxyToSource.end(),
            [this](int left, int right) { return rowLessThan(left, right); });
    renumberFrom(0);
}

void InstanceFilterProxy::renumberFrom(size_t firstProxyRow)
{
    for (size_t row = firstProxyRow; row < m_proxyToSource.size(); ++row)
        m_sourceToProxy[size_t(m_proxyToSource[row])] = int(row);
}

void InstanceFilterProxy::beginLayoutChange()
{
    // Emitted first: the selection model turns its ranges into persistent indexes in its handler.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes.append(QPersistentModelIndex(mapToSource(index)));
}

void InstanceFilterProxy::endLayoutChange()
{
    QModelIndexList to;
    to.reserve(m_layoutProxyIndexes.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxyIndexes, to);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InstanceFilterProxy::relayout()
{
    beginLayoutChange();
    rebuild();
    endLayoutChange();
}

void InstanceFilterProxy::insertSourceRows(std::vector<int> rows)
{
    if (rows.empty())
        return;
    const auto less = [this](int left, int right) { return rowLessThan(left, right); };
    std::sort(rows.begin(), rows.end(), less);

    // Every new row's final position, searched from the previous one's; the positions' runs decide how to
    // announce them.
    std::vector<std::pair<int, int>> ranges; // (first final row, count), ascending
    auto next = m_proxyToSource.cbegin();
    for (size_t i = 0; i < rows.size(); ++i) {
        next = std::lower_bound(next, m_proxyToSource.cend(), rows[i], less);
        const int position = int(next - m_proxyToSource.cbegin()) + int(i);
        if (!ranges.empty() && ranges.back().first + ranges.back().second == position)
            ++ranges.back().second;
        else
            ranges.emplace_back(position, 1);
    }

    if (ranges.size() > size_t(MaxInsertRanges)) {
        beginLayoutChange();
        // The positions are known: copy the runs between them (std::merge would compare every row again).
        std::vector<int> merged;
        merged.reserve(m_proxyToSource.size() + rows.size());
        auto from = m_proxyToSource.cbegin();
        int added = 0;
        for (const auto &[first, count] : ranges) {
            const auto to = m_proxyToSource.cbegin() + (first - added); // old rows above this range
            merged.insert(merged.end(), from, to);
            merged.insert(merged.end(), rows.cbegin() + added, rows.cbegin() + added + count);
            from = to;
            added += count;
        }
        merged.insert(merged.end(), from, m_proxyToSource.cend());
        m_proxyToSource = std::move(merged);
        renumberFrom(0);
        endLayoutChange();
        return;
    }
    // Top to bottom: each range's final position is its position once the ranges above it are in.
    auto from = rows.cbegin();
    for (const auto &[first, count] : ranges) {
        beginInsertRows({}, first, first + count - 1);
        m_proxyToSource.insert(m_proxyToSource.begin() + first, from, from + count);
        from += count;
        renumberFrom(size_t(first));
        endInsertRows();
    }
}

void InstanceFilterProxy::removeProxyRows(std::vector<int> proxyRows)
{
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    auto end = proxyRows.cend();
    while (end != proxyRows.cbegin()) {
        auto begin = end - 1;
        while (begin != proxyRows.cbegin() && *(begin - 1) == *begin - 1)
            --begin;
        const int first = *begin;
        const int last = *(end - 1);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_sourceToProxy[size_t(m_proxyToSource[size_t(row)])] = -1;
        m_proxyToSource.erase(m_proxyToSource.begin() + first, m_proxyToSource.begin() + last + 1);
        renumberFrom(size_t(first));
        endRemoveRows();
        end = begin;
    }
}

// --- source changes -------------------------------------------------------------------------------------

void InstanceFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (size_t(first) < m_sourceToProxy.size()) {
        for (int &source : m_proxyToSource) {
            if (source >= first)
                source += count;
        }
    }
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, size_t(count), -1);
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (acceptsRow(row))
            accepted.push_back(row);
    }
    insertSourceRows(std::move(accepted));
}

void InstanceFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // While the source rows can still be read, as a view's rowsAboutToBeRemoved() handler may.
    std::vector<int> shown;
    for (int row = first; row <= last; ++row) {
        if (const int proxyRow = m_sourceToProxy[size_t(row)]; proxyRow >= 0)
            shown.push_back(proxyRow);
    }
    removeProxyRows(std::move(shown));
}

void InstanceFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_sourceToProxy.erase(m_sourceToProxy.begin() + first, m_sourceToProxy.begin() + last + 1);
    if (size_t(first) < m_sourceToProxy.size()) {
        for (int &source : m_proxyToSource) {
            if (source > last)
                source -= count;
        }
    }
}

void InstanceFilterProxy::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const bool keyChanged
        = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column() && m_sortColumn >= 0;
    std::vector<int> leaving; // proxy rows
    std::vector<int> entering; // source rows
    std::vector<int> staying; // source rows
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const bool shown = m_sourceToProxy[size_t(row)] >= 0;
        const bool accepted = acceptsRow(row);
        if (shown && !accepted)
            leaving.push_back(m_sourceToProxy[size_t(row)]);
        else if (!shown && accepted)
            entering.push_back(row);
        else if (shown)
            staying.push_back(row);
    }
    removeProxyRows(std::move(leaving));

    if (keyChanged && !staying.empty()) {
        // The order is still sorted unless a pair with a changed row is out of order; then the changed rows
        // are taken out (the rest is still sorted) and merged back, in one layout change.
        const auto outOfPlace = [this](int sourceRow) {
            const size_t row = size_t(m_sourceToProxy[size_t(sourceRow)]);
            return (row > 0 && rowLessThan(sourceRow, m_proxyToSource[row - 1]))
                || (row + 1 < m_proxyToSource.size() && rowLessThan(m_proxyToSource[row + 1], sourceRow));
        };
        if (std::any_of(staying.cbegin(), staying.cend(), outOfPlace)) {
            beginLayoutChange();
            std::vector<char> moving(m_sourceToProxy.size(), 0);
            for (const int row : staying)
                moving[size_t(row)] = 1;
            std::erase_if(m_proxyToSource, [&moving](int row) { return moving[size_t(row)] != 0; });
            std::vector<int> rows = staying;
            const auto less = [this](int left, int right) { return rowLessThan(left, right); };
            std::sort(rows.begin(), rows.end(), less);
            std::vector<int> merged(m_proxyToSource.size() + rows.size());
            std::merge(
                m_proxyToSource.cbegin(), m_proxyToSource.cend(), rows.cbegin(), rows.cend(), merged.begin(), less);
            m_proxyToSource = std::move(merged);
            renumberFrom(0);
            endLayoutChange();
        }
    }
    insertSourceRows(std::move(entering));

    if (staying.empty())
        return;
    std::vector<int> rows;
    rows.reserve(staying.size());
    for (const int row : staying)
        rows.push_back(m_sourceToProxy[size_t(row)]);
    std::sort(rows.begin(), rows.end());
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], topLeft.column()), index(rows[j - 1], bottomRight.column()), roles);
        i = j;
    }
}

void InstanceFilterProxy::onSourceLayoutAboutToBeChanged()
{
    beginLayoutChange();
}

void InstanceFilterProxy::onSourceLayoutChanged()
{
    rebuild();
    endLayoutChange();
}

void InstanceFilterProxy::onSourceAboutToBeReset()
{
    beginResetModel();
}

void InstanceFilterProxy::onSourceReset()
{
    rebuild();
    endResetModel();
}

// --- the Qt model interface -----------------------------------------------------------------------------

QModelIndex InstanceFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex InstanceFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex InstanceFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int InstanceFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int InstanceFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool InstanceFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex InstanceFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return sourceModel()->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex InstanceFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()
        || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant InstanceFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || size_t(section) >= m_proxyToSource.size())
            return {};
        return sourceModel()->headerData(m_proxyToSource[size_t(section)], orientation, role);
    }
    return sourceModel()->headerData(section, orientation, role);
}
