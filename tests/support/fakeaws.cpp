// FakeAws: test-side access to the local fake AWS endpoint.
#include "fakeaws.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {
QByteArray blockingRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}
} // namespace

FakeAws FakeAws::fromEnvironment()
{
    FakeAws f;
    const QString dir = qEnvironmentVariable("ONRAMP_FAKEAWS_DIR");
    if (dir.isEmpty()) {
        f.m_why = QStringLiteral("ONRAMP_FAKEAWS_DIR is not set (run through ctest)");
        return f;
    }
    QFile file(dir + QStringLiteral("/endpoint.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        f.m_why = QStringLiteral("no %1: is the fakeaws fixture running?").arg(file.fileName());
        return f;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    f.m_https = QUrl(o.value(QStringLiteral("https")).toString());
    f.m_http = QUrl(o.value(QStringLiteral("http")).toString());
    f.m_caBundle = o.value(QStringLiteral("ca_bundle")).toString();
    f.m_otherCaBundle = o.value(QStringLiteral("other_ca_bundle")).toString();
    f.m_valid = f.m_https.isValid() && !f.m_caBundle.isEmpty();
    if (!f.m_valid)
        f.m_why = QStringLiteral("endpoint.json is incomplete");
    return f;
}

QProcessEnvironment FakeAws::sessionEnvironment(
    const QString &scenario, const QString &session, const QString &home) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), endpoint(scenario, session).toString());
    env.insert(QStringLiteral("AWS_CA_BUNDLE"), caBundle());
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("ONRAMP_RETRY_BASE_MS"), QStringLiteral("20"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QDir(home).filePath(QStringLiteral("none")));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QDir(home).filePath(QStringLiteral("none")));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), consoleKeyId());
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), consoleSecret());
    return env;
}

QProcessEnvironment FakeAws::cliEnvironment(const QString &scenario, const QString &session, const QString &dir,
    const QString &db, const QString &keychainService, const QString &user) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QStringLiteral("AWS_")) || name.startsWith(QStringLiteral("ONRAMP_"))
            || name.compare(QStringLiteral("https_proxy"), Qt::CaseInsensitive) == 0
            || name.compare(QStringLiteral("http_proxy"), Qt::CaseInsensitive) == 0
            || name.compare(QStringLiteral("all_proxy"), Qt::CaseInsensitive) == 0
            || name == QStringLiteral("QT_LOGGING_RULES"))
            env.remove(name);
    }
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), endpoint(scenario, session).toString());
    env.insert(QStringLiteral("AWS_CA_BUNDLE"), caBundle());
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), consoleKeyId());
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), consoleSecret());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QDir(dir).filePath(QStringLiteral("no-credentials")));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QDir(dir).filePath(QStringLiteral("no-config")));
    env.insert(QStringLiteral("ONRAMP_DB"), db);
    env.insert(QStringLiteral("ONRAMP_KEYCHAIN_SERVICE"), keychainService);
    env.insert(QStringLiteral("ONRAMP_RETRY_BASE_MS"), QStringLiteral("20"));
    if (!user.isEmpty())
        env.insert(QStringLiteral("ONRAMP_USER"), user);
    return env;
}

QUrl FakeAws::endpoint(const QString &scenario, const QString &session, bool https) const
{
    QUrl u = https ? m_https : m_http;
    u.setPath(QLatin1Char('/') + scenario + QLatin1Char('/') + session + QLatin1Char('/'));
    return u;
}

bool FakeAws::putScenario(const QString &name, const QJsonObject &scenario) const
{
    QUrl u = m_http;
    u.setPath(QStringLiteral("/_fake/scenarios/") + name);
    int status = 0;
    blockingRequest("PUT", u, QJsonDocument(scenario).toJson(QJsonDocument::Compact), &status);
    return status == 200;
}

bool FakeAws::deleteDatabase(
    const QString &name, const QString &account, const QString &region, const QString &identifier) const
{
    QUrl u = m_http;
    u.setPath(QStringLiteral("/_fake/scenarios/%1/databases/%2/%3/%4").arg(name, account, region, identifier));
    int status = 0;
    blockingRequest("DELETE", u, {}, &status);
    return status == 200;
}

QJsonArray FakeAws::requestLog(const QString &scenario, const QString &session) const
{
    QUrl u = m_http;
    u.setPath(QStringLiteral("/_fake/") + scenario + QLatin1Char('/') + session + QStringLiteral("/log"));
    int status = 0;
    const QByteArray body = blockingRequest("GET", u, {}, &status);
    return QJsonDocument::fromJson(body).array();
}

QString FakeAws::uniqueSession(const QString &prefix)
{
    static QAtomicInt counter;
    return prefix + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(counter.fetchAndAddRelaxed(1));
}

// The fixed identities of tests/fakeaws/scenarios/basic.json (every shipped scenario extends it).
QString FakeAws::consoleKeyId()
{
    return QStringLiteral("AKIAONRAMPCONSOLE001");
}
QString FakeAws::consoleSecret()
{
    return QStringLiteral("OnrampConsole/K7MDENG+bPxRfiCYEXAMPLEKEY");
}
QString FakeAws::consoleAccount()
{
    return QStringLiteral("999988887777");
}
QString FakeAws::customerKeyId()
{
    return QStringLiteral("AKIACUSTOMERDIRECT01");
}
QString FakeAws::customerSecret()
{
    return QStringLiteral("CustomerDirect/K7MDENG+bPxRfiCYEXAMPLEKY");
}
QString FakeAws::customerAccount()
{
    return QStringLiteral("111122223333");
}
QString FakeAws::customerRoleArn()
{
    return QStringLiteral("arn:aws:iam::111122223333:role/OnrampDiscoveryRole");
}
QString FakeAws::customerExternalId()
{
    return QStringLiteral("onramp-5f0c8e1a-3b7d-4c2e-9a61-d2f4b8c0e7a3");
}
QString FakeAws::limitedKeyId()
{
    return QStringLiteral("AKIALIMITEDUSER00001");
}
QString FakeAws::limitedSecret()
{
    return QStringLiteral("LimitedUser000/K7MDENG+bPxRfiCYEXAMPLEKY");
}
