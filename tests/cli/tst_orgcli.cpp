// `onrampctl org …` driven as a script drives it, through the fake AWS endpoint's Organizations (HTTPS) and the
// real Secret Service: the contract's JSON shapes and exit codes for create, template, verify, sync, accounts and
// disconnect of an organization (cli-contract.md, "Organizations").
#include "../support/fakeaws.h"
#include "../support/fakeorganization.h"
#include "../support/onrampctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

#define COMPARE_EXIT(run, expected)                                                                                    \
    do {                                                                                                               \
        if ((run).exitCode != (expected))                                                                              \
            QFAIL(qPrintable((run).describe(u"expected exit code %1"_s.arg(expected))));                               \
    } while (false)

namespace {
const QString kProd1 = u"100000000001"_s;
const QString kSandbox = u"100000000003"_s;

QJsonArray organizationAccounts()
{
    using FakeOrganization::account;
    return QJsonArray { account(FakeOrganization::managementAccount, u"management"_s, FakeOrganization::root),
        account(kProd1, u"prod-1"_s, FakeOrganization::prodOu),
        account(kSandbox, u"sandbox-1"_s, FakeOrganization::sandboxOu) };
}
} // namespace

class TestOrgCli final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_scenario;
    QString m_session;

    CliRun run(const QStringList &args, const QString &user = u"alice"_s) const
    {
        const QProcessEnvironment env = m_fake.cliEnvironment(m_scenario, m_session, m_dir->path(),
            m_dir->filePath(u"registry.db"_s), u"onramp-orgcli-"_s + m_session, user);
        return runOnrampctl(env, args);
    }

    static QJsonArray jsonArray(const CliRun &r) { return QJsonDocument::fromJson(r.out).array(); }

    static QJsonObject accountOf(const QJsonObject &org, const QString &awsId)
    {
        for (const QJsonValue &v : org.value(u"accounts"_s).toArray()) {
            if (v.toObject().value(u"aws_account_id"_s).toString() == awsId)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        QVERIFY2(m_fake.isValid(), qPrintable(m_fake.why()));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside scripts/with-keyring.sh");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = FakeAws::uniqueSession(u"orgcli"_s);
        m_scenario = u"orgcli-"_s + m_session;
        QVERIFY(m_fake.putScenario(m_scenario, FakeOrganization::scenario(organizationAccounts())));
    }

    void theWholeOrganizationFlowFollowsTheContract()
    {
        const CliRun created = run({ u"--json"_s, u"org"_s, u"create"_s, u"--name"_s, u"Acme"_s });
        COMPARE_EXIT(created, 0);
        const QJsonObject c = created.json();
        QCOMPARE(c.value(u"kind"_s).toString(), u"organization"_s);
        QCOMPARE(c.value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(c.value(u"external_id"_s).toString().startsWith(u"onramp-"_s));
        const QString id = c.value(u"id"_s).toString();

        // The template: the management role and the StackSet for the members, with this onboarding's External ID.
        const CliRun tpl = run({ u"org"_s, u"template"_s, id, u"--trusted-account"_s, FakeAws::consoleAccount(),
            u"--ou"_s, FakeOrganization::root });
        COMPARE_EXIT(tpl, 0);
        const QJsonObject resources = QJsonDocument::fromJson(tpl.out).object().value(u"Resources"_s).toObject();
        QStringList types;
        for (const QJsonValue &r : resources)
            types << r.toObject().value(u"Type"_s).toString();
        QVERIFY2(types.contains(u"AWS::CloudFormation::StackSet"_s), qPrintable(types.join(u',')));
        QVERIFY2(types.contains(u"AWS::IAM::Role"_s), qPrintable(types.join(u',')));
        QVERIFY(tpl.out.contains(c.value(u"external_id"_s).toString().toUtf8()));

        const CliRun verified = run({ u"--json"_s, u"org"_s, u"verify"_s, id, u"--role-arn"_s,
            FakeOrganization::managementAccount, u"--exclude-ou"_s, FakeOrganization::sandboxOu });
        COMPARE_EXIT(verified, 0);
        const QJsonObject v = verified.json();
        QCOMPARE(v.value(u"id"_s).toString(), id);
        QCOMPARE(v.value(u"kind"_s).toString(), u"organization"_s);
        QCOMPARE(v.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(v.value(u"organization_id"_s).toString(), FakeOrganization::organizationId);
        QCOMPARE(v.value(u"management_account_id"_s).toString(), FakeOrganization::managementAccount);
        QCOMPARE(v.value(u"instance_count"_s).toInt(), 4);
        QCOMPARE(accountOf(v, kProd1).value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(accountOf(v, kProd1).value(u"instance_count"_s).toInt(), 2);
        // RDS: one database per member in its first region; instance_count stays the EC2 count.
        QCOMPARE(accountOf(v, kProd1).value(u"database_count"_s).toInt(-1), 1);
        QCOMPARE(v.value(u"database_count"_s).toInt(-1), 2);
        QCOMPARE(accountOf(v, kSandbox).value(u"status"_s).toString(), u"excluded"_s);
        for (const QString &key : { u"id"_s, u"aws_account_id"_s, u"name"_s, u"status"_s, u"instance_count"_s,
                 u"database_count"_s, u"message"_s })
            QVERIFY2(accountOf(v, kProd1).contains(key), qPrintable(key));

        // accounts: the organization and its members, each with kind and organization.
        const CliRun listed = run({ u"--json"_s, u"accounts"_s });
        COMPARE_EXIT(listed, 0);
        int members = 0;
        for (const QJsonValue &a : jsonArray(listed)) {
            const QJsonObject o = a.toObject();
            if (o.value(u"id"_s).toString() == id) {
                QCOMPARE(o.value(u"kind"_s).toString(), u"organization"_s);
                QVERIFY(o.value(u"organization"_s).isNull());
            } else {
                QCOMPARE(o.value(u"kind"_s).toString(), u"account"_s);
                QCOMPARE(o.value(u"organization"_s).toString(), id);
                ++members;
            }
        }
        QCOMPARE(members, 2);

        const CliRun synced = run({ u"--json"_s, u"org"_s, u"sync"_s, id });
        COMPARE_EXIT(synced, 0);
        QCOMPARE(synced.json().value(u"status"_s).toString(), u"active"_s);

        // Disconnecting the organization disconnects every member it made.
        const CliRun gone = run({ u"--json"_s, u"disconnect"_s, id });
        COMPARE_EXIT(gone, 0);
        for (const QJsonValue &a : jsonArray(run({ u"--json"_s, u"accounts"_s })))
            QCOMPARE(a.toObject().value(u"status"_s).toString(), u"disconnected"_s);
    }

    // While org sync waits, the progress line on a terminal's stderr ("Organization: 2/2 accounts · …"), erased at
    // the end; never on a pipe or with --json, and stdout is byte for byte the same either way.
    void orgSyncDrawsProgressOnlyOnATerminal()
    {
        const CliRun created = run({ u"--json"_s, u"org"_s, u"create"_s });
        COMPARE_EXIT(created, 0);
        const QString id = created.json().value(u"id"_s).toString();
        COMPARE_EXIT(run({ u"--json"_s, u"org"_s, u"verify"_s, id, u"--role-arn"_s, FakeOrganization::managementAccount,
                         u"--exclude-ou"_s, FakeOrganization::sandboxOu }),
            0);
        const QProcessEnvironment env = m_fake.cliEnvironment(m_scenario, m_session, m_dir->path(),
            m_dir->filePath(u"registry.db"_s), u"onramp-orgcli-"_s + m_session, u"alice"_s);

        const CliRun piped = run({ u"org"_s, u"sync"_s, id });
        COMPARE_EXIT(piped, 0);
        QVERIFY2(!piped.err.contains("Organization:") && !piped.err.contains("\x1b["),
            qPrintable(piped.describe(u"progress drawn on a pipe"_s)));
        const CliRun terminal = runOnrampctlOnTerminal(env, { u"org"_s, u"sync"_s, id });
        COMPARE_EXIT(terminal, 0);
        QCOMPARE(terminal.out, piped.out);
        const QRegularExpression line(
            u"\rOrganization: (listing accounts|\\d+/\\d+ accounts · \\d+ instances) · \\d+ s"_s);
        QVERIFY2(line.match(QString::fromUtf8(terminal.err)).hasMatch(), terminal.err.constData());
        QVERIFY2(terminal.err.endsWith("\r\x1b[K"), terminal.err.constData());

        const CliRun pipedJson = run({ u"--json"_s, u"org"_s, u"sync"_s, id });
        const CliRun terminalJson = runOnrampctlOnTerminal(env, { u"--json"_s, u"org"_s, u"sync"_s, id });
        COMPARE_EXIT(terminalJson, 0);
        QCOMPARE(terminalJson.out, pipedJson.out);
        QVERIFY2(!terminalJson.err.contains("Organization:") && !terminalJson.err.contains("\x1b["),
            terminalJson.err.constData());
    }

    void trialUsersGetExitFiveAndBadInputExitTwo()
    {
        COMPARE_EXIT(run({ u"--json"_s, u"users"_s, u"set-plan"_s, u"bob"_s, u"trial"_s }, u"bob"_s), 0);
        const CliRun created = run({ u"--json"_s, u"org"_s, u"create"_s }, u"bob"_s);
        COMPARE_EXIT(created, 0);
        const QString id = created.json().value(u"id"_s).toString();
        const CliRun refused = run(
            { u"--json"_s, u"org"_s, u"verify"_s, id, u"--role-arn"_s, FakeOrganization::managementAccount }, u"bob"_s);
        COMPARE_EXIT(refused, 5);
        QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"PlanLimitReached"_s);

        COMPARE_EXIT(run({ u"org"_s, u"verify"_s, id }, u"bob"_s), 2); // no --role-arn
        COMPARE_EXIT(run({ u"org"_s, u"verify"_s, id, u"--role-arn"_s, FakeOrganization::managementAccount,
                             u"--exclude-ou"_s, u"prod"_s },
                         u"bob"_s),
            2);
        COMPARE_EXIT(run({ u"org"_s, u"sync"_s, id }, u"bob"_s), 2); // never verified
        COMPARE_EXIT(run({ u"org"_s, u"frobnicate"_s }, u"bob"_s), 2);
        // A single-account command refuses an organization record, and the other way round.
        COMPARE_EXIT(run({ u"verify"_s, id, u"--role-arn"_s, FakeOrganization::managementAccount }, u"bob"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrgCli)
#include "tst_orgcli.moc"
