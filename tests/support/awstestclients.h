// AwsTestClients: HttpClient + StsClient + Ec2Client + RdsClient wired to one fake AWS scenario/session, for tests.
#pragma once

#include "aws/ec2client.h"
#include "aws/httpclient.h"
#include "aws/rdsclient.h"
#include "aws/stsclient.h"
#include "fakeaws.h"

#include <QNetworkAccessManager>

/// Clients whose every endpoint is the fake's https://127.0.0.1:PORT/<scenario>/<session>/, trusting its CA,
/// with short retry backoff so fault tests stay quick.
struct AwsTestClients
{
    AwsTestClients(const FakeAws &fake, const QString &scenario, const QString &session)
        : http(&nam, makeConfig(fake))
        , endpoints(makeEndpoints(fake, scenario, session))
        , sts(&http, endpoints)
        , ec2(&http, endpoints)
        , rds(&http, endpoints)
    {
    }

    static HttpClientConfig makeConfig(const FakeAws &fake)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        HttpClientConfig c = HttpClientConfig::fromEnvironment(env);
        c.caBundlePath = fake.caBundle();
        c.retryBaseDelayMs = 20;
        return c;
    }
    static AwsEndpoints makeEndpoints(const FakeAws &fake, const QString &scenario, const QString &session)
    {
        AwsEndpoints e;
        e.setGlobalOverride(fake.endpoint(scenario, session));
        return e;
    }
    static CredentialsProviderPtr keys(const QString &id, const QString &secret)
    {
        AwsCredentials c;
        c.accessKeyId = id;
        c.secretAccessKey = SecretBytes::fromString(secret);
        return StaticCredentialsProvider::make(std::move(c));
    }
    static CredentialsProviderPtr console() { return keys(FakeAws::consoleKeyId(), FakeAws::consoleSecret()); }
    static CredentialsProviderPtr customer() { return keys(FakeAws::customerKeyId(), FakeAws::customerSecret()); }

    QNetworkAccessManager nam;
    HttpClient http;
    AwsEndpoints endpoints;
    StsClient sts;
    Ec2Client ec2;
    RdsClient rds;
};
