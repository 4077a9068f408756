// AwsXml: streaming parsers (on XmlScanner) for the AWS Query-protocol responses Onramp reads.
#pragma once

#include "aws/awserror.h"
#include "aws/ec2types.h"
#include "aws/rdstypes.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

/// Parses STS, EC2 and RDS Query-protocol XML responses into plain value types, in one streaming pass.
/// Unknown elements are skipped; missing optional fields stay empty. Malformed or truncated documents,
/// documents over maxDocumentBytes, or nesting deeper than maxDepth give an AwsError of Kind::Parse — never a
/// crash, never unbounded memory or time.
class AwsXml final
{
public:
    static constexpr qsizetype maxDocumentBytes = 64 * 1024 * 1024;
    static constexpr int maxDepth = 64;
    /// DescribeDBInstances returns at most 100 per page (MaxRecords); a page with more than this is refused.
    static constexpr qsizetype maxRdsDatabasesPerPage = 1000;
    /// RDS allows 50 tags per resource; a database with more than this is refused.
    static constexpr qsizetype maxRdsTags = 200;

    /// EC2 DescribeInstances (EC2 API Reference: DescribeInstances, Response Elements): the instances of all
    /// reservations in document order, the nextToken, the requestId.
    /// A look at the end of a paginated response for the text of its last \a element ("nextToken", "Marker"),
    /// without parsing it: the text between the last <element> and the </element> after it, when it is non-empty,
    /// at most PageChain::maxTokenBytes, within the body's last 64 KiB and plain (no markup, reference or white
    /// space, which the parser would read differently). std::nullopt otherwise, the last page's usual case. Not
    /// trusted: followQueryPages() checks it against the parsed page.
    static std::optional<QString> continuationToken(QByteArrayView xml, QByteArrayView element);
    static Result<Ec2InstancePage> parseDescribeInstances(QByteArrayView xml);
    /// EC2 DescribeRegions: regionInfo items.
    static Result<QList<Ec2Region>> parseDescribeRegions(QByteArrayView xml);
    /// EC2 DescribeInstanceStatus: instanceStatusSet items and nextToken.
    static Result<Ec2InstanceStatusPage> parseDescribeInstanceStatus(QByteArrayView xml);
    /// RDS DescribeDBInstances (RDS API Reference: DescribeDBInstances, DBInstance):
    /// DescribeDBInstancesResult/DBInstances/DBInstance in document order, Marker, ResponseMetadata/RequestId.
    /// A database without DBInstanceIdentifier, a non-numeric AllocatedStorage, a missing DescribeDBInstancesResult,
    /// more than maxRdsDatabasesPerPage databases or more than maxRdsTags tags on one are parse errors.
    static Result<RdsDbInstancePage> parseDescribeDbInstances(QByteArrayView xml);
    /// STS GetCallerIdentity: GetCallerIdentityResult/{Account,Arn,UserId}.
    static Result<CallerIdentity> parseGetCallerIdentity(QByteArrayView xml);
    /// STS AssumeRole: AssumeRoleResult/Credentials and AssumedRoleUser.
    static Result<AssumedRole> parseAssumeRole(QByteArrayView xml);
    /// STS AssumeRoleWithWebIdentity: AssumeRoleWithWebIdentityResult/Credentials and AssumedRoleUser.
    static Result<AssumedRole> parseAssumeRoleWithWebIdentity(QByteArrayView xml);

    /// An AWS error answer into an AwsError via AwsError::fromCode(), read as botocore reads it (parsers.py
    /// QueryParser/EC2QueryParser._do_error_parse): under any root element, the first <Errors>'s first <Error>, else
    /// the first <Error> — EC2's <Response><Errors><Error>, STS's, IAM's and RDS's <ErrorResponse><Error>, moto's
    /// <ErrorResponse><Errors><Error> — gives Code and Message (bounded, plain text). A JSON body (an emulator's or a
    /// gateway's) is read by AwsJson::parseError(). A body without an error in it (empty, HTML from a proxy,
    /// truncated, anything else) still yields an error classified by \a httpStatus, whose message says so
    /// (AwsError::noDetailsMessage()) without quoting the body.
    static AwsError parseError(QByteArrayView xml, int httpStatus);
};
