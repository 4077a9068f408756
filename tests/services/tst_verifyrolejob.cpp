// Tests VerifyRoleJob's critical path against the fake AWS endpoint: what goes on the wire at once after AssumeRole
// (the External-ID proof, the probes, DescribeRegions, the home region's listing), and that a role failing
// verification never has anything stored, though its discovery was already under way.
#include "../support/fakeaws.h"
#include "../support/ownconnections.h"
#include "aws/permissionprobe.h"
#include "models/consolesession.h"
#include "models/discoveryservice.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/registry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <ctime>

class TestVerifyRoleJob final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    QTemporaryDir m_dir;
    QString m_session;

    /// A scenario extending basic whose customer role accepts Onramp's External IDs (or, \a requireExternalId false,
    /// any AssumeRole) and may call \a actions; every request takes \a latencyMs; \a faults are added.
    void putScenario(const QString &name, const QStringList &actions, bool requireExternalId = true, int latencyMs = 0,
        QJsonObject faults = {})
    {
        QJsonObject role { { QStringLiteral("arn"), FakeAws::customerRoleArn() },
            { QStringLiteral("trusted_accounts"), QJsonArray { FakeAws::consoleAccount() } },
            { QStringLiteral("allowed_actions"), QJsonArray::fromStringList(actions) } };
        if (requireExternalId)
            role.insert(QStringLiteral("external_id_like"), QStringLiteral("onramp-*"));
        faults.insert(QStringLiteral("latency_ms"), latencyMs);
        QVERIFY(m_fake.putScenario(name,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("roles"), QJsonArray { role } }, { QStringLiteral("faults"), faults } }));
    }

    /// The actions the template grants (aws/permissionprobe.h).
    static QStringList templateActions()
    {
        QStringList actions;
        for (const RequiredAction &action : ::discoveryActions())
            actions << QString::fromLatin1(action.iamAction);
        return actions;
    }

    std::unique_ptr<ConsoleSession> session(const QString &scenario)
    {
        m_session = FakeAws::uniqueSession(QStringLiteral("verify"));
        const QProcessEnvironment env = m_fake.sessionEnvironment(scenario, m_session, m_dir.path());
        ConsoleSession::Options options;
        options.db = m_dir.filePath(m_session + QStringLiteral(".sqlite"));
        options.user = QStringLiteral("alice");
        options.region = QStringLiteral("us-east-1");
        options.keychainService = QStringLiteral("onramp-tst-verifyrolejob");
        options.environment = env;
        Result<std::unique_ptr<ConsoleSession>> opened = ConsoleSession::open(options);
        if (!opened)
            qFatal("session: %s", qPrintable(opened.error().toString()));
        limitRegions(*opened.value());
        return std::move(opened).value();
    }

    /// Two regions are enough to see the order: the home region and one other.
    static void limitRegions(ConsoleSession &s)
    {
        s.discovery()->setRegionFilter({ QStringLiteral("us-east-1"), QStringLiteral("eu-west-1") });
        s.discovery()->setRefreshIntervalMs(0);
    }

    /// Verifies a new pending record with discovery; the verify's result (the discovery goes on after it).
    Result<Account> verify(ConsoleSession &s, QString *recordId)
    {
        const Result<Account> pending = s.onboarding()->createPending(s.user(), QStringLiteral("Prod"));
        if (!pending)
            return pending.error();
        *recordId = pending->id;
        std::optional<Result<Account>> out;
        s.onboarding()->verifyRole(
            s.user(), pending->id, FakeAws::customerRoleArn(), {}, this, [&out](const Result<Account> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("the test waited 60 s"));
        return *out;
    }

    /// The fake's log entries of this session that \a match.
    QList<QJsonObject> requests(const QString &scenario, const std::function<bool(const QJsonObject &)> &match) const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_fake.requestLog(scenario, m_session)) {
            if (match(v.toObject()))
                out.append(v.toObject());
        }
        return out;
    }

    static bool isListing(const QJsonObject &e, const char *action, const char *region)
    {
        return e.value(QStringLiteral("action")).toString() == QLatin1StringView(action)
            && !e.value(QStringLiteral("dry_run")).toBool()
            && e.value(QStringLiteral("region")).toString() == QLatin1StringView(region);
    }

    /// The held discovery's first home-region DescribeInstances was sent and answered.
    bool homeListingAnswered(const QString &scenario) const
    {
        return !requests(scenario, [](const QJsonObject &e) {
            return isListing(e, "DescribeInstances", "us-east-1") && e.contains(QStringLiteral("answered"));
        }).isEmpty();
    }

    /// What a failed verify must leave behind: the record \a status (pending; failed, with the missing permissions,
    /// as before), not an instance nor a database stored, no discovery running — after the held discovery's
    /// home-region listing has been answered (it was sent).
    void checkNothingStored(
        ConsoleSession &s, const QString &scenario, const QString &id, AccountStatus status = AccountStatus::Pending)
    {
        QTRY_VERIFY_WITH_TIMEOUT(homeListingAnswered(scenario), 20000);
        QVERIFY(!s.discovery()->isRunning(id));
        QSignalSpy merged(s.discovery(), &DiscoveryService::pageMerged);
        QTest::qWait(100); // replies still arriving for the dropped run change nothing
        QCOMPARE(merged.size(), 0);
        const Result<Account> record = s.registry()->account(id);
        QVERIFY(record);
        QCOMPARE(record->status, status);
        QCOMPARE(s.registry()->instanceCount(id).value(), 0);
        QCOMPARE(s.registry()->databaseCount(id).value(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void describeRegionsAndTheHomeChainGoOutBeforeTheProbesAreAnswered()
    {
        const QString scenario = QStringLiteral("verify-critical-path");
        putScenario(scenario, templateActions(), true, 150);
        auto s = session(scenario);
        QSignalSpy finished(s->discovery(), &DiscoveryService::finished);
        QString id;
        const Result<Account> connected = verify(*s, &id);
        QVERIFY2(connected, connected ? "" : qPrintable(connected.error().toString()));
        QCOMPARE(connected->status, AccountStatus::Connected);
        QVERIFY(finished.wait(30000) || finished.size() == 1);
        const auto result = finished.first().first().value<DiscoveryResult>();
        QCOMPARE(result.status, AccountStatus::Active);
        QVERIFY(result.instanceCount > 0);
        QCOMPARE(s->registry()->instanceCount(id).value(), result.instanceCount);

        // The proof is the second AssumeRole; the probes are the DryRuns and the RDS page of 20 in us-east-1.
        const QList<QJsonObject> assumes = requests(scenario,
            [](const QJsonObject &e) { return e.value(QStringLiteral("action")) == QLatin1String("AssumeRole"); });
        QCOMPARE(assumes.size(), 2);
        const QList<QJsonObject> dryRuns
            = requests(scenario, [](const QJsonObject &e) { return e.value(QStringLiteral("dry_run")).toBool(); });
        QCOMPARE(dryRuns.size(), 3);
        double probesAnswered = assumes.at(1).value(QStringLiteral("answered")).toDouble();
        for (const QJsonObject &e : dryRuns)
            probesAnswered = std::min(probesAnswered, e.value(QStringLiteral("answered")).toDouble());
        const double assumed = assumes.at(0).value(QStringLiteral("answered")).toDouble();
        const QList<QJsonObject> regions = requests(scenario, [](const QJsonObject &e) {
            return e.value(QStringLiteral("action")) == QLatin1String("DescribeRegions")
                && !e.value(QStringLiteral("dry_run")).toBool();
        });
        QCOMPARE(regions.size(), 1);
        const QList<QJsonObject> home
            = requests(scenario, [](const QJsonObject &e) { return isListing(e, "DescribeInstances", "us-east-1"); });
        QVERIFY(!home.isEmpty());
        // Each went out after the role was assumed and before any probe (150 ms each) was answered.
        for (const QJsonObject &e : { regions.first(), home.first() }) {
            const double received = e.value(QStringLiteral("received")).toDouble();
            QVERIFY2(received >= assumed && received < probesAnswered,
                qPrintable(QStringLiteral("%1 received %2 ms after AssumeRole, probes answered after %3 ms")
                               .arg(e.value(QStringLiteral("action")).toString())
                               .arg((received - assumed) * 1000)
                               .arg((probesAnswered - assumed) * 1000)));
        }
        // DescribeRegions did not start the home region a second time.
        QCOMPARE(home.size(), 1);
    }

    void whatFollowsTheAssumeRoleGoesOnConnectionsOpenedWhileStsAnswers()
    {
        // While STS answers (300 ms), the connections for the probes and the home region's first requests are opened:
        // when it has answered, those requests find them open and wait for no handshake.
        const QString scenario = QStringLiteral("verify-connections-ahead");
        putScenario(scenario, templateActions(), true, 300);
        auto s = session(scenario);
        const int port = m_fake.endpoint(scenario, m_session).port();
        QList<QPair<double, QSet<int>>> seen; // (CLOCK_MONOTONIC seconds, as the fake's log has them; connections)
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            seen.append(qMakePair(double(now.tv_sec) + now.tv_nsec / 1e9, ownConnectionsTo(port)));
        });
        watch.start(5);
        QString id;
        const Result<Account> connected = verify(*s, &id);
        watch.stop();
        QVERIFY2(connected, connected ? "" : qPrintable(connected.error().toString()));

        const QList<QJsonObject> log = requests(scenario, [](const QJsonObject &) { return true; });
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().value(QStringLiteral("action")).toString(), QStringLiteral("AssumeRole"));
        const double assumed = log.first().value(QStringLiteral("answered")).toDouble();
        QSet<int> openBefore; // every connection seen while the AssumeRole was unanswered
        for (const auto &[at, ports] : std::as_const(seen)) {
            if (at < assumed)
                openBefore += ports;
        }
        // The AssumeRole's own connection, and one for each of the 3 DryRuns, the RDS probe, DescribeRegions and the
        // home region's 3 listings (on this fake, every service is one host).
        QVERIFY2(openBefore.size() >= 9, qPrintable(QStringLiteral("%1 connections open").arg(openBefore.size())));
        // What went out the moment the role was assumed: the proof, the probes and the held discovery's first
        // requests in the home region.
        int followed = 0;
        for (const QJsonObject &e : log.mid(1)) {
            const double received = e.value(QStringLiteral("received")).toDouble();
            if (received > assumed + 0.3) // the next round (answers to these): not what followed the AssumeRole
                continue;
            ++followed;
            const int carriedBy = e.value(QStringLiteral("client_port")).toInt();
            QVERIFY2(openBefore.contains(carriedBy),
                qPrintable(
                    QStringLiteral("%1 (%2, dry run %3) went out on a connection opened after STS answered")
                        .arg(e.value(QStringLiteral("action")).toString(), e.value(QStringLiteral("region")).toString())
                        .arg(e.value(QStringLiteral("dry_run")).toBool())));
        }
        QVERIFY2(followed >= 8, qPrintable(QStringLiteral("%1 requests followed the AssumeRole").arg(followed)));
    }

    void aRoleWithoutTheExternalIdConditionIsRefusedAndNothingIsStored()
    {
        const QString scenario = QStringLiteral("verify-open-role");
        putScenario(scenario, templateActions(), false);
        auto s = session(scenario);
        QSignalSpy started(s->discovery(), &DiscoveryService::started);
        QString id;
        const Result<Account> refused = verify(*s, &id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(OnrampError::ExternalIdNotEnforced));
        checkNothingStored(*s, scenario, id);
        QCOMPARE(started.size(), 0);
    }

    void missingPermissionsFailTheVerifyAndNothingIsStored()
    {
        const QString scenario = QStringLiteral("verify-no-health");
        putScenario(scenario,
            { QStringLiteral("ec2:DescribeRegions"), QStringLiteral("ec2:DescribeInstances"),
                QStringLiteral("rds:DescribeDBInstances") });
        auto s = session(scenario);
        QString id;
        const Result<Account> refused = verify(*s, &id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(OnrampError::MissingPermissions));
        QVERIFY(refused.error().message.contains(QStringLiteral("ec2:DescribeInstanceStatus")));
        checkNothingStored(*s, scenario, id, AccountStatus::Failed);
        QCOMPARE(s->registry()->account(id)->lastError, refused.error().message);
    }

    void describeRegionsFailingFailsTheVerifyAndNothingIsStored()
    {
        // Every DescribeRegions (the DryRun probe's and the discovery's, each attempt) fails with a 500: the probe
        // leaves the question open, so the role is not connected, and the home region listed beside is dropped.
        const QString scenario = QStringLiteral("verify-regions-down");
        putScenario(scenario, templateActions(), true, 0,
            QJsonObject { { QStringLiteral("errors"),
                QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("DescribeRegions") },
                    { QStringLiteral("status"), 500 }, { QStringLiteral("code"), QStringLiteral("InternalError") },
                    { QStringLiteral("count"), 100 } } } } });
        auto s = session(scenario);
        QString id;
        const Result<Account> refused = verify(*s, &id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("InternalError"));
        checkNothingStored(*s, scenario, id);
    }

    void aHeldDiscoveryWhoseRegionListFailsStoresNothingWhenReleased()
    {
        // A verified role whose DescribeRegions then fails (once, not retried): the account fails with that error
        // and the home region's pages, listed beside it, are not stored.
        const QString scenario = QStringLiteral("verify-held-regions-denied");
        putScenario(scenario, templateActions(), true, 0,
            QJsonObject { { QStringLiteral("errors"),
                QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("DescribeRegions") },
                    { QStringLiteral("status"), 403 },
                    { QStringLiteral("code"), QStringLiteral("UnauthorizedOperation") },
                    { QStringLiteral("count"), 1 } } } } });
        auto s = session(scenario);
        const Result<Account> pending = s->onboarding()->createPending(s->user(), QStringLiteral("Prod"));
        QVERIFY(pending);
        Account account = *pending;
        account.status = AccountStatus::Connected;
        account.awsAccountId = FakeAws::customerAccount();
        account.roleArn = FakeAws::customerRoleArn();
        const Result<Account> stored = s->registry()->updateAccount(account);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toString()));
        std::optional<Result<CredentialsProviderPtr>> role;
        s->onboarding()->accountCredentials(
            *stored, this, [&role](const Result<CredentialsProviderPtr> &r) { role = r; });
        QTRY_VERIFY_WITH_TIMEOUT(role.has_value(), 20000);
        QVERIFY2(*role, *role ? "" : qPrintable(role->error().toString()));
        QSignalSpy finished(s->discovery(), &DiscoveryService::finished);
        s->discovery()->startHeld(*stored, role->value());
        QVERIFY(!s->discovery()->isRunning(stored->id));
        // Released only once the home region's listing has been answered: what it held must not be stored.
        QTRY_VERIFY_WITH_TIMEOUT(homeListingAnswered(scenario), 20000);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0); // held: not finished before it is released
        QVERIFY(s->discovery()->release(stored->id, *stored));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto result = finished.first().first().value<DiscoveryResult>();
        QCOMPARE(result.status, AccountStatus::Failed);
        QVERIFY2(result.lastError.contains(QStringLiteral("ec2:DescribeRegions")), qPrintable(result.lastError));
        QCOMPARE(s->registry()->instanceCount(stored->id).value(), 0);
        QCOMPARE(s->registry()->account(stored->id)->status, AccountStatus::Failed);
    }
};

QTEST_MAIN(TestVerifyRoleJob)
#include "tst_verifyrolejob.moc"
