// InstanceTableModel: compact row storage, the diffs that update it and the signals they emit.
#include "models/instancetablemodel.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

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

/// Appends \a text lower-cased as UTF-8. Nearly every tag is ASCII, which skips the two temporary strings.
void appendLowerUtf8(QByteArray &out, const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        out += text.toLower().toUtf8();
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *dst = out.data() + at;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *dst++ = char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
    }
}

/// A 64-bit fingerprint of a sequence of strings and numbers, for change detection and hash tables (not
/// against adversaries). Each item is hashed on its own, seeded with its position, and the items' hashes are
/// xor-folded: the items' hash chains are independent, so the CPU overlaps them. (The previous design ran one
/// multiply-xorshift chain through every string of an instance; at ~570 cycles an instance, that latency-bound
/// chain was 22 ms of a 100,000-instance refresh in perf, the largest part.) A change to any one item always
/// changes that item's hash (each step is a bijection of the state, the final mix too), hence the value; changes
/// to several items collide with odds of about 2^-64.
class Fingerprint
{
public:
    void add(quint64 word) { m_value ^= mix(word ^ seed()); }
    void add(const QString &text) { m_value ^= hashText(text, seed()); }
    quint64 value() const { return mix(m_value ^ (m_count * 0xc2b2ae3d27d4eb4fULL)); }

private:
    static constexpr quint64 K1 = 0x9e3779b97f4a7c15ULL;
    static constexpr quint64 K2 = 0xc2b2ae3d27d4eb4fULL;

    quint64 seed() { return ++m_count * K1; }

    static quint64 mix(quint64 h)
    {
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ULL;
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ULL;
        return h ^ (h >> 32);
    }
    /// The last 0, 2, 4 or 6 bytes of a string, with fixed-size loads (a variable memcpy is a library call).
    static quint64 loadTail(const uchar *p, size_t size)
    {
        quint64 word = 0;
        if (size & 4) {
            quint32 low;
            std::memcpy(&low, p, 4);
            word = low;
            p += 4;
        }
        if (size & 2) {
            quint16 high;
            std::memcpy(&high, p, 2);
            word |= quint64(high) << ((size & 4) ? 32 : 0);
        }
        return word;
    }
    static quint64 hashText(const QString &text, quint64 seed)
    {
        const auto *p = reinterpret_cast<const uchar *>(text.constData());
        size_t size = size_t(text.size()) * sizeof(QChar);
        // The length seeds the state, so "ab" + "c" and "a" + "bc" differ even before the positions do.
        quint64 a = seed ^ (quint64(text.size()) * K2);
        quint64 b = seed + K2;
        for (; size >= 16; size -= 16, p += 16) {
            quint64 w[2];
            std::memcpy(w, p, 16);
            a = (a ^ w[0]) * K1;
            b = (b ^ w[1]) * K2;
        }
        quint64 t0;
        quint64 t1 = 0;
        if (size >= 8) {
            std::memcpy(&t0, p, 8);
            t1 = loadTail(p + 8, size - 8);
        } else {
            t0 = loadTail(p, size);
        }
        a = (a ^ t0) * K1;
        b = (b ^ t1) * K2;
        return mix(a ^ ((b << 31) | (b >> 33)));
    }

    quint64 m_value = 0;
    quint64 m_count = 0;
};

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
};
static_assert(std::size(kColumnTitles) == InstanceTableModel::ColumnCount);

} // namespace

// --- times --------------------------------------------------------------------------------------------

qint64 InstanceTableModel::msecsOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : NoTime;
}

QDateTime InstanceTableModel::timeOf(qint64 msecs)
{
    return msecs == NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// --- StringPool ---------------------------------------------------------------------------------------

InstanceTableModel::StringPool::StringPool()
{
    m_entries.push_back({ QString(), 1 });
}

quint32 InstanceTableModel::StringPool::acquire(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const quint32 hash = textHash(text);
    const qint64 found = m_index.find(hash, [&](quint32 id) { return m_entries[id].text == text; });
    if (found >= 0)
        return retain(quint32(found));
    quint32 id;
    if (!m_freeIds.empty()) {
        id = m_freeIds.back();
        m_freeIds.pop_back();
        m_entries[id] = { text, 1, hash };
    } else {
        id = quint32(m_entries.size());
        m_entries.push_back({ text, 1, hash });
    }
    m_index.insert(hash, id);
    return id;
}

quint32 InstanceTableModel::StringPool::retain(quint32 id)
{
    if (id != 0)
        ++m_entries[id].refs;
    return id;
}

void InstanceTableModel::StringPool::release(quint32 id)
{
    if (id == 0)
        return;
    Entry &entry = m_entries[id];
    Q_ASSERT(entry.refs > 0);
    if (--entry.refs == 0) {
        m_index.eraseSlot(m_index.findSlot(entry.hash, [id](quint32 value) { return value == id; }));
        entry.text = QString();
        m_freeIds.push_back(id);
    }
}

quint32 InstanceTableModel::StringPool::find(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const qint64 found = m_index.find(textHash(text), [&](quint32 id) { return m_entries[id].text == text; });
    return found < 0 ? NotFound : quint32(found);
}

// --- RowStore and HashIndex ---------------------------------------------------------------------------

void InstanceTableModel::RowStore::push_back(Row &&row)
{
    if (m_size == m_chunks.size() << ChunkBits)
        m_chunks.push_back(std::make_unique<Row[]>(ChunkMask + 1));
    (*this)[m_size++] = std::move(row);
}

void InstanceTableModel::RowStore::truncate(size_t size)
{
    for (size_t row = size; row < m_size; ++row)
        (*this)[row] = Row();
    m_size = size;
    // One spare chunk is kept, so a table hovering at a chunk boundary does not allocate on every page.
    const size_t needed = (size >> ChunkBits) + 2;
    if (m_chunks.size() > needed)
        m_chunks.resize(needed);
}

void InstanceTableModel::HashIndex::insert(quint32 hash, quint32 value)
{
    if (2 * (m_size + 1) > m_slots.size()) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, 2 * old.size()), Slot { 0, 0 });
        m_mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.valuePlusOne != 0)
                place(slot);
        }
    }
    place({ hash, value + 1 });
    ++m_size;
}

void InstanceTableModel::HashIndex::eraseSlot(qsizetype slot)
{
    Q_ASSERT(slot >= 0 && m_slots[size_t(slot)].valuePlusOne != 0);
    // Backward-shift deletion: later slots of the probe chain move up, so no tombstones accumulate.
    size_t hole = size_t(slot);
    for (size_t next = (hole + 1) & m_mask; m_slots[next].valuePlusOne != 0; next = (next + 1) & m_mask) {
        const size_t home = m_slots[next].hash & m_mask;
        const bool homeInGap = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
        if (homeInGap)
            continue;
        m_slots[hole] = m_slots[next];
        hole = next;
    }
    m_slots[hole] = { 0, 0 };
    --m_size;
}

void InstanceTableModel::HashIndex::reset(size_t entries)
{
    m_slots.assign(std::max<size_t>(64, std::bit_ceil(2 * entries + 1)), Slot { 0, 0 });
    m_mask = m_slots.size() - 1;
    m_size = 0;
}

void InstanceTableModel::HashIndex::place(Slot slot)
{
    size_t i = slot.hash & m_mask;
    while (m_slots[i].valuePlusOne != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = slot;
}

// --- the Qt model interface ---------------------------------------------------------------------------

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

InstanceTableModel::~InstanceTableModel() = default;

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) - m_removingTotal;
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
        return cellText(row, index.column());
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
    case SortRole:
        switch (index.column()) {
        case LaunchTimeColumn:
            return timeOf(row.launchMs);
        case PrivateIpColumn:
            return ipv4Value(row.privateIp);
        case PublicIpColumn:
            return ipv4Value(row.publicIp);
        default:
            return cellText(row, index.column());
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
        // Formatting costs more than everything else data() does; most rows are never on screen.
        if (row.launchText.isNull() && row.launchMs != NoTime)
            row.launchText = timeOf(row.launchMs).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
        return row.launchText;
    case AccountColumn:
        if (const auto it = m_accountLabels.constFind(row.account); it != m_accountLabels.constEnd())
            return *it;
        return m_pool.at(row.account);
    default:
        return m_pool.at(0);
    }
}

// --- lookups ------------------------------------------------------------------------------------------

StoredInstance InstanceTableModel::instanceAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    const Row &r = rowAt(row);
    StoredInstance s;
    s.accountId = m_pool.at(r.account);
    s.instanceId = r.instanceId;
    s.region = m_pool.at(r.region);
    s.availabilityZone = m_pool.at(r.zone);
    s.state = m_pool.at(r.state);
    s.instanceType = m_pool.at(r.type);
    s.lifecycle = m_pool.at(r.lifecycle);
    s.privateIp = r.privateIp;
    s.publicIp = r.publicIp;
    s.launchTime = timeOf(r.launchMs);
    s.name = m_pool.at(r.name);
    s.cluster = m_pool.at(r.cluster);
    s.tags.reserve(r.tagCount);
    for (quint32 i = 0; i < r.tagCount; ++i)
        s.tags.append({ m_pool.at(r.tags[i].key), m_pool.at(r.tags[i].value) });
    s.health = m_pool.at(r.health);
    s.firstSeen = r.firstSeen;
    s.lastSeen = r.lastSeen;
    return s;
}

int InstanceTableModel::rowOf(const QString &accountId, const QString &instanceId) const
{
    const quint32 account = m_pool.find(accountId);
    return account == StringPool::NotFound || account == 0 ? -1 : logicalRow(findRow(account, instanceId));
}

void InstanceTableModel::markSeen(const QString &accountId, const QStringList &instanceIds, const QDateTime &seenAt)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    for (const QString &id : instanceIds) {
        if (const int row = findRow(account, id); row >= 0)
            m_rows[size_t(row)].lastSeen = seenAt;
    }
}

int InstanceTableModel::findRow(quint32 account, const QString &instanceId) const
{
    return int(m_index.find(quint32(keyHash(account, instanceId)), [&](quint32 row) {
        const Row &r = m_rows[row];
        return r.account == account && r.instanceId == instanceId;
    }));
}

int InstanceTableModel::rowAfter(int hint, quint32 account, const QString &instanceId, quint64 key) const
{
    const size_t next = size_t(hint + 1);
    if (next < m_rows.size() && m_rows[next].keyHash == key && m_rows[next].account == account)
        return int(next);
    return findRow(account, instanceId);
}

quint32 InstanceTableModel::textHash(const QString &text)
{
    Fingerprint f;
    f.add(text);
    return quint32(f.value());
}

quint64 InstanceTableModel::keyHash(quint32 account, const QString &instanceId)
{
    Fingerprint f;
    f.add(quint64(account));
    f.add(instanceId);
    return f.value();
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

int InstanceTableModel::physicalRow(int row) const
{
    if (m_removing.empty())
        return row;
    // m_removing is ordered highest run first, so the runs' positions as the views now see them descend too:
    // the first run that starts at or below \a row is the nearest one under it.
    const int total = m_removingTotal;
    const auto it = std::partition_point(m_removing.cbegin(), m_removing.cend(),
        [row, total](const RemovedRun &run) { return run.first - (total - run.removedAbove) > row; });
    return it == m_removing.cend() ? row : row + total - it->removedAbove + it->count;
}

int InstanceTableModel::logicalRow(int physical) const
{
    if (physical < 0 || m_removing.empty())
        return physical;
    // Only while removals are being announced, and only from rowOf(): a linear pass over the runs is enough.
    int below = 0;
    for (const RemovedRun &run : m_removing) {
        if (physical >= run.first + run.count)
            below += run.count;
        else if (physical >= run.first)
            return -1;
    }
    return physical - below;
}

// --- rows ---------------------------------------------------------------------------------------------

quint64 InstanceTableModel::fingerprintOf(const StoredInstance &s)
{
    Fingerprint f;
    for (const QString *text : { &s.instanceId, &s.region, &s.availabilityZone, &s.state, &s.instanceType, &s.lifecycle,
             &s.privateIp, &s.publicIp, &s.name, &s.cluster })
        f.add(*text);
    f.add(quint64(msecsOf(s.launchTime)));
    f.add(quint64(s.tags.size()));
    for (const Ec2Tag &tag : s.tags) {
        f.add(tag.key);
        f.add(tag.value);
    }
    return f.value();
}

InstanceTableModel::Row InstanceTableModel::makeRow(
    quint32 account, const StoredInstance &instance, quint64 fingerprint)
{
    Row row;
    row.fingerprint = fingerprint;
    row.keyHash = keyHash(account, instance.instanceId);
    row.instanceId = instance.instanceId;
    row.privateIp = instance.privateIp;
    row.publicIp = instance.publicIp;
    row.launchMs = msecsOf(instance.launchTime);
    row.firstSeen = instance.firstSeen;
    row.lastSeen = instance.lastSeen;
    row.account = m_pool.retain(account);
    row.name = m_pool.acquire(instance.name);
    row.region = m_pool.acquire(instance.region);
    row.zone = m_pool.acquire(instance.availabilityZone);
    row.state = m_pool.acquire(instance.state);
    row.type = m_pool.acquire(instance.instanceType);
    row.lifecycle = m_pool.acquire(instance.lifecycle);
    row.cluster = m_pool.acquire(instance.cluster);
    row.health = m_pool.acquire(instance.health);
    row.tagCount = quint32(instance.tags.size());
    if (row.tagCount > 0) {
        row.tags.reset(new TagRef[row.tagCount]);
        for (quint32 i = 0; i < row.tagCount; ++i) {
            const Ec2Tag &tag = instance.tags[i];
            row.tags[i] = { m_pool.acquire(tag.key), m_pool.acquire(tag.value) };
        }
    }
    row.searchText = buildSearchText(row);
    return row;
}

void InstanceTableModel::releaseRow(const Row &row)
{
    for (const quint32 id :
        { row.account, row.name, row.region, row.zone, row.state, row.type, row.lifecycle, row.cluster, row.health })
        m_pool.release(id);
    for (quint32 i = 0; i < row.tagCount; ++i) {
        m_pool.release(row.tags[i].key);
        m_pool.release(row.tags[i].value);
    }
}

QByteArray InstanceTableModel::buildSearchText(const Row &row) const
{
    // Pooled pieces are deduplicated by id: the Name tag repeats the name, cluster tags repeat each other.
    QVarLengthArray<quint32, 32> pooled;
    const auto addPooled = [&pooled](quint32 id) {
        if (id != 0 && std::find(pooled.cbegin(), pooled.cend(), id) == pooled.cend())
            pooled.append(id);
    };
    addPooled(row.name);
    for (quint32 i = 0; i < row.tagCount; ++i) {
        addPooled(row.tags[i].key);
        addPooled(row.tags[i].value);
    }

    // Reserving the exact (ASCII) size up front leaves no growth slack in 100,000 long-lived arrays.
    qsizetype size = row.instanceId.size() + row.privateIp.size() + row.publicIp.size() + 3;
    for (const quint32 id : pooled)
        size += m_pool.at(id).size() + 1;
    QByteArray text;
    text.reserve(size);
    // '\n' separates the pieces: a search term never contains whitespace, so no match spans two pieces.
    const auto append = [&text](const QString &piece) {
        if (piece.isEmpty())
            return;
        if (!text.isEmpty())
            text += '\n';
        appendLowerUtf8(text, piece);
    };
    append(row.instanceId);
    append(row.privateIp);
    append(row.publicIp);
    for (const quint32 id : pooled)
        append(m_pool.at(id));
    if (text.capacity() > text.size())
        text.squeeze();
    return text;
}

InstanceTableModel::ColumnMask InstanceTableModel::changedColumns(const Row &row, const StoredInstance &s) const
{
    const auto bit = [](Column column) { return ColumnMask(1) << column; };
    ColumnMask mask = 0;
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
    if (row.launchMs != msecsOf(s.launchTime))
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
    upsert(accountId, page, Upsert::KeepMissing);
}

void InstanceTableModel::replaceAccount(const QString &accountId, const QList<StoredInstance> &instances)
{
    upsert(accountId, instances, Upsert::RemoveMissing);
}

void InstanceTableModel::upsert(const QString &accountId, const QList<StoredInstance> &instances, Upsert mode)
{
    if (accountId.isEmpty())
        return;
    // Held for the whole call so the id stays valid even if every row of the account goes.
    const quint32 account = m_pool.acquire(accountId);
    std::vector<bool> seen(mode == Upsert::RemoveMissing ? m_rows.size() : 0, false);
    std::vector<std::pair<int, ColumnMask>> changes;
    std::vector<Row> added;
    QHash<QString, qsizetype> addedIndex; // a page may list an instance twice: the last one wins

    int hint = -1;
    for (const StoredInstance &s : instances) {
        const quint64 fingerprint = fingerprintOf(s);
        // The unchanged 99% of a refresh: the row after the last match with the same fingerprint is this very
        // instance (the fingerprint covers the id), so not even the key needs hashing.
        const size_t next = size_t(hint + 1);
        const int row
            = next < m_rows.size() && m_rows[next].fingerprint == fingerprint && m_rows[next].account == account
            ? int(next)
            : rowAfter(hint, account, s.instanceId, keyHash(account, s.instanceId));

        if (row >= 0) {
            hint = row;
            if (!seen.empty())
                seen[size_t(row)] = true;
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
            Row updated = makeRow(account, s, fingerprint);
            updated.instanceId = stored.instanceId; // equal; sharing keeps one copy with the index key
            updated.firstSeen = stored.firstSeen;
            if (s.health.isEmpty())
                updated.health = m_pool.retain(stored.health);
            releaseRow(stored);
            stored = std::move(updated);
            changes.emplace_back(row, mask);
        } else if (const auto it = addedIndex.constFind(s.instanceId); it != addedIndex.constEnd()) {
            Row &pending = added[size_t(*it)];
            releaseRow(pending);
            pending = makeRow(account, s, fingerprint);
        } else {
            addedIndex.insert(s.instanceId, qsizetype(added.size()));
            added.push_back(makeRow(account, s, fingerprint));
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

    if (mode == Upsert::RemoveMissing) {
        std::vector<int> missing;
        for (size_t row = 0; row < seen.size(); ++row) {
            if (!seen[row] && m_rows[row].account == account)
                missing.push_back(int(row));
        }
        removeRowSet(missing);
    }
    m_pool.release(account);
}

void InstanceTableModel::setHealth(const QString &accountId, const QList<QPair<QString, QString>> &health)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    std::vector<std::pair<int, ColumnMask>> changes;
    int hint = -1;
    for (const auto &[instanceId, value] : health) {
        // Statuses listed in the rows' order (instance order, as DescribeInstances' pages were) skip the hash.
        const int row = rowAfter(hint, account, instanceId, keyHash(account, instanceId));
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

void InstanceTableModel::removeInstances(const QString &accountId, const QStringList &instanceIds)
{
    const quint32 account = m_pool.find(accountId);
    if (account == StringPool::NotFound || account == 0)
        return;
    std::vector<int> rows;
    rows.reserve(size_t(instanceIds.size()));
    for (const QString &id : instanceIds) {
        if (const int row = findRow(account, id); row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    removeRowSet(rows);
}

void InstanceTableModel::clearAccount(const QString &accountId)
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
    // physicalRow() hides the announced runs; the storage is compacted once at the end.
    m_removing.reserve(runs.size());
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        // Nothing below this run has been removed yet, so its physical rows are the rows the views see.
        beginRemoveRows({}, run->first, run->first + run->second - 1);
        m_removingTotal += run->second;
        m_removing.push_back({ run->first, run->second, m_removingTotal });
        endRemoveRows();
    }

    size_t write = size_t(rows.front());
    auto removed = rows.cbegin();
    for (size_t read = write; read < m_rows.size(); ++read) {
        if (removed != rows.cend() && *removed == int(read)) {
            ++removed;
            releaseRow(m_rows[read]);
            continue;
        }
        m_rows[write++] = std::move(m_rows[read]);
    }
    m_rows.truncate(write);
    m_removing.clear();
    m_removingTotal = 0;
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
