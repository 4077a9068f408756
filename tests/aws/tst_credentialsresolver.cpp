// Tests CredentialsResolver: every console identity source (keys, roles, web identity, IAM Identity Center,
// credential_process), their precedence, against the fake AWS endpoint over HTTPS; ~/.aws is only ever read.
#include "../support/awstestclients.h"
#include "aws/credentialsresolver.h"
#include "aws/ssocredentialsprovider.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

namespace {
const QString scenario = QStringLiteral("credsources");
const QString hopRole = QStringLiteral("arn:aws:iam::111122223333:role/HopRole");
const QString secondHop = QStringLiteral("arn:aws:iam::444455556666:role/SecondHop");
const QString eksRole = QStringLiteral("arn:aws:iam::555566667777:role/EksRole");
const QString ssoAccount = QStringLiteral("777788889999");
const QString ssoToken = QStringLiteral("sso-access-token-1");
} // namespace

class TestCredentialsResolver final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    std::optional<QTemporaryDir> m_home; ///< HOME of the test: ~/.aws lives here
    QTemporaryDir m_outside; ///< files that are not under HOME (web identity tokens, helper programs)
    std::map<QString, std::pair<QByteArray, qint64>> m_frozen;
    bool m_isFrozen = false;

    void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
    }
    QString home(const QString &rel) const { return m_home->filePath(rel); }
    void config(const QByteArray &text) { write(home(QStringLiteral(".aws/config")), text); }
    void credentials(const QByteArray &text) { write(home(QStringLiteral(".aws/credentials")), text); }
    void ssoCache(const QString &key, const QString &token, const QDateTime &expiresAt)
    {
        QJsonObject o { { QStringLiteral("accessToken"), token },
            { QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODate) },
            { QStringLiteral("region"), QStringLiteral("us-east-1") } };
        write(home(QStringLiteral(".aws/sso/cache/")) + SsoCredentialsProvider::cacheFileName(key),
            QJsonDocument(o).toJson());
    }
    QByteArray consoleKeys(const char *profile) const
    {
        return "[" + QByteArray(profile) + "]\naws_access_key_id = " + FakeAws::consoleKeyId().toUtf8()
            + "\naws_secret_access_key = " + FakeAws::consoleSecret().toUtf8() + "\n";
    }

    /// Every file under HOME with its bytes and modification time.
    std::map<QString, std::pair<QByteArray, qint64>> snapshot() const
    {
        std::map<QString, std::pair<QByteArray, qint64>> files;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QByteArray bytes;
            if (it.fileInfo().isFile() && f.open(QIODevice::ReadOnly))
                bytes = f.readAll();
            files[path] = { bytes, it.fileInfo().lastModified().toMSecsSinceEpoch() };
        }
        return files;
    }
    /// From here on the test's HOME must not change (checked in cleanup()).
    void freeze()
    {
        m_frozen = snapshot();
        m_isFrozen = true;
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), m_home->path());
        e.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        return e;
    }

    Result<CredentialsProviderPtr> resolve(AwsTestClients &c, const QProcessEnvironment &e)
    {
        CredentialsResolver::Services services;
        services.sts = &c.sts;
        services.http = &c.http;
        services.endpoints = c.endpoints;
        services.region = QStringLiteral("us-east-1");
        freeze();
        return CredentialsResolver::resolve(e, services);
    }

    Result<CallerIdentity> identity(AwsTestClients &c, const CredentialsProviderPtr &provider)
    {
        std::optional<Result<CallerIdentity>> out;
        c.sts.getCallerIdentity(
            QStringLiteral("us-east-1"), provider, this, [&out](const Result<CallerIdentity> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited 60 s"));
        return *out;
    }

    /// Resolves \a e and asks who that is.
    Result<CallerIdentity> whoAmI(AwsTestClients &c, const QProcessEnvironment &e, QString *source = nullptr)
    {
        const Result<CredentialsProviderPtr> p = resolve(c, e);
        if (!p)
            return p.error();
        if (source)
            *source = (*p)->sourceDescription();
        return identity(c, *p);
    }

    QJsonObject lastRequest(const QString &session, const QString &action)
    {
        const QJsonArray log = m_fake.requestLog(scenario, session);
        for (qsizetype i = log.size() - 1; i >= 0; --i) {
            if (log.at(i).toObject().value(QStringLiteral("action")).toString() == action)
                return log.at(i).toObject();
        }
        return {};
    }

    QString tokenFile(const QString &name, const QByteArray &token)
    {
        const QString path = m_outside.filePath(name);
        write(path, token + "\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
        const QJsonObject allowAssume { { QStringLiteral("trusted_accounts"),
                                            QJsonArray { QStringLiteral("999988887777") } },
            { QStringLiteral("allowed_actions"), QJsonArray { QStringLiteral("sts:AssumeRole") } } };
        QJsonObject hop = allowAssume;
        hop[QStringLiteral("arn")] = hopRole;
        QJsonObject second { { QStringLiteral("arn"), secondHop },
            { QStringLiteral("trusted_accounts"), QJsonArray { QStringLiteral("111122223333") } },
            { QStringLiteral("allowed_actions"), QJsonArray { QStringLiteral("ec2:DescribeRegions") } } };
        QJsonObject eks { { QStringLiteral("arn"), eksRole },
            { QStringLiteral("web_identity_tokens"),
                QJsonArray { QStringLiteral("oidc-token-1"), QStringLiteral("oidc-token-2") } },
            { QStringLiteral("allowed_actions"), QJsonArray { QStringLiteral("sts:AssumeRole") } } };
        QJsonObject discovery { { QStringLiteral("arn"), FakeAws::customerRoleArn() },
            { QStringLiteral("external_id"), FakeAws::customerExternalId() },
            { QStringLiteral("trusted_accounts"), QJsonArray { QStringLiteral("999988887777") } },
            { QStringLiteral("allowed_actions"), QJsonArray { QStringLiteral("ec2:DescribeRegions") } } };
        const QJsonObject portal { { QStringLiteral("access_tokens"), QJsonArray { ssoToken } },
            { QStringLiteral("roles"),
                QJsonArray { QJsonObject { { QStringLiteral("account_id"), ssoAccount },
                    { QStringLiteral("role_name"), QStringLiteral("OnrampConsole") },
                    { QStringLiteral("allowed_actions"), QJsonArray { QStringLiteral("sts:AssumeRole") } } } } } };
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("roles"), QJsonArray { discovery, hop, second, eks } },
                { QStringLiteral("sso_portal"), portal } }));
        QVERIFY(m_outside.isValid());
    }

    void init()
    {
        m_home.emplace();
        QVERIFY(m_home->isValid());
        m_isFrozen = false;
    }

    void cleanup()
    {
        if (m_isFrozen) {
            const auto now = snapshot();
            QCOMPARE(now.size(), m_frozen.size());
            QVERIFY2(now == m_frozen, "a file under HOME was created, changed or touched");
        }
        m_home.reset();
    }

    void environmentKeysBeatProfileKeys()
    {
        credentials("[default]\naws_access_key_id = " + FakeAws::customerKeyId().toUtf8()
            + "\naws_secret_access_key = " + FakeAws::customerSecret().toUtf8() + "\n");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), FakeAws::consoleKeyId());
        e.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), FakeAws::consoleSecret());
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("envwins")));
        QString source;
        const auto id = whoAmI(c, e, &source);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, FakeAws::consoleAccount());
        QVERIFY2(source.contains(QStringLiteral("AWS_ACCESS_KEY_ID")), qPrintable(source));
    }

    void namedProfileBeatsEnvironmentKeys()
    {
        credentials("[cust]\naws_access_key_id = " + FakeAws::customerKeyId().toUtf8()
            + "\naws_secret_access_key = " + FakeAws::customerSecret().toUtf8() + "\n");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), FakeAws::consoleKeyId());
        e.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), FakeAws::consoleSecret());
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("cust"));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("profwins")));
        const auto id = whoAmI(c, e);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, FakeAws::customerAccount());
    }

    void roleFromSourceProfileWithItsSettings()
    {
        credentials(consoleKeys("base"));
        config("[profile r]\nrole_arn = " + FakeAws::customerRoleArn().toUtf8()
            + "\nsource_profile = base\n"
              "external_id = "
            + FakeAws::customerExternalId().toUtf8()
            + "\nrole_session_name = tst-session\n"
              "duration_seconds = 900\n");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("r"));
        const QString session = FakeAws::uniqueSession(QStringLiteral("role"));
        AwsTestClients c(m_fake, scenario, session);
        QString source;
        const auto id = whoAmI(c, e, &source);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->arn, QStringLiteral("arn:aws:sts::111122223333:assumed-role/OnrampDiscoveryRole/tst-session"));
        QVERIFY2(source.contains(QStringLiteral("profile \"base\"")), qPrintable(source));
        const QJsonObject assume = lastRequest(session, QStringLiteral("AssumeRole"));
        QCOMPARE(assume.value(QStringLiteral("access_key_id")).toString(), FakeAws::consoleKeyId());
    }

    void multiHopChain()
    {
        credentials(consoleKeys("base"));
        config("[profile second]\nrole_arn = " + secondHop.toUtf8()
            + "\nsource_profile = hop\n"
              "[profile hop]\nrole_arn = "
            + hopRole.toUtf8() + "\nsource_profile = base\n");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("second"));
        const QString session = FakeAws::uniqueSession(QStringLiteral("hops"));
        AwsTestClients c(m_fake, scenario, session);
        const auto id = whoAmI(c, e);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, QStringLiteral("444455556666"));
        int assumes = 0;
        for (const QJsonValue v : m_fake.requestLog(scenario, session))
            assumes += v.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("AssumeRole") ? 1 : 0;
        QCOMPARE(assumes, 2);
    }

    void profileMayNameItselfWhenItHasKeys()
    {
        credentials(consoleKeys("self"));
        config("[profile self]\nrole_arn = " + hopRole.toUtf8() + "\nsource_profile = self\n");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("self"));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("self")));
        const auto id = whoAmI(c, e);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QVERIFY(id->arn.startsWith(QStringLiteral("arn:aws:sts::111122223333:assumed-role/HopRole/")));
    }

    void sourceProfileLoopIsRefused()
    {
        config("[profile a]\nrole_arn = " + hopRole.toUtf8()
            + "\nsource_profile = b\n"
              "[profile b]\nrole_arn = "
            + secondHop.toUtf8() + "\nsource_profile = a\n");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("a"));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("loop")));
        const auto p = resolve(c, e);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(QStringLiteral("loop")), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains(QStringLiteral("a → b → a")));
    }

    void overlongChainIsRefused()
    {
        QByteArray text;
        for (int i = 0; i < CredentialsResolver::maxChainDepth + 2; ++i)
            text += "[profile p" + QByteArray::number(i) + "]\nrole_arn = " + hopRole.toUtf8() + "\nsource_profile = p"
                + QByteArray::number(i + 1) + "\n";
        config(text);
        credentials(
            consoleKeys(QByteArray("p" + QByteArray::number(CredentialsResolver::maxChainDepth + 2)).constData()));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("p0"));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("long")));
        const auto p = resolve(c, e);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(QStringLiteral("longer than")), qPrintable(p.error().message));
    }

    void roleSettingsThatCannotWorkAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        const QByteArray role = "role_arn = " + hopRole.toUtf8() + "\n";
        QTest::newRow("mfa") << role + "source_profile = base\nmfa_serial = arn:aws:iam::999988887777:mfa/me\n"
                             << QStringLiteral("UnsupportedCredentialSource") << QStringLiteral("MFA");
        QTest::newRow("ec2 metadata") << role + "credential_source = Ec2InstanceMetadata\n"
                                      << QStringLiteral("UnsupportedCredentialSource")
                                      << QStringLiteral("Ec2InstanceMetadata");
        QTest::newRow("ecs") << role + "credential_source = EcsContainer\n"
                             << QStringLiteral("UnsupportedCredentialSource") << QStringLiteral("EcsContainer");
        QTest::newRow("unknown source") << role + "credential_source = Laptop\n"
                                        << QStringLiteral("InvalidProfile") << QStringLiteral("Laptop");
        QTest::newRow("both") << role + "credential_source = Environment\nsource_profile = base\n"
                              << QStringLiteral("InvalidProfile") << QStringLiteral("both");
        QTest::newRow("neither") << role << QStringLiteral("InvalidProfile") << QStringLiteral("neither");
        QTest::newRow("missing source") << role + "source_profile = nowhere\n"
                                        << QStringLiteral("InvalidProfile") << QStringLiteral("nowhere");
        QTest::newRow("duration") << role + "source_profile = base\nduration_seconds = 60\n"
                                  << QStringLiteral("InvalidProfile") << QStringLiteral("duration_seconds");
        QTest::newRow("source without keys") << role + "source_profile = empty\n[profile empty]\nregion = us-east-1\n"
                                             << QStringLiteral("InvalidProfile") << QStringLiteral("no credentials");
    }
    void roleSettingsThatCannotWorkAreClearErrors()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, code);
        QFETCH(QString, says);
        credentials(consoleKeys("base"));
        config("[profile x]\n" + profile);
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("x"));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("bad")));
        const auto p = resolve(c, e);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY2(p.error().message.contains(says), qPrintable(p.error().message));
    }

    void credentialSourceEnvironment()
    {
        config("[profile envrole]\nrole_arn = " + hopRole.toUtf8() + "\ncredential_source = Environment\n");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("envrole"));
        e.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), FakeAws::consoleKeyId());
        e.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), FakeAws::consoleSecret());
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("credsrc")));
        const auto id = whoAmI(c, e);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QVERIFY(id->arn.startsWith(QStringLiteral("arn:aws:sts::111122223333:assumed-role/HopRole/")));
    }

    void webIdentityFromEnvironmentReadsTheTokenEachTime()
    {
        const QString token = tokenFile(QStringLiteral("eks-token"), "oidc-token-1");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), token);
        e.insert(QStringLiteral("AWS_ROLE_ARN"), eksRole);
        e.insert(QStringLiteral("AWS_ROLE_SESSION_NAME"), QStringLiteral("pod-1"));
        const QString session = FakeAws::uniqueSession(QStringLiteral("wi"));
        AwsTestClients c(m_fake, scenario, session);
        const auto p = resolve(c, e);
        QVERIFY(p.ok());
        const auto id = identity(c, *p);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->arn, QStringLiteral("arn:aws:sts::555566667777:assumed-role/EksRole/pod-1"));
        QJsonObject call = lastRequest(session, QStringLiteral("AssumeRoleWithWebIdentity"));
        QCOMPARE(call.value(QStringLiteral("signed")).toBool(), false);
        QCOMPARE(call.value(QStringLiteral("web_identity_token")).toString(), QStringLiteral("oidc-token-1"));
        QVERIFY((*p)->sourceDescription().contains(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE")));

        // The platform rotates the token: the next refresh reads the file again.
        write(token, "oidc-token-2");
        (*p)->invalidate();
        QVERIFY(identity(c, *p).ok());
        call = lastRequest(session, QStringLiteral("AssumeRoleWithWebIdentity"));
        QCOMPARE(call.value(QStringLiteral("web_identity_token")).toString(), QStringLiteral("oidc-token-2"));
    }

    void webIdentityFromProfileAndEnvironmentWins()
    {
        const QString token = tokenFile(QStringLiteral("profile-token"), "oidc-token-2");
        config("[default]\nweb_identity_token_file = " + token.toUtf8() + "\nrole_arn = " + hopRole.toUtf8()
            + "\nrole_session_name = from-profile\n");
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("wip")));
        // role_arn with web_identity_token_file: web identity, not AssumeRole (no source needed).
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_ROLE_ARN"), eksRole); // the variable wins over the profile's role_arn
        const auto id = whoAmI(c, e);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->arn, QStringLiteral("arn:aws:sts::555566667777:assumed-role/EksRole/from-profile"));
    }

    void webIdentityWithUnknownTokenIsRefused()
    {
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), tokenFile(QStringLiteral("bad-token"), "forged"));
        e.insert(QStringLiteral("AWS_ROLE_ARN"), eksRole);
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("wibad")));
        const auto id = whoAmI(c, e);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, QStringLiteral("InvalidIdentityToken"));
    }

    void webIdentityTokenFileMissingOrHuge()
    {
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), m_outside.filePath(QStringLiteral("absent")));
        e.insert(QStringLiteral("AWS_ROLE_ARN"), eksRole);
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("wimiss")));
        auto id = whoAmI(c, e);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(QStringLiteral("absent")), qPrintable(id.error().message));
        e.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"),
            tokenFile(QStringLiteral("huge"), QByteArray(64 * 1024, 'a')));
        id = whoAmI(c, e);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(QStringLiteral("larger than")), qPrintable(id.error().message));
    }

    void ssoSessionProfile()
    {
        config("[profile sso]\nsso_session = corp\nsso_account_id = " + ssoAccount.toUtf8()
            + "\nsso_role_name = OnrampConsole\nregion = eu-west-1\n"
              "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n"
              "sso_registration_scopes = sso:account:access\n");
        ssoCache(QStringLiteral("corp"), ssoToken, QDateTime::currentDateTimeUtc().addSecs(3600));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("sso"));
        const QString session = FakeAws::uniqueSession(QStringLiteral("sso"));
        AwsTestClients c(m_fake, scenario, session);
        QString source;
        const auto id = whoAmI(c, e, &source);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, ssoAccount);
        QVERIFY2(source.contains(QStringLiteral("IAM Identity Center")), qPrintable(source));
        const QJsonObject call = lastRequest(session, QStringLiteral("GetRoleCredentials"));
        QCOMPARE(call.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(call.value(QStringLiteral("signed")).toBool(), false);
        QCOMPARE(call.value(QStringLiteral("bearer_token")).toString(), ssoToken);
        QCOMPARE(
            call.value(QStringLiteral("query")).toObject().value(QStringLiteral("account_id")).toString(), ssoAccount);
        QCOMPARE(call.value(QStringLiteral("query")).toObject().value(QStringLiteral("role_name")).toString(),
            QStringLiteral("OnrampConsole"));
    }

    void legacySsoProfile()
    {
        const QString url = QStringLiteral("https://legacy.awsapps.com/start");
        config("[default]\nsso_start_url = " + url.toUtf8() + "\nsso_region = us-east-1\nsso_account_id = "
            + ssoAccount.toUtf8() + "\nsso_role_name = OnrampConsole\n");
        ssoCache(url, ssoToken, QDateTime::currentDateTimeUtc().addSecs(600));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("ssolegacy")));
        const auto id = whoAmI(c, env());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, ssoAccount);
    }

    void ssoWithoutUsableTokenSaysToLogIn()
    {
        config("[profile sso]\nsso_session = corp\nsso_account_id = " + ssoAccount.toUtf8()
            + "\nsso_role_name = OnrampConsole\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
              "sso_region = us-east-1\n"
              "[profile legacy]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = us-east-1\n"
              "sso_account_id = "
            + ssoAccount.toUtf8() + "\nsso_role_name = OnrampConsole\n");
        ssoCache(
            QStringLiteral("https://legacy.awsapps.com/start"), ssoToken, QDateTime::currentDateTimeUtc().addSecs(-60));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("ssologin")));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("sso"));
        auto id = whoAmI(c, e); // no cache file at all
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, QStringLiteral("SsoLoginRequired"));
        QVERIFY2(id.error().message.contains(QStringLiteral("aws sso login --sso-session corp")),
            qPrintable(id.error().message));
        e.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("legacy"));
        id = whoAmI(c, e); // expired
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(QStringLiteral("expired")), qPrintable(id.error().message));
        QVERIFY(id.error().message.contains(QStringLiteral("aws sso login --profile legacy")));
    }

    void ssoTokenThePortalRefusesSaysToLogIn()
    {
        config("[default]\nsso_session = corp\nsso_account_id = " + ssoAccount.toUtf8()
            + "\nsso_role_name = OnrampConsole\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
              "sso_region = us-east-1\n");
        ssoCache(
            QStringLiteral("corp"), QStringLiteral("revoked-token"), QDateTime::currentDateTimeUtc().addSecs(3600));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("ssorevoked")));
        const auto id = whoAmI(c, env());
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, QStringLiteral("SsoLoginRequired"));
        QVERIFY2(id.error().message.contains(QStringLiteral("aws sso login --sso-session corp")),
            qPrintable(id.error().message));
        QVERIFY(!id.error().message.contains(QStringLiteral("revoked-token")));
    }

    void ssoConfigurationErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("no session section")
            << QByteArray("[default]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = R\n")
            << QStringLiteral("[sso-session gone]");
        QTest::newRow("missing keys") << QByteArray("[default]\nsso_start_url = https://x.awsapps.com/start\n")
                                      << QStringLiteral("sso_region, sso_account_id, sso_role_name");
        QTest::newRow("inconsistent") << QByteArray("[default]\nsso_session = s\nsso_start_url = https://a/start\n"
                                                    "sso_account_id = 1\nsso_role_name = R\n[sso-session s]\n"
                                                    "sso_start_url = https://b/start\nsso_region = us-east-1\n")
                                      << QStringLiteral("https://b/start");
    }
    void ssoConfigurationErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        config(text);
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("ssocfg")));
        const auto p = resolve(c, env());
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, QStringLiteral("InvalidProfile"));
        QVERIFY2(p.error().message.contains(says), qPrintable(p.error().message));
    }

    void credentialProcessPrecedence()
    {
        const QString helper = m_outside.filePath(QStringLiteral("console-creds.sh"));
        write(helper,
            "#!/bin/sh\nprintf '{\"Version\": 1, \"AccessKeyId\": \"" + FakeAws::consoleKeyId().toUtf8()
                + "\", \"SecretAccessKey\": \"" + FakeAws::consoleSecret().toUtf8() + "\"}'\n");
        QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // The process beats keys in the config file...
        config("[default]\ncredential_process = '" + helper.toUtf8()
            + "' --profile x\naws_access_key_id = " + FakeAws::customerKeyId().toUtf8()
            + "\naws_secret_access_key = " + FakeAws::customerSecret().toUtf8() + "\n");
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("proc")));
        QString source;
        auto id = whoAmI(c, env(), &source);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, FakeAws::consoleAccount());
        QVERIFY2(source.contains(QStringLiteral("credential_process")), qPrintable(source));
        // ...and keys in the credentials file beat the process.
        credentials("[default]\naws_access_key_id = " + FakeAws::customerKeyId().toUtf8()
            + "\naws_secret_access_key = " + FakeAws::customerSecret().toUtf8() + "\n");
        id = whoAmI(c, env());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, FakeAws::customerAccount());
    }

    void nothingConfiguredIsNoCredentials()
    {
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("none")));
        const auto p = resolve(c, env());
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, QStringLiteral("NoCredentials"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialsResolver)
#include "tst_credentialsresolver.moc"
