// AwsEndpoints: which URL each service and region is reached at, honouring the AWS_ENDPOINT_URL* settings.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

/// Resolves service endpoints (AWS General Reference, "Service endpoints"; SDKs and Tools Reference,
/// "Service-specific endpoints"): regional STS (https://sts.REGION.amazonaws.com) and EC2
/// (https://ec2.REGION.amazonaws.com), ".amazonaws.com.cn" in China regions; AWS_ENDPOINT_URL_STS /
/// AWS_ENDPOINT_URL_EC2 override one service, AWS_ENDPOINT_URL all of them.
class AwsEndpoints final
{
public:
    AwsEndpoints() = default;
    static AwsEndpoints fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QUrl stsUrl(const QString &region) const;
    QUrl ec2Url(const QString &region) const;

    void setGlobalOverride(const QUrl &url) { m_all = url; }
    void setStsOverride(const QUrl &url) { m_sts = url; }
    void setEc2Override(const QUrl &url) { m_ec2 = url; }
    bool isOverridden() const { return m_all.isValid() || m_sts.isValid() || m_ec2.isValid(); }

    /// The DNS suffix of \a region's partition: "amazonaws.com" or "amazonaws.com.cn".
    static QString dnsSuffix(const QString &region);
    /// True for a syntactically valid region name such as "us-east-1" or "us-gov-west-1".
    static bool isValidRegionName(const QString &region);

private:
    QUrl m_all;
    QUrl m_sts;
    QUrl m_ec2;
};
