// Registry: the RDS databases of accounts (the page merge, deleted ones kept as history, reads, access).
#include "models/registry_p.h"

#include "models/instancerow.h"

#include <QSet>
#include <QSqlQuery>

using namespace RegistryInternal;

namespace {

const QString kDatabaseColumns = QStringLiteral(
    "account_id, resource_id, db_identifier, region, az, state, db_class, engine, engine_version, multi_az,"
    " storage_gb, created_time, cluster, tags_json, first_seen, last_seen");

template <typename Row> StoredInstance databaseFromQuery(const Row &q)
{
    StoredInstance s;
    s.kind = ResourceKind::Rds;
    s.accountId = q.value(0).toString();
    s.resourceId = q.value(1).toString();
    s.instanceId = q.value(2).toString();
    s.name = s.instanceId;
    s.region = q.value(3).toString();
    s.availabilityZone = q.value(4).toString();
    s.state = q.value(5).toString();
    s.instanceType = q.value(6).toString();
    s.engine = q.value(7).toString();
    s.engineVersion = q.value(8).toString();
    s.multiAz = q.value(9).toInt() != 0;
    s.storageGb = q.value(10).toInt();
    s.launchTime = fromDb(q.value(11));
    s.cluster = q.value(12).toString();
    s.tags = tagsFromJson(q.value(13).toString());
    s.firstSeen = fromDb(q.value(14));
    s.lastSeen = fromDb(q.value(15));
    return s;
}

/// The described columns' values of \a d, in the order of kDescribed below.
QVariantList describedValues(const StoredInstance &d)
{
    return { d.instanceId, d.region, d.availabilityZone, d.state, d.instanceType, d.engine, d.engineVersion,
        d.multiAz ? 1 : 0, d.storageGb, timeOrNull(d.launchTime), d.cluster, tagsToJson(d.tags) };
}
/// The upsert's update of the described columns (kDatabaseColumns between the key and first_seen) to the page's.
const QString kDescribedFromExcluded = QStringLiteral(
    " db_identifier = excluded.db_identifier, region = excluded.region, az = excluded.az, state = excluded.state,"
    " db_class = excluded.db_class, engine = excluded.engine, engine_version = excluded.engine_version,"
    " multi_az = excluded.multi_az, storage_gb = excluded.storage_gb, created_time = excluded.created_time,"
    " cluster = excluded.cluster, tags_json = excluded.tags_json");

} // namespace

Result<InstanceMergeResult> Registry::mergeDatabases(
    const QString &accountId, const QString &region, const QList<RdsDbInstance> &page, const QDateTime &seenAt)
{
    // As mergeInstances(): the fingerprint column decides, a differing or missing one is settled by the columns.
    static const QString keysIn = QStringLiteral(" FROM databases WHERE account_id = ? AND resource_id IN (")
        + placeholders(kMergeBatch) + QStringLiteral(")");
    static const QString kSelectFingerprints = QStringLiteral("SELECT resource_id, fingerprint") + keysIn;
    static const QString kSelectStored = QStringLiteral("SELECT ") + kDatabaseColumns + keysIn;
    static const QString kTouch
        = QStringLiteral("UPDATE databases SET last_seen = ? WHERE account_id = ? AND resource_id IN (")
        + placeholders(kMergeBatch) + QStringLiteral(")");
    static const RowsStatement kUpsert(
        QStringLiteral("INSERT INTO databases (") + kDatabaseColumns + QStringLiteral(", fingerprint) VALUES "),
        QStringLiteral("(") + placeholders(17) + QStringLiteral(")"),
        QStringLiteral(" ON CONFLICT (account_id, resource_id) DO UPDATE SET") + kDescribedFromExcluded
            + QStringLiteral(", fingerprint = excluded.fingerprint, last_seen = excluded.last_seen"));

    QList<StoredInstance> rows;
    rows.reserve(page.size());
    QStringList keys;
    QSet<QString> seenKeys;
    for (const RdsDbInstance &database : page) {
        if (database.identifier.isEmpty())
            continue;
        StoredInstance s = StoredInstance::fromRds(accountId, region, database, seenAt);
        if (seenKeys.contains(s.resourceId)) // listed twice in one page: the first description wins
            continue;
        seenKeys.insert(s.resourceId);
        keys << s.resourceId;
        rows.append(std::move(s));
    }
    InstanceMergeResult result;
    if (rows.isEmpty())
        return result;
    const QString seen = toDb(seenAt);
    const QString what = tr("storing the databases of account %1 in %2").arg(accountId, region);
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();

    QHash<QString, QVariant> stored;
    if (Result<void> ok = runForKeys(kSelectFingerprints, { accountId }, keys, what,
            [&stored](const BatchRow &q) { stored.insert(q.value(0).toString(), q.value(1)); });
        !ok)
        return ok.error();
    QList<const StoredInstance *> writes;
    QList<const StoredInstance *> toCompare;
    QStringList unchanged;
    for (const StoredInstance &r : std::as_const(rows)) {
        const auto it = stored.constFind(r.resourceId);
        if (it == stored.cend()) {
            writes << &r;
            result.addedIds << r.resourceId;
        } else if (!it->isNull() && it->toLongLong() == qint64(InstanceRow::fingerprintOf(r))) {
            unchanged << r.resourceId;
        } else {
            toCompare << &r;
        }
    }
    if (!toCompare.isEmpty()) {
        QStringList compareKeys;
        for (const StoredInstance *r : std::as_const(toCompare))
            compareKeys << r->resourceId;
        QHash<QString, StoredInstance> storedRows;
        if (Result<void> ok = runForKeys(kSelectStored, { accountId }, compareKeys, what,
                [&storedRows](const BatchRow &q) {
                    StoredInstance s = databaseFromQuery(q);
                    storedRows.insert(s.resourceId, std::move(s));
                });
            !ok)
            return ok.error();
        for (const StoredInstance *r : std::as_const(toCompare)) {
            writes << r;
            const auto it = storedRows.constFind(r->resourceId);
            if (it != storedRows.cend() && it->databaseFields() == r->databaseFields())
                ++result.unchanged; // the same description: only its fingerprint is rewritten
            else
                result.changedIds << r->resourceId;
        }
    }
    if (Result<void> ok = runForRows(
            kUpsert, writes.size(),
            [&](QVariantList &binds, qsizetype i) {
                const StoredInstance &r = *writes.at(i);
                binds << accountId << r.resourceId;
                binds += describedValues(r);
                binds << seen << seen << qint64(InstanceRow::fingerprintOf(r));
            },
            what);
        !ok)
        return ok.error();
    if (Result<void> ok = runForKeys(kTouch, { seen, accountId }, unchanged, what); !ok)
        return ok.error();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    result.added = int(result.addedIds.size());
    result.changed = int(result.changedIds.size());
    result.unchanged += int(unchanged.size());
    noteRowsAdded(accountId, result.added);
    return result;
}

Result<QList<StoredInstance>> Registry::markDatabasesDeletedNotSeenSince(
    const QString &accountId, const QString &region, const QDateTime &cutoff)
{
    const QString what = tr("marking the databases gone from account %1 in %2").arg(accountId, region);
    const QVariantList binds { accountId, region, toDb(cutoff) };
    const QString where
        = QStringLiteral(" WHERE account_id = ? AND region = ? AND last_seen < ? AND state <> 'deleted'");
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    Result<QList<StoredInstance>> gone
        = readAll(run(QStringLiteral("SELECT ") + kDatabaseColumns + QStringLiteral(" FROM databases") + where
                          + QStringLiteral(" ORDER BY db_identifier"),
                      binds, what),
            databaseFromQuery<QSqlQuery>);
    if (!gone)
        return gone.error();
    if (!gone->isEmpty()) {
        Result<QSqlQuery *> u
            = run(QStringLiteral("UPDATE databases SET state = 'deleted', fingerprint = NULL") + where, binds, what);
        if (!u)
            return u.error();
        u.value()->finish();
    }
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    QList<StoredInstance> deleted = std::move(gone).value();
    for (StoredInstance &d : deleted)
        d.state = StoredInstance::DeletedState;
    return deleted;
}

Result<QList<StoredInstance>> Registry::databases(const QString &accountId)
{
    return readAll(run(QStringLiteral("SELECT ") + kDatabaseColumns
                           + QStringLiteral(" FROM databases WHERE account_id = ? ORDER BY region, db_identifier"),
                       { accountId }, tr("reading the databases of account %1").arg(accountId)),
        databaseFromQuery<QSqlQuery>);
}

Result<int> Registry::databaseCount(const QString &accountId)
{
    Result<QSqlQuery *> q
        = run(QStringLiteral("SELECT COUNT(*) FROM databases WHERE account_id = ? AND state <> 'deleted'"),
            { accountId }, tr("counting the databases of account %1").arg(accountId));
    if (!q)
        return q.error();
    Finisher f { q.value() };
    return q.value()->next() ? q.value()->value(0).toInt() : 0;
}

Result<void> Registry::setDatabaseAccess(
    const QString &accountId, DatabaseAccess access, const QStringList &deniedRegions)
{
    const QString what = tr("storing the database access of account %1").arg(accountId);
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    Result<QSqlQuery *> q
        = run(QStringLiteral("UPDATE accounts SET database_access = ?, database_denied_regions = ? WHERE id = ?"),
            { databaseAccessName(access), deniedRegions.join(QLatin1Char(',')), accountId }, what);
    if (!q)
        return q.error();
    const int updated = q.value()->numRowsAffected();
    q.value()->finish();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    if (updated == 0)
        return makeError(AwsError::Kind::NotFound, OnrampError::AccountNotFound, tr("No account %1.").arg(accountId));
    return {};
}
