// Tests OnboardingService in process: the status machine, the ownership (takeover) rule, the plan rule and
// re-connects, against the fake AWS endpoint, the real keychain and a real SQLite file (a ConsoleSession each).
#include "../support/fakeaws.h"
#include "models/consolesession.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/registry.h"
#include "models/secretstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestOnboardingService final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    QTemporaryDir m_dir;
    QString m_scenario;

    /// A session of \a user on the shared registry file \a db, talking to the fake's scenario.
    std::unique_ptr<ConsoleSession> session(const QString &user, const QString &db = QStringLiteral("shared.sqlite"))
    {
        const QProcessEnvironment env
            = m_fake.sessionEnvironment(m_scenario, FakeAws::uniqueSession(QStringLiteral("onb")), m_dir.path());
        ConsoleSession::Options options;
        options.db = m_dir.filePath(db);
        options.user = user;
        options.region = QStringLiteral("us-east-1");
        options.keychainService = QStringLiteral("onramp-tst-onboarding");
        options.environment = env;
        Result<std::unique_ptr<ConsoleSession>> opened = ConsoleSession::open(options);
        if (!opened)
            qFatal("session: %s", qPrintable(opened.error().toString()));
        return std::move(opened).value();
    }

    Result<Account> wait(const std::function<void(OnboardingService::AccountCallback)> &start)
    {
        std::optional<Result<Account>> out;
        start([&out](const Result<Account> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("the test waited 60 s"));
        return *out;
    }

    Result<Account> verify(ConsoleSession &s, const QString &id, OnboardingService::VerifyOptions options = {})
    {
        options.startDiscovery = false;
        return wait([&](OnboardingService::AccountCallback cb) {
            s.onboarding()->verifyRole(s.user(), id, FakeAws::customerRoleArn(), options, this, cb);
        });
    }

    Result<Account> connectKeys(ConsoleSession &s, const QString &name = {})
    {
        return wait([&](OnboardingService::AccountCallback cb) {
            s.onboarding()->connectKeys(s.user(), FakeAws::customerKeyId(),
                SecretBytes::fromString(FakeAws::customerSecret()), QStringLiteral("us-east-1"), name, this, cb, false);
        });
    }

    Result<Account> disconnect(ConsoleSession &s, const QString &id)
    {
        return wait([&](OnboardingService::AccountCallback cb) { s.onboarding()->disconnect(s.user(), id, this, cb); });
    }

    static QString lastAudit(ConsoleSession &s, const QString &action)
    {
        AuditFilter filter;
        filter.action = action;
        const Result<QList<AuditEntry>> entries = s.registry()->audit(filter);
        return entries && !entries->isEmpty() ? entries->constFirst().outcome : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
        // The customer's role accepts any External ID of Onramp's shape, and none without one.
        QJsonObject role { { QStringLiteral("arn"), FakeAws::customerRoleArn() },
            { QStringLiteral("external_id_like"), QStringLiteral("onramp-*") },
            { QStringLiteral("trusted_accounts"), QJsonArray { FakeAws::consoleAccount() } },
            { QStringLiteral("allowed_actions"),
                QJsonArray { QStringLiteral("ec2:DescribeRegions"), QStringLiteral("ec2:DescribeInstances"),
                    QStringLiteral("ec2:DescribeInstanceStatus") } } };
        m_scenario = QStringLiteral("onboarding-service");
        QVERIFY(m_fake.putScenario(m_scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("roles"), QJsonArray { role } } }));
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("shared.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("shared.sqlite-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("shared.sqlite-shm")));
    }

    void pendingRecordBecomesConnectedWhenTheRoleIsVerified()
    {
        auto alice = session(QStringLiteral("alice"));
        const Result<Account> pending = alice->onboarding()->createPending(alice->user(), QStringLiteral("Prod"));
        QVERIFY(pending);
        QCOMPARE(pending->status, AccountStatus::Pending);
        QVERIFY(pending->externalId.startsWith(QStringLiteral("onramp-")));
        QVERIFY(pending->awsAccountId.isEmpty());

        const Result<Account> connected = verify(*alice, pending->id);
        QVERIFY2(connected, connected ? "" : qPrintable(connected.error().toString()));
        QCOMPARE(connected->id, pending->id);
        QCOMPARE(connected->status, AccountStatus::Connected);
        QCOMPARE(connected->awsAccountId, FakeAws::customerAccount());
        QCOMPARE(connected->roleArn, FakeAws::customerRoleArn());
        QVERIFY(connected->lastValidatedAt.isValid());
        QCOMPARE(lastAudit(*alice, QStringLiteral("verify")), QStringLiteral("ok"));
    }

    void disconnectIsFinalAndARecordOfItCannotBeVerified()
    {
        auto alice = session(QStringLiteral("alice"));
        const Result<Account> pending = alice->onboarding()->createPending(alice->user());
        QVERIFY(pending && verify(*alice, pending->id));
        const Result<Account> gone = disconnect(*alice, pending->id);
        QVERIFY(gone);
        QCOMPARE(gone->status, AccountStatus::Disconnected);
        const Result<Account> again = verify(*alice, pending->id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QString(OnrampError::WrongMethod));
        QCOMPARE(alice->registry()->account(pending->id)->status, AccountStatus::Disconnected);
    }

    void anotherUsersAccountIsRefusedAndNothingOfTheirsIsStored()
    {
        auto bob = session(QStringLiteral("bob"));
        QVERIFY(connectKeys(*bob));
        auto alice = session(QStringLiteral("alice"));
        const int before = int(alice->registry()->accounts(alice->user())->size());

        // Access keys of the same AWS account: refused before the keychain is touched.
        const Result<Account> keys = connectKeys(*alice);
        QVERIFY(!keys);
        QCOMPARE(keys.error().code, QString(OnrampError::AccountOwnedByAnotherUser));
        QCOMPARE(ErrorText::exitCodeFor(keys.error()), 4);
        QVERIFY2(!keys.error().message.contains(QStringLiteral("bob")), qPrintable(keys.error().message));
        QCOMPARE(int(alice->registry()->accounts(alice->user())->size()), before);

        // A role in that account: refused too, and the pending record stays pending without the AWS id.
        const Result<Account> pending = alice->onboarding()->createPending(alice->user());
        QVERIFY(pending);
        const Result<Account> role = verify(*alice, pending->id);
        QVERIFY(!role);
        QCOMPARE(role.error().code, QString(OnrampError::AccountOwnedByAnotherUser));
        const Account stored = *alice->registry()->account(pending->id);
        QCOMPARE(stored.status, AccountStatus::Pending);
        QVERIFY(stored.awsAccountId.isEmpty());
        QCOMPARE(lastAudit(*alice, QStringLiteral("verify")), QStringLiteral("refused"));

        // Once bob lets go, it is alice's to take.
        const Result<QList<Account>> bobs = bob->registry()->accounts(bob->user());
        QVERIFY(bobs && !bobs->isEmpty());
        QVERIFY(disconnect(*bob, bobs->constLast().id));
        QVERIFY(verify(*alice, pending->id));
    }

    void trialPlanAllowsOneLiveAccount()
    {
        auto alice = session(QStringLiteral("alice"));
        QVERIFY(alice->registry()->setPlan(alice->user(), UserPlan::Trial));
        const Result<Account> first = alice->onboarding()->createPending(alice->user());
        QVERIFY(first);
        const Result<Account> second = alice->onboarding()->createPending(alice->user());
        QVERIFY(!second);
        QCOMPARE(second.error().code, QString(OnrampError::PlanLimitReached));
        QCOMPARE(ErrorText::exitCodeFor(second.error()), 5);
        QCOMPARE(lastAudit(*alice, QStringLiteral("create")), QStringLiteral("refused"));
        // Verifying the one record is within the plan; a disconnected record does not count.
        QVERIFY(verify(*alice, first->id));
        QVERIFY(disconnect(*alice, first->id));
        QVERIFY(alice->onboarding()->createPending(alice->user()));
    }

    void reconnectingTheSameAwsAccountKeepsOneRecord()
    {
        auto alice = session(QStringLiteral("alice"));
        const Result<Account> first = connectKeys(*alice, QStringLiteral("Prod"));
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->status, AccountStatus::Connected);
        const Result<Account> again = connectKeys(*alice);
        QVERIFY(again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->friendlyName, QStringLiteral("Prod"));

        // A CloudFormation onboarding of the same account moves that record to the role; the placeholder closes.
        const Result<Account> pending = alice->onboarding()->createPending(alice->user());
        QVERIFY(pending);
        const Result<Account> viaRole = verify(*alice, pending->id);
        QVERIFY2(viaRole, viaRole ? "" : qPrintable(viaRole.error().toString()));
        QCOMPARE(viaRole->id, first->id);
        QCOMPARE(viaRole->method, AccountMethod::IamRole);
        QCOMPARE(alice->registry()->account(pending->id)->status, AccountStatus::Disconnected);
        int live = 0;
        const Result<QList<Account>> all = alice->registry()->accounts(alice->user());
        QVERIFY(all);
        for (const Account &a : *all)
            live += a.isLive();
        QCOMPARE(live, 1);
    }

    void renameIsAuditedAndUnchangedNamesWriteNothing()
    {
        auto alice = session(QStringLiteral("alice"));
        const Result<Account> pending = alice->onboarding()->createPending(alice->user(), QStringLiteral("Old"));
        QVERIFY(pending);
        QSignalSpy changed(alice->onboarding(), &OnboardingService::accountChanged);
        const Result<Account> renamed
            = alice->onboarding()->rename(alice->user(), pending->id, QStringLiteral(" New "));
        QVERIFY(renamed);
        QCOMPARE(renamed->friendlyName, QStringLiteral("New"));
        QCOMPARE(lastAudit(*alice, QStringLiteral("rename")), QStringLiteral("ok"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(alice->onboarding()->rename(alice->user(), pending->id, QStringLiteral("New")));
        QCOMPARE(changed.count(), 1);

        auto bob = session(QStringLiteral("bob"));
        const Result<Account> notHis = bob->onboarding()->rename(bob->user(), pending->id, QStringLiteral("Mine"));
        QVERIFY(!notHis);
        QCOMPARE(notHis.error().code, QString(OnrampError::NotYourAccount));
        QCOMPARE(alice->registry()->account(pending->id)->friendlyName, QStringLiteral("New"));
    }

    void cleanupTestCase()
    {
        SecretStore secrets(QStringLiteral("onramp-tst-onboarding"));
        auto alice = session(QStringLiteral("alice"));
        const Result<QList<Account>> all = alice->registry()->accounts(alice->user());
        for (const Account &a : all ? *all : QList<Account>()) {
            if (!a.keychainRef.isEmpty())
                secrets.remove(a.keychainRef, this, [](Result<void>) {});
        }
    }
};

QTEST_MAIN(TestOnboardingService)
#include "tst_onboardingservice.moc"
