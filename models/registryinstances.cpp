// Registry: the EC2 instances of accounts (the page merge, removal of gone ones, health, reads).
#include "models/registry_p.h"

#include "models/instancerow.h"
#include "models/logging.h"
#include "models/sqlitestatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace RegistryInternal;

namespace {
/// Appends \a text to \a json as a JSON string, exactly as QJsonDocument's compact form writes it (and read back as
/// a QString): '"', '\\' and control characters escaped (\b \f \n \r \t, else \u00xx), everything else as it is,
/// except a lone surrogate, which Qt writes as \uXXXX (lower-case hex).
void appendJsonString(QString &json, const QString &text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    json += u'"';
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t *run = p; // the longest stretch written as it is
        while (p != end && *p >= 0x20 && *p != u'"' && *p != u'\\' && !QChar::isSurrogate(*p))
            ++p;
        if (p != run)
            json.append(QStringView(run, p));
        if (p == end)
            break;
        const char16_t c = *p++;
        if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            const char16_t pair[] = { c, *p++ };
            json.append(QStringView(pair, 2));
            continue;
        }
        json += u'\\';
        switch (c) {
        case u'"':
        case u'\\':
            json += QChar(c);
            break;
        case 0x08:
            json += u'b';
            break;
        case 0x0c:
            json += u'f';
            break;
        case 0x0a:
            json += u'n';
            break;
        case 0x0d:
            json += u'r';
            break;
        case 0x09:
            json += u't';
            break;
        default: { // another control character, or a lone surrogate
            const char16_t escaped[]
                = { u'u', hex[(c >> 12) & 0xf], hex[(c >> 8) & 0xf], hex[(c >> 4) & 0xf], hex[c & 0xf] };
            json.append(QStringView(escaped, 5));
        }
        }
    }
    json += u'"';
}
} // namespace

QString RegistryInternal::tagsToJson(const QList<Ec2Tag> &tags)
{
    // An array of pairs, not an object: AWS's order is kept and duplicate-looking keys survive. Written here
    // directly, the same text QJsonDocument's compact form gives (tst_registry compares them), at a fraction of the
    // cost: every new or changed instance of a page passes here, and QJsonDocument was a tenth of a verify's CPU.
    qsizetype size = 2;
    for (const Ec2Tag &t : tags)
        size += t.key.size() + t.value.size() + 8;
    QString json;
    json.reserve(size);
    json += u'[';
    for (const Ec2Tag &t : tags) {
        if (json.size() > 1)
            json += u',';
        json += u'[';
        appendJsonString(json, t.key);
        json += u',';
        appendJsonString(json, t.value);
        json += u']';
    }
    json += u']';
    return json;
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

/// kDescribedColumns as SQL, each after \a prefix (e.g. "u.") and followed by \a suffix (e.g. " = ?"), separated
/// by ", ".
QString describedColumns(QLatin1StringView suffix = {}, QLatin1StringView prefix = {})
{
    QStringList columns;
    for (const char *column : kDescribedColumns)
        columns << prefix + QLatin1StringView(column) + suffix;
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

/// The stored texts of described values (NULL reads as empty), compared element by element: exact, unlike one
/// joined string, whatever characters the values hold.
QStringList storedTexts(const QVariantList &values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (const QVariant &value : values)
        texts << value.toString();
    return texts;
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

/// "region = excluded.region, ...": an upsert's update of the described columns to the page's values.
QString describedFromExcluded()
{
    QStringList columns;
    for (const char *column : kDescribedColumns)
        columns << QLatin1StringView(column) + QStringLiteral(" = excluded.") + QLatin1StringView(column);
    return columns.join(QStringLiteral(", "));
}

/// storedValue() of each of \a s's describedFields(), in order (what is bound for the described columns).
QVariantList describedValues(const StoredInstance &s)
{
    QVariantList values;
    values.reserve(kDescribedCount);
    s.forEachDescribedField([&values](const auto &field) { values << storedValue(field); });
    return values;
}

/// The merge's first statement: of one batch of (row number, id, fingerprint), the numbers of the rows whose stored
/// fingerprint is the page's (unchanged rows: read, not written). Numbers, not ids: nothing to decode or look up.
const RowsStatement &sameStatement()
{
    static const RowsStatement statement(QStringLiteral("WITH page(n, instance_id, fingerprint) AS (VALUES "),
        QStringLiteral("(CAST(? AS INTEGER), ?, CAST(? AS BIGINT))"),
        QStringLiteral(") SELECT page.n FROM page JOIN instances"
                       " ON instances.account_id = ? AND instances.instance_id = page.instance_id"
                       " AND instances.fingerprint = page.fingerprint"));
    return statement;
}

/// setHealth()'s batch: the rows whose health differs are updated and returned (RETURNING: SQLite >= 3.35,
/// PostgreSQL).
const RowsStatement &healthStatement()
{
    static const RowsStatement statement(QStringLiteral("WITH page(instance_id, health) AS (VALUES "),
        QStringLiteral("(?, ?)"),
        QStringLiteral(") UPDATE instances SET health = page.health FROM page"
                       " WHERE instances.account_id = ? AND instances.instance_id = page.instance_id"
                       " AND instances.health <> page.health"
                       " RETURNING instances.instance_id"));
    return statement;
}

/// New and changed rows in one statement: first_seen and health are kept for a stored row (a new one gets the
/// health known for it, else '').
const RowsStatement &upsertStatement()
{
    static const RowsStatement statement(QStringLiteral("INSERT INTO instances (account_id, instance_id, ")
            + describedColumns() + QStringLiteral(", fingerprint, health, first_seen, last_seen) VALUES "),
        QStringLiteral("(?, ?, ") + placeholders(kDescribedCount) + QStringLiteral(", ?, ?, ?, ?)"),
        QStringLiteral(" ON CONFLICT (account_id, instance_id) DO UPDATE SET ") + describedFromExcluded()
            + QStringLiteral(", fingerprint = excluded.fingerprint, last_seen = excluded.last_seen"));
    return statement;
}

/// Team mode: new and changed rows of a whole page in one statement, the same upsert as upsertStatement() with the
/// page's columns bound as arrays (unnest()). Qt's PostgreSQL driver sends a statement's values as literals in the
/// text of an EXECUTE: a 256-row VALUES list was 4,352 of them, formatted one by one by the client (~45 ms of its CPU
/// for a page of 1,000) and parsed and planned one by one by the server; as 14 arrays they are 14 literals.
const QString &teamUpsertSql()
{
    static const QString sql = []() -> QString {
        QStringList arrays { QStringLiteral("CAST(? AS text[])") }; // instance_id
        for (qsizetype i = 0; i < kDescribedCount; ++i)
            arrays << QStringLiteral("CAST(? AS text[])");
        arrays << QStringLiteral("CAST(? AS bigint[])") << QStringLiteral("CAST(? AS text[])"); // fingerprint, health
        return QStringLiteral("INSERT INTO instances (account_id, instance_id, ") + describedColumns()
            + QStringLiteral(", fingerprint, health, first_seen, last_seen) SELECT ?, u.instance_id, ")
            + describedColumns({}, QLatin1StringView("u."))
            + QStringLiteral(", u.fingerprint, u.health, ?, ? FROM unnest(") + arrays.join(QStringLiteral(", "))
            + QStringLiteral(") AS u(instance_id, ") + describedColumns()
            + QStringLiteral(", fingerprint, health) ON CONFLICT (account_id, instance_id) DO UPDATE SET ")
            + describedFromExcluded()
            + QStringLiteral(", fingerprint = excluded.fingerprint, last_seen = excluded.last_seen");
    }();
    return sql;
}

/// Appends \a value to \a array, the text of a PostgreSQL array literal being built: an invalid QVariant as NULL,
/// anything else as its text, quoted, with '"' and '\\' escaped (so no element's text can end the element or the
/// array, whatever it holds).
void appendArrayElement(QString &array, const QVariant &value)
{
    if (array.size() > 1)
        array += QLatin1Char(',');
    if (!value.isValid()) {
        array += QLatin1StringView("NULL");
        return;
    }
    const QString text = value.toString();
    array += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            array += QLatin1Char('\\');
        array += c;
    }
    array += QLatin1Char('"');
}

} // namespace

void Registry::prepareMergeStatements()
{
    if (!m_sqlite)
        return;
    for (const RowsStatement *statement : { &upsertStatement(), &sameStatement(), &healthStatement() }) {
        for (qsizetype rows = kMergeBatch; rows >= 1; rows /= 2) {
            if (std::optional<QSqlError> e = m_sqlite->prepare(statement->sql(rows))) {
                qCInfo(lcModels).noquote() << "registry: a merge statement not prepared ahead:" << e->text();
                return; // prepared when first run, as without this
            }
        }
    }
}

Registry::PreparedInstances Registry::prepareInstances(const QString &accountId, const QString &region,
    const QList<Ec2Instance> &page, const QDateTime &seenAt, bool withDescribed)
{
    PreparedInstances prepared { accountId, region, seenAt, {} };
    prepared.rows.reserve(page.size());
    QSet<QString> seenIds;
    seenIds.reserve(page.size());
    for (const Ec2Instance &instance : page) {
        // AWS never lists an instance twice in a page; if it did, the first description wins.
        if (instance.instanceId.isEmpty() || seenIds.contains(instance.instanceId))
            continue;
        seenIds.insert(instance.instanceId);
        StoredInstance s = StoredInstance::fromEc2(accountId, region, instance, seenAt);
        const auto fingerprint = qint64(InstanceRow::fingerprintOf(s));
        QVariantList described = withDescribed ? describedValues(s) : QVariantList();
        prepared.rows.append(PreparedInstances::Row { std::move(s), fingerprint, std::move(described) });
    }
    return prepared;
}

Result<InstanceMergeResult> Registry::mergeInstances(const QString &accountId, const QString &region,
    const QList<Ec2Instance> &page, const QDateTime &seenAt, Stored stored, const QHash<QString, QString> &health)
{
    // On the calling thread: the described values only of the rows that need them (not those a re-discovery finds
    // unchanged by their fingerprint).
    return mergeInstances(prepareInstances(accountId, region, page, seenAt, false), stored, health);
}

Result<InstanceMergeResult> Registry::mergeInstances(
    const PreparedInstances &page, Stored stored, const QHash<QString, QString> &health)
{
    const QString &accountId = page.accountId;
    const QString &region = page.region;
    const QDateTime &seenAt = page.seenAt;
    // What decides "changed" is the fingerprint column (InstanceRow::fingerprintOf() of the key and
    // StoredInstance::describedFields(), written with the row). One read per batch returns the rows whose fingerprint
    // is the page's: a re-discovery is that read and nothing else, with no row written (their last_seen moves with
    // the region's completion: completeInstanceListing()), no described column read or bound and no JSON built. The
    // rest is read back in full: missing rows are new, the others are compared column by column (a differing or
    // missing fingerprint: a row from before schema 6, a hash that changed between versions), so only a real
    // difference reports "changed".
    const RowsStatement &kSame = sameStatement();
    static const QString kSelectDescribed = QStringLiteral("SELECT instance_id, ") + describedColumns()
        + QStringLiteral(" FROM instances WHERE account_id = ? AND instance_id IN (") + placeholders(kMergeBatch)
        + QStringLiteral(")");
    const RowsStatement &kUpsert = upsertStatement();

    using Row = PreparedInstances::Row;
    const QList<Row> &rows = page.rows;
    // A row's described values: prepared with it, or made here once for a row that needs them.
    QList<QVariantList> madeHere(page.rows.size());
    const auto described = [&rows, &madeHere](const Row *r) -> const QVariantList & {
        if (!r->described.isEmpty())
            return r->described;
        QVariantList &values = madeHere[r - rows.constData()];
        if (values.isEmpty())
            values = describedValues(r->instance);
        return values;
    };

    InstanceMergeResult result;
    if (rows.isEmpty())
        return result;
    const QString seen = toDb(seenAt);
    const QString what = tr("storing the instances of account %1 in %2").arg(accountId, region);
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();

    // 1. Unchanged rows (the same fingerprint) are left as they are. (Nothing to look for when the caller knows none
    // is stored: a first listing of the region. The upsert below still settles a row stored meanwhile.)
    std::vector<bool> same(size_t(rows.size()), false);
    qsizetype sameCount = 0;
    if (stored == Stored::Unknown) {
        if (Result<void> ok = runForRows(
                kSame, rows.size(),
                [&rows](QVariantList &binds, qsizetype i) {
                    binds << qint64(i) << rows.at(i).instance.instanceId << rows.at(i).fingerprint;
                },
                what, { accountId },
                [&same, &sameCount](const BatchRow &q) {
                    const qint64 n = q.value(0).toLongLong();
                    if (n >= 0 && n < qint64(same.size()) && !same[size_t(n)]) {
                        same[size_t(n)] = true;
                        ++sameCount;
                    }
                });
            !ok)
            return ok.error();
    }

    // 2. The others: new, or compared with what is stored.
    QList<const Row *> rest;
    QStringList restIds;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!same[size_t(i)]) {
            rest << &rows.at(i);
            restIds << rows.at(i).instance.instanceId;
        }
    }
    QList<const Row *> writes; // upserted: new, changed, and unchanged rows whose fingerprint is rewritten
    if (stored == Stored::NoneOfThese) {
        for (const Row *r : std::as_const(rest)) {
            writes << r;
            result.addedIds << r->instance.instanceId;
        }
    } else if (!rest.isEmpty()) {
        QHash<QString, QStringList> storedDescribed;
        if (Result<void> ok = runForKeys(kSelectDescribed, { accountId }, restIds, what,
                [&storedDescribed](const BatchRow &q) {
                    QVariantList values;
                    values.reserve(kDescribedCount);
                    for (int c = 1; c <= kDescribedCount; ++c)
                        values << q.value(c);
                    storedDescribed.insert(q.value(0).toString(), storedTexts(values));
                });
            !ok)
            return ok.error();
        for (const Row *r : std::as_const(rest)) {
            writes << r;
            const auto it = storedDescribed.constFind(r->instance.instanceId);
            if (it == storedDescribed.cend())
                result.addedIds << r->instance.instanceId;
            else if (it.value() == storedTexts(described(r)))
                ++result.unchanged; // the same description: only its fingerprint is rewritten
            else
                result.changedIds << r->instance.instanceId;
        }
    }

    // 3. Write new and changed rows.
    if (m_teamMode && !writes.isEmpty()) {
        // One statement for the page: each column's values as one array literal (teamUpsertSql()).
        std::vector<QString> arrays(size_t(kDescribedCount + 3), QStringLiteral("{"));
        for (QString &array : arrays)
            array.reserve(writes.size() * 24);
        for (const Row *r : std::as_const(writes)) {
            size_t c = 0;
            appendArrayElement(arrays[c++], r->instance.instanceId);
            for (const QVariant &value : described(r))
                appendArrayElement(arrays[c++], value);
            appendArrayElement(arrays[c++], r->fingerprint);
            appendArrayElement(arrays[c++], health.value(r->instance.instanceId, QString()));
        }
        QVariantList binds { accountId, seen, seen }; // account_id, first_seen, last_seen; then the arrays
        for (QString &array : arrays) {
            array += QLatin1Char('}');
            binds << std::move(array);
        }
        if (Result<void> ok = runEach(teamUpsertSql(), binds, what, {}); !ok)
            return ok.error();
    } else if (Result<void> ok = runForRows(
                   kUpsert, writes.size(),
                   [&](QVariantList &binds, qsizetype i) {
                       const Row &r = *writes.at(i);
                       binds << accountId << r.instance.instanceId;
                       binds += described(&r);
                       binds << r.fingerprint << health.value(r.instance.instanceId, QString()) << seen << seen;
                   },
                   what);
               !ok)
        return ok.error();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();

    result.added = int(result.addedIds.size());
    result.changed = int(result.changedIds.size());
    result.unchanged += int(sameCount);
    if (!health.isEmpty()) {
        for (const QString &id : std::as_const(result.addedIds)) {
            if (const auto it = health.constFind(id); it != health.cend() && !it->isEmpty())
                result.healthStored.append({ id, *it });
        }
    }
    noteRowsAdded(accountId, result.added);
    return result;
}

Result<bool> Registry::hasInstancesIn(const QString &accountId, const QString &region)
{
    Result<QSqlQuery *> q = run(QStringLiteral("SELECT 1 FROM instances WHERE account_id = ? AND region = ? LIMIT 1"),
        { accountId, region }, tr("reading the instances of account %1").arg(accountId));
    if (!q)
        return q.error();
    const bool any = q.value()->next();
    q.value()->finish();
    return any;
}

Result<QStringList> Registry::completeInstanceListing(
    const QString &accountId, const QString &region, const QDateTime &seenAt, const ListedIds &listedIds)
{
    const QString what = tr("removing the instances gone from account %1 in %2").arg(accountId, region);
    const QString seen = toDb(seenAt);
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    // A row's last-seen time is the later of its last_seen and its region's last complete listing (instances()).
    // When a listing at or after seenAt has completed (a later run, in another process, finished first), every row
    // of the region was seen since: nothing is gone.
    bool listedSince = false;
    if (Result<void> ok = runEach(QStringLiteral("SELECT 1 FROM instance_listings"
                                                 " WHERE account_id = ? AND region = ? AND listed_at >= ?"),
            { accountId, region, seen }, what, [&listedSince](const BatchRow &) { listedSince = true; });
        !ok)
        return ok.error();
    // Otherwise the region's rows not written since the run began (through instances_by_region: no ORDER BY, which
    // SQLite's planner, without statistics, served from the primary key by reading every row of the account at each
    // of a discovery's 17 completions); of those, the ones the listing did not list are gone. Sorted here.
    QStringList gone;
    if (!listedSince) {
        if (Result<void> ok = runEach(QStringLiteral("SELECT instance_id FROM instances"
                                                     " WHERE account_id = ? AND region = ? AND last_seen < ?"),
                { accountId, region, seen }, what,
                [&gone, &listedIds](const BatchRow &q) {
                    if (!listedIds.containsUtf8(q.utf8(0)))
                        gone.append(q.value(0).toString());
                });
            !ok)
            return ok.error();
    }
    std::sort(gone.begin(), gone.end());
    if (!gone.isEmpty()) {
        static const QString kDelete = QStringLiteral("DELETE FROM instances WHERE account_id = ? AND region = ?"
                                                      " AND last_seen < ? AND instance_id IN (")
            + placeholders(kMergeBatch) + QStringLiteral(")");
        if (Result<void> ok = runForKeys(kDelete, { accountId, region, seen }, gone, what); !ok)
            return ok.error();
    }
    // Every row left in the region was listed by this run (or written since it began): this is its last-seen time
    // (instances()). A run that began earlier and completes later does not move it back.
    if (Result<void> ok = runEach(QStringLiteral("INSERT INTO instance_listings (account_id, region, listed_at)"
                                                 " VALUES (?, ?, ?) ON CONFLICT (account_id, region) DO UPDATE"
                                                 " SET listed_at = excluded.listed_at"
                                                 " WHERE instance_listings.listed_at < excluded.listed_at"),
            { accountId, region, seen }, what, {});
        !ok)
        return ok.error();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    return gone;
}

Result<int> Registry::setHealth(
    const QString &accountId, const QList<QPair<QString, QString>> &health, QList<QPair<QString, QString>> *changedOut)
{
    const RowsStatement &kUpdate = healthStatement(); // one statement per batch
    // An id listed twice: the last health counts (as if applied in order), reported at its first place.
    QList<QPair<QString, QString>> pairs;
    pairs.reserve(health.size());
    QHash<QString, qsizetype> at;
    at.reserve(health.size());
    for (const auto &pair : health) {
        if (const auto it = at.constFind(pair.first); it != at.cend()) {
            pairs[it.value()].second = pair.second;
        } else {
            at.insert(pair.first, pairs.size());
            pairs.append(pair);
        }
    }
    if (pairs.isEmpty())
        return 0;

    const QString what = tr("storing instance health of account %1").arg(accountId);
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    QSet<QString> changed;
    if (Result<void> ok = runForRows(
            kUpdate, pairs.size(),
            [&pairs](QVariantList &binds, qsizetype i) { binds << pairs.at(i).first << pairs.at(i).second; }, what,
            { accountId }, [&changed](const BatchRow &q) { changed.insert(q.value(0).toString()); });
        !ok)
        return ok.error();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    if (changedOut) {
        for (const auto &pair : std::as_const(pairs)) {
            if (changed.contains(pair.first))
                changedOut->append(pair);
        }
    }
    return int(changed.size());
}

Result<QList<StoredInstance>> Registry::instances(const QString &accountId)
{
    const QString what = tr("reading the instances of account %1").arg(accountId);
    // The regions' last complete listings first: a completion between the two reads can only make a time read
    // older than it is, never one an instance was not seen at.
    QHash<QString, QDateTime> listedAt;
    if (Result<void> ok
        = runEach(QStringLiteral("SELECT region, listed_at FROM instance_listings WHERE account_id = ?"), { accountId },
            what, [&listedAt](const BatchRow &q) { listedAt.insert(q.value(0).toString(), fromDb(q.value(1))); });
        !ok)
        return ok.error();
    // Counted first (from the primary key's account prefix) so that the list is sized once.
    const Result<int> count = instanceCount(accountId);
    if (!count)
        return count.error();
    const QString sql = QStringLiteral("SELECT ") + kInstanceColumns
        + QStringLiteral(" FROM instances WHERE account_id = ? ORDER BY region, instance_id");
    Result<QList<StoredInstance>> read = readAll(run(sql, { accountId }, what), instanceFromQuery, count.value());
    if (read && !listedAt.isEmpty()) {
        for (StoredInstance &s : read.value()) {
            if (const auto it = listedAt.constFind(s.region); it != listedAt.cend() && *it > s.lastSeen)
                s.lastSeen = *it;
        }
    }
    return read;
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
