// Fault suite: whole-product outcomes (onrampctl connect-keys / verify against the fake AWS over HTTPS) under
// throttling, 5xx bursts, truncated and hanging responses, a wrong CA, expiring assumed-role credentials, clock
// skew and a denied region. Each case checks the account's final status, the exit code and message of the CLI
// contract, and that the stored instances are exactly the fake's fleet: nothing lost, nothing duplicated.
#include "reliability.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace reliability;

namespace {
const QStringList kRegions { u"us-east-1"_s, u"eu-west-1"_s, u"ap-southeast-2"_s };
// us-east-1 needs two DescribeInstances pages (MaxResults 1000), so faults can land between pages.
const QList<QPair<QString, int>> kFleet { { u"us-east-1"_s, 1150 }, { u"eu-west-1"_s, 40 },
    { u"ap-southeast-2"_s, 7 } };

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
/// "Action:code" of every request the fake answered with an error, in order.
QStringList errorAnswers(const QJsonArray &log)
{
    QStringList out;
    for (const QJsonValue &e : log) {
        const QJsonObject o = e.toObject();
        if (!o.value(u"code"_s).isNull())
            out.append(o.value(u"action"_s).toString() + u':' + o.value(u"code"_s).toString());
    }
    return out;
}
} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void throttlingStormIsRetriedIntoTheCompleteFleet();
    void serverErrorBurstWithinRetriesLosesNothing();
    void serverErrorsBeyondRetriesFailTheAccountWithExit7();
    void responseCutMidBodyIsRetriedWithoutDuplicates();
    void hangingConnectionIsAbandonedByTheAttemptTimeout();
    void endpointThatNeverAnswersIsExit8AndStoresNothing();
    void wrongCaIsATlsErrorAndStoresNothing();
    void assumedRoleCredentialsExpiringMidDiscoveryAreRefreshed();
    void clockSkewIsCorrected();
    void deniedRegionKeepsEveryOtherRegionsInstances();

private:
    /// A scenario of basic's identities, the customer's explicit fleet kFleet (plus \a extraRegions) and \a faults.
    bool useFleetScenario(World &w, const QJsonObject &faults, QSet<QString> *ids,
        const QList<QPair<QString, int>> &extraRegions = {}, const QJsonObject &extra = {});
    /// The run ended active with exactly \a ids stored once each, and the registry agrees.
    void expectActiveWithFleet(const World &w, const CliRun &run, const QSet<QString> &ids);

    FakeAws m_fake;
};

void TestFaults::initTestCase()
{
    m_fake = FakeAws::fromEnvironment();
    QVERIFY2(m_fake.isValid(), qPrintable(m_fake.why()));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside scripts/with-keyring.sh");
}

bool TestFaults::useFleetScenario(World &w, const QJsonObject &faults, QSet<QString> *ids,
    const QList<QPair<QString, int>> &extraRegions, const QJsonObject &extra)
{
    QStringList regions = kRegions;
    for (const auto &r : extraRegions)
        regions.append(r.first);
    QJsonObject scenario { { u"extends"_s, u"basic"_s },
        { u"accounts"_s, explicitFleet(FakeAws::customerAccount(), kFleet + extraRegions, w.session(), ids) },
        { u"regions"_s, onlyRegions(regions) }, { u"faults"_s, faults } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        scenario.insert(it.key(), it.value());
    return w.registerScenario(scenario);
}

void TestFaults::expectActiveWithFleet(const World &w, const CliRun &run, const QSet<QString> &ids)
{
    const QJsonObject o = run.json();
    if (run.exitCode != 0 || o.value(u"status"_s).toString() != u"active"_s
        || o.value(u"instance_count"_s).toInt(-1) != ids.size() || o.contains(u"error"_s))
        QFAIL(qPrintable(run.describe(u"expected exit 0, status active, %1 instances"_s.arg(ids.size()))));
    QVERIFY2(
        o.value(u"message"_s).toString().contains(QString::number(ids.size())), qPrintable(run.describe(u"message"_s)));
    const QString id = o.value(u"id"_s).toString();
    QCOMPARE(w.dbColumn(u"SELECT status FROM accounts WHERE id = '%1'"_s.arg(id)), QStringList { u"active"_s });
    const QStringList listed = w.listedInstanceIds(id, w.environment());
    QCOMPARE(listed.size(), ids.size()); // nothing duplicated ...
    QCOMPARE(sorted(listed), sorted(QStringList(ids.cbegin(), ids.cend()))); // ... nothing lost, nothing invented
    QCOMPARE(w.dbColumn(u"SELECT instance_id FROM instances GROUP BY account_id, instance_id HAVING COUNT(*) > 1"_s),
        QStringList());
    QCOMPARE(w.dbColumn(u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });
}

// Every call's first two attempts are throttled: the retries (same invocation id) get every page.
void TestFaults::throttlingStormIsRetriedIntoTheCompleteFleet()
{
    World w(m_fake, u"throttle"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w,
        QJsonObject { { u"throttle"_s,
            QJsonArray { QJsonObject { { u"action"_s, u"*"_s }, { u"failures_per_invocation"_s, 2 } } } } },
        &ids));
    const CliRun r
        = w.run({ u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectActiveWithFleet(w, r, ids);
    if (QTest::currentTestFailed())
        return;
    // The storm really happened: every invocation was throttled twice before it got through.
    QHash<QString, QStringList> byInvocation;
    for (const QJsonValue &e : w.awsLog()) {
        const QJsonObject o = e.toObject();
        byInvocation[o.value(u"invocation_id"_s).toString()].append(
            o.value(u"code"_s).isNull() ? u"ok"_s : o.value(u"code"_s).toString());
    }
    QVERIFY(byInvocation.size() >= 6);
    for (auto it = byInvocation.cbegin(); it != byInvocation.cend(); ++it) {
        QVERIFY2(!it.key().isEmpty(), "a request without amz-sdk-invocation-id");
        QVERIFY2(it.value().size() == 3 && it.value().last() == u"ok"_s, qPrintable(it.value().join(u", "_s)));
    }
}

// Two 5xx answers on one call, one on another: within the 3 attempts, nothing lost.
void TestFaults::serverErrorBurstWithinRetriesLosesNothing()
{
    World w(m_fake, u"burst"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w,
        QJsonObject { { u"errors"_s,
            QJsonArray { QJsonObject { { u"action"_s, u"GetCallerIdentity"_s }, { u"status"_s, 500 },
                             { u"code"_s, u"InternalError"_s }, { u"count"_s, 1 } },
                QJsonObject { { u"action"_s, u"DescribeInstances"_s }, { u"status"_s, 503 },
                    { u"code"_s, u"Unavailable"_s }, { u"count"_s, 2 } } } } },
        &ids));
    const CliRun r
        = w.run({ u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectActiveWithFleet(w, r, ids);
    if (QTest::currentTestFailed())
        return;
    int serverErrors = 0;
    for (const QJsonValue &e : w.awsLog())
        serverErrors += e.toObject().value(u"status"_s).toInt() >= 500 ? 1 : 0;
    QCOMPARE(serverErrors, 3);
}

// Every DescribeInstances fails with 500 more often than the client retries: the account is failed (exit 7,
// "discovery failed" on stderr), its keys stay connected in the keychain, and no instance is stored.
void TestFaults::serverErrorsBeyondRetriesFailTheAccountWithExit7()
{
    World w(m_fake, u"burst-over"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w,
        QJsonObject { { u"errors"_s,
            QJsonArray { QJsonObject { { u"action"_s, u"DescribeInstances"_s }, { u"status"_s, 500 },
                { u"code"_s, u"InternalError"_s }, { u"count"_s, 1000 } } } } },
        &ids));
    const CliRun r
        = w.run({ u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    QVERIFY2(r.exitCode == 7, qPrintable(r.describe(u"expected exit 7"_s)));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(o.value(u"error"_s).toObject().value(u"code"_s).toString(), u"DiscoveryFailed"_s);
    QVERIFY2(o.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"InternalError"_s),
        qPrintable(r.describe(u"message"_s)));
    QVERIFY2(r.errorLines().size() == 1 && r.errorLines().first().startsWith(u"discovery failed"_s),
        qPrintable(r.describe(u"stderr"_s)));
    const QString id = o.value(u"id"_s).toString();
    QCOMPARE(w.dbColumn(u"SELECT status FROM accounts"_s), QStringList { u"failed"_s });
    QVERIFY(!w.dbValue(u"SELECT last_error FROM accounts"_s).isEmpty());
    QCOMPARE(w.dbValue(u"SELECT COUNT(*) FROM instances"_s), u"0"_s);
    QCOMPARE(w.keychainKeys(), QStringList { u"account/"_s + id });
    w.clearKeychain();
}

// The fake sends the full Content-Length, half the body and closes: a network error, retried; no half page kept.
void TestFaults::responseCutMidBodyIsRetriedWithoutDuplicates()
{
    World w(m_fake, u"truncate"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w,
        QJsonObject { { u"truncate"_s, QJsonObject { { u"action"_s, u"DescribeInstances"_s }, { u"count"_s, 2 } } } },
        &ids));
    const CliRun r
        = w.run({ u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectActiveWithFleet(w, r, ids);
    w.clearKeychain();
}

// DescribeInstances hangs once for far longer than the per-attempt timeout: that attempt is abandoned and retried.
void TestFaults::hangingConnectionIsAbandonedByTheAttemptTimeout()
{
    World w(m_fake, u"hang"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w,
        QJsonObject { { u"hang_ms"_s,
            QJsonObject { { u"action"_s, u"DescribeInstances"_s }, { u"ms"_s, 15000 }, { u"count"_s, 1 } } } },
        &ids));
    QProcessEnvironment env = w.environment();
    env.insert(u"ONRAMP_ATTEMPT_TIMEOUT_MS"_s, u"1500"_s);
    const CliRun r = w.runWith(
        env, { u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectActiveWithFleet(w, r, ids);
    if (QTest::currentTestFailed())
        return;
    // A DescribeInstances needed a second attempt (the hung one is logged only when the fake wakes up).
    bool retried = false;
    for (const QJsonValue &e : w.awsLog()) {
        const QJsonObject o = e.toObject();
        retried = retried
            || (o.value(u"action"_s).toString() == u"DescribeInstances"_s && o.value(u"attempt"_s).toInt() >= 2);
    }
    QVERIFY2(retried, "no DescribeInstances was retried");
    w.clearKeychain();
}

// GetCallerIdentity hangs on every attempt: each attempt times out, then the connect ends with exit 8 (network) and
// the network hint, and nothing is stored.
void TestFaults::endpointThatNeverAnswersIsExit8AndStoresNothing()
{
    World w(m_fake, u"hang-all"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w,
        QJsonObject { { u"hang_ms"_s,
            QJsonObject { { u"action"_s, u"GetCallerIdentity"_s }, { u"ms"_s, 4000 }, { u"count"_s, 10 } } } },
        &ids));
    QProcessEnvironment env = w.environment();
    env.insert(u"ONRAMP_ATTEMPT_TIMEOUT_MS"_s, u"700"_s);
    const CliRun r = w.runWith(
        env, { u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    QVERIFY2(r.exitCode == 8, qPrintable(r.describe(u"expected exit 8"_s)));
    QVERIFY2(
        r.json().value(u"error"_s).toObject().value(u"code"_s).toString().contains(u"Timeout"_s, Qt::CaseInsensitive)
            || r.json()
                   .value(u"error"_s)
                   .toObject()
                   .value(u"message"_s)
                   .toString()
                   .contains(u"time"_s, Qt::CaseInsensitive),
        qPrintable(r.describe(u"the error does not say it timed out"_s)));
    QVERIFY2(
        r.errorLines().size() == 1 && r.errorLines().first().contains(u"network"_s), qPrintable(r.describe(u"hint"_s)));
    QCOMPARE(w.dbColumn(u"SELECT id FROM accounts"_s), QStringList());
    QCOMPARE(w.keychainKeys(), QStringList());
}

// A CA bundle that did not sign the endpoint's certificate: exit 8 with a TLS message and the CA hint; nothing is
// stored; no request reaches the server (no fallback to an unverified connection).
void TestFaults::wrongCaIsATlsErrorAndStoresNothing()
{
    World w(m_fake, u"wrongca"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w, QJsonObject {}, &ids));
    QProcessEnvironment env = w.environment();
    env.insert(u"AWS_CA_BUNDLE"_s, m_fake.otherCaBundle());
    const CliRun r = w.runWith(
        env, { u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    QVERIFY2(r.exitCode == 8, qPrintable(r.describe(u"expected exit 8"_s)));
    const QJsonObject error = r.json().value(u"error"_s).toObject();
    QVERIFY2(!error.isEmpty(), qPrintable(r.describe(u"no JSON error"_s)));
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"TLS"_s, Qt::CaseInsensitive) || message.contains(u"certificate"_s, Qt::CaseInsensitive),
        qPrintable(r.describe(u"the message does not say TLS/certificate"_s)));
    QCOMPARE(r.errorLines().size(), 1);
    QVERIFY2(r.errorLines().first().contains(u"AWS_CA_BUNDLE"_s), qPrintable(r.describe(u"no CA hint"_s)));
    QCOMPARE(w.dbColumn(u"SELECT id FROM accounts"_s), QStringList());
    QCOMPARE(w.keychainKeys(), QStringList());
    QCOMPARE(w.awsLog().size(), 0);
}

// The assumed role's credentials expire on the server after 10 requests (the fake's issued_credentials_requests:
// whatever the machine's speed), while its clock is 400 s ahead (so the client believes them good for minutes):
// the verify's probes and the discovery's ~20 requests outlive them; refreshed transparently, the fleet complete.
void TestFaults::assumedRoleCredentialsExpiringMidDiscoveryAreRefreshed()
{
    World w(m_fake, u"expiry"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w, QJsonObject { { u"latency_ms"_s, 50 } }, &ids, {},
        QJsonObject { { u"roles"_s, QJsonArray { discoveryRole() } }, { u"issued_credentials_requests"_s, 10 },
            { u"clock_skew_seconds"_s, 400 } }));
    const CliRun created = w.run({ u"--json"_s, u"create"_s });
    QCOMPARE(created.exitCode, 0);
    const QString id = created.json().value(u"id"_s).toString();
    const CliRun r = w.run({ u"--json"_s, u"verify"_s, id, u"--role-arn"_s, FakeAws::customerRoleArn() });
    expectActiveWithFleet(w, r, ids);
    if (QTest::currentTestFailed())
        return;
    const QStringList errors = errorAnswers(w.awsLog());
    qInfo("errors answered: %s", qPrintable(errors.join(u", "_s)));
    // The expiry really landed mid-discovery (EC2 says RequestExpired, STS ExpiredToken) ...
    QVERIFY2(errors.join(u' ').contains(u":RequestExpired"_s) || errors.join(u' ').contains(u":ExpiredToken"_s),
        qPrintable(errors.join(u", "_s)));
    int assumed = 0;
    for (const QJsonValue &e : w.awsLog()) {
        const QJsonObject o = e.toObject();
        if (o.value(u"action"_s).toString() == u"AssumeRole"_s && o.value(u"status"_s).toInt() == 200)
            ++assumed;
    }
    QVERIFY2(assumed >= 2,
        qPrintable(u"AssumeRole succeeded %1 time(s): the credentials were never refreshed"_s.arg(assumed)));
    QCOMPARE(w.keychainKeys(), QStringList()); // a role account keeps no secret
}

// The server's clock is 900 s ahead: the first answer's Date corrects the signing clock; nothing fails.
void TestFaults::clockSkewIsCorrected()
{
    World w(m_fake, u"skew"_s);
    QSet<QString> ids;
    QVERIFY(useFleetScenario(w, QJsonObject {}, &ids, {}, QJsonObject { { u"clock_skew_seconds"_s, 900 } }));
    const CliRun r
        = w.run({ u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectActiveWithFleet(w, r, ids);
    if (QTest::currentTestFailed())
        return;
    // The skew was real: the first request was refused for it, and once corrected nothing else was.
    const QStringList errors = errorAnswers(w.awsLog());
    QVERIFY2(
        !errors.isEmpty() && errors.first().endsWith(u":RequestTimeTooSkewed"_s), qPrintable(errors.join(u", "_s)));
    QVERIFY2(errors.size() <= 2, qPrintable(errors.join(u", "_s)));
    w.clearKeychain();
}

// ap-south-1 is denied: reported in region_errors, every other region's instances complete, the account active.
void TestFaults::deniedRegionKeepsEveryOtherRegionsInstances()
{
    World w(m_fake, u"denied"_s);
    QSet<QString> allowed;
    QSet<QString> denied;
    QVERIFY(useFleetScenario(w, QJsonObject { { u"denied_regions"_s, QJsonArray { u"ap-south-1"_s } } }, &allowed));
    // The same scenario again with the denied region's instances, so the fake really has them to hide.
    QJsonObject accounts = explicitFleet(FakeAws::customerAccount(), kFleet, w.session(), &denied);
    QSet<QString> deniedOnly;
    const QJsonObject south = explicitFleet(
        FakeAws::customerAccount(), { { u"ap-south-1"_s, 12 } }, w.session() + u"-south"_s, &deniedOnly);
    QJsonObject regions = accounts.value(FakeAws::customerAccount()).toObject().value(u"regions"_s).toObject();
    regions.insert(u"ap-south-1"_s,
        south.value(FakeAws::customerAccount()).toObject().value(u"regions"_s).toObject().value(u"ap-south-1"_s));
    QVERIFY(w.registerScenario(QJsonObject { { u"extends"_s, u"basic"_s },
        { u"accounts"_s, QJsonObject { { FakeAws::customerAccount(), QJsonObject { { u"regions"_s, regions } } } } },
        { u"regions"_s, onlyRegions(kRegions + QStringList { u"ap-south-1"_s }) },
        { u"faults"_s, QJsonObject { { u"denied_regions"_s, QJsonArray { u"ap-south-1"_s } } } } }));
    const CliRun r
        = w.run({ u"--json"_s, u"connect-keys"_s }, keysOnStdin(FakeAws::customerKeyId(), FakeAws::customerSecret()));
    expectActiveWithFleet(w, r, allowed);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject regionErrors = r.json().value(u"region_errors"_s).toObject();
    QCOMPARE(regionErrors.keys(), QStringList { u"ap-south-1"_s });
    QVERIFY2(regionErrors.value(u"ap-south-1"_s).toString().contains(u"AccessDenied"_s),
        qPrintable(r.describe(u"region error"_s)));
    w.clearKeychain();
}

QTEST_GUILESS_MAIN(TestFaults)

#include "tst_faults.moc"
