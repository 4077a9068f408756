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
/// Row-level roles (InstanceIdRole ... SortRole except SortRole, which depends on the column) are served on
/// every column. dataChanged() names only the cells whose display changed; like QSortFilterProxyModel, a
/// consumer of row-level roles must treat a dataChanged() on any cell of a row as a change of that row.
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
        AccountIdRole,                     ///< QString, the Onramp account id (uuid)
        StateRole,                         ///< QString, e.g. "running"
        RegionRole,                        ///< QString, e.g. "eu-west-1"
        LifecycleRole,                     ///< QString, "spot" or "on-demand"
        ClusterRole,                       ///< QString, empty when none
        SearchTextRole, ///< QByteArray: lower-cased UTF-8 haystack of id, name, IPs, tag keys and values
        TagsRole,       ///< QList<Ec2Tag>, in AWS's order
        SortRole,       ///< per column: QDateTime for launch time, quint32 for IPv4 addresses, else the text
    };
    Q_ENUM(Role)

    explicit InstanceTableModel(QObject *parent = nullptr);
    ~InstanceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
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

    /// The row of (\a accountId, \a instanceId), or -1.
    int rowOf(const QString &accountId, const QString &instanceId) const;

    /// How many rows are in each state ("running" -> 812, ...). O(rows), without allocation per row.
    QHash<QString, int> countsByState() const;

    /// The lower-cased UTF-8 haystack of \a row, as SearchTextRole returns it but without a QVariant;
    /// InstanceFilterProxy uses it to filter 100,000 rows in a few milliseconds.
    QByteArrayView searchText(int row) const;

    /// The number of distinct strings interned (for tests: the pool gives back what removed rows released).
    int internedStringCount() const;

private:
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
        int liveCount() const { return int(m_ids.size()); }

        static constexpr quint32 NotFound = 0xffffffffu;

    private:
        struct Entry
        {
            QString text;
            quint32 refs = 0;
        };
        std::vector<Entry> m_entries;
        std::vector<quint32> m_freeIds;
        QHash<QString, quint32> m_ids;
    };

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
        QDateTime launchTime;
        QDateTime firstSeen;
        QDateTime lastSeen;
        std::unique_ptr<TagRef[]> tags;
        quint64 fingerprint = 0; ///< fingerprintOf() the instance the row was made from
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

    struct RowKey
    {
        quint32 account;
        QString instanceId;
        friend bool operator==(const RowKey &, const RowKey &) = default;
        friend size_t qHash(const RowKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.account, key.instanceId);
        }
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
    /// unchanged rows by comparing it instead of ~20 strings spread over the pool and the heap.
    static quint64 fingerprintOf(const StoredInstance &instance);
    Row makeRow(quint32 account, const StoredInstance &instance, quint64 fingerprint);
    void releaseRow(const Row &row);
    ColumnMask changedColumns(const Row &row, const StoredInstance &instance) const;
    /// Emits dataChanged() for \a changes (row, columns), sorted and coalesced into runs of contiguous rows.
    void emitDataChanged(std::vector<std::pair<int, ColumnMask>> &changes);
    /// Removes \a rows (ascending, distinct) with one signal pair per contiguous run, then compacts once.
    void removeRowSet(const std::vector<int> &rows);
    void rebuildIndexFrom(int firstRow);
    /// Maps a row as the views see it to m_rows; differs only while removeRowSet() is signalling.
    int physicalRow(int row) const;
    const Row &rowAt(int row) const { return m_rows[size_t(physicalRow(row))]; }
    int findRow(quint32 account, const QString &instanceId) const;
    QByteArray buildSearchText(const Row &row) const;
    /// The display text of a cell, cached: the launch time is formatted once, on first display.
    const QString &cellText(const Row &row, int column) const;

    StringPool m_pool;
    std::vector<Row> m_rows;
    QHash<RowKey, int> m_index;
    QHash<quint32, QString> m_accountLabels; ///< by pooled account id; holds a pool reference each
    std::vector<RemovedRun> m_removing;      ///< highest run first
    int m_removingTotal = 0;
};
