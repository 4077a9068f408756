// Tests ProcessCredentialsProvider: credential_process run without a shell, its JSON, expiry, failures and bounds.
#include "aws/processcredentialsprovider.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class TestProcessCredentialsProvider final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// An executable /bin/sh script in the temporary directory.
    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write("#!/bin/sh\n" + body);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QString read(const QString &name)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    static QProcessEnvironment env()
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        return e;
    }

    static std::shared_ptr<ProcessCredentialsProvider> provider(const QString &commandLine, int timeoutMs = 10000)
    {
        ProcessCredentialsProvider::Options options;
        options.timeoutMs = timeoutMs;
        options.profile = QStringLiteral("tool");
        return std::make_shared<ProcessCredentialsProvider>(commandLine, env(), options);
    }

    Result<AwsCredentials> fetch(CredentialsProvider &p)
    {
        std::optional<Result<AwsCredentials>> out;
        p.fetch(this, [&out](const Result<AwsCredentials> &r) {
            out = r ? Result<AwsCredentials>(r->clone()) : Result<AwsCredentials>(r.error());
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited 30 s"));
        return std::move(*out);
    }

    /// A helper that counts its runs in FILE.count and prints \a json.
    QString counting(const QString &name, const QByteArray &json)
    {
        const QByteArray count = m_dir.filePath(name + QStringLiteral(".count")).toUtf8();
        return script(name, "printf x >> '" + count + "'\nprintf '%s' '" + json + "'\n");
    }

    static QStringList words(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *w : list)
            out.append(QString::fromUtf8(w));
        return out;
    }

    static QByteArray isoIn(qint64 secs)
    {
        return QDateTime::currentDateTimeUtc().addSecs(secs).toString(Qt::ISODate).toUtf8();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void splitsLikeShlex_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("/bin/tool  --profile  dev")
                               << words({ "/bin/tool", "--profile", "dev" });
        QTest::newRow("single quotes") << QStringLiteral("tool 'a b' 'c\"d'") << words({ "tool", "a b", "c\"d" });
        QTest::newRow("double quotes") << QStringLiteral("tool \"a 'b' \\\"c\\\" \\x\"")
                                       << words({ "tool", "a 'b' \"c\" \\x" });
        QTest::newRow("backslash") << QStringLiteral("tool a\\ b c\\\\d") << words({ "tool", "a b", "c\\d" });
        QTest::newRow("joined") << QStringLiteral("tool --x='1 2'3") << words({ "tool", "--x=1 23" });
        QTest::newRow("empty quoted word") << QStringLiteral("tool ''") << words({ "tool", "" });
        QTest::newRow("no expansion") << QStringLiteral("tool $HOME ~ `id` ; rm")
                                      << words({ "tool", "$HOME", "~", "`id`", ";", "rm" });
    }
    void splitsLikeShlex()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const Result<QStringList> split = ProcessCredentialsProvider::splitCommandLine(line);
        QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().message));
        QCOMPARE(split.value(), words);
    }

    void unterminatedQuoteOrEmptyCommandIsAnError()
    {
        for (const QString &line :
            { QStringLiteral("tool 'abc"), QStringLiteral("tool \"abc"), QStringLiteral("   ") }) {
            const Result<QStringList> split = ProcessCredentialsProvider::splitCommandLine(line);
            QVERIFY(!split.ok());
            QCOMPARE(split.error().code, QStringLiteral("InvalidCredentialProcess"));
        }
    }

    void parsesVersionOneDocument()
    {
        const auto c = ProcessCredentialsProvider::parseOutput(
            "{\"Version\": 1, \"AccessKeyId\": \"ASIAPROC\", \"SecretAccessKey\": \"s3cret\", \"SessionToken\": "
            "\"tok\",\n                \"Expiration\": \"2030-01-02T03:04:05Z\"}");
        QVERIFY(c.ok());
        QCOMPARE(c->accessKeyId, QStringLiteral("ASIAPROC"));
        QCOMPARE(c->secretAccessKey, SecretBytes("s3cret"));
        QCOMPARE(c->sessionToken, QByteArray("tok"));
        QCOMPARE(c->expiration, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("why");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not a JSON object");
        QTest::newRow("version 2") << QByteArray("{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\"}")
                                   << QStringLiteral("\"Version\" must be 1");
        QTest::newRow("no secret") << QByteArray("{\"Version\": 1, \"AccessKeyId\": \"A\"}")
                                   << QStringLiteral("SecretAccessKey");
        QTest::newRow("numeric token") << QByteArray(
            "{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\", \"SessionToken\": 5}")
                                       << QStringLiteral("SessionToken");
        QTest::newRow("bad expiration") << QByteArray(
            "{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\", \"Expiration\": \"tomorrow\"}")
                                        << QStringLiteral("Expiration");
        QTest::newRow("expiration without zone") << QByteArray(
            "{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\", \"Expiration\": "
            "\"2030-01-01T00:00:00\"}") << QStringLiteral("Expiration");
    }
    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, why);
        const auto c = ProcessCredentialsProvider::parseOutput(output);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("InvalidCredentialProcessOutput"));
        QVERIFY2(c.error().message.contains(why), qPrintable(c.error().message));
        QVERIFY(!c.error().message.contains(QStringLiteral("s3cret")));
    }

    void runsTheProgramWithoutAShell()
    {
        // The arguments reach the program as written: no variable expansion, no command separator.
        const QString args = m_dir.filePath(QStringLiteral("args.txt"));
        const QString tool = script(QStringLiteral("argv.sh"),
            "for a in \"$@\"; do printf '[%s]' \"$a\" >> '" + args.toUtf8()
                + "'; done\n"
                  "printf '{\"Version\":1,\"AccessKeyId\":\"AKIAPROCESS\",\"SecretAccessKey\":\"procsecret\"}'\n");
        auto p = provider(QLatin1Char('\'') + tool + QStringLiteral("' --role \"a b\" $HOME ';' touch ")
            + m_dir.filePath(QStringLiteral("pwned")));
        const auto c = fetch(*p);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->accessKeyId, QStringLiteral("AKIAPROCESS"));
        QCOMPARE(c->secretAccessKey, SecretBytes("procsecret"));
        QVERIFY(!c->expiration.isValid());
        QCOMPARE(read(QStringLiteral("args.txt")),
            QStringLiteral("[--role][a b][$HOME][;][touch][") + m_dir.filePath(QStringLiteral("pwned"))
                + QLatin1Char(']'));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
        QCOMPARE(p->sourceDescription(), QStringLiteral("credential_process of profile \"tool\""));
    }

    void withoutExpirationCredentialsAreKept()
    {
        auto p = provider(counting(
            QStringLiteral("static.sh"), "{\"Version\":1,\"AccessKeyId\":\"AKIASTATIC\",\"SecretAccessKey\":\"x\"}"));
        QVERIFY(fetch(*p).ok());
        QVERIFY(fetch(*p).ok());
        QCOMPARE(read(QStringLiteral("static.sh.count")), QStringLiteral("x"));
        p->invalidate(); // the server said they expired: run again
        QVERIFY(fetch(*p).ok());
        QCOMPARE(read(QStringLiteral("static.sh.count")), QStringLiteral("xx"));
    }

    void expiringCredentialsAreRefreshedBeforeExpiry()
    {
        auto later = provider(counting(QStringLiteral("later.sh"),
            "{\"Version\":1,\"AccessKeyId\":\"ASIALATER\",\"SecretAccessKey\":\"x\",\"SessionToken\":\"t\","
            "\"Expiration\":\""
                + isoIn(3600) + "\"}"));
        const auto first = fetch(*later);
        QVERIFY(first.ok());
        QVERIFY(first->expiration.isValid());
        QVERIFY(fetch(*later).ok());
        QCOMPARE(read(QStringLiteral("later.sh.count")), QStringLiteral("x")); // an hour left: cached

        // Within the refresh margin (5 minutes): every fetch runs the program again.
        auto soon = provider(counting(QStringLiteral("soon.sh"),
            "{\"Version\":1,\"AccessKeyId\":\"ASIASOON\",\"SecretAccessKey\":\"x\",\"SessionToken\":\"t\","
            "\"Expiration\":\""
                + isoIn(120) + "\"}"));
        QVERIFY(fetch(*soon).ok());
        QVERIFY(fetch(*soon).ok());
        QCOMPARE(read(QStringLiteral("soon.sh.count")), QStringLiteral("xx"));
    }

    void alreadyExpiredCredentialsAreAnError()
    {
        auto p = provider(script(QStringLiteral("expired.sh"),
            "printf "
            "'{\"Version\":1,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"x\",\"Expiration\":\"2001-01-01T00:00:00Z\"}'"
            "\n"));
        const auto c = fetch(*p);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QStringLiteral("expired")), qPrintable(c.error().message));
    }

    void failureShowsExitCodeAndStderr()
    {
        auto p = provider(script(QStringLiteral("fail.sh"), "echo 'token for dev has expired' >&2\nexit 3\n"));
        const auto c = fetch(*p);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("CredentialProcessFailed"));
        QCOMPARE(c.error().kind, AwsError::Kind::InvalidCredentials);
        QVERIFY2(c.error().message.contains(QStringLiteral("exit code 3")), qPrintable(c.error().message));
        QVERIFY2(
            c.error().message.contains(QStringLiteral("token for dev has expired")), qPrintable(c.error().message));
        // Not cached: the next fetch runs it again.
        QVERIFY(!fetch(*p).ok());
        QCOMPARE(p->refreshCount(), 2);
    }

    void garbageOutputShowsStderr()
    {
        auto p = provider(script(QStringLiteral("garbage.sh"), "echo 'warning: config' >&2\necho 'not json'\n"));
        const auto c = fetch(*p);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("InvalidCredentialProcessOutput"));
        QVERIFY2(c.error().message.contains(QStringLiteral("warning: config")), qPrintable(c.error().message));
    }

    void stderrShownIsBoundedAndPlain()
    {
        auto p = provider(script(QStringLiteral("noisy.sh"),
            "i=0; while [ $i -lt 2000 ]; do printf 'line\\033[31m %s\\n' $i >&2; i=$((i+1)); done\nexit 1\n"));
        const auto c = fetch(*p);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.size() < ProcessCredentialsProvider::maxErrorBytes + 500);
        QVERIFY(!c.error().message.contains(QChar(0x1b)));
        QVERIFY(!c.error().message.contains(QLatin1Char('\n')));
    }

    void slowProgramIsStopped()
    {
        auto p = provider(script(QStringLiteral("slow.sh"), "exec sleep 30\n"), 300);
        QElapsedTimer t;
        t.start();
        const auto c = fetch(*p);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("CredentialProcessTimeout"));
        QVERIFY(t.elapsed() < 10000);
    }

    void hugeOutputIsRefused()
    {
        auto p = provider(script(QStringLiteral("huge.sh"), "exec head -c 1000000 /dev/zero\n"));
        const auto c = fetch(*p);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QString::number(ProcessCredentialsProvider::maxOutputBytes)),
            qPrintable(c.error().message));
    }

    void missingProgramIsAClearError()
    {
        auto p = provider(m_dir.filePath(QStringLiteral("no-such-tool")) + QStringLiteral(" --x"));
        const auto c = fetch(*p);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QStringLiteral("could not start")), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(QStringLiteral("no-such-tool")));
    }

    void concurrentFetchesShareOneRun()
    {
        auto p = provider(counting(
            QStringLiteral("shared.sh"), "{\"Version\":1,\"AccessKeyId\":\"AKIASHARED\",\"SecretAccessKey\":\"x\"}"));
        int delivered = 0;
        for (int i = 0; i < 3; ++i)
            p->fetch(this, [&delivered](const Result<AwsCredentials> &r) { delivered += r.ok() ? 1 : 100; });
        QTRY_COMPARE_WITH_TIMEOUT(delivered, 3, 20000);
        QCOMPARE(read(QStringLiteral("shared.sh.count")), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestProcessCredentialsProvider)
#include "tst_processcredentialsprovider.moc"
