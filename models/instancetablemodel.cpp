// InstanceTableModel: the Qt model interface over compact rows, the diffs that update them and the signals they emit.
#include "models/instancetablemodel.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <bit>

namespace {

/// The items [\a from, \a to) of \a list (all of it by default), without copying.
template <typename T> std::span<const T> spanOf(const QList<T> &list, qsizetype from = 0, qsizetype to = -1)
{
    return std::span<const T>(list.constData() + from, size_t((to < 0 ? list.size() : to) - from));
}

/// Dotted IPv4 as a number, so that 10.0.0.9 sorts before 10.0.0.10; 0 for anything else (sorts first).
quint32 ipv4Value(QStringView text)
{
    quint32 value = 0;
    quint32 part = 0;
    int digits = 0;
    int dots = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            part = part * 10 + quint32(c.unicode() - u'0');
            if (++digits > 3 || part > 255)
                return 0;
        } else if (c == u'.' && digits > 0 && dots < 3) {
            value = (value << 8) | part;
            part = 0;
            digits = 0;
            ++dots;
        } else {
            return 0;
        }
    }
    return dots == 3 && digits > 0 ? (value << 8) | part : 0;
}

/// How the Multi-AZ column sorts: instances (no value), then "No", then "Yes".
quint32 multiAzRank(const InstanceRow &row)
{
    return row.isDatabase() ? (row.rds().multiAz ? 2 : 1) : 0;
}

constexpr const char *kColumnTitles[] = {
    QT_TRANSLATE_NOOP("InstanceTableModel", "Name"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Instance ID"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "State"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Type"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Lifecycle"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Region"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "AZ"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Private IP"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Public IP"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Cluster"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Health"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Launch time"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Account"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Kind"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Engine"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Storage"),
    QT_TRANSLATE_NOOP("InstanceTableModel", "Multi-AZ"),
};
static_assert(std::size(kColumnTitles) == InstanceTableModel::ColumnCount);

} // namespace

// --- the Qt model interface ---------------------------------------------------------------------------

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

InstanceTableModel::~InstanceTableModel() = default;

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) - m_removing.total();
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case InstanceIdRole:
        return row.instanceId;
    case AccountIdRole:
        return m_pool.at(row.account);
    case StateRole:
        return m_pool.at(row.state);
    case RegionRole:
        return m_pool.at(row.region);
    case LifecycleRole:
        return m_pool.at(row.lifecycle);
    case ClusterRole:
        return m_pool.at(row.cluster);
    case SearchTextRole:
        return row.searchText;
    case TagsRole: {
        QList<Ec2Tag> tags;
        tags.reserve(row.tagCount);
        for (quint32 i = 0; i < row.tagCount; ++i)
            tags.append({ m_pool.at(row.tags[i].key), m_pool.at(row.tags[i].value) });
        return QVariant::fromValue(tags);
    }
    case KindRole:
        return resourceKindName(row.kind());
    case ResourceIdRole:
        return row.rds().resourceId;
    case EngineRole:
        return m_pool.at(row.rds().engine);
    case EngineVersionRole:
        return m_pool.at(row.rds().engineVersion);
    case StorageGbRole:
        return int(row.rds().storageGb);
    case MultiAzRole:
        return row.rds().multiAz;
    case SortRole:
        switch (index.column()) {
        case LaunchTimeColumn:
            return Row::timeOf(row.launchMs);
        case PrivateIpColumn:
            return ipv4Value(row.privateIp);
        case PublicIpColumn:
            return ipv4Value(row.publicIp);
        case StorageColumn:
            return row.rds().storageGb;
        case KindColumn:
            return resourceKindName(row.kind());
        case MultiAzColumn:
            return multiAzRank(row);
        default:
            return displayText(row, index.column());
        }
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(kColumnTitles[section]);
}

Qt::ItemFlags InstanceTableModel::flags(const QModelIndex &index) const
{
    // The root (invalid index) must not claim item flags: QAbstractItemModelTester checks that.
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> InstanceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(InstanceIdRole, "instanceId");
    names.insert(AccountIdRole, "accountId");
    names.insert(StateRole, "state");
    names.insert(RegionRole, "region");
    names.insert(LifecycleRole, "lifecycle");
    names.insert(ClusterRole, "cluster");
    names.insert(SearchTextRole, "searchText");
    names.insert(TagsRole, "tags");
    names.insert(SortRole, "sortValue");
    names.insert(KindRole, "kind");
    names.insert(ResourceIdRole, "resourceId");
    names.insert(EngineRole, "engine");
    names.insert(EngineVersionRole, "engineVersion");
    names.insert(StorageGbRole, "storageGb");
    names.insert(MultiAzRole, "multiAz");
    return names;
}

const QString &InstanceTableModel::cellText(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return m_pool.at(row.name);
    case InstanceIdColumn:
        return row.instanceId;
    case StateColumn:
        return m_pool.at(row.state);
    case TypeColumn:
        return m_pool.at(row.type);
    case LifecycleColumn:
        return m_pool.at(row.lifecycle);
    case RegionColumn:
        return m_pool.at(row.region);
    case AvailabilityZoneColumn:
        return m_pool.at(row.zone);
    case PrivateIpColumn:
        return row.privateIp;
    case PublicIpColumn:
        return row.publicIp;
    case ClusterColumn:
        return m_pool.at(row.cluster);
    case HealthColumn:
        return m_pool.at(row.health);
    case LaunchTimeColumn:
        return row.launchTimeText();
    case AccountColumn:
        if (const auto it = m_accountLabels.constFind(row.account); it != m_accountLabels.constEnd())
            return *it;
        return m_pool.at(row.account);
    default:
        return m_pool.at(0);
    }
}

QString InstanceTableModel::databaseCellText(const Row &row, int column) const
{
    if (column == KindColumn)
        return row.isDatabase() ? tr("RDS") : tr("EC2");
    if (!row.isDatabase())
        return {};
    switch (column) {
    case EngineColumn: {
        const QString &engine = m_pool.at(row.rds().engine);
        const QString &version = m_pool.at(row.rds().engineVersion);
        return version.isEmpty() ? engine : engine + QLatin1Char(' ') + version;
    }
    case StorageColumn:
        return tr("%1 GiB").arg(QLocale().toString(row.rds().storageGb));
    case MultiAzColumn:
        return row.rds().multiAz ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QString InstanceTableModel::displayText(const Row &row, int column) const
{
    return column >= KindColumn ? databaseCellText(row, column) : cellText(row, column);
}

// --- lookups ------------------------------------------------------------------------------------------

StoredInstance InstanceTableModel::instanceAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return rowAt(row).toStoredInstance(m_pool);
}

int InstanceTableModel::rowOf(const QString &accountId, const QString &key) const
{
    const quint32 account = m_pool.find(accountId);
    return account == StringPool::NotFound || account == 0 ? -1 : m_removing.logicalRow(findRow(account, key));
}

ResourceKind InstanceTableModel::kindAt(int row) const
{
    return rowAt(row).kind();
}

void InstanceTableModel::markSeenNow(const QString &accountId, std::span<const QString> keys, const QDateTime &seenAt)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    for (const QString &id : keys) {
        if (const int row = findRow(account, id); row >= 0)
            m_rows[size_t(row)].lastSeen = seenAt;
    }
}

int InstanceTableModel::findRow(quint32 account, const QString &key) const
{
    return int(m_index.find(quint32(Row::keyHashOf(account, key)), [&](quint32 row) {
        const Row &r = m_rows[row];
        return r.account == account && r.key() == key;
    }));
}

int InstanceTableModel::rowAfter(int hint, quint32 account, const QString &key, quint64 keyHash) const
{
    const size_t next = size_t(hint + 1);
    if (next < m_rows.size() && m_rows[next].keyHash == keyHash && m_rows[next].account == account)
        return int(next);
    return findRow(account, key);
}

QHash<QString, int> InstanceTableModel::countsByState() const
{
    // Counting into an array indexed by pool id keeps the pass over 100,000 rows free of hashing.
    std::vector<int> counts(m_pool.idLimit(), 0);
    const int rows = rowCount();
    for (int i = 0; i < rows; ++i)
        ++counts[rowAt(i).state];
    QHash<QString, int> result;
    for (quint32 id = 0; id < counts.size(); ++id) {
        if (counts[id] > 0)
            result.insert(m_pool.at(id), counts[id]);
    }
    return result;
}

InstanceTableModel::KindCounts InstanceTableModel::countsByKind() const
{
    KindCounts counts;
    const int rows = rowCount();
    for (int i = 0; i < rows; ++i) {
        const Row &row = rowAt(i);
        if (!row.isDatabase())
            ++counts.instances;
        else if (m_pool.at(row.state) == StoredInstance::DeletedState)
            ++counts.deletedDatabases;
        else
            ++counts.databases;
    }
    return counts;
}

QByteArrayView InstanceTableModel::searchText(int row) const
{
    return rowAt(row).searchText;
}

int InstanceTableModel::compareRows(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const
{
    const Row &left = rowAt(leftRow);
    const Row &right = rowAt(rightRow);
    const auto threeWay = [](const auto &a, const auto &b) { return a < b ? -1 : (b < a ? 1 : 0); };
    switch (column) {
    case LaunchTimeColumn:
        return threeWay(left.launchMs, right.launchMs);
    case PrivateIpColumn:
        return threeWay(ipv4Value(left.privateIp), ipv4Value(right.privateIp));
    case PublicIpColumn:
        return threeWay(ipv4Value(left.publicIp), ipv4Value(right.publicIp));
    case StorageColumn:
        return threeWay(left.rds().storageGb, right.rds().storageGb);
    case KindColumn: // "ec2" < "rds", as SortRole has them
        return threeWay(quint8(left.kind()), quint8(right.kind()));
    case MultiAzColumn:
        return threeWay(multiAzRank(left), multiAzRank(right));
    case EngineColumn:
        // Instances have none: only databases' texts are made, as SortRole makes them.
        if (!left.isDatabase() && !right.isDatabase())
            return 0;
        return QString::compare(databaseCellText(left, column), databaseCellText(right, column), cs);
    default: {
        const QString &a = cellText(left, column);
        const QString &b = cellText(right, column);
        // Pooled values share their text, and most columns have few distinct values: equal at a glance.
        if (a.constData() == b.constData())
            return 0;
        return QString::compare(a, b, cs);
    }
    }
}

int InstanceTableModel::internedStringCount() const
{
    return m_pool.liveCount();
}

// --- rows ---------------------------------------------------------------------------------------------

InstanceTableModel::ColumnMask InstanceTableModel::changedColumns(const Row &row, const StoredInstance &s) const
{
    const auto bit = [](Column column) { return ColumnMask(1) << column; };
    ColumnMask mask = 0;
    // The key is equal, but a database's identifier (instanceId) changes when it is renamed.
    if (row.instanceId != s.instanceId)
        mask |= bit(InstanceIdColumn) | RowWide;
    if (row.kind() != s.kind)
        mask |= bit(KindColumn) | RowWide;
    if (m_pool.at(row.rds().engine) != s.engine || m_pool.at(row.rds().engineVersion) != s.engineVersion)
        mask |= bit(EngineColumn) | RowWide;
    if (row.rds().storageGb != quint32(qMax(0, s.storageGb)))
        mask |= bit(StorageColumn);
    if (row.rds().multiAz != s.multiAz)
        mask |= bit(MultiAzColumn);
    if (m_pool.at(row.name) != s.name)
        mask |= bit(NameColumn) | RowWide;
    if (m_pool.at(row.state) != s.state)
        mask |= bit(StateColumn);
    if (m_pool.at(row.type) != s.instanceType)
        mask |= bit(TypeColumn);
    if (m_pool.at(row.lifecycle) != s.lifecycle)
        mask |= bit(LifecycleColumn);
    if (m_pool.at(row.region) != s.region)
        mask |= bit(RegionColumn);
    if (m_pool.at(row.zone) != s.availabilityZone)
        mask |= bit(AvailabilityZoneColumn);
    if (row.privateIp != s.privateIp)
        mask |= bit(PrivateIpColumn) | RowWide;
    if (row.publicIp != s.publicIp)
        mask |= bit(PublicIpColumn) | RowWide;
    if (m_pool.at(row.cluster) != s.cluster)
        mask |= bit(ClusterColumn);
    if (!s.health.isEmpty() && m_pool.at(row.health) != s.health)
        mask |= bit(HealthColumn);
    if (row.launchMs != Row::msecsOf(s.launchTime))
        mask |= bit(LaunchTimeColumn);
    if (row.tagCount != quint32(s.tags.size())) {
        mask |= RowWide;
    } else {
        for (quint32 i = 0; i < row.tagCount; ++i) {
            if (m_pool.at(row.tags[i].key) != s.tags[i].key || m_pool.at(row.tags[i].value) != s.tags[i].value) {
                mask |= RowWide;
                break;
            }
        }
    }
    return mask;
}

// --- diffs --------------------------------------------------------------------------------------------

void InstanceTableModel::applyPage(const QString &accountId, const QList<StoredInstance> &page)
{
    if (!sliced()) {
        upsert(accountId, spanOf(page), nullptr);
    } else if (!accountId.isEmpty() && !page.isEmpty()) {
        PendingChange change = pendingChange(PendingChange::Kind::Upsert, accountId);
        change.instances = page;
        enqueue(std::move(change));
    }
}

void InstanceTableModel::replaceAccount(const QString &accountId, const QList<StoredInstance> &instances)
{
    if (accountId.isEmpty())
        return;
    if (sliced()) {
        PendingChange change = pendingChange(PendingChange::Kind::Replace, accountId);
        change.instances = instances;
        enqueue(std::move(change));
        return;
    }
    std::vector<bool> seen(m_rows.size(), false);
    // Held across both halves, so the id stays the same even if every row of the account goes in between.
    const quint32 account = m_pool.acquire(accountId);
    upsert(accountId, spanOf(instances), &seen);
    removeUnseen(accountId, seen);
    m_pool.release(account);
}

void InstanceTableModel::markSeen(const QString &accountId, const QStringList &keys, const QDateTime &seenAt)
{
    if (!sliced()) {
        markSeenNow(accountId, spanOf(keys), seenAt);
    } else if (!keys.isEmpty()) {
        PendingChange change = pendingChange(PendingChange::Kind::Seen, accountId);
        change.keys = keys;
        change.seenAt = seenAt;
        enqueue(std::move(change));
    }
}

void InstanceTableModel::setHealth(const QString &accountId, const QList<QPair<QString, QString>> &health)
{
    if (!sliced()) {
        setHealthNow(accountId, spanOf(health));
    } else if (!health.isEmpty()) {
        PendingChange change = pendingChange(PendingChange::Kind::Health, accountId);
        change.health = health;
        enqueue(std::move(change));
    }
}

void InstanceTableModel::removeInstances(const QString &accountId, const QStringList &keys)
{
    if (!sliced()) {
        removeInstancesNow(accountId, spanOf(keys));
    } else if (!keys.isEmpty()) {
        PendingChange change = pendingChange(PendingChange::Kind::Remove, accountId);
        change.keys = keys;
        enqueue(std::move(change));
    }
}

void InstanceTableModel::clearAccount(const QString &accountId)
{
    if (sliced())
        enqueue(pendingChange(PendingChange::Kind::Clear, accountId));
    else
        clearAccountNow(accountId);
}

void InstanceTableModel::upsert(
    const QString &accountId, std::span<const StoredInstance> instances, std::vector<bool> *seen)
{
    if (accountId.isEmpty())
        return;
    // Held for the whole call so the id stays valid even if every row of the account goes.
    const quint32 account = m_pool.acquire(accountId);
    std::vector<std::pair<int, ColumnMask>> changes;
    std::vector<Row> added;
    QHash<QString, qsizetype> addedIndex; // a page may list an instance twice: the later one updates the earlier

    int hint = -1;
    for (const StoredInstance &s : instances) {
        const quint64 fingerprint = Row::fingerprintOf(s);
        // The unchanged 99% of a refresh: the row after the last match with the same fingerprint is this very
        // instance (the fingerprint covers the id), so not even the key needs hashing.
        const size_t next = size_t(hint + 1);
        const int row
            = next < m_rows.size() && m_rows[next].fingerprint == fingerprint && m_rows[next].account == account
            ? int(next)
            : rowAfter(hint, account, s.key(), Row::keyHashOf(account, s.key()));

        if (row >= 0) {
            hint = row;
            if (seen && size_t(row) < seen->size())
                (*seen)[size_t(row)] = true;
            Row &stored = m_rows[size_t(row)];
            stored.lastSeen = s.lastSeen; // bookkeeping only: no column shows it, so no signal
            ColumnMask mask = 0;
            if (stored.fingerprint != fingerprint)
                mask = changedColumns(stored, s);
            else if (!s.health.isEmpty() && m_pool.at(stored.health) != s.health)
                mask = ColumnMask(1) << HealthColumn;
            if (mask == 0) {
                stored.fingerprint = fingerprint;
                continue;
            }
            Row updated = Row::make(m_pool, account, s, fingerprint);
            // Equal keys; sharing keeps one copy with the index key.
            if (updated.isDatabase() && stored.isDatabase())
                updated.database->resourceId = stored.database->resourceId;
            else
                updated.instanceId = stored.instanceId;
            updated.firstSeen = stored.firstSeen;
            if (s.health.isEmpty())
                updated.health = m_pool.retain(stored.health);
            stored.release(m_pool);
            stored = std::move(updated);
            changes.emplace_back(row, mask);
        } else if (const auto it = addedIndex.constFind(s.key()); it != addedIndex.constEnd()) {
            // As if the earlier one were stored already (as it is when a slice boundary falls between the two).
            Row &pending = added[size_t(*it)];
            Row updated = Row::make(m_pool, account, s, fingerprint);
            updated.firstSeen = pending.firstSeen;
            if (s.health.isEmpty())
                updated.health = m_pool.retain(pending.health);
            pending.release(m_pool);
            pending = std::move(updated);
        } else {
            addedIndex.insert(s.key(), qsizetype(added.size()));
            added.push_back(Row::make(m_pool, account, s, fingerprint));
        }
    }

    emitDataChanged(changes);

    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added) {
            m_index.insert(quint32(row.keyHash), quint32(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    m_pool.release(account);
}

void InstanceTableModel::removeUnseen(const QString &accountId, const std::vector<bool> &seen)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    std::vector<int> missing;
    for (size_t row = 0; row < seen.size(); ++row) {
        if (!seen[row] && m_rows[row].account == account)
            missing.push_back(int(row));
    }
    removeRowSet(missing);
}

void InstanceTableModel::setHealthNow(const QString &accountId, std::span<const QPair<QString, QString>> health)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    std::vector<std::pair<int, ColumnMask>> changes;
    int hint = -1;
    for (const auto &[instanceId, value] : health) {
        // Statuses listed in the rows' order (instance order, as DescribeInstances' pages were) skip the hash.
        const int row = rowAfter(hint, account, instanceId, Row::keyHashOf(account, instanceId));
        if (row < 0)
            continue;
        hint = row;
        Row &stored = m_rows[size_t(row)];
        if (m_pool.at(stored.health) == value)
            continue;
        const quint32 id = m_pool.acquire(value);
        m_pool.release(stored.health);
        stored.health = id;
        changes.emplace_back(row, ColumnMask(1) << HealthColumn);
    }
    emitDataChanged(changes);
}

void InstanceTableModel::setAccountLabel(const QString &accountId, const QString &label)
{
    if (accountId.isEmpty())
        return;
    const quint32 account = m_pool.acquire(accountId);
    const auto it = m_accountLabels.find(account);
    const QString old = it != m_accountLabels.end() ? *it : accountId;
    const QString shown = label.isEmpty() ? accountId : label;
    if (shown == accountId) {
        if (it != m_accountLabels.end()) {
            m_accountLabels.erase(it);
            m_pool.release(account); // the label's reference
        }
    } else if (it != m_accountLabels.end()) {
        *it = shown;
    } else {
        m_accountLabels.insert(account, shown);
        m_pool.retain(account); // kept while the label exists, so the id is the same when rows arrive
    }
    if (shown != old) {
        std::vector<std::pair<int, ColumnMask>> changes;
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].account == account)
                changes.emplace_back(int(row), ColumnMask(1) << AccountColumn);
        }
        emitDataChanged(changes);
    }
    m_pool.release(account);
}

void InstanceTableModel::emitDataChanged(std::vector<std::pair<int, ColumnMask>> &changes)
{
    if (changes.empty())
        return;
    std::sort(changes.begin(), changes.end());
    const auto emitRun = [this](int first, int last, ColumnMask mask) {
        const int left = (mask & RowWide) ? 0 : std::countr_zero(mask);
        const int right = (mask & RowWide) ? ColumnCount - 1 : std::bit_width(mask) - 1;
        Q_EMIT dataChanged(index(first, left), index(last, right));
    };
    int first = changes.front().first;
    int last = first;
    ColumnMask mask = changes.front().second;
    for (size_t i = 1; i < changes.size(); ++i) {
        const auto [row, rowMask] = changes[i];
        if (row == last || row == last + 1) { // the same row twice when a page repeats an instance
            last = row;
            mask |= rowMask;
            continue;
        }
        emitRun(first, last, mask);
        first = last = row;
        mask = rowMask;
    }
    emitRun(first, last, mask);
}

void InstanceTableModel::removeInstancesNow(const QString &accountId, std::span<const QString> keys)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    std::vector<int> rows;
    rows.reserve(keys.size());
    for (const QString &id : keys) {
        if (const int row = findRow(account, id); row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    removeRowSet(rows);
}

void InstanceTableModel::clearAccountNow(const QString &accountId)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    std::vector<int> rows;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].account == account)
            rows.push_back(int(row));
    }
    removeRowSet(rows);
}

void InstanceTableModel::removeRowSet(const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    std::vector<std::pair<int, int>> runs; // (first, count), ascending
    for (const int row : rows) {
        if (!runs.empty() && runs.back().first + runs.back().second == row)
            ++runs.back().second;
        else
            runs.emplace_back(row, 1);
    }

    // Erasing each run from m_rows as it is announced would move the tail once per run (1,000 scattered
    // removals at 100,000 rows: a second). Instead the rows stay put while the signals go out and
    // m_removing hides the announced runs; the storage is compacted once at the end.
    m_removing.reserve(runs.size());
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        // Nothing below this run has been removed yet, so its physical rows are the rows the views see.
        beginRemoveRows({}, run->first, run->first + run->second - 1);
        m_removing.add(run->first, run->second);
        endRemoveRows();
    }

    size_t write = size_t(rows.front());
    auto removed = rows.cbegin();
    for (size_t read = write; read < m_rows.size(); ++read) {
        if (removed != rows.cend() && *removed == int(read)) {
            ++removed;
            m_rows[read].release(m_pool);
            continue;
        }
        m_rows[write++] = std::move(m_rows[read]);
    }
    m_rows.truncate(write);
    m_removing.clear();
    rebuildIndex();
}

void InstanceTableModel::rebuildIndex()
{
    // Rows below the first removed one kept their numbers, but a linear-probing table cannot drop entries
    // without tombstones; refilling it from the stored hashes is one pass over 8-byte slots.
    m_index.reset(m_rows.size());
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_index.insert(quint32(m_rows[row].keyHash), quint32(row));
}

// --- sliced application -------------------------------------------------------------------------------

namespace {
/// The fewest items a slice applies: below this, a slice's fixed costs (the proxy's merge into 100,000 rows, the
/// views' bookkeeping) outweigh its rows.
constexpr qsizetype MinSliceItems = 16;

/// First guesses of the ns per item of each PendingChange::Kind, before any slice was measured (at 100,000 rows,
/// sorted, with a view: bench/bench_instancemodel.cpp).
constexpr double InitialNsPerItem[] = { 10'000, 10'000, 300, 3'000, 10'000, 0 };
} // namespace

qsizetype InstanceTableModel::PendingChange::size() const
{
    switch (kind) {
    case Kind::Upsert:
    case Kind::Replace:
        return instances.size();
    case Kind::Seen:
    case Kind::Remove:
        return keys.size();
    case Kind::Health:
        return health.size();
    case Kind::Clear:
        return 0;
    }
    return 0;
}

InstanceTableModel::PendingChange InstanceTableModel::pendingChange(PendingChange::Kind kind, const QString &accountId)
{
    PendingChange change;
    change.kind = kind;
    change.accountId = accountId;
    return change;
}

void InstanceTableModel::setSliceBudget(std::chrono::microseconds budget)
{
    if (budget.count() <= 0) {
        flush();
        budget = std::chrono::microseconds(0);
    } else if (m_sliceBudget.count() <= 0) {
        std::copy(std::cbegin(InitialNsPerItem), std::cend(InitialNsPerItem), m_nsPerItem);
    }
    m_sliceBudget = budget;
}

void InstanceTableModel::flush()
{
    if (m_applying || m_pending.empty())
        return;
    applyPending(-1);
}

void InstanceTableModel::enqueue(PendingChange &&change)
{
    if (change.kind == PendingChange::Kind::Clear) {
        for (PendingChange &queued : m_pending) {
            if (queued.accountId == change.accountId)
                queued.dropped = true;
        }
    }
    m_pending.push_back(std::move(change));
    if (!m_turnUsed && !m_applying)
        runTurn();
}

void InstanceTableModel::runTurn()
{
    m_turnUsed = true;
    // Posted before applying, so that changes announced later in this turn (also by handlers of the signals below)
    // wait for the next one, and the next one starts with a fresh budget.
    if (!m_continuationPosted) {
        m_continuationPosted = true;
        QMetaObject::invokeMethod(this, &InstanceTableModel::continuePending, Qt::QueuedConnection);
    }
    applyPending(qint64(m_sliceBudget.count()) * 1000);
}

void InstanceTableModel::continuePending()
{
    m_continuationPosted = false;
    m_turnUsed = false;
    if (!m_pending.empty() && sliced())
        runTurn();
}

void InstanceTableModel::applyPending(qint64 budgetNs)
{
    m_applying = true;
    QElapsedTimer clock;
    clock.start();
    bool firstSlice = true;
    while (!m_pending.empty()) {
        // A reference stays valid while handlers queue more changes (std::deque::push_back moves no element).
        PendingChange &change = m_pending.front();
        if (change.dropped) {
            m_pending.pop_front();
            continue;
        }
        const int kind = int(change.kind);
        qsizetype count = change.size() - change.done;
        if (budgetNs >= 0) {
            const qint64 elapsed = clock.nsecsElapsed();
            if (elapsed >= budgetNs)
                break;
            const double fit = double(budgetNs - elapsed) / std::max(m_nsPerItem[kind], 1.0);
            if (!firstSlice && fit < double(MinSliceItems) && count > 0)
                break; // too little left of this turn to be worth a slice
            count = std::min(count, std::max(MinSliceItems, qsizetype(fit)));
        }
        const qint64 start = clock.nsecsElapsed();
        const qsizetype from = change.done;
        const bool complete = applySlice(change, count);
        if (const qsizetype items = change.done - from; items > 0 && budgetNs >= 0) {
            // Smoothed over slices: one slice that the scheduler interrupted does not halve the next.
            const double observed = double(clock.nsecsElapsed() - start) / double(items);
            m_nsPerItem[kind] = 0.5 * m_nsPerItem[kind] + 0.5 * observed;
        }
        firstSlice = false;
        if (complete)
            m_pending.pop_front();
    }
    m_applying = false;
    if (m_pending.empty())
        Q_EMIT pendingChangesApplied();
}

void InstanceTableModel::releaseApplied(PendingChange &change, qsizetype from, qsizetype to)
{
    // Only a list no one else holds: releasing from a shared one would copy it whole first.
    if (!change.instances.isDetached())
        return;
    StoredInstance *instances = change.instances.data();
    for (qsizetype i = from; i < to; ++i)
        instances[i] = StoredInstance();
}

bool InstanceTableModel::applySlice(PendingChange &change, qsizetype count)
{
    const qsizetype from = change.done;
    const qsizetype to = std::min(change.size(), from + count);
    const auto part = [from, to](const auto &list) { return spanOf(list, from, to); };
    switch (change.kind) {
    case PendingChange::Kind::Upsert:
        upsert(change.accountId, part(change.instances), nullptr);
        releaseApplied(change, from, to);
        break;
    case PendingChange::Kind::Replace:
        if (!change.begun) {
            change.seen.assign(m_rows.size(), false);
            change.begun = true;
        }
        if (from == change.size()) {
            // The listing is in: what it did not name goes, in a slice of its own.
            removeUnseen(change.accountId, change.seen);
            return true;
        }
        upsert(change.accountId, part(change.instances), &change.seen);
        releaseApplied(change, from, to);
        change.done = to;
        return false;
    case PendingChange::Kind::Seen:
        markSeenNow(change.accountId, part(change.keys), change.seenAt);
        break;
    case PendingChange::Kind::Health:
        setHealthNow(change.accountId, part(change.health));
        break;
    case PendingChange::Kind::Remove:
        removeInstancesNow(change.accountId, part(change.keys));
        break;
    case PendingChange::Kind::Clear:
        clearAccountNow(change.accountId);
        return true;
    }
    change.done = to;
    return to == change.size();
}
