// Concurrency: two console users connect the same AWS account at the same moment, through two onrampctl
// processes, on SQLite and on PostgreSQL (team mode). Exactly one becomes the owner; the other is refused with the
// takeover message and exit 4, and nothing of theirs is stored: no record of the account, no keychain entry.
// Several rounds, with access keys against access keys and access keys against a CloudFormation role.
#include "../support/stdinfifo.h"
#include "reliability.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace reliability;

namespace {
const QString kTakeover = u"AWS account 111122223333 is already connected to a different user."_s;

/// Starts `onrampctl --json connect-keys` with \a input as its stdin and gives it the key id line: once
/// input.unread() is 0 it waits for the secret (onrampctl is not dumpable, so its /proc/<pid>/syscall is closed to
/// us; what it took from its stdin is how we know).
std::unique_ptr<QProcess> startConnectKeys(const QProcessEnvironment &env, StdinFifo &input)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env);
    p->setStandardInputFile(input.path());
    p->start(QStringLiteral(ONRAMPCTL_PATH), { u"--json"_s, u"connect-keys"_s });
    p->waitForStarted(10000);
    input.write((FakeAws::customerKeyId() + u'\n').toUtf8());
    return p;
}
} // namespace

class TestConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameAwsAccountRacedByTwoUsers_data();
    void sameAwsAccountRacedByTwoUsers();

private:
    /// The owners of live records of the customer's AWS account, and how many records each user has.
    QStringList liveOwners(const World &w, bool team);
    int recordsOf(const World &w, bool team, const QString &user);

    FakeAws m_fake;
    PgCluster m_pg;
    bool m_pgReady = false;
};

void TestConcurrency::initTestCase()
{
    m_fake = FakeAws::fromEnvironment();
    QVERIFY2(m_fake.isValid(), qPrintable(m_fake.why()));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside scripts/with-keyring.sh");

    if (!m_pg.isValid()) {
        qWarning("No PostgreSQL test cluster (pgcluster fixture): the team-mode rounds will fail");
        return;
    }
    // Roles of this suite only (roles are cluster-wide; other suites use their own names).
    QVERIFY(m_pg.setUp(u"rel"_s, { u"rel_alice"_s, u"rel_bob"_s }, World(m_fake, u"pgadmin"_s)));
    m_pgReady = true;
}

void TestConcurrency::cleanupTestCase()
{
    m_pg.tearDown();
}

QStringList TestConcurrency::liveOwners(const World &w, bool team)
{
    const QString sql
        = u"SELECT owner FROM accounts WHERE aws_account_id = '111122223333' AND status <> 'disconnected'"_s;
    if (!team)
        return w.dbColumn(sql);
    QStringList rows;
    m_pg.exec(sql, &rows);
    return rows;
}

int TestConcurrency::recordsOf(const World &w, bool team, const QString &user)
{
    const QString sql = u"SELECT COUNT(*) FROM accounts WHERE owner = '%1'"_s.arg(user);
    if (!team)
        return w.dbValue(sql).toInt();
    QStringList rows;
    m_pg.exec(sql, &rows);
    return rows.value(0).toInt();
}

void TestConcurrency::sameAwsAccountRacedByTwoUsers_data()
{
    QTest::addColumn<bool>("team");
    QTest::addColumn<bool>("bobUsesRole");
    // Each user first started a CloudFormation onboarding (a pending placeholder) that connect-keys then upgrades.
    QTest::addColumn<bool>("placeholders");
    for (int round = 1; round <= 3; ++round)
        QTest::addRow("sqlite keys vs keys, round %d", round) << false << false << false;
    for (int round = 1; round <= 3; ++round)
        QTest::addRow("sqlite keys vs keys from placeholders, round %d", round) << false << false << true;
    for (int round = 1; round <= 2; ++round)
        QTest::addRow("sqlite keys vs role, round %d", round) << false << true << false;
    for (int round = 1; round <= 2; ++round)
        QTest::addRow("postgresql keys vs keys, round %d", round) << true << false << false;
    QTest::addRow("postgresql keys vs keys from placeholders") << true << false << true;
    QTest::addRow("postgresql keys vs role") << true << true << false;
}

void TestConcurrency::sameAwsAccountRacedByTwoUsers()
{
    QFETCH(bool, team);
    QFETCH(bool, bobUsesRole);
    QFETCH(bool, placeholders);
    if (team)
        QVERIFY2(m_pgReady, "the PostgreSQL cluster is not set up");
    World w(m_fake, u"race"_s);
    // The fake's latency widens the window in which both users pass the early ownership check.
    QVERIFY(
        w.registerScenario(QJsonObject { { u"extends"_s, u"basic"_s }, { u"roles"_s, QJsonArray { discoveryRole() } },
            { u"regions"_s, onlyRegions({ u"us-east-1"_s, u"eu-west-1"_s }) },
            { u"faults"_s, QJsonObject { { u"latency_ms"_s, 250 } } } }));
    const QString alice = team ? u"rel_alice"_s : u"alice"_s;
    const QString bob = team ? u"rel_bob"_s : u"bob"_s;
    auto envOf = [&](const QString &user) {
        QProcessEnvironment env = w.environment(team ? QString() : user);
        if (team)
            env.insert(u"ONRAMP_DB"_s, m_pg.url(user));
        return env;
    };
    if (team) {
        // Earlier rounds' owner gives the account up: each round starts with no live owner.
        for (const QString &user : { alice, bob }) {
            QStringList ids;
            m_pg.exec(u"SELECT id FROM accounts WHERE owner = '%1' AND status <> 'disconnected'"_s.arg(user), &ids);
            for (const QString &id : ids)
                QCOMPARE(w.runWith(envOf(user), { u"--json"_s, u"disconnect"_s, id }).exitCode, 0);
        }
    }
    QString bobsPending;
    if (bobUsesRole) {
        const CliRun created = w.runWith(envOf(bob), { u"--json"_s, u"create"_s });
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe(u"create"_s)));
        bobsPending = created.json().value(u"id"_s).toString();
    } else {
        QCOMPARE(w.runWith(envOf(bob), { u"--json"_s, u"users"_s }).exitCode, 0); // the registry exists before the race
    }
    QHash<QString, QString> placeholderOf;
    if (placeholders) {
        for (const QString &user : { alice, bob }) {
            const CliRun created = w.runWith(envOf(user), { u"--json"_s, u"create"_s });
            QVERIFY2(created.exitCode == 0, qPrintable(created.describe(u"create"_s)));
            placeholderOf.insert(user, created.json().value(u"id"_s).toString());
        }
    }
    const int aliceBefore = recordsOf(w, team, alice);
    const int bobBefore = recordsOf(w, team, bob);

    // Alice's connect-keys waits for its keys on stdin; bob's verify is started at the moment they are written.
    StdinFifo aliceInput;
    StdinFifo bobInput;
    QVERIFY(aliceInput.isValid() && bobInput.isValid());
    auto a = startConnectKeys(envOf(alice), aliceInput);
    std::unique_ptr<QProcess> b;
    if (!bobUsesRole)
        b = startConnectKeys(envOf(bob), bobInput);
    QTRY_VERIFY_WITH_TIMEOUT(aliceInput.unread() == 0 && (!b || bobInput.unread() == 0), 20000);
    const QByteArray secretLine = (FakeAws::customerSecret() + u'\n').toUtf8();
    QVERIFY(aliceInput.write(secretLine));
    aliceInput.close();
    if (b) {
        QVERIFY(bobInput.write(secretLine));
        bobInput.close();
    } else {
        b = w.start(envOf(bob), { u"--json"_s, u"verify"_s, bobsPending, u"--role-arn"_s, FakeAws::customerRoleArn() });
        b->closeWriteChannel();
    }
    QVERIFY(a->waitForFinished(90000));
    QVERIFY(b->waitForFinished(90000));

    struct Outcome
    {
        QString user;
        int exit;
        QJsonObject json;
        QByteArray err;
    };
    const QList<Outcome> outcomes {
        { alice, a->exitCode(), QJsonDocument::fromJson(a->readAllStandardOutput()).object(),
            a->readAllStandardError() },
        { bob, b->exitCode(), QJsonDocument::fromJson(b->readAllStandardOutput()).object(), b->readAllStandardError() }
    };
    QString described;
    for (const Outcome &o : outcomes)
        described += u"\n%1: exit %2 %3 %4"_s.arg(o.user).arg(o.exit).arg(
            QString::fromUtf8(QJsonDocument(o.json).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(o.err.trimmed()));
    const auto winner = std::find_if(outcomes.cbegin(), outcomes.cend(), [](const Outcome &o) { return o.exit == 0; });
    QVERIFY2(winner != outcomes.cend(), qPrintable(u"nobody won"_s + described));
    const Outcome &loser = outcomes.at(winner == outcomes.cbegin() ? 1 : 0);
    QVERIFY2(loser.exit == 4, qPrintable(u"the other user must get exit 4"_s + described));
    QCOMPARE(loser.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"AccountOwnedByAnotherUser"_s);
    QCOMPARE(loser.json.value(u"error"_s).toObject().value(u"message"_s).toString(), kTakeover);
    // The error line comes after the endpoint override warning (the fake is an override).
    const QStringList loserLines = QString::fromUtf8(loser.err).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(loserLines.size() >= 2 && loserLines.at(0).startsWith(u"onrampctl: warning: AWS endpoint override"_s)
            && loserLines.at(1).startsWith(u"onrampctl: "_s + kTakeover),
        qPrintable(described));
    QCOMPARE(winner->json.value(u"status"_s).toString(), u"active"_s);

    // Exactly one owner; nothing of the loser's: no new record, no keychain entry (a role owner keeps none).
    QCOMPARE(liveOwners(w, team), QStringList { winner->user });
    const bool aliceWon = winner->user == alice;
    QCOMPARE(recordsOf(w, team, alice), aliceBefore + (aliceWon && !placeholders ? 1 : 0));
    QCOMPARE(recordsOf(w, team, bob), bobBefore + (!aliceWon && !bobUsesRole && !placeholders ? 1 : 0));
    if (bobUsesRole && aliceWon && !team)
        QCOMPARE(w.dbValue(u"SELECT status FROM accounts WHERE id = '%1'"_s.arg(bobsPending)), u"pending"_s);
    if (placeholders) {
        // The winner's placeholder became the account; the loser's is untouched: pending, no AWS account, no secret.
        QCOMPARE(winner->json.value(u"id"_s).toString(), placeholderOf.value(winner->user));
        const QString loserRecord = placeholderOf.value(loser.user);
        const QString sql
            = u"SELECT status || ' ' || method || ' [' || COALESCE(aws_account_id, '') || '] [' || keychain_ref || ']' "
              "FROM accounts WHERE id = '%1'"_s.arg(loserRecord);
        QStringList rows;
        if (team)
            m_pg.exec(sql, &rows);
        else
            rows = w.dbColumn(sql);
        QCOMPARE(rows, QStringList { u"pending iam_role [] []"_s });
    }
    const QString winnerId = winner->json.value(u"id"_s).toString();
    const bool winnerHasSecret = !(bobUsesRole && !aliceWon);
    QCOMPARE(w.keychainKeys(), winnerHasSecret ? QStringList { u"account/"_s + winnerId } : QStringList());
    w.clearKeychain();
}

QTEST_GUILESS_MAIN(TestConcurrency)

#include "tst_concurrency.moc"
