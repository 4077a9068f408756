// Registry: the RDS databases of accounts (the page merge, deleted ones kept as history, reads, access).
#include "models/registry_p.h"

#include <QSet>
#include <QSqlQuery>

using namespace RegistryInternal;

namespace {

const QString kDatabaseColumns = QStringLiteral(
    "account_id, resource_id, db_identifier, region, az, state, db_class, engine, engine_version, multi_az,"
    " storage_gb, created_time, cluster, tags_json, first_seen, last_seen");

StoredInstance databaseFromQuery(const QSqlQuery &q)
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
const QString kDescribedSet = QStringLiteral(
    "db_identifier = ?, region = ?, az = ?, state = ?, db_class = ?, engine = ?, engine_version = ?, multi_az = ?,"
    " storage_gb = ?, created_time = ?, cluster = ?, tags_json = ?");

QString placeholderList(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<InstanceMergeResult> Registry::mergeDatabases(
    const QString &accountId, const QString &region, const QList<RdsDbInstance> &page, const QDateTime &seenAt)
{
    QList<StoredInstance> rows;
    rows.reserve(page.size());
    QSet<QString> keys;
    for (const RdsDbInstance &database : page) {
        if (database.identifier.isEmpty())
            continue;
        StoredInstance s = StoredInstance::fromRds(accountId, region, database, seenAt);
        if (keys.contains(s.resourceId)) // listed twice in one page: the first description wins
            continue;
        keys.insert(s.resourceId);
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

    QHash<QString, StoredInstance> stored;
    QVariantList binds { accountId };
    for (const StoredInstance &r : std::as_const(rows))
        binds << r.resourceId;
    Result<QSqlQuery *> q = run(QStringLiteral("SELECT ") + kDatabaseColumns
            + QStringLiteral(" FROM databases WHERE account_id = ? AND resource_id IN (") + placeholderList(rows.size())
            + QStringLiteral(")"),
        binds, what);
    if (!q)
        return q.error();
    while (q.value()->next()) {
        StoredInstance s = databaseFromQuery(*q.value());
        stored.insert(s.resourceId, std::move(s));
    }
    q.value()->finish();

    QStringList unchanged;
    for (const StoredInstance &r : std::as_const(rows)) {
        const auto it = stored.constFind(r.resourceId);
        QString sql;
        QVariantList values;
        if (it == stored.cend()) {
            sql = QStringLiteral("INSERT INTO databases (") + kDatabaseColumns + QStringLiteral(") VALUES (")
                + placeholderList(16) + QStringLiteral(")");
            values = QVariantList { accountId, r.resourceId } + describedValues(r) + QVariantList { seen, seen };
            result.addedIds << r.resourceId;
        } else if (it->databaseFields() == r.databaseFields()) {
            unchanged << r.resourceId;
            continue;
        } else {
            sql = QStringLiteral("UPDATE databases SET ") + kDescribedSet
                + QStringLiteral(", last_seen = ? WHERE account_id = ? AND resource_id = ?");
            values = describedValues(r) + QVariantList { seen, accountId, r.resourceId };
            result.changedIds << r.resourceId;
        }
        Result<QSqlQuery *> w = run(sql, values, what);
        if (!w)
            return w.error();
        w.value()->finish();
    }
    if (!unchanged.isEmpty()) {
        QVariantList touch { seen, accountId };
        for (const QString &key : std::as_const(unchanged))
            touch << key;
        Result<QSqlQuery *> w = run(QStringLiteral("UPDATE databases SET last_seen = ? WHERE account_id = ?"
                                                   " AND resource_id IN (")
                + placeholderList(unchanged.size()) + QStringLiteral(")"),
            touch, what);
        if (!w)
            return w.error();
        w.value()->finish();
    }
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    result.added = int(result.addedIds.size());
    result.changed = int(result.changedIds.size());
    result.unchanged = int(unchanged.size());
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
            databaseFromQuery);
    if (!gone)
        return gone.error();
    if (!gone->isEmpty()) {
        Result<QSqlQuery *> u = run(QStringLiteral("UPDATE databases SET state = 'deleted'") + where, binds, what);
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
        databaseFromQuery);
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
