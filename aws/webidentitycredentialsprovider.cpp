// WebIdentityCredentialsProvider: AssumeRoleWithWebIdentity with a token file.
#include "aws/webidentitycredentialsprovider.h"

#include <QCoreApplication>
#include <QFile>

namespace {
AwsError tokenError(const QString &message)
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidCredentials, message);
    e.code = QStringLiteral("InvalidWebIdentityToken");
    return e;
}
} // namespace

WebIdentityCredentialsProvider::WebIdentityCredentialsProvider(StsClient *sts, QString region, QString tokenFile,
    StsClient::AssumeRoleRequest request, QString origin, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_sts(sts)
    , m_region(std::move(region))
    , m_tokenFile(std::move(tokenFile))
    , m_request(std::move(request))
    , m_origin(std::move(origin))
{
}

QString WebIdentityCredentialsProvider::sourceDescription() const
{
    return tr("role %1 assumed with the web identity token %2 (%3)").arg(m_request.roleArn, m_tokenFile, m_origin);
}

Result<SecretBytes> WebIdentityCredentialsProvider::readToken(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return tokenError(tr("Cannot read the web identity token file %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.read(maxTokenBytes + 1);
    if (bytes.size() > maxTokenBytes) {
        SecretBytes::wipe(bytes);
        return tokenError(tr("The web identity token file %1 is larger than %2 bytes.").arg(path).arg(maxTokenBytes));
    }
    SecretBytes token(QByteArrayView(bytes).trimmed());
    SecretBytes::wipe(bytes);
    if (token.isEmpty())
        return tokenError(tr("The web identity token file %1 is empty.").arg(path));
    return token;
}

void WebIdentityCredentialsProvider::refresh(Done done)
{
    Result<SecretBytes> token = readToken(m_tokenFile);
    if (!token) {
        done(token.error());
        return;
    }
    if (!m_sts) {
        done(AwsError::make(AwsError::Kind::InvalidCredentials,
            QCoreApplication::translate("StsClient", "No STS client to assume the role with.")));
        return;
    }
    m_sts->assumeRoleWithWebIdentity(
        m_region, m_request, token.value(), this, [done = std::move(done)](Result<AssumedRole> result) {
            if (!result) {
                done(result.error());
                return;
            }
            done(StsClient::credentialsOf(result.value(), QStringLiteral("web-identity")));
        });
}
