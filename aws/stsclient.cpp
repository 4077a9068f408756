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
    : CredentialsProvider(parent)
    , m_sts(sts)
    , m_region(std::move(region))
    , m_base(std::move(base))
    , m_request(std::move(request))
{
}

void AssumeRoleCredentialsProvider::fetch(QObject *context, Callback callback)
{
    if (m_cached && (*m_cached)->isValid() && !(*m_cached)->expiresWithin(refreshMarginSecs)) {
        const std::shared_ptr<const Result<AwsCredentials>> cached = m_cached; // alive through the callback
        callback(*cached);
        return;
    }
    m_waiters.append({ context, std::move(callback) });
    if (m_inFlight)
        return;
    if (!m_sts) {
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &w : waiters) {
            if (w.context)
                w.callback(AwsError::make(AwsError::Kind::InvalidCredentials,
                    QCoreApplication::translate("StsClient", "No STS client to assume the role with.")));
        }
        return;
    }
    m_inFlight = true;
    ++m_assumeCount;
    m_sts->assumeRole(m_region, m_base, m_request, this, [this](Result<AssumedRole> result) {
        m_inFlight = false;
        std::shared_ptr<const Result<AwsCredentials>> delivered;
        if (result) {
            AssumedRole &role = result.value();
            AwsCredentials c;
            c.accessKeyId = role.accessKeyId;
            c.secretAccessKey = std::move(role.secretAccessKey); // the one buffer, from the parsed response on
            c.sessionToken = role.sessionToken.toUtf8();
            c.expiration = role.expiration;
            c.source = QStringLiteral("assumed-role");
            const QDateTime expiration = c.expiration;
            m_lastAssumed = std::move(role);
            delivered = std::make_shared<const Result<AwsCredentials>>(std::move(c));
            m_cached = delivered;
            Q_EMIT refreshed(expiration);
        } else {
            m_cached.reset();
            delivered = std::make_shared<const Result<AwsCredentials>>(result.error());
        }
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &w : waiters) {
            if (w.context)
                w.callback(*delivered);
        }
    });
}

void AssumeRoleCredentialsProvider::invalidate()
{
    m_cached.reset();
}
