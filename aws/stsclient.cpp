// StsClient and AssumeRoleCredentialsProvider.
#include "aws/stsclient.h"

#include "aws/awsxml.h"
#include "aws/httpclient.h"

#include <QCoreApplication>

StsClient::StsClient(HttpClient *http, AwsEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
{
}

void StsClient::getCallerIdentity(const QString &region, CredentialsProviderPtr credentials, QObject *context,
    std::function<void(const Result<CallerIdentity> &)> callback)
{
    AwsCall call { QByteArrayLiteral("sts"), region, m_endpoints.stsUrl(region),
        AwsQuery("GetCallerIdentity", apiVersion) };
    m_http->call<CallerIdentity>(
        std::move(call), std::move(credentials), context, &AwsXml::parseGetCallerIdentity, std::move(callback));
}

void StsClient::assumeRole(const QString &region, CredentialsProviderPtr credentials, const AssumeRoleRequest &request,
    QObject *context, std::function<void(Result<AssumedRole>)> callback)
{
    AwsQuery query("AssumeRole", apiVersion);
    query.add("RoleArn", request.roleArn);
    query.add("RoleSessionName", sessionNameFor(request.sessionName));
    query.add("DurationSeconds", qint64(qBound(900, request.durationSeconds, 43200)));
    if (!request.externalId.isEmpty())
        query.add("ExternalId", request.externalId);
    AwsCall call { QByteArrayLiteral("sts"), region, m_endpoints.stsUrl(region), std::move(query) };
    call.sensitiveResponse = true; // the body holds the role's secret key and session token: wiped once parsed
    call.scheduleKey = request.roleArn.toUtf8(); // the account being entered, not the console identity, takes a turn
    m_http->call<AssumedRole>(
        std::move(call), std::move(credentials), context, &AwsXml::parseAssumeRole, std::move(callback));
}

void StsClient::assumeRoleWithWebIdentity(const QString &region, const AssumeRoleRequest &request,
    const SecretBytes &webIdentityToken, QObject *context, std::function<void(Result<AssumedRole>)> callback)
{
    AwsQuery query("AssumeRoleWithWebIdentity", apiVersion);
    query.add("RoleArn", request.roleArn);
    query.add("RoleSessionName", sessionNameFor(request.sessionName));
    query.add("WebIdentityToken", webIdentityToken.view());
    if (request.durationSeconds > 0)
        query.add("DurationSeconds", qint64(qBound(900, request.durationSeconds, 43200)));
    AwsCall call { QByteArrayLiteral("sts"), region, m_endpoints.stsUrl(region), std::move(query) };
    call.sensitiveResponse = true;
    call.scheduleKey = request.roleArn.toUtf8();
    // Unsigned (no credentials provider): the token is the proof of identity (STS API Reference,
    // AssumeRoleWithWebIdentity: "you do not need to use AWS security credentials").
    m_http->call<AssumedRole>(
        std::move(call), nullptr, context, &AwsXml::parseAssumeRoleWithWebIdentity, std::move(callback));
}

AwsCredentials StsClient::credentialsOf(AssumedRole &role, const QString &source)
{
    AwsCredentials c;
    c.accessKeyId = role.accessKeyId;
    c.secretAccessKey = std::move(role.secretAccessKey); // the one buffer, from the parsed response on
    c.sessionToken = role.sessionToken.toUtf8();
    c.expiration = role.expiration;
    c.source = source;
    return c;
}

void StsClient::checkCallerIdentity(const QString &region, CredentialsProviderPtr credentials, QObject *context,
    std::function<void(const IdentityCheck &)> callback)
{
    const QUrl url = m_endpoints.stsUrl(region);
    AwsCall call { QByteArrayLiteral("sts"), region, url, AwsQuery("GetCallerIdentity", apiVersion) };
    AwsReply *reply = m_http->send(std::move(call), std::move(credentials));
    QObject::connect(reply, &AwsReply::finished, context, [reply, url, callback = std::move(callback)] {
        IdentityCheck check { reply->error(), reply->serverDate(), url };
        if (reply->ok())
            check.identity = AwsXml::parseGetCallerIdentity(reply->body());
        callback(check);
    });
}

QString StsClient::sessionNameFor(const QString &hint)
{
    QString out;
    out.reserve(64);
    for (QChar c : hint) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || QStringView(u"_+=,.@-").contains(c);
        out.append(ok ? c : QLatin1Char('-'));
        if (out.size() == 64)
            break;
    }
    if (out.size() < 2)
        out = QStringLiteral("onramp-session");
    return out;
}

AssumeRoleCredentialsProvider::AssumeRoleCredentialsProvider(
    StsClient *sts, QString region, CredentialsProviderPtr base, StsClient::AssumeRoleRequest request, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_sts(sts)
    , m_region(std::move(region))
    , m_base(std::move(base))
    , m_request(std::move(request))
{
}

QString AssumeRoleCredentialsProvider::sourceDescription() const
{
    return m_description.isEmpty()
        ? QCoreApplication::translate("StsClient", "role %1 assumed with AssumeRole").arg(m_request.roleArn)
        : m_description;
}

void AssumeRoleCredentialsProvider::refresh(Done done)
{
    if (!m_sts) {
        done(AwsError::make(AwsError::Kind::InvalidCredentials,
            QCoreApplication::translate("StsClient", "No STS client to assume the role with.")));
        return;
    }
    m_sts->assumeRole(m_region, m_base, m_request, this, [this, done = std::move(done)](Result<AssumedRole> result) {
        if (!result) {
            done(result.error());
            return;
        }
        AwsCredentials c = StsClient::credentialsOf(result.value(), QStringLiteral("assumed-role"));
        const QDateTime expiration = c.expiration;
        m_lastAssumed = std::move(result.value());
        Q_EMIT refreshed(expiration);
        done(std::move(c));
    });
}
