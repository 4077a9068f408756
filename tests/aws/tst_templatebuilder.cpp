// Tests for TemplateBuilder: trust policy, read-only grants, parameters, outputs, YAML = JSON, cfn-lint, launch links.
#include "aws/organizationsclient.h"
#include "aws/permissionprobe.h"
#include "aws/templatebuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

TemplateOptions validOptions()
{
    TemplateOptions options;
    options.trustedAccountId = u"123456789012"_s;
    options.externalId = u"3f2a9c1e-7b4d-4e8a-9f6b-0c5d2e1a8b7c"_s;
    return options;
}

QJsonObject buildParsed(const TemplateOptions &options)
{
    const Result<QByteArray> json = TemplateBuilder::buildJson(options);
    if (!json) {
        qWarning("buildJson failed: %s", qPrintable(json.error().message));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("buildJson gave invalid JSON: %s", qPrintable(error.errorString()));
        return {};
    }
    return document.object();
}

OrgTemplateOptions validOrgOptions()
{
    OrgTemplateOptions options;
    static_cast<TemplateOptions &>(options) = validOptions();
    options.targetIds = { u"r-a1b2"_s, u"ou-a1b2-prod0001"_s };
    return options;
}

QJsonObject parseJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
        return {};
    }
    return document.object();
}

QJsonObject buildOrgParsed(const OrgTemplateOptions &options)
{
    const Result<QByteArray> json = TemplateBuilder::buildOrganizationJson(options);
    if (!json) {
        qWarning("buildOrganizationJson failed: %s", qPrintable(json.error().message));
        return {};
    }
    return parseJson(*json);
}

QJsonObject roleProperties(const QJsonObject &tpl)
{
    return tpl[u"Resources"_s][QString(TemplateBuilder::RoleLogicalId)][u"Properties"_s].toObject();
}

// Action or Resource may be a string or a list in IAM policy grammar.
QStringList stringOrList(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString() };
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QString python()
{
    const QString configured = qEnvironmentVariable("ONRAMP_PYTHON");
    return configured.isEmpty() ? u"/usr/bin/python3"_s : configured;
}

QString cfnLintScript()
{
    const QString sourceDir = qEnvironmentVariable("ONRAMP_SOURCE_DIR");
    if (!sourceDir.isEmpty())
        return sourceDir + u"/tests/aws/cfnlint.sh"_s;
    return QFINDTESTDATA("cfnlint.sh");
}

struct ProcessResult
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
};

ProcessResult run(
    const QString &program, const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.out = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAll();
    return result;
}

} // namespace

class TestTemplateBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateCreatesOneNamedRole();
    void trustPolicyAllowsOnlyTheConsoleAccountWithTheExternalId();
    void policyGrantsExactlyTheDiscoveryActionsWithoutWildcard();
    void parametersDefaultToThisOnboarding();
    void parameterDefaultsSatisfyTheirOwnConstraints();
    void outputsGiveRoleArnAndExternalId();
    void tagsIdentifyOnramp();
    void jsonIsDeterministicAndInAnatomyOrder();
    void yamlLoadsToTheSameDocumentAsJson_data();
    void yamlLoadsToTheSameDocumentAsJson();
    void cfnLintAcceptsTheTemplate_data();
    void cfnLintAcceptsTheTemplate();
    void cfnLintRejectsABrokenTemplate();
    void quickCreateUrlFieldsDecodeToTheInputs_data();
    void quickCreateUrlFieldsDecodeToTheInputs();
    void quickCreateUrlRefusesBadLaunchInputs_data();
    void quickCreateUrlRefusesBadLaunchInputs();
    void createStackCommandSurvivesTheShell_data();
    void createStackCommandSurvivesTheShell();
    void invalidOptionsAreRefusedEverywhere_data();
    void invalidOptionsAreRefusedEverywhere();
    void limitsAreInclusive();
    void roleArnForNamesTheRoleTheStackCreates();
    void shellQuoteLeavesSafeWordsAlone();
    void singleAccountTemplateIsUnchanged();
    void organizationTemplateHasTheManagementRoleAndAServiceManagedStackSet();
    void managementRoleIsTheSingleAccountRolePlusOrganizationsReadOnly();
    void memberRolesComeFromTheSingleAccountTemplate();
    void organizationTargetsParameterDefaultsToTheGivenIds();
    void organizationOutputsGiveRoleArnExternalIdAndStackSetId();
    void organizationYamlLoadsToTheSameDocumentAsJson();
    void cfnLintAcceptsTheOrganizationTemplate_data();
    void cfnLintAcceptsTheOrganizationTemplate();
    void organizationLaunchCarriesTheTargets();
    void organizationCreateStackCommandSurvivesTheShell();
    void invalidOrganizationTargetsAreRefusedEverywhere_data();
    void invalidOrganizationTargetsAreRefusedEverywhere();
};

void TestTemplateBuilder::templateCreatesOneNamedRole()
{
    TemplateOptions options = validOptions();
    options.roleName = u"Onramp.Reader@team-1"_s;
    const QJsonObject tpl = buildParsed(options);
    QCOMPARE(tpl[u"AWSTemplateFormatVersion"_s].toString(), u"2010-09-09"_s);
    QVERIFY(!tpl[u"Description"_s].toString().isEmpty());

    const QJsonObject resources = tpl[u"Resources"_s].toObject();
    QCOMPARE(resources.size(), 1);
    const QJsonObject role = resources[QString(TemplateBuilder::RoleLogicalId)].toObject();
    QCOMPARE(role[u"Type"_s].toString(), u"AWS::IAM::Role"_s);
    const QJsonObject properties = role[u"Properties"_s].toObject();
    QCOMPARE(properties[u"RoleName"_s].toString(), options.roleName);
    QCOMPARE(properties[u"MaxSessionDuration"_s].toInt(), 3600);
    // Nothing but the inline policy may grant permissions.
    QVERIFY(!properties.contains(u"ManagedPolicyArns"_s));
    QVERIFY(!properties.contains(u"PermissionsBoundary"_s));

    TemplateOptions described = validOptions();
    described.description = u"Connect ACME production to Onramp"_s;
    QCOMPARE(buildParsed(described)[u"Description"_s].toString(), described.description);
}

void TestTemplateBuilder::trustPolicyAllowsOnlyTheConsoleAccountWithTheExternalId()
{
    const QJsonObject trust = roleProperties(buildParsed(validOptions()))[u"AssumeRolePolicyDocument"_s].toObject();
    QCOMPARE(trust[u"Version"_s].toString(), u"2012-10-17"_s);
    const QJsonArray statements = trust[u"Statement"_s].toArray();
    QCOMPARE(statements.size(), 1);
    const QJsonObject statement = statements.first().toObject();

    QCOMPARE(statement[u"Effect"_s].toString(), u"Allow"_s);
    const QJsonObject expectedPrincipal { { u"AWS"_s,
        QJsonObject { { u"Fn::Sub"_s, u"arn:${AWS::Partition}:iam::${TrustedAccountId}:root"_s } } } };
    QCOMPARE(statement[u"Principal"_s].toObject(), expectedPrincipal);
    QCOMPARE(stringOrList(statement[u"Action"_s]), QStringList { u"sts:AssumeRole"_s });
    const QJsonObject expectedCondition { { u"StringEquals"_s,
        QJsonObject { { u"sts:ExternalId"_s, QJsonObject { { u"Ref"_s, u"ExternalId"_s } } } } } };
    QCOMPARE(statement[u"Condition"_s].toObject(), expectedCondition);
    for (const QString &widening : { u"NotPrincipal"_s, u"NotAction"_s, u"Resource"_s, u"NotResource"_s })
        QVERIFY2(!statement.contains(widening), qPrintable(widening));
}

void TestTemplateBuilder::policyGrantsExactlyTheDiscoveryActionsWithoutWildcard()
{
    const QJsonArray policies = roleProperties(buildParsed(validOptions()))[u"Policies"_s].toArray();
    QVERIFY(!policies.isEmpty());

    static const QRegularExpression readAction(u"\\A(ec2|rds):(Describe|Get|List)[A-Za-z]*\\*?\\z"_s);
    QSet<QString> granted;
    for (const QJsonValue &policy : policies) {
        QVERIFY(!policy[u"PolicyName"_s].toString().isEmpty());
        const QJsonArray statements = policy[u"PolicyDocument"_s][u"Statement"_s].toArray();
        QVERIFY(!statements.isEmpty());
        for (const QJsonValue &statement : statements) {
            QCOMPARE(statement[u"Effect"_s].toString(), u"Allow"_s);
            QVERIFY(!statement.toObject().contains(u"NotAction"_s));
            QVERIFY(!statement.toObject().contains(u"NotResource"_s));
            QCOMPARE(stringOrList(statement[u"Resource"_s]), QStringList { u"*"_s });
            for (const QString &action : stringOrList(statement[u"Action"_s])) {
                QVERIFY2(readAction.match(action).hasMatch(), qPrintable(u"not a read: "_s + action));
                granted.insert(action);
            }
        }
    }

    // Exactly the list in code (EC2's required and RDS's optional actions): no wildcard, so nothing that reads user
    // data or launch templates.
    QSet<QString> expected;
    for (const RequiredAction &action : discoveryActions())
        expected.insert(QString::fromLatin1(action.iamAction));
    QCOMPARE(granted, expected);
    QVERIFY(granted.contains(u"rds:DescribeDBInstances"_s));
    for (const RequiredAction &action : requiredEc2Actions())
        QVERIFY(granted.contains(QString::fromLatin1(action.iamAction)));
    for (const QString &action : std::as_const(granted))
        QVERIFY2(!action.contains(u'*'), qPrintable(u"wildcard granted: "_s + action));
    QVERIFY(!granted.contains(u"ec2:DescribeInstanceAttribute"_s));
    QVERIFY(!granted.contains(u"ec2:DescribeLaunchTemplateVersions"_s));
}

void TestTemplateBuilder::parametersDefaultToThisOnboarding()
{
    const TemplateOptions options = validOptions();
    const QJsonObject parameters = buildParsed(options)[u"Parameters"_s].toObject();
    QCOMPARE(parameters.keys(), (QStringList { u"ExternalId"_s, u"TrustedAccountId"_s }));

    const QJsonObject externalId = parameters[u"ExternalId"_s].toObject();
    QCOMPARE(externalId[u"Type"_s].toString(), u"String"_s);
    QCOMPARE(externalId[u"Default"_s].toString(), options.externalId);
    QCOMPARE(externalId[u"MinLength"_s].toInt(), 2);
    QCOMPARE(externalId[u"MaxLength"_s].toInt(), 1224);
    QCOMPARE(externalId[u"AllowedPattern"_s].toString(), u"[\\w+=,.@:\\/-]*"_s);
    // Visible on purpose: the customer must be able to read and compare it; NoEcho would also drop it from
    // quick-create links.
    QVERIFY(!externalId[u"NoEcho"_s].toBool());

    const QJsonObject trusted = parameters[u"TrustedAccountId"_s].toObject();
    QCOMPARE(trusted[u"Type"_s].toString(), u"String"_s);
    QCOMPARE(trusted[u"Default"_s].toString(), options.trustedAccountId);
    QCOMPARE(trusted[u"AllowedPattern"_s].toString(), u"\\d{12}"_s);
}

void TestTemplateBuilder::parameterDefaultsSatisfyTheirOwnConstraints()
{
    // CloudFormation refuses a stack whose parameter values do not fully match AllowedPattern; cfn-lint does not
    // check defaults against patterns, so check here, with an External ID using every allowed symbol.
    TemplateOptions options = validOptions();
    options.externalId = u"aZ09_+=,.@:/-"_s;
    const QJsonObject parameters = buildParsed(options)[u"Parameters"_s].toObject();
    for (const QString &name : parameters.keys()) {
        const QJsonObject parameter = parameters[name].toObject();
        const QString value = parameter[u"Default"_s].toString();
        const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(parameter[u"AllowedPattern"_s].toString()));
        QVERIFY2(pattern.isValid(), qPrintable(name));
        QVERIFY2(pattern.match(value).hasMatch(), qPrintable(name + u": "_s + value));
        if (parameter.contains(u"MinLength"_s))
            QVERIFY(value.size() >= parameter[u"MinLength"_s].toInt());
        if (parameter.contains(u"MaxLength"_s))
            QVERIFY(value.size() <= parameter[u"MaxLength"_s].toInt());
    }
}

void TestTemplateBuilder::outputsGiveRoleArnAndExternalId()
{
    const QJsonObject tpl = buildParsed(validOptions());
    const QJsonObject outputs = tpl[u"Outputs"_s].toObject();
    const QJsonObject roleArn { { u"Fn::GetAtt"_s, QJsonArray { QString(TemplateBuilder::RoleLogicalId), u"Arn"_s } } };
    QCOMPARE(outputs[u"RoleArn"_s][u"Value"_s].toObject(), roleArn);
    QVERIFY(tpl[u"Resources"_s].toObject().contains(QString(TemplateBuilder::RoleLogicalId)));
    QCOMPARE(outputs[u"ExternalId"_s][u"Value"_s].toObject(), (QJsonObject { { u"Ref"_s, u"ExternalId"_s } }));
}

void TestTemplateBuilder::tagsIdentifyOnramp()
{
    const QJsonArray tags = roleProperties(buildParsed(validOptions()))[u"Tags"_s].toArray();
    QVERIFY(tags.contains(QJsonObject { { u"Key"_s, u"ManagedBy"_s }, { u"Value"_s, u"Onramp"_s } }));
    for (const QJsonValue &tag : tags)
        QVERIFY2(!tag[u"Key"_s].toString().startsWith(u"aws:"_s), "the aws: tag prefix is reserved");
}

void TestTemplateBuilder::jsonIsDeterministicAndInAnatomyOrder()
{
    const QByteArray first = TemplateBuilder::buildJson(validOptions()).value();
    QCOMPARE(TemplateBuilder::buildJson(validOptions()).value(), first);
    QVERIFY(first.startsWith("{\n    \"AWSTemplateFormatVersion\": \"2010-09-09\",\n    \"Description\": "));
    QVERIFY(first.endsWith("}\n"));
    const qsizetype parameters = first.indexOf("\n    \"Parameters\"");
    const qsizetype resources = first.indexOf("\n    \"Resources\"");
    const qsizetype outputs = first.indexOf("\n    \"Outputs\"");
    QVERIFY(parameters > 0 && parameters < resources && resources < outputs);

    TemplateOptions other = validOptions();
    other.externalId = u"another-external-id"_s;
    QVERIFY(TemplateBuilder::buildJson(other).value() != first);
}

void TestTemplateBuilder::yamlLoadsToTheSameDocumentAsJson_data()
{
    QTest::addColumn<TemplateOptions>("options");

    QTest::newRow("defaults") << validOptions();
    TemplateOptions tricky = validOptions();
    tricky.description
        = u"Onramp: ACME # not a comment\n'single' \"double\" \\ back\ttab - [x] {y} &a *b !c %d @e `f`"_s;
    QTest::newRow("description with YAML syntax") << tricky;
    TemplateOptions boolish = validOptions();
    boolish.description = u"no"_s;
    QTest::newRow("description that YAML 1.1 reads as false") << boolish;
    TemplateOptions numeric = validOptions();
    numeric.description = u"2010-09-09"_s;
    QTest::newRow("description that YAML reads as a date") << numeric;
    TemplateOptions unicode = validOptions();
    unicode.description = u"Zugriff f\u00fcr Onramp \u2014 \u2713 \U0001F680"_s;
    QTest::newRow("non-ASCII description") << unicode;
    TemplateOptions symbols = validOptions();
    symbols.externalId = u"=x,y:z/w@v+u_t-s.r"_s;
    symbols.roleName = u"a.b@c=d,e+f_g-h"_s;
    QTest::newRow("symbols in external id and role name") << symbols;
    TemplateOptions digits = validOptions();
    digits.externalId = u"0123456789"_s;
    QTest::newRow("all-digit external id") << digits;
}

void TestTemplateBuilder::yamlLoadsToTheSameDocumentAsJson()
{
    QFETCH(TemplateOptions, options);

    const ProcessResult probe = run(python(), { u"-c"_s, u"import yaml"_s });
    if (!probe.started || probe.exitCode != 0)
        QSKIP(qPrintable(
            u"needs "_s + python() + u" with PyYAML (Debian python3-yaml): "_s + QString::fromUtf8(probe.out)));

    const QByteArray yaml = TemplateBuilder::buildYaml(options).value();
    // Short forms such as !Sub are CloudFormation-only tags: safe_load refuses them, and the emitter never writes them.
    for (const char *shortForm : { "!Sub", "!Ref", "!GetAtt" })
        QVERIFY2(!yaml.contains(shortForm), shortForm);
    const ProcessResult loaded = run(python(),
        { u"-c"_s, u"import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin.buffer), sys.stdout)"_s }, yaml);
    QVERIFY2(loaded.exitCode == 0, loaded.out.constData());

    QJsonParseError error;
    const QJsonDocument fromYaml = QJsonDocument::fromJson(loaded.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(fromYaml.object(), buildParsed(options));
}

void TestTemplateBuilder::cfnLintAcceptsTheTemplate_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<TemplateOptions>("options");

    QTest::newRow("json") << u"json"_s << validOptions();
    QTest::newRow("yaml") << u"yaml"_s << validOptions();
    TemplateOptions longest = validOptions();
    longest.externalId = QString(1224, u'e');
    longest.roleName = QString(64, u'r');
    longest.description = u"Onramp: ACME # not a comment \"quoted\" 'single' f\u00fcr"_s;
    QTest::newRow("json, longest ids") << u"json"_s << longest;
    QTest::newRow("yaml, longest ids") << u"yaml"_s << longest;
}

void TestTemplateBuilder::cfnLintAcceptsTheTemplate()
{
    QFETCH(QString, format);
    QFETCH(TemplateOptions, options);

    const Result<QByteArray> body
        = format == u"json" ? TemplateBuilder::buildJson(options) : TemplateBuilder::buildYaml(options);
    QVERIFY(body.ok());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"onramp-role."_s + format));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*body);
    file.close();

    const ProcessResult lint = run(u"/bin/sh"_s, { cfnLintScript(), file.fileName() });
    if (!lint.started)
        QSKIP("cannot start /bin/sh");
    if (lint.exitCode == 77)
        QSKIP(lint.out.trimmed().constData());
    QVERIFY2(lint.exitCode == 0, lint.out.constData());
    qInfo("%s", lint.out.trimmed().constData());
}

void TestTemplateBuilder::cfnLintRejectsABrokenTemplate()
{
    // Proves the linter run above checks something: a GetAtt on a resource that does not exist must fail.
    QByteArray body = TemplateBuilder::buildJson(validOptions()).value();
    body.replace("\"Arn\"", "\"NoSuchAttribute\"");
    QTemporaryDir dir;
    QFile file(dir.filePath(u"broken.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body);
    file.close();

    const ProcessResult lint = run(u"/bin/sh"_s, { cfnLintScript(), file.fileName() });
    if (lint.exitCode == 77)
        QSKIP(lint.out.trimmed().constData());
    QCOMPARE(lint.exitCode, 1);
    QVERIFY2(lint.out.contains("NoSuchAttribute"), lint.out.constData());
}

void TestTemplateBuilder::quickCreateUrlFieldsDecodeToTheInputs_data()
{
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("host");

    QTest::newRow("aws") << u"aws"_s << u"eu-central-1"_s << u"console.aws.amazon.com"_s;
    QTest::newRow("aws-cn") << u"aws-cn"_s << u"cn-north-1"_s << u"console.amazonaws.cn"_s;
    QTest::newRow("aws-us-gov") << u"aws-us-gov"_s << u"us-gov-west-1"_s << u"console.amazonaws-us-gov.com"_s;
}

void TestTemplateBuilder::quickCreateUrlFieldsDecodeToTheInputs()
{
    QFETCH(QString, partition);
    QFETCH(QString, region);
    QFETCH(QString, host);

    TemplateOptions options = validOptions();
    options.partition = partition;
    options.externalId = u"a+b=c,d/e:f@g_h-i.j"_s; // '+', '=', ',' and '/' are what naive encoding breaks
    // A pre-signed S3 URL: its own query has '&', '=' and already-encoded '%2B', '%2F'.
    const QUrl templateUrl = QUrl::fromEncoded(
        "https://onramp-templates.s3.amazonaws.com/t/3f2a.json?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Credential=AKIDEXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=ab%2Bcd%3D",
        QUrl::StrictMode);
    QVERIFY(templateUrl.isValid());

    const Result<QUrl> url = TemplateBuilder::quickCreateUrl(region, templateUrl, u"Onramp-Connect-1", options);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->scheme(), u"https"_s);
    QCOMPARE(url->host(), host);
    QCOMPARE(url->path(), u"/cloudformation/home"_s);
    QCOMPARE(url->query(), u"region="_s + region);

    const QString fragment = url->fragment(QUrl::FullyEncoded);
    const QString prefix = u"/stacks/quickcreate?"_s;
    QVERIFY2(fragment.startsWith(prefix), qPrintable(fragment));
    static const QRegularExpression encodedValue(u"\\A[A-Za-z0-9%._~-]*\\z"_s);
    QHash<QString, QString> fields;
    for (const QString &pair : fragment.mid(prefix.size()).split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        QVERIFY2(eq > 0, qPrintable(pair));
        const QString value = pair.mid(eq + 1);
        // Only unreserved characters and %XX: no '+', '/', '=' or '&' left for a decoder to misread.
        QVERIFY2(encodedValue.match(value).hasMatch(), qPrintable(pair));
        fields.insert(pair.left(eq), QUrl::fromPercentEncoding(value.toLatin1()));
    }
    QCOMPARE(fields.size(), 4);
    QCOMPARE(QUrl::fromEncoded(fields.value(u"templateURL"_s).toLatin1(), QUrl::StrictMode), templateUrl);
    QCOMPARE(fields.value(u"stackName"_s), u"Onramp-Connect-1"_s);
    QCOMPARE(fields.value(u"param_ExternalId"_s), options.externalId);
    QCOMPARE(fields.value(u"param_TrustedAccountId"_s), options.trustedAccountId);
}

void TestTemplateBuilder::quickCreateUrlRefusesBadLaunchInputs_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QUrl>("templateUrl");
    QTest::addColumn<QString>("stackName");
    QTest::addColumn<QString>("code");

    const QUrl good(u"https://bucket.s3.amazonaws.com/onramp.json"_s);
    QTest::newRow("stack name starting with a digit")
        << u"us-east-1"_s << good << u"1onramp"_s << u"InvalidTemplate.StackName"_s;
    QTest::newRow("underscore in stack name")
        << u"us-east-1"_s << good << u"onramp_role"_s << u"InvalidTemplate.StackName"_s;
    QTest::newRow("129-character stack name")
        << u"us-east-1"_s << good << QString(129, u'a') << u"InvalidTemplate.StackName"_s;
    QTest::newRow("empty stack name") << u"us-east-1"_s << good << QString() << u"InvalidTemplate.StackName"_s;
    QTest::newRow("upper-case region") << u"US-EAST-1"_s << good << u"Onramp"_s << u"InvalidTemplate.Region"_s;
    QTest::newRow("region with a fragment") << u"us-east-1#x"_s << good << u"Onramp"_s << u"InvalidTemplate.Region"_s;
    QTest::newRow("China region for an aws account")
        << u"cn-north-1"_s << good << u"Onramp"_s << u"InvalidTemplate.PartitionMismatch"_s;
    QTest::newRow("http template URL") << u"us-east-1"_s << QUrl(u"http://bucket.s3.amazonaws.com/t.json"_s)
                                       << u"Onramp"_s << u"InvalidTemplate.TemplateUrl"_s;
    QTest::newRow("relative template URL")
        << u"us-east-1"_s << QUrl(u"onramp.json"_s) << u"Onramp"_s << u"InvalidTemplate.TemplateUrl"_s;
}

void TestTemplateBuilder::quickCreateUrlRefusesBadLaunchInputs()
{
    QFETCH(QString, region);
    QFETCH(QUrl, templateUrl);
    QFETCH(QString, stackName);
    QFETCH(QString, code);

    const Result<QUrl> url = TemplateBuilder::quickCreateUrl(region, templateUrl, stackName, validOptions());
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, code);
    QCOMPARE(url.error().kind, AwsError::Kind::InvalidInput);
    QVERIFY(!url.error().message.isEmpty());
}

void TestTemplateBuilder::createStackCommandSurvivesTheShell_data()
{
    QTest::addColumn<QString>("templateFile");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("parametersWord");

    const QString plainId = validOptions().externalId;
    QTest::newRow("plain") << u"onramp-role.json"_s << plainId
                           << u"ParameterKey=ExternalId,ParameterValue="_s + plainId;
    QTest::newRow("file name with spaces and quotes")
        << u"my 'onramp' \"role\".json"_s << plainId << u"ParameterKey=ExternalId,ParameterValue="_s + plainId;
    QTest::newRow("file name with command substitution") << u"$(touch PWNED)`touch PWNED`;touch PWNED.json"_s << plainId
                                                         << u"ParameterKey=ExternalId,ParameterValue="_s + plainId;
    QTest::newRow("file name with newline and glob")
        << u"a\nb*?[c].json"_s << plainId << u"ParameterKey=ExternalId,ParameterValue="_s + plainId;
    // The CLI's shorthand syntax splits on ',' and refuses a value starting with '=': such values are
    // double-quoted inside the shorthand.
    QTest::newRow("external id with comma")
        << u"t.json"_s << u"a,b"_s << u"ParameterKey=ExternalId,ParameterValue=\"a,b\""_s;
    QTest::newRow("external id starting with =")
        << u"t.json"_s << u"=ab"_s << u"ParameterKey=ExternalId,ParameterValue=\"=ab\""_s;
    QTest::newRow("external id with = : / @ +")
        << u"t.json"_s << u"a=b:c/d@e+f"_s << u"ParameterKey=ExternalId,ParameterValue=a=b:c/d@e+f"_s;
}

void TestTemplateBuilder::createStackCommandSurvivesTheShell()
{
    QFETCH(QString, templateFile);
    QFETCH(QString, externalId);
    QFETCH(QString, parametersWord);

    TemplateOptions options = validOptions();
    options.externalId = externalId;
    const Result<QString> command = TemplateBuilder::createStackCommand(u"eu-west-1", u"Onramp", templateFile, options);
    QVERIFY2(command.ok(), qPrintable(command.ok() ? QString() : command.error().message));
    QVERIFY(command->startsWith(u"aws cloudformation create-stack "_s));
    QVERIFY(command->endsWith(u" --capabilities CAPABILITY_NAMED_IAM"_s));

    // Let a real shell split the command, with `aws` replaced by a function that prints its arguments.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script
        = u"aws() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }; cd \"$1\" || exit 9; "_s + *command;
    QProcess shell;
    shell.start(u"/bin/sh"_s, { u"-c"_s, script, u"sh"_s, dir.path() });
    QVERIFY(shell.waitForFinished(30000));
    QCOMPARE(shell.exitCode(), 0);
    QByteArray out = shell.readAllStandardOutput();
    QVERIFY(out.endsWith('\0'));
    out.chop(1);
    QStringList words;
    for (const QByteArray &word : out.split('\0'))
        words.append(QString::fromUtf8(word));

    const QStringList expected {
        u"cloudformation"_s,
        u"create-stack"_s,
        u"--region"_s,
        u"eu-west-1"_s,
        u"--stack-name"_s,
        u"Onramp"_s,
        u"--template-body"_s,
        u"file://"_s + templateFile,
        u"--parameters"_s,
        parametersWord,
        u"ParameterKey=TrustedAccountId,ParameterValue=123456789012"_s,
        u"--capabilities"_s,
        u"CAPABILITY_NAMED_IAM"_s,
    };
    QCOMPARE(words, expected);
    QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(), "the shell ran something");
}

void TestTemplateBuilder::invalidOptionsAreRefusedEverywhere_data()
{
    QTest::addColumn<TemplateOptions>("options");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const auto with = [](auto change) {
        TemplateOptions options = validOptions();
        change(options);
        return options;
    };
    QTest::newRow("role name with shell syntax")
        << with([](TemplateOptions &o) { o.roleName = u"x';rm -rf ~;'"_s; }) << u"InvalidArn.RoleNameInvalidCharacter"_s
        << u"contains \"'\" at position 2"_s;
    QTest::newRow("role name with command substitution")
        << with([](TemplateOptions &o) { o.roleName = u"$(id)"_s; }) << u"InvalidArn.RoleNameInvalidCharacter"_s
        << u"contains \"$\""_s;
    QTest::newRow("65-character role name") << with([](TemplateOptions &o) { o.roleName = QString(65, u'r'); })
                                            << u"InvalidArn.RoleNameTooLong"_s << u"at most 64"_s;
    QTest::newRow("empty role name") << with([](TemplateOptions &o) { o.roleName.clear(); })
                                     << u"InvalidArn.RoleNameEmpty"_s << u"empty"_s;
    QTest::newRow("external id with a quote") << with([](TemplateOptions &o) { o.externalId = u"abc'def"_s; })
                                              << u"InvalidTemplate.ExternalIdCharacter"_s << u"contains \"'\";"_s;
    QTest::newRow("external id with a space") << with([](TemplateOptions &o) { o.externalId = u"abc def"_s; })
                                              << u"InvalidTemplate.ExternalIdCharacter"_s << u"contains a space;"_s;
    QTest::newRow("external id with a newline") << with([](TemplateOptions &o) { o.externalId = u"abc\ndef"_s; })
                                                << u"InvalidTemplate.ExternalIdCharacter"_s << u"contains U+000A"_s;
    QTest::newRow("one-character external id")
        << with([](TemplateOptions &o) { o.externalId = u"x"_s; }) << u"InvalidTemplate.ExternalIdLength"_s
        << u"must have 2 to 1224 characters; it has 1."_s;
    QTest::newRow("1225-character external id") << with([](TemplateOptions &o) { o.externalId = QString(1225, u'x'); })
                                                << u"InvalidTemplate.ExternalIdLength"_s << u"it has 1225."_s;
    QTest::newRow("eleven-digit trusted account")
        << with([](TemplateOptions &o) { o.trustedAccountId = u"12345678901"_s; })
        << u"InvalidTemplate.TrustedAccountId"_s << u"not 12 digits"_s;
    QTest::newRow("no trusted account") << with([](TemplateOptions &o) { o.trustedAccountId.clear(); })
                                        << u"InvalidTemplate.TrustedAccountId"_s << u"not 12 digits"_s;
    QTest::newRow("unknown partition") << with([](TemplateOptions &o) { o.partition = u"aws-iso"_s; })
                                       << u"InvalidTemplate.Partition"_s << u"aws, aws-cn and aws-us-gov"_s;
    QTest::newRow("1025-byte description") << with([](TemplateOptions &o) { o.description = QString(1025, u'd'); })
                                           << u"InvalidTemplate.Description"_s << u"at most 1024"_s;
    QTest::newRow("description with a control character")
        << with([](TemplateOptions &o) { o.description = u"bell\u0007"_s; }) << u"InvalidTemplate.Description"_s
        << u"control character"_s;
}

void TestTemplateBuilder::invalidOptionsAreRefusedEverywhere()
{
    QFETCH(TemplateOptions, options);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const AwsError error = TemplateBuilder::validate(options);
    QCOMPARE(error.code, code);
    QCOMPARE(error.kind, AwsError::Kind::InvalidInput);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));

    const auto refusedWithSameError = [&error](const auto &result) { return !result.ok() && result.error() == error; };
    QVERIFY(refusedWithSameError(TemplateBuilder::buildJson(options)));
    QVERIFY(refusedWithSameError(TemplateBuilder::buildYaml(options)));
    QVERIFY(refusedWithSameError(TemplateBuilder::buildObject(options)));
    const QUrl templateUrl(u"https://bucket.s3.amazonaws.com/t.json"_s);
    QVERIFY(refusedWithSameError(TemplateBuilder::quickCreateUrl(u"us-east-1", templateUrl, u"Onramp", options)));
    QVERIFY(refusedWithSameError(TemplateBuilder::createStackCommand(u"us-east-1", u"Onramp", u"t.json", options)));
}

void TestTemplateBuilder::limitsAreInclusive()
{
    TemplateOptions options = validOptions();
    options.externalId = QString(1224, u'x');
    options.roleName = QString(64, u'r');
    options.description = QString(1024, u'd');
    QCOMPARE(TemplateBuilder::validate(options).kind, AwsError::Kind::None);
    options.externalId = u"xy"_s;
    QCOMPARE(TemplateBuilder::validate(options).kind, AwsError::Kind::None);
    QVERIFY(TemplateBuilder::buildJson(options).ok());

    QVERIFY(TemplateBuilder::isValidExternalId(u"aZ09_+=,.@:/-"));
    QVERIFY(!TemplateBuilder::isValidExternalId(u"\u00e9t\u00e9"));
    QVERIFY(!TemplateBuilder::isValidExternalId(u"a"));
}

void TestTemplateBuilder::roleArnForNamesTheRoleTheStackCreates()
{
    QCOMPARE(TemplateBuilder::roleArnFor(u"aws", u"210987654321", u"OnrampDiscoveryRole"),
        u"arn:aws:iam::210987654321:role/OnrampDiscoveryRole"_s);
    QCOMPARE(TemplateBuilder::roleArnFor(u"aws-cn", u"210987654321", u"Reader"),
        u"arn:aws-cn:iam::210987654321:role/Reader"_s);
    QCOMPARE(TemplateBuilder::roleArnFor(u"aws-us-gov", u"210987654321", u"Reader"),
        u"arn:aws-us-gov:iam::210987654321:role/Reader"_s);
    QVERIFY(TemplateBuilder::roleArnFor(u"aws", u"21098765432", u"Reader").isEmpty());
    QVERIFY(TemplateBuilder::roleArnFor(u"aws", u" 210987654321", u"Reader").isEmpty());
    QVERIFY(TemplateBuilder::roleArnFor(u"aws", u"210987654321", u"Bad Name").isEmpty());
    QVERIFY(TemplateBuilder::roleArnFor(u"aws-iso", u"210987654321", u"Reader").isEmpty());
}

void TestTemplateBuilder::shellQuoteLeavesSafeWordsAlone()
{
    QCOMPARE(TemplateBuilder::shellQuote(u"file://onramp-role.json"), u"file://onramp-role.json"_s);
    QCOMPARE(TemplateBuilder::shellQuote(u""), u"''"_s);
    QCOMPARE(TemplateBuilder::shellQuote(u"a b"), u"'a b'"_s);
    QCOMPARE(TemplateBuilder::shellQuote(u"it's"), u"'it'\\''s'"_s);
}

void TestTemplateBuilder::singleAccountTemplateIsUnchanged()
{
    // The organization template reuses the single-account template's parts; the single-account template stays the
    // bytes it was (tests/aws/data/template-single-account.json, written before the organization template existed).
    QFile golden(QFINDTESTDATA("data/template-single-account.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(TemplateBuilder::buildJson(validOptions()).value(), golden.readAll());
}

void TestTemplateBuilder::organizationTemplateHasTheManagementRoleAndAServiceManagedStackSet()
{
    const QJsonObject tpl = buildOrgParsed(validOrgOptions());
    const QJsonObject resources = tpl[u"Resources"_s].toObject();
    QCOMPARE(resources.keys(),
        (QStringList { QString(TemplateBuilder::RoleLogicalId), QString(TemplateBuilder::StackSetLogicalId) }));
    QCOMPARE(resources[QString(TemplateBuilder::RoleLogicalId)][u"Type"_s].toString(), u"AWS::IAM::Role"_s);
    const QJsonObject stackSet = resources[QString(TemplateBuilder::StackSetLogicalId)].toObject();
    QCOMPARE(stackSet[u"Type"_s].toString(), u"AWS::CloudFormation::StackSet"_s);
    const QJsonObject p = stackSet[u"Properties"_s].toObject();
    QCOMPARE(p[u"PermissionModel"_s].toString(), u"SERVICE_MANAGED"_s);
    QCOMPARE(p[u"AutoDeployment"_s].toObject(),
        (QJsonObject { { u"Enabled"_s, true }, { u"RetainStacksOnAccountRemoval"_s, false } }));
    QCOMPARE(p[u"Capabilities"_s].toArray(), (QJsonArray { u"CAPABILITY_NAMED_IAM"_s }));
    const QJsonArray groups = p[u"StackInstancesGroup"_s].toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0][u"DeploymentTargets"_s].toObject(),
        (QJsonObject { { u"OrganizationalUnitIds"_s, QJsonObject { { u"Ref"_s, u"OrganizationRootOrOuIds"_s } } } }));
    QCOMPARE(groups[0][u"Regions"_s].toArray(), (QJsonArray { QJsonObject { { u"Ref"_s, u"AWS::Region"_s } } }));
    const QJsonObject preferences = p[u"OperationPreferences"_s].toObject();
    const int tolerance = preferences[u"FailureTolerancePercentage"_s].toInt(-1);
    const int concurrency = preferences[u"MaxConcurrentPercentage"_s].toInt(-1);
    QVERIFY(tolerance >= 0 && tolerance <= 100);
    QVERIFY(concurrency >= 1 && concurrency <= 100);
    QVERIFY2(
        concurrency <= tolerance + 1 || tolerance == 100, "STRICT_FAILURE_TOLERANCE: concurrency <= tolerance + 1");
    // The default description says what the customer must have enabled first.
    QVERIFY2(tpl[u"Description"_s].toString().contains(u"trusted access for CloudFormation StackSets"_s),
        qPrintable(tpl[u"Description"_s].toString()));
}

void TestTemplateBuilder::managementRoleIsTheSingleAccountRolePlusOrganizationsReadOnly()
{
    const QJsonObject single = roleProperties(buildParsed(validOptions()));
    QJsonObject management = roleProperties(buildOrgParsed(validOrgOptions()));
    const QJsonArray policies = management.take(u"Policies"_s).toArray();
    QJsonObject singleWithoutPolicies = single;
    const QJsonArray singlePolicies = singleWithoutPolicies.take(u"Policies"_s).toArray();
    QCOMPARE(management, singleWithoutPolicies); // same name, trust policy (sts:ExternalId), tags, session length
    QCOMPARE(policies.size(), 2);
    QCOMPARE(policies[0].toObject(), singlePolicies[0].toObject()); // the same read-only EC2 and RDS grants
    QVERIFY(stringOrList(policies[0][u"PolicyDocument"_s][u"Statement"_s][0][u"Action"_s])
                .contains(u"rds:DescribeDBInstances"_s));
    const QJsonArray statements = policies[1][u"PolicyDocument"_s][u"Statement"_s].toArray();
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements[0][u"Effect"_s].toString(), u"Allow"_s);
    QCOMPARE(statements[0][u"Resource"_s].toString(), u"*"_s);
    QStringList expected;
    for (const QByteArray &action : OrganizationsClient::requiredOrganizationsActions())
        expected.append(QString::fromLatin1(action));
    QCOMPARE(stringOrList(statements[0][u"Action"_s]), expected);
    for (const QString &action : expected)
        QVERIFY2(action.startsWith(u"organizations:Describe"_s) || action.startsWith(u"organizations:List"_s),
            qPrintable(action));
}

void TestTemplateBuilder::memberRolesComeFromTheSingleAccountTemplate()
{
    OrgTemplateOptions options = validOrgOptions();
    options.description = u"Our organization's discovery roles"_s;
    const QJsonObject stackSet
        = buildOrgParsed(options)[u"Resources"_s][QString(TemplateBuilder::StackSetLogicalId)][u"Properties"_s]
              .toObject();
    TemplateOptions member = validOptions(); // the single-account template, with Onramp's own description
    QCOMPARE(stackSet[u"TemplateBody"_s].toString().toUtf8(), TemplateBuilder::buildJson(member).value());
    const QJsonObject memberTemplate = parseJson(stackSet[u"TemplateBody"_s].toString().toUtf8());
    QCOMPARE(roleProperties(memberTemplate), roleProperties(buildParsed(validOptions())));
    // The management stack's parameters are passed on, so both always agree.
    const QJsonArray parameters = stackSet[u"Parameters"_s].toArray();
    QCOMPARE(parameters.size(), 2);
    for (const QJsonValue &p : parameters)
        QCOMPARE(p[u"ParameterValue"_s].toObject(), (QJsonObject { { u"Ref"_s, p[u"ParameterKey"_s].toString() } }));
    QSet<QString> keys;
    for (const QJsonValue &p : parameters)
        keys.insert(p[u"ParameterKey"_s].toString());
    const QStringList memberParameters = memberTemplate[u"Parameters"_s].toObject().keys();
    QCOMPARE(keys, QSet<QString>(memberParameters.cbegin(), memberParameters.cend()));
}

void TestTemplateBuilder::organizationTargetsParameterDefaultsToTheGivenIds()
{
    OrgTemplateOptions options = validOrgOptions();
    options.targetIds = { u"ou-a1b2-prod0001"_s, u"ou-a1b2-sandbox1"_s, u"ou-a1b2-prod0001"_s };
    const QJsonObject parameters = buildOrgParsed(options)[u"Parameters"_s].toObject();
    const QJsonObject targets = parameters[u"OrganizationRootOrOuIds"_s].toObject();
    QCOMPARE(targets[u"Type"_s].toString(), u"CommaDelimitedList"_s);
    QCOMPARE(targets[u"Default"_s].toString(), u"ou-a1b2-prod0001,ou-a1b2-sandbox1"_s);
    QCOMPARE(parameters[u"ExternalId"_s][u"Default"_s].toString(), options.externalId);
    QCOMPARE(parameters[u"TrustedAccountId"_s][u"Default"_s].toString(), options.trustedAccountId);
}

void TestTemplateBuilder::organizationOutputsGiveRoleArnExternalIdAndStackSetId()
{
    const QJsonObject outputs = buildOrgParsed(validOrgOptions())[u"Outputs"_s].toObject();
    QCOMPARE(outputs.keys(), (QStringList { u"ExternalId"_s, u"RoleArn"_s, u"StackSetId"_s }));
    QCOMPARE(outputs[u"RoleArn"_s][u"Value"_s].toObject(),
        (QJsonObject { { u"Fn::GetAtt"_s, QJsonArray { QString(TemplateBuilder::RoleLogicalId), u"Arn"_s } } }));
    QCOMPARE(outputs[u"ExternalId"_s][u"Value"_s].toObject(), (QJsonObject { { u"Ref"_s, u"ExternalId"_s } }));
    QCOMPARE(outputs[u"StackSetId"_s][u"Value"_s].toObject(),
        (QJsonObject { { u"Ref"_s, QString(TemplateBuilder::StackSetLogicalId) } }));
}

void TestTemplateBuilder::organizationYamlLoadsToTheSameDocumentAsJson()
{
    const ProcessResult probe = run(python(), { u"-c"_s, u"import yaml"_s });
    if (!probe.started || probe.exitCode != 0)
        QSKIP("needs PyYAML (Debian python3-yaml)");
    const QByteArray yaml = TemplateBuilder::buildOrganizationYaml(validOrgOptions()).value();
    const ProcessResult loaded = run(python(),
        { u"-c"_s, u"import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin.buffer), sys.stdout)"_s }, yaml);
    QVERIFY2(loaded.exitCode == 0, loaded.out.constData());
    QCOMPARE(parseJson(loaded.out), buildOrgParsed(validOrgOptions()));
}

void TestTemplateBuilder::cfnLintAcceptsTheOrganizationTemplate_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<OrgTemplateOptions>("options");
    QTest::newRow("json") << u"json"_s << validOrgOptions();
    QTest::newRow("yaml") << u"yaml"_s << validOrgOptions();
    OrgTemplateOptions longest = validOrgOptions();
    longest.externalId = QString(1224, u'e');
    longest.roleName = QString(64, u'r');
    longest.targetIds = { u"r-"_s + QString(32, u'a') };
    for (int i = 0; i < 50; ++i)
        longest.targetIds.append(u"ou-a1b2-%1"_s.arg(i, 32, 10, QLatin1Char('0')));
    QTest::newRow("yaml, longest ids, 51 targets") << u"yaml"_s << longest;
}

void TestTemplateBuilder::cfnLintAcceptsTheOrganizationTemplate()
{
    QFETCH(QString, format);
    QFETCH(OrgTemplateOptions, options);
    const Result<QByteArray> body = format == u"json" ? TemplateBuilder::buildOrganizationJson(options)
                                                      : TemplateBuilder::buildOrganizationYaml(options);
    QVERIFY2(body.ok(), qPrintable(body.ok() ? QString() : body.error().message));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"onramp-organization."_s + format));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*body);
    file.close();
    const ProcessResult lint = run(u"/bin/sh"_s, { cfnLintScript(), file.fileName() });
    if (!lint.started)
        QSKIP("cannot start /bin/sh");
    if (lint.exitCode == 77)
        QSKIP(lint.out.trimmed().constData());
    QVERIFY2(lint.exitCode == 0, lint.out.constData());
    // The specification subset the script loads must include the StackSet, or its properties went unchecked.
    QVERIFY2(lint.out.contains("AWS::CloudFormation::StackSet"), lint.out.constData());
}

void TestTemplateBuilder::organizationLaunchCarriesTheTargets()
{
    const Result<QUrl> url = TemplateBuilder::organizationQuickCreateUrl(u"eu-west-1",
        QUrl(u"https://example-bucket.s3.amazonaws.com/org.json?X-Amz-Signature=a%2Bb&x=1"_s), u"Onramp-Org",
        validOrgOptions());
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    const QString fragment = url->fragment(QUrl::FullyEncoded);
    const QUrlQuery query(fragment.mid(fragment.indexOf(u'?') + 1));
    QCOMPARE(
        query.queryItemValue(u"param_OrganizationRootOrOuIds"_s, QUrl::FullyDecoded), u"r-a1b2,ou-a1b2-prod0001"_s);
    QCOMPARE(query.queryItemValue(u"param_ExternalId"_s, QUrl::FullyDecoded), validOptions().externalId);
    QCOMPARE(query.queryItemValue(u"templateURL"_s, QUrl::FullyDecoded),
        u"https://example-bucket.s3.amazonaws.com/org.json?X-Amz-Signature=a%2Bb&x=1"_s);
}

void TestTemplateBuilder::organizationCreateStackCommandSurvivesTheShell()
{
    const Result<QString> command
        = TemplateBuilder::organizationCreateStackCommand(u"eu-west-1", u"Onramp-Org", u"org.json", validOrgOptions());
    QVERIFY2(command.ok(), qPrintable(command.ok() ? QString() : command.error().message));
    QVERIFY2(command->startsWith(u"# "_s), qPrintable(*command));
    QVERIFY2(command->contains(u"trusted access for CloudFormation StackSets"_s), qPrintable(*command));
    QVERIFY2(command->contains(u"aws cloudformation activate-organizations-access"_s), qPrintable(*command));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script
        = u"aws() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; printf '\\n'; }; cd \"$1\" || exit 9; "_s
        + *command;
    QProcess shell;
    shell.start(u"/bin/sh"_s, { u"-c"_s, script, u"sh"_s, dir.path() });
    QVERIFY(shell.waitForFinished(30000));
    QCOMPARE(shell.exitCode(), 0);
    // The comment lines run nothing; the one command prints its words.
    const QList<QByteArray> lines = shell.readAllStandardOutput().split('\n');
    QCOMPARE(lines.size(), 2);
    QByteArray out = lines.first();
    QVERIFY(out.endsWith('\0'));
    out.chop(1);
    QStringList words;
    for (const QByteArray &word : out.split('\0'))
        words.append(QString::fromUtf8(word));
    const QStringList expected {
        u"cloudformation"_s,
        u"create-stack"_s,
        u"--region"_s,
        u"eu-west-1"_s,
        u"--stack-name"_s,
        u"Onramp-Org"_s,
        u"--template-body"_s,
        u"file://org.json"_s,
        u"--parameters"_s,
        u"ParameterKey=ExternalId,ParameterValue="_s + validOptions().externalId,
        u"ParameterKey=TrustedAccountId,ParameterValue=123456789012"_s,
        // The AWS CLI's shorthand splits on commas unless the value is double-quoted.
        u"ParameterKey=OrganizationRootOrOuIds,ParameterValue=\"r-a1b2,ou-a1b2-prod0001\""_s,
        u"--capabilities"_s,
        u"CAPABILITY_NAMED_IAM"_s,
    };
    QCOMPARE(words, expected);
}

void TestTemplateBuilder::invalidOrganizationTargetsAreRefusedEverywhere_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("code");
    QTest::newRow("none") << QStringList() << u"InvalidTemplate.NoTargets"_s;
    QTest::newRow("organization id") << QStringList { u"o-a1b2c3d4e5"_s } << u"InvalidTemplate.TargetId"_s;
    QTest::newRow("account id") << QStringList { u"111111111111"_s } << u"InvalidTemplate.TargetId"_s;
    QTest::newRow("ou too short") << QStringList { u"r-a1b2"_s, u"ou-a1b2-abc"_s } << u"InvalidTemplate.TargetId"_s;
    QTest::newRow("upper case") << QStringList { u"R-A1B2"_s } << u"InvalidTemplate.TargetId"_s;
    QTest::newRow("comma inside") << QStringList { u"r-a1b2,r-c3d4"_s } << u"InvalidTemplate.TargetId"_s;
    QStringList many;
    for (int i = 0; i < 70; ++i)
        many.append(u"ou-%1-%2"_s.arg(i, 32, 10, QLatin1Char('0')).arg(i, 32, 10, QLatin1Char('0')));
    QTest::newRow("longer than a parameter value") << many << u"InvalidTemplate.TargetsTooLong"_s;
}

void TestTemplateBuilder::invalidOrganizationTargetsAreRefusedEverywhere()
{
    QFETCH(QStringList, targets);
    QFETCH(QString, code);
    OrgTemplateOptions options = validOrgOptions();
    options.targetIds = targets;
    QCOMPARE(TemplateBuilder::validateOrganization(options).code, code);
    QCOMPARE(TemplateBuilder::buildOrganizationJson(options).error().code, code);
    QCOMPARE(TemplateBuilder::buildOrganizationYaml(options).error().code, code);
    QCOMPARE(TemplateBuilder::organizationQuickCreateUrl(
                 u"us-east-1", QUrl(u"https://example.com/t.json"_s), u"Onramp", options)
                 .error()
                 .code,
        code);
    QCOMPARE(TemplateBuilder::organizationCreateStackCommand(u"us-east-1", u"Onramp", u"t.json", options).error().code,
        code);
    // The account-level checks still apply.
    options.targetIds = { u"r-a1b2"_s };
    options.trustedAccountId = u"12345"_s;
    QCOMPARE(TemplateBuilder::validateOrganization(options).code, u"InvalidTemplate.TrustedAccountId"_s);
}

QTEST_GUILESS_MAIN(TestTemplateBuilder)
#include "tst_templatebuilder.moc"
