// AwsEndpoints: service endpoint resolution.
#include "aws/awsendpoints.h"

#include <QCoreApplication>
#include <QHostAddress>
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
    u.setHost(
        QLatin1StringView(service) + QLatin1Char('.') + region + QLatin1Char('.') + AwsEndpoints::dnsSuffix(region));
    u.setPath(QStringLiteral("/"));
    return u;
}

QUrl withPath(QUrl u)
{
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u;
}

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}
} // namespace

AwsEndpoints AwsEndpoints::fromEnvironment(const QProcessEnvironment &env)
{
    AwsEndpoints e;
    const struct
    {
        const char *variable;
        QUrl AwsEndpoints::*member;
    } settings[] = { { "AWS_ENDPOINT_URL", &AwsEndpoints::m_all }, { "AWS_ENDPOINT_URL_STS", &AwsEndpoints::m_sts },
        { "AWS_ENDPOINT_URL_EC2", &AwsEndpoints::m_ec2 }, { "AWS_ENDPOINT_URL_RDS", &AwsEndpoints::m_rds },
        { "AWS_ENDPOINT_URL_ORGANIZATIONS", &AwsEndpoints::m_organizations },
        { "AWS_ENDPOINT_URL_SSO", &AwsEndpoints::m_sso } };
    for (const auto &setting : settings) {
        const QUrl url = overrideUrl(env, setting.variable);
        e.*setting.member = url;
        if (url.isValid() && !e.m_error.isError())
            e.m_error = checkUrl(url, QLatin1StringView(setting.variable));
    }
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

QUrl AwsEndpoints::rdsUrl(const QString &region) const
{
    if (m_rds.isValid())
        return withPath(m_rds);
    if (m_all.isValid())
        return withPath(m_all);
    return regional("rds", region);
}

QString AwsEndpoints::organizationsSigningRegion(const QString &region)
{
    if (region.startsWith(QLatin1StringView("cn-")))
        return QStringLiteral("cn-northwest-1");
    if (region.startsWith(QLatin1StringView("us-gov-")))
        return QStringLiteral("us-gov-west-1");
    return QStringLiteral("us-east-1");
}

QUrl AwsEndpoints::organizationsUrl(const QString &region) const
{
    if (m_organizations.isValid())
        return withPath(m_organizations);
    if (m_all.isValid())
        return withPath(m_all);
    return regional("organizations", organizationsSigningRegion(region));
}

QUrl AwsEndpoints::ssoUrl(const QString &region) const
{
    if (m_sso.isValid())
        return withPath(m_sso);
    if (m_all.isValid())
        return withPath(m_all);
    QUrl u = regional("sso", region);
    u.setHost(QStringLiteral("portal.") + u.host());
    return u;
}

QList<AwsEndpoints::Override> AwsEndpoints::overrides() const
{
    QList<Override> list;
    auto add = [&](const char *service, const QUrl &own, const char *ownVariable) {
        if (own.isValid())
            list.append({ QLatin1StringView(service), withPath(own), QLatin1StringView(ownVariable) });
        else if (m_all.isValid())
            list.append({ QLatin1StringView(service), withPath(m_all), QStringLiteral("AWS_ENDPOINT_URL") });
    };
    add("sts", m_sts, "AWS_ENDPOINT_URL_STS");
    add("ec2", m_ec2, "AWS_ENDPOINT_URL_EC2");
    add("rds", m_rds, "AWS_ENDPOINT_URL_RDS");
    add("organizations", m_organizations, "AWS_ENDPOINT_URL_ORGANIZATIONS");
    if (m_sso.isValid()) // only IAM Identity Center profiles use the portal: listed when set on its own
        list.append({ QStringLiteral("sso"), withPath(m_sso), QStringLiteral("AWS_ENDPOINT_URL_SSO") });
    return list;
}

QString AwsEndpoints::describe(const QList<Override> &overrides)
{
    QStringList parts;
    for (const Override &o : overrides)
        parts.append(o.service + QLatin1Char('=') + shown(o.url));
    return parts.join(QStringLiteral(", "));
}

bool AwsEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false; // a name other than localhost: DNS could send it anywhere
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    return address.isLoopback() || (mapped && v4.isLoopback());
}

AwsError AwsEndpoints::checkUrl(const QUrl &url, const QString &variable)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("https") || (scheme == QLatin1StringView("http") && isLoopbackHost(url.host())))
        return {};
    const QString what = variable.isEmpty()
        ? QCoreApplication::translate("AwsEndpoints", "The AWS endpoint %1").arg(shown(url))
        : variable + QLatin1Char('=') + shown(url);
    const QString fix = variable.isEmpty()
        ? QCoreApplication::translate("AwsEndpoints", "Use an https:// endpoint.")
        : QCoreApplication::translate("AwsEndpoints", "Use an https:// URL in %1, or unset it.").arg(variable);
    AwsError e;
    if (scheme == QLatin1StringView("http")) {
        e = AwsError::make(AwsError::Kind::InvalidInput,
            QCoreApplication::translate("AwsEndpoints",
                "%1 is refused: plain http:// is allowed only to this computer "
                "(127.0.0.1, ::1, localhost). Over a network it would send signed "
                "requests and AssumeRole credentials unencrypted, and anyone on the "
                "way could pose as AWS. %2")
                .arg(what, fix));
        e.code = QStringLiteral("InsecureEndpoint");
    } else {
        e = AwsError::make(AwsError::Kind::InvalidInput,
            QCoreApplication::translate("AwsEndpoints",
                "%1 is refused: Onramp reaches AWS endpoints only over https:// "
                "(or http:// to this computer). %2")
                .arg(what, fix));
        e.code = QStringLiteral("UnsupportedEndpoint");
    }
    return e;
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
