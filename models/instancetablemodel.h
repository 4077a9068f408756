// InstanceTableModel: the live table of the EC2 instances and RDS databases of all connected accounts, updated by
// diffs only.
#pragma once

#include "models/account.h"
#include "models/chunkedvector.h"
#include "models/hashindex.h"
#include "models/instancerow.h"
#include "models/rowremovalmap.h"
#include "models/stringpool.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <deque>
#include <span>
#include <vector>

/// The EC2 instances and RDS databases of every connected account as one flat table, one row per (account id, key):
/// the key is StoredInstance::key(), an EC2 instance's id or a database's resourceId (so a renamed database keeps its
/// row). The EC2-only columns (lifecycle, IPs, health) are empty for a database, the database columns (engine,
/// storage, Multi-AZ) empty for an instance; a database no longer listed stays as a row in state "deleted"
/// (StoredInstance::DeletedState) for as long as the registry keeps it.
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
/// Sliced application (setSliceBudget()): a page of 1,000 rows applied at once, with a sorted proxy and a view
/// attached, kept the GUI thread busy 10-20 ms in one event-loop turn. With a budget set, every change (pages,
/// refreshes, marks, health, removals, clears) is queued in the order it arrives and applied in slices of rows, at
/// most about one budget of work per event-loop turn (the first slice at once when this turn has not used the budget
/// yet, the rest in the following turns through a queued call). The views see a change only when its slice is
/// applied; what the model reports (rowCount(), data(), rowOf(), the counts) is always the applied state. Changes
/// apply strictly in order, so a removal or a replacement never overtakes a slice of an earlier page; clearAccount()
/// drops the account's changes still queued (the rows they would touch go anyway). Without a budget (the default)
/// every call applies at once, as it did before.
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
        KindColumn, ///< "EC2" / "RDS", translated
        EngineColumn, ///< databases: "postgres 15.4"
        StorageColumn, ///< databases: "100 GiB" (sorts by the number)
        MultiAzColumn, ///< databases: "Yes" / "No"
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
        SortRole, ///< per column: QDateTime for launch time, quint32 for IPv4 addresses, storage and Multi-AZ (0 none,
                  ///< 1 no, 2 yes), the kind's name ("ec2", "rds") for Kind, else the text
        KindRole, ///< QString, the contract's name: "ec2" or "rds"
        ResourceIdRole, ///< QString, a database's DbiResourceId (its key); empty for EC2
        EngineRole, ///< QString, e.g. "postgres"; empty for EC2
        EngineVersionRole, ///< QString, e.g. "15.4"; empty for EC2
        StorageGbRole, ///< int, allocated storage in GiB; 0 for EC2
        MultiAzRole, ///< bool; false for EC2
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
    /// Qt's names plus instanceId, accountId, state, region, lifecycle, cluster, searchText, tags, sortValue, kind,
    /// resourceId, engine, engineVersion, storageGb, multiAz.
    QHash<int, QByteArray> roleNames() const override;

    /// Upserts one page of \a accountId's instances and databases, by key (the instances' own accountId fields are
    /// not consulted).
    /// Unknown instances are appended with a single beginInsertRows(); known ones that differ emit dataChanged()
    /// for just the changed cells of just those rows, contiguous rows coalesced; identical ones emit nothing.
    /// Kept from the stored row, as the registry does: firstSeen, and health when the incoming one is empty.
    void applyPage(const QString &accountId, const QList<StoredInstance> &page);

    /// Removes the rows of \a accountId with the listed keys (instance ids, databases' resourceIds; unknown keys are
    /// ignored), one beginRemoveRows() per contiguous run of rows, highest run first.
    void removeInstances(const QString &accountId, const QStringList &keys);

    /// A full refresh of \a accountId computed as a diff: applyPage(\a instances), then removal of the
    /// account's rows that \a instances does not list. Never resets the model.
    void replaceAccount(const QString &accountId, const QList<StoredInstance> &instances);

    /// Records that the rows of \a accountId with the listed keys were seen unchanged by a refresh at \a seenAt
    /// (their lastSeen; no column shows it, so no signal). Unknown keys are ignored. This is the cheap half of
    /// applying a refresh: DiscoveryService announces only added and changed rows through pageMerged and the rest
    /// here.
    void markSeen(const QString &accountId, const QStringList &keys, const QDateTime &seenAt);

    /// Sets the health (from DescribeInstanceStatus) of the listed EC2 instances: (instance id, health).
    /// Emits dataChanged() on the Health column of the rows that changed, contiguous rows coalesced.
    void setHealth(const QString &accountId, const QList<QPair<QString, QString>> &health);

    /// Removes every row of \a accountId (e.g. on disconnect), one beginRemoveRows() per contiguous run.
    void clearAccount(const QString &accountId);

    /// What the Account column shows for \a accountId (e.g. the friendly name); the account id by default.
    /// Emits dataChanged() on the Account column of that account's rows when the label changes.
    void setAccountLabel(const QString &accountId, const QString &label);

    /// The stored instance shown in \a row (0 <= row < rowCount()).
    StoredInstance instanceAt(int row) const;

    /// The row of (\a accountId, \a key) (an instance id, a database's resourceId), or -1. Also right inside
    /// rowsRemoved() handlers.
    int rowOf(const QString &accountId, const QString &key) const;

    /// The kind of \a row (0 <= row < rowCount()).
    ResourceKind kindAt(int row) const;

    /// How many rows are in each state ("running" -> 812, ...). O(rows), without allocation per row.
    QHash<QString, int> countsByState() const;

    /// How many rows there are of each kind: EC2 instances, and databases not deleted (a deleted one is history).
    struct KindCounts
    {
        int instances = 0;
        int databases = 0;
        int deletedDatabases = 0;
    };
    KindCounts countsByKind() const;

    /// The lower-cased UTF-8 haystack of \a row, as SearchTextRole returns it but without a QVariant per row
    /// (InstanceFilterProxy's search reads it directly).
    QByteArrayView searchText(int row) const;

    /// Orders \a leftRow before (< 0), with (0) or after (> 0) \a rightRow by \a column exactly as their
    /// SortRole values order under QSortFilterProxyModel's default lessThan() with case sensitivity \a cs,
    /// without building two QVariants per comparison (InstanceFilterProxy sorts 100,000 rows with it).
    int compareRows(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const;

    /// The number of distinct strings interned (for tests: the pool gives back what removed rows released).
    int internedStringCount() const;

    /// What InstanceBrowser sets: about 3 ms of model work per turn leaves room, within a 10 ms turn, for the
    /// proxy's and the view's share and the view's paint (bench/bench_instancemodel.cpp, BM_StreamIntoView).
    static constexpr std::chrono::microseconds DefaultSliceBudget { 3000 };

    /// Sets the work one event-loop turn may do applying changes (wall time, the signals' handlers included);
    /// zero (the default) applies every change at once. Setting zero applies whatever is queued first.
    void setSliceBudget(std::chrono::microseconds budget);
    std::chrono::microseconds sliceBudget() const { return m_sliceBudget; }
    /// True while changes wait to be applied (only with a slice budget).
    bool hasPendingChanges() const { return !m_pending.empty(); }
    /// Applies every queued change now, in order; nothing when called from a handler of the model's own signals
    /// while it is applying. For tests and for callers that need the model current at once; the app never does.
    void flush();

Q_SIGNALS:
    /// The queue of changes ran empty: everything announced so far is applied (only with a slice budget).
    void pendingChangesApplied();

private:
    /// One instance, compact (pooled strings in m_pool).
    using Row = InstanceRow;

    /// A bit per column; RowWide marks a change of a row-level role (tags, search text) and means every column.
    using ColumnMask = quint32;
    static constexpr ColumnMask RowWide = 1u << ColumnCount;

    /// A change waiting for its turn (sliced application): what the public call was given and how far it got.
    struct PendingChange
    {
        enum class Kind : quint8 { Upsert, Replace, Seen, Health, Remove, Clear };
        static constexpr int KindCount = 6;
        Kind kind = Kind::Upsert;
        QString accountId;
        QList<StoredInstance> instances; ///< Upsert, Replace
        QStringList keys; ///< Seen, Remove
        QList<QPair<QString, QString>> health; ///< Health
        QDateTime seenAt; ///< Seen
        qsizetype done = 0; ///< items already applied
        std::vector<bool> seen; ///< Replace: which of the rows there when it began its listing named so far
        bool begun = false; ///< Replace: seen is sized
        bool dropped = false; ///< a later clearAccount() of the account made it moot
        /// The number of items (instances, keys, health entries; 0 for Clear).
        qsizetype size() const;
    };

    /// Upserts \a instances of \a accountId (see applyPage()). With \a seen, marks in it the rows they name (rows
    /// beyond its size are ignored: they were added since it was sized).
    void upsert(const QString &accountId, std::span<const StoredInstance> instances, std::vector<bool> *seen);
    /// Removes the rows of \a accountId below seen.size() that \a seen does not mark (the second half of
    /// replaceAccount()).
    void removeUnseen(const QString &accountId, const std::vector<bool> &seen);
    void markSeenNow(const QString &accountId, std::span<const QString> keys, const QDateTime &seenAt);
    void setHealthNow(const QString &accountId, std::span<const QPair<QString, QString>> health);
    void removeInstancesNow(const QString &accountId, std::span<const QString> keys);
    void clearAccountNow(const QString &accountId);

    bool sliced() const { return m_sliceBudget.count() > 0; }
    /// A change of \a kind for \a accountId, nothing applied yet.
    static PendingChange pendingChange(PendingChange::Kind kind, const QString &accountId);
    /// Queues \a change (dropping the account's queued changes when it is a Clear) and, when this event-loop turn
    /// has not used its budget yet, starts applying.
    void enqueue(PendingChange &&change);
    /// Applies queued changes for up to one budget, and makes sure the next turn continues (or just frees the
    /// budget again).
    void runTurn();
    /// The queued call that starts each following turn.
    void continuePending();
    /// Applies queued changes in order: all of them when \a budgetNs is negative, else slices for about \a budgetNs.
    void applyPending(qint64 budgetNs);
    /// Frees the instances [\a from, \a to) of \a change once applied, when its list is not shared (e.g. the stored
    /// rows the browser loads): 100,000 instances are not freed all at once, in one turn, at the end.
    static void releaseApplied(PendingChange &change, qsizetype from, qsizetype to);
    /// Applies up to \a count more items of \a change; true when the change is complete.
    bool applySlice(PendingChange &change, qsizetype count);
    /// The columns in which \a row and \a instance differ (health only when \a instance has one). Everything it
    /// compares but health is in InstanceRow::fingerprintOf().
    ColumnMask changedColumns(const Row &row, const StoredInstance &instance) const;
    /// Emits dataChanged() for \a changes (row, columns), sorted and coalesced into runs of contiguous rows.
    void emitDataChanged(std::vector<std::pair<int, ColumnMask>> &changes);
    /// Removes \a rows (ascending, distinct) with one signal pair per contiguous run, then compacts once.
    void removeRowSet(const std::vector<int> &rows);
    void rebuildIndex();
    /// The row the views see as \a row (they differ only while removeRowSet() is signalling).
    const Row &rowAt(int row) const { return m_rows[size_t(m_removing.physicalRow(row))]; }
    int findRow(quint32 account, const QString &key) const;
    /// The row of (\a account, \a key), whose InstanceRow::keyHashOf() is \a keyHash: the row after \a hint (the
    /// last row found) when its 64-bit key hash is \a key, else findRow(). A refresh lists instances in the order the
    /// previous listing did, so this skips the hash lookup and the comparison of the stored id, whose string is
    /// cold in the cache, for nearly every row. (Two ids of one account sharing 64 bits of hash, odds about 2^-64,
    /// would mix their rows up, as fingerprintOf() already accepts for changes.)
    int rowAfter(int hint, quint32 account, const QString &key, quint64 keyHash) const;
    /// The display text of a cell, cached: the launch time is formatted once, on first display. Not for the
    /// database columns (KindColumn and after), whose text databaseCellText() makes.
    const QString &cellText(const Row &row, int column) const;
    /// The display text of the cell of \a row in one of the columns from KindColumn on.
    QString databaseCellText(const Row &row, int column) const;
    /// DisplayRole of any cell.
    QString displayText(const Row &row, int column) const;

    StringPool m_pool;
    ChunkedVector<Row> m_rows; ///< growing never moves a row
    HashIndex m_index; ///< InstanceRow::keyHashOf(account, instance id) -> row
    QHash<quint32, QString> m_accountLabels; ///< by pooled account id; holds a pool reference each
    RowRemovalMap m_removing; ///< the runs removeRowSet() announced, until it compacts m_rows

    std::chrono::microseconds m_sliceBudget { 0 };
    std::deque<PendingChange> m_pending; ///< in arrival order; the front one may be partly applied
    /// Per PendingChange::Kind: the measured ns per item of recent slices (handlers included), to size the next.
    double m_nsPerItem[PendingChange::KindCount] {};
    bool m_turnUsed = false; ///< this event-loop turn applied changes already: new ones wait for the next
    bool m_continuationPosted = false;
    bool m_applying = false;
};
