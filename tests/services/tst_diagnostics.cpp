// Tests Diagnostics (the checks of `onrampctl doctor` and the Settings dialog) in process: against the fake AWS
// endpoint, the real keychain and real SQLite files; each check can fail on its own.
#include "../support/fakeaws.h"
#include "models/awsclients.h"
#include "models/diagnostics.h"
#include "models/secretstore.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDiagnostics final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<AwsClients> clients(
        const QString &scenario, bool withConsoleIdentity = true, const QString &configFile = QString())
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"),
            m_fake.endpoint(scenario, FakeAws::uniqueSession(QStringLiteral("diag"))).toString());
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), m_fake.caBundle());
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"),
            configFile.isEmpty() ? m_dir.filePath(QStringLiteral("none")) : configFile);
        if (withConsoleIdentity) {
            env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), FakeAws::consoleKeyId());
            env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), FakeAws::consoleSecret());
        }
        return std::make_unique<AwsClients>(env);
    }

    /// The checks' results by id, after a whole run.
    QHash<QString, DiagnosticCheck> run(const QString &db, AwsClients *aws, QStringList *order = nullptr)
    {
        SecretStore secrets(QStringLiteral("onramp-tst-diagnostics"));
        Diagnostics diagnostics(db, QStringLiteral("alice"), &secrets, aws);
        QSignalSpy done(&diagnostics, &Diagnostics::checkDone);
        QSignalSpy finished(&diagnostics, &Diagnostics::finished);
        diagnostics.run();
        diagnostics.run(); // ignored while running
        if (!finished.wait(60000))
            qWarning("diagnostics did not finish");
        QHash<QString, DiagnosticCheck> byId;
        for (const DiagnosticCheck &c : diagnostics.results()) {
            byId.insert(c.id, c);
            if (order)
                order->append(c.id);
        }
        if (done.count() != diagnostics.results().size())
            qWarning("checkDone %d times for %d results", int(done.count()), int(diagnostics.results().size()));
        return byId;
    }

    QString nextDb() { return m_dir.filePath(QStringLiteral("diag%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void everyCheckPassesAgainstTheFake()
    {
        auto aws = clients(QStringLiteral("basic"));
        QStringList order;
        const auto checks = run(nextDb(), aws.get(), &order);
        QCOMPARE(order,
            (QStringList { QStringLiteral("database"), QStringLiteral("file permissions"), QStringLiteral("keychain"),
                QStringLiteral("endpoint override"), QStringLiteral("console identity"), QStringLiteral("endpoint"),
                QStringLiteral("clock skew") }));
        for (const DiagnosticCheck &c : checks)
            QVERIFY2(
                c.ok && !c.title.isEmpty() && !c.detail.isEmpty(), qPrintable(c.id + QStringLiteral(": ") + c.detail));
        // Whose identity, and which source of the credentials chain it came from.
        QCOMPARE(checks.value(QStringLiteral("console identity")).detail,
            QStringLiteral("arn:aws:iam::999988887777:user/onramp-console (from environment variables "
                           "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"));
        QVERIFY(checks.value(QStringLiteral("database")).detail.contains(QStringLiteral("schema version")));
    }

    void clockBeyondFiveMinutesOfAwsFails()
    {
        QJsonObject skewed { { QStringLiteral("extends"), QStringLiteral("basic") },
            { QStringLiteral("clock_skew_seconds"), Diagnostics::maxClockSkewSecs + 100 } };
        QVERIFY(m_fake.putScenario(QStringLiteral("diag-skew"), skewed));
        auto aws = clients(QStringLiteral("diag-skew"));
        const auto checks = run(nextDb(), aws.get());
        const DiagnosticCheck clock = checks.value(QStringLiteral("clock skew"));
        QVERIFY2(!clock.ok, qPrintable(clock.detail));
        QVERIFY(!clock.hint.isEmpty());
        QVERIFY(checks.value(QStringLiteral("endpoint")).ok); // reachable all the same
    }

    void withoutAConsoleIdentityTheAwsChecksFailAndSaySo()
    {
        auto aws = clients(QStringLiteral("basic"), false);
        const auto checks = run(nextDb(), aws.get());
        QVERIFY(checks.value(QStringLiteral("database")).ok);
        for (const char *id : { "console identity", "endpoint", "clock skew" })
            QVERIFY2(!checks.value(QString::fromLatin1(id)).ok, id);
        QVERIFY(!checks.value(QStringLiteral("console identity")).hint.isEmpty());
    }

    void consoleIdentityNamesItsSource()
    {
        // A credential_process profile: the check shows whose identity and where the credentials came from.
        const QString helper = m_dir.filePath(QStringLiteral("creds-helper.sh"));
        QFile h(helper);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("#!/bin/sh\nprintf '{\"Version\": 1, \"AccessKeyId\": \"" + FakeAws::consoleKeyId().toUtf8()
            + "\", \"SecretAccessKey\": \"" + FakeAws::consoleSecret().toUtf8() + "\"}'\n");
        h.close();
        QVERIFY(h.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString config = m_dir.filePath(QStringLiteral("process-config"));
        QFile c(config);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("[default]\ncredential_process = " + helper.toUtf8()
            + "\n"
              "[profile sso]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n"
              "sso_account_id = 777788889999\nsso_role_name = Console\n");
        c.close();
        auto aws = clients(QStringLiteral("basic"), false, config);
        auto checks = run(nextDb(), aws.get());
        QCOMPARE(checks.value(QStringLiteral("console identity")).detail,
            QStringLiteral("arn:aws:iam::999988887777:user/onramp-console (from credential_process of profile "
                           "\"default\")"));

        // An IAM Identity Center profile nobody signed in with: the check fails, says how to sign in and names the
        // source.
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("sso"));
        aws->useCredentialsChain(env);
        checks = run(nextDb(), aws.get());
        const DiagnosticCheck identity = checks.value(QStringLiteral("console identity"));
        QVERIFY(!identity.ok);
        QVERIFY2(identity.detail.contains(QStringLiteral("aws sso login --profile sso")), qPrintable(identity.detail));
        QVERIFY2(identity.detail.contains(QStringLiteral("IAM Identity Center role Console in account 777788889999")),
            qPrintable(identity.detail));
    }

    void unusableDatabaseFailsOnlyTheDatabaseCheck()
    {
        const QString garbage = nextDb();
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto aws = clients(QStringLiteral("basic"));
        const auto checks = run(garbage, aws.get());
        QVERIFY(!checks.value(QStringLiteral("database")).ok);
        QVERIFY(!checks.value(QStringLiteral("database")).hint.isEmpty());
        QVERIFY(!checks.contains(QStringLiteral("file permissions"))); // not known without an open registry
        QVERIFY(checks.value(QStringLiteral("keychain")).ok);
        QVERIFY(checks.value(QStringLiteral("console identity")).ok);
    }
};

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
