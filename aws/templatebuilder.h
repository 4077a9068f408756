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

/// What an organization's template is made of: the single-account options (trusted account, External ID, role
/// name, description) and where in the organization the member roles go.
struct OrgTemplateOptions : TemplateOptions
{
    /// Roots (r-…) and organizational units (ou-…-…) whose accounts get the member role, nested OUs included: the
    /// default of the template's OrganizationRootOrOuIds parameter. At least one; `onrampctl org template` passes
    /// the organization's root unless --ou names others. Duplicates are dropped, the order kept.
    QStringList targetIds;

    friend bool operator==(const OrgTemplateOptions &, const OrgTemplateOptions &) = default;
};
Q_DECLARE_METATYPE(OrgTemplateOptions)

/// Builds the CloudFormation template an onboarding hands to the customer, and the two ways to launch it
/// (a console quick-create link and an AWS CLI command).
///
/// The template (AWS CloudFormation User Guide, "Template anatomy"; resource AWS::IAM::Role) creates one role
/// whose trust policy allows only `sts:AssumeRole` by `arn:${AWS::Partition}:iam::${TrustedAccountId}:root` with
/// the condition `StringEquals sts:ExternalId` (IAM User Guide, "Access to AWS accounts owned by third parties"),
/// and whose only inline policy grants exactly discoveryActions() (the EC2 and RDS reads discovery makes; no
/// wildcard), on Resource "*": nothing that writes. Its Outputs give RoleArn and ExternalId.
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

    // ---- The organization template ----------------------------------------------------------------------------

    /// Logical id of the StackSet in the organization template.
    static constexpr QLatin1StringView StackSetLogicalId { "OnrampMemberRoles" };
    /// Longest OrganizationRootOrOuIds default accepted (CloudFormation's limit on a parameter value, 4,096 bytes).
    static constexpr qsizetype MaxTargetIdsLength = 4096;

    /// Checks @p options as validate() does, plus the target ids: at least one, each a root (r-…) or an OU
    /// (ou-…-…) id as the AWS Organizations API Reference defines them. Codes: those of validate(), and
    /// InvalidTemplate.NoTargets, .TargetId, .TargetsTooLong.
    static AwsError validateOrganization(const OrgTemplateOptions &options);

    /// The organization template, for the organization's management account (AWS CloudFormation User Guide,
    /// "AWS::CloudFormation::StackSet"; "Create a stack set with service-managed permissions"):
    ///  - the discovery role in the management account itself: the single-account role (same trust policy with
    ///    sts:ExternalId, same read-only discovery policy) plus a second inline policy granting exactly
    ///    OrganizationsClient::requiredOrganizationsActions(), so Onramp can list the member accounts;
    ///  - an AWS::CloudFormation::StackSet with PermissionModel SERVICE_MANAGED, AutoDeployment enabled (accounts that
    ///    join the target OUs later get the role; accounts that leave lose it), CAPABILITY_NAMED_IAM, one stack
    ///    instance group targeting the OrganizationRootOrOuIds parameter (a CommaDelimitedList: CloudFormation has
    ///    no intrinsic for the root id) in the stack's own region, and as TemplateBody the single-account template
    ///    (buildJson()) as a string, so every member role is exactly the single-account role. Its ExternalId and
    ///    TrustedAccountId parameters are passed on.
    ///
    /// SERVICE_MANAGED StackSets need trusted access for CloudFormation StackSets enabled in AWS Organizations
    /// (Organizations console, Services, CloudFormation StackSets; or `aws organizations
    /// enable-aws-service-access --service-principal member.org.stacksets.cloudformation.amazonaws.com`); without it
    /// the stack fails. AWS never deploys a SERVICE_MANAGED stack instance to the management account itself, which
    /// is why the template creates the management account's role directly. Outputs: RoleArn (the management
    /// account's role), ExternalId, StackSetId.
    static Result<QJsonObject> buildOrganizationObject(const OrgTemplateOptions &options);
    /// The organization template as JSON, formatted as buildJson() formats.
    static Result<QByteArray> buildOrganizationJson(const OrgTemplateOptions &options);
    /// The organization template as YAML, formatted as buildYaml() formats.
    static Result<QByteArray> buildOrganizationYaml(const OrgTemplateOptions &options);
    /// quickCreateUrl() for the organization template: also sets param_OrganizationRootOrOuIds.
    static Result<QUrl> organizationQuickCreateUrl(
        QStringView region, const QUrl &templateUrl, QStringView stackName, const OrgTemplateOptions &options);
    /// createStackCommand() for the organization template (also passes OrganizationRootOrOuIds), preceded by a
    /// shell comment saying that trusted access for CloudFormation StackSets must be enabled in AWS Organizations
    /// first, with the command that enables it.
    static Result<QString> organizationCreateStackCommand(
        QStringView region, QStringView stackName, QStringView templateFileName, const OrgTemplateOptions &options);

    /// The ARN of the role the stack creates in @p accountId: `arn:<partition>:iam::<accountId>:role/<roleName>`.
    /// Returns an empty string if the parts do not make a valid role ARN (see Arn::parseRoleArn()).
    static QString roleArnFor(QStringView partition, QStringView accountId, QStringView roleName);

    /// Quotes @p word for a POSIX shell: unchanged if it only has characters no shell treats specially,
    /// otherwise wrapped in single quotes with each embedded `'` written as `'\''`.
    static QString shellQuote(QStringView word);
};
