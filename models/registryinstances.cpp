// Registry: the EC2 instances of accounts (the page merge, removal of gone ones, health, reads).
#include "models/registry_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace RegistryInternal;

QString RegistryInternal::tagsToJson(const QList<Ec2Tag> &tags)
{
    // An array of pairs, not an object: AWS's order is kept and duplicate-looking keys survive.
    QJsonArray a;
    for (const Ec2Tag &t : tags)
        a.append(QJsonArray { t.key, t.value });
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Ec2Tag> RegistryInternal::tagsFromJson(const QString &json)
{
    QList<Ec2Tag> tags;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    tags.reserve(a.size());
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        tags.append(Ec2Tag { pair.at(0).toString(), pair.at(1).toString() });
    }
    return tags;
}

namespace {

// ---- the described fields as columns ------------------------------------------------------------------

/// The columns of StoredInstance::describedFields(), in its order.
constexpr const char *kDescribedColumns[] = { "region", "az", "state", "instance_type", "lifecycle", "private_ip",
    "public_ip", "launch_time", "name", "cluster", "tags_json" };
constexpr int kDescribedCount = int(std::size(kDescribedColumns));
static_assert(kDescribedCount == std::tuple_size_v<decltype(StoredInstance().describedFields())>,
    "one column per field StoredInstance::describedFields() lists");

/// kDescribedColumns as SQL, each followed by \a suffix (e.g. " = ?") and separated by ", ".
QString describedColumns(QLatin1StringView suffix = {})
{
    QStringList columns;
    for (const char *column : kDescribedColumns)
        columns << QLatin1StringView(column) + suffix;
    return columns.join(QStringLiteral(", "));
}

/// How a described field is stored: text as it is, a time as toDb() (NULL when invalid), tags as JSON.
QVariant storedValue(const QString &text)
{
    return text;
}
QVariant storedValue(const QDateTime &time)
{
    return timeOrNull(time);
}
QVariant storedValue(const QList<Ec2Tag> &tags)
{
    return tagsToJson(tags);
}

/// The inverse of storedValue().
void readStored(QString &text, const QVariant &value)
{
    text = value.toString();
}
void readStored(QDateTime &time, const QVariant &value)
{
    time = fromDb(value);
}
void readStored(QList<Ec2Tag> &tags, const QVariant &value)
{
    tags = tagsFromJson(value.toString());
}

/// What AWS describes about an instance, as one comparable string of the stored texts (NULL reads as empty).
QString describedSignature(const QVariantList &values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (const QVariant &value : values)
        texts << value.toString();
    return texts.join(QChar(0x1f));
}

// ---- reading ------------------------------------------------------------------------------------------

const QString kInstanceColumns = QStringLiteral("account_id, instance_id, ") + describedColumns()
    + QStringLiteral(", health, first_seen, last_seen");

StoredInstance instanceFromQuery(const QSqlQuery &q)
{
    StoredInstance s;
    s.accountId = q.value(0).toString();
    s.instanceId = q.value(1).toString();
    int column = 2;
    s.forEachDescribedField([&q, &column](auto &field) { readStored(field, q.value(column++)); });
    s.health = q.value(column).toString();
    s.firstSeen = fromDb(q.value(column + 1));
    s.lastSeen = fromDb(q.value(column + 2));
    return s;
}

// ---- the page merge -----------------------------------------------------------------------------------

/// Rows per batched statement. Pages are up to 1,000 instances; a handful of statements per page instead of
/// two or three per instance is what makes a page cheap on PostgreSQL, where every statement is a round
/// trip. 100 rows x 15 columns stays far below both drivers' bound-parameter limits.
constexpr int kBatch = 100;

/// "?, ?, ..., ?" with \a n placeholders.
QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

} // namespace

Result<InstanceMergeResult> Registry::mergeInstances(
    const QString &accountId, const QString &region, const QList<Ec2Instance> &page, const QDateTime &seenAt)
{
    // Statements of fixed shape (always kBatch ids or rows, padded by repeating an id) so they are prepared
    // once and reused; only a page's remainder of new rows goes through the one-row insert.
    static const QString kSelect = QStringLiteral("SELECT instance_id, ") + describedColumns()
        + QStringLiteral(" FROM instances WHERE account_id = ? AND instance_id IN (") + placeholders(kBatch)
        + QStringLiteral(")");
    static const QString kTouch
        = QStringLiteral("UPDATE instances SET last_seen = ? WHERE account_id = ? AND instance_id IN (")
        + placeholders(kBatch) + QStringLiteral(")");
    static const QString kInsertHead = QStringLiteral("INSERT INTO instances (account_id, instance_id, ")
        + describedColumns() + QStringLiteral(", health, first_seen, last_seen) VALUES ");
    static const QString kRow
        = QStringLiteral("(?, ?, ") + placeholders(kDescribedCount) + QStringLiteral(", '', ?, ?)");
    static const QString kInsertOne = kInsertHead + kRow;
    static const QString kInsertBatch = []() -> QString {
        QStringList rows;
        for (int i = 0; i < kBatch; ++i)
            rows << kRow;
        return kInsertHead + rows.join(QStringLiteral(", "));
    }();
    static const QString kUpdate = QStringLiteral("UPDATE instances SET ") + describedColumns(QLatin1StringView(" = ?"))
        + QStringLiteral(", last_seen = ? WHERE account_id = ? AND instance_id = ?");

    struct Row
    {
        QString instanceId;
        QVariantList described; ///< storedValue() of each of StoredInstance::describedFields()
    };
    QList<Row> rows;
    rows.reserve(page.size());
    QSet<QString> ids;
    for (const Ec2Instance &instance : page) {
        // AWS never lists an instance twice in a page; if it did, the first description wins.
        if (instance.instanceId.isEmpty() || ids.contains(instance.instanceId))
            continue;
        ids.insert(instance.instanceId);
        Row r { instance.instanceId, {} };
        r.described.reserve(kDescribedCount);
        StoredInstance::fromEc2(accountId, region, instance, seenAt).forEachDescribedField([&r](const auto &field) {
            r.described << storedValue(field);
        });
        rows.append(std::move(r));
    }

    InstanceMergeResult result;
    if (rows.isEmpty())
        return result;
    const QString seen = toDb(seenAt);
    const QString what = tr("storing the instances of account %1 in %2").arg(accountId, region);
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();

    // 1. What is stored for these ids.
    QHash<QString, QString> stored;
    for (qsizetype from = 0; from < rows.size(); from += kBatch) {
        QVariantList binds { accountId };
        for (qsizetype i = 0; i < kBatch; ++i)
            binds << rows.at(qMin(from + i, rows.size() - 1)).instanceId;
        Result<QSqlQuery *> q = run(kSelect, binds, what);
        if (!q)
            return q.error();
        while (q.value()->next()) {
            QVariantList columns;
            columns.reserve(kDescribedCount);
            for (int c = 1; c <= kDescribedCount; ++c)
                columns << q.value()->value(c);
            stored.insert(q.value()->value(0).toString(), describedSignature(columns));
        }
        q.value()->finish();
    }

    // 2. Classify; 3. write: new rows in batches, changed rows one by one (rare), unchanged rows only touched.
    QList<const Row *> added;
    QStringList unchanged;
    for (const Row &r : std::as_const(rows)) {
        const auto it = stored.constFind(r.instanceId);
        if (it == stored.cend()) {
            added << &r;
        } else if (it.value() == describedSignature(r.described)) {
            unchanged << r.instanceId;
        } else {
            Result<QSqlQuery *> q = run(kUpdate, r.described + QVariantList { seen, accountId, r.instanceId }, what);
            if (!q)
                return q.error();
            q.value()->finish();
            result.changedIds << r.instanceId;
        }
    }
    auto insertBinds = [&](QVariantList &binds, const Row &r) {
        binds << accountId << r.instanceId;
        binds += r.described;
        binds << seen << seen;
    };
    qsizetype next = 0;
    for (; next + kBatch <= added.size(); next += kBatch) {
        QVariantList binds;
        binds.reserve(kBatch * (kDescribedCount + 4));
        for (qsizetype i = next; i < next + kBatch; ++i)
            insertBinds(binds, *added.at(i));
        Result<QSqlQuery *> q = run(kInsertBatch, binds, what);
        if (!q)
            return q.error();
        q.value()->finish();
    }
    for (; next < added.size(); ++next) {
        QVariantList binds;
        insertBinds(binds, *added.at(next));
        Result<QSqlQuery *> q = run(kInsertOne, binds, what);
        if (!q)
            return q.error();
        q.value()->finish();
    }
    for (qsizetype from = 0; from < unchanged.size(); from += kBatch) {
        QVariantList binds { seen, accountId };
        for (qsizetype i = 0; i < kBatch; ++i)
            binds << unchanged.at(qMin(from + i, unchanged.size() - 1));
        Result<QSqlQuery *> q = run(kTouch, binds, what);
        if (!q)
            return q.error();
        q.value()->finish();
    }
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();

    for (const Row *r : std::as_const(added))
        result.addedIds << r->instanceId;
    result.added = int(result.addedIds.size());
    result.changed = int(result.changedIds.size());
    result.unchanged = int(unchanged.size());
    return result;
}

Result<QStringList> Registry::removeInstancesNotSeenSince(
    const QString &accountId, const QString &region, const QDateTime &cutoff)
{
    const QString what = tr("removing the instances gone from account %1 in %2").arg(accountId, region);
    const QVariantList binds { accountId, region, toDb(cutoff) };
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    Result<QSqlQuery *> q = run(QStringLiteral("SELECT instance_id FROM instances"
                                               " WHERE account_id = ? AND region = ? AND last_seen < ?"
                                               " ORDER BY instance_id"),
        binds, what);
    if (!q)
        return q.error();
    QStringList gone;
    while (q.value()->next())
        gone.append(q.value()->value(0).toString());
    q.value()->finish();
    if (!gone.isEmpty()) {
        Result<QSqlQuery *> d = run(
            QStringLiteral("DELETE FROM instances WHERE account_id = ? AND region = ? AND last_seen < ?"), binds, what);
        if (!d)
            return d.error();
        d.value()->finish();
    }
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    return gone;
}

Result<int> Registry::setHealth(
    const QString &accountId, const QList<QPair<QString, QString>> &health, QList<QPair<QString, QString>> *changedOut)
{
    const QString what = tr("storing instance health of account %1").arg(accountId);
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    Result<QSqlQuery *> q = prepared(QStringLiteral("UPDATE instances SET health = ?"
                                                    " WHERE account_id = ? AND instance_id = ? AND health <> ?"));
    if (!q)
        return q.error();
    int changed = 0;
    for (const auto &[instanceId, h] : health) {
        q.value()->bindValue(0, h);
        q.value()->bindValue(1, accountId);
        q.value()->bindValue(2, instanceId);
        q.value()->bindValue(3, h);
        if (!q.value()->exec())
            return sqlError(q.value()->lastError(), what);
        if (q.value()->numRowsAffected() > 0) {
            ++changed;
            if (changedOut)
                changedOut->append({ instanceId, h });
        }
        q.value()->finish();
    }
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    return changed;
}

Result<QList<StoredInstance>> Registry::instances(const QString &accountId)
{
    const QString sql = QStringLiteral("SELECT ") + kInstanceColumns
        + QStringLiteral(" FROM instances WHERE account_id = ? ORDER BY region, instance_id");
    return readAll(
        run(sql, { accountId }, tr("reading the instances of account %1").arg(accountId)), instanceFromQuery);
}

Result<int> Registry::instanceCount(const QString &accountId)
{
    Result<QSqlQuery *> q = run(QStringLiteral("SELECT COUNT(*) FROM instances WHERE account_id = ?"), { accountId },
        tr("counting the instances of account %1").arg(accountId));
    if (!q)
        return q.error();
    Finisher f { q.value() };
    return q.value()->next() ? q.value()->value(0).toInt() : 0;
}
