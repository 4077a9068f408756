// InstanceTableModel: the live table of the EC2 instances of all connected accounts, updated by diffs only.
#pragma once

#include "models/account.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <vector>

/// The instances of every connected account as one flat table, one row per (account id, instance id).
///
/// Updated by diffs only, never by a model reset: new instances are appended with one beginInsertRows() per
/// batch, changed instances emit dataChanged() for the changed cells only (contiguous rows coalesced), gone
/// instances are removed with one beginRemoveRows() per contiguous run (highest run first). Selections,
/// persistent indexes and the scroll position of attached views therefore survive every refresh.
///
/// Built for 100,000 rows and more: rows are found through a hash from key to row; repeated strings (state,
/// type, region, zone, lifecycle, cluster, health, account, tag keys and values, names) are interned in a
/// reference-counted string pool so rows share one copy; the search haystack is kept as lower-cased UTF-8.
/// data() is O(1) and returns cached strings. See bench/bench_instancemodel.cpp for the measured figures.
///
/// The custom roles other than SortRole describe the whole row and are served on every column. dataChanged()
/// names only the cells whose display changed; like QSortFilterProxyModel, a consumer of the row roles must
/// treat a dataChanged() on any cell of a row as a change of that row.
///
/// Lives on the GUI thread, like every item model.
class InstanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTableModel)

public:
    /// The columns, in display order.
    enum Column : int {
        NameColumn,
        InstanceIdColumn,
        StateColumn,
        TypeColumn,
        LifecycleColumn,
        RegionColumn,
        AvailabilityZoneColumn,
        PrivateIpColumn,
        PublicIpColumn,
        ClusterColumn,
        HealthColumn,
        LaunchTimeColumn,
        AccountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Custom roles. All but SortRole are the same on every column of a row.
    enum Role : int {
        InstanceIdRole = Qt::UserRole + 1, ///< QString, e.g. "i-0123456789abcdef0"
        AccountIdRole, ///< QString, the Onramp account id (uuid)
        StateRole, ///< QString, e.g. "running"
        RegionRole, ///< QString, e.g. "eu-west-1"
        LifecycleRole, ///< QString, "spot" or "on-demand"
        ClusterRole, ///< QString, empty when none
        SearchTextRole, ///< QByteArray: lower-cased UTF-8 haystack of id, name, IPs, tag keys and values
        TagsRole, ///< QList<Ec2Tag>, in AWS's order
        SortRole, ///< per column: QDateTime for launch time, quint32 for IPv4 addresses, else the text
    };
    Q_ENUM(Role)

    explicit InstanceTableModel(QObject *parent = nullptr);
    ~InstanceTableModel() override;

    /// The number of instances (0 under a valid parent: the table is flat).
    int rowCount(const QModelIndex &parent = {}) const override;
    /// ColumnCount.
    int columnCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole: the cell's text (the launch time as "yyyy-MM-dd HH:mm:ss UTC"); the custom roles as
    /// documented in Role. O(1); text comes from cached strings, so views pay no formatting per paint.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The translated column titles.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Selectable and enabled cells that never have children.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt's names plus instanceId, accountId, state, region, lifecycle, cluster, searchText, tags, sortValue.
    QHash<int, QByteArray> roleNames() const override;

    /// Upserts one page of \a accountId's instances (the instances' own accountId fields are not consulted).
    /// Unknown instances are appended with a single beginInsertRows(); known ones that differ emit dataChanged()
    /// for just the changed cells of just those rows, contiguous rows coalesced; identical ones emit nothing.
    /// Kept from the stored row, as the registry does: firstSeen, and health when the incoming one is empty.
    void applyPage(const QString &accountId, const QList<StoredInstance> &page);

    /// Removes the listed instances of \a accountId (unknown ids are ignored), one beginRemoveRows() per
    /// contiguous run of rows, highest run first.
    void removeInstances(const QString &accountId, const QStringList &instanceIds);

    /// A full refresh of \a accountId computed as a diff: applyPage(\a instances), then removal of the
    /// account's rows that \a instances does not list. Never resets the model.
    void replaceAccount(const QString &accountId, const QList<StoredInstance> &instances);

    /// Records that the listed instances of \a accountId were seen unchanged by a refresh at \a seenAt (their
    /// lastSeen; no column shows it, so no signal). Unknown ids are ignored. This is the cheap half of applying a
    /// refresh: DiscoveryService announces only added and changed rows through pageMerged and the rest here.
    void markSeen(const QString &accountId, const QStringList &instanceIds, const QDateTime &seenAt);

    /// Sets the health (from DescribeInstanceStatus) of the listed instances: (instance id, health).
    /// Emits dataChanged() on the Health column of the rows that changed, contiguous rows coalesced.
    void setHealth(const QString &accountId, const QList<QPair<QString, QString>> &health);

    /// Removes every row of \a accountId (e.g. on disconnect), one beginRemoveRows() per contiguous run.
    void clearAccount(const QString &accountId);

    /// What the Account column shows for \a accountId (e.g. the friendly name); the account id by default.
    /// Emits dataChanged() on the Account column of that account's rows when the label changes.
    void setAccountLabel(const QString &accountId, const QString &label);

    /// The stored instance shown in \a row (0 <= row < rowCount()).
    StoredInstance instanceAt(int row) const;

    /// The row of (\a accountId, \a instanceId), or -1. Also right inside rowsRemoved() handlers.
    int rowOf(const QString &accountId, const QString &instanceId) const;

    /// How many rows are in each state ("running" -> 812, ...). O(rows), without allocation per row.
    QHash<QString, int> countsByState() const;

    /// The lower-cased UTF-8 haystack of \a row, as SearchTextRole returns it but without a QVariant per row
    /// (InstanceFilterProxy's search reads it directly).
    QByteArrayView searchText(int row) const;

    /// Orders \a leftRow before (< 0), with (0) or after (> 0) \a rightRow by \a column exactly as their
    /// SortRole values order under QSortFilterProxyModel's default lessThan() with case sensitivity \a cs,
    /// without building two QVariants per comparison (InstanceFilterProxy sorts 100,000 rows with it).
    int compareRows(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const;

    /// The number of distinct strings interned (for tests: the pool gives back what removed rows released).
    int internedStringCount() const;

private:
    /// Open-addressing hash from a key's 32-bit hash to a number (a row, a pool id): 8-byte slots, linear
    /// probing, at most half full. The keys stay where they are (rows, pool entries) and the caller compares
    /// them, so growing moves 8-byte slots and hashes no string. QHash did both: it took 10 ms to grow past
    /// 65,536 entries and 30 ms past 131,072, each time in the middle of a page.
    class HashIndex
    {
    public:
        /// The slot of the entry with \a hash for whose value \a isKey(value) holds, or -1.
        template <typename IsKey> qsizetype findSlot(quint32 hash, IsKey isKey) const
        {
            if (m_slots.empty())
                return -1;
            for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
                const Slot &slot = m_slots[i];
                if (slot.valuePlusOne == 0)
                    return -1;
                if (slot.hash == hash && isKey(slot.valuePlusOne - 1))
                    return qsizetype(i);
            }
        }
        /// The value of the entry with \a hash for which \a isKey(value) holds, or -1.
        template <typename IsKey> qint64 find(quint32 hash, IsKey isKey) const
        {
            const qsizetype slot = findSlot(hash, isKey);
            return slot < 0 ? -1 : qint64(m_slots[size_t(slot)].valuePlusOne - 1);
        }
        /// Adds \a value under \a hash; the caller makes sure its key is not there yet.
        void insert(quint32 hash, quint32 value);
        /// Removes the entry in \a slot (from findSlot()).
        void eraseSlot(qsizetype slot);
        /// Empties the index and sizes it for \a entries.
        void reset(size_t entries);
        size_t size() const { return m_size; }

    private:
        struct Slot
        {
            quint32 hash;
            quint32 valuePlusOne; ///< 0: empty
        };
        void place(Slot slot);
        std::vector<Slot> m_slots;
        size_t m_mask = 0;
        size_t m_size = 0;
    };

    /// A hash of \a text for HashIndex (see Fingerprint in the .cpp).
    static quint32 textHash(const QString &text);

    /// Interned strings with reference counts: rows hold ids (4 bytes) instead of QStrings (24 bytes) and
    /// repeated values are stored once. Id 0 is the empty string and is never released.
    class StringPool
    {
    public:
        StringPool();
        /// The id of \a text with one more reference.
        quint32 acquire(const QString &text);
        /// One more reference to \a id; returns \a id.
        quint32 retain(quint32 id);
        /// Drops one reference of \a id; the string is freed with its last reference.
        void release(quint32 id);
        /// The id of \a text without taking a reference, or NotFound.
        quint32 find(const QString &text) const;
        const QString &at(quint32 id) const { return m_entries[id].text; }
        /// One past the highest id in use: a size for arrays indexed by id.
        quint32 idLimit() const { return quint32(m_entries.size()); }
        int liveCount() const { return int(m_index.size()); }

        static constexpr quint32 NotFound = 0xffffffffu;

    private:
        struct Entry
        {
            QString text;
            quint32 refs = 0;
            quint32 hash = 0; ///< textHash(text)
        };
        std::vector<Entry> m_entries;
        std::vector<quint32> m_freeIds;
        HashIndex m_index;
    };

    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min(); ///< an invalid QDateTime; sorts first
    static qint64 msecsOf(const QDateTime &time);
    static QDateTime timeOf(qint64 msecs); ///< UTC, or invalid for NoTime

    struct TagRef
    {
        quint32 key;
        quint32 value;
    };

    /// One instance, compact: pooled ids for repeated strings, QStrings only for values unique per instance.
    struct Row
    {
        QString instanceId;
        QString privateIp;
        QString publicIp;
        QByteArray searchText; ///< lower-cased UTF-8: half the bytes of a QString for the same ASCII text
        mutable QString launchText; ///< formatted on first display, so rows never shown never pay for it
        qint64 launchMs = NoTime; ///< UTC ms since the epoch: QDateTime's operator< topped a 100k-row sort's profile
        QDateTime firstSeen;
        QDateTime lastSeen;
        std::unique_ptr<TagRef[]> tags;
        quint64 fingerprint = 0; ///< fingerprintOf() the instance the row was made from
        quint64 keyHash = 0; ///< keyHash(account, instanceId): HashIndex rebuilds, and rowAfter()'s quick check
        quint32 tagCount = 0;
        quint32 account = 0;
        quint32 name = 0;
        quint32 region = 0;
        quint32 zone = 0;
        quint32 state = 0;
        quint32 type = 0;
        quint32 lifecycle = 0;
        quint32 cluster = 0;
        quint32 health = 0;
    };

    /// The rows in chunks of 4,096: growing never moves a row. (A std::vector moved them all on each
    /// reallocation: 17-57 ms stalls around 90,000 rows in the middle of streaming pages.)
    class RowStore
    {
    public:
        Row &operator[](size_t row) { return m_chunks[row >> ChunkBits][row & ChunkMask]; }
        const Row &operator[](size_t row) const { return m_chunks[row >> ChunkBits][row & ChunkMask]; }
        size_t size() const { return m_size; }
        void push_back(Row &&row);
        /// Drops the rows from \a size on (they must already be released) and frees chunks no longer needed.
        void truncate(size_t size);

    private:
        static constexpr size_t ChunkBits = 12;
        static constexpr size_t ChunkMask = (size_t(1) << ChunkBits) - 1;
        std::vector<std::unique_ptr<Row[]>> m_chunks;
        size_t m_size = 0;
    };

    /// A run of rows being removed: [first, first + count). Physical row numbers.
    struct RemovedRun
    {
        int first;
        int count;
        int removedAbove; ///< rows removed so far in runs at or above this one, this one included
    };

    /// A bit per column; RowWide marks a change of a row-level role (tags, search text) and means every column.
    using ColumnMask = quint32;
    static constexpr ColumnMask RowWide = 1u << ColumnCount;

    enum class Upsert { KeepMissing, RemoveMissing };
    void upsert(const QString &accountId, const QList<StoredInstance> &instances, Upsert mode);
    /// A 64-bit hash of everything changedColumns() compares except health: a refresh finds the 99% of
    /// unchanged rows by comparing it instead of ~20 strings spread over the pool and the heap. (A change that
    /// kept the hash, odds about 2^-64, would show at the instance's next change.)
    static quint64 fingerprintOf(const StoredInstance &instance);
    /// A 64-bit hash of the row's key; HashIndex takes its low 32 bits.
    static quint64 keyHash(quint32 account, const QString &instanceId);
    Row makeRow(quint32 account, const StoredInstance &instance, quint64 fingerprint);
    void releaseRow(const Row &row);
    ColumnMask changedColumns(const Row &row, const StoredInstance &instance) const;
    /// Emits dataChanged() for \a changes (row, columns), sorted and coalesced into runs of contiguous rows.
    void emitDataChanged(std::vector<std::pair<int, ColumnMask>> &changes);
    /// Removes \a rows (ascending, distinct) with one signal pair per contiguous run, then compacts once.
    void removeRowSet(const std::vector<int> &rows);
    void rebuildIndex();
    /// Maps a row as the views see it to m_rows; differs only while removeRowSet() is signalling.
    int physicalRow(int row) const;
    /// The inverse of physicalRow(): -1 for a row in a run already announced as removed.
    int logicalRow(int physical) const;
    const Row &rowAt(int row) const { return m_rows[size_t(physicalRow(row))]; }
    int findRow(quint32 account, const QString &instanceId) const;
    /// The row of (\a account, \a instanceId), whose keyHash() is \a key: the row after \a hint (the last row
    /// found) when its 64-bit key hash is \a key, else findRow(). A refresh lists instances in the order the
    /// previous listing did, so this skips the hash lookup and the comparison of the stored id, whose string is
    /// cold in the cache, for nearly every row. (Two ids of one account sharing 64 bits of hash, odds about 2^-64,
    /// would mix their rows up, as fingerprintOf() already accepts for changes.)
    int rowAfter(int hint, quint32 account, const QString &instanceId, quint64 key) const;
    QByteArray buildSearchText(const Row &row) const;
    /// The display text of a cell, cached: the launch time is formatted once, on first display.
    const QString &cellText(const Row &row, int column) const;

    StringPool m_pool;
    RowStore m_rows;
    HashIndex m_index; ///< (account, instance id) -> row
    QHash<quint32, QString> m_accountLabels; ///< by pooled account id; holds a pool reference each
    std::vector<RemovedRun> m_removing; ///< highest run first
    int m_removingTotal = 0;
};
