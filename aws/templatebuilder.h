// TemplateBuilder: the CloudFormation template that creates Onramp's read-only discovery role, and ways to launch it.
#pragma once

#include "aws/awserror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QUrl>

/// What one onboarding's template is made of.
struct TemplateOptions
{
    /// Partition of the console's (trusted) account: "aws", "aws-cn" or "aws-us-gov". A role can only trust an
    /// account in its own partition, so this is also the partition the stack must be created in.
    QString partition = QStringLiteral("aws");
    /// The console's AWS account (12 digits): the principal the role trusts.
    QString trustedAccountId;
    /// The onboarding's External ID: the role refuses sts:AssumeRole without it.
    QString externalId;
    /// Name of the IAM role the stack creates (IAM role-name rules, see Arn::checkRoleName()).
    QString roleName = QStringLiteral("OnrampDiscoveryRole");
    /// The template's Description; empty means Onramp's default text. At most 1024 bytes in UTF-8, and no control
    /// characters other than tab and newline.
    QString description;

    friend bool operator==(const TemplateOptions &, const TemplateOptions &) = default;
};
Q_DECLARE_METATYPE(TemplateOptions)

/// Builds the CloudFormation template an onboarding hands to the customer, and the two ways to launch it
/// (a console quick-create link and an AWS CLI command).
///
/// The template (AWS CloudFormation User Guide, "Template anatomy"; resource AWS::IAM::Role) creates one role
/// whose trust policy allows only `sts:AssumeRole` by `arn:${AWS::Partition}:iam::${TrustedAccountId}:root` with
/// the condition `StringEquals sts:ExternalId` (IAM User Guide, "Access to AWS accounts owned by third parties"),
/// and whose only inline policy grants `ec2:Describe*` plus exactly requiredEc2Actions(), on Resource "*":
/// nothing that writes. Its Outputs give RoleArn and ExternalId.
///
/// Every function validates its inputs first and returns an InvalidInput AwsError instead of output that
/// CloudFormation or the shell would reject or misread. Codes: InvalidTemplate.Partition,
/// .TrustedAccountId, .ExternalIdLength, .ExternalIdCharacter, .Description, .Region, .PartitionMismatch,
/// .StackName, .TemplateUrl, .TemplateFile; role-name problems keep the codes of Arn::checkRoleName()
/// (InvalidArn.RoleName*), the one place the IAM role-name rule lives.
class TemplateBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateBuilder)

public:
    /// Logical id of the role in the template (Resources key and Fn::GetAtt target).
    static constexpr QLatin1StringView RoleLogicalId { "OnrampDiscoveryRole" };
    /// Shortest External ID AWS accepts (STS API Reference, AssumeRole, ExternalId: 2-1224 characters).
    static constexpr qsizetype MinExternalIdLength = 2;
    /// Longest External ID AWS accepts (same reference).
    static constexpr qsizetype MaxExternalIdLength = 1224;

    /// Checks @p options; returns an error of kind None when a template can be built from them.
    static AwsError validate(const TemplateOptions &options);

    /// True if @p externalId satisfies AssumeRole's ExternalId rule: 2-1224 characters of `[\w+=,.@:/-]`.
    static bool isValidExternalId(QStringView externalId);

    /// The template as a JSON object (keys unordered: use buildJson()/buildYaml() for a document to hand out).
    static Result<QJsonObject> buildObject(const TemplateOptions &options);

    /// The template as pretty-printed JSON (4-space indent, keys in template-anatomy order, UTF-8, trailing
    /// newline). The same options always give the same bytes.
    static Result<QByteArray> buildJson(const TemplateOptions &options);

    /// The same template as YAML (block style, 2-space indent). Intrinsic functions use their full names
    /// (`Fn::Sub:`, `Fn::GetAtt:`, `Ref:`), never the `!Sub` short forms, so any YAML 1.1/1.2 loader reads it.
    /// Scalars are quoted whenever a plain scalar could be misread (numbers, dates, booleans, `: `, ` #`, ...).
    static Result<QByteArray> buildYaml(const TemplateOptions &options);

    /// A CloudFormation console quick-create link (AWS CloudFormation User Guide, "Create quick-create links
    /// for stacks"): `https://<console>/cloudformation/home?region=R#/stacks/quickcreate?templateURL=...&
    /// stackName=...&param_ExternalId=...&param_TrustedAccountId=...`. The console host follows the region's
    /// partition (console.aws.amazon.com, console.amazonaws.cn, console.amazonaws-us-gov.com), which must be
    /// options.partition. Every value in the fragment is percent-encoded (all but RFC 3986 unreserved
    /// characters), so a pre-signed S3 templateURL keeps its own query intact.
    /// @p templateUrl must be an absolute https URL; @p stackName follows CloudFormation's stack-name rule
    /// (a letter, then letters, digits and hyphens, at most 128 characters).
    static Result<QUrl> quickCreateUrl(
        QStringView region, const QUrl &templateUrl, QStringView stackName, const TemplateOptions &options);

    /// The AWS CLI command that creates the stack from a local template file (AWS CLI Command Reference,
    /// `cloudformation create-stack`), ready to paste into a POSIX shell: every word that is not plainly safe is
    /// single-quoted, and parameter values are written so the CLI's shorthand syntax reads them back exactly.
    /// Includes `--capabilities CAPABILITY_NAMED_IAM` (the template names its role).
    static Result<QString> createStackCommand(
        QStringView region, QStringView stackName, QStringView templateFileName, const TemplateOptions &options);

    /// The ARN of the role the stack creates in @p accountId: `arn:<partition>:iam::<accountId>:role/<roleName>`.
    /// Returns an empty string if the parts do not make a valid role ARN (see Arn::parseRoleArn()).
    static QString roleArnFor(QStringView partition, QStringView accountId, QStringView roleName);

    /// Quotes @p word for a POSIX shell: unchanged if it only has characters no shell treats specially,
    /// otherwise wrapped in single quotes with each embedded `'` written as `'\''`.
    static QString shellQuote(QStringView word);
};
