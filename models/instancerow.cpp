// InstanceRow: making a compact row from an instance and back, its pool references and its search haystack.
#include "models/instancerow.h"

#include "models/fingerprint.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
/// One of StoredInstance::describedFields() or databaseFields() into a fingerprint: an overload per field type, so
/// that a field of a new type does not compile until it is handled here.
void addDescribedField(Fingerprint &f, const QString &text)
{
    f.add(text);
}

void addDescribedField(Fingerprint &f, bool flag)
{
    f.add(quint64(flag));
}

void addDescribedField(Fingerprint &f, int number)
{
    f.add(quint64(qint64(number)));
}

void addDescribedField(Fingerprint &f, const QDateTime &time)
{
    f.add(quint64(InstanceRow::msecsOf(time)));
}

void addDescribedField(Fingerprint &f, const QList<Ec2Tag> &tags)
{
    f.add(quint64(tags.size()));
    for (const Ec2Tag &tag : tags) {
        f.add(tag.key);
        f.add(tag.value);
    }
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

/// The lower-cased UTF-8 haystack of \a row, '\n' between the pieces. EC2: id, IPs, name, tag keys and values. A
/// database: identifier, resourceId, engine, engine version, cluster, tag keys and values (its name is its
/// identifier; it has no IPs, and its endpoint is not stored).
QByteArray buildSearchText(const InstanceRow &row, const StringPool &pool)
{
    // Pooled pieces are deduplicated by id: the Name tag repeats the name, cluster tags repeat each other.
    QVarLengthArray<quint32, 32> pooled;
    const auto addPooled = [&pooled](quint32 id) {
        if (id != 0 && std::find(pooled.cbegin(), pooled.cend(), id) == pooled.cend())
            pooled.append(id);
    };
    if (row.isDatabase()) {
        addPooled(row.rds().engine);
        addPooled(row.rds().engineVersion);
        addPooled(row.cluster);
    } else {
        addPooled(row.name);
    }
    for (quint32 i = 0; i < row.tagCount; ++i) {
        addPooled(row.tags[i].key);
        addPooled(row.tags[i].value);
    }

    // Reserving the exact (ASCII) size up front leaves no growth slack in 100,000 long-lived arrays.
    qsizetype size = row.instanceId.size() + row.privateIp.size() + row.publicIp.size() + 3;
    if (row.isDatabase())
        size += row.rds().resourceId.size() + 1;
    for (const quint32 id : pooled)
        size += pool.at(id).size() + 1;
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
    append(row.rds().resourceId);
    append(row.privateIp);
    append(row.publicIp);
    for (const quint32 id : pooled)
        append(pool.at(id));
    if (text.capacity() > text.size())
        text.squeeze();
    return text;
}
} // namespace

InstanceRow InstanceRow::make(StringPool &pool, quint32 account, const StoredInstance &instance, quint64 fingerprint)
{
    InstanceRow row;
    row.fingerprint = fingerprint;
    row.keyHash = keyHashOf(account, instance.key());
    row.instanceId = instance.instanceId;
    row.privateIp = instance.privateIp;
    row.publicIp = instance.publicIp;
    row.launchMs = msecsOf(instance.launchTime);
    row.firstSeen = instance.firstSeen;
    row.lastSeen = instance.lastSeen;
    row.account = pool.retain(account);
    row.name = pool.acquire(instance.name);
    row.region = pool.acquire(instance.region);
    row.zone = pool.acquire(instance.availabilityZone);
    row.state = pool.acquire(instance.state);
    row.type = pool.acquire(instance.instanceType);
    row.lifecycle = pool.acquire(instance.lifecycle);
    row.cluster = pool.acquire(instance.cluster);
    row.health = pool.acquire(instance.health);
    if (instance.isDatabase()) {
        row.database = std::make_unique<Database>(Database { instance.resourceId, pool.acquire(instance.engine),
            pool.acquire(instance.engineVersion), quint32(qMax(0, instance.storageGb)), instance.multiAz });
    }
    row.tagCount = quint32(instance.tags.size());
    if (row.tagCount > 0) {
        row.tags.reset(new TagRef[row.tagCount]);
        for (quint32 i = 0; i < row.tagCount; ++i) {
            const Ec2Tag &tag = instance.tags[i];
            row.tags[i] = { pool.acquire(tag.key), pool.acquire(tag.value) };
        }
    }
    row.searchText = buildSearchText(row, pool);
    return row;
}

void InstanceRow::release(StringPool &pool) const
{
    for (const quint32 id :
        { account, name, region, zone, state, type, lifecycle, cluster, health, rds().engine, rds().engineVersion })
        pool.release(id);
    for (quint32 i = 0; i < tagCount; ++i) {
        pool.release(tags[i].key);
        pool.release(tags[i].value);
    }
}

StoredInstance InstanceRow::toStoredInstance(const StringPool &pool) const
{
    StoredInstance s;
    s.kind = kind();
    s.accountId = pool.at(account);
    s.instanceId = instanceId;
    if (const Database &d = rds(); isDatabase()) {
        s.resourceId = d.resourceId;
        s.engine = pool.at(d.engine);
        s.engineVersion = pool.at(d.engineVersion);
        s.storageGb = int(d.storageGb);
        s.multiAz = d.multiAz;
    }
    s.region = pool.at(region);
    s.availabilityZone = pool.at(zone);
    s.state = pool.at(state);
    s.instanceType = pool.at(type);
    s.lifecycle = pool.at(lifecycle);
    s.privateIp = privateIp;
    s.publicIp = publicIp;
    s.launchTime = timeOf(launchMs);
    s.name = pool.at(name);
    s.cluster = pool.at(cluster);
    s.tags.reserve(tagCount);
    for (quint32 i = 0; i < tagCount; ++i)
        s.tags.append({ pool.at(tags[i].key), pool.at(tags[i].value) });
    s.health = pool.at(health);
    s.firstSeen = firstSeen;
    s.lastSeen = lastSeen;
    return s;
}

const QString &InstanceRow::launchTimeText() const
{
    // Formatting costs more than everything else data() does; most rows are never on screen.
    if (launchText.isNull() && launchMs != NoTime)
        launchText = timeOf(launchMs).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
    return launchText;
}

quint64 InstanceRow::fingerprintOf(const StoredInstance &s)
{
    // The key and the one list of what AWS describes, per kind (the registry's merge decides changes by it too).
    Fingerprint f;
    const auto add = [&f](const auto &...field) { (addDescribedField(f, field), ...); };
    if (s.isDatabase()) {
        f.add(quint64(ResourceKind::Rds));
        f.add(s.resourceId);
        std::apply(add, s.databaseFields());
    } else {
        f.add(s.instanceId);
        std::apply(add, s.describedFields());
    }
    return f.value();
}

quint64 InstanceRow::keyHashOf(quint32 account, const QString &key)
{
    Fingerprint f;
    f.add(quint64(account));
    f.add(key);
    return f.value();
}

qint64 InstanceRow::msecsOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : NoTime;
}

QDateTime InstanceRow::timeOf(qint64 msecs)
{
    return msecs == NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}
