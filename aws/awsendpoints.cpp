// AwsEndpoints: service endpoint resolution.
#include "aws/awsendpoints.h"

#include <QRegularExpression>

namespace {
QUrl overrideUrl(const QProcessEnvironment &env, const char *name)
{
    const QString v = env.value(QLatin1StringView(name)).trimmed();
    if (v.isEmpty())
        return {};
    QUrl u(v, QUrl::StrictMode);
    return (u.isValid() && !u.host().isEmpty()) ? u : QUrl();
}

QUrl regional(const char *service, const QString &region)
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QLatin1StringView(service) + QLatin1Char('.') + region + QLatin1Char('.') + AwsEndpoints::dnsSuffix(region));
    u.setPath(QStringLiteral("/"));
    return u;
}

QUrl withPath(QUrl u)
{
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u;
}
} // namespace

AwsEndpoints AwsEndpoints::fromEnvironment(const QProcessEnvironment &env)
{
    AwsEndpoints e;
    e.m_all = overrideUrl(env, "AWS_ENDPOINT_URL");
    e.m_sts = overrideUrl(env, "AWS_ENDPOINT_URL_STS");
    e.m_ec2 = overrideUrl(env, "AWS_ENDPOINT_URL_EC2");
    return e;
}

QUrl AwsEndpoints::stsUrl(const QString &region) const
{
    if (m_sts.isValid())
        return withPath(m_sts);
    if (m_all.isValid())
        return withPath(m_all);
    return regional("sts", region);
}

QUrl AwsEndpoints::ec2Url(const QString &region) const
{
    if (m_ec2.isValid())
        return withPath(m_ec2);
    if (m_all.isValid())
        return withPath(m_all);
    return regional("ec2", region);
}

QString AwsEndpoints::dnsSuffix(const QString &region)
{
    return region.startsWith(QLatin1StringView("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                      : QStringLiteral("amazonaws.com");
}

bool AwsEndpoints::isValidRegionName(const QString &region)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"));
    return re.match(region).hasMatch();
}
