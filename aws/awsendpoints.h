// AwsEndpoints: which URL each service and region is reached at, honouring the AWS_ENDPOINT_URL* settings.
#pragma once

#include "aws/awserror.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

/// Resolves service endpoints (AWS General Reference, "Service endpoints"; SDKs and Tools Reference,
/// "Service-specific endpoints"): regional STS (https://sts.REGION.amazonaws.com) and EC2
/// (https://ec2.REGION.amazonaws.com), RDS (https://rds.REGION.amazonaws.com), ".amazonaws.com.cn" in China regions,
/// and the global AWS Organizations endpoint of each partition (organizationsUrl()); AWS_ENDPOINT_URL_STS /
/// AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL_RDS / AWS_ENDPOINT_URL_ORGANIZATIONS override one service, AWS_ENDPOINT_URL
/// all of them.
///
/// An override must be https://, or http:// to this computer (127.0.0.0/8, ::1, localhost): requests carry SigV4
/// signatures and AssumeRole answers with credentials, so plain HTTP across a network would expose both and let
/// anyone on the path pose as AWS. A refused override is reported by error(); it stays set, so that a caller who
/// ignores error() still has every request refused by HttpClient instead of silently going to AWS's own endpoint.
class AwsEndpoints final
{
public:
    /// One service whose endpoint is overridden.
    struct Override
    {
        QString service; ///< "sts", "ec2", "rds" or "organizations"
        QUrl url; ///< where that service's requests go
        QString variable; ///< the setting it comes from: AWS_ENDPOINT_URL_<SERVICE> or AWS_ENDPOINT_URL

        friend bool operator==(const Override &, const Override &) = default;
    };

    AwsEndpoints() = default;
    /// Reads AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_RDS and
    /// AWS_ENDPOINT_URL_ORGANIZATIONS from \a
    /// env. A value that is not an absolute URL with a host is ignored; one with a scheme Onramp refuses is kept and
    /// reported by error().
    static AwsEndpoints fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QUrl stsUrl(const QString &region) const;
    QUrl ec2Url(const QString &region) const;
    /// Amazon RDS's regional endpoint (AWS General Reference, "Amazon RDS endpoints"): https://rds.REGION.amazonaws.com
    /// (.amazonaws.com.cn in China), or the AWS_ENDPOINT_URL_RDS / AWS_ENDPOINT_URL override.
    QUrl rdsUrl(const QString &region) const;
    /// AWS Organizations has one global endpoint per partition (AWS General Reference, "AWS Organizations endpoints
    /// and quotas"): https://organizations.us-east-1.amazonaws.com for the aws partition,
    /// organizations.us-gov-west-1.amazonaws.com for aws-us-gov and organizations.cn-northwest-1.amazonaws.com.cn for
    /// aws-cn. \a region is any region of the partition (the caller's home region); requests are signed for
    /// organizationsSigningRegion(\a region).
    QUrl organizationsUrl(const QString &region) const;
    /// The region Organizations requests are signed for: us-east-1, us-gov-west-1 or cn-northwest-1, by the
    /// partition of \a region (also when the endpoint is overridden).
    static QString organizationsSigningRegion(const QString &region);
    /// The IAM Identity Center portal of \a region (https://portal.sso.REGION.amazonaws.com, where the SSO
    /// GetRoleCredentials call goes); AWS_ENDPOINT_URL_SSO overrides it (checked like the others), then
    /// AWS_ENDPOINT_URL.
    QUrl ssoUrl(const QString &region) const;

    void setGlobalOverride(const QUrl &url) { m_all = url; }
    void setStsOverride(const QUrl &url) { m_sts = url; }
    void setEc2Override(const QUrl &url) { m_ec2 = url; }
    void setRdsOverride(const QUrl &url) { m_rds = url; }
    void setOrganizationsOverride(const QUrl &url) { m_organizations = url; }
    bool isOverridden() const
    {
        return m_all.isValid() || m_sts.isValid() || m_ec2.isValid() || m_rds.isValid() || m_organizations.isValid()
            || m_sso.isValid();
    }

    /// The services whose endpoint is overridden (STS, EC2, RDS, then Organizations) and where each goes; empty when
    /// none is.
    /// The one list the CLI's warning, the main window's notice and `onrampctl doctor` show.
    QList<Override> overrides() const;
    /// \a overrides as "sts=https://…, ec2=https://…, organizations=https://…" (user names and passwords in the URLs
    /// left out).
    static QString describe(const QList<Override> &overrides);

    /// Why an AWS_ENDPOINT_URL* value of fromEnvironment() is refused (kind InvalidInput, code "InsecureEndpoint"
    /// or "UnsupportedEndpoint"), or no error.
    const AwsError &error() const { return m_error; }
    /// No error when requests may go to \a url: https://, or http:// to a loopback host. Otherwise the refusal, naming
    /// \a variable (the setting \a url came from) when given.
    static AwsError checkUrl(const QUrl &url, const QString &variable = {});
    /// True for "localhost" and for IP addresses in 127.0.0.0/8 or ::1 (also IPv4-mapped): hosts on this computer.
    static bool isLoopbackHost(const QString &host);

    /// The DNS suffix of \a region's partition: "amazonaws.com" or "amazonaws.com.cn".
    static QString dnsSuffix(const QString &region);
    /// True for a syntactically valid region name such as "us-east-1" or "us-gov-west-1".
    static bool isValidRegionName(const QString &region);

private:
    QUrl m_all;
    QUrl m_sts;
    QUrl m_ec2;
    QUrl m_rds;
    QUrl m_organizations;
    QUrl m_sso;
    AwsError m_error;
};
