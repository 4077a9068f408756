// Acceptance tests of onrampctl: the command-line contract driven as a script would, through the fake AWS endpoint
// (HTTPS) and the real Secret Service, asserting exit codes, JSON, stderr, the database and the keychain.
#include "../reliability/reliability.h"
#include "../support/fakeaws.h"
#include "../support/stdinfifo.h"
#include "aws/permissionprobe.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <signal.h>
#include <utility>
#include <vector>

#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

#ifndef ONRAMPCTL_PATH
#error "ONRAMPCTL_PATH must name the onrampctl executable (tests/cli/CMakeLists.txt)"
#endif

/// Leaves the test function when a helper it called has already failed.
#define RETURN_IF_FAILED()                                                                                             \
    do {                                                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

/// Compares an onrampctl run's exit code and prints the whole run (args, stdout, stderr) when it differs.
#define COMPARE_EXIT(run, expected)                                                                                    \
    do {                                                                                                               \
        if ((run).exitCode != (expected))                                                                              \
            QFAIL(qPrintable((run).describe(u"expected exit code %1"_s.arg(expected))));                               \
    } while (false)

namespace {

constexpr int kCfnInstances = 2345;
const QString kUserAlice = u"alice"_s;
const QString kUserBob = u"bob"_s;

struct Pending
{
    QString id;
    QString externalId;
};

/// A CloudFormation value resolved against the template's own parameter defaults (Ref, Fn::Sub, literals).
QString resolveCfn(const QJsonValue &value, const QJsonObject &parameters)
{
    auto ref = [&parameters](const QString &name) {
        if (name == u"AWS::Partition"_s)
            return u"aws"_s;
        return parameters.value(name).toObject().value(u"Default"_s).toString(u"<no default for %1>"_s.arg(name));
    };
    if (value.isString())
        return value.toString();
    const QJsonObject o = value.toObject();
    if (o.contains(u"Ref"_s))
        return ref(o.value(u"Ref"_s).toString());
    if (o.contains(u"Fn::Sub"_s)) {
        QString s = o.value(u"Fn::Sub"_s).toString();
        static const QRegularExpression var(uR"(\$\{([A-Za-z0-9:]+)\})"_s);
        QRegularExpressionMatch m;
        while ((m = var.match(s)).hasMatch())
            s.replace(m.capturedStart(), m.capturedLength(), ref(m.captured(1)));
        return s;
    }
    return u"<unresolvable %1>"_s.arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

/// What connect-keys reads: the access key id and the secret, one per line (secrets never go on the command line).
QByteArray keysOnStdin(const QString &keyId, const QString &secret)
{
    return (keyId + u'\n' + secret + u'\n').toUtf8();
}

QStringList asStringList(const QJsonValue &v)
{
    if (v.isString())
        return { v.toString() };
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

QJsonObject accountById(const QJsonArray &accounts, const QString &id)
{
    for (const QJsonValue &v : accounts) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

/// The role the fake answers AssumeRole for: the customer's discovery role, trusting the console account.
/// The IAM actions of \a actions as the fake's allowed_actions.
QJsonArray actionsOf(const QList<RequiredAction> &actions)
{
    QJsonArray out;
    for (const RequiredAction &a : actions)
        out.append(QString::fromLatin1(a.iamAction));
    return out;
}

/// The discovery role as the record's template creates it (every action of discoveryActions()); \a olderTemplate:
/// as a template made before RDS discovery did (the EC2 actions only).
QJsonObject discoveryRole(const QString &externalId, int appearsAfterAttempts = 0, bool olderTemplate = false)
{
    return QJsonObject { { u"arn"_s, FakeAws::customerRoleArn() }, { u"external_id"_s, externalId },
        { u"trusted_accounts"_s, QJsonArray { FakeAws::consoleAccount() } },
        { u"allowed_actions"_s, actionsOf(olderTemplate ? requiredEc2Actions() : discoveryActions()) },
        { u"appears_after_attempts"_s, appearsAfterAttempts }, { u"max_session_seconds"_s, 3600 } };
}

/// The discovery role as someone wrote it by hand without the External ID condition: any customer of the console's
/// account could reach it.
QJsonObject openDiscoveryRole()
{
    QJsonObject role = discoveryRole({});
    role.insert(u"external_id"_s, QJsonValue::Null);
    return role;
}

QJsonObject identity(
    const QString &keyId, const QString &secret, const QString &account, const QString &arn, const QJsonArray &allowed)
{
    return QJsonObject { { u"access_key_id"_s, keyId }, { u"secret_access_key"_s, secret }, { u"account"_s, account },
        { u"arn"_s, arn }, { u"allowed_actions"_s, allowed } };
}

const QJsonArray kDescribeActions = actionsOf(discoveryActions());

// A second customer account, for the trial plan's "one account" rule.
const QString kSecondKeyId = u"AKIASECONDCUSTOMER01"_s;
const QString kSecondSecret = u"SecondCustomer/K7MDENG+bPxRfiCYEXAMPLEKY"_s;
const QString kSecondAccount = u"444455556666"_s;

} // namespace

class TestOnrampctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cloudFormationOnboardingActivatesAccountWithAll2345Instances();
    void databasesAreListedByKindAndCountedApart();
    void aStackFromBeforeRdsDiscoveryStaysActiveWithDatabasesNotPermitted();
    void verifyAcceptsBareAccountIdAsTheTemplatesRole();
    void accessKeysConnectStoresSecretOnlyInKeychain();
    void invalidSecretIsRejectedAndNothingIsStored();
    void malformedAccessKeyIdIsRefusedBeforeAnyNetworkCall_data();
    void malformedAccessKeyIdIsRefusedBeforeAnyNetworkCall();
    void malformedRoleArnIsRefusedWithPreciseMessage_data();
    void malformedRoleArnIsRefusedWithPreciseMessage();
    void wrongExternalIdIsRejectedAndRecordStaysPending();
    void secondUserCannotTakeOverConnectedAwsAccount();
    void concurrentConnectsOfOneAwsAccountLeaveOneOwnerAndOneSecret();
    void trialPlanAllowsOneLiveAccountUntilDisconnect();
    void roleThatAppearsLateConnectsOnlyWithWaitForRole();
    void deniedRegionIsReportedWithoutHidingOtherRegions();
    void zeroInstancesIsActiveNotAnError();
    void slowDiscoveryWarnsAndStillCompletes();
    void disconnectDeletesKeychainEntryAndIsAudited();
    void disconnectAfterSwitchingFromKeysToRoleLeavesNoSecret();
    void killDuringDiscoveryLeavesConsistentDatabaseForRerun();
    void doctorPassesEveryCheckAgainstTheFake();
    void roleThatDoesNotRequireTheExternalIdIsRefused();
    void rootUserAccessKeysAreRefusedAndNothingIsStored();
    void doctorReportsRegistryFilesOtherUsersCanRead();
    void missingKeychainFailsDoctorFastAndConnectKeysWithExit9();
    void teamModeRefusesUserOption();
    void databasePasswordOnTheCommandLineIsRefused_data();
    void databasePasswordOnTheCommandLineIsRefused();
    void weakSslModeToARemoteDatabaseIsRefusedWithExit2();
    void teamModeTakesPasswordsFromEnvironmentAndEitherScheme();
    void plainHttpEndpointToAnotherComputerIsRefusedWithExit2BeforeAnyRequest();
    void endpointOverrideIsAnnouncedOnStderrOncePerRun();
    void runningOnrampctlIsNotDumpableAndCannotWriteACore();
    void progressLineOnlyWhenStderrIsATerminalAndNeverWithJson();
    void emulatorAndProxyErrorAnswersGiveTheSpecificError_data();
    void teamModeSetUpByTheReadmeStepsVerbatim();
    void emulatorAndProxyErrorAnswersGiveTheSpecificError();

private:
    QProcessEnvironment environment(const QString &user = kUserAlice) const;
    CliRun run(const QStringList &args, const QByteArray &input = {}) { return runWith(environment(), args, input); }
    CliRun runWith(const QProcessEnvironment &env, const QStringList &args, const QByteArray &input = {}) const;
    /// Parses stdout as exactly one JSON document (the contract for --json); fails the test otherwise.
    QJsonDocument json(const CliRun &run) const;
    CliRun connectKeys(const QString &keyId, const QString &secret, const QStringList &extraArgs = {});
    Pending createPending(const QStringList &userArgs = {});
    QJsonArray accounts(const QStringList &userArgs = {});
    QString registerScenario(const QString &stem, const QJsonObject &scenario) const;
    /// The customer's stack as a record's template creates it: scenario \a base plus the discovery role requiring
    /// \a externalId. onrampctl talks to it from now on.
    void useRoleScenario(
        const QString &stem, const QString &base, const QString &externalId, int appearsAfterAttempts = 0);
    CliRun verify(
        const QString &id, const QString &roleArn, const QStringList &options = {}, const QStringList &userArgs = {})
    {
        return run(userArgs + QStringList { u"--json"_s, u"verify"_s, id, u"--role-arn"_s, roleArn } + options);
    }
    QJsonArray awsLog() const { return m_fake.requestLog(m_scenario, m_session); }
    void expectError(const CliRun &run, int exitCode, const QString &code, const QString &messagePart);
    void expectActive(const CliRun &run, const QString &awsAccountId, int instanceCount);

    // Keychain, as the Secret Service shows it (secret-tool from libsecret-tools).
    QStringList keychainKeys() const;
    QByteArray keychainSecret(const QString &key) const;
    // Database, read directly.
    QVariant dbScalar(const QString &sql, bool readOnly = false) const;
    QStringList dbColumn(const QString &sql) const;
    QStringList filesContaining(const QByteArray &needle) const;

    FakeAws m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_service;
    QString m_session;
    QString m_scenario;
};

void TestOnrampctl::initTestCase()
{
    m_fake = FakeAws::fromEnvironment();
    QVERIFY2(m_fake.isValid(), qPrintable(m_fake.why()));
    QVERIFY2(QFile::exists(QStringLiteral(ONRAMPCTL_PATH)), ONRAMPCTL_PATH);
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
        "secret-tool (libsecret-tools) is needed to check what the keychain holds");
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "no D-Bus session: run the suite inside scripts/with-keyring.sh");
}

void TestOnrampctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"registry.db"_s);
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    m_session = FakeAws::uniqueSession(u"cli-"_s + test.left(40));
    m_service = u"onramp-clitest-"_s + m_session;
    m_scenario = u"basic"_s;
}

void TestOnrampctl::cleanup()
{
    // The keyring is thrown away with the run, but a test must not leave entries for the next one to see.
    QProcess clear;
    clear.start(u"secret-tool"_s, { u"clear"_s, u"server"_s, m_service });
    clear.waitForFinished(15000);
    m_dir.reset();
}

QProcessEnvironment TestOnrampctl::environment(const QString &user) const
{
    // Nothing of the caller's AWS or Onramp setup may leak into a test.
    return m_fake.cliEnvironment(m_scenario, m_session, m_dir->path(), m_db, m_service, user);
}

CliRun TestOnrampctl::runWith(const QProcessEnvironment &env, const QStringList &args, const QByteArray &input) const
{
    return runOnrampctl(env, args, input);
}

QJsonDocument TestOnrampctl::json(const CliRun &run) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(
            qPrintable(run.describe(u"stdout is not one JSON document: "_s + error.errorString())), __FILE__, __LINE__);
    return doc;
}

CliRun TestOnrampctl::connectKeys(const QString &keyId, const QString &secret, const QStringList &extraArgs)
{
    // Secrets travel on stdin only, one per line, as the contract says; never on the command line.
    return run(extraArgs + QStringList { u"--json"_s, u"connect-keys"_s }, keysOnStdin(keyId, secret));
}

Pending TestOnrampctl::createPending(const QStringList &userArgs)
{
    const CliRun r = run(userArgs + QStringList { u"--json"_s, u"create"_s });
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(r.describe(u"create failed"_s)), __FILE__, __LINE__);
        return {};
    }
    const QJsonObject o = json(r).object();
    Pending p { o.value(u"id"_s).toString(), o.value(u"external_id"_s).toString() };
    if (o.value(u"status"_s).toString() != u"pending"_s || p.id.isEmpty() || p.externalId.size() < 20)
        QTest::qFail(
            qPrintable(r.describe(u"create --json lacks id/external_id/status pending"_s)), __FILE__, __LINE__);
    return p;
}

QJsonArray TestOnrampctl::accounts(const QStringList &userArgs)
{
    const CliRun r = run(userArgs + QStringList { u"--json"_s, u"accounts"_s });
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(r.describe(u"accounts failed"_s)), __FILE__, __LINE__);
        return {};
    }
    const QJsonDocument doc = json(r);
    if (!doc.isArray())
        QTest::qFail(qPrintable(r.describe(u"accounts --json is not an array"_s)), __FILE__, __LINE__);
    return doc.array();
}

QString TestOnrampctl::registerScenario(const QString &stem, const QJsonObject &scenario) const
{
    const QString name = u"cli-"_s + stem + u'-' + m_session;
    if (!m_fake.putScenario(name, scenario))
        QTest::qFail(qPrintable(u"the fake refused scenario "_s + name), __FILE__, __LINE__);
    return name;
}

void TestOnrampctl::useRoleScenario(
    const QString &stem, const QString &base, const QString &externalId, int appearsAfterAttempts)
{
    m_scenario = registerScenario(stem,
        QJsonObject {
            { u"extends"_s, base }, { u"roles"_s, QJsonArray { discoveryRole(externalId, appearsAfterAttempts) } } });
}

void TestOnrampctl::expectError(const CliRun &run, int exitCode, const QString &code, const QString &messagePart)
{
    COMPARE_EXIT(run, exitCode);
    const QJsonObject error = json(run).object().value(u"error"_s).toObject();
    RETURN_IF_FAILED();
    if (!code.isEmpty() && error.value(u"code"_s).toString() != code)
        QFAIL(qPrintable(run.describe(u"expected error code "_s + code)));
    if (!error.value(u"message"_s).toString().contains(messagePart))
        QFAIL(qPrintable(run.describe(u"the JSON error message lacks \"%1\""_s.arg(messagePart))));
    const QStringList lines = run.errorLines();
    if (lines.size() != 1 || !lines.first().contains(messagePart))
        QFAIL(qPrintable(run.describe(u"expected exactly one stderr line \"onrampctl: …%1…\""_s.arg(messagePart))));
}

void TestOnrampctl::expectActive(const CliRun &run, const QString &awsAccountId, int instanceCount)
{
    COMPARE_EXIT(run, 0);
    const QJsonObject o = json(run).object();
    RETURN_IF_FAILED();
    if (o.value(u"status"_s).toString() != u"active"_s || o.value(u"aws_account_id"_s).toString() != awsAccountId
        || o.value(u"instance_count"_s).toInteger(-1) != instanceCount || o.contains(u"error"_s)
        || o.value(u"id"_s).toString().isEmpty())
        QFAIL(qPrintable(run.describe(u"expected status active, aws_account_id %1, instance_count %2"_s.arg(
            awsAccountId, QString::number(instanceCount)))));
}

QStringList TestOnrampctl::keychainKeys() const
{
    QProcess p;
    p.start(u"secret-tool"_s, { u"search"_s, u"--all"_s, u"server"_s, m_service });
    if (!p.waitForFinished(15000))
        return { u"<secret-tool timed out>"_s };
    // secret-tool prints the attributes on stdout or stderr depending on its version: read both.
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + '\n' + p.readAllStandardError());
    QStringList keys;
    static const QRegularExpression user(uR"(^attribute\.user = (.*)$)"_s, QRegularExpression::MultilineOption);
    for (auto it = user.globalMatch(text); it.hasNext();)
        keys.append(it.next().captured(1).trimmed());
    return keys;
}

QByteArray TestOnrampctl::keychainSecret(const QString &key) const
{
    QProcess p;
    p.start(u"secret-tool"_s, { u"lookup"_s, u"server"_s, m_service, u"user"_s, key });
    if (!p.waitForFinished(15000))
        return {};
    const QByteArray raw = p.readAllStandardOutput().trimmed();
    // QtKeychain may store the bytes base64-encoded (attribute type=base64): show what the application stored.
    const auto decoded = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : raw;
}

QVariant TestOnrampctl::dbScalar(const QString &sql, bool readOnly) const
{
    static int counter = 0;
    const QString name = u"tst_onrampctl_%1"_s.arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_db);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        else
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (QFile::exists(m_db) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QStringList TestOnrampctl::dbColumn(const QString &sql) const
{
    const QString name = u"tst_onrampctl_column"_s;
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_db);
        if (QFile::exists(m_db) && db.open()) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                values.append(u"<query failed: %1>"_s.arg(q.lastError().text()));
            while (q.next())
                values.append(q.value(0).toString());
        } else {
            values.append(u"<cannot open %1>"_s.arg(m_db));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QStringList TestOnrampctl::filesContaining(const QByteArray &needle) const
{
    QStringList hits;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(f.fileName());
    }
    return hits;
}

// 1. create -> template -> verify with the full Role ARN -> active with exactly 2,345 instances.
void TestOnrampctl::cloudFormationOnboardingActivatesAccountWithAll2345Instances()
{
    const Pending pending = createPending();
    RETURN_IF_FAILED();
    QVERIFY2(pending.externalId.startsWith(u"onramp-"_s), qPrintable(pending.externalId));
    // The customer's stack, as the template would create it: a role that requires this record's External ID.
    useRoleScenario(u"cfn"_s, u"cfn-2345"_s, pending.externalId);
    RETURN_IF_FAILED();

    const CliRun tpl = run({ u"--json"_s, u"template"_s, pending.id });
    COMPARE_EXIT(tpl, 0);
    const QJsonObject doc = json(tpl).object();
    RETURN_IF_FAILED();
    const QJsonObject parameters = doc.value(u"Parameters"_s).toObject();
    QJsonObject role;
    for (const QJsonValue &r : doc.value(u"Resources"_s).toObject()) {
        if (r.toObject().value(u"Type"_s).toString() == u"AWS::IAM::Role"_s)
            role = r.toObject().value(u"Properties"_s).toObject();
    }
    QVERIFY2(!role.isEmpty(), "the template has no AWS::IAM::Role");
    QStringList principals;
    QStringList externalIds;
    for (const QJsonValue &s : role.value(u"AssumeRolePolicyDocument"_s).toObject().value(u"Statement"_s).toArray()) {
        const QJsonObject st = s.toObject();
        if (st.value(u"Effect"_s).toString() != u"Allow"_s
            || !asStringList(st.value(u"Action"_s)).contains(u"sts:AssumeRole"_s))
            continue;
        const QJsonValue aws = st.value(u"Principal"_s).toObject().value(u"AWS"_s);
        const QJsonArray list = aws.isArray() ? aws.toArray() : QJsonArray { aws };
        for (const QJsonValue &p : list)
            principals.append(resolveCfn(p, parameters));
        externalIds.append(resolveCfn(
            st.value(u"Condition"_s).toObject().value(u"StringEquals"_s).toObject().value(u"sts:ExternalId"_s),
            parameters));
    }
    // The trusted account defaults to the console identity's account (GetCallerIdentity through the fake).
    QCOMPARE(principals, QStringList { u"arn:aws:iam::999988887777:root"_s });
    QCOMPARE(externalIds, QStringList { pending.externalId });
    QCOMPARE(parameters.value(u"ExternalId"_s).toObject().value(u"Default"_s).toString(), pending.externalId);
    QVERIFY2(doc.value(u"Outputs"_s).toObject().contains(u"RoleArn"_s), "the template has no RoleArn output");
    // Read-only discovery: every permission the role gets is an ec2:Describe* or rds:Describe* action.
    QStringList granted;
    for (const QJsonValue &policy : role.value(u"Policies"_s).toArray()) {
        for (const QJsonValue &s :
            policy.toObject().value(u"PolicyDocument"_s).toObject().value(u"Statement"_s).toArray())
            granted += asStringList(s.toObject().value(u"Action"_s));
    }
    QVERIFY(granted.contains(u"ec2:DescribeInstances"_s) || granted.contains(u"ec2:Describe*"_s));
    QVERIFY(granted.contains(u"rds:DescribeDBInstances"_s));
    for (const QString &action : std::as_const(granted))
        QVERIFY2(action.startsWith(u"ec2:Describe"_s) || action.startsWith(u"rds:Describe"_s),
            qPrintable(u"not read-only: "_s + action));

    const CliRun verified = verify(pending.id, FakeAws::customerRoleArn());
    expectActive(verified, FakeAws::customerAccount(), kCfnInstances);
    RETURN_IF_FAILED();
    QCOMPARE(json(verified).object().value(u"id"_s).toString(), pending.id);
    // onrampctl ends without tearing its network stack down (ConsoleSession::closeForExit()), but after closing the
    // registry: the last checkpoint was made and the WAL removed, as SQLite does when its last connection closes.
    QVERIFY2(!QFile::exists(m_db + u"-wal"_s), "onrampctl ended without closing the registry: its -wal file is left");

    // instances --json --kind ec2: JSON Lines, one object per instance, every field of the contract.
    const CliRun listed = run({ u"--json"_s, u"instances"_s, pending.id, u"--kind"_s, u"ec2"_s });
    COMPARE_EXIT(listed, 0);
    QList<QByteArray> lines = listed.out.split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size(), kCfnInstances);
    static const QStringList fields { u"kind"_s, u"instance_id"_s, u"region"_s, u"availability_zone"_s, u"state"_s,
        u"instance_type"_s, u"lifecycle"_s, u"private_ip"_s, u"public_ip"_s, u"launch_time"_s, u"name"_s, u"cluster"_s,
        u"tags"_s };
    static const QStringList states { u"pending"_s, u"running"_s, u"shutting-down"_s, u"terminated"_s, u"stopping"_s,
        u"stopped"_s };
    QStringList problems;
    QSet<QString> ids;
    QHash<QString, int> perRegion;
    int spot = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError) {
            problems.append(u"not JSON: "_s + QString::fromUtf8(line.left(200)));
            continue;
        }
        for (const QString &f : fields) {
            if (!o.contains(f))
                problems.append(u"missing %1 in %2"_s.arg(f, QString::fromUtf8(line.left(200))));
        }
        const QString id = o.value(u"instance_id"_s).toString();
        const QString region = o.value(u"region"_s).toString();
        ids.insert(id);
        ++perRegion[region];
        const QString lifecycle = o.value(u"lifecycle"_s).toString();
        spot += lifecycle == u"spot"_s;
        auto stringOrNull = [&o](const QString &f) { return o.value(f).isString() || o.value(f).isNull(); };
        if (!id.startsWith(u"i-"_s) || o.value(u"kind"_s).toString() != u"ec2"_s
            || !o.value(u"availability_zone"_s).toString().startsWith(region)
            || !states.contains(o.value(u"state"_s).toString()) || o.value(u"instance_type"_s).toString().isEmpty()
            || (lifecycle != u"spot"_s && lifecycle != u"on-demand"_s) || !o.value(u"tags"_s).isObject()
            || !stringOrNull(u"private_ip"_s) || !stringOrNull(u"public_ip"_s) || !stringOrNull(u"launch_time"_s)
            || !stringOrNull(u"name"_s) || !stringOrNull(u"cluster"_s))
            problems.append(u"bad values: "_s + QString::fromUtf8(line.left(300)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    QCOMPARE(ids.size(), kCfnInstances);
    const QHash<QString, int> expectedPerRegion { { u"us-east-1"_s, 1200 }, { u"us-west-2"_s, 600 },
        { u"eu-west-1"_s, 345 }, { u"ap-southeast-2"_s, 150 }, { u"eu-central-1"_s, 50 } };
    QCOMPARE(perRegion, expectedPerRegion);
    QVERIFY2(spot > 0 && spot < kCfnInstances, qPrintable(u"spot instances: %1"_s.arg(spot)));

    const QJsonObject listedAccount = accountById(accounts(), pending.id);
    RETURN_IF_FAILED();
    QCOMPARE(listedAccount.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(listedAccount.value(u"aws_account_id"_s).toString(), FakeAws::customerAccount());
    QCOMPARE(listedAccount.value(u"method"_s).toString(), u"iam_role"_s);
    QCOMPARE(listedAccount.value(u"owner"_s).toString(), kUserAlice);
    QCOMPARE(listedAccount.value(u"instance_count"_s).toInteger(), kCfnInstances);
    QVERIFY(listedAccount.value(u"last_error"_s).isNull());
}

// RDS: databases beside instances; `instances --kind`; database_count beside instance_count.
void TestOnrampctl::databasesAreListedByKindAndCountedApart()
{
    const Pending pending = createPending();
    RETURN_IF_FAILED();
    useRoleScenario(u"rds"_s, u"basic"_s, pending.externalId);
    RETURN_IF_FAILED();
    const CliRun verified = verify(pending.id, FakeAws::customerRoleArn());
    COMPARE_EXIT(verified, 0);
    const QJsonObject result = json(verified).object();
    QCOMPARE(result.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(result.value(u"database_count"_s).toInteger(-1), 5);
    const qint64 ec2Count = result.value(u"instance_count"_s).toInteger(-1);
    QVERIFY(ec2Count > 0);
    QVERIFY2(result.value(u"message"_s).toString().contains(u"5 database"_s), qPrintable(verified.describe({})));

    auto lines = [this](const QStringList &args) {
        const CliRun r = run(QStringList { u"--json"_s, u"instances"_s } + args);
        QList<QJsonObject> out;
        if (r.exitCode != 0)
            return out;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    };
    const QList<QJsonObject> databases = lines({ pending.id, u"--kind"_s, u"rds"_s });
    QCOMPARE(databases.size(), 5);
    static const QStringList fields { u"kind"_s, u"instance_id"_s, u"region"_s, u"availability_zone"_s, u"state"_s,
        u"instance_type"_s, u"engine"_s, u"engine_version"_s, u"multi_az"_s, u"storage_gb"_s, u"name"_s,
        u"launch_time"_s, u"tags"_s };
    QJsonObject orders;
    for (const QJsonObject &o : databases) {
        for (const QString &f : fields)
            QVERIFY2(o.contains(f), qPrintable(u"missing "_s + f));
        QCOMPARE(o.value(u"kind"_s).toString(), u"rds"_s);
        QVERIFY(o.value(u"multi_az"_s).isBool());
        QVERIFY(o.value(u"storage_gb"_s).isDouble());
        QCOMPARE(o.value(u"name"_s).toString(), o.value(u"instance_id"_s).toString());
        if (o.value(u"instance_id"_s).toString() == u"orders-db"_s)
            orders = o;
    }
    QCOMPARE(orders.value(u"region"_s).toString(), u"us-east-1"_s);
    QCOMPARE(orders.value(u"availability_zone"_s).toString(), u"us-east-1a"_s);
    QCOMPARE(orders.value(u"state"_s).toString(), u"available"_s);
    QCOMPARE(orders.value(u"instance_type"_s).toString(), u"db.m6g.large"_s);
    QCOMPARE(orders.value(u"engine"_s).toString(), u"postgres"_s);
    QCOMPARE(orders.value(u"engine_version"_s).toString(), u"16.3"_s);
    QCOMPARE(orders.value(u"multi_az"_s).toBool(), true);
    QCOMPARE(orders.value(u"storage_gb"_s).toInteger(), 200);
    QCOMPARE(orders.value(u"launch_time"_s).toString(), u"2024-02-01T09:30:00Z"_s);
    QCOMPARE(orders.value(u"tags"_s).toObject().value(u"Team"_s).toString(), u"R&D <core> \"α\" 'β'"_s);

    const QList<QJsonObject> instances = lines({ pending.id, u"--kind"_s, u"ec2"_s });
    QCOMPARE(instances.size(), ec2Count);
    for (const QJsonObject &o : instances)
        QCOMPARE(o.value(u"kind"_s).toString(), u"ec2"_s);
    QCOMPARE(lines({ pending.id }).size(), ec2Count + 5);
    const CliRun bad = run({ u"--json"_s, u"instances"_s, pending.id, u"--kind"_s, u"s3"_s });
    COMPARE_EXIT(bad, 2);

    const QJsonObject listed = accountById(accounts(), pending.id);
    RETURN_IF_FAILED();
    QCOMPARE(listed.value(u"database_count"_s).toInteger(-1), 5);
    QCOMPARE(listed.value(u"instance_count"_s).toInteger(-1), ec2Count);
}

// RDS: a role made from a template older than RDS discovery still connects; its databases are "not permitted".
void TestOnrampctl::aStackFromBeforeRdsDiscoveryStaysActiveWithDatabasesNotPermitted()
{
    const Pending pending = createPending();
    RETURN_IF_FAILED();
    m_scenario = registerScenario(u"rds-old"_s,
        QJsonObject { { u"extends"_s, u"basic"_s },
            { u"roles"_s, QJsonArray { discoveryRole(pending.externalId, 0, /*olderTemplate*/ true) } } });
    RETURN_IF_FAILED();
    const CliRun verified = verify(pending.id, FakeAws::customerRoleArn());
    COMPARE_EXIT(verified, 0);
    const QJsonObject result = json(verified).object();
    QCOMPARE(result.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(!result.contains(u"error"_s));
    QCOMPARE(result.value(u"database_count"_s).toInteger(-1), 0);
    const QString message = result.value(u"message"_s).toString();
    QVERIFY2(
        message.contains(u"Databases not permitted — update the stack to include databases"_s), qPrintable(message));
    QVERIFY2(message.contains(u"onrampctl template "_s + pending.id), qPrintable(message));
    // Also right after the verify, before discovery (the probe): --no-wait.
    const QJsonObject listed = accountById(accounts(), pending.id);
    RETURN_IF_FAILED();
    QCOMPARE(listed.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(listed.value(u"last_error"_s).isNull());
    // The probe was the smallest real call, and denied: AccessDenied, not a failure.
    int probes = 0;
    for (const QJsonValue &v : awsLog()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"action"_s).toString() == u"DescribeDBInstances"_s) {
            QCOMPARE(e.value(u"code"_s).toString(), u"AccessDenied"_s);
            ++probes;
        }
    }
    QVERIFY(probes >= 1);
}

// 2. A bare 12-digit account id means the role the record's template creates in that account.
void TestOnrampctl::verifyAcceptsBareAccountIdAsTheTemplatesRole()
{
    const Pending pending = createPending();
    RETURN_IF_FAILED();
    useRoleScenario(u"bare"_s, u"cfn-2345"_s, pending.externalId);
    RETURN_IF_FAILED();
    const CliRun verified = verify(pending.id, FakeAws::customerAccount());
    expectActive(verified, FakeAws::customerAccount(), kCfnInstances);
    RETURN_IF_FAILED();
    QCOMPARE(dbScalar(u"SELECT role_arn FROM accounts WHERE id = '%1'"_s.arg(pending.id)).toString(),
        FakeAws::customerRoleArn());
    QCOMPARE(
        dbScalar(u"SELECT COUNT(*) FROM instances WHERE account_id = '%1'"_s.arg(pending.id)).toInt(), kCfnInstances);
    // The fake only answers for the role the template creates: the AssumeRole it granted proves the ARN.
    int assumed = 0;
    for (const QJsonValue &e : awsLog())
        assumed += e.toObject().value(u"action"_s).toString() == u"AssumeRole"_s
            && e.toObject().value(u"status"_s).toInt() == 200;
    QVERIFY(assumed >= 1);
}

// 3. Access keys: validated, secret in the keychain only, never in any database file.
void TestOnrampctl::accessKeysConnectStoresSecretOnlyInKeychain()
{
    const CliRun connected = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(connected, FakeAws::customerAccount(), 10); // basic: 5 in us-east-1, 5 in eu-west-1
    RETURN_IF_FAILED();
    const QString id = json(connected).object().value(u"id"_s).toString();
    const QByteArray secret = FakeAws::customerSecret().toUtf8();
    QVERIFY2(!connected.out.contains(secret) && !connected.err.contains(secret), "onrampctl echoed the secret");

    const QStringList keys = keychainKeys();
    QCOMPARE(keys.size(), 1);
    QVERIFY2(keys.first().contains(id), qPrintable(keys.first()));
    QVERIFY2(keychainSecret(keys.first()).contains(secret), "the keychain entry does not hold the secret");

    const QJsonObject account = accountById(accounts(), id);
    RETURN_IF_FAILED();
    QCOMPARE(account.value(u"method"_s).toString(), u"access_keys"_s);
    QCOMPARE(account.value(u"status"_s).toString(), u"active"_s);

    // Byte search of every file of the registry (db, -wal, -shm): the record is there, the secret is not.
    QVERIFY2(QFileInfo(m_db).size() > 0, qPrintable(m_db));
    QVERIFY2(!filesContaining(id.toUtf8()).isEmpty(), "the byte search does not see the database's contents");
    QVERIFY2(filesContaining(secret).isEmpty(), qPrintable(filesContaining(secret).join(u", "_s)));
    QVERIFY2(filesContaining(secret.toBase64()).isEmpty(), "the secret is in a database file (base64)");
    QVERIFY2(filesContaining(keychainSecret(keys.first()).toBase64()).isEmpty(),
        "the keychain entry is in a database file (base64)");
}

// 4. A wrong secret: "Invalid AWS credentials", exit 3, nothing stored anywhere.
void TestOnrampctl::invalidSecretIsRejectedAndNothingIsStored()
{
    const QString wrong = u"CustomerDirect/K7MDENG+bPxRfiCYWRONGKEYY"_s;
    QCOMPARE(wrong.size(), 40); // a well-formed secret: the rejection must come from AWS, not the format check
    const CliRun r = connectKeys(FakeAws::customerKeyId(), wrong);
    expectError(r, 3, QString(), u"Invalid AWS credentials"_s);
    RETURN_IF_FAILED();
    QVERIFY(r.stderrText().contains(u"Invalid AWS credentials"_s));
    QVERIFY2(!awsLog().isEmpty(), "the secret was never checked with AWS");
    QCOMPARE(accounts(), QJsonArray());
    QCOMPARE(keychainKeys(), QStringList());
    QVERIFY(filesContaining(wrong.toUtf8()).isEmpty());
}

void TestOnrampctl::malformedAccessKeyIdIsRefusedBeforeAnyNetworkCall_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::newRow("too short") << u"AKIA123"_s;
    QTest::newRow("lower case") << u"akiacustomerdirect01"_s;
    QTest::newRow("19 characters") << u"AKIACUSTOMERDIRECT0"_s;
    QTest::newRow("wrong prefix") << u"AKZACUSTOMERDIRECT01"_s;
}

// 5. A bad key id is usage error 2, decided before any request reaches AWS.
void TestOnrampctl::malformedAccessKeyIdIsRefusedBeforeAnyNetworkCall()
{
    QFETCH(QString, keyId);
    const CliRun r = connectKeys(keyId, FakeAws::customerSecret());
    expectError(r, 2, u"InvalidKeyFormat"_s, u"access key id"_s);
    RETURN_IF_FAILED();
    QCOMPARE(awsLog(), QJsonArray());
    QCOMPARE(keychainKeys(), QStringList());
    QCOMPARE(accounts(), QJsonArray());
}

void TestOnrampctl::malformedRoleArnIsRefusedWithPreciseMessage_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("11-digit account") << u"arn:aws:iam::11112222333:role/OnrampDiscoveryRole"_s
                                      << u"\"11112222333\" is 11 digits long; an account ID has exactly 12 digits"_s;
    QTest::newRow("user, not role") << u"arn:aws:iam::111122223333:user/onramp-discovery"_s
                                    << u"IAM user ARN, not a role ARN"_s;
    QTest::newRow("not an ARN") << u"OnrampDiscoveryRole"_s << u"an ARN starts with \"arn:\""_s;
    QTest::newRow("wrong service") << u"arn:aws:s3::111122223333:role/OnrampDiscoveryRole"_s << u"\"s3\" service"_s;
    QTest::newRow("region given") << u"arn:aws:iam:us-east-1:111122223333:role/OnrampDiscoveryRole"_s
                                  << u"region field must be empty"_s;
}

// 6. A malformed ARN is usage error 2 with a message that says exactly what is wrong; the record stays pending.
void TestOnrampctl::malformedRoleArnIsRefusedWithPreciseMessage()
{
    QFETCH(QString, arn);
    QFETCH(QString, messagePart);
    const Pending pending = createPending();
    RETURN_IF_FAILED();
    const CliRun r = verify(pending.id, arn);
    expectError(r, 2, QString(), messagePart);
    RETURN_IF_FAILED();
    QCOMPARE(awsLog(), QJsonArray());
    QCOMPARE(accountById(accounts(), pending.id).value(u"status"_s).toString(), u"pending"_s);
}

// 7. A stack made from another onboarding's template: RoleRejected, exit 3, this record stays pending.
void TestOnrampctl::wrongExternalIdIsRejectedAndRecordStaysPending()
{
    const Pending other = createPending();
    const Pending mine = createPending();
    RETURN_IF_FAILED();
    QVERIFY(other.externalId != mine.externalId);
    useRoleScenario(u"extid"_s, u"basic"_s, other.externalId);
    RETURN_IF_FAILED();

    const CliRun r = verify(mine.id, FakeAws::customerRoleArn());
    expectError(r, 3, u"RoleRejected"_s, u"External ID"_s);
    RETURN_IF_FAILED();
    bool denied = false;
    for (const QJsonValue &e : awsLog())
        denied = denied
            || (e.toObject().value(u"action"_s).toString() == u"AssumeRole"_s
                && e.toObject().value(u"code"_s).toString() == u"AccessDenied"_s);
    QVERIFY2(denied, "AWS never refused an AssumeRole: the rejection did not come from the role");
    QJsonArray list = accounts();
    QCOMPARE(accountById(list, mine.id).value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(accountById(list, mine.id).value(u"aws_account_id"_s).toString(), QString());

    // The same role accepts the onboarding whose External ID it carries: the refusal was about the External ID.
    expectActive(verify(other.id, FakeAws::customerRoleArn()), FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    list = accounts();
    QCOMPARE(accountById(list, mine.id).value(u"status"_s).toString(), u"pending"_s);
}

// 8. Another user's AWS account: refused with the exact message, nothing of bob's stored.
void TestOnrampctl::secondUserCannotTakeOverConnectedAwsAccount()
{
    const CliRun alice = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(alice, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    const QString aliceId = json(alice).object().value(u"id"_s).toString();
    const QStringList aliceKeys = keychainKeys();
    QCOMPARE(aliceKeys.size(), 1);

    const QString message = u"AWS account 111122223333 is already connected to a different user."_s;
    const QStringList asBob { u"--user"_s, kUserBob };
    const CliRun byKeys = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret(), asBob);
    expectError(byKeys, 4, u"AccountOwnedByAnotherUser"_s, message);
    RETURN_IF_FAILED();
    QCOMPARE(json(byKeys).object().value(u"error"_s).toObject().value(u"message"_s).toString(), message);
    QCOMPARE(accounts(asBob), QJsonArray());
    QCOMPARE(keychainKeys(), aliceKeys);

    // Bob's own CloudFormation onboarding, with a role that really trusts his External ID: still refused.
    const Pending bobs = createPending(asBob);
    RETURN_IF_FAILED();
    useRoleScenario(u"takeover"_s, u"basic"_s, bobs.externalId);
    RETURN_IF_FAILED();
    const CliRun byRole = verify(bobs.id, FakeAws::customerRoleArn(), {}, asBob);
    expectError(byRole, 4, u"AccountOwnedByAnotherUser"_s, message);
    RETURN_IF_FAILED();
    QCOMPARE(json(byRole).object().value(u"error"_s).toObject().value(u"message"_s).toString(), message);

    const QJsonArray bobsAccounts = accounts(asBob);
    for (const QJsonValue &v : bobsAccounts) {
        const QJsonObject a = v.toObject();
        QVERIFY2(a.value(u"aws_account_id"_s).toString() != FakeAws::customerAccount()
                || a.value(u"status"_s).toString() == u"disconnected"_s,
            qPrintable(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))));
    }
    QCOMPARE(accountById(bobsAccounts, bobs.id).value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(keychainKeys(), aliceKeys);
    QCOMPARE(
        dbScalar(u"SELECT owner FROM accounts WHERE aws_account_id = '111122223333' AND status <> 'disconnected'"_s)
            .toString(),
        kUserAlice);
    const QJsonObject stillAlices = accountById(accounts(), aliceId);
    QCOMPARE(stillAlices.value(u"status"_s).toString(), u"active"_s);
}

// 8b. Users racing for one AWS account: one owner, the others refused with exit 4, and only the owner's secret kept.
void TestOnrampctl::concurrentConnectsOfOneAwsAccountLeaveOneOwnerAndOneSecret()
{
    // Every user starts and waits for the keys on stdin; all get them at once, so their GetCallerIdentity calls
    // overlap (the fake's latency widens the overlap), every user passes the early ownership check, and the
    // database's unique index has to decide.
    m_scenario = registerScenario(u"race"_s,
        QJsonObject { { u"extends"_s, u"basic"_s }, { u"faults"_s, QJsonObject { { u"latency_ms"_s, 300 } } } });
    RETURN_IF_FAILED();
    COMPARE_EXIT(run({ u"--json"_s, u"users"_s }), 0); // the registry exists before the race
    const QStringList users { kUserAlice, kUserBob, u"carol"_s, u"dave"_s, u"erin"_s, u"frank"_s };
    std::vector<std::unique_ptr<QProcess>> processes;
    std::vector<std::unique_ptr<StdinFifo>> inputs;
    for (const QString &user : users) {
        auto input = std::make_unique<StdinFifo>();
        QVERIFY(input->isValid());
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment(user));
        p->setStandardInputFile(input->path());
        p->start(QStringLiteral(ONRAMPCTL_PATH), { u"--json"_s, u"connect-keys"_s });
        QVERIFY(p->waitForStarted(10000));
        QVERIFY(input->write((FakeAws::customerKeyId() + u'\n').toUtf8()));
        processes.push_back(std::move(p));
        inputs.push_back(std::move(input));
    }
    // Each has read its key id line and waits for the secret (onrampctl is not dumpable: its /proc/<pid>/syscall
    // is closed to us, so what it took from its stdin is how we know).
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(inputs.cbegin(), inputs.cend(),
                                 [](const std::unique_ptr<StdinFifo> &in) { return in->unread() == 0; }),
        20000);
    for (const std::unique_ptr<StdinFifo> &in : inputs) {
        QVERIFY(in->write((FakeAws::customerSecret() + u'\n').toUtf8()));
        in->close();
    }
    QStringList winners;
    QString winnerId;
    QStringList outcomes;
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess &p = *processes[i];
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        outcomes.append(u"%1: exit %2 %3"_s.arg(users[int(i)]).arg(p.exitCode()).arg(QString::fromUtf8(out.trimmed())));
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            winners.append(users[int(i)]);
            winnerId = o.value(u"id"_s).toString();
        } else {
            QVERIFY2(p.exitCode() == 4
                    && o.value(u"error"_s).toObject().value(u"message"_s).toString()
                        == u"AWS account 111122223333 is already connected to a different user."_s,
                qPrintable(outcomes.join(u'\n')));
        }
    }
    QVERIFY2(winners.size() == 1, qPrintable(outcomes.join(u'\n')));
    QCOMPARE(
        dbColumn(u"SELECT owner FROM accounts WHERE aws_account_id = '111122223333' AND status <> 'disconnected'"_s),
        winners);
    // "Nothing of a refused connect may stay behind": the keychain holds the owner's secret and no other.
    QCOMPARE(keychainKeys(), QStringList { u"account/"_s + winnerId });
}

// 9. Trial: one live account; a second create or connect is exit 5 until the first is disconnected.
void TestOnrampctl::trialPlanAllowsOneLiveAccountUntilDisconnect()
{
    m_scenario = registerScenario(u"trial"_s,
        QJsonObject { { u"extends"_s, u"basic"_s },
            { u"identities"_s,
                QJsonArray { identity(FakeAws::consoleKeyId(), FakeAws::consoleSecret(), FakeAws::consoleAccount(),
                                 u"arn:aws:iam::999988887777:user/onramp-console"_s,
                                 QJsonArray { u"sts:AssumeRole"_s, u"ec2:*"_s }),
                    identity(FakeAws::customerKeyId(), FakeAws::customerSecret(), FakeAws::customerAccount(),
                        u"arn:aws:iam::111122223333:user/onramp-discovery"_s, kDescribeActions),
                    identity(kSecondKeyId, kSecondSecret, kSecondAccount,
                        u"arn:aws:iam::444455556666:user/onramp-discovery"_s, kDescribeActions) } },
            { u"accounts"_s,
                QJsonObject { { FakeAws::customerAccount(),
                                  QJsonObject { { u"regions"_s,
                                      QJsonObject { { u"us-east-1"_s,
                                          QJsonObject { { u"generate"_s, 3 }, { u"seed"_s, 31 } } } } } } },
                    { kSecondAccount,
                        QJsonObject { { u"regions"_s,
                            QJsonObject { { u"eu-west-1"_s,
                                QJsonObject { { u"generate"_s, 4 }, { u"seed"_s, 32 } } } } } } } } } });
    RETURN_IF_FAILED();

    const CliRun plan = run({ u"--json"_s, u"users"_s, u"set-plan"_s, kUserAlice, u"trial"_s });
    COMPARE_EXIT(plan, 0);
    bool trial = false;
    for (const QJsonValue &u : json(plan).array())
        trial = trial
            || (u.toObject().value(u"name"_s).toString() == kUserAlice
                && u.toObject().value(u"plan"_s).toString() == u"trial"_s);
    QVERIFY2(trial, qPrintable(plan.describe(u"alice is not listed as trial"_s)));

    const CliRun first = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(first, FakeAws::customerAccount(), 3);
    RETURN_IF_FAILED();
    const QString firstId = json(first).object().value(u"id"_s).toString();

    expectError(run({ u"--json"_s, u"create"_s }), 5, u"PlanLimitReached"_s, u"trial"_s);
    RETURN_IF_FAILED();
    expectError(connectKeys(kSecondKeyId, kSecondSecret), 5, u"PlanLimitReached"_s, u"trial"_s);
    RETURN_IF_FAILED();
    QCOMPARE(accounts().size(), 1);
    QCOMPARE(keychainKeys().size(), 1);

    const CliRun disconnected = run({ u"--json"_s, u"disconnect"_s, firstId });
    COMPARE_EXIT(disconnected, 0);
    QCOMPARE(json(disconnected).object().value(u"status"_s).toString(), u"disconnected"_s);

    // The slot is free again.
    const CliRun second = connectKeys(kSecondKeyId, kSecondSecret);
    expectActive(second, kSecondAccount, 4);
    RETURN_IF_FAILED();
    // ... and taken again.
    expectError(run({ u"--json"_s, u"create"_s }), 5, u"PlanLimitReached"_s, u"trial"_s);
}

// 10. A role still being created: AccessDenied without --wait-for-role; retried into success with it.
void TestOnrampctl::roleThatAppearsLateConnectsOnlyWithWaitForRole()
{
    const Pending pending = createPending();
    RETURN_IF_FAILED();
    useRoleScenario(u"slowrole"_s, u"basic"_s, pending.externalId, 3);
    RETURN_IF_FAILED();
    auto assumeRoleCalls = [this] {
        QStringList calls;
        for (const QJsonValue &e : awsLog()) {
            const QJsonObject o = e.toObject();
            if (o.value(u"action"_s).toString() == u"AssumeRole"_s)
                calls.append(o.value(u"code"_s).isNull() ? QString::number(o.value(u"status"_s).toInt())
                                                         : o.value(u"code"_s).toString());
        }
        return calls;
    };

    const CliRun once = verify(pending.id, FakeAws::customerRoleArn());
    expectError(once, 3, u"RoleRejected"_s, FakeAws::customerRoleArn());
    RETURN_IF_FAILED();
    QCOMPARE(assumeRoleCalls(), QStringList { u"AccessDenied"_s });
    QCOMPARE(accountById(accounts(), pending.id).value(u"status"_s).toString(), u"pending"_s);

    const CliRun waited = verify(pending.id, FakeAws::customerRoleArn(), { u"--wait-for-role"_s, u"30"_s });
    expectActive(waited, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    const QStringList calls = assumeRoleCalls();
    // Three refusals while the role "appears", the grant, then the External-ID proof that AWS must refuse.
    QVERIFY2(calls.size() >= 5, qPrintable(calls.join(u", "_s)));
    QCOMPARE(calls.mid(0, 5),
        (QStringList { u"AccessDenied"_s, u"AccessDenied"_s, u"AccessDenied"_s, u"200"_s, u"AccessDenied"_s }));
    QCOMPARE(calls.count(u"AccessDenied"_s), 4);
}

// 11. One denied region is reported per region; the others' instances count and the account is active.
void TestOnrampctl::deniedRegionIsReportedWithoutHidingOtherRegions()
{
    m_scenario = u"denied-region"_s;
    const CliRun r = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(r, FakeAws::customerAccount(), 20); // us-east-1's 20; ap-south-1's 10 are denied
    RETURN_IF_FAILED();
    const QJsonObject regionErrors = json(r).object().value(u"region_errors"_s).toObject();
    QCOMPARE(regionErrors.keys(), QStringList { u"ap-south-1"_s });
    QVERIFY(!regionErrors.value(u"ap-south-1"_s).toString().isEmpty());

    const CliRun listed = run({ u"--json"_s, u"instances"_s, json(r).object().value(u"id"_s).toString() });
    COMPARE_EXIT(listed, 0);
    QSet<QString> regions;
    int count = 0;
    for (const QByteArray &line : listed.out.split('\n')) {
        if (line.isEmpty())
            continue;
        ++count;
        regions.insert(QJsonDocument::fromJson(line).object().value(u"region"_s).toString());
    }
    QCOMPARE(count, 20);
    QCOMPARE(regions, QSet<QString> { u"us-east-1"_s });
}

// 12. An account without instances is active, with the "0 instances discovered" message.
void TestOnrampctl::zeroInstancesIsActiveNotAnError()
{
    m_scenario = u"zero-instances"_s;
    const CliRun r = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(r, FakeAws::customerAccount(), 0);
    RETURN_IF_FAILED();
    QVERIFY2(json(r).object().value(u"message"_s).toString().contains(u"0 instances discovered"_s),
        qPrintable(r.describe(u"message"_s)));
    QVERIFY(!json(r).object().contains(u"region_errors"_s));
}

// 13. Past the (test-shortened) limit, stderr says so; discovery still completes.
void TestOnrampctl::slowDiscoveryWarnsAndStillCompletes()
{
    m_scenario = registerScenario(u"slow"_s,
        QJsonObject { { u"extends"_s, u"basic"_s }, { u"faults"_s, QJsonObject { { u"latency_ms"_s, 300 } } } });
    RETURN_IF_FAILED();
    const QString warning = u"Discovery taking longer than expected"_s;
    QProcessEnvironment env = environment();
    env.insert(u"ONRAMP_SLOW_DISCOVERY_MS"_s, u"200"_s);
    const QByteArray keys = keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret());
    const CliRun slow = runWith(env, { u"--json"_s, u"connect-keys"_s }, keys);
    expectActive(slow, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    QVERIFY2(slow.stderrText().contains(warning), qPrintable(slow.describe(u"no slow-discovery message"_s)));

    // The same discovery under the default limit (3 minutes) does not warn: the message follows the limit.
    const CliRun normal = run({ u"--json"_s, u"discover"_s, json(slow).object().value(u"id"_s).toString() });
    expectActive(normal, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    QVERIFY2(normal.elapsedMs > 200, "the latency fault did not slow discovery down");
    QVERIFY2(!normal.stderrText().contains(warning), qPrintable(normal.describe(u"warned under the default limit"_s)));
}

// 14. Disconnect: status disconnected, keychain entry gone, an audit entry.
void TestOnrampctl::disconnectDeletesKeychainEntryAndIsAudited()
{
    const CliRun connected = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(connected, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    const QString id = json(connected).object().value(u"id"_s).toString();
    QCOMPARE(keychainKeys().size(), 1);

    const CliRun r = run({ u"--json"_s, u"disconnect"_s, id });
    COMPARE_EXIT(r, 0);
    QCOMPARE(json(r).object().value(u"status"_s).toString(), u"disconnected"_s);
    QCOMPARE(keychainKeys(), QStringList());
    QCOMPARE(accountById(accounts(), id).value(u"status"_s).toString(), u"disconnected"_s);
    QCOMPARE(
        dbColumn(
            u"SELECT user_name || ' ' || outcome FROM audit_log WHERE action = 'disconnect' AND account_id = '%1'"_s
                .arg(id)),
        QStringList { u"alice ok"_s });
    // A disconnected account cannot be discovered any more.
    const CliRun again = run({ u"--json"_s, u"discover"_s, id });
    QVERIFY2(again.exitCode != 0, qPrintable(again.describe(u"discover of a disconnected account succeeded"_s)));
}

// 14b. A user's access-key account re-onboarded with a CloudFormation role: the old secret must not outlive it.
void TestOnrampctl::disconnectAfterSwitchingFromKeysToRoleLeavesNoSecret()
{
    const CliRun keys = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(keys, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    QCOMPARE(keychainKeys().size(), 1);

    const Pending pending = createPending();
    RETURN_IF_FAILED();
    useRoleScenario(u"switch"_s, u"basic"_s, pending.externalId);
    RETURN_IF_FAILED();
    const CliRun role = verify(pending.id, FakeAws::customerRoleArn());
    expectActive(role, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();

    // Whichever record now holds the AWS account, it connects with the role; disconnecting it ends everything.
    const QStringList live = dbColumn(u"SELECT id || ' ' || method FROM accounts WHERE status <> 'disconnected'"_s);
    QCOMPARE(live.size(), 1);
    QVERIFY2(live.first().endsWith(u" iam_role"_s), qPrintable(live.first()));
    const QString liveId = live.first().section(u' ', 0, 0);
    COMPARE_EXIT(run({ u"--json"_s, u"disconnect"_s, liveId }), 0);
    QCOMPARE(dbScalar(u"SELECT COUNT(*) FROM accounts WHERE status <> 'disconnected'"_s).toInt(), 0);
    QCOMPARE(keychainKeys(), QStringList());
}

// 15. SIGKILL in the middle of discovery, then `discover`: the database is intact and nothing is duplicated.
void TestOnrampctl::killDuringDiscoveryLeavesConsistentDatabaseForRerun()
{
    m_scenario = registerScenario(u"killed"_s,
        QJsonObject { { u"extends"_s, u"cfn-2345"_s }, { u"faults"_s, QJsonObject { { u"latency_ms"_s, 400 } } } });
    RETURN_IF_FAILED();
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(ONRAMPCTL_PATH), { u"--json"_s, u"connect-keys"_s });
    QVERIFY(p.waitForStarted(10000));
    p.write(keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    QVERIFY(p.waitForBytesWritten(10000));
    p.closeWriteChannel();
    // Kill as soon as discovery has stored its first page: certainly in the middle of it.
    auto storedRows = [this] { return dbScalar(u"SELECT COUNT(*) FROM instances"_s, true).toInt(); };
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning || storedRows() > 0, 30000);
    QVERIFY2(p.state() == QProcess::Running,
        qPrintable(u"onrampctl ended before the kill: "_s + QString::fromUtf8(p.readAllStandardOutput())));
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    const QJsonArray afterKill = accounts();
    RETURN_IF_FAILED();
    QCOMPARE(afterKill.size(), 1);
    const QString id = afterKill.first().toObject().value(u"id"_s).toString();
    QCOMPARE(afterKill.first().toObject().value(u"status"_s).toString(), u"connected"_s);
    const int partial = dbScalar(u"SELECT COUNT(*) FROM instances"_s).toInt();
    QVERIFY2(partial > 0 && partial < kCfnInstances, qPrintable(u"rows after the kill: %1"_s.arg(partial)));
    QCOMPARE(dbColumn(u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });

    const CliRun rerun = run({ u"--json"_s, u"discover"_s, id });
    expectActive(rerun, FakeAws::customerAccount(), kCfnInstances);
    RETURN_IF_FAILED();
    QCOMPARE(dbColumn(u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });
    QCOMPARE(dbColumn(u"PRAGMA foreign_key_check"_s), QStringList());
    QCOMPARE(dbColumn(u"SELECT account_id || '/' || instance_id FROM instances GROUP BY account_id, instance_id "
                      "HAVING COUNT(*) > 1"_s),
        QStringList());
    QCOMPARE(dbScalar(u"SELECT COUNT(*) FROM instances WHERE account_id = '%1'"_s.arg(id)).toInt(), kCfnInstances);
    QCOMPARE(dbScalar(u"SELECT COUNT(*) FROM accounts"_s).toInt(), 1);
    QCOMPARE(keychainKeys().size(), 1);
    const CliRun listed = run({ u"--json"_s, u"instances"_s, id });
    COMPARE_EXIT(listed, 0);
    QSet<QString> ids;
    for (const QByteArray &line : listed.out.split('\n')) {
        if (!line.isEmpty())
            ids.insert(QJsonDocument::fromJson(line).object().value(u"instance_id"_s).toString());
    }
    QCOMPARE(ids.size(), kCfnInstances);
    QCOMPARE(listed.out.count('\n'), kCfnInstances);
}

// 7b. Confused deputy: a role that AWS also lets in *without* the External ID is never connected (exit 3,
// ExternalIdNotEnforced), neither on the first verify (stays pending) nor when it is re-validated (failed).
void TestOnrampctl::roleThatDoesNotRequireTheExternalIdIsRefused()
{
    const Pending pending = createPending();
    RETURN_IF_FAILED();
    m_scenario = registerScenario(u"openrole"_s,
        QJsonObject { { u"extends"_s, u"basic"_s }, { u"roles"_s, QJsonArray { openDiscoveryRole() } } });
    const CliRun r = verify(pending.id, FakeAws::customerRoleArn());
    expectError(r, 3, u"ExternalIdNotEnforced"_s, u"sts:ExternalId"_s);
    RETURN_IF_FAILED();
    QVERIFY2(QString::fromUtf8(r.err).contains(pending.externalId),
        qPrintable(r.describe(u"the fix names the External ID"_s)));
    // The proof is AWS's answer: one AssumeRole with the External ID (granted), one without (granted too).
    QStringList assumeRoles;
    for (const QJsonValue &e : awsLog()) {
        const QJsonObject o = e.toObject();
        if (o.value(u"action"_s).toString() == u"AssumeRole"_s)
            assumeRoles << QString::number(o.value(u"status"_s).toInt());
    }
    QCOMPARE(assumeRoles, (QStringList { u"200"_s, u"200"_s }));
    const QJsonObject record = accountById(accounts(), pending.id);
    QCOMPARE(record.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(record.value(u"aws_account_id"_s).toString(), QString());
    QCOMPARE(dbScalar(u"SELECT COUNT(*) FROM instances"_s).toInt(), 0);
    QCOMPARE(dbScalar(u"SELECT outcome FROM audit_log WHERE action = 'verify' ORDER BY id DESC LIMIT 1"_s).toString(),
        u"failed"_s);

    // The same record connected with a proper role, then someone removes the condition: re-validating fails it.
    useRoleScenario(u"closedrole"_s, u"basic"_s, pending.externalId);
    expectActive(verify(pending.id, FakeAws::customerRoleArn()), FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    m_scenario = registerScenario(u"openedrole"_s,
        QJsonObject { { u"extends"_s, u"basic"_s }, { u"roles"_s, QJsonArray { openDiscoveryRole() } } });
    expectError(verify(pending.id, FakeAws::customerRoleArn()), 3, u"ExternalIdNotEnforced"_s, u"sts:ExternalId"_s);
    RETURN_IF_FAILED();
    const QJsonObject failed = accountById(accounts(), pending.id);
    QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
    QVERIFY2(failed.value(u"last_error"_s).toString().contains(u"without an External ID"_s),
        qPrintable(failed.value(u"last_error"_s).toString()));
}

// 3b. An account's root user keys are refused before anything is stored (exit 3, RootCredentialsRefused).
void TestOnrampctl::rootUserAccessKeysAreRefusedAndNothingIsStored()
{
    const QString rootKey = u"AKIAROOTUSERKEYS0001"_s;
    const QString rootSecret = u"RootUserSecret/K7MDENG+bPxRfiCYEXAMPLEKY"_s;
    m_scenario = registerScenario(u"rootkeys"_s,
        QJsonObject { { u"extends"_s, u"basic"_s },
            { u"identities"_s,
                QJsonArray { identity(rootKey, rootSecret, FakeAws::customerAccount(),
                    u"arn:aws:iam::%1:root"_s.arg(FakeAws::customerAccount()), QJsonArray { u"*"_s }) } } });
    const int before = dbScalar(u"SELECT COUNT(*) FROM accounts"_s).toInt();
    const CliRun r = connectKeys(rootKey, rootSecret);
    expectError(r, 3, u"RootCredentialsRefused"_s, u"root"_s);
    RETURN_IF_FAILED();
    QVERIFY2(QString::fromUtf8(r.err).contains(u"IAM user"_s), qPrintable(r.describe(u"no way forward named"_s)));
    QCOMPARE(dbScalar(u"SELECT COUNT(*) FROM accounts"_s).toInt(), before);
    QCOMPARE(keychainKeys(), QStringList());
    QVERIFY(filesContaining(rootSecret.toLatin1()).isEmpty());
    // Only GetCallerIdentity was asked: no discovery with root's keys.
    for (const QJsonValue &e : awsLog())
        QCOMPARE(e.toObject().value(u"action"_s).toString(), u"GetCallerIdentity"_s);
}

// 16a. Preflight against the fake: every check passes, exit 0.
void TestOnrampctl::doctorPassesEveryCheckAgainstTheFake()
{
    const CliRun r = run({ u"--json"_s, u"doctor"_s });
    COMPARE_EXIT(r, 0);
    const QJsonArray checks = json(r).object().value(u"checks"_s).toArray();
    QStringList names;
    for (const QJsonValue &c : checks) {
        const QJsonObject o = c.toObject();
        names.append(o.value(u"name"_s).toString());
        QVERIFY2(
            o.value(u"ok"_s).toBool(), qPrintable(r.describe(u"check failed: "_s + o.value(u"name"_s).toString())));
        QVERIFY2(!o.value(u"detail"_s).toString().isEmpty(), qPrintable(o.value(u"name"_s).toString()));
    }
    // database, file permissions, keychain, endpoint override, console identity, endpoint over TLS, clock skew.
    QCOMPARE(checks.size(), 7);
    QVERIFY2(names.contains(u"file permissions"_s), qPrintable(names.join(u", "_s)));
    // The suite's own override (the fake) is listed; an override is not a failure.
    const QString expectedOverride
        = u"sts=%1, ec2=%1, rds=%1, organizations=%1"_s.arg(m_fake.endpoint(m_scenario, m_session).toString());
    bool overrideListed = false;
    for (const QJsonValue &c : checks) {
        if (c.toObject().value(u"name"_s).toString() == u"endpoint override"_s)
            overrideListed = c.toObject().value(u"detail"_s).toString() == expectedOverride;
    }
    QVERIFY2(overrideListed, qPrintable(r.describe(u"no \"endpoint override\" check listing "_s + expectedOverride)));
    QVERIFY2(names.join(u' ').contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.join(u' ').contains(u"database"_s, Qt::CaseInsensitive), qPrintable(names.join(u", "_s)));
    QCOMPARE(keychainKeys(), QStringList()); // the probe cleans up after itself
}

// 16a'. A registry other local users can read: doctor names the file, its mode and the fix, and fails.
void TestOnrampctl::doctorReportsRegistryFilesOtherUsersCanRead()
{
    QVERIFY(run({ u"accounts"_s }).exitCode == 0); // the registry exists, owner-only
    QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    auto restore = qScopeGuard([this] { QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner); });
    const CliRun r = run({ u"--json"_s, u"doctor"_s });
    COMPARE_EXIT(r, 1);
    bool reported = false;
    for (const QJsonValue &c : json(r).object().value(u"checks"_s).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(u"name"_s).toString() != u"file permissions"_s)
            continue;
        reported = true;
        QVERIFY(!o.value(u"ok"_s).toBool());
        const QString detail = o.value(u"detail"_s).toString();
        QVERIFY2(
            detail.contains(m_db) && detail.contains(u"0644"_s) && detail.contains(u"chmod go="_s), qPrintable(detail));
    }
    QVERIFY2(reported, qPrintable(r.describe(u"no file permissions check"_s)));
}

// 16b. No Secret Service: doctor fails in seconds; connect-keys is exit 9 and stores nothing, in plain text or not.
void TestOnrampctl::missingKeychainFailsDoctorFastAndConnectKeysWithExit9()
{
    QProcessEnvironment noBus = environment();
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);

    const CliRun doctor = runWith(noBus, { u"--json"_s, u"doctor"_s });
    QVERIFY2(doctor.exitCode > 0, qPrintable(doctor.describe(u"doctor passed without a keychain"_s)));
    QVERIFY2(doctor.elapsedMs < 10000, qPrintable(doctor.describe(u"doctor took too long"_s)));
    bool keychainFailed = false;
    bool databaseOk = false;
    for (const QJsonValue &c : json(doctor).object().value(u"checks"_s).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(u"name"_s).toString().contains(u"keychain"_s, Qt::CaseInsensitive))
            keychainFailed = !o.value(u"ok"_s).toBool() && !o.value(u"detail"_s).toString().isEmpty();
        if (o.value(u"name"_s).toString().contains(u"database"_s, Qt::CaseInsensitive))
            databaseOk = o.value(u"ok"_s).toBool();
    }
    QVERIFY2(keychainFailed, qPrintable(doctor.describe(u"no failed keychain check"_s)));
    QVERIFY2(databaseOk, qPrintable(doctor.describe(u"only the keychain should fail"_s)));

    const CliRun connect = runWith(
        noBus, { u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    COMPARE_EXIT(connect, 9);
    QVERIFY2(connect.elapsedMs < 15000, qPrintable(connect.describe(u"took too long"_s)));
    QVERIFY2(json(connect).object().value(u"error"_s).toObject().value(u"code"_s).toString().startsWith(u"Keychain"_s),
        qPrintable(connect.describe(u"error code"_s)));
    QCOMPARE(connect.errorLines().size(), 1);
    // Checked with the working keychain and database: nothing of the refused connect anywhere.
    QCOMPARE(accounts(), QJsonArray());
    QCOMPARE(keychainKeys(), QStringList());
    QVERIFY(filesContaining(FakeAws::customerSecret().toUtf8()).isEmpty());
}

// 17. Team mode: --user is refused (exit 2) before any connection to the server.
void TestOnrampctl::teamModeRefusesUserOption()
{
    // Nothing listens on port 1: a refusal that needed the server would be a connection error instead.
    const QString url = u"postgresql://onramp@127.0.0.1:1/onramp"_s;
    QProcessEnvironment env = environment(QString());
    const CliRun viaOption = runWith(env, { u"--json"_s, u"--db"_s, url, u"--user"_s, kUserBob, u"accounts"_s });
    expectError(viaOption, 2, QString(), u"--user"_s);
    RETURN_IF_FAILED();
    QVERIFY2(viaOption.stderrText().contains(u"team mode"_s), qPrintable(viaOption.describe(u"message"_s)));

    env.insert(u"ONRAMP_DB"_s, url);
    const CliRun viaEnvDb = runWith(env, { u"--json"_s, u"--user"_s, kUserBob, u"create"_s });
    expectError(viaEnvDb, 2, QString(), u"--user"_s);
    RETURN_IF_FAILED();

    // Without --user the same command gets as far as connecting (and fails on the absent server, not exit 2).
    const CliRun withoutUser = runWith(env, { u"--json"_s, u"accounts"_s });
    QVERIFY2(withoutUser.exitCode != 2 && withoutUser.exitCode != 0,
        qPrintable(withoutUser.describe(u"expected a connection failure"_s)));
    QVERIFY(!QFile::exists(m_db));
}

// 18. A database password on the command line (other local users read argv) is refused before anything connects.
void TestOnrampctl::databasePasswordOnTheCommandLineIsRefused_data()
{
    QTest::addColumn<QString>("url");
    // Port 1: nothing listens there, so a run that tried to connect would fail differently (and not with exit 2).
    QTest::newRow("postgresql") << u"postgresql://u:secret@127.0.0.1:1/x"_s;
    QTest::newRow("postgres") << u"postgres://u:secret@127.0.0.1:1/x"_s;
    QTest::newRow("password item") << u"postgresql://u@127.0.0.1:1/x?password=secret"_s;
}

void TestOnrampctl::databasePasswordOnTheCommandLineIsRefused()
{
    QFETCH(QString, url);
    for (const QString &command : { u"accounts"_s, u"doctor"_s, u"create"_s }) {
        const CliRun r = runWith(environment(QString()), { u"--json"_s, u"--db"_s, url, command });
        expectError(r, 2, u"PasswordOnCommandLine"_s, u"ONRAMP_DB"_s);
        RETURN_IF_FAILED();
        const QString message = r.errorLines().value(0);
        for (const QString &part : { u"PGPASSFILE"_s, u"~/.pgpass"_s, u"PGPASSWORD"_s })
            QVERIFY2(message.contains(part), qPrintable(r.describe(u"message lacks "_s + part)));
        QVERIFY2(!r.out.contains("secret") && !r.err.contains("secret"), qPrintable(r.describe(u"password shown"_s)));
    }
    QVERIFY(!QFile::exists(m_db));
}

// 19. Team mode over a network: only sslmode=verify-full; a weaker mode is refused before connecting (exit 2).
void TestOnrampctl::weakSslModeToARemoteDatabaseIsRefusedWithExit2()
{
    // 192.0.2.1 (TEST-NET-1) never answers: trying would take the connect timeout and end in a connection error.
    QProcessEnvironment env = environment(QString());
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"PG"_s)) // libpq's own settings (PGSSLMODE, PGHOSTADDR, …) must not steer this
            env.remove(name);
    }
    const QString url = u"postgresql://carol@192.0.2.1:5432/onramp?sslmode=require"_s;
    const CliRun r = runWith(env, { u"--json"_s, u"--db"_s, url, u"accounts"_s });
    expectError(r, 2, u"InsecureDatabaseTransport"_s, u"verify-full"_s);
    RETURN_IF_FAILED();
    QVERIFY2(r.elapsedMs < 5000, qPrintable(r.describe(u"the refusal waited for the network"_s)));

    // doctor names the refusal in its transport check.
    const CliRun doctor = runWith(env, { u"--json"_s, u"--db"_s, url, u"doctor"_s });
    COMPARE_EXIT(doctor, 1);
    bool reported = false;
    for (const QJsonValue &c : json(doctor).object().value(u"checks"_s).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(u"name"_s).toString() == u"database transport"_s)
            reported = !o.value(u"ok"_s).toBool() && o.value(u"detail"_s).toString().contains(u"sslmode=require"_s);
    }
    QVERIFY2(reported, qPrintable(doctor.describe(u"no failed database transport check naming the mode"_s)));
}

// 20. Team mode against a real server: the password comes from ONRAMP_DB, PGPASSWORD or a password file, never argv;
// postgres:// is team mode like postgresql://.
void TestOnrampctl::teamModeTakesPasswordsFromEnvironmentAndEitherScheme()
{
    reliability::PgCluster pg;
    if (!pg.isValid()) {
        qWarning("No PostgreSQL test cluster (the pgcluster fixture of tests/models did not run): team mode untested");
        QSKIP("PostgreSQL test cluster not running");
    }
    QVERIFY(pg.setUp(u"cli"_s, { u"cli_carol"_s }, reliability::World(m_fake, u"cli-pgadmin"_s)));
    struct TearDown
    {
        reliability::PgCluster &pg;
        ~TearDown() { pg.tearDown(); }
    } tearDown { pg };

    const QString withPassword = pg.url(u"cli_carol"_s);
    QUrl stripped(withPassword);
    stripped.setPassword(QString());
    const QString noPassword = stripped.toString();
    QVERIFY(!noPassword.contains(u"cli-carol-pw"_s));
    QProcessEnvironment env = environment(QString());
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"PG"_s))
            env.remove(name);
    }
    env.insert(u"PGPASSFILE"_s, m_dir->filePath(u"no-pgpass"_s));
    env.remove(u"ONRAMP_DB"_s);

    // The whole URL, password included, in ONRAMP_DB: the user's own environment, not argv.
    QProcessEnvironment viaOnrampDb = env;
    viaOnrampDb.insert(u"ONRAMP_DB"_s, withPassword);
    const CliRun created = runWith(viaOnrampDb, { u"--json"_s, u"create"_s });
    COMPARE_EXIT(created, 0);
    const QString id = json(created).object().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());

    auto listsCarolsRecord = [&](const CliRun &r) {
        if (r.exitCode != 0)
            return false;
        const QJsonObject a = accountById(QJsonDocument::fromJson(r.out).array(), id);
        return a.value(u"owner"_s).toString() == u"cli_carol"_s;
    };
    // PGPASSWORD with a password-less URL in --db, under either scheme: the same team database.
    QProcessEnvironment viaPgPassword = env;
    viaPgPassword.insert(u"PGPASSWORD"_s, u"cli-carol-pw"_s);
    for (const QString &scheme : { u"postgresql://"_s, u"postgres://"_s }) {
        const QString url = scheme + noPassword.section(u"://"_s, 1);
        const CliRun listed = runWith(viaPgPassword, { u"--json"_s, u"--db"_s, url, u"accounts"_s });
        QVERIFY2(listsCarolsRecord(listed), qPrintable(listed.describe(u"accounts via "_s + scheme)));
        // Team mode, so --user is refused there as well.
        const CliRun withUser
            = runWith(viaPgPassword, { u"--json"_s, u"--db"_s, url, u"--user"_s, kUserBob, u"accounts"_s });
        expectError(withUser, 2, QString(), u"team mode"_s);
        RETURN_IF_FAILED();
    }
    const CliRun doctor = runWith(
        viaPgPassword, { u"--json"_s, u"--db"_s, u"postgres://"_s + noPassword.section(u"://"_s, 1), u"doctor"_s });
    QString transport;
    for (const QJsonValue &c : json(doctor).object().value(u"checks"_s).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(u"name"_s).toString() == u"database transport"_s && o.value(u"ok"_s).toBool())
            transport = o.value(u"detail"_s).toString();
    }
    QVERIFY2(transport.startsWith(u"loopback, sslmode=prefer"_s), qPrintable(doctor.describe(u"transport check"_s)));

    // A password file (PGPASSFILE; ~/.pgpass is libpq's default for it).
    const QString passFile = m_dir->filePath(u"pgpass"_s);
    {
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"*:*:*:cli_carol:cli-carol-pw\n"_s.toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    QProcessEnvironment viaPassFile = env;
    viaPassFile.insert(u"PGPASSFILE"_s, passFile);
    const CliRun fromFile = runWith(viaPassFile, { u"--json"_s, u"--db"_s, noPassword, u"accounts"_s });
    QVERIFY2(listsCarolsRecord(fromFile), qPrintable(fromFile.describe(u"accounts with PGPASSFILE"_s)));

    // No password anywhere: the server refuses (a database error, exit 1), which shows the others were used.
    const CliRun none = runWith(env, { u"--json"_s, u"--db"_s, noPassword, u"accounts"_s });
    COMPARE_EXIT(none, 1);
    QVERIFY(!QFile::exists(m_db));
}

// 21. An AWS_ENDPOINT_URL* in plain http:// to another computer is refused (exit 2) before anything is sent.
void TestOnrampctl::plainHttpEndpointToAnotherComputerIsRefusedWithExit2BeforeAnyRequest()
{
    // A request that did go out would go through this "proxy" (a plain-HTTP host is not in NO_PROXY).
    QTcpServer trap;
    QVERIFY(trap.listen(QHostAddress::LocalHost));
    QProcessEnvironment env = environment();
    env.insert(u"AWS_ENDPOINT_URL_STS"_s, u"http://sts.example.com"_s);
    env.insert(u"HTTP_PROXY"_s, u"http://127.0.0.1:%1"_s.arg(trap.serverPort()));
    env.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);
    env.insert(u"ONRAMP_ATTEMPT_TIMEOUT_MS"_s, u"2000"_s);

    const CliRun connect = runWith(
        env, { u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectError(connect, 2, u"InsecureEndpoint"_s, u"AWS_ENDPOINT_URL_STS=http://sts.example.com is refused"_s);
    RETURN_IF_FAILED();
    // Why, and what to do, in the one error line.
    const QString line = connect.errorLines().constFirst();
    QVERIFY2(line.contains(u"127.0.0.1, ::1, localhost"_s) && line.contains(u"unset it"_s),
        qPrintable(connect.describe(u"the message does not say why and what to do"_s)));

    const CliRun doctor = runWith(env, { u"doctor"_s });
    COMPARE_EXIT(doctor, 2);
    QCOMPARE(doctor.errorLines().size(), 1);

    QVERIFY2(!trap.waitForNewConnection(200), "a request went out");
    QCOMPARE(awsLog().size(), 0); // nor to the fake, which still serves EC2 through AWS_ENDPOINT_URL
    QCOMPARE(keychainKeys(), QStringList());
    QVERIFY2(!QFile::exists(m_db), "the registry was opened although the settings were refused");

    // Loopback may use plain http: the fake's http endpoint works.
    QProcessEnvironment loopback = environment();
    loopback.insert(u"AWS_ENDPOINT_URL"_s, m_fake.endpoint(m_scenario, m_session, false).toString());
    const CliRun accountsRun = runWith(loopback, { u"--json"_s, u"accounts"_s });
    COMPARE_EXIT(accountsRun, 0);
}

// 22. An allowed override is announced once per run on stderr (stdout keeps exactly its JSON); none, no warning.
void TestOnrampctl::endpointOverrideIsAnnouncedOnStderrOncePerRun()
{
    const QString endpoint = m_fake.endpoint(m_scenario, m_session).toString();
    const CliRun listed = run({ u"--json"_s, u"accounts"_s });
    COMPARE_EXIT(listed, 0);
    QCOMPARE(json(listed), QJsonDocument(QJsonArray()));
    QCOMPARE(listed.warningLines(),
        QStringList { u"AWS endpoint override active: sts=%1, ec2=%1, rds=%1, organizations=%1"_s.arg(endpoint) });

    // Also when the run talks to AWS a lot: still one line.
    const CliRun connected = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(connected, FakeAws::customerAccount(), 10); // basic: 5 in us-east-1, 5 in eu-west-1
    RETURN_IF_FAILED();
    QCOMPARE(connected.warningLines().size(), 1);

    QProcessEnvironment ec2Only = environment();
    ec2Only.remove(u"AWS_ENDPOINT_URL"_s);
    ec2Only.insert(u"AWS_ENDPOINT_URL_EC2"_s, endpoint);
    const CliRun one = runWith(ec2Only, { u"accounts"_s });
    COMPARE_EXIT(one, 0);
    QCOMPARE(one.warningLines(), QStringList { u"AWS endpoint override active: ec2=%1"_s.arg(endpoint) });

    QProcessEnvironment none = environment();
    none.remove(u"AWS_ENDPOINT_URL"_s);
    const CliRun plain = runWith(none, { u"--json"_s, u"accounts"_s });
    COMPARE_EXIT(plain, 0);
    QVERIFY2(plain.err.isEmpty(), qPrintable(plain.describe(u"stderr should be empty without an override"_s)));
}

// 23. While it runs (here: waiting for keys on stdin), onrampctl is not dumpable (no core, no ptrace, its
//     /proc/<pid>/environ is root's) and its core file size limit is 0, soft and hard.
void TestOnrampctl::runningOnrampctlIsNotDumpableAndCannotWriteACore()
{
    rlimit inherited {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &inherited), 0);
    if (inherited.rlim_max == 0)
        QSKIP("the core file size hard limit is 0 here already: a 0 limit would prove nothing");
    // /proc/<pid>/ of a non-dumpable process belongs to root. Root owns its own processes' files anyway, so as root
    // the child runs as nobody: then root ownership can only come from onrampctl making itself non-dumpable.
    const bool root = geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    if (root && setpriv.isEmpty())
        QSKIP("running as root without setpriv (util-linux) to start onrampctl as another user");
    // nobody writes the registry there.
    QVERIFY(QFile::setPermissions(m_dir->path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther));
    QProcessEnvironment env = environment();
    env.insert(u"HOME"_s, m_dir->path());

    QProcess p;
    p.setProcessEnvironment(env);
    // A soft limit above 0 to start with, so that 0 0 can only come from onrampctl itself.
    p.setChildProcessModifier([hard = inherited.rlim_max] {
        const rlimit start { hard, hard };
        setrlimit(RLIMIT_CORE, &start);
    });
    const QStringList args { u"--json"_s, u"connect-keys"_s };
    if (root)
        p.start(setpriv,
            QStringList {
                u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s, QStringLiteral(ONRAMPCTL_PATH) }
                + args);
    else
        p.start(QStringLiteral(ONRAMPCTL_PATH), args);
    QVERIFY(p.waitForStarted(10000));
    const QString proc = u"/proc/%1/"_s.arg(p.processId());
    auto coreLimit = [&proc] {
        QFile limits(proc + u"limits"_s);
        if (!limits.open(QIODevice::ReadOnly))
            return QString();
        for (const QString &line : QString::fromLatin1(limits.readAll()).split(u'\n')) {
            if (line.startsWith(u"Max core file size"_s))
                return line.mid(26).simplified().section(u' ', 0, 1);
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(), u"0 0"_s, 10000);
    // Made non-dumpable before the limit was set: its /proc files are root's now, not its user's.
    QCOMPARE(QFileInfo(proc + u"environ"_s).ownerId(), 0u);
    QCOMPARE(QFileInfo(proc + u"mem"_s).ownerId(), 0u);
    QVERIFY(p.state() == QProcess::Running);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2); // no keys on stdin: a usage error, as it should be
}

// Command-line comforts: while discover waits, a self-overwriting progress line goes to stderr when stderr is a
// terminal (a pty here), never when it is piped and never with --json; stdout is byte for byte the same either way.
void TestOnrampctl::progressLineOnlyWhenStderrIsATerminalAndNeverWithJson()
{
    m_scenario = registerScenario(u"progress"_s,
        QJsonObject { { u"extends"_s, u"basic"_s }, { u"faults"_s, QJsonObject { { u"latency_ms"_s, 150 } } } });
    RETURN_IF_FAILED();
    const CliRun connected = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectActive(connected, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    const QString id = json(connected).object().value(u"id"_s).toString();

    const QByteArray erase = "\r\x1b[K";
    const QRegularExpression line(u"\rDiscovering: (listing regions|\\d+/\\d+ regions) · \\d+ instances · \\d+ s"_s);

    const CliRun piped = run({ u"discover"_s, id });
    QCOMPARE(piped.exitCode, 0);
    QVERIFY2(!piped.err.contains("Discovering") && !piped.err.contains("\x1b["),
        qPrintable(piped.describe(u"progress drawn on a pipe"_s)));
    const CliRun terminal = runOnrampctlOnTerminal(environment(), { u"discover"_s, id });
    QCOMPARE(terminal.exitCode, 0);
    QCOMPARE(terminal.out, piped.out);
    const QByteArray &err = terminal.err;
    const QString errText = QString::fromUtf8(err);
    QVERIFY2(line.match(errText).hasMatch(), err.constData());
    // Erased at the end: after the last progress line only the erase (and nothing of it left on screen).
    QVERIFY2(err.lastIndexOf(erase) > err.lastIndexOf("Discovering"), err.constData());
    QVERIFY2(err.endsWith(erase), err.constData());

    const CliRun pipedJson = run({ u"--json"_s, u"discover"_s, id });
    QCOMPARE(pipedJson.exitCode, 0);
    const CliRun terminalJson = runOnrampctlOnTerminal(environment(), { u"--json"_s, u"discover"_s, id });
    QCOMPARE(terminalJson.exitCode, 0);
    QCOMPARE(terminalJson.out, pipedJson.out);
    QVERIFY2(
        !terminalJson.err.contains("Discovering") && !terminalJson.err.contains("\x1b["), terminalJson.err.constData());
}

// Issue 17 item 5: the error answers of moto, LocalStack and proxies (tests/aws/data/errors, the same bytes the
// botocore oracle reads in tst_awsxml) reach the user as the specific error, with the contract's exit code.
void TestOnrampctl::emulatorAndProxyErrorAnswersGiveTheSpecificError_data()
{
    QTest::addColumn<QString>("file"); // under tests/aws/data/errors; empty: an empty body
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QJsonObject>("headers");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("attempts"); // GetCallerIdentity requests the fake answered

    const QJsonObject motoHeaders { { u"X-Amzn-ErrorType"_s, u"AccessDenied"_s } };
    QTest::newRow("moto IAM AccessDenied")
        << u"moto-iam-accessdenied.xml"_s << 403 << u"application/xml"_s << motoHeaders << 3 << u"AccessDenied"_s
        << u"is not authorized to perform: sts:GetCallerIdentity"_s << 1;
    QTest::newRow("LocalStack InvalidClientTokenId")
        << u"localstack-sts-invalidclienttokenid.xml"_s << 403 << u"text/xml"_s << QJsonObject() << 3
        << u"InvalidClientTokenId"_s << u"Invalid AWS credentials: The security token included"_s << 1;
    QTest::newRow("JSON error on the Query endpoint")
        << u"query-json-wrapped.json"_s << 403 << u"text/xml"_s << QJsonObject() << 3 << u"AccessDenied"_s
        << u"User is not authorized to perform: sts:AssumeRole"_s << 1;
    // Retried (each attempt answered the same), then the status in words; the HTML is not shown.
    QTest::newRow("load balancer HTML 503") << u"elb-503.html"_s << 503 << u"text/html"_s << QJsonObject() << 8
                                            << u"server_error"_s << u"Service unavailable (HTTP 503)"_s << 3;
    QTest::newRow("empty 503") << QString() << 503 << u"text/plain"_s << QJsonObject() << 8 << u"server_error"_s
                               << u"Service unavailable (HTTP 503); the response carried no error details"_s << 3;
}

void TestOnrampctl::emulatorAndProxyErrorAnswersGiveTheSpecificError()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, contentType);
    QFETCH(QJsonObject, headers);
    QFETCH(int, exitCode);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);
    QFETCH(int, attempts);

    QByteArray body;
    if (!file.isEmpty()) {
        QFile f(qEnvironmentVariable("ONRAMP_SOURCE_DIR") + u"/tests/aws/data/errors/"_s + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        body = f.readAll();
    }
    const QJsonObject rule { { u"action"_s, u"GetCallerIdentity"_s }, { u"count"_s, 100 }, { u"status"_s, status },
        { u"content_type"_s, contentType }, { u"headers"_s, headers }, { u"body"_s, QString::fromUtf8(body) } };
    m_scenario = registerScenario(u"errbody"_s,
        QJsonObject { { u"extends"_s, u"basic"_s },
            { u"faults"_s, QJsonObject { { u"error_bodies"_s, QJsonArray { rule } } } } });

    const CliRun r = connectKeys(FakeAws::customerKeyId(), FakeAws::customerSecret());
    expectError(r, exitCode, errorCode, messagePart);
    RETURN_IF_FAILED();
    const QString shown = r.errorLines().join(u'\n');
    QVERIFY2(!shown.contains(u"<html"_s) && !shown.contains(u"<Error"_s) && shown.size() < 300, qPrintable(shown));
    int answered = 0;
    for (const QJsonValue &e : awsLog())
        answered += e.toObject().value(u"action"_s).toString() == u"GetCallerIdentity"_s;
    QCOMPARE(answered, attempts);
    QCOMPARE(keychainKeys(), QStringList());
}

namespace {

/// The ```sql block that follows the line "<!-- team-setup:NAME" in README.md, verbatim; empty if there is none.
QByteArray readmeSqlBlock(const QString &name)
{
    QFile readme(qEnvironmentVariable("ONRAMP_SOURCE_DIR") + u"/README.md"_s);
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = readme.readAll().split('\n');
    const QByteArray marker = "<!-- team-setup:" + name.toUtf8() + ' ';
    QByteArray block;
    bool afterMarker = false;
    bool inBlock = false;
    for (const QByteArray &line : lines) {
        if (inBlock) {
            if (line.trimmed() == "```")
                return block;
            block += line + '\n';
        } else if (line.startsWith(marker)) {
            afterMarker = true;
        } else if (afterMarker && line.trimmed() == "```sql") {
            inBlock = true;
        }
    }
    return {};
}

/// A PostgreSQL server of the test's own (tests/models/pgcluster.sh): role names are server-wide, and this test
/// creates and drops onramp_console, which the shared cluster's other users keep.
class OwnPgCluster
{
public:
    explicit OwnPgCluster(const QString &dir)
        : m_dir(dir)
    {
        m_script = qEnvironmentVariable("ONRAMP_SOURCE_DIR") + u"/tests/models/pgcluster.sh"_s;
        QProcess start;
        start.start(u"bash"_s, { m_script, u"start"_s, m_dir });
        if (!start.waitForFinished(120000) || start.exitCode() != 0) {
            m_why = QString::fromUtf8(start.readAllStandardError());
            return;
        }
        QFile info(m_dir + u"/cluster.info"_s);
        if (info.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : info.readAll().split('\n')) {
                const qsizetype eq = line.indexOf('=');
                if (eq > 0)
                    m_info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
            }
        }
        m_psql = QStandardPaths::findExecutable(u"psql"_s);
        if (m_psql.isEmpty()) { // Debian's server package alone: psql beside initdb, where pgcluster.sh finds it
            const QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            if (!versions.isEmpty())
                m_psql = u"/usr/lib/postgresql/"_s + versions.constLast() + u"/bin/psql"_s;
        }
    }
    ~OwnPgCluster()
    {
        QProcess stop;
        stop.start(u"bash"_s, { m_script, u"stop"_s, m_dir });
        stop.waitForFinished(60000);
    }
    Q_DISABLE_COPY_MOVE(OwnPgCluster)

    bool isValid() const { return !m_info.value(u"port"_s).isEmpty() && QFile::exists(m_psql); }
    QString why() const { return m_why; }
    QString port() const { return m_info.value(u"port"_s); }
    /// postgresql://ROLE@127.0.0.1:PORT/DATABASE: no password (it comes from PGPASSFILE).
    QString url(const QString &role, const QString &database) const
    {
        return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(role, port(), database);
    }
    /// psql -v ON_ERROR_STOP=1 with \a sql on stdin: as the superuser over the socket (empty \a url), else as \a
    /// url says, the password from \a env's PGPASSFILE. Returns psql's exit code; its output goes to \a output.
    int psql(const QByteArray &sql, const QString &url = {}, const QProcessEnvironment &env = {},
        QByteArray *output = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args { u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s };
        if (url.isEmpty())
            args << u"-h"_s << m_info.value(u"socket_dir"_s) << u"-p"_s << port() << u"-U"_s
                 << m_info.value(u"superuser"_s) << u"-d"_s << u"postgres"_s;
        else
            args << u"-d"_s << url;
        p.start(m_psql, args);
        if (!p.waitForStarted(10000))
            return -1;
        p.write(sql);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return -1;
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private:
    QString m_dir;
    QString m_script;
    QString m_psql;
    QString m_why;
    QHash<QString, QString> m_info;
};

} // namespace

// Issue 17 item 7: team mode set up by following README.md, its SQL run verbatim against a throwaway server; and
// the first open by an administrator who lacks the group role: exit 1, DatabaseSetupRequired, the SQL to run.
void TestOnrampctl::teamModeSetUpByTheReadmeStepsVerbatim()
{
    const QByteArray superuserSql = readmeSqlBlock(u"superuser"_s);
    const QByteArray adminSql = readmeSqlBlock(u"admin"_s);
    QVERIFY2(superuserSql.contains("CREATE ROLE onramp_console"), superuserSql.constData());
    QVERIFY2(adminSql.contains("GRANT onramp_console TO alice"), adminSql.constData());

    OwnPgCluster pg(m_dir->filePath(u"pg"_s));
    if (!pg.isValid())
        QSKIP(qPrintable(u"no throwaway PostgreSQL server (tests/models/pgcluster.sh): "_s + pg.why()));

    QProcessEnvironment env = environment(QString());
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"PG"_s))
            env.remove(name);
    }
    env.remove(u"ONRAMP_DB"_s);
    const QString passFile = m_dir->filePath(u"pgpass"_s);
    {
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"127.0.0.1:%1:*:onramp_admin:admin-pw\n127.0.0.1:%1:*:alice:alice-pw\n127.0.0.1:%1:*:bob:bob-pw\n"
                "127.0.0.1:%1:*:carol:carol-pw\n"_s.arg(pg.port())
                    .toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    env.insert(u"PGPASSFILE"_s, passFile);
    // What the README's "\password ROLE" does at a prompt, done here by the test.
    const auto setPasswords = [&] {
        return pg.psql("ALTER ROLE onramp_admin PASSWORD 'admin-pw';\n"
                       "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN"
                       " ALTER ROLE alice PASSWORD 'alice-pw'; ALTER ROLE bob PASSWORD 'bob-pw'; END IF; END $$;\n");
    };
    const QString adminUrl = pg.url(u"onramp_admin"_s, u"onramp"_s);

    // The failure path, as the issue found it: the administrator role and its database, nothing more.
    QCOMPARE(pg.psql("CREATE ROLE onramp_admin LOGIN;\nCREATE DATABASE onramp OWNER onramp_admin;\n"), 0);
    QCOMPARE(setPasswords(), 0);
    const CliRun refused = runWith(env, { u"--json"_s, u"--db"_s, adminUrl, u"users"_s });
    const QString printed
        = u"CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO onramp_admin WITH ADMIN OPTION;"_s;
    expectError(refused, 1, u"DatabaseSetupRequired"_s, printed);
    RETURN_IF_FAILED();
    QVERIFY2(
        !refused.err.contains("needs version") && !refused.err.contains("permission denied"), refused.err.constData());
    QByteArray tables;
    QCOMPARE(pg.psql("\\c onramp\nSELECT 'tables=' || COUNT(*) FROM pg_tables WHERE schemaname = 'public';\n", {}, {},
                 &tables),
        0);
    QVERIFY2(tables.contains("tables=0"), tables.constData()); // stopped before creating anything
    // A role that does not own the database is not told to become its administrator.
    QCOMPARE(pg.psql("CREATE ROLE carol LOGIN PASSWORD 'carol-pw';\n"), 0);
    const CliRun notOwner = runWith(env, { u"--json"_s, u"--db"_s, pg.url(u"carol"_s, u"onramp"_s), u"accounts"_s });
    expectError(notOwner, 1, u"DatabaseMigrationFailed"_s, u"administrator"_s);
    RETURN_IF_FAILED();
    // The SQL it printed, run by the superuser, is all that was missing.
    QCOMPARE(pg.psql(printed.toUtf8() + '\n'), 0);
    const CliRun fixed = runWith(env, { u"--json"_s, u"--db"_s, adminUrl, u"users"_s });
    COMPARE_EXIT(fixed, 0);
    // Back to a server without any of it, for the README's own steps.
    QCOMPARE(pg.psql("DROP DATABASE onramp WITH (FORCE);\nDROP ROLE onramp_console;\nDROP ROLE onramp_admin;\n"
                     "DROP ROLE carol;\n"),
        0);

    // README.md, verbatim: the superuser's block, the passwords, the administrator's first open, its block.
    QCOMPARE(pg.psql(superuserSql), 0);
    QCOMPARE(setPasswords(), 0);
    const CliRun firstOpen = runWith(env, { u"--json"_s, u"--db"_s, adminUrl, u"users"_s });
    COMPARE_EXIT(firstOpen, 0);
    QByteArray psqlOut;
    QVERIFY2(pg.psql(adminSql, adminUrl, env, &psqlOut) == 0, psqlOut.constData());

    // Two console users: each one's accounts work and each sees only their own.
    const QString aliceUrl = pg.url(u"alice"_s, u"onramp"_s);
    const QString bobUrl = pg.url(u"bob"_s, u"onramp"_s);
    const CliRun aliceKeys = runWith(env, { u"--json"_s, u"--db"_s, aliceUrl, u"connect-keys"_s },
        keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectActive(aliceKeys, FakeAws::customerAccount(), 10);
    RETURN_IF_FAILED();
    const QString aliceId = json(aliceKeys).object().value(u"id"_s).toString();
    const CliRun bobCreated = runWith(env, { u"--json"_s, u"--db"_s, bobUrl, u"create"_s });
    COMPARE_EXIT(bobCreated, 0);
    const QString bobId = json(bobCreated).object().value(u"id"_s).toString();
    QVERIFY(!aliceId.isEmpty() && !bobId.isEmpty());

    const auto ids = [&](const QString &url) {
        QStringList out;
        const CliRun r = runWith(env, { u"--json"_s, u"--db"_s, url, u"accounts"_s });
        if (r.exitCode != 0)
            QTest::qFail(qPrintable(r.describe(u"accounts"_s)), __FILE__, __LINE__);
        for (const QJsonValue &a : QJsonDocument::fromJson(r.out).array())
            out << a.toObject().value(u"id"_s).toString();
        return out;
    };
    QCOMPARE(ids(aliceUrl), QStringList { aliceId });
    QCOMPARE(ids(bobUrl), QStringList { bobId });
    const CliRun bobReadsAlice = runWith(env, { u"--json"_s, u"--db"_s, bobUrl, u"instances"_s, aliceId });
    QVERIFY2(bobReadsAlice.exitCode != 0 && !bobReadsAlice.out.contains("instance_id"),
        qPrintable(bobReadsAlice.describe(u"bob reads alice's instances"_s)));
}

QTEST_GUILESS_MAIN(TestOnrampctl)

#include "tst_onrampctl.moc"
