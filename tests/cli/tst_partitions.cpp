// The AWS partitions end to end: onboardings homed in AWS GovCloud (US) and AWS China through onrampctl and the fake
// endpoint (which routes by the credential scope's region and keeps each partition's keys and roles apart), the
// trusted console account per partition, and role ARNs of another partition refused before any request.
#include "../support/fakeaws.h"
#include "../support/onrampctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
/// A partition as the tests set it up: its id, the home region, the other region, the customer's instances in each.
struct PartitionCase
{
    QString partition;
    QString home;
    QString other;
};

PartitionCase govCloud()
{
    return { u"aws-us-gov"_s, u"us-gov-west-1"_s, u"us-gov-east-1"_s };
}

PartitionCase china()
{
    return { u"aws-cn"_s, u"cn-north-1"_s, u"cn-northwest-1"_s };
}

QString roleArn(const QString &partition)
{
    return u"arn:"_s + partition + u":iam::"_s + FakeAws::customerAccount() + u":role/OnrampDiscoveryRole"_s;
}
} // namespace

class TestPartitions final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_scenario;
    QString m_session;

    QProcessEnvironment environment() const
    {
        return m_fake.cliEnvironment(m_scenario, m_session, m_dir->path(), m_dir->filePath(u"registry.db"_s),
            u"onramp-partitions-"_s + m_session, u"alice"_s);
    }
    CliRun run(const QStringList &args, const QProcessEnvironment &env) const { return runOnrampctl(env, args); }
    CliRun run(const QStringList &args) const { return run(args, environment()); }

    /// A scenario of partition \a p: the console identity and the customer role with ARNs of that partition (same
    /// keys as the shipped scenarios), instances in both of its regions, and only its regions.
    QString registerPartitionScenario(const PartitionCase &p, const QString &externalId)
    {
        const QString name = u"partition-"_s + p.partition + u'-' + m_session;
        const QJsonObject scenario {
            { u"extends"_s, u"basic"_s },
            { u"identities"_s,
                QJsonArray { QJsonObject {
                    { u"access_key_id"_s, FakeAws::consoleKeyId() },
                    { u"secret_access_key"_s, FakeAws::consoleSecret() },
                    { u"account"_s, FakeAws::consoleAccount() },
                    { u"arn"_s,
                        QString(
                            u"arn:"_s + p.partition + u":iam::"_s + FakeAws::consoleAccount() + u":user/console"_s) },
                    { u"allowed_actions"_s, QJsonArray { u"sts:AssumeRole"_s, u"ec2:*"_s } },
                } } },
            { u"roles"_s,
                QJsonArray { QJsonObject {
                    { u"arn"_s, roleArn(p.partition) },
                    { u"external_id"_s, externalId },
                    { u"trusted_accounts"_s, QJsonArray { FakeAws::consoleAccount() } },
                    { u"allowed_actions"_s,
                        QJsonArray {
                            u"ec2:DescribeRegions"_s, u"ec2:DescribeInstances"_s, u"ec2:DescribeInstanceStatus"_s } },
                } } },
            { u"accounts"_s,
                QJsonObject { { FakeAws::customerAccount(),
                    QJsonObject { { u"regions"_s,
                        QJsonObject {
                            { p.home, QJsonObject { { u"generate"_s, 3 }, { u"seed"_s, 11 } } },
                            { p.other, QJsonObject { { u"generate"_s, 2 }, { u"seed"_s, 12 } } },
                        } } } } } },
            { u"regions"_s,
                QJsonArray { QJsonObject { { u"name"_s, p.home } }, QJsonObject { { u"name"_s, p.other } } } },
        };
        if (!m_fake.putScenario(name, scenario))
            QTest::qFail(qPrintable(u"the fake refused scenario "_s + name), __FILE__, __LINE__);
        return name;
    }

    /// `create --region \a region`: the record's id and External ID.
    std::pair<QString, QString> createPending(const QString &region)
    {
        const CliRun r = run({ u"--json"_s, u"--region"_s, region, u"create"_s });
        if (r.exitCode != 0)
            QTest::qFail(qPrintable(r.describe(u"create failed"_s)), __FILE__, __LINE__);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        return { o.value(u"id"_s).toString(), o.value(u"external_id"_s).toString() };
    }

    void verifiesAndDiscoversInPartition(const PartitionCase &p);

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        QVERIFY2(m_fake.isValid(), qPrintable(m_fake.why()));
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = FakeAws::uniqueSession(u"part-"_s + QString::fromLatin1(QTest::currentTestFunction()).left(40));
        m_scenario = u"basic"_s;
    }

    void govCloudRoleVerifiesWithRequestsSignedForGovCloudRegions() { verifiesAndDiscoversInPartition(govCloud()); }
    void chinaRoleVerifiesWithRequestsSignedForChinaRegions() { verifiesAndDiscoversInPartition(china()); }
    void bareAccountIdBecomesARoleArnOfTheHomePartition();
    void roleArnOfAnotherPartitionIsRefusedBeforeAnyRequest_data();
    void roleArnOfAnotherPartitionIsRefusedBeforeAnyRequest();
    void templateTrustsTheConsoleAccountConfiguredForThePartition();
    void templateAsksStsOfTheRecordsPartitionWhenNoAccountIsConfigured();
    void malformedTrustedAccountSettingIsRefused();
    void templateAndOrgTemplateWriteTerraform();
};

void TestPartitions::verifiesAndDiscoversInPartition(const PartitionCase &p)
{
    const auto [id, externalId] = createPending(p.home);
    QVERIFY(!id.isEmpty());
    m_scenario = registerPartitionScenario(p, externalId);
    const CliRun verified
        = run({ u"--json"_s, u"verify"_s, id, u"--role-arn"_s, roleArn(p.partition), u"--wait-for-role"_s, u"0"_s });
    COMPARE_EXIT(verified, 0);
    const QJsonObject o = QJsonDocument::fromJson(verified.out).object();
    QCOMPARE(o.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(o.value(u"aws_account_id"_s).toString(), FakeAws::customerAccount());
    QCOMPARE(o.value(u"instance_count"_s).toInt(), 5); // 3 in the home region, 2 in the other

    // Every request was signed for a region of the partition: STS (AssumeRole with and without the External ID)
    // for the home region, EC2 for each of the partition's regions DescribeRegions listed.
    const QJsonArray log = m_fake.requestLog(m_scenario, m_session);
    QSet<QString> ec2Regions;
    int assumeRoles = 0;
    for (const QJsonValue &v : log) {
        const QJsonObject e = v.toObject();
        const QString region = e.value(u"region"_s).toString();
        QVERIFY2(region == p.home || region == p.other,
            qPrintable(u"%1 signed for %2"_s.arg(e.value(u"action"_s).toString(), region)));
        if (e.value(u"service"_s).toString() == u"sts") {
            QCOMPARE(region, p.home);
            assumeRoles += e.value(u"action"_s).toString() == u"AssumeRole";
        } else if (e.value(u"action"_s).toString() == u"DescribeInstances") {
            ec2Regions.insert(region);
        }
        // The fake refuses keys of another partition with InvalidClientTokenId/AuthFailure: none was sent.
        QVERIFY2(
            e.value(u"code"_s).toString() != u"InvalidClientTokenId" && e.value(u"code"_s).toString() != u"AuthFailure",
            qPrintable(QString::fromUtf8(QJsonDocument(e).toJson())));
    }
    QCOMPARE(assumeRoles, 2);
    QCOMPARE(ec2Regions, (QSet<QString> { p.home, p.other }));

    const CliRun accounts = run({ u"--json"_s, u"accounts"_s });
    COMPARE_EXIT(accounts, 0);
    QVERIFY2(accounts.out.contains(FakeAws::customerAccount().toUtf8()), accounts.out.constData());
}

void TestPartitions::bareAccountIdBecomesARoleArnOfTheHomePartition()
{
    const PartitionCase p = govCloud();
    const auto [id, externalId] = createPending(p.home);
    m_scenario = registerPartitionScenario(p, externalId);
    const CliRun verified = run({ u"--json"_s, u"verify"_s, id, u"--role-arn"_s, FakeAws::customerAccount() });
    COMPARE_EXIT(verified, 0);
    // The fake grants AssumeRole only for the role of the scenario's ARN, arn:aws-us-gov:…
    for (const QJsonValue &v : m_fake.requestLog(m_scenario, m_session)) {
        const QJsonObject e = v.toObject();
        if (e.value(u"action"_s).toString() == u"AssumeRole")
            QCOMPARE(e.value(u"role_arn"_s).toString(), roleArn(p.partition));
    }
}

void TestPartitions::roleArnOfAnotherPartitionIsRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("named");
    QTest::newRow("GovCloud ARN, commercial console") << u"us-east-1"_s << roleArn(u"aws-us-gov"_s) << u"aws-us-gov"_s;
    QTest::newRow("China ARN, commercial console") << u"eu-west-1"_s << roleArn(u"aws-cn"_s) << u"aws-cn"_s;
    QTest::newRow("commercial ARN, GovCloud console") << u"us-gov-west-1"_s << roleArn(u"aws"_s) << u"aws-us-gov"_s;
    QTest::newRow("GovCloud ARN, China console") << u"cn-north-1"_s << roleArn(u"aws-us-gov"_s) << u"aws-cn"_s;
}

void TestPartitions::roleArnOfAnotherPartitionIsRefusedBeforeAnyRequest()
{
    QFETCH(QString, home);
    QFETCH(QString, arn);
    QFETCH(QString, named);
    const auto [id, externalId] = createPending(home);
    QVERIFY(!id.isEmpty());
    const CliRun r = run({ u"--json"_s, u"verify"_s, id, u"--role-arn"_s, arn });
    COMPARE_EXIT(r, 2);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"InvalidArn.PartitionMismatch"_s);
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.contains(home) && message.contains(named) && message.contains(arn), qPrintable(message));
    QVERIFY2(m_fake.requestLog(m_scenario, m_session).isEmpty(), "a request was sent for a refused ARN");
}

void TestPartitions::templateTrustsTheConsoleAccountConfiguredForThePartition()
{
    const auto [govId, govExternal] = createPending(u"us-gov-west-1"_s);
    const auto [cnId, cnExternal] = createPending(u"cn-north-1"_s);
    QProcessEnvironment env = environment();
    env.insert(u"ONRAMP_TRUSTED_ACCOUNT_AWS_US_GOV"_s, u"210987654321"_s);
    env.insert(u"ONRAMP_TRUSTED_ACCOUNT_AWS_CN"_s, u"310987654321"_s);
    env.insert(u"ONRAMP_TRUSTED_ACCOUNT_AWS"_s, u"410987654321"_s);
    const CliRun gov = run({ u"template"_s, govId }, env);
    COMPARE_EXIT(gov, 0);
    const QJsonObject govParameters = QJsonDocument::fromJson(gov.out).object().value(u"Parameters"_s).toObject();
    QCOMPARE(govParameters.value(u"TrustedAccountId"_s).toObject().value(u"Default"_s).toString(), u"210987654321"_s);
    const CliRun cn = run({ u"template"_s, cnId, u"--format"_s, u"terraform"_s }, env);
    COMPARE_EXIT(cn, 0);
    QVERIFY2(cn.out.contains("default     = \"310987654321\""), cn.out.constData());
    // A configured account needs no STS call.
    QVERIFY(m_fake.requestLog(m_scenario, m_session).isEmpty());
}

void TestPartitions::templateAsksStsOfTheRecordsPartitionWhenNoAccountIsConfigured()
{
    const PartitionCase p = china();
    const auto [id, externalId] = createPending(p.home);
    m_scenario = registerPartitionScenario(p, externalId);
    const CliRun r = run({ u"template"_s, id });
    COMPARE_EXIT(r, 0);
    const QJsonObject parameters = QJsonDocument::fromJson(r.out).object().value(u"Parameters"_s).toObject();
    QCOMPARE(
        parameters.value(u"TrustedAccountId"_s).toObject().value(u"Default"_s).toString(), FakeAws::consoleAccount());
    const QJsonArray log = m_fake.requestLog(m_scenario, m_session);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(u"action"_s).toString(), u"GetCallerIdentity"_s);
    QCOMPARE(log.at(0).toObject().value(u"region"_s).toString(), p.home);
}

void TestPartitions::malformedTrustedAccountSettingIsRefused()
{
    QProcessEnvironment env = environment();
    env.insert(u"ONRAMP_TRUSTED_ACCOUNT_AWS_CN"_s, u"12345"_s);
    const CliRun r = run({ u"--json"_s, u"accounts"_s }, env);
    COMPARE_EXIT(r, 2);
    QVERIFY2(r.stderrText().contains(u"ONRAMP_TRUSTED_ACCOUNT_AWS_CN"_s), qPrintable(r.stderrText()));
}

void TestPartitions::templateAndOrgTemplateWriteTerraform()
{
    // `--format terraform` of both template commands (tst_templatebuilder parses the HCL and compares the role).
    const auto [id, externalId] = createPending(u"us-gov-west-1"_s);
    const CliRun single
        = run({ u"template"_s, id, u"--format"_s, u"terraform"_s, u"--trusted-account"_s, u"123456789012"_s });
    COMPARE_EXIT(single, 0);
    QVERIFY2(single.out.contains("resource \"aws_iam_role\" \"onramp_discovery_role\""), single.out.constData());
    QVERIFY2(single.out.contains("output \"role_arn\""), single.out.constData());
    QVERIFY2(single.out.contains(externalId.toUtf8()), single.out.constData());
    QVERIFY2(single.out.contains("arn:${data.aws_partition.current.partition}:iam::${var.trusted_account_id}:root"),
        single.out.constData());

    const CliRun org = run({ u"--json"_s, u"--region"_s, u"us-gov-west-1"_s, u"org"_s, u"create"_s });
    COMPARE_EXIT(org, 0);
    const QString orgId = QJsonDocument::fromJson(org.out).object().value(u"id"_s).toString();
    const CliRun orgTf = run({ u"org"_s, u"template"_s, orgId, u"--ou"_s, u"r-a1b2"_s, u"--format"_s, u"terraform"_s,
        u"--trusted-account"_s, u"123456789012"_s });
    COMPARE_EXIT(orgTf, 0);
    QVERIFY2(orgTf.out.contains("resource \"aws_cloudformation_stack_set\""), orgTf.out.constData());
    QVERIFY2(orgTf.out.contains("resource \"aws_cloudformation_stack_set_instance\""), orgTf.out.constData());
    QVERIFY2(orgTf.out.contains("\"SERVICE_MANAGED\""), orgTf.out.constData());

    const CliRun bad = run({ u"template"_s, id, u"--format"_s, u"hcl"_s });
    COMPARE_EXIT(bad, 2);
    QVERIFY2(bad.stderrText().contains(u"terraform"_s), qPrintable(bad.stderrText()));
}

QTEST_GUILESS_MAIN(TestPartitions)
#include "tst_partitions.moc"
