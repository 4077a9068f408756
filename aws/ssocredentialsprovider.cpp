// SsoCredentialsProvider: the AWS CLI's SSO token cache and the portal's GetRoleCredentials.
#include "aws/ssocredentialsprovider.h"

#include "aws/awsjson.h"
#include "aws/httpclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
/// Translatable texts of this file's free functions, in the "SsoCredentialsProvider" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SsoCredentialsProvider)
};

AwsError loginNeeded(const SsoCredentialsProvider::Settings &s, const QString &why)
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidCredentials,
        Text::tr("%1 Run `%2` and try again.").arg(why, SsoCredentialsProvider::loginCommand(s)));
    e.code = QStringLiteral("SsoLoginRequired");
    return e;
}

/// "2024-05-01T12:00:00Z", with or without milliseconds, or the "…UTC" the AWS CLI v1 wrote.
QDateTime parseExpiresAt(QString text)
{
    if (text.endsWith(QLatin1StringView("UTC")))
        text = text.chopped(3) + QLatin1Char('Z');
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}
} // namespace

SsoCredentialsProvider::SsoCredentialsProvider(
    HttpClient *http, AwsEndpoints endpoints, Settings settings, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
    , m_settings(std::move(settings))
{
}

QString SsoCredentialsProvider::sourceDescription() const
{
    return tr("IAM Identity Center role %1 in account %2 (profile \"%3\")")
        .arg(m_settings.roleName, m_settings.accountId, m_settings.profile);
}

QString SsoCredentialsProvider::cacheFileName(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex())
        + QStringLiteral(".json");
}

QString SsoCredentialsProvider::loginCommand(const Settings &settings)
{
    return settings.sessionName.isEmpty() ? QStringLiteral("aws sso login --profile ") + settings.profile
                                          : QStringLiteral("aws sso login --sso-session ") + settings.sessionName;
}

Result<SecretBytes> SsoCredentialsProvider::readCachedToken(const Settings &settings, const QDateTime &now)
{
    const QString key = settings.sessionName.isEmpty() ? settings.startUrl : settings.sessionName;
    QFile f(QDir(settings.cacheDir).filePath(cacheFileName(key)));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return loginNeeded(
            settings, tr("No IAM Identity Center sign-in is cached for %1 (%2).").arg(key, f.fileName()));
    QByteArray bytes = f.read(maxCacheFileBytes + 1);
    if (bytes.size() > maxCacheFileBytes) {
        SecretBytes::wipe(bytes);
        return loginNeeded(
            settings, tr("The cached sign-in %1 is larger than %2 bytes.").arg(f.fileName()).arg(maxCacheFileBytes));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    SecretBytes::wipe(bytes);
    const QJsonObject o = doc.object();
    QString token = o.value(QLatin1StringView("accessToken")).toString();
    const QDateTime expiresAt = parseExpiresAt(o.value(QLatin1StringView("expiresAt")).toString());
    if (error.error != QJsonParseError::NoError || token.isEmpty() || !expiresAt.isValid()) {
        SecretBytes::wipe(token);
        return loginNeeded(
            settings, tr("The cached sign-in %1 has no valid accessToken and expiresAt.").arg(f.fileName()));
    }
    if (expiresAt <= now) {
        SecretBytes::wipe(token);
        return loginNeeded(settings,
            tr("The IAM Identity Center sign-in for %1 expired at %2.").arg(key, expiresAt.toString(Qt::ISODate)));
    }
    SecretBytes secret = SecretBytes::fromString(token);
    SecretBytes::wipe(token);
    return secret;
}

Result<AwsCredentials> SsoCredentialsProvider::parseRoleCredentials(QByteArrayView body)
{
    const QString operation = QStringLiteral("GetRoleCredentials");
    Result<QJsonObject> doc = AwsJson::parseObject(body, operation);
    if (!doc)
        return doc.error();
    AwsJson::Reader r { operation, {} };
    const QJsonObject rc = r.requiredObject(*doc, u"roleCredentials", QStringLiteral("roleCredentials"));
    AwsCredentials c;
    c.accessKeyId = r.requiredString(rc, u"accessKeyId", QStringLiteral("roleCredentials.accessKeyId"));
    QString secret = r.requiredString(rc, u"secretAccessKey", QStringLiteral("roleCredentials.secretAccessKey"));
    c.sessionToken = r.requiredString(rc, u"sessionToken", QStringLiteral("roleCredentials.sessionToken")).toUtf8();
    const QJsonValue expiration = rc.value(QLatin1StringView("expiration"));
    if (!r.failed() && (!expiration.isDouble() || expiration.toDouble() <= 0))
        r.fail(QStringLiteral("roleCredentials.expiration"), tr("not a time in milliseconds"));
    c.secretAccessKey = SecretBytes::fromString(secret);
    SecretBytes::wipe(secret);
    if (r.failed())
        return r.error;
    c.expiration = QDateTime::fromMSecsSinceEpoch(qint64(expiration.toDouble()), Qt::UTC);
    c.source = QStringLiteral("sso");
    return c;
}

void SsoCredentialsProvider::refresh(Done done)
{
    Result<SecretBytes> token = readCachedToken(m_settings);
    if (!token) {
        done(token.error());
        return;
    }
    if (!m_http) {
        done(AwsError::make(AwsError::Kind::InvalidCredentials, tr("No HTTP client to reach the portal with.")));
        return;
    }
    QUrl url = m_endpoints.ssoUrl(m_settings.region);
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/federation/credentials"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("account_id"), m_settings.accountId);
    query.addQueryItem(QStringLiteral("role_name"), m_settings.roleName);
    url.setQuery(query);
    AwsCall call { QByteArrayLiteral("sso"), m_settings.region, url, AwsQuery() };
    call.restAction = QByteArrayLiteral("GetRoleCredentials");
    call.secretHeaderName = QByteArrayLiteral("x-amz-sso_bearer_token");
    call.secretHeaderValue = std::make_shared<const SecretBytes>(std::move(token).value());
    call.sensitiveResponse = true;
    call.scheduleKey = "sso:" + m_settings.accountId.toUtf8();
    m_http->call<AwsCredentials>(std::move(call), nullptr, this, &SsoCredentialsProvider::parseRoleCredentials,
        [this, done = std::move(done)](Result<AwsCredentials> result) {
            if (!result && result.error().code == QLatin1StringView("UnauthorizedException")) {
                done(loginNeeded(m_settings,
                    tr("The IAM Identity Center portal refused the cached sign-in (%1).").arg(result.error().message)));
                return;
            }
            done(std::move(result));
        });
}
