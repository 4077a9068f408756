// Tests for InstanceRow: a compact row and back, its pool references, its search haystack and its hashes.
#include "models/instancerow.h"

#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
/// An instance with every field set; its tags repeat the name and the cluster, and one tag value is not ASCII.
StoredInstance sampleInstance()
{
    const std::pair<QString StoredInstance::*, QString> texts[] = {
        { &StoredInstance::accountId, u"5f0c9a7e-0000-4000-8000-000000000001"_s },
        { &StoredInstance::instanceId, u"i-0ABC"_s },
        { &StoredInstance::region, u"eu-west-1"_s },
        { &StoredInstance::availabilityZone, u"eu-west-1a"_s },
        { &StoredInstance::state, u"running"_s },
        { &StoredInstance::instanceType, u"m5.large"_s },
        { &StoredInstance::lifecycle, u"on-demand"_s },
        { &StoredInstance::privateIp, u"10.0.0.1"_s },
        { &StoredInstance::publicIp, u"54.1.2.3"_s },
        { &StoredInstance::name, u"Web-1"_s },
        { &StoredInstance::cluster, u"prod"_s },
    };
    StoredInstance s;
    for (const auto &[field, text] : texts)
        s.*field = text;
    s.tags = { { u"Name"_s, u"Web-1"_s }, { u"Team"_s, u"Öps"_s }, { u"aws:eks:cluster-name"_s, u"prod"_s } };
    s.launchTime = QDateTime(QDate(2024, 5, 1), QTime(9, 30, 5), Qt::UTC);
    s.health = u"ok"_s;
    s.firstSeen = s.launchTime.addDays(1);
    s.lastSeen = s.launchTime.addDays(2);
    return s;
}
/// A database with every field set (its EC2-only fields empty, as StoredInstance::fromRds() leaves them).
StoredInstance sampleDatabase()
{
    StoredInstance d;
    d.kind = ResourceKind::Rds;
    d.accountId = u"5f0c9a7e-0000-4000-8000-000000000001"_s;
    d.resourceId = u"db-ABCDEFGHIJKLMNOPQRSTUVWXY1"_s;
    d.instanceId = u"Orders-DB"_s;
    d.name = d.instanceId;
    d.region = u"eu-west-3"_s;
    d.availabilityZone = u"eu-west-3a"_s;
    d.state = u"available"_s;
    d.instanceType = u"db.m6g.large"_s;
    d.engine = u"aurora-postgresql"_s;
    d.engineVersion = u"15.4"_s;
    d.multiAz = true;
    d.storageGb = 250;
    d.cluster = u"orders-cluster"_s;
    d.tags = { { u"Team"_s, u"Billing"_s } };
    d.launchTime = QDateTime(QDate(2023, 2, 1), QTime(7, 0), Qt::UTC);
    d.firstSeen = d.launchTime.addDays(3);
    d.lastSeen = d.launchTime.addDays(4);
    return d;
}
} // namespace

class TestInstanceRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesBackTheInstanceItWasMadeFrom()
    {
        StringPool pool;
        const StoredInstance s = sampleInstance();
        const quint32 account = pool.acquire(s.accountId);
        const InstanceRow row = InstanceRow::make(pool, account, s, InstanceRow::fingerprintOf(s));
        QCOMPARE(row.toStoredInstance(pool), s);
        QCOMPARE(row.fingerprint, InstanceRow::fingerprintOf(s));
        QCOMPARE(row.keyHash, InstanceRow::keyHashOf(account, s.instanceId));
        row.release(pool);
        pool.release(account);
    }

    void emptyInstanceWithoutLaunchTimeOrTagsRoundTrips()
    {
        StringPool pool;
        StoredInstance s;
        s.accountId = u"a"_s;
        s.instanceId = u"i-1"_s;
        const quint32 account = pool.acquire(s.accountId);
        const InstanceRow row = InstanceRow::make(pool, account, s, 0);
        QCOMPARE(row.launchMs, InstanceRow::NoTime);
        QCOMPARE(row.tagCount, 0u);
        QCOMPARE(row.toStoredInstance(pool), s);
        QVERIFY(row.launchTimeText().isEmpty());
    }

    void takesPoolReferencesAndReleaseGivesThemBack()
    {
        StringPool pool;
        const StoredInstance s = sampleInstance();
        const quint32 account = pool.acquire(s.accountId);
        QCOMPARE(pool.liveCount(), 1);
        const InstanceRow first = InstanceRow::make(pool, account, s, 0);
        const InstanceRow second = InstanceRow::make(pool, account, s, 0); // shares every pooled string
        // account, Web-1, eu-west-1, eu-west-1a, running, m5.large, on-demand, prod, ok, Name, Team, Öps,
        // aws:eks:cluster-name
        QCOMPARE(pool.liveCount(), 13);
        QCOMPARE(second.region, first.region);
        first.release(pool);
        QCOMPARE(pool.liveCount(), 13); // the second row still holds them
        second.release(pool);
        QCOMPARE(pool.liveCount(), 1); // only the caller's account reference is left
        pool.release(account);
        QCOMPARE(pool.liveCount(), 0);
    }

    void searchTextIsLowerCasedUtf8WithoutRepeats()
    {
        StringPool pool;
        const StoredInstance s = sampleInstance();
        const quint32 account = pool.acquire(s.accountId);
        const InstanceRow row = InstanceRow::make(pool, account, s, 0);
        // id, IPs, then the name and the tags' keys and values once each (Web-1 and prod repeat).
        QCOMPARE(row.searchText,
            QByteArray("i-0abc\n10.0.0.1\n54.1.2.3\nweb-1\nname\nteam\n\xc3\xb6ps\naws:eks:cluster-name\nprod"));
        row.release(pool);
    }

    void launchTimeIsShownInUtc()
    {
        StringPool pool;
        const StoredInstance s = sampleInstance();
        const InstanceRow row = InstanceRow::make(pool, pool.acquire(s.accountId), s, 0);
        QCOMPARE(row.launchTimeText(), u"2024-05-01 09:30:05 UTC"_s);
        QCOMPARE(InstanceRow::timeOf(row.launchMs), s.launchTime);
    }

    void fingerprintFollowsWhatAwsDescribesButNotBookkeeping()
    {
        const StoredInstance base = sampleInstance();
        const quint64 fingerprint = InstanceRow::fingerprintOf(base);
        StoredInstance other = base;
        other.health = u"impaired"_s;
        other.lastSeen = other.lastSeen.addDays(1);
        other.firstSeen = other.firstSeen.addDays(-1);
        QCOMPARE(InstanceRow::fingerprintOf(other), fingerprint);

        other = base;
        other.state = u"stopped"_s;
        QVERIFY(InstanceRow::fingerprintOf(other) != fingerprint);
        other = base;
        other.tags[1].value = u"Ops"_s;
        QVERIFY(InstanceRow::fingerprintOf(other) != fingerprint);
        other = base;
        other.launchTime = other.launchTime.addMSecs(1);
        QVERIFY(InstanceRow::fingerprintOf(other) != fingerprint);
        other = base; // the same strings in other fields
        std::swap(other.privateIp, other.publicIp);
        QVERIFY(InstanceRow::fingerprintOf(other) != fingerprint);
    }

    void aDatabaseRoundTripsWithItsOwnFields()
    {
        StringPool pool;
        const StoredInstance d = sampleDatabase();
        const quint32 account = pool.acquire(d.accountId);
        const InstanceRow row = InstanceRow::make(pool, account, d, InstanceRow::fingerprintOf(d));
        QCOMPARE(row.toStoredInstance(pool), d);
        QCOMPARE(row.key(), d.resourceId);
        QCOMPARE(row.keyHash, InstanceRow::keyHashOf(account, d.resourceId));
        QCOMPARE(row.searchText.split('\n'),
            (QList<QByteArray> { "orders-db", "db-abcdefghijklmnopqrstuvwxy1", "aurora-postgresql", "15.4",
                "orders-cluster", "team", "billing" }));
        row.release(pool);
        pool.release(account);
        QCOMPARE(pool.liveCount(), 0); // engine and version given back too
    }

    void databaseFingerprintFollowsDatabaseFields()
    {
        const StoredInstance base = sampleDatabase();
        const quint64 fingerprint = InstanceRow::fingerprintOf(base);
        StoredInstance other = base;
        other.lastSeen = other.lastSeen.addDays(1);
        QCOMPARE(InstanceRow::fingerprintOf(other), fingerprint);
        // Each of databaseFields() changes it, the identifier (a rename) among them.
        const auto changed = [&base, fingerprint](auto change) {
            StoredInstance d = base;
            change(d);
            return InstanceRow::fingerprintOf(d) != fingerprint;
        };
        QVERIFY(changed([](StoredInstance &d) { d.instanceId = u"renamed"_s; }));
        QVERIFY(changed([](StoredInstance &d) { d.engineVersion = u"15.5"_s; }));
        QVERIFY(changed([](StoredInstance &d) { d.multiAz = false; }));
        QVERIFY(changed([](StoredInstance &d) { d.storageGb = 251; }));
        QVERIFY(changed([](StoredInstance &d) { d.state = StoredInstance::DeletedState; }));
        QVERIFY(changed([](StoredInstance &d) { d.resourceId = u"db-OTHER"_s; }));
        // The same values as an EC2 instance are another row's.
        QVERIFY(changed([](StoredInstance &d) { d.kind = ResourceKind::Ec2; }));
    }

    void keyHashTellsAccountsApart()
    {
        QVERIFY(InstanceRow::keyHashOf(1, u"i-1"_s) != InstanceRow::keyHashOf(2, u"i-1"_s));
        QVERIFY(InstanceRow::keyHashOf(1, u"i-1"_s) != InstanceRow::keyHashOf(1, u"i-2"_s));
        QCOMPARE(InstanceRow::keyHashOf(1, u"i-1"_s), InstanceRow::keyHashOf(1, u"i-1"_s));
    }
};

QTEST_GUILESS_MAIN(TestInstanceRow)
#include "tst_instancerow.moc"
