// InstanceRow: one instance as InstanceTableModel stores it, with repeated strings interned in a StringPool.
#pragma once

#include "models/account.h"
#include "models/stringpool.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <limits>
#include <memory>

/// One instance or database, compact: ids in a StringPool for the strings that repeat across rows (account, name,
/// region, zone, state, type, lifecycle, cluster, health, engine, engine version, tag keys and values), QStrings
/// only for the values unique per row, the search haystack as lower-cased UTF-8 and the launch time as
/// milliseconds. A database (kind Rds) keeps its own fields — its key, the DbiResourceId, engine, version, storage,
/// Multi-AZ — in a Database block of its own, so that an EC2 row pays one null pointer for them; its EC2-only fields
/// (lifecycle, IPs, health) are empty.
///
/// A row holds references in the pool it was made with: make() takes them, release() gives them back. The row
/// does not release them itself (it does not know its pool), so a row is released exactly once before it is
/// overwritten or dropped. Move-only.
struct InstanceRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min(); ///< an invalid QDateTime; sorts first

    /// A tag as two pool ids.
    struct TagRef
    {
        quint32 key;
        quint32 value;
    };

    /// What only a database has.
    struct Database
    {
        QString resourceId; ///< the key (DbiResourceId)
        quint32 engine = 0; ///< pool id
        quint32 engineVersion = 0; ///< pool id
        quint32 storageGb = 0;
        bool multiAz = false;
    };

    QString instanceId; ///< EC2: the key; a database: its identifier (may change: the key is resourceId)
    QString privateIp;
    QString publicIp;
    QByteArray searchText; ///< lower-cased UTF-8: half the bytes of a QString for the same ASCII text
    mutable QString launchText; ///< launchTimeText(), formatted on first display: most rows are never shown
    qint64 launchMs = NoTime; ///< UTC ms since the epoch: QDateTime's operator< topped a 100k-row sort's profile
    QDateTime firstSeen;
    QDateTime lastSeen;
    std::unique_ptr<TagRef[]> tags;
    std::unique_ptr<Database> database; ///< null for an EC2 instance
    quint64 fingerprint = 0; ///< fingerprintOf() the instance the row was made from
    quint64 keyHash = 0; ///< keyHashOf(account, key())
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

    bool isDatabase() const { return database != nullptr; }
    ResourceKind kind() const { return database ? ResourceKind::Rds : ResourceKind::Ec2; }
    /// The database's own fields; for an EC2 instance all empty (0, false, a null string).
    const Database &rds() const
    {
        static const Database none;
        return database ? *database : none;
    }
    /// What identifies the row within its account (StoredInstance::key()): the instance id, a database's resourceId.
    const QString &key() const { return database ? database->resourceId : instanceId; }

    /// The row of \a instance of the pooled \a account (one more reference to it), with \a fingerprint (its
    /// fingerprintOf()). Takes a pool reference for each of its pooled strings; builds the search haystack
    /// (EC2: id, IPs, name, tag keys and values; a database: identifier, resourceId, engine, engine version,
    /// cluster, tag keys and values).
    static InstanceRow make(StringPool &pool, quint32 account, const StoredInstance &instance, quint64 fingerprint);
    /// Gives back the pool references make() took (account included).
    void release(StringPool &pool) const;
    /// The instance this row shows, its strings resolved through \a pool.
    StoredInstance toStoredInstance(const StringPool &pool) const;
    /// "yyyy-MM-dd HH:mm:ss UTC", formatted on the first call; empty for no launch time.
    const QString &launchTimeText() const;

    /// A 64-bit hash of the key and what AWS describes (what InstanceTableModel compares to find a change; health is
    /// not among it): an EC2 instance's id and StoredInstance::describedFields(), a database's kind, resourceId and
    /// StoredInstance::databaseFields(). A refresh finds the 99% of unchanged rows by comparing it instead of ~20
    /// strings spread over the pool and the heap.
    /// (A change that kept the hash, odds about 2^-64, would show at the instance's next change.)
    static quint64 fingerprintOf(const StoredInstance &instance);
    /// A 64-bit hash of the row's key (pooled account, StoredInstance::key()); HashIndex takes its low 32 bits. EC2
    /// ids ("i-…") and DbiResourceIds ("db-…") never collide, and lookups compare the stored key besides.
    static quint64 keyHashOf(quint32 account, const QString &key);
    /// \a time as UTC ms since the epoch, NoTime when invalid.
    static qint64 msecsOf(const QDateTime &time);
    /// The UTC time of \a msecs, invalid for NoTime.
    static QDateTime timeOf(qint64 msecs);
};
