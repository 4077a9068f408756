// Tests OrganizationService in process against the fake AWS endpoint's Organizations (AWS JSON 1.1), the real
// keychain and real SQLite files: verify, sync, exclusions, pending roles, takeovers, closed accounts, the trial
// plan, the periodic sync and disconnecting an organization.
#include "../support/fakeaws.h"
#include "../support/fakeorganization.h"
#include "models/consolesession.h"
#include "models/discoveryservice.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/organizationservice.h"
#include "models/registry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString &kManagement = FakeOrganization::managementAccount;
const QString kProd1 = u"100000000001"_s;
const QString kProd2 = u"100000000002"_s;
const QString kSandbox = u"100000000003"_s;
const QString kNested = u"100000000004"_s;
const QString kClosed = u"100000000005"_s;
const QString &kRoot = FakeOrganization::root;
const QString &kProdOu = FakeOrganization::prodOu;
const QString &kSandboxOu = FakeOrganization::sandboxOu;
const QString &kNestedOu = FakeOrganization::nestedOu;
using FakeOrganization::roleArnIn;
} // namespace

class TestOrganizations final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    QTemporaryDir m_dir;
    QString m_scenario;
    QString m_session; ///< the fake session of the last session() made
    int m_scenarioNumber = 0;

    /// The organization of these tests: management + prod-1, prod-2 (OU Prod), sandbox-1 (OU Sandbox), nested-1
    /// (OU Nested beneath Sandbox), and a SUSPENDED account; two instances per account in us-east-1.
    static QJsonObject organizationScenario(const QJsonArray &accounts, const QStringList &missingRoleIn = {})
    {
        FakeOrganization::Options options;
        options.missingRoleIn = missingRoleIn;
        return FakeOrganization::scenario(accounts, options);
    }

    static QJsonArray standardAccounts()
    {
        return QJsonArray { FakeOrganization::account(kManagement, u"management"_s, kRoot),
            FakeOrganization::account(kProd1, u"prod-1"_s, kProdOu),
            FakeOrganization::account(kProd2, u"prod-2"_s, kProdOu),
            FakeOrganization::account(kSandbox, u"sandbox-1"_s, kSandboxOu),
            FakeOrganization::account(kNested, u"nested-1"_s, kNestedOu),
            FakeOrganization::account(kClosed, u"closed-1"_s, kProdOu, u"SUSPENDED"_s) };
    }

    /// Registers a fresh scenario for this test (or replaces it with \a scenario when \a replace).
    void useScenario(const QJsonObject &scenario, bool replace = false)
    {
        if (!replace)
            m_scenario = u"org-%1"_s.arg(++m_scenarioNumber);
        QVERIFY(m_fake.putScenario(m_scenario, scenario));
    }

    /// A session of \a user on the shared registry file, talking to the current scenario.
    std::unique_ptr<ConsoleSession> session(const QString &user)
    {
        m_session = FakeAws::uniqueSession(u"org"_s);
        QProcessEnvironment env;
        env.insert(u"AWS_ENDPOINT_URL"_s, m_fake.endpoint(m_scenario, m_session).toString());
        env.insert(u"AWS_CA_BUNDLE"_s, m_fake.caBundle());
        env.insert(u"NO_PROXY"_s, u"127.0.0.1"_s);
        env.insert(u"ONRAMP_RETRY_BASE_MS"_s, u"20"_s);
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_dir.filePath(u"none"_s));
        env.insert(u"AWS_CONFIG_FILE"_s, m_dir.filePath(u"none"_s));
        env.insert(u"AWS_ACCESS_KEY_ID"_s, FakeAws::consoleKeyId());
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, FakeAws::consoleSecret());
        ConsoleSession::Options options;
        options.db = m_dir.filePath(u"shared.sqlite"_s);
        options.user = user;
        options.region = u"us-east-1"_s;
        options.keychainService = u"onramp-tst-organizations"_s;
        options.environment = env;
        Result<std::unique_ptr<ConsoleSession>> opened = ConsoleSession::open(options);
        if (!opened)
            qFatal("session: %s", qPrintable(opened.error().toString()));
        return std::move(opened).value();
    }

    Result<OrganizationResult> wait(const std::function<void(OrganizationService::ResultCallback)> &start)
    {
        std::optional<Result<OrganizationResult>> out;
        start([&out](const Result<OrganizationResult> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 120000))
            return AwsError::make(AwsError::Kind::Timeout, u"the test waited 120 s"_s);
        return *out;
    }

    Result<OrganizationResult> verify(ConsoleSession &s, const QString &orgId, const QString &role = kManagement,
        OrganizationService::Options options = {})
    {
        options.waitForDiscovery = true;
        return wait([&](OrganizationService::ResultCallback cb) {
            s.organizations()->verify(s.user(), orgId, role, options, this, cb);
        });
    }

    Result<OrganizationResult> sync(ConsoleSession &s, const QString &orgId)
    {
        OrganizationService::Options options;
        options.waitForDiscovery = true;
        return wait([&](OrganizationService::ResultCallback cb) {
            s.organizations()->sync(s.user(), orgId, options, this, cb);
        });
    }

    static OrganizationMember memberFor(const OrganizationResult &r, const QString &awsId)
    {
        for (const OrganizationMember &m : r.members) {
            if (m.awsAccountId == awsId)
                return m;
        }
        return {};
    }

    /// The AWS account ids whose role the fake was asked to assume in the last session.
    QSet<QString> assumedAccounts() const
    {
        QSet<QString> out;
        const QJsonArray log = m_fake.requestLog(m_scenario, m_session);
        for (const QJsonValue &v : log) {
            const QJsonObject e = v.toObject();
            if (e.value(u"action"_s).toString() == u"AssumeRole"_s)
                out.insert(e.value(u"role_arn"_s).toString().section(u':', 4, 4));
        }
        return out;
    }

    static QString errorText(const Result<OrganizationResult> &r) { return r ? QString() : r.error().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void init()
    {
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(m_dir.filePath(u"shared.sqlite"_s + suffix));
    }

    void verifyConnectsEveryActiveAccountAndNeverContactsExclusions()
    {
        useScenario(organizationScenario(standardAccounts()));
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user(), u"Acme"_s);
        QVERIFY(org);
        QCOMPARE(org->kind, AccountKind::Organization);
        QCOMPARE(org->status, AccountStatus::Pending);

        OrganizationService::Options options;
        options.excludeAccounts = QStringList { kProd2 };
        options.excludeOus = QStringList { kSandboxOu }; // and, beneath it, Nested
        const Result<OrganizationResult> r = verify(*alice, org->id, roleArnIn(kManagement), options);
        QVERIFY2(r, qPrintable(errorText(r)));
        QCOMPARE(r->organization.awsOrganizationId, u"o-exampleorg1"_s);
        QCOMPARE(r->organization.managementAccountId, kManagement);
        QCOMPARE(r->organization.status, AccountStatus::Active);
        QCOMPARE(r->members.constFirst().awsAccountId, kManagement);
        QCOMPARE(memberFor(*r, kManagement).status, u"active"_s);
        QCOMPARE(memberFor(*r, kProd1).status, u"active"_s);
        QCOMPARE(memberFor(*r, kProd1).instanceCount, 2);
        QCOMPARE(memberFor(*r, kProd2).status, u"excluded"_s);
        QCOMPARE(memberFor(*r, kSandbox).status, u"excluded"_s);
        QCOMPARE(memberFor(*r, kNested).status, u"excluded"_s);
        QVERIFY(memberFor(*r, kClosed).status.isEmpty()); // closed: not a member at all
        QCOMPARE(r->organization.instanceCount, 4);

        // The fake's request log: excluded and closed accounts were never contacted.
        const QSet<QString> assumed = assumedAccounts();
        QVERIFY2(assumed.contains(kProd1), qPrintable(QStringList(assumed.values()).join(u',')));
        for (const QString &never : { kProd2, kSandbox, kNested, kClosed })
            QVERIFY2(!assumed.contains(never), qPrintable(never));

        // Stored: the organization with its exclusions, and exactly two live members.
        const Result<QList<Account>> members = alice->organizations()->members(org->id);
        QVERIFY(members);
        QCOMPARE(members->size(), 2);
        for (const Account &m : *members) {
            QCOMPARE(m.organization, org->id);
            QCOMPARE(m.externalId, org->externalId);
            QCOMPARE(m.roleArn, roleArnIn(m.awsAccountId));
        }
        const Result<Account> stored = alice->registry()->account(org->id);
        QCOMPARE(stored->excludedAccounts, QStringList { kProd2 });
        QCOMPARE(stored->excludedOus, QStringList { kSandboxOu });
        AuditFilter filter;
        filter.action = u"org.verify"_s;
        QVERIFY(!alice->registry()->audit(filter)->isEmpty());
    }

    void memberWithoutItsRoleStaysPendingUntilASyncFindsIt()
    {
        useScenario(organizationScenario(standardAccounts(), { kProd1 }));
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        const Result<OrganizationResult> r = verify(*alice, org->id);
        QVERIFY2(r, qPrintable(errorText(r)));
        const OrganizationMember waiting = memberFor(*r, kProd1);
        QCOMPARE(waiting.status, u"pending"_s);
        QVERIFY2(waiting.message.contains(u"StackSet"_s), qPrintable(waiting.message));
        QCOMPARE(alice->registry()->account(waiting.recordId)->lastError, waiting.message);
        QCOMPARE(memberFor(*r, kProd2).status, u"active"_s);
        QVERIFY2(r->organization.lastError.contains(u"pending"_s), qPrintable(r->organization.lastError));

        // The StackSet reaches the account: the next sync connects the same record.
        useScenario(organizationScenario(standardAccounts()), true);
        const Result<OrganizationResult> again = sync(*alice, org->id);
        QVERIFY2(again, qPrintable(errorText(again)));
        QCOMPARE(memberFor(*again, kProd1).status, u"active"_s);
        QCOMPARE(memberFor(*again, kProd1).recordId, waiting.recordId);
        QVERIFY(again->organization.lastError.isEmpty());
        QCOMPARE(alice->organizations()->members(org->id)->size(), 5);
    }

    void syncConnectsNewAccountsAndDisconnectsClosedOnes()
    {
        useScenario(organizationScenario(standardAccounts()));
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        const Result<OrganizationResult> r = verify(*alice, org->id);
        QVERIFY2(r, qPrintable(errorText(r)));
        const QString prod2Record = memberFor(*r, kProd2).recordId;
        QVERIFY(!prod2Record.isEmpty());
        const int prod2Instances = alice->registry()->instanceCount(prod2Record).value();
        QCOMPARE(prod2Instances, 2);

        // A new account joins, prod-2 is closed, sandbox-1 leaves the organization.
        QJsonArray accounts;
        for (const QJsonValue &v : standardAccounts()) {
            const QString id = v.toObject().value(u"id"_s).toString();
            if (id == kSandbox)
                continue;
            accounts.append(
                id == kProd2 ? FakeOrganization::account(kProd2, u"prod-2"_s, kProdOu, u"PENDING_CLOSURE"_s) : v);
        }
        accounts.append(FakeOrganization::account(u"100000000006"_s, u"new-1"_s, kProdOu));
        useScenario(organizationScenario(accounts), true);
        const Result<OrganizationResult> synced = sync(*alice, org->id);
        QVERIFY2(synced, qPrintable(errorText(synced)));
        QCOMPARE(memberFor(*synced, u"100000000006"_s).status, u"active"_s);
        QCOMPARE(memberFor(*synced, kProd2).status, u"disconnected"_s);
        QCOMPARE(memberFor(*synced, kSandbox).status, u"disconnected"_s);
        // History stays: the closed account's instances are still stored.
        QCOMPARE(alice->registry()->account(prod2Record)->status, AccountStatus::Disconnected);
        QCOMPARE(alice->registry()->instanceCount(prod2Record).value(), prod2Instances);
        AuditFilter filter;
        filter.action = u"org.member"_s;
        QVERIFY(alice->registry()->audit(filter)->size() >= 2);
    }

    void anAccountAnotherUserHoldsIsRefusedAlone()
    {
        useScenario(organizationScenario(standardAccounts()));
        // Bob connected prod-1 on its own first.
        {
            auto bob = session(u"bob"_s);
            const Result<Account> pending = bob->onboarding()->createPending(bob->user());
            std::optional<Result<Account>> done;
            OnboardingService::VerifyOptions o;
            o.startDiscovery = false;
            bob->onboarding()->verifyRole(
                bob->user(), pending->id, roleArnIn(kProd1), o, this, [&](const Result<Account> &a) { done = a; });
            QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
            QVERIFY2(*done, *done ? "" : qPrintable(done->error().toString()));
        }
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        const Result<OrganizationResult> r = verify(*alice, org->id);
        QVERIFY2(r, qPrintable(errorText(r)));
        const OrganizationMember refused = memberFor(*r, kProd1);
        QCOMPARE(refused.status, u"refused"_s);
        QVERIFY(refused.recordId.isEmpty());
        QVERIFY2(refused.message.contains(u"different user"_s), qPrintable(refused.message));
        QCOMPARE(memberFor(*r, kProd2).status, u"active"_s);
        // Nothing of alice's holds prod-1, and she never assumed its role.
        const QList<Account> alices = alice->registry()->accounts(u"alice"_s).value();
        for (const Account &a : alices)
            QVERIFY(a.awsAccountId != kProd1);
        QVERIFY(!assumedAccounts().contains(kProd1));
    }

    void trialUsersAreRefusedAnOrganizationOfSeveralAccounts()
    {
        useScenario(organizationScenario(standardAccounts()));
        auto alice = session(u"alice"_s);
        QVERIFY(alice->registry()->setPlan(u"alice"_s, UserPlan::Trial));
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        QVERIFY(org);
        const Result<OrganizationResult> r = verify(*alice, org->id);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QString(OnrampError::PlanLimitReached));
        QCOMPARE(ErrorText::exitCodeFor(r.error()), 5);
        QCOMPARE(alice->registry()->liveAccountCount(u"alice"_s).value(), 0);
        QCOMPARE(alice->registry()->account(org->id)->status, AccountStatus::Pending);
        // No member was contacted beyond the management account.
        const QSet<QString> assumed = assumedAccounts();
        QVERIFY(!assumed.contains(kProd1));
    }

    void aMemberAccountsRoleIsNotAManagementRole()
    {
        useScenario(organizationScenario(standardAccounts()));
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        const Result<OrganizationResult> r = verify(*alice, org->id, roleArnIn(kProd1));
        QVERIFY(!r);
        QVERIFY2(r.error().code == QString(OnrampError::NotManagementAccount)
                || r.error().code == QString(OnrampError::MissingPermissions),
            qPrintable(r.error().toString()));
        QCOMPARE(alice->registry()->account(org->id)->status, AccountStatus::Pending);
        QVERIFY(!alice->registry()->account(org->id)->lastError.isEmpty());
    }

    void disconnectingTheOrganizationDisconnectsItsMembers()
    {
        useScenario(organizationScenario(standardAccounts()));
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        QVERIFY(verify(*alice, org->id));
        std::optional<Result<Account>> done;
        alice->onboarding()->disconnect(alice->user(), org->id, this, [&](const Result<Account> &a) { done = a; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(*done, *done ? "" : qPrintable(done->error().toString()));
        QCOMPARE((*done)->status, AccountStatus::Disconnected);
        const QList<Account> members = alice->organizations()->members(org->id).value();
        for (const Account &m : members)
            QCOMPARE(m.status, AccountStatus::Disconnected);
        QCOMPARE(alice->registry()->liveAccountCount(u"alice"_s).value(), 0);
        // The AWS accounts are free again: bob may connect one.
        auto bob = session(u"bob"_s);
        const Result<Account> bobsOrg = bob->organizations()->createPending(bob->user());
        QVERIFY(verify(*bob, bobsOrg->id));
    }

    void thePeriodicSyncPicksUpANewAccountByItself()
    {
        useScenario(organizationScenario(standardAccounts()));
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        QVERIFY(verify(*alice, org->id));
        QJsonArray accounts = standardAccounts();
        accounts.append(FakeOrganization::account(u"100000000007"_s, u"new-2"_s, kProdOu));
        useScenario(organizationScenario(accounts), true);
        QSignalSpy synced(alice->organizations(), &OrganizationService::synced);
        alice->organizations()->setPeriodicSync(alice->user(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<Account> members = alice->organizations()->members(org->id).value();
                for (const Account &m : members) {
                    if (m.awsAccountId == u"100000000007"_s && m.status == AccountStatus::Active)
                        return true;
                }
                return false;
            }(),
            60000);
        alice->organizations()->setPeriodicSync(alice->user(), 0);
        QVERIFY(synced.count() >= 1);
    }

    void fiftyMembersAreConnectedAndDiscovered()
    {
        useScenario(organizationScenario(FakeOrganization::generatedAccounts(49)));
        auto alice = session(u"alice"_s);
        const Result<Account> org = alice->organizations()->createPending(alice->user());
        QSignalSpy progress(alice->organizations(), &OrganizationService::progress);
        const Result<OrganizationResult> r = verify(*alice, org->id);
        QVERIFY2(r, qPrintable(errorText(r)));
        QCOMPARE(r->members.size(), 50);
        for (const OrganizationMember &m : r->members)
            QVERIFY2(m.status == u"active"_s, qPrintable(m.awsAccountId + u": "_s + m.status + u" "_s + m.message));
        QCOMPARE(r->organization.instanceCount, 100);
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(1).toInt(), 50);
        QCOMPARE(last.at(2).toInt(), 50);
        // One record per account: a second verify adds none.
        QVERIFY(verify(*alice, org->id));
        QCOMPARE(alice->organizations()->members(org->id)->size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestOrganizations)
#include "tst_organizations.moc"
