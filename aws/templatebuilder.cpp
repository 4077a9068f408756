// TemplateBuilder: builds the discovery-role CloudFormation templates (one account, a whole organization; JSON and
// YAML), quick-create links and CLI commands.
#include "aws/templatebuilder.h"

#include "aws/arn.h"
#include "aws/awspartition.h"
#include "aws/organizationsclient.h"
#include "aws/permissionprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

AwsError invalidTemplate(QLatin1StringView reason, const QString &message)
{
    AwsError error = AwsError::make(AwsError::Kind::InvalidInput, message);
    error.code = "InvalidTemplate."_L1 + reason;
    return error;
}

constexpr qsizetype maxDescriptionBytes = 1024; // CloudFormation User Guide, "Format version" / "Description"

QString defaultDescription(const TemplateOptions &options)
{
    return u"Onramp: read-only EC2 and RDS discovery role, assumable only by AWS account "_s + options.trustedAccountId
        + u" with the onboarding's External ID."_s;
}

// ---- Emitters -----------------------------------------------------------------------------------------------
// QJsonObject keeps keys sorted; a template reads better in its anatomy order (version, description, parameters,
// resources, outputs; Type before Properties; Effect, Principal, Action, Resource, Condition). Known keys come in
// this order, any other key after them alphabetically, so the output is deterministic.
const QStringList &preferredKeyOrder()
{
    static const QStringList order = {
        u"AWSTemplateFormatVersion"_s,
        u"Type"_s,
        u"RoleName"_s,
        u"Description"_s,
        u"Parameters"_s,
        u"Resources"_s,
        u"Outputs"_s,
        u"Default"_s,
        u"MinLength"_s,
        u"MaxLength"_s,
        u"AllowedPattern"_s,
        u"ConstraintDescription"_s,
        u"Properties"_s,
        u"MaxSessionDuration"_s,
        u"AssumeRolePolicyDocument"_s,
        u"Policies"_s,
        u"Tags"_s,
        u"PolicyName"_s,
        u"PolicyDocument"_s,
        u"Version"_s,
        u"Statement"_s,
        u"Sid"_s,
        u"Effect"_s,
        u"Principal"_s,
        u"Action"_s,
        u"Resource"_s,
        u"Condition"_s,
        u"Key"_s,
        u"Value"_s,
        u"RoleArn"_s,
        u"ExternalId"_s,
        // The organization template's; after every key of the single-account template, so its order is unchanged.
        u"StackSetName"_s,
        u"PermissionModel"_s,
        u"AutoDeployment"_s,
        u"Enabled"_s,
        u"RetainStacksOnAccountRemoval"_s,
        u"Capabilities"_s,
        u"OperationPreferences"_s,
        u"StackInstancesGroup"_s,
        u"DeploymentTargets"_s,
        u"OrganizationalUnitIds"_s,
        u"Regions"_s,
        u"ParameterKey"_s,
        u"ParameterValue"_s,
        u"TemplateBody"_s,
        u"StackSetId"_s,
    };
    return order;
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    const QStringList &order = preferredKeyOrder();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        if (ia >= 0 && ib >= 0)
            return ia < ib;
        if (ia >= 0 || ib >= 0)
            return ia >= 0;
        return a < b;
    });
    return keys;
}

QByteArray numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9007199254740992.0)
        return QByteArray::number(qint64(d));
    return QByteArray::number(d, 'g', 17);
}

QByteArray jsonString(const QString &s)
{
    // QJsonDocument has the one correct JSON string escaper; borrow it for a single value.
    const QByteArray wrapped = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void emitJson(QByteArray &out, const QJsonValue &value, int indent)
{
    constexpr int step = 4;
    const QByteArray inner(indent + step, ' ');
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        const QStringList keys = orderedKeys(object);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += inner + jsonString(keys[i]) + ": ";
            emitJson(out, object.value(keys[i]), indent + step);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            emitJson(out, array.at(i), indent + step);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
        return;
    }
    case QJsonValue::String:
        out += jsonString(value.toString());
        return;
    case QJsonValue::Double:
        out += numberText(value.toDouble());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

bool isPlainYamlSafe(const QString &s)
{
    // Conservative: a plain scalar must start with a letter (so it is never a number, date, alias, tag, anchor,
    // indicator or "~"), use no character with a meaning in YAML syntax, and not be one of YAML 1.1's booleans
    // or nulls.
    static const QRegularExpression plain(u"\\A[A-Za-z][A-Za-z0-9 _.,/:*${}@+=()-]*\\z"_s);
    static const QStringList reserved
        = { u"y"_s, u"n"_s, u"yes"_s, u"no"_s, u"true"_s, u"false"_s, u"on"_s, u"off"_s, u"null"_s };
    return plain.match(s).hasMatch() && !s.contains(u": "_s) && !s.contains(u" #"_s) && !s.endsWith(u':')
        && !s.endsWith(u' ') && !reserved.contains(s, Qt::CaseInsensitive);
}

QByteArray yamlScalarString(const QString &s)
{
    if (isPlainYamlSafe(s))
        return s.toUtf8();
    // A double-quoted scalar: escape the quote, the backslash and everything YAML does not allow raw in a
    // stream (C0/C1 controls, DEL, non-characters). Printable Unicode stays as UTF-8.
    QString quoted = u"\""_s;
    const QList<uint> codePoints = s.toUcs4();
    for (uint cp : codePoints) {
        if (cp == u'"')
            quoted += u"\\\""_s;
        else if (cp == u'\\')
            quoted += u"\\\\"_s;
        else if (cp == u'\n')
            quoted += u"\\n"_s;
        else if (cp == u'\t')
            quoted += u"\\t"_s;
        else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe
            || cp == 0xffff)
            quoted += u"\\u"_s + QString::number(cp, 16).rightJustified(4, u'0');
        else
            quoted += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
    }
    quoted += u'"';
    return quoted.toUtf8();
}

QByteArray yamlScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return yamlScalarString(value.toString());
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Object:
        return "{}"; // only reached for empty collections
    case QJsonValue::Array:
        return "[]";
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return "null";
}

bool isNonEmptyCollection(const QJsonValue &v)
{
    return (v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty());
}

void emitYamlSequence(QByteArray &out, const QJsonArray &array, int indent);

void emitYamlMapping(QByteArray &out, const QJsonObject &object, int indent)
{
    for (const QString &key : orderedKeys(object)) {
        const QJsonValue value = object.value(key);
        out += QByteArray(indent, ' ') + yamlScalarString(key) + ':';
        if (value.isObject() && !value.toObject().isEmpty()) {
            out += '\n';
            emitYamlMapping(out, value.toObject(), indent + 2);
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            out += '\n';
            emitYamlSequence(out, value.toArray(), indent + 2);
        } else {
            out += ' ' + yamlScalar(value) + '\n';
        }
    }
}

void emitYamlSequence(QByteArray &out, const QJsonArray &array, int indent)
{
    for (const QJsonValue &item : array) {
        if (!isNonEmptyCollection(item)) {
            out += QByteArray(indent, ' ') + "- " + yamlScalar(item) + '\n';
            continue;
        }
        // A collection item starts on the dash's line: emit it two columns deeper, then put "- " in front of
        // its first line.
        QByteArray nested;
        if (item.isObject())
            emitYamlMapping(nested, item.toObject(), indent + 2);
        else
            emitYamlSequence(nested, item.toArray(), indent + 2);
        out += QByteArray(indent, ' ') + "- " + nested.mid(indent + 2);
    }
}

// ---- Input checks -----------------------------------------------------------------------------------------------
AwsError checkRegion(QStringView region)
{
    static const QRegularExpression pattern(u"\\A[a-z]{2}(-[a-z]+)+-[0-9]+\\z"_s);
    if (!pattern.match(region).hasMatch())
        return invalidTemplate("Region"_L1,
            TemplateBuilder::tr("\"%1\" is not an AWS region name such as us-east-1.").arg(region.left(64).toString()));
    return {};
}

AwsError checkStackName(QStringView name)
{
    // CloudFormation User Guide, "Create quick-create links for stacks" / CreateStack StackName.
    static const QRegularExpression pattern(u"\\A[A-Za-z][A-Za-z0-9-]{0,127}\\z"_s);
    if (!pattern.match(name).hasMatch())
        return invalidTemplate("StackName"_L1,
            TemplateBuilder::tr("The stack name \"%1\" is not valid: it must start with a letter "
                                "and contain only letters, digits and hyphens, at most 128 "
                                "characters.")
                .arg(name.left(140).toString()));
    return {};
}

AwsError checkRegionMatchesPartition(QStringView region, const TemplateOptions &options)
{
    if (AwsError e = checkRegion(region); e.isError())
        return e;
    const QString partition = partitionOfRegion(region).id;
    if (partition != options.partition)
        return invalidTemplate("PartitionMismatch"_L1,
            TemplateBuilder::tr("Region %1 is in the %2 partition, but the trusted account is in %3: a role can "
                                "only trust an account of its own partition.")
                .arg(region.toString(), partition, options.partition));
    return {};
}

// STS AssumeRole ExternalId: [\w+=,.@:/-], where \w is ASCII letters, digits and '_'.
bool isExternalIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'+'
        || c == u'=' || c == u',' || c == u'.' || c == u'@' || c == u':' || c == u'/' || c == u'-';
}

// AWS CLI shorthand syntax (`Key=value,Key=value`): a value with a comma, or starting with '=', would be split or
// refused; a double-quoted value is taken literally (the External ID charset has no '"' or '\').
QString shorthandValue(const QString &value)
{
    if (value.contains(u',') || value.startsWith(u'='))
        return u'"' + value + u'"';
    return value;
}

} // namespace

bool TemplateBuilder::isValidExternalId(QStringView externalId)
{
    return externalId.size() >= MinExternalIdLength && externalId.size() <= MaxExternalIdLength
        && std::all_of(externalId.cbegin(), externalId.cend(), isExternalIdCharacter);
}

AwsError TemplateBuilder::validate(const TemplateOptions &options)
{
    if (!Arn::isKnownPartition(options.partition))
        return invalidTemplate("Partition"_L1,
            tr("Unknown partition \"%1\": Onramp accepts aws, aws-cn and "
               "aws-us-gov.")
                .arg(options.partition.left(64)));
    if (!Arn::isAccountId(options.trustedAccountId))
        return invalidTemplate("TrustedAccountId"_L1,
            tr("The trusted account ID \"%1\" is not 12 digits.").arg(options.trustedAccountId.left(64)));
    const qsizetype idLength = options.externalId.size();
    if (idLength < MinExternalIdLength || idLength > MaxExternalIdLength)
        return invalidTemplate("ExternalIdLength"_L1,
            tr("The External ID must have %1 to %2 characters; it has %3.")
                .arg(MinExternalIdLength)
                .arg(MaxExternalIdLength)
                .arg(idLength));
    const auto bad = std::find_if_not(options.externalId.cbegin(), options.externalId.cend(), isExternalIdCharacter);
    if (bad != options.externalId.cend()) {
        QString what;
        if (*bad == u' ')
            what = tr("a space");
        else if (bad->unicode() > 0x20 && bad->unicode() < 0x7f)
            what = u'"' + QString(*bad) + u'"';
        else
            what = u"U+"_s + QString::number(bad->unicode(), 16).toUpper().rightJustified(4, u'0');
        return invalidTemplate("ExternalIdCharacter"_L1,
            tr("The External ID contains %1; AWS accepts only letters, digits and "
               "_ + = , . @ : / -.")
                .arg(what));
    }
    if (AwsError e = Arn::checkRoleName(options.roleName); e.isError())
        return e;
    if (options.description.toUtf8().size() > maxDescriptionBytes)
        return invalidTemplate("Description"_L1,
            tr("The description has %1 bytes; CloudFormation accepts at most %2.")
                .arg(options.description.toUtf8().size())
                .arg(maxDescriptionBytes));
    const bool badCharacter = !options.description.isValidUtf16()
        || std::any_of(options.description.cbegin(), options.description.cend(),
            [](QChar c) { return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'; });
    if (badCharacter)
        return invalidTemplate("Description"_L1, tr("The description contains a control character or broken Unicode."));
    return {};
}

namespace {

QJsonObject singleAccountParameters(const TemplateOptions &options)
{
    return QJsonObject {
        { u"ExternalId"_s,
            QJsonObject {
                { u"Type"_s, u"String"_s },
                { u"Description"_s,
                    u"The External ID Onramp sends with sts:AssumeRole. The role refuses any other value."_s },
                { u"Default"_s, options.externalId },
                { u"MinLength"_s, TemplateBuilder::MinExternalIdLength },
                { u"MaxLength"_s, TemplateBuilder::MaxExternalIdLength },
                { u"AllowedPattern"_s, u"[\\w+=,.@:\\/-]*"_s },
                { u"ConstraintDescription"_s, u"2 to 1224 letters, digits or _+=,.@:/- characters."_s },
            } },
        { u"TrustedAccountId"_s,
            QJsonObject {
                { u"Type"_s, u"String"_s },
                { u"Description"_s, u"The AWS account of the Onramp console that may assume the role."_s },
                { u"Default"_s, options.trustedAccountId },
                { u"AllowedPattern"_s, u"\\d{12}"_s },
                { u"ConstraintDescription"_s, u"An AWS account ID: exactly 12 digits."_s },
            } },
    };
}

QJsonObject discoveryReadOnlyPolicy()
{
    // Exactly the actions Onramp calls (discoveryActions(): EC2's and RDS's), no wildcard: ec2:Describe* would also
    // grant DescribeInstanceAttribute (user data, where bootstrap secrets live) and DescribeLaunchTemplateVersions,
    // rds:Describe* log file downloads' metadata and more.
    QJsonArray actions;
    for (const RequiredAction &action : discoveryActions())
        actions.append(QString::fromLatin1(action.iamAction));
    return QJsonObject {
        { u"PolicyName"_s, u"OnrampDiscoveryReadOnly"_s },
        { u"PolicyDocument"_s,
            QJsonObject {
                { u"Version"_s, u"2012-10-17"_s },
                { u"Statement"_s,
                    QJsonArray { QJsonObject {
                        { u"Sid"_s, u"DiscoveryReadOnly"_s },
                        { u"Effect"_s, u"Allow"_s },
                        { u"Action"_s, actions },
                        { u"Resource"_s, u"*"_s },
                    } } },
            } },
    };
}

/// The discovery role with \a policies as its inline policies.
QJsonObject discoveryRole(const TemplateOptions &options, const QJsonArray &policies)
{
    const QJsonObject trustStatement {
        { u"Sid"_s, u"TrustOnrampConsoleWithExternalId"_s },
        { u"Effect"_s, u"Allow"_s },
        { u"Principal"_s,
            QJsonObject { { u"AWS"_s,
                QJsonObject { { u"Fn::Sub"_s, u"arn:${AWS::Partition}:iam::${TrustedAccountId}:root"_s } } } } },
        { u"Action"_s, u"sts:AssumeRole"_s },
        { u"Condition"_s,
            QJsonObject { { u"StringEquals"_s,
                QJsonObject { { u"sts:ExternalId"_s, QJsonObject { { u"Ref"_s, u"ExternalId"_s } } } } } } },
    };

    return QJsonObject {
        { u"Type"_s, u"AWS::IAM::Role"_s },
        { u"Properties"_s,
            QJsonObject {
                { u"RoleName"_s, options.roleName },
                { u"Description"_s,
                    u"Read-only EC2 and RDS discovery for Onramp (created by the Onramp onboarding stack)."_s },
                { u"MaxSessionDuration"_s, 3600 },
                { u"AssumeRolePolicyDocument"_s,
                    QJsonObject {
                        { u"Version"_s, u"2012-10-17"_s }, { u"Statement"_s, QJsonArray { trustStatement } } } },
                { u"Policies"_s, policies },
                { u"Tags"_s,
                    QJsonArray {
                        QJsonObject { { u"Key"_s, u"ManagedBy"_s }, { u"Value"_s, u"Onramp"_s } },
                        QJsonObject { { u"Key"_s, u"onramp:purpose"_s }, { u"Value"_s, u"ec2-discovery"_s } },
                    } },
            } },
    };
}

QJsonObject roleOutputs()
{
    return QJsonObject {
        { u"RoleArn"_s,
            QJsonObject {
                { u"Description"_s, u"Paste this Role ARN into Onramp to finish connecting the account."_s },
                { u"Value"_s,
                    QJsonObject {
                        { u"Fn::GetAtt"_s, QJsonArray { QString(TemplateBuilder::RoleLogicalId), u"Arn"_s } } } },
            } },
        { u"ExternalId"_s,
            QJsonObject {
                { u"Description"_s, u"The External ID the role requires."_s },
                { u"Value"_s, QJsonObject { { u"Ref"_s, u"ExternalId"_s } } },
            } },
    };
}

} // namespace

Result<QJsonObject> TemplateBuilder::buildObject(const TemplateOptions &options)
{
    if (AwsError e = validate(options); e.isError())
        return e;
    return QJsonObject {
        { u"AWSTemplateFormatVersion"_s, u"2010-09-09"_s },
        { u"Description"_s, options.description.isEmpty() ? defaultDescription(options) : options.description },
        { u"Parameters"_s, singleAccountParameters(options) },
        { u"Resources"_s,
            QJsonObject {
                { QString(RoleLogicalId), discoveryRole(options, QJsonArray { discoveryReadOnlyPolicy() }) } } },
        { u"Outputs"_s, roleOutputs() },
    };
}

namespace {
enum class Format { Json, Yaml };

/// The document of \a object (or its error) in \a format: one writer for both templates.
Result<QByteArray> render(const Result<QJsonObject> &object, Format format)
{
    if (!object)
        return object.error();
    QByteArray out;
    if (format == Format::Yaml) {
        emitYamlMapping(out, *object, 0);
        return out;
    }
    emitJson(out, *object, 0);
    out += '\n';
    return out;
}
} // namespace

Result<QByteArray> TemplateBuilder::buildJson(const TemplateOptions &options)
{
    return render(buildObject(options), Format::Json);
}

Result<QByteArray> TemplateBuilder::buildYaml(const TemplateOptions &options)
{
    return render(buildObject(options), Format::Yaml);
}

Result<QUrl> TemplateBuilder::quickCreateUrl(
    QStringView region, const QUrl &templateUrl, QStringView stackName, const TemplateOptions &options)
{
    if (AwsError e = validate(options); e.isError())
        return e;
    if (AwsError e = checkRegionMatchesPartition(region, options); e.isError())
        return e;
    if (AwsError e = checkStackName(stackName); e.isError())
        return e;
    if (!templateUrl.isValid() || templateUrl.scheme() != u"https" || templateUrl.host().isEmpty())
        return invalidTemplate("TemplateUrl"_L1,
            tr("The template URL \"%1\" is not an https URL.").arg(templateUrl.toDisplayString().left(200)));

    // The console reads these from the fragment; percent-encode every value completely so '&', '=', '#', '+'
    // and '/' inside them (a pre-signed S3 URL has all of them) cannot be taken for separators.
    const auto field = [](const char *name, const QString &value) -> QByteArray {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    const QByteArray fragment = "/stacks/quickcreate?" + field("templateURL", templateUrl.toString(QUrl::FullyEncoded))
        + '&' + field("stackName", stackName.toString()) + '&' + field("param_ExternalId", options.externalId) + '&'
        + field("param_TrustedAccountId", options.trustedAccountId);

    const QByteArray url = "https://" + partitionOfRegion(region).consoleHost.toLatin1()
        + "/cloudformation/home?region=" + region.toLatin1() + '#' + fragment;
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

Result<QString> TemplateBuilder::createStackCommand(
    QStringView region, QStringView stackName, QStringView templateFileName, const TemplateOptions &options)
{
    if (AwsError e = validate(options); e.isError())
        return e;
    if (AwsError e = checkRegionMatchesPartition(region, options); e.isError())
        return e;
    if (AwsError e = checkStackName(stackName); e.isError())
        return e;
    if (templateFileName.isEmpty())
        return invalidTemplate("TemplateFile"_L1, tr("The template file name is empty."));

    const QStringList words = {
        u"aws"_s,
        u"cloudformation"_s,
        u"create-stack"_s,
        u"--region"_s,
        region.toString(),
        u"--stack-name"_s,
        stackName.toString(),
        u"--template-body"_s,
        u"file://"_s + templateFileName,
        u"--parameters"_s,
        u"ParameterKey=ExternalId,ParameterValue="_s + shorthandValue(options.externalId),
        u"ParameterKey=TrustedAccountId,ParameterValue="_s + options.trustedAccountId,
        u"--capabilities"_s,
        u"CAPABILITY_NAMED_IAM"_s,
    };
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted.append(shellQuote(word));
    return quoted.join(u' ');
}

// ---- The organization template ---------------------------------------------------------------------------------

namespace {

constexpr QLatin1StringView targetsParameter { "OrganizationRootOrOuIds" };

QStringList uniqueTargets(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

QString organizationDescription(const OrgTemplateOptions &options)
{
    return u"Onramp: read-only EC2 and RDS discovery roles for an AWS Organization, assumable only by AWS account "_s
        + options.trustedAccountId
        + u" with the onboarding's External ID: this management account's role (which may also list the "
          u"organization's accounts) and a service-managed StackSet that creates the same role in every member "
          u"account of the target OUs, also in accounts that join later. Requires trusted access for CloudFormation "
          u"StackSets in AWS Organizations."_s;
}

QJsonObject organizationsReadOnlyPolicy()
{
    QJsonArray actions;
    for (const QByteArray &action : OrganizationsClient::requiredOrganizationsActions())
        actions.append(QString::fromLatin1(action));
    return QJsonObject {
        { u"PolicyName"_s, u"OnrampOrganizationsReadOnly"_s },
        { u"PolicyDocument"_s,
            QJsonObject {
                { u"Version"_s, u"2012-10-17"_s },
                { u"Statement"_s,
                    QJsonArray { QJsonObject {
                        { u"Sid"_s, u"OrganizationsAccountListReadOnly"_s },
                        { u"Effect"_s, u"Allow"_s },
                        { u"Action"_s, actions },
                        { u"Resource"_s, u"*"_s },
                    } } },
            } },
    };
}

QJsonObject refParameter(const QString &name)
{
    return QJsonObject { { u"ParameterKey"_s, name }, { u"ParameterValue"_s, QJsonObject { { u"Ref"_s, name } } } };
}

} // namespace

AwsError TemplateBuilder::validateOrganization(const OrgTemplateOptions &options)
{
    if (AwsError e = validate(options); e.isError())
        return e;
    if (options.targetIds.isEmpty())
        return invalidTemplate("NoTargets"_L1,
            tr("Name at least one organization root (r-…) or organizational unit (ou-…) for the member roles."));
    for (const QString &id : options.targetIds) {
        if (!OrganizationsClient::isRootId(id) && !OrganizationsClient::isOuId(id))
            return invalidTemplate("TargetId"_L1,
                tr("\"%1\" is not an organization root (r-…) or organizational unit (ou-…-…) id.").arg(id.left(100)));
    }
    if (uniqueTargets(options.targetIds).join(u',').size() > MaxTargetIdsLength)
        return invalidTemplate("TargetsTooLong"_L1,
            tr("The target ids take more than %1 characters; CloudFormation accepts no longer parameter value.")
                .arg(MaxTargetIdsLength));
    return {};
}

Result<QJsonObject> TemplateBuilder::buildOrganizationObject(const OrgTemplateOptions &options)
{
    if (AwsError e = validateOrganization(options); e.isError())
        return e;
    // The members' template is the single-account template byte for byte (with Onramp's own description, not the
    // organization's), so a member role is exactly the role a single account gets.
    TemplateOptions memberOptions = options;
    memberOptions.description.clear();
    const Result<QByteArray> memberTemplate = buildJson(memberOptions);
    if (!memberTemplate)
        return memberTemplate.error();

    QJsonObject parameters = singleAccountParameters(options);
    parameters.insert(targetsParameter,
        QJsonObject {
            { u"Type"_s, u"CommaDelimitedList"_s },
            { u"Description"_s,
                u"The organization's root (r-...) or organizational units (ou-...) whose accounts get the discovery "
                u"role, nested OUs included; separated by commas."_s },
            { u"Default"_s, uniqueTargets(options.targetIds).join(u',') },
        });

    const QJsonObject stackSet {
        { u"Type"_s, u"AWS::CloudFormation::StackSet"_s },
        { u"Properties"_s,
            QJsonObject {
                { u"StackSetName"_s, QJsonObject { { u"Fn::Sub"_s, u"${AWS::StackName}-member-roles"_s } } },
                { u"Description"_s,
                    u"Onramp's read-only EC2 and RDS discovery role in every member account (created by the Onramp "
                    u"organization stack)."_s },
                { u"PermissionModel"_s, u"SERVICE_MANAGED"_s },
                // Accounts that join a target OU get the role; an account that leaves loses it.
                { u"AutoDeployment"_s,
                    QJsonObject { { u"Enabled"_s, true }, { u"RetainStacksOnAccountRemoval"_s, false } } },
                { u"Capabilities"_s, QJsonArray { u"CAPABILITY_NAMED_IAM"_s } },
                // One account failing (a role of that name already there, an SCP) must not keep the role from the
                // others: Onramp reports that member as pending with the reason. With the tolerance at 100 % the
                // concurrency may be 100 % too (STRICT_FAILURE_TOLERANCE caps it at tolerance + 1): the role is
                // small, read-only and the same everywhere.
                { u"OperationPreferences"_s,
                    QJsonObject { { u"FailureTolerancePercentage"_s, 100 }, { u"MaxConcurrentPercentage"_s, 100 },
                        { u"RegionConcurrencyType"_s, u"PARALLEL"_s } } },
                { u"StackInstancesGroup"_s,
                    QJsonArray { QJsonObject {
                        { u"DeploymentTargets"_s,
                            QJsonObject {
                                { u"OrganizationalUnitIds"_s, QJsonObject { { u"Ref"_s, targetsParameter } } } } },
                        // IAM is global: one region is enough, and the stack's own is one the customer uses.
                        { u"Regions"_s, QJsonArray { QJsonObject { { u"Ref"_s, u"AWS::Region"_s } } } },
                    } } },
                { u"Parameters"_s, QJsonArray { refParameter(u"ExternalId"_s), refParameter(u"TrustedAccountId"_s) } },
                { u"TemplateBody"_s, QString::fromUtf8(*memberTemplate) },
            } },
    };

    QJsonObject outputs = roleOutputs();
    QJsonObject roleArn = outputs.value(u"RoleArn"_s).toObject();
    roleArn.insert(u"Description"_s,
        u"The management account's role. Paste this Role ARN into Onramp to finish connecting the organization."_s);
    outputs.insert(u"RoleArn"_s, roleArn);
    outputs.insert(u"StackSetId"_s,
        QJsonObject {
            { u"Description"_s, u"The StackSet that creates the role in the member accounts."_s },
            { u"Value"_s, QJsonObject { { u"Ref"_s, QString(StackSetLogicalId) } } },
        });

    return QJsonObject {
        { u"AWSTemplateFormatVersion"_s, u"2010-09-09"_s },
        { u"Description"_s, options.description.isEmpty() ? organizationDescription(options) : options.description },
        { u"Parameters"_s, parameters },
        { u"Resources"_s,
            QJsonObject {
                { QString(RoleLogicalId),
                    discoveryRole(options, QJsonArray { discoveryReadOnlyPolicy(), organizationsReadOnlyPolicy() }) },
                { QString(StackSetLogicalId), stackSet },
            } },
        { u"Outputs"_s, outputs },
    };
}

Result<QByteArray> TemplateBuilder::buildOrganizationJson(const OrgTemplateOptions &options)
{
    return render(buildOrganizationObject(options), Format::Json);
}

Result<QByteArray> TemplateBuilder::buildOrganizationYaml(const OrgTemplateOptions &options)
{
    return render(buildOrganizationObject(options), Format::Yaml);
}

Result<QUrl> TemplateBuilder::organizationQuickCreateUrl(
    QStringView region, const QUrl &templateUrl, QStringView stackName, const OrgTemplateOptions &options)
{
    if (AwsError e = validateOrganization(options); e.isError())
        return e;
    const Result<QUrl> url = quickCreateUrl(region, templateUrl, stackName, options);
    if (!url)
        return url.error();
    QByteArray encoded = url->toEncoded();
    encoded += "&param_"_ba + QByteArray(targetsParameter.data(), targetsParameter.size()) + '='
        + QUrl::toPercentEncoding(uniqueTargets(options.targetIds).join(u','));
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

Result<QString> TemplateBuilder::organizationCreateStackCommand(
    QStringView region, QStringView stackName, QStringView templateFileName, const OrgTemplateOptions &options)
{
    if (AwsError e = validateOrganization(options); e.isError())
        return e;
    const Result<QString> command = createStackCommand(region, stackName, templateFileName, options);
    if (!command)
        return command.error();
    // createStackCommand() ends with "--capabilities CAPABILITY_NAMED_IAM"; the targets go with the parameters.
    const QString parameter = shellQuote(QString(u"ParameterKey="_s + targetsParameter + u",ParameterValue="_s
        + shorthandValue(uniqueTargets(options.targetIds).join(u','))));
    QString withTargets = *command;
    const QString capabilities = u" --capabilities "_s;
    withTargets.insert(withTargets.lastIndexOf(capabilities), u' ' + parameter);
    return QString(
        tr("# Once per organization, first: trusted access for CloudFormation StackSets in AWS Organizations (the "
           "stack set that creates the member roles needs it). In the management account:")
        + u"\n# aws cloudformation activate-organizations-access --region "_s + region.toString() + u'\n'
        + withTargets);
}

QString TemplateBuilder::roleArnFor(QStringView partition, QStringView accountId, QStringView roleName)
{
    const Arn arn = Arn::role(partition.toString(), accountId.toString(), roleName.toString());
    const Result<Arn> parsed = Arn::parseRoleArn(arn.toString());
    // parseRoleArn() trims; parts with surrounding whitespace are not the parts asked for.
    if (!parsed || *parsed != arn)
        return {};
    return arn.toString();
}

QString TemplateBuilder::shellQuote(QStringView word)
{
    static const QRegularExpression safe(u"\\A[A-Za-z0-9_@%+=:,./-]+\\z"_s);
    if (safe.match(word).hasMatch())
        return word.toString();
    QString out = u"'"_s;
    for (QChar c : word) {
        if (c == u'\'')
            out += u"'\\''"_s;
        else
            out += c;
    }
    out += u'\'';
    return out;
}
