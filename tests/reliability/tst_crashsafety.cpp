// Crash safety: onrampctl connect-keys, verify, discover and disconnect killed with SIGKILL after a seeded random
// delay, over and over against one registry and keychain, with a latency fault so kills land in every phase. After
// every kill: SQLite's integrity check passes, no instance is stored twice, no keychain entry without a live record
// and no usable access-key record without its entry. After the loop the product's resume paths (discover, verify,
// connect-keys) bring every record to active or failed, and the account holds exactly the fake's fleet.
#include "reliability.h"

#include "../support/fakeorganization.h"

#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace reliability;

namespace {
const QList<QPair<QString, int>> kFleet { { u"us-east-1"_s, 1500 }, { u"eu-west-1"_s, 300 },
    { u"ap-southeast-2"_s, 100 } };

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomMomentsLeavesAResumableConsistentRegistry();
    void everyCrashWindowHasAWayOut_data();
    void everyCrashWindowHasAWayOut();
    void teamModeKillsLeaveOneOwnerAndNoOrphanSecret();
    void killedOrganizationVerifiesLeaveAResumableRegistry();

private:
    /// The invariants that must hold whenever no onrampctl runs; fails the test with \a context otherwise.
    void checkInvariants(const QString &context);
    QStringList liveIds(const QString &where = {}) const;

    FakeAws m_fake;
    std::unique_ptr<World> m_world;
    QSet<QString> m_fleet;
};

void TestCrashSafety::initTestCase()
{
    m_fake = FakeAws::fromEnvironment();
    QVERIFY2(m_fake.isValid(), qPrintable(m_fake.why()));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside scripts/with-keyring.sh");
    m_world = std::make_unique<World>(m_fake, u"crash"_s);
    QVERIFY(m_world->registerScenario(
        QJsonObject { { u"extends"_s, u"basic"_s }, { u"roles"_s, QJsonArray { discoveryRole() } },
            { u"accounts"_s, explicitFleet(FakeAws::customerAccount(), kFleet, m_world->session(), &m_fleet) },
            { u"regions"_s, onlyRegions({ u"us-east-1"_s, u"eu-west-1"_s, u"ap-southeast-2"_s }) },
            { u"faults"_s, QJsonObject { { u"latency_ms"_s, 120 } } } }));
}

QStringList TestCrashSafety::liveIds(const QString &where) const
{
    if (!QFile::exists(m_world->db()))
        return {};
    return m_world->dbColumn(u"SELECT id FROM accounts WHERE status <> 'disconnected'%1 ORDER BY created_at"_s.arg(
        where.isEmpty() ? QString() : u" AND "_s + where));
}

void TestCrashSafety::checkInvariants(const QString &context)
{
    const World &w = *m_world;
    const QString at = u" ("_s + context + u')';
    if (!QFile::exists(w.db()))
        return; // killed before the registry was created: nothing to check
    QCOMPARE(w.dbColumn(u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });
    QVERIFY2(w.dbColumn(u"PRAGMA foreign_key_check"_s).isEmpty(), qPrintable(u"foreign keys"_s + at));
    // One live record per AWS account, and no instance held twice by live records.
    QVERIFY2(w.dbColumn(u"SELECT aws_account_id FROM accounts WHERE status <> 'disconnected' AND aws_account_id <> '' "
                        "GROUP BY aws_account_id HAVING COUNT(*) > 1"_s)
                 .isEmpty(),
        qPrintable(u"two live owners"_s + at));
    const QStringList dups
        = w.dbColumn(u"SELECT i.instance_id FROM instances i JOIN accounts a ON a.id = i.account_id "
                     "WHERE a.status <> 'disconnected' GROUP BY i.instance_id HAVING COUNT(*) > 1"_s);
    QVERIFY2(
        dups.isEmpty(), qPrintable(u"%1 duplicated instances, e.g. %2%3"_s.arg(dups.size()).arg(dups.value(0), at)));
    // Instances stored are the fleet's (a subset while a discovery is unfinished), never anything else.
    const QStringList stored
        = w.dbColumn(u"SELECT i.instance_id FROM instances i JOIN accounts a ON a.id = i.account_id "
                     "WHERE a.status <> 'disconnected'"_s);
    for (const QString &id : stored)
        QVERIFY2(m_fleet.contains(id), qPrintable(u"unknown instance "_s + id + at));
    // Keychain: every entry is a live record's; every usable access-key record has its entry.
    const QStringList keys = w.keychainKeys();
    const QStringList liveList = liveIds();
    const QSet<QString> live(liveList.cbegin(), liveList.cend());
    for (const QString &k : keys)
        QVERIFY2(k.startsWith(u"account/"_s) && live.contains(k.mid(8)),
            qPrintable(u"orphan keychain entry "_s + k + at + u" live: "_s
                + QStringList(live.cbegin(), live.cend()).join(u' ')));
    for (const QString &ref : w.dbColumn(u"SELECT keychain_ref FROM accounts WHERE method = 'access_keys' "
                                         "AND status IN ('connected', 'active')"_s))
        QVERIFY2(keys.contains(ref), qPrintable(u"usable access-key record without its secret: "_s + ref + at));
}

void TestCrashSafety::killedAtRandomMomentsLeavesAResumableConsistentRegistry()
{
    World &w = *m_world;
    bool ok = false;
    quint32 seed = qEnvironmentVariableIntValue("ONRAMP_CRASH_SEED", &ok);
    if (!ok)
        seed = QRandomGenerator::system()->generate();
    const int runs = qMax(50, qEnvironmentVariableIntValue("ONRAMP_CRASH_RUNS"));
    qInfo("crash loop: %d runs, seed %u (rerun with ONRAMP_CRASH_SEED=%u)", runs, seed, seed);
    QRandomGenerator rng(seed);
    const QByteArray keys = keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret());
    QMap<QString, int> phases;

    for (int i = 0; i < runs; ++i) {
        const int dice = int(rng.bounded(20));
        QStringList args;
        QByteArray input;
        QString op;
        const QStringList live = liveIds(u"status <> 'pending'"_s);
        if (dice < 8 || (dice >= 14 && live.isEmpty())) {
            op = u"connect-keys"_s;
            args = { u"--json"_s, u"connect-keys"_s };
            input = keys;
        } else if (dice < 14) {
            op = u"verify"_s;
            const CliRun created = w.run({ u"--json"_s, u"create"_s });
            QVERIFY2(created.exitCode == 0, qPrintable(created.describe(u"create"_s)));
            args = { u"--json"_s, u"verify"_s, created.json().value(u"id"_s).toString(), u"--role-arn"_s,
                FakeAws::customerRoleArn() };
        } else if (dice < 18) {
            op = u"discover"_s;
            args = { u"--json"_s, u"discover"_s, live.first() };
        } else {
            op = u"disconnect"_s;
            args = { u"--json"_s, u"disconnect"_s, live.first() };
        }
        const int delayMs = int(rng.bounded(op == u"disconnect"_s ? 300 : 1600));

        // Each run talks to the fake under its own session, so its request log shows only this process's calls.
        const QString session = w.session() + u"-run"_s + QString::number(i);
        QProcessEnvironment env = w.environment();
        env.insert(u"AWS_ENDPOINT_URL"_s, m_fake.endpoint(w.scenario(), session).toString());
        auto p = w.start(env, args);
        QVERIFY(p->state() == QProcess::Running);
        p->write(input);
        p->closeWriteChannel();
        p->waitForBytesWritten(5000);
        const bool finished = p->waitForFinished(delayMs);
        if (!finished) {
            ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(10000));
        }
        // What the killed process had asked AWS for last tells the phase the kill landed in.
        if (!finished)
            QTest::qWait(150); // a request in flight at the kill is logged once the fake has answered it
        const QJsonArray log = m_fake.requestLog(w.scenario(), session);
        QString last = u"before any AWS call"_s;
        for (const QJsonValue &v : log) {
            const QJsonObject e = v.toObject();
            last = e.value(u"action"_s).toString() + (e.value(u"dry_run"_s).toBool() ? u" (probe)"_s : QString());
        }
        QString phase = finished ? u"completed"_s : u"killed after "_s + last;
        if (!finished && op == u"connect-keys"_s
            && !w.dbColumn(u"SELECT id FROM accounts WHERE status = 'pending' AND method = 'access_keys'"_s).isEmpty())
            phase += u", record claimed"_s;
        phases[op + u": "_s + phase] += 1;
        qInfo("run %d: %s, %d ms: %s (exit %d)", i, qPrintable(op), delayMs, qPrintable(phase),
            finished ? p->exitCode() : -9);
        checkInvariants(u"run %1, %2 %3"_s.arg(i).arg(op, phase));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("phases hit:");
    for (auto it = phases.cbegin(); it != phases.cend(); ++it)
        qInfo("  %3d  %s", it.value(), qPrintable(it.key()));

    // Resume: every live record with an AWS account is discovered again; every pending CloudFormation record is
    // verified again (adopting the account's live record). Nothing stays connected or pending.
    for (const QString &id : liveIds(u"NOT (status = 'pending' AND method = 'iam_role')"_s)) {
        const CliRun r = w.run({ u"--json"_s, u"discover"_s, id });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 7, qPrintable(r.describe(u"resume by discover"_s)));
        const QString status = r.json().value(u"status"_s).toString();
        QVERIFY2(status == u"active"_s || status == u"failed"_s, qPrintable(r.describe(u"resume by discover"_s)));
    }
    for (const QString &id : liveIds(u"status = 'pending' AND method = 'iam_role'"_s)) {
        const CliRun r = w.run({ u"--json"_s, u"verify"_s, id, u"--role-arn"_s, FakeAws::customerRoleArn() });
        QVERIFY2(r.exitCode == 0 && r.json().value(u"status"_s).toString() == u"active"_s,
            qPrintable(r.describe(u"resume by verify"_s)));
    }
    QCOMPARE(w.dbColumn(u"SELECT status FROM accounts WHERE status IN ('pending', 'connected')"_s), QStringList());
    // The user's way out of a failed record (e.g. a secret lost to a kill) is connecting the keys again.
    QStringList live = liveIds();
    if (live.isEmpty()
        || w.dbValue(u"SELECT status FROM accounts WHERE id = '%1'"_s.arg(live.first())) != u"active"_s) {
        const CliRun r = w.run({ u"--json"_s, u"connect-keys"_s }, keys);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(u"connect-keys after the loop"_s)));
        live = liveIds();
    }
    QCOMPARE(live.size(), 1);
    QCOMPARE(w.dbValue(u"SELECT status FROM accounts WHERE id = '%1'"_s.arg(live.first())), u"active"_s);
    const QStringList listed = w.listedInstanceIds(live.first(), w.environment());
    QCOMPARE(listed.size(), m_fleet.size());
    QCOMPARE(sorted(listed), sorted(QStringList(m_fleet.cbegin(), m_fleet.cend())));
    checkInvariants(u"after resuming"_s);
    // Disconnecting ends it all: no secret left behind.
    const CliRun gone = w.run({ u"--json"_s, u"disconnect"_s, live.first() });
    QCOMPARE(gone.exitCode, 0);
    QCOMPARE(w.keychainKeys(), QStringList());
}

// The states a kill can leave between two steps, made exactly (the random loop may miss a millisecond-wide window),
// and the product's way out of each.
void TestCrashSafety::everyCrashWindowHasAWayOut_data()
{
    QTest::addColumn<QString>("status"); // what the record says after the kill
    QTest::addColumn<bool>("secretStored"); // whether the keychain write happened before the kill
    QTest::addColumn<QStringList>("resume"); // the command that resumes it
    QTest::addColumn<QString>("after"); // the status it must end in
    QTest::addColumn<int>("exitCode");
    QTest::addRow("connect-keys: claimed, secret not yet stored")
        << u"pending"_s << false << QStringList { u"discover"_s } << u"failed"_s << 7;
    QTest::addRow("connect-keys: secret stored, not yet connected")
        << u"pending"_s << true << QStringList { u"discover"_s } << u"active"_s << 0;
    QTest::addRow("connect-keys/verify: connected, discovery cut short")
        << u"connected"_s << true << QStringList { u"discover"_s } << u"active"_s << 0;
    QTest::addRow("disconnect: marked, secret not yet deleted")
        << u"failed"_s << true << QStringList { u"disconnect"_s } << u"disconnected"_s << 0;
    QTest::addRow("disconnect: secret deleted, not yet disconnected")
        << u"failed"_s << false << QStringList { u"disconnect"_s } << u"disconnected"_s << 0;
}

void TestCrashSafety::everyCrashWindowHasAWayOut()
{
    QFETCH(QString, status);
    QFETCH(bool, secretStored);
    QFETCH(QStringList, resume);
    QFETCH(QString, after);
    QFETCH(int, exitCode);
    World w(m_fake, u"window"_s);
    w.useScenario(m_world->scenario());
    const QByteArray keys = keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret());
    const CliRun connected = w.run({ u"--json"_s, u"connect-keys"_s }, keys);
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.describe(u"connect-keys"_s)));
    const QString id = connected.json().value(u"id"_s).toString();
    // The kill's leftovers: the record's status (instances half stored), the keychain entry or not.
    w.dbColumn(u"UPDATE accounts SET status = '%1' WHERE id = '%2'"_s.arg(status, id));
    w.dbColumn(u"DELETE FROM instances WHERE account_id = '%1' AND region = 'us-east-1'"_s.arg(id));
    if (!secretStored)
        w.clearKeychain();

    const CliRun r = w.run(QStringList { u"--json"_s } + resume + QStringList { id });
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe(u"resume"_s)));
    QCOMPARE(w.dbValue(u"SELECT status FROM accounts WHERE id = '%1'"_s.arg(id)), after);
    if (after == u"active"_s) {
        const QStringList listed = w.listedInstanceIds(id, w.environment());
        QCOMPARE(sorted(listed), sorted(QStringList(m_fleet.cbegin(), m_fleet.cend())));
        QCOMPARE(w.keychainKeys(), QStringList { u"account/"_s + id });
    } else if (after == u"failed"_s) {
        // Failed with what to do, and doing it (connecting the keys again) works.
        const QString message = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"keychain"_s) && message.contains(u"connect the access keys again"_s),
            qPrintable(r.describe(u"message"_s)));
        QCOMPARE(w.dbValue(u"SELECT last_error FROM accounts WHERE id = '%1'"_s.arg(id)), message);
        const CliRun again = w.run({ u"--json"_s, u"connect-keys"_s }, keys);
        QVERIFY2(again.exitCode == 0 && again.json().value(u"id"_s).toString() == id
                && again.json().value(u"status"_s).toString() == u"active"_s,
            qPrintable(again.describe(u"connect-keys again"_s)));
        QCOMPARE(w.keychainKeys(), QStringList { u"account/"_s + id });
    } else {
        QCOMPARE(w.keychainKeys(), QStringList());
    }
    w.clearKeychain();
}

// Team mode (PostgreSQL): connect-keys and discover killed at random; one live owner, no instance twice, the
// keychain matching the live records; discover resumes whatever was left to active with the whole fleet.
void TestCrashSafety::teamModeKillsLeaveOneOwnerAndNoOrphanSecret()
{
    PgCluster pg;
    QVERIFY2(pg.isValid(), "no PostgreSQL test cluster: the pgcluster fixture did not run");
    World w(m_fake, u"crash-pg"_s);
    w.useScenario(m_world->scenario());
    const QString carol = u"relcrash_carol"_s;
    QVERIFY(pg.setUp(u"relcrash"_s, { carol }, w));
    auto dropDatabase = qScopeGuard([&pg] { pg.tearDown(); });
    QProcessEnvironment env = w.environment(QString());
    env.insert(u"ONRAMP_DB"_s, pg.url(carol));
    const quint32 seed = QRandomGenerator::system()->generate();
    qInfo("team-mode crash loop: seed %u", seed);
    QRandomGenerator rng(seed);
    const QByteArray keys = keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret());
    const QString live = u"SELECT id FROM accounts WHERE status <> 'disconnected' ORDER BY created_at"_s;

    for (int i = 0; i < 12; ++i) {
        const QStringList liveIds = pg.column(live);
        const bool discover = !liveIds.isEmpty() && rng.bounded(3) == 0;
        const QStringList args = discover ? QStringList { u"--json"_s, u"discover"_s, liveIds.first() }
                                          : QStringList { u"--json"_s, u"connect-keys"_s };
        const int delayMs = int(rng.bounded(1400));
        auto p = w.start(env, args);
        QVERIFY(p->state() == QProcess::Running);
        p->write(discover ? QByteArray() : keys);
        p->closeWriteChannel();
        p->waitForBytesWritten(5000);
        const bool finished = p->waitForFinished(delayMs);
        if (!finished) {
            ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(10000));
        }
        qInfo("team run %d: %s, %d ms: %s", i, qPrintable(args.at(1)), delayMs, finished ? "completed" : "killed");
        const QString at = u" (team run %1)"_s.arg(i);
        QVERIFY2(
            pg.column(u"SELECT aws_account_id FROM accounts WHERE status <> 'disconnected' AND aws_account_id <> '' "
                      "GROUP BY aws_account_id HAVING COUNT(*) > 1"_s)
                .isEmpty(),
            qPrintable(u"two live owners"_s + at));
        QVERIFY2(pg.column(u"SELECT i.instance_id FROM instances i JOIN accounts a ON a.id = i.account_id "
                           "WHERE a.status <> 'disconnected' GROUP BY i.instance_id HAVING COUNT(*) > 1"_s)
                     .isEmpty(),
            qPrintable(u"duplicated instances"_s + at));
        const QStringList liveNow = pg.column(live);
        const QStringList keysNow = w.keychainKeys();
        for (const QString &k : keysNow)
            QVERIFY2(liveNow.contains(k.mid(8)), qPrintable(u"orphan keychain entry "_s + k + at));
        for (const QString &ref : pg.column(u"SELECT keychain_ref FROM accounts WHERE method = 'access_keys' "
                                            "AND status IN ('connected', 'active')"_s))
            QVERIFY2(keysNow.contains(ref), qPrintable(u"usable access-key record without its secret: "_s + ref + at));
    }
    for (const QString &id : pg.column(live)) {
        const CliRun r = w.runWith(env, { u"--json"_s, u"discover"_s, id });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(u"resume by discover"_s)));
    }
    const QStringList finalLive = pg.column(live);
    QCOMPARE(finalLive.size(), 1);
    QCOMPARE(pg.column(u"SELECT status FROM accounts WHERE id = '%1'"_s.arg(finalLive.first())),
        QStringList { u"active"_s });
    QCOMPARE(pg.column(
                 u"SELECT COUNT(DISTINCT instance_id) FROM instances WHERE account_id = '%1'"_s.arg(finalLive.first())),
        QStringList { QString::number(m_fleet.size()) });
    QCOMPARE(w.keychainKeys(), QStringList { u"account/"_s + finalLive.first() });
    QCOMPARE(w.runWith(env, { u"--json"_s, u"disconnect"_s, finalLive.first() }).exitCode, 0);
    QCOMPARE(w.keychainKeys(), QStringList());
}

void TestCrashSafety::killedOrganizationVerifiesLeaveAResumableRegistry()
{
    // An organization of 12 accounts (3 instances each, 2 regions) behind 80 ms of latency: `org verify` is killed
    // at random moments (member records being made, verified, discovered), then run to the end once.
    World w(m_fake, u"orgcrash"_s);
    FakeOrganization::Options options;
    options.latencyMs = 80;
    options.instancesInFirstRegion = 3;
    const QJsonArray accounts = FakeOrganization::generatedAccounts(11);
    QVERIFY(w.registerScenario(FakeOrganization::scenario(accounts, options)));
    const CliRun created = w.run({ u"--json"_s, u"org"_s, u"create"_s });
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe(u"org create"_s)));
    const QString org = created.json().value(u"id"_s).toString();
    const QStringList verify { u"--json"_s, u"org"_s, u"verify"_s, org, u"--role-arn"_s,
        FakeOrganization::managementAccount };

    bool ok = false;
    quint32 seed = qEnvironmentVariableIntValue("ONRAMP_CRASH_SEED", &ok);
    if (!ok)
        seed = QRandomGenerator::system()->generate();
    qInfo("organization crash loop: seed %u", seed);
    QRandomGenerator rng(seed);
    int killed = 0;
    for (int i = 0; i < 12; ++i) {
        auto p = w.start(w.environment(), verify);
        p->closeWriteChannel();
        if (!p->waitForFinished(int(rng.bounded(300, 2500)))) {
            ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(10000));
            ++killed;
        }
        // After every run: a sound file, one live record per AWS account, every member under the organization.
        QCOMPARE(w.dbColumn(u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });
        QVERIFY(w.dbColumn(u"PRAGMA foreign_key_check"_s).isEmpty());
        QCOMPARE(w.dbColumn(u"SELECT aws_account_id FROM accounts WHERE status <> 'disconnected'"
                            " AND aws_account_id IS NOT NULL GROUP BY aws_account_id HAVING COUNT(*) > 1"_s),
            QStringList());
        QCOMPARE(w.dbColumn(u"SELECT id FROM accounts WHERE kind = 'account' AND (organization_id IS NULL"
                            " OR organization_id <> '%1')"_s.arg(org)),
            QStringList());
        QCOMPARE(
            w.dbColumn(u"SELECT instance_id FROM instances GROUP BY account_id, instance_id HAVING COUNT(*) > 1"_s),
            QStringList());
    }
    qInfo("%d of 12 organization verifies killed", killed);
    // Resumable: one more verify finishes the job with exactly one record per account, all active.
    const CliRun last = w.run(verify);
    QVERIFY2(last.exitCode == 0, qPrintable(last.describe(u"org verify after the kills"_s)));
    const QJsonArray members = last.json().value(u"accounts"_s).toArray();
    QCOMPARE(members.size(), accounts.size());
    for (const QJsonValue &m : members)
        QVERIFY2(m.toObject().value(u"status"_s).toString() == u"active"_s,
            qPrintable(QString::fromUtf8(QJsonDocument(m.toObject()).toJson(QJsonDocument::Compact))));
    QCOMPARE(last.json().value(u"instance_count"_s).toInt(), int(accounts.size()) * 3);
    QCOMPARE(w.dbValue(
                 u"SELECT COUNT(*) FROM accounts WHERE organization_id = '%1' AND status <> 'disconnected'"_s.arg(org)),
        QString::number(accounts.size()));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
